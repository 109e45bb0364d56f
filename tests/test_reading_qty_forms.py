"""Number forms of request sizes, spend, simple share and volume in voices the reader missed: sides written as a
pair ("in/out 3000/500"), a side that is plural or abbreviated ("inputs are 700 tokens", "avg gen len 450 tok"), a
bare figure answering the size question, a fraction or "pct" ("3/4 of the questions", "55 pct"), a range of shares
(asked), the hard part said alone ("a fifth are complex"), spend by the day on tokens, spend labelled "current
cost", "in a typical month", "daily token count", a rate times a size joined by "*". And what must stay unread.
"""

from __future__ import annotations

import pytest

from assistant.interview.quantities.words import normalize
from assistant.interview.reading import parse_message

IN, OUT = "request_input_tokens", "request_output_tokens"
SPEND, SHARE, TOKENS = "current_spend_usd_per_month", "simple_share", "tokens_per_month"


def _said(text: str, expecting: list[str] | None = None) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text, expecting or []).updates}


@pytest.mark.parametrize(
    ("text", "inp", "out"),
    [
        ("in/out per req: 3000/500", 3_000, 500),
        ("prompt/completion ~1.2k/300 tokens", 1_200, 300),
        ("3000/500 tok in/out", 3_000, 500),
        ("24/7 traffic, in/out is 2k/500", 2_000, 500),
        ("inputs are about 700 tokens; outputs are about 700 tokens as well", 700, 700),
        ("avg prompt len 3.2k tok, avg gen len 450 tok", 3_200, 450),
    ],
)
def test_both_sides_of_a_request(text: str, inp: float, out: float) -> None:
    said = _said(text)
    assert (said.get(IN), said.get(OUT)) == (inp, out)
    assert said.get("input_share") == pytest.approx(inp / (inp + out))


@pytest.mark.parametrize("text", ["in/out 80/20", "in/out 30M/10M a day", "we run 24/7"])
def test_a_mix_or_a_volume_written_as_a_pair_is_no_request_size(text: str) -> None:
    assert not {IN, OUT} & set(_said(text))


@pytest.mark.parametrize(
    ("text", "expecting", "field", "value"),
    [
        ("2000", [IN], IN, 2_000),
        ("~1.5k tokens", [OUT], OUT, 1_500),
        ("about 300 or so", [OUT], OUT, 300),
    ],
)
def test_a_bare_figure_answers_the_size_question(text: str, expecting: list[str], field: str, value: float) -> None:
    assert _said(text, expecting).get(field) == value


@pytest.mark.parametrize(
    ("text", "expecting"),
    [("2000", []), ("$2000", [IN]), ("2000", [IN, OUT]), ("5M a day", [IN])],
)
def test_a_bare_figure_without_its_question_is_no_size(text: str, expecting: list[str]) -> None:
    assert not {IN, OUT} & set(_said(text, expecting))


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("like 3/4 of the questions r basic", 0.75),
        ("8/10 of tickets are simple", 0.8),
        ("the easy ones are like 55 pct", 0.55),
        ("only about a fifth of the requests are complex", 0.8),
        ("about 10% is difficult.", 0.9),
    ],
)
def test_a_simple_share_in_fractions_and_its_complement(text: str, share: float) -> None:
    assert _said(text).get(SHARE) == pytest.approx(share, abs=0.005)


@pytest.mark.parametrize(
    "text",
    [
        "20% of requests are complex multi-step agent flows",  # the rest is not said to be simple
        "10% of our users are complex enterprise accounts",
        "we are 3/4 done with the migration",
    ],
)
def test_no_simple_share_where_none_is_said(text: str) -> None:
    assert SHARE not in _said(text)


@pytest.mark.parametrize("text", ["probably 60-70% are easy", "40 to 50 percent are trivial"])
def test_a_range_of_shares_is_asked(text: str) -> None:
    result = parse_message(text, [])
    assert SHARE not in {u.field for u in result.updates} and SHARE in result.clarify


def test_fractions_become_shares_only_of_a_whole() -> None:
    assert normalize("2/3 of requests are easy").startswith("66.7%")
    assert normalize("24/7 of them") == "24/7 of them"
    assert normalize("we are 3/4 done") == "we are 3/4 done"


@pytest.mark.parametrize(
    ("text", "usd"),
    [
        ("current cost: $4,200 / mo", 4_200),
        ("around $600 per day on tokens", 600 * 30),
        ("we burn ~$150 a day on the API", 150 * 30),
    ],
)
def test_what_is_spent_now(text: str, usd: float) -> None:
    assert _said(text).get(SPEND) == pytest.approx(usd)


@pytest.mark.parametrize(
    "text",
    [
        "we'd spend $600 a day on tokens if we launched",  # a hypothetical
        "$2 per day on tokens per user",  # a price per user, not the bill
        "our budget is $10k a month",  # a budget
    ],
)
def test_no_spend_where_none_is_said(text: str) -> None:
    assert SPEND not in _said(text)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("about 600M tokens in a typical month", 600e6),
        ("on a normal day we see 20M tokens", 20e6 * 30),
        ("daily token count hovers around 18 million", 18e6 * 30),
        ("50k chats per day * 1.5k tokens", 50e3 * 1_500 * 30),
        ("10k req/day x 1k tokens in, 200 out", 10e3 * 1_200 * 30),  # the sides, not the first one alone
    ],
)
def test_volume_forms(text: str, tokens: float) -> None:
    assert _said(text).get(TOKENS) == pytest.approx(tokens)


@pytest.mark.parametrize(
    ("text", "inp", "out"),
    [
        ("input:3000 tokens output:600 tokens", 3_000, 600),  # labels glued to their figures
        ("prompt: 800 tokens, output: 200 tokens", 800, 200),
        ("3000 tokens input, 600 tokens output", 3_000, 600),
        ("the model gets ~2k tokens of instructions + context and answers in ~150 tokens", 2_000, 150),
        ("I think prompts are maybe 1200 tokens? answers shorter, 300ish", 1_200, 300),
        ("prompts ~1200 tokens! answers ~300 tokens", 1_200, 300),
    ],
)
def test_each_figure_takes_its_own_side(text: str, inp: float, out: float) -> None:
    said = _said(text)
    assert (said.get(IN), said.get(OUT)) == (inp, out)


@pytest.mark.parametrize(
    "text",
    ["max context 8k, typical prompt 1.5k", "output capped at 2k", "we can go up to 32k tokens of context"],
)
def test_a_limit_is_never_a_budget(text: str) -> None:
    said = _said(text)
    assert "budget_usd_per_month" not in said and SPEND not in said


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("last 30 days: 1.1B tokens", 1.1e9),
        ("over the past 7 days we used 200M tokens", 200e6 * 30 / 7),
        ("every 24 hours we process 5M tokens", 5e6 * 30),
    ],
)
def test_a_month_week_or_day_said_in_days_or_hours(text: str, tokens: float) -> None:
    assert _said(text).get(TOKENS) == pytest.approx(tokens)


def test_other_day_counts_and_times_stay() -> None:
    assert normalize("the last 3 days") == "the last 3 days"
    assert normalize("at 9:30 am") == "at 9:30 am"


@pytest.mark.parametrize(
    ("text", "usd"),
    [
        ("our openai usage runs about 6k a month", 6_000),
        ("we're at around 10k/month with openai", 10_000),
        ("API: ~$2.1k/mo", 2_100),
        ("current spend is about 12k", 12_000),
        ("the llm line item is ~$9k/month", 9_000),
    ],
)
def test_spend_said_by_its_vendor_or_its_label(text: str, usd: float) -> None:
    said = _said(text)
    assert said.get(SPEND) == pytest.approx(usd)
    assert TOKENS not in said  # the same figure is never also a token volume


@pytest.mark.parametrize(
    "text",
    [
        "the API would cost around $8k a month at that volume, right?",
        "GPT-4o at $2.50 per million input tokens",
        "we spend 3 hours a day on reviews",
    ],
)
def test_prices_questions_and_time_are_no_spend(text: str) -> None:
    assert SPEND not in _said(text)


def test_a_few_thousand_a_month_with_no_tokens_is_no_volume() -> None:
    assert TOKENS not in _said("our usage runs about 6k a month")
    assert _said("800k a month", [TOKENS]).get(TOKENS) == pytest.approx(800e3)  # the answer to the volume question


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("letter drafting, 800 a day, 8,000 in and 1,200 out", 800 * 9_200 * 30),
        ("letter drafting, 800 a day, 8,000 tokens in and 1,200 out", 800 * 9_200 * 30),
        ("we handle ~500/day, 3k tokens in, 500 out", 500 * 3_500 * 30),
        ("2000 tokens in, 500 out, about 40k a day", 40e3 * 2_500 * 30),
        ("5M a day, 1000 in and 200 out", 5e6 * 30),  # far above one item's size: tokens
    ],
)
def test_a_bare_count_beside_an_items_size_is_a_count_of_items(text: str, tokens: float) -> None:
    assert _said(text).get(TOKENS) == pytest.approx(tokens)


def test_a_size_in_a_list_is_never_a_count() -> None:
    # the output's "250 tok" on one line and "40k req/day" on the next: 40k requests, never 250 of them
    said = _said("- input: ~1k tok\n- output: ~250 tok\n- 40k req/day")
    assert said.get(TOKENS) == pytest.approx(40e3 * 1_250 * 30)


@pytest.mark.parametrize(
    ("text", "inp", "out"),
    [
        ("1.2k tokens per prompt, 200 per completion", 1_200, 200),
        ("about 300 tokens per answer and 900 tokens a prompt", 900, 300),
    ],
)
def test_each_side_named_as_the_unit_of_its_figure(text: str, inp: float, out: float) -> None:
    said = _said(text)
    assert (said.get(IN), said.get(OUT)) == (inp, out)


def test_a_price_per_million_tokens_is_no_size() -> None:
    said = _said("we pay $2.50 per million input tokens and 300 tokens per answer")
    assert IN not in said and said.get(OUT) == 300


@pytest.mark.parametrize(
    "text",
    [
        "maybe 10M tokens a day, maybe 20M",  # two guesses: asked
        "we fine-tuned on 200M tokens last quarter",  # a training set
        "200M tokens of training data a month",
    ],
)
def test_no_volume_from_two_guesses_or_a_training_set(text: str) -> None:
    assert TOKENS not in _said(text)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("we were doing 50M a day last year but now it's 20M a day", 20e6 * 30),  # today's, beside a past one
        ("10M tokens a day, or 300M a month", 300e6),  # the same figure said two ways
        ("10M tokens a day or so", 300e6),  # a hedge, not a second guess
        ("we serve 30M tokens a day and fine-tune monthly", 900e6),  # fine-tuning beside the traffic
    ],
)
def test_volume_beside_a_past_figure_a_restatement_or_a_hedge(text: str, tokens: float) -> None:
    assert _said(text).get(TOKENS) == pytest.approx(tokens)
