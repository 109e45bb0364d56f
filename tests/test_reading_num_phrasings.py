"""Numeric facts in phrasings the corpus does not hold: volumes, mixes, request sizes, shares, money, latency.

Each case is a mechanism (a side named in the clause beside a number, a rate per user, a range, a hedge, a
correction's preamble), written in voices unlike the corpus. Expected values are worked out by hand from
the sentence (a month is 30 days)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from assistant.interview import whatif
from assistant.interview.reading import parse_message
from tests.reading import facts as read

DAY = 30  # days per month


# ------------------------------------------------------------------------------------------ volumes


@pytest.mark.parametrize(
    ("text", "expecting", "per_month"),
    [
        ("150M tokens a quarter", [], 50e6),
        ("around 1.2bn tokens a year", [], 1e8),
        ("half a billion tokens a month", [], 5e8),
        ("twenty-five million per day", ["tokens_per_month"], 25e6 * DAY),
        ("daily tokens: ~40m", [], 40e6 * DAY),
        ("Monthly token consumption is approximately 2.4 billion.", [], 2.4e9),
        ("our usage last month was 900M tokens", [], 9e8),
        ("weekly token usage hovers around 70 million", [], 70e6 * DAY / 7),
        ("we burn thru like 80 mil tokens a wk", [], 80e6 * DAY / 7),
        ("I'd estimate 7 to 8 billion tokens monthly", [], 7.5e9),  # a narrow range: its middle
    ],
)
def test_volume_phrasings(text: str, expecting: list[str], per_month: float) -> None:
    assert read(text, expecting)["tokens_per_month"] == pytest.approx(per_month)


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        # a rate per user, times the users
        (
            "we have 2,000 users, each sends maybe 20 messages a day, about 1k tokens per message",
            2000 * 20 * 1000 * DAY,
        ),
        ("50 support agents, each handling 80 tickets a day, ~2k tokens per ticket", 50 * 80 * 2000 * DAY),
        # conversations of several turns
        ("300k conversations a day, each ~6 turns of ~500 tokens", 300e3 * 6 * 500 * DAY),
        ("each conversation is ~10 turns, 300 tokens per turn, 5k conversations a day", 5e3 * 10 * 300 * DAY),
        # a product, its period said with the first factor
        ("10k daily active users x 5 chats each x 1,200 tokens", 10e3 * 5 * 1200 * DAY),
        ("nightly job: 200k records x 300 tokens", 200e3 * 300 * DAY),
        ("we process about 40k PDFs a month, ~8k tokens each", 40e3 * 8e3),
    ],
)
def test_volume_from_rates_people_and_turns(text: str, per_month: float) -> None:
    assert read(text)["tokens_per_month"] == pytest.approx(per_month)


@pytest.mark.parametrize(
    "text",
    [
        "5-20M tokens a day",  # four times its bottom: too loose to pick a point (a 2-5M range is read at its middle)
        "somewhere between 50 and 200 million a day",
        "roughly 100k tokens an hour at peak, less at night",  # a peak rate is not the month's volume
        "up to 5M tokens a day",  # a ceiling, not the average
    ],
)
def test_a_wide_range_or_a_peak_is_asked_about_not_stored(text: str) -> None:
    reading = parse_message(text, ["tokens_per_month"])
    assert "tokens_per_month" not in reading.fields()
    assert "tokens_per_month" in reading.clarify


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("we can't go over 5k/mo", "budget_usd_per_month", 5000),  # money, never tokens
        ("$40k a month is our ceiling", "budget_usd_per_month", 40000),
        ("we raised $40M last year; usage is 3M tokens/day", "tokens_per_month", 3e6 * DAY),
        ("we need a 70B class model for 8M tokens a day", "tokens_per_month", 8e6 * DAY),
    ],
)
def test_money_is_never_tokens_and_model_sizes_never_volumes(text: str, field: str, value: float) -> None:
    got = read(text)
    assert got[field] == pytest.approx(value)
    if field != "tokens_per_month":
        assert "tokens_per_month" not in got


@pytest.mark.parametrize(
    "text",
    [
        "I dont know exactly, maybe around 20 million tokens a day",
        "not sure, probably something like 20M tokens per day",
        "i dont know exactly, prob around 20 million tokens per day, could be more",
    ],
)
def test_a_hedged_volume_is_still_the_volume(text: str) -> None:
    assert read(text, ["tokens_per_month", "input_share"])["tokens_per_month"] == pytest.approx(20e6 * DAY)


def test_a_hypothetical_volume_is_still_not_stored() -> None:
    assert "tokens_per_month" not in read("if we grew to 1B tokens a day, would self-hosting win?")


# ------------------------------------------------------------------------------------------ mix and sizes


@pytest.mark.parametrize(
    ("text", "expecting", "share"),
    [
        ("mostly input, like 85%", [], 0.85),  # the figure, not the vague 80%
        ("outputs are about a fifth of the tokens", [], 0.8),
        ("output is maybe a tenth of what we send in", [], 0.9),
        ("prompts dominate, roughly 90 percent of tokens", [], 0.9),
        ("outputs are short, around 10 percent", [], 0.9),  # the side named in the clause before
        ("most tokens (like 95%) are input", [], 0.95),  # ... or after
        ("split is 60-40 in favour of input", [], 0.6),
        ("we read a lot and write a little, maybe 90-10", [], 0.9),
        ("we send way more than we get back, I'd say 4x", [], 0.8),
        ("the model reads about ten times more than it writes", [], 10 / 11),
        ("two thirds input, one third output", [], 0.67),
        ("input share 0.75", [], 0.75),
        ("80/20", ["input_share"], 0.8),  # answering the mix question: input first, as asked
        ("like 9 to 1", ["input_share"], 0.9),
    ],
)
def test_input_share_phrasings(text: str, expecting: list[str], share: float) -> None:
    assert read(text, expecting)["input_share"] == pytest.approx(share, abs=0.011)


@pytest.mark.parametrize(
    "text",
    [
        "70% of requests are easy classification",  # a share of requests, not of tokens
        "we grew 30% last quarter, mostly on the input side",
        "our cache hit rate is 40% on prompts",
    ],
)
def test_other_percentages_are_not_the_mix(text: str) -> None:
    got = read(text)
    assert got.get("input_share") in (None, 0.8)  # at most the vague "mostly input" note, never the figure


@pytest.mark.parametrize(
    ("text", "inp", "out"),
    [
        ("prompts ~3k tok, answers ~400", 3000, 400),
        ("prompts are around 3k tokens and the answers maybe 400", 3000, 400),
        ("avg prompt 800 tokens, avg completion 200", 800, 200),
        ("each call sends about 3,000 tokens and gets back about 500", 3000, 500),
        ("answers run around 500 tokens, questions are short, maybe 100", 100, 500),
        ("input per request 4k tok / output 1k tok", 4000, 1000),
        (
            "the prompt is like 6k tokens with all the retrieval context, answer is a paragraph, say 150 tokens",
            6000,
            150,
        ),
        ("we feed it 2k token docs and get 200 token summaries", 2000, 200),
        ("each ticket is about 800 tokens and the reply around 150", 800, 150),
    ],
)
def test_request_sizes_take_the_side_named_beside_them(text: str, inp: float, out: float) -> None:
    got = read(text)
    assert got["request_input_tokens"] == inp
    assert got["request_output_tokens"] == out
    assert got["input_share"] == pytest.approx(inp / (inp + out), abs=0.001)
    assert "tokens_per_month" not in got


@pytest.mark.parametrize(
    "text",
    [
        "we truncate prompts to 8k tokens",  # a limit
        "the model supports 32k tokens of context",
        "our competitor sends 10k token prompts",  # someone else's
        "real time is not needed, 700 millions tokens in a month, input is 80 percent",  # a volume
        "we have two ML engineers and answers of 300 tokens",  # "two" is people
        "Seven billion tokens monthly, with input exceeding output three to one.",  # a ratio
    ],
)
def test_limits_volumes_and_ratios_are_not_request_sizes(text: str) -> None:
    got = read(text)
    assert "request_input_tokens" not in got
    assert got.get("request_output_tokens") in (None, 300)


# ------------------------------------------------------------------------------------------ shares, models


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("two thirds of requests are trivial", 0.67),
        ("two thirds are trivial stuff a small model handles", 0.67),
        ("most of it, maybe 80 percent, is easy stuff", 0.8),
        ("only 15% of tickets need GPT-5, the rest is routine stuff", 0.85),
        ("10% are hard, the rest are simple", 0.9),
    ],
)
def test_simple_share_phrasings(text: str, share: float) -> None:
    assert read(text)["simple_share"] == pytest.approx(share, abs=0.011)


@pytest.mark.parametrize(
    ("text", "expecting", "model"),
    [
        ("$2.5k/month on Claude 3.5 Sonnet", [], "claude-3.5-sonnet"),
        ("currently on gpt-5 mini", [], "gpt-5-mini"),
        ("gpt-5 rn", ["current_model"], "gpt-5"),
        ("we moved off GPT-4o to Gemini 2.5 Flash last month, much cheaper", [], "gemini-2.5-flash"),
        ("before we used GPT-4o, but now we changed to Claude Sonnet 4.5", [], "claude-sonnet-4.5"),
        ("we switched from claude 3.5 sonnet to gpt-5 last week", [], "gpt-5"),
    ],
)
def test_the_model_in_use(text: str, expecting: list[str], model: str) -> None:
    assert read(text, expecting)["current_model"] == model


@pytest.mark.parametrize(
    "text", ["we burn $9k/mo on claude sonnet", "we use claude sonnet today", "we rely on opus right now"]
)
def test_a_family_without_its_version_is_asked_about(text: str) -> None:
    reading = parse_message(text)
    assert "current_model" not in reading.fields()
    assert "current_model" in reading.clarify


def test_the_spend_beside_a_family_name_is_still_read() -> None:
    assert read("we burn $9k/mo on claude sonnet")["current_spend_usd_per_month"] == 9000


# ------------------------------------------------------------------------------------------ latency


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("users get impatient after 3 seconds", 3000),
        ("our p50 is 900ms today and the target p99 is 1.5s", 1500),
        ("median 400ms, p99 must stay below 2 s", 2000),
        ("right now it takes 6 seconds and we want it under 2", 2000),
        ("our SLA says 99.9% uptime and 2s responses", 2000),
        ("should feel snappy, like the first words show up in 300 milliseconds", 300),
        ("latency: whatever, under a minute", 60000),
    ],
)
def test_latency_phrasings(text: str, ms: float) -> None:
    assert read(text)["latency_p99_ms"] == ms


@pytest.mark.parametrize(
    "text",
    ["users wait 10 secs now and complain", "back in 10 min", "we poll every 5 seconds", "a 3 second video clip"],
)
def test_durations_that_are_not_a_target(text: str) -> None:
    assert "latency_p99_ms" not in read(text)


# ------------------------------------------------------------------------------------------ corrections


@pytest.mark.parametrize(
    "text",
    [
        "actually no, wait... thinking about it a medium model is fine",
        "hmm, on second thought, a mid-size open model would do",
    ],
)
def test_a_correction_is_read_past_its_preamble(text: str) -> None:
    reading = parse_message(text)
    quality = [u for u in reading.updates if u.field == "quality"]
    assert quality and quality[0].value == "open_weight_ok" and quality[0].correction


# ------------------------------------------------------------------------------------------ what-ifs


@pytest.mark.parametrize(
    ("text", "days"),
    [("what if we use it only in black friday week?", 7), ("what if it only runs two weeks a year", 14)],
)
def test_a_window_of_the_year_is_a_what_if_on_volume_and_shape(text: str, days: float) -> None:
    change = whatif.detect(text)
    assert change is not None
    assert change.volume_factor == pytest.approx(days / (12 * DAY))
    assert change.traffic_shape == "bursty"


# ------------------------------------------------------------------------------------------ dialogue


def _talk(lines: list[str]) -> tuple[Any, list[str]]:
    from assistant.agent.loop import Advisor
    from assistant.agent.offline import OfflineAdvisorModel
    from assistant.conversation.session import AdvisorSession
    from assistant.decision.inputs import AnalysisOptions
    from tools.catalog import load_catalog

    session = AdvisorSession(load_catalog(), AnalysisOptions())
    advisor = Advisor(OfflineAdvisorModel(), None)

    async def talk() -> list[str]:
        return [(await advisor.turn(session, line)).assistant for line in lines]

    return session, asyncio.run(talk())


def test_conversations_a_day_ask_for_their_size_and_a_correction_keeps_the_unit() -> None:
    session, replies = _talk(
        ["we handle about 200k conversations a day", "sorry, 300k per day", "each is maybe 6 turns of 400 tokens"]
    )
    assert "tokens per day, or per month" not in replies[0]
    assert "how many tokens is one conversation" in replies[0]
    assert "300,000 conversations a day" in replies[1]
    assert session.profile.get("tokens_per_month") == pytest.approx(300e3 * 6 * 400 * DAY)


def test_i_dont_know_exactly_asks_for_a_rough_volume_once_instead_of_assuming() -> None:
    session, replies = _talk(["we run a support chatbot", "I dont know exactly"])
    assert "rough guess is enough" in replies[1]
    assert "assume the usual for that" not in replies[1]
    assert not session.profile.knows("tokens_per_month")


def test_a_quality_correction_replaces_the_stated_quality() -> None:
    session, _ = _talk(
        [
            "about 30M tokens a day, mostly input, we need GPT-5 level quality",
            "actually no, wait... thinking about it a medium model is fine",
        ]
    )
    assert session.profile.get("quality") == "open_weight_ok"


# ------------------------------------------------------------------------------------------ money


@pytest.mark.parametrize(
    ("text", "spend", "budget"),
    [
        ("we spend 6k now and we'd like to get that down to 3k", 6000, 3000),
        ("40k/mo = budget. 25k/mo = current spend.", 25000, 40000),  # labels after the amounts; never tokens
        ("sorry, the 40k was the budget, not what we spend, we spend about 25k now", 25000, 40000),
        ("Current run-rate is $40k a month; the target is half that.", 40000, 20000),
        ("we were at $20k a month on GPT-4o but we cut it to about 11k by caching", 11000, None),  # the old figure
        ("we're burning through about nine grand a month on Claude Sonnet 4.5", 9000, None),
    ],
)
def test_spend_and_budget_phrasings(text: str, spend: float, budget: float | None) -> None:
    got = read(text)
    assert got.get("current_spend_usd_per_month") == spend
    assert got.get("budget_usd_per_month") == budget
    assert "tokens_per_month" not in got


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("we pay around 8.000 euros per month to OpenAI", "current_spend_usd_per_month"),
        ("it's about £6k a month on the API right now", "current_spend_usd_per_month"),
    ],
)
def test_other_currencies_are_kept_in_their_currency_not_stored_as_dollars(text: str, field: str) -> None:
    """The amount stays in its currency beside its value in dollars (tests/test_money_currency.py checks the rate)."""
    reading = parse_message(text, [field])
    values = {u.field: u.value for u in reading.updates}
    said = values["current_spend_in_currency"]
    assert said["currency"] in ("EUR", "GBP") and said["amount_per_month"] in (8000, 6000)
    assert values[field] != said["amount_per_month"]  # never the same figure read as dollars


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("9 in 10 are trivial", "simple_share", 0.9),
        ("Responses are, on average, twice as long as the prompts.", "input_share", 1 / 3),
        ("the question is short, the answer is short also, more or less same size", "input_share", 0.5),
        ("we used 45M tokens last month according to the OpenAI dashboard", "tokens_per_month", 45e6),
        ("I am not sure exactly, I think around 8 millions in one day", "tokens_per_month", 8e6 * DAY),
        ("we have 1000 employees using it, every one do 10 request per day of 3000 tokens", "tokens_per_month", 9e8),
        ("maybe 15k requests a day? each probably around 2k tokens total", "tokens_per_month", 15e3 * 2e3 * DAY),
        ("prompts are chonky, like 20k tokens with all the docs stuffed in", "request_input_tokens", 20000),
    ],
)
def test_more_phrasings(text: str, field: str, value: float) -> None:
    assert read(text, [field])[field] == pytest.approx(value, abs=0.011)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("our biggest customer alone sends 500k tokens a day, no idea about the rest", "tokens_per_month"),
        ("prompt and completion are roughly equal, maybe a bit more prompt", "input_share"),
    ],
)
def test_a_part_or_a_lean_is_asked_about(text: str, field: str) -> None:
    reading = parse_message(text)
    assert field not in reading.fields() and field in reading.clarify


def test_latency_seen_today_is_not_the_target_even_when_asked() -> None:
    assert "latency_p99_ms" not in read("today it takes about 6 seconds and people complain", ["latency_p99_ms"])
