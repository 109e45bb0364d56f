"""Readings from the misreads the last sessions listed and left (terse questions, periods said in passing, a whole
batch with its size, counts per shift): each case here was read wrong before the change beside it."""

from __future__ import annotations

import pytest

from assistant.interview.whatif import asks_what_if, detect
from tests.reading import facts_and_asked


@pytest.mark.parametrize(
    "text",
    [
        "API vs self-host? ~40k req/day, avg 1.2k tokens in, 300 out",
        "api vs. self hosting",
        "Self-hosting versus a paid API - which?",
        "on-prem vs cloud api, 20M tokens/day",
        "open source vs API for our support bot",
    ],
)
def test_the_advice_asked_as_one_way_versus_another_is_no_what_if(text: str) -> None:
    assert not asks_what_if(text)
    assert detect(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "gpt-4o vs claude sonnet 4.5",
        "what if we self-host vs api at 10x volume?",
        "llama 3.3 70b versus gpt-4o?",
    ],
)
def test_two_models_set_against_each_other_stay_a_comparison(text: str) -> None:
    assert asks_what_if(text)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # the count corrected, not the per-request size said in between
        ("50k requests a month, ~1k tokens each — actually no, that was last year, it's closer to 80k now", 80e6),
        (
            "we do 50k conversations a month at ~2k tokens. Actually no, that was last year; it's closer to 80k now",
            160e6,
        ),
        ("1,200 chats a day of about 900 tokens; that's an old number, it's more like 2,000 now", 2_000 * 900 * 30),
        ("2k tickets a day at 500 tokens, oops, 3k", 3_000 * 500 * 30),
        # a slip of ten still corrects the figure just said
        ("4M tokens a month.. wait no sorry 40M", 40e6),
    ],
)
def test_a_count_corrected_later_in_the_message_replaces_the_one_of_its_size(text: str, tokens: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens)


def test_part_of_a_volume_said_with_actually_is_no_correction() -> None:
    facts, _ = facts_and_asked("50M tokens a day, actually 10M of those are cached")
    assert facts.get("tokens_per_month") == pytest.approx(1.5e9)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("we do about 2M tokens/qtr", 2e6 / 3),
        ("120k requests/quarter at 1k tokens", 40e6),
        ("~9M tok / quarter", 3e6),
    ],
)
def test_a_quarter_after_a_slash_is_three_months(text: str, tokens: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("every Sunday we run 70,000 product descriptions in one batch, about 400 tokens each", 70_000 * 400 * 30 / 7),
        ("70,000 product descriptions every Sunday, ~400 tokens each", 70_000 * 400 * 30 / 7),
        ("each Monday morning we regenerate 7k listings at 1k tokens", 7_000 * 1_000 * 30 / 7),
    ],
)
def test_every_named_weekday_is_once_a_week(text: str, tokens: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # a verb, whom it is asked of and a hedge between "each" and the count: still one person's rate
        ("1200 employees, each asks the bot about 2 questions a day, ~1k tokens each", 1_200 * 2 * 1_000 * 30),
        # people per shift with the shifts a day said first
        ("3 shifts per day, 400 workers per shift, each asks the bot about 2 questions a day, ~1k tokens each", 72e6),
        ("400 workers per shift, 3 shifts a day, each asks the bot about 2 questions a day, ~1k tokens each", 72e6),
    ],
)
def test_a_rate_per_person_with_words_between_each_and_the_count(text: str, tokens: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("120 beds, 3 notes per bed a day, ~800 tokens per note", 120 * 3 * 800 * 30),
        ("120 beds, one note per bed per day, ~800 tokens per note", 120 * 800 * 30),
        ("120 beds, 3 shifts a day, one note per bed per shift, ~800 tokens per note", 120 * 3 * 800 * 30),
        ("120 beds, one note per bed per shift, 3 shifts a day, ~800 tokens per note", 120 * 3 * 800 * 30),
        ("40 stores, ~300 receipts per store per day, 500 tokens each", 40 * 300 * 500 * 30),
    ],
)
def test_a_rate_per_thing_counted_is_multiplied_by_the_things(text: str, tokens: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens)


def test_one_request_per_second_is_a_rate_of_one() -> None:
    facts, _ = facts_and_asked("one request per second, around the clock, ~2k tokens each")
    assert facts.get("tokens_per_month") == pytest.approx(86_400 * 30 * 2_000)


@pytest.mark.parametrize(
    "text", ["On gpt-4.1-mini now, ~$1.3k/mo.", "On Claude currently, about $2k a month", "with vLLM on 2 L4s today"]
)
def test_todays_setup_opened_with_on_or_with_is_no_what_if(text: str) -> None:
    assert not asks_what_if(text)


@pytest.mark.parametrize("text", ["on H100s?", "with 4 L4s?", "with gpt-4o, what would it cost now?"])
def test_a_setup_asked_about_stays_a_what_if(text: str) -> None:
    assert asks_what_if(text)
