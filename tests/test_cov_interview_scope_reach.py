"""Negation reach and scope (``assistant.interview.scope``) on phrasings that reach its rarer rules, checked
both on the scope functions and through the reader."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.interview import scope
from assistant.interview.reading import parse_message


def facts(text: str, expecting: list[str] | None = None) -> dict[str, Any]:
    return {u.field: u.value for u in parse_message(text, expecting or []).updates}


def test_a_message_starting_with_a_blank_line_keeps_its_offsets() -> None:
    assert scope.sentences("\nwe run 5M tokens a day") == [(1, "we run 5M tokens a day")]


def _polarity(text: str, phrase: str) -> str:
    (chunk,) = scope.chunks(text)
    start = chunk.text.index(phrase)
    return scope.polarity(chunk, start, start + len(phrase))


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("no it's real-time", "real-time", "yes"),  # "no" answers the question; it does not deny what follows
        ("without a doubt we do need hipaa", "hipaa", "yes"),  # "without a doubt ... we do": affirms
        ("no pii, customers need hipaa", "hipaa", "yes"),  # a new statement with its own verb after the comma
        ("no pii, hipaa", "hipaa", "no"),  # a list carries the "no"
        ("we fine-tuned a bert model years ago", "fine-tuned", "other"),  # the past, nothing about today
    ],
)
def test_polarity_of_a_phrase(text: str, phrase: str, expected: str) -> None:
    assert _polarity(text, phrase) == expected


def test_no_answering_the_batch_question_then_real_time_is_not_batch() -> None:
    assert facts("No it's real-time", ["batch_ok"])["batch_ok"] is False


@pytest.mark.parametrize("text", ["Without a doubt we do need HIPAA", "No PII, customers need HIPAA"])
def test_hipaa_affirmed_after_a_negation_word(text: str) -> None:
    assert facts(text)["compliance"] == ["hipaa"]


@pytest.mark.parametrize("text", ["we fine-tuned a BERT model years ago", "we tried fine-tuning once, years ago"])
def test_fine_tuning_in_the_past_says_nothing_about_today(text: str) -> None:
    assert "fine_tuning" not in facts(text)
