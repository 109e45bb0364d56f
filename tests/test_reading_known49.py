"""Readings from the misreads found in session 49 (probe 60's leftovers, probe 61): each case here was read wrong
before the change beside it; the variants are other voices saying the same."""

from __future__ import annotations

import pytest

from tests.reading import facts_and_asked


def _facts(text: str, expecting: list[str] | None = None) -> dict[str, object]:
    facts, _ = facts_and_asked(text, expecting) if expecting else facts_and_asked(text)
    return facts


@pytest.mark.parametrize(
    ("text", "tokens_in", "tokens_out", "per_month"),
    [
        # probe 60 #8: the customer questions were 4,500 tokens a month (150 a day read as tokens)
        (
            "Second thing: customer questions from the marketplaces, around 150 per day, also weekend. Input with "
            "product info + our return policy about 1,200 tokens, answer 200.",
            1200,
            200,
            150 * 30 * 1400,
        ),
        (
            "prompt including the schema and the examples, about 2k tokens; output 300 tokens; 5k calls a day",
            2000,
            300,
            5000 * 30 * 2300,
        ),
        (
            "5k calls a day, answer with the reasoning and a citation about 300 tokens, prompt 2k tokens",
            2000,
            300,
            5000 * 30 * 2300,
        ),
        (
            "ca. 300 tickets daily; the prompt containing ticket, customer history & macros is usually 3k tokens, "
            "reply 250 tokens",
            3000,
            250,
            300 * 30 * 3250,
        ),
    ],
)
def test_what_a_side_holds_named_before_its_size(
    text: str, tokens_in: float, tokens_out: float, per_month: float
) -> None:
    facts = _facts(text)
    assert facts["request_input_tokens"] == pytest.approx(tokens_in)
    assert facts["request_output_tokens"] == pytest.approx(tokens_out)
    assert facts["tokens_per_month"] == pytest.approx(per_month)


@pytest.mark.parametrize(
    "text",
    [
        "customer questions, around 150 per day. Whole exchange with our policy text is like 1,400 tokens.",
        "roughly 80 per day come in; one with all its attachments can be 6,000 tokens",
    ],
)
def test_a_day_too_small_for_one_thing_sized_is_a_count_asked_about(text: str) -> None:
    facts, asked = facts_and_asked(text)
    assert "tokens_per_month" not in facts
    assert "tokens_per_month" in asked


@pytest.mark.parametrize(
    "text",
    [
        "For every SKU we need text in 7 languages: Turkish, English, German, French, Arabic, Russian, Spanish. We do "
        "one request per language, around 900 tokens in, output about 350 tokens.",
        "the summaries have to be text in 3 formats, 1,000 tokens in and 200 out",
    ],
)
def test_text_in_a_number_of_things_is_no_first_token_latency(text: str) -> None:
    assert "latency_kind" not in _facts(text)


@pytest.mark.parametrize(
    "text",
    ["text on screen within a second, latency 1s", "I want words within 2 seconds, latency matters"],
)
def test_text_on_screen_within_a_time_is_first_token(text: str) -> None:
    assert _facts(text)["latency_kind"] == "ttft"
