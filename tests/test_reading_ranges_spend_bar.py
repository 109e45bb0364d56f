"""Ranges with a settled point, ranges alone, ceilings; spend said by the year, week or with a vendor; quality bars
said as "the cheapest that is decent". Voices unlike the corpus: terse, chatty, non-native, typos, hedges, lists."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.interview.reading import parse_message

DAY = 30.0  # the default days per month


def read(text: str, expecting: list[str] | None = None) -> dict[str, Any]:
    return {u.field: u.value for u in parse_message(text, expecting or []).updates}


def note_of(text: str, field: str) -> str:
    return next(u.note or "" for u in parse_message(text, []).updates if u.field == field)


# --- ranges: the settled point, the middle of a narrow range, a wide range or a ceiling asked about ---


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("between 20 and 30 thousand chats a day... let's say 25 thousand, each ~1500 tokens", 25e3 * 1500 * DAY),
        ("10k-20k req/day, ballpark 15k, 2k tokens per request", 15e3 * 2e3 * DAY),
        ("we do like 4 to 6 million tokens daily, call it 5M", 5e6 * DAY),
        ("tokens/day: anywhere from 30 to 50M, realistically ~40M", 40e6 * DAY),
        ("- volume: 200-300M tokens / month, say 250M\n- steady", 250e6),
    ],
)
def test_a_range_with_a_settled_point_reads_the_point(text: str, per_month: float) -> None:
    assert read(text)["tokens_per_month"] == pytest.approx(per_month)


def test_the_settled_point_is_noted_beside_the_users_range() -> None:
    note = note_of("we do like 4 to 6 million tokens daily, call it 5M", "tokens_per_month")
    assert "settled" in note and "4 to 6 million" in note


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("2-5M tokens a day", 3.5e6 * DAY),
        ("somewhere between 2 and 5 million tokens daily i guess", 3.5e6 * DAY),
        ("mebbe 300 to 500 milion tokens per month", 400e6),
        ("100-200k tokens an hour round the clock", 150e3 * 24 * DAY),
    ],
)
def test_a_narrow_range_alone_is_read_at_its_middle_and_says_so(text: str, per_month: float) -> None:
    assert read(text)["tokens_per_month"] == pytest.approx(per_month)
    assert "middle of your range" in note_of(text, "tokens_per_month")


@pytest.mark.parametrize(
    "text",
    [
        "somewhere between 50 and 200 million a month",  # four times its bottom: too loose
        "1-10M tokens a day, no idea really",
        "up to 40k requests a day, 1k tokens each",  # a ceiling, not the usual day
        "at most 5M tokens daily",
        "we peak at 2M tokens a day",
        "as many as 3 million tokens per day",
    ],
)
def test_a_wide_range_or_a_ceiling_is_asked_about(text: str) -> None:
    reading = parse_message(text, [])
    assert "tokens_per_month" not in reading.fields()
    assert "tokens_per_month" in reading.clarify


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("on average 3M tokens a day, up to 5M on busy days", 3e6 * DAY),  # the average beside its ceiling
        ("we work 9 to 5, about 2M tokens a day", 2e6 * DAY),  # hours of the day are no range of counts
        ("3 and 4 year contracts aside, 2M tokens a day", 2e6 * DAY),
    ],
)
def test_near_misses_keep_the_figure_said(text: str, per_month: float) -> None:
    assert read(text)["tokens_per_month"] == pytest.approx(per_month)


def test_a_ceiling_of_the_traffic_is_no_budget() -> None:
    got = read("on average 3M tokens a day, up to 5M on busy days")
    assert "budget_usd_per_month" not in got
    assert read("we can go up to 5k a month, we do 2M tokens a day")["budget_usd_per_month"] == 5000


def test_a_range_of_people_or_seconds_is_not_rewritten() -> None:
    assert "tokens_per_month" not in read("we have 2-3 engineers")
    assert "latency_p99_ms" not in read("between 1 and 2 seconds")


def test_a_range_of_requests_waiting_for_their_size_keeps_its_note() -> None:
    reading = parse_message("Between 20 and 30 thousand chats a day... let's say 25 thousand", [])
    assert reading.pending is not None
    assert reading.pending["requests"] == pytest.approx(25e3 * DAY)
    assert "20 to 30 thousand" in str(reading.pending.get("note"))


# --- spend said by the year, the week, with a vendor, in a currency with an unread word, or as nothing ---


@pytest.mark.parametrize(
    ("text", "usd_per_month"),
    [
        ("we paid 36k last year to OpenAI", 3000),
        ("last year we spent $36k on the OpenAI API", 3000),
        ("our openai bill for 2025 was $36,000", 3000),
        ("about 400 a week on Anthropic", 400 * DAY / 7),
        ("we pay around 400 a week for claude", 400 * DAY / 7),
        ("spend = 150/day on gemini", 150 * DAY),
    ],
)
def test_spend_said_by_another_period_or_with_a_vendor(text: str, usd_per_month: float) -> None:
    assert read(text)["current_spend_usd_per_month"] == pytest.approx(usd_per_month, rel=1e-3)


@pytest.mark.parametrize(
    "text",
    [
        "Currently we spend nothing on AI, this is a new project.",
        "we don't spend anything on LLMs today",
        "zero spend so far",
        "current spend: 0",
        "we pay nothing for the model right now, its a free trial",
    ],
)
def test_nothing_spent_is_a_spend_of_zero(text: str) -> None:
    assert read(text)["current_spend_usd_per_month"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "we can't pay anything upfront",
        "we don't want to pay anything for GPUs",
        "we spend nothing on marketing",
        "if we spend nothing on infra, what then?",
    ],
)
def test_nothing_spent_on_something_else_is_no_spend(text: str) -> None:
    assert "current_spend_usd_per_month" not in read(text)


def test_an_amount_with_an_unread_word_before_its_currency_is_asked_not_dollars() -> None:
    reading = parse_message("we pay about 400 bin TL per month for gpt-4o-mini", [])
    assert "current_spend_usd_per_month" not in reading.fields()
    assert "current_spend_usd_per_month" in reading.clarify


# --- the quality bar said as "the cheapest that is decent" ---


@pytest.mark.parametrize(
    "text",
    [
        "the cheapest thing that's decent",
        "good enough is good enough",
        "honestly? good enough is good enough for us",
        "whatever's cheapest that still works",
        "any decent model will do",
        "we just need the cheapest one that does an ok job",
        "it doesnt need to be a genius, just answer faq",
        "model dont have to be the brightest, just cheap",
    ],
)
def test_a_modest_bar_is_open_weight_ok(text: str) -> None:
    assert read(text)["quality"] == "open_weight_ok"


@pytest.mark.parametrize(
    "text",
    [
        "the cheapest gpu that's decent",  # said of the hardware
        "latency: good enough is good enough",
        "is the cheapest thing that's decent enough?",  # a question
    ],
)
def test_a_modest_bar_said_of_something_else_is_not_the_quality(text: str) -> None:
    assert "quality" not in read(text)


def test_a_modest_bar_turned_down_is_frontier() -> None:
    assert read("we don't want the cheapest thing that's decent, we want the best")["quality"] == "frontier"
