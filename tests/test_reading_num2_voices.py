"""Numeric facts in voices unlike the corpus: number formats of other languages, per-second rates, volumes
split into input and output totals, rates per head, today's figure beside a peak, and a rate corrected in a
later turn.

One test per mechanism; each case's expected value is worked out by hand from the sentence (a month is 30
days, so a rate per second is x 86,400 x 30 and a rate per week is x 30 / 7)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.interview import whatif
from assistant.interview.facts import WorkloadProfile
from assistant.interview.policy import DialogueState, TurnInput, plan_turn
from assistant.interview.questions import QUESTIONS
from assistant.interview.reading import ParseResult, Update, parse_message
from tests.reading import facts as read

DAY = 30  # days per month
SECOND = 86_400 * DAY  # seconds per month


# ------------------------------------------------------------------------------------------ number formats


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        # a dot before three digits groups thousands in most of Europe and Latin America
        ("we handle like 2.000.000 tokens per day", 2e6 * DAY),
        ("around 1.500 requests per day with 2.000 tokens each", 1500 * 2000 * DAY),
        ("around 12.000 requests por mês, each one with 1.500 tokens", 12_000 * 1500),
        # ... and a comma before one or two digits is the decimal mark
        ("we have 1,5 million tokens per day", 1.5e6 * DAY),
        ("Our platform handles approximately 12,5 million tokens daily.", 12.5e6 * DAY),
    ],
)
def test_european_digit_grouping_and_decimal_commas(text: str, per_month: float) -> None:
    assert read(text)["tokens_per_month"] == pytest.approx(per_month)


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("per request the input is 1.500 tokens and output 300", 1500),
        ("each prompt is about 2.500 tokens", 2500),
    ],
)
def test_a_request_size_with_a_thousands_dot(text: str, size: float) -> None:
    assert read(text)["request_input_tokens"] == size


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # a dot that is a decimal point stays one: three decimals with a magnitude after them, or two decimals
        ("around 1.125M tokens a day", "tokens_per_month", 1.125e6 * DAY),
        ("roughly 2.25 million tokens a day", "tokens_per_month", 2.25e6 * DAY),
        ("p99 of 1.5 seconds", "latency_p99_ms", 1500),
    ],
)
def test_a_decimal_point_is_still_a_decimal_point(text: str, field: str, value: float) -> None:
    assert read(text)[field] == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("3 crore tokens per month", 3e7),
        ("about 50 lakh tokens daily", 5e6 * DAY),
        ("approx 2 lakh requests per day, each 1500 tokens", 2e5 * 1500 * DAY),
        ("1.5 lakh queries a day, avg 800 tokens each", 1.5e5 * 800 * DAY),
    ],
)
def test_lakh_and_crore(text: str, per_month: float) -> None:
    assert read(text)["tokens_per_month"] == pytest.approx(per_month)


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("2,5 milhões de tokens por dia", 2.5e6 * DAY),
        ("1,5 millones de tokens al día", 1.5e6 * DAY),
        ("ca. 8 Mio. Tokens pro Tag", 8e6 * DAY),
        ("per month we have 1.2 Mrd tokens", 1.2e9),
        ("our volume is of 30 millions of tokens for day", 30e6 * DAY),
        ("we are using 200 millions tokens by month", 2e8),
    ],
)
def test_scale_and_period_words_of_other_languages(text: str, per_month: float) -> None:
    assert read(text)["tokens_per_month"] == pytest.approx(per_month)


def test_lakh_of_rupees_is_money_not_tokens() -> None:
    got = read("we spend about 2 lakh rupees a month on the API")
    assert "tokens_per_month" not in got


# ------------------------------------------------------------------------------------------ rates per second


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("300 tokens coming in per second", 300 * SECOND),
        ("roughly 300 tokens/s going through, round the clock", 300 * SECOND),
        ("we push around 2k tokens every second", 2000 * SECOND),
    ],
)
def test_a_rate_per_second_is_a_volume(text: str, per_month: float) -> None:
    assert read(text, ["tokens_per_month"])["tokens_per_month"] == pytest.approx(per_month)


@pytest.mark.parametrize(
    "text",
    [
        "the model generates about 40 tokens per second",  # a decoding speed, not our traffic
        "we need at least 50 tokens/s of output speed per user",
    ],
)
def test_a_generation_speed_is_not_a_volume(text: str) -> None:
    assert "tokens_per_month" not in read(text)


# ------------------------------------------------------------------------------------------ input and output totals


@pytest.mark.parametrize(
    ("text", "per_month", "share"),
    [
        ("monthly: input 400M tokens, output 100M tokens", 5e8, 0.8),
        ("input: 400M tokens a month, output: 100M tokens a month", 5e8, 0.8),
        ("Input tokens per month: ~600M. Output: ~150M.", 7.5e8, 0.8),
        ("in: 600M/mo, out: 150M/mo", 7.5e8, 0.8),
        ("per day we send 30M tokens in and get 10M back", 40e6 * DAY, 0.75),
        ("input ~ 2bn tokens / month\noutput ~ 500M tokens / month", 2.5e9, 0.8),
    ],
)
def test_input_and_output_totals_with_a_period_are_the_volume_and_the_mix(
    text: str, per_month: float, share: float
) -> None:
    got = read(text)
    assert got["tokens_per_month"] == pytest.approx(per_month)
    assert got["input_share"] == pytest.approx(share, abs=0.01)
    assert "request_input_tokens" not in got
    assert "request_output_tokens" not in got


@pytest.mark.parametrize(
    "text",
    ["input: 400M tokens, output: 100M tokens", "400M tokens in, 100M out"],
)
def test_input_and_output_totals_without_a_period_are_never_a_request_size(text: str) -> None:
    reading = parse_message(text, ["tokens_per_month"])
    got = {u.field: u.value for u in reading.updates}
    assert "request_input_tokens" not in got
    assert "request_output_tokens" not in got
    assert got["input_share"] == pytest.approx(0.8)
    # the total is known, its period is not: asked, never stored as a month
    assert "tokens_per_month" not in got
    assert reading.pending is not None and reading.pending["tokens"] == pytest.approx(5e8)


# ------------------------------------------------------------------------------------------ rates per head


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("each of our 200 agents does ~50 chats/day, chats average 3k tokens", 200 * 50 * 3000 * DAY),
        ("every one of the 40 analysts runs about 25 queries a day at ~2k tokens", 40 * 25 * 2000 * DAY),
        (
            "there are 1200 students and each of them asks around 5 questions a day, 600 tokens each",
            1200 * 5 * 600 * DAY,
        ),
    ],
)
def test_each_of_the_people_multiplies_the_rate(text: str, per_month: float) -> None:
    assert read(text)["tokens_per_month"] == pytest.approx(per_month)


# ------------------------------------------------------------------------------------------ number words


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("a hundred thousand requests a day, 1k tokens each", 1e5 * 1000 * DAY),
        ("a couple hundred thousand tokens per day", 2e5 * DAY),
        ("like a dozen million tokens a month", 12e6),
    ],
)
def test_number_words_after_a(text: str, per_month: float) -> None:
    assert read(text)["tokens_per_month"] == pytest.approx(per_month)


# ------------------------------------------------------------------------------------------ ranges


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("between 2 and 2.5 million tokens a day", 2.25e6 * DAY),
        ("somewhere in the 40 to 45 million a month range", 42.5e6),
    ],
)
def test_a_narrow_range_is_its_middle(text: str, per_month: float) -> None:
    assert read(text, ["tokens_per_month"])["tokens_per_month"] == pytest.approx(per_month)


@pytest.mark.parametrize(
    "text",
    [
        "between 2 and 8 million tokens a day",  # four times its bottom (a 2-5M range is read at its middle)
        "hmm maybe 2 or 6 million a day, not sure",
        "a few thousand requests a day at 1000 tokens each",  # "a few" is vague, as "a few million tokens" is
    ],
)
def test_a_wide_range_is_asked_about(text: str) -> None:
    reading = parse_message(text, ["tokens_per_month"])
    assert "tokens_per_month" not in reading.fields()
    assert "tokens_per_month" in reading.clarify


# ------------------------------------------------------------------------------------------ today beside a peak


@pytest.mark.parametrize(
    "text",
    [
        "today's traffic is 10M tokens/day vs December peak of 40M/day",
        "today we do 10M tokens a day, in December peak it goes to 40M",
        "on normal days ~10M tokens a day, black friday week more like 40M a day",
        "10M tokens/day now (Dec peak: 40M/day)",
    ],
)
def test_todays_volume_is_the_volume_beside_a_seasonal_peak(text: str) -> None:
    assert read(text)["tokens_per_month"] == pytest.approx(10e6 * DAY)


# ------------------------------------------------------------------------------------------ shares in words


@pytest.mark.parametrize(
    ("text", "field", "share"),
    [
        ("input is three quarters", "input_share", 0.75),
        ("only one in ten needs the big model", "simple_share", 0.9),
        ("most tokens go in, maybe 85 percent", "input_share", 0.85),  # the side said by a verb
        ("roughly 85% goes into the model, 15% comes back", "input_share", 0.85),
        ("more or less half the requests are trivial", "simple_share", 0.5),
        ("roughly a third need real reasoning, the rest is boilerplate", "simple_share", 0.67),
    ],
)
def test_shares_said_in_words(text: str, field: str, share: float) -> None:
    assert read(text)[field] == pytest.approx(share, abs=0.011)


# ------------------------------------------------------------------------------------------ a corrected rate


def _turn(profile: WorkloadProfile, state: DialogueState, text: str) -> tuple[WorkloadProfile, DialogueState, Any]:
    parsed: ParseResult = parse_message(text, state.expecting)
    decision = plan_turn(profile, TurnInput(text=text, parsed=parsed), state, QUESTIONS)
    return decision.change.apply(profile), decision.state, decision.plan


@pytest.mark.parametrize(
    "correction",
    [
        "sorry, it's actually 40,000 requests a day",
        "actually 40k requests per day, not 20k",
        "correction: 40 thousand a day",
    ],
)
def test_a_rate_corrected_later_keeps_the_request_size_already_given(correction: str) -> None:
    profile, state = WorkloadProfile(), DialogueState()
    profile, state, _ = _turn(profile, state, "we get about 20,000 requests a day, 1500 tokens in and 300 out")
    assert profile.get("tokens_per_month") == pytest.approx(20_000 * 1800 * DAY)
    profile, state, plan = _turn(profile, state, correction)
    assert profile.get("tokens_per_month") == pytest.approx(40_000 * 1800 * DAY)
    assert not any("tokens is one request" in q for q in plan.questions)  # the size is not asked again
    assert profile.get("request_input_tokens") == 1500


def test_a_rate_corrected_before_any_size_still_asks_the_size() -> None:
    profile, state = WorkloadProfile(), DialogueState()
    profile, state, _ = _turn(profile, state, "we get about 20,000 requests a day")
    profile, state, _ = _turn(profile, state, "sorry, it's actually 40,000 requests a day")
    assert not profile.knows("tokens_per_month")
    assert state.pending is not None and state.pending["requests"] == pytest.approx(40_000 * DAY)


def test_updates_are_plain_updates() -> None:  # the helper above builds readings the way the session does
    assert isinstance(parse_message("20M tokens a day").updates[0], Update)


# ------------------------------------------------------------------------------------------ latency said loosely


@pytest.mark.parametrize(
    ("text", "expecting", "ms"),
    [
        ("two seconds, give or take", ["latency_p99_ms"], 2000),  # a hedge, not a latency observed today
        ("A full report may take up to 30 seconds to complete.", [], 30_000),  # what it may take is the limit
        ("it can take up to 5 seconds, nobody is waiting on it live", ["latency_p99_ms"], 5000),
        ("live chat, <1s full reply, currently gpt4o", [], 1000),  # "currently" is about the model
        ("needs to start streming in less then a second", ["latency_p99_ms"], 1000),
    ],
)
def test_latency_limits_said_loosely(text: str, expecting: list[str], ms: float) -> None:
    assert read(text, expecting)["latency_p99_ms"] == ms


@pytest.mark.parametrize(
    "text",
    ["right now, responses take 8 seconds", "GPT-5 takes 10 seconds today and people hate it"],
)
def test_a_latency_observed_today_is_still_not_the_target(text: str) -> None:
    assert "latency_p99_ms" not in read(text)


# ------------------------------------------------------------------------------------------ figures per person


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("3000 employees, 5k tokens a day each", 3000 * 5000 * DAY),
        ("2000 users, each uses 5k tokens a day", 2000 * 5000 * DAY),
        ("500 users, per user 2000 tokens a day", 500 * 2000 * DAY),
    ],
)
def test_tokens_per_person_times_the_people(text: str, per_month: float) -> None:
    assert read(text)["tokens_per_month"] == pytest.approx(per_month)


@pytest.mark.parametrize("text", ["per user 2000 tokens a day", "2000 tokens a day per user"])
def test_tokens_per_person_without_the_people_are_asked(text: str) -> None:
    reading = parse_message(text, [])
    assert "tokens_per_month" not in reading.fields()
    assert "tokens_per_month" in reading.clarify


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("1000 requests a day, each 5k tokens", 1000 * 5000 * DAY),  # "each" is per request here
        ("we have 50 customers and process 5M tokens a day", 5e6 * DAY),  # a head count beside a total
        ("we do 5M tokens a day for every customer tier", 5e6 * DAY),
    ],
)
def test_a_total_beside_people_is_not_multiplied(text: str, per_month: float) -> None:
    assert read(text)["tokens_per_month"] == pytest.approx(per_month)


# ------------------------------------------------------------------------------------------ what is not a volume


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("GPT-4o costs $2.50 per million input tokens", "request_input_tokens"),  # the unit of a price
        ("output is priced at $10 per 1M output tokens", "request_output_tokens"),
        ("each user has a quota of 100k tokens per month", "tokens_per_month"),  # a limit per person
    ],
)
def test_price_units_and_quotas_are_not_sizes_or_volumes(text: str, field: str) -> None:
    assert field not in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "we peak at 1k requests per minute",
        "about 1,000 requests per minute during business hours",
        "roughly 800k tokens per hour during the day",
    ],
)
def test_a_rate_that_holds_only_some_hours_is_asked_not_multiplied_round_the_clock(text: str) -> None:
    reading = parse_message(text, [])
    assert "tokens_per_month" not in reading.fields()
    assert reading.pending is None or "requests" not in reading.pending
    assert "tokens_per_month" in reading.clarify


# ------------------------------------------------------------------------------------------ what-ifs said as a share


@pytest.mark.parametrize(
    ("text", "factor"),
    [
        ("and if traffic drops by half?", 0.5),
        ("what if traffic grows 50%?", 1.5),
        ("what if volume goes down 20%?", 0.8),
        ("what if usage is up 30 percent next year?", 1.3),
        ("what if we cut it in half?", 0.5),
    ],
)
def test_a_volume_change_said_as_a_share(text: str, factor: float) -> None:
    change = whatif.detect(text)
    assert change is not None and change.volume_factor == pytest.approx(factor)


@pytest.mark.parametrize("text", ["what if latency drops by half?", "what if prices drop 20%?"])
def test_a_share_of_something_else_changes_no_volume(text: str) -> None:
    change = whatif.detect(text)
    assert change is None or change.volume_factor is None


def test_request_sizes_said_with_tilde_are_not_also_a_volume_to_date() -> None:
    reading = parse_message("prompt ~ 2000 tok, completion ~ 500 tok", [])
    got = {u.field: u.value for u in reading.updates}
    assert (got["request_input_tokens"], got["request_output_tokens"]) == (2000, 500)
    assert reading.pending is None and reading.confirm is None  # no "500 tokens per day, or per month?"


def test_a_side_per_call_is_a_request_size_without_the_word_tokens() -> None:
    got = read("input per call around 1.2k, output per call around 350")
    assert (got["request_input_tokens"], got["request_output_tokens"]) == (1200, 350)
    assert "request_input_tokens" not in read("latency per call is about 300 ms")


def test_a_whole_request_size_is_not_asked_as_a_volume() -> None:
    reading = parse_message("a request is about 2000 tokens total, 90% of it input", [])
    assert reading.pending is None
    assert {u.field: u.value for u in reading.updates}["input_share"] == pytest.approx(0.9)


# ------------------------------------------------------------------------------------------ money and GPUs


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("don't want to go above 10k/month", "budget_usd_per_month", 10_000),  # money, never tokens
        ("we'd like to keep costs under 3k a month", "budget_usd_per_month", 3000),
        ("cost today is like 1.5k a month on claude", "current_spend_usd_per_month", 1500),
    ],
)
def test_budgets_and_spend_in_other_words(text: str, field: str, value: float) -> None:
    got = read(text)
    assert got[field] == value
    assert "tokens_per_month" not in got


@pytest.mark.parametrize(
    "text", ["we spend around 1 lakh rupees per month", "we pay ₹80,000 a month", "it costs us 300,000 yen a month"]
)
def test_a_currency_other_than_dollars_is_kept_never_stored_as_dollars(text: str) -> None:
    reading = parse_message(text, [])
    values = {u.field: u.value for u in reading.updates}
    said = values["current_spend_in_currency"]
    assert said["currency"] in ("INR", "JPY") and said["amount_per_month"] in (100_000, 80_000, 300_000)
    assert values["current_spend_usd_per_month"] < said["amount_per_month"] / 50  # rupees and yen are cents
    assert "tokens_per_month" not in reading.fields()


def test_idle_gpus_in_the_basement_are_ours_a_competitors_are_not() -> None:
    assert read("16 L4 cards idle in the basement")["owned_gpus"] == {"gpu": "l4", "count": 16, "paid_for": True}
    assert "owned_gpus" not in read("our competitor has 16 L4 cards idle")
    assert "owned_gpus" not in read("they own 8 h100s")


def test_a_count_of_requests_per_month_is_not_tokens() -> None:
    assert "tokens_per_month" not in read("we process 10k/month requests")


def test_a_terse_spec_line_with_a_rate_per_second_and_a_size_per_request() -> None:
    got = read("Numbers: 35 req/s avg, peak 120 req/s, ~1.8k tok/request (in ~1.5k, out ~300). p95 < 1.2s.")
    assert (got["request_input_tokens"], got["request_output_tokens"]) == (1500, 300)
    assert got["tokens_per_month"] == pytest.approx(35 * 1800 * SECOND)  # the average rate, never the peak
    assert got["latency_p99_ms"] == 1200


@pytest.mark.parametrize(
    ("text", "model"),
    [("our stack: Gemini 2.5 Pro for everything", "gemini-2.5-pro"), ("our current model is gpt-4o", "gpt-4o")],
)
def test_the_model_in_use_named_as_our_stack(text: str, model: str) -> None:
    assert read(text)["current_model"] == model


@pytest.mark.parametrize("text", ["the model should be better than gpt-4o", "our stack will move to gpt-5 maybe"])
def test_a_model_named_as_a_bar_or_a_plan_is_not_in_use(text: str) -> None:
    assert "current_model" not in read(text)
