"""Request sizes and volumes read by mechanism (issue 10, readqty3): ranges of text units, an item named in a few
words before its size, a request's side never read as a month's volume, "support" as a noun, and the limits of a
model. Each mechanism is tested in several voices, with the near-misses that must not be stored.

Expected values are worked out by hand from the sentence (30 days a month; a page is 500 tokens, a word 4/3 of a
token, a minute of speech 200 tokens, as in ``data/text_units.toml``).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.reading import parsed as read

DAY = 30
IN, OUT, VOL = "request_input_tokens", "request_output_tokens", "tokens_per_month"


def facts(text: str, expecting: list[str] | None = None) -> dict[str, Any]:
    return {u.field: u.value for u in read(text, expecting).updates}


# ------------------------------------------------------------- a range of pages or minutes is no ratio


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("10 to 12 pages in", 11 * 500),
        ("docs r between 4 and 6 pages going in", 5 * 500),
        ("2-4 pages in, half a page out", 3 * 500),
        ("each request is like 300 to 500 words in", 400 * 4 / 3),
    ],
)
def test_a_narrow_range_of_text_units_is_read_at_its_middle(text: str, tokens: float) -> None:
    assert facts(text, ["request_size"]).get(IN) == pytest.approx(tokens, rel=0.02)


@pytest.mark.parametrize(
    "text",
    [
        "10 to 60 pages in",
        "between 10 and 60 pages in, a page out",
        "anywhere from 2-20 pages going in",
        "we get 2k contracts a month, 10 to 60 pages in, a 1 page summary out",
    ],
)
def test_a_wide_range_of_text_units_is_no_size_and_no_ratio(text: str) -> None:
    got = facts(text, ["request_size"])
    assert IN not in got  # neither end of a range six times wide is the size
    assert "input_share" not in got  # never a "10:60" ratio
    assert VOL not in got  # and the one-page output is no month's volume


@pytest.mark.parametrize(
    ("text", "share"),
    [("3 to 1 input to output", 0.75), ("two to one in favour of input", 2 / 3), ("ratio in to out is 4 to 1", 0.8)],
)
def test_a_ratio_said_with_to_is_still_a_mix(text: str, share: float) -> None:
    assert facts(text).get("input_share") == pytest.approx(share, abs=0.01)


# ------------------------------------------------------------- an item named in a few words, then its size


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("40-60k claims a month, call it 50k, each claim packet maybe 3k tokens, we want ~200 tokens out", 3200),
        ("we get 5k tickets a day, each support ticket is roughly 900 tokens", 900),
        ("3000 loan files/month. every loan file is about 6k tokens", 6000),
        ("1000 customer mails per day, each customer mail has ~700 tokens", 700),
    ],
)
def test_a_count_of_named_items_times_the_size_of_one(text: str, size: float) -> None:
    got = facts(text)
    per_month = {
        3200: 50e3,
        900: 5e3 * DAY,
        6000: 3000,
        700: 1000 * DAY,
    }[int(size)]
    assert got.get(VOL) == pytest.approx(per_month * size)


@pytest.mark.parametrize(
    "text",
    [
        "each day is about 5M tokens",  # a stretch of time, not an item: a volume
        "every month is 50M tokens",
    ],
)
def test_each_period_is_a_volume_not_an_item(text: str) -> None:
    got = read(text)
    assert IN not in got.fields()
    assert VOL in got.fields() or got.pending is not None


def test_each_user_is_no_item_size() -> None:
    assert IN not in facts("each user sends 20k tokens a day")


# ------------------------------------------------------------- a request's side is no month's volume


@pytest.mark.parametrize(
    "text",
    [
        "2k contracts a month; 500 tokens summary out",
        "we handle 300 claims per week. the reply is ~250 tokens out",
        "about 1k calls a day and a 400 tokens answer back",
    ],
)
def test_a_side_of_one_request_beside_a_count_is_no_volume(text: str) -> None:
    got = facts(text)
    assert VOL not in got or got[VOL] > 100_000  # never the 250-500 tokens of one answer as the month's volume


# ------------------------------------------------------------- "support" as a noun, a limit as a verb


def test_support_as_a_noun_is_no_limit() -> None:
    assert facts("each support ticket is roughly 900 tokens").get(IN) == 900
    assert facts("customer support convos ~ 1.2k tokens each, 2k convos a day").get(VOL) == pytest.approx(
        1200 * 2000 * DAY
    )


@pytest.mark.parametrize(
    "text", ["the model supports 128k tokens of context", "our deployment supports up to 32k tokens", "a 200k window"]
)
def test_what_a_model_supports_is_no_volume_nor_question(text: str) -> None:
    got = read(text)
    assert VOL not in got.fields()
    assert got.pending is None


def test_a_figure_after_in_that_belongs_to_out() -> None:
    got = facts("between 10 and 12 pages in, 500 tokens out", ["request_size"])
    assert got.get(IN) == pytest.approx(5500)
    assert got.get(OUT) == 500
    got = facts("input: 3000 tokens, output: 600 tokens")
    assert (got.get(IN), got.get(OUT)) == (3000, 600)


# ------------------------------------------------------------- a count said after its period


@pytest.mark.parametrize(
    ("text", "per_month", "unit"),
    [
        ("every day we get 5k tickets", 5e3 * DAY, "ticket"),
        ("daily: ~12k support chats", 12e3 * DAY, "chat"),
        ("each month we process 40k invoices", 40e3, "invoice"),
        ("per week roughly 1,400 episodes", 1400 * DAY / 7, "episode"),
        ("Nightly batch - 200k records", 200e3 * DAY, "record"),
    ],
)
def test_a_count_after_its_period_asks_the_size_of_one(text: str, per_month: float, unit: str) -> None:
    for expecting in ([], ["tokens_per_month"]):
        got = read(text, expecting)
        assert VOL not in got.fields()  # never the count read as tokens
        assert got.pending is not None
        assert got.pending["requests"] == pytest.approx(per_month, rel=0.01)
        assert got.pending["unit"] == unit


def test_a_count_after_its_period_with_its_size_is_a_volume() -> None:
    assert facts("every day we get 5k tickets, each about 800 tokens").get(VOL) == pytest.approx(5e3 * DAY * 800)
    assert facts("each day we push 2M tokens").get(VOL) == pytest.approx(2e6 * DAY)  # "each day" is a period


@pytest.mark.parametrize(
    "text",
    [
        "every day we get up to 5k tickets",  # a ceiling: asked, never stored
        "we get up to 5k tickets a day",
        "per day no more than 2k chats",
    ],
)
def test_a_ceiling_of_a_count_is_neither_money_nor_volume(text: str) -> None:
    got = facts(text)
    assert "budget_usd_per_month" not in got
    assert VOL not in got


def test_a_count_of_things_answering_the_volume_question_is_no_token_count() -> None:
    got = read("we get 2k contracts", ["tokens_per_month"])
    assert VOL not in got.fields()
    assert got.pending is None or "tokens" not in got.pending
    assert read("about 3M", ["tokens_per_month"]).pending == pytest.approx({"tokens": 3e6, "quote": "about 3M"})


# ------------------------------------------------------------- what the tokens are of, between figure and side


@pytest.mark.parametrize(
    ("text", "inp", "out"),
    [
        ("~3,000 tokens of Korean in, ~3,500 tokens out", 3000, 3500),
        ("2k tokens of legal text in, 300 tokens of plain english out", 2000, 300),
        ("about 4k tokens of context in and 500 out", 4000, 500),
    ],
)
def test_what_the_tokens_are_of_is_said_before_their_side(text: str, inp: float, out: float) -> None:
    got = facts(text)
    assert (got.get(IN), got.get(OUT)) == (inp, out)


# ------------------------------------------------------------- minutes of a call are the input


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("each call is 8 minutes", 8 * 200),
        ("calls average 6 min", 6 * 200),
        ("our calls last about 5 minutes", 5 * 200),
        ("10-minute calls, we want a 200 word summary", 10 * 200),
    ],
)
def test_the_minutes_of_a_call_are_its_input(text: str, tokens: float) -> None:
    assert facts(text).get(IN) == tokens


def test_the_minutes_of_a_call_with_a_count_make_the_volume() -> None:
    got = facts("it's a phone line, each call is 8 minutes, about 20k calls a month")
    assert got.get(VOL) == pytest.approx(20e3 * 1600)
    assert got.get(IN) == 1600


def test_minutes_until_an_answer_are_no_call() -> None:
    assert IN not in facts("we answer within 2 minutes of the call")


# ------------------------------------------------------------- a side's size said with a verb


@pytest.mark.parametrize(
    ("text", "inp", "out"),
    [
        ("prompts run ~2k", 2000, None),
        ("Prompts are ~2k", 2000, None),
        ("our prompts average 1.5k, answers maybe 300", 1500, 300),
        ("answers are usually ~300 tokens", None, 300),
        ("inputs are 10k on average", 10000, None),
    ],
)
def test_a_side_with_a_verb_of_size(text: str, inp: float | None, out: float | None) -> None:
    got = facts(text)
    assert (got.get(IN), got.get(OUT)) == (inp, out)


@pytest.mark.parametrize(
    "text", ["prompts are 2k a day", "prompts are 20", "responses are 2k per day", "answers are 100% accurate"]
)
def test_a_count_or_share_of_a_side_is_no_size(text: str) -> None:
    got = facts(text)
    assert IN not in got and OUT not in got


# ------------------------------------------------------------- retrieved pieces in each prompt


@pytest.mark.parametrize(
    ("text", "inp"),
    [
        ("we stuff 3 retrieved chunks of 500 tokens", 1500),
        ("we retrieve 5 chunks of 400 tokens each plus the question", 2000),
        ("the question plus 4 chunks x 512 tokens", 2048),
        ("top-5 passages @ ~400 tokens, answer ~200 tokens", 2000),
    ],
)
def test_retrieved_pieces_make_the_input(text: str, inp: float) -> None:
    got = read(text)
    assert {u.field: u.value for u in got.updates}.get(IN) == inp
    assert got.pending is None  # the pieces' size is no volume awaiting its period


def test_retrieved_pieces_with_a_rate_make_the_volume() -> None:
    got = facts("RAG: 8 docs of 1k tokens each, output 300 tokens, 20k queries a day")
    assert got.get(VOL) == pytest.approx(20e3 * DAY * 8300)


@pytest.mark.parametrize(
    ("text", "per_month"),
    [("we process 30 docs of 2k tokens a day", 30 * 2000 * DAY), ("500 calls x 1.5k tokens daily", 500 * 1500 * DAY)],
)
def test_a_count_of_items_of_a_size_at_a_rate(text: str, per_month: float) -> None:
    assert facts(text).get(VOL) == pytest.approx(per_month)


def test_a_cap_on_retrieved_pieces_is_no_size() -> None:
    assert IN not in facts("up to 10 chunks of 500 tokens")


# ------------------------------------------------------------- sizes said while thinking, settled on, or described


@pytest.mark.parametrize(
    ("text", "inp", "out", "per_month"),
    [
        (
            "about a million speeches a month; each speech is, hmm, maybe 2,000 tokens on average, and we ask for a "
            "short label plus rationale of roughly 100 tokens",
            2000,
            100,
            1e6 * 2100,
        ),
        (
            "each contract is long, 40 to 60 pages, call it 30,000 tokens, and we review perhaps 2,000 contracts a "
            "month. The output is a structured summary of about 2,000 tokens.",
            30000,
            2000,
            2000 * 32000,
        ),
        (
            "Customers upload maybe half a million CVs a month. Each CV plus the job description is maybe three "
            "thousand tokens, and the output is a score and a short paragraph, say two hundred tokens.",
            3000,
            200,
            5e5 * 3200,
        ),
        (
            "every email thread, um, like 1.2k tokens, 10k threads/day, replies of 150 tokens",
            1200,
            150,
            1e4 * DAY * 1350,
        ),
    ],
)
def test_an_items_size_said_with_hedges_and_asides(text: str, inp: float, out: float, per_month: float) -> None:
    got = facts(text)
    assert (got.get(IN), got.get(OUT)) == (inp, out)
    assert got.get(VOL) == pytest.approx(per_month)


@pytest.mark.parametrize(
    ("text", "field", "size"),
    [
        ("the answer is a short json blob, maybe 150 tokens", OUT, 150),
        ("prompt is the whole email thread plus instructions, roughly 2500 tokens", IN, 2500),
        ("outputs are a verdict and a sentence of reasoning ~ 60 tokens", OUT, 60),
    ],
)
def test_a_side_described_then_its_size(text: str, field: str, size: float) -> None:
    assert facts(text).get(field) == size


def test_a_side_described_with_a_rate_is_no_size() -> None:
    got = facts("the output is a summary, about 2M tokens a day")
    assert OUT not in got


# ------------------------------------------------------------- a correction of the count keeps each item's size


def _talk(lines: list[str]) -> Any:
    import asyncio

    from assistant.agent.loop import Advisor
    from assistant.agent.offline import OfflineAdvisorModel
    from assistant.conversation.session import AdvisorSession
    from assistant.decision.inputs import AnalysisOptions
    from tools.catalog import load_catalog

    session = AdvisorSession(load_catalog(), AnalysisOptions())
    advisor = Advisor(OfflineAdvisorModel(), None)

    async def talk() -> None:
        for line in lines:
            await advisor.turn(session, line)

    asyncio.run(talk())
    return session


@pytest.mark.parametrize(
    ("first", "then", "per_month"),
    [
        (
            "40-60k claims a month, call it 50k, each claim packet maybe 3k tokens, we want ~200 tokens out",
            "make that 70k claims",
            70e3 * 3200,
        ),
        (
            "Customers upload maybe half a million CVs a month. Each CV plus the job description is maybe three "
            "thousand tokens, and the output is a score and a short paragraph, say two hundred tokens.",
            "Actually no, sorry, the half million is per quarter, not per month.",
            5e5 / 3 * 3200,
        ),
        (
            "we get 5k tickets a day, each about 800 tokens in and 200 out",
            "oops i mean 8k tickets/day",
            8e3 * DAY * 1000,
        ),
        (
            "1,200 evaluaciones per week, each one 2.500 tokens input more or less, output 600",
            "ah no wait - monthly, not weekly",
            1200 * 3100,
        ),
    ],
)
def test_a_corrected_count_keeps_the_size_of_one_item(first: str, then: str, per_month: float) -> None:
    session = _talk([first, then])
    assert session.profile.get("tokens_per_month") == pytest.approx(per_month, rel=0.01)


@pytest.mark.parametrize(
    "then",
    [
        "make that 70k tokens",  # tokens, read by the volume reader, never a count
        "actually we have 3 engineers",  # another count
        "sorry, I meant the budget is 5k a month",  # money
        "sorry, one more thing: 2 ML engineers, no GPUs",  # a correction word, but no count of the items
        "We pay 18 000 kroner per year for a dashboard tool. Not an LLM API.",  # money, and "not" before no period
        "we get 90k claims a month at the other site",  # a count without a word of correction
    ],
)
def test_what_corrects_no_count_leaves_the_volume(then: str) -> None:
    first = "40-60k claims a month, call it 50k, each claim packet maybe 3k tokens, we want ~200 tokens out"
    session = _talk([first, then])
    assert session.profile.get("tokens_per_month") != pytest.approx(70e3 * 3200)
    if "tokens" not in then:
        assert session.profile.get("tokens_per_month") == pytest.approx(50e3 * 3200)


# ------------------------------------------------------------- "a sentence or two" coming back


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("answers are short, a sentence or two", 30),  # 1-2 sentences, about 30 tokens (OpenAI's rule of thumb)
        ("output: one or two sentences", 30),
        ("a paragraph or two out", 150),
        ("prompt ~2k tokens, answer a sentence or two", 30),
        ("replies are a paragraph or two, prompts ~800 tokens", 150),
    ],
)
def test_one_or_two_sentences_back_are_read_at_their_middle(text: str, out: float) -> None:
    assert facts(text).get(OUT) == out


@pytest.mark.parametrize(
    "text",
    [
        "a sentence or two in, a page out",  # a loose "or two" going in stays unread
        "we want a sentence or two of feedback from the team",  # no side of a request
        "i'll write a paragraph or two about our setup",
    ],
)
def test_one_or_two_sentences_without_a_side_coming_back_are_no_size(text: str) -> None:
    got = facts(text)
    assert IN not in got
    assert OUT not in got


# ------------------------------------------------------------- what is spent: ranges, "today", a short question


SPEND, BUDGET = "current_spend_usd_per_month", "budget_usd_per_month"


@pytest.mark.parametrize(
    ("text", "spend"),
    [
        ("monthly LLM spend is in the 5-6k range", 5500),
        ("we spend $5k-$6k a month on openai", 5500),
        ("we spend between 2k and 3k dollars a month on the api", 2500),
        ("we pay 2,000-2,500 usd monthly for gpt-4o", 2250),
    ],
)
def test_a_narrow_range_of_spend_is_read_at_its_middle(text: str, spend: float) -> None:
    assert facts(text).get(SPEND) == spend


def test_a_wide_range_of_spend_is_asked_about() -> None:
    got = read("our bill is 500 to 5000 a month depending on usage")
    assert SPEND not in got.fields()
    assert SPEND in got.clarify


def test_a_budget_said_as_a_range_is_its_top() -> None:
    assert facts("budget is 2-5k a month").get(BUDGET) == 5000


@pytest.mark.parametrize(
    ("text", "spend", "budget"),
    [
        ("roughly $3k/month today, we want to get under $1k", 3000, 1000),
        ("$3k/month today", 3000, None),
        ("Our current bill? About 2,000 dollars monthly.", 2000, None),
        ("what do we pay openai? roughly $900/mo", 900, None),
    ],
)
def test_what_is_paid_now_said_after_the_amount_or_as_a_question(
    text: str, spend: float | None, budget: float | None
) -> None:
    got = facts(text)
    assert (got.get(SPEND), got.get(BUDGET)) == (spend, budget)


@pytest.mark.parametrize(
    "text",
    [
        "How much can we spend? maybe $5k a month",  # what may be spent: no spend today
        "a gpu costs $2k/month now",  # the price of hardware
        "an H100 node costs about $2,500 a month",
        "we get up to 5k tickets a day",  # no money at all
    ],
)
def test_no_spend_from_what_may_be_spent_or_what_hardware_costs(text: str) -> None:
    assert SPEND not in facts(text)


# ------------------------------------------------------------- a hedged fraction ending its clause


@pytest.mark.parametrize(
    ("text", "share"), [("most are easy (~3/4)", 0.75), ("the simple ones, roughly 2/3, go to a small model", 0.67)]
)
def test_a_hedged_fraction_is_a_share(text: str, share: float) -> None:
    assert facts(text).get("simple_share") == pytest.approx(share, abs=0.01)


@pytest.mark.parametrize("text", ["deadline 3/4", "we run 24/7", "ratio input/output about 3/1"])
def test_a_date_or_a_ratio_is_no_fraction_of_simple_requests(text: str) -> None:
    assert "simple_share" not in facts(text)


def test_a_correction_of_one_of_several_workloads_is_not_recounted_with_the_others_size() -> None:
    from assistant.interview.quantities.recount import recount
    from tools.results import Conventions

    said = (
        "First, review of contracts: about 3,500 documents per month, average 24,000 tokens each, report of 2,000 "
        "tokens. Second, a chatbot: around 500 conversations per day, about 1,000 tokens in and 200 out."
    )
    assert recount("Sorry, one correction: make that 2,500 documents per month", said, 1200, Conventions()) is None


# ------------------------------------------------------------- a period corrected a few words after its count


@pytest.mark.parametrize(
    ("text", "requests"),
    [
        ("we get maybe 40,000 claims a month? Hmm, no, sorry, that's per quarter.", 40e3 / 3),
        ("50k docs a week -- oops, I mean a month", 50e3),
    ],
)
def test_a_corrected_period_keeps_the_count(text: str, requests: float) -> None:
    got = read(text)
    assert got.pending is not None
    assert got.pending["requests"] == pytest.approx(requests)


def test_a_corrected_period_of_tokens() -> None:
    assert facts("2M tokens a day - sorry, i mean a week").get(VOL) == pytest.approx(2e6 * DAY / 7)


@pytest.mark.parametrize(
    "text",
    ["5k tickets a day, sorry that's a lot. it's a week of work", "5k tickets a day, no wait, it's a week of backlog"],
)
def test_a_period_said_of_something_else_corrects_nothing(text: str) -> None:
    got = read(text)
    assert got.pending is not None
    assert got.pending["requests"] == pytest.approx(5e3 * DAY)
