"""Readings from the misreads found in session 48 (probe 59's leftovers, a new helper's file of dev voices, probe
60): each case here was read wrong before the change beside it; the variants are other voices saying the same."""

from __future__ import annotations

import pytest

from tests.reading import facts_and_asked


def _facts(text: str, expecting: list[str] | None = None) -> dict[str, object]:
    facts, _ = facts_and_asked(text, expecting) if expecting else facts_and_asked(text)
    return facts


@pytest.mark.parametrize(
    ("text", "tokens_in"),
    [
        # 400 words (533 tokens) plus half a page (250 tokens)
        (
            "question is one or two sentences, the lesson is about 400 words, plus instructions of about half a page; "
            "answer 100-150 words",
            783,
        ),
        # three pages (1,500) plus the instructions' own 500 tokens: the tokens are another part, not the pages' count
        ("the input is a 3 page contract plus 500 tokens of instructions, output 300 tokens", 2000),
        ("each request: 2 pages of policy text + 800 tokens of instructions, answer ~200 tokens", 1800),
        ("prompt = 3 pages of claim notes plus a page of rules; reply 300 tokens", 2000),
    ],
)
def test_a_prompt_said_as_parts_adds_them_up(text: str, tokens_in: float) -> None:
    facts = _facts(text)
    assert facts["request_input_tokens"] == pytest.approx(tokens_in, abs=2)


def test_pages_with_their_own_token_count_keep_it() -> None:
    # the tokens said beside the pages are their count, with no other part between
    facts = _facts("contracts are 40 pages, call it 30,000 tokens in, and the answer is about 500 tokens")
    assert facts["request_input_tokens"] == pytest.approx(30_000)
