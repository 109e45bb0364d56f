"""A fraction of a text unit said as one side of a request ("the summary is maybe half a page") is read without a
size question asked; "a page" said in passing ("put a page out there", "we write a page in the wiki") never is
(a whole unit spelled out is read only as the answer to the size question)."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


def _facts(text: str) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text, []).updates}


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("avg contract is ~20 pages, summary is maybe half a page", 250.0),  # 500 tokens a page (assumed)
        ("answers are about half a page", 250.0),
        ("20 pages in, half a page out", 250.0),
    ],
)
def test_a_spelled_out_side_is_a_size(text: str, out: float) -> None:
    assert _facts(text).get("request_output_tokens") == out


def test_both_sides_make_the_mix() -> None:
    facts = _facts("avg contract is ~20 pages, summary is maybe half a page")
    assert facts.get("request_input_tokens") == 10000.0
    assert facts.get("input_share") == pytest.approx(10000 / 10250)


@pytest.mark.parametrize(
    "text",
    [
        "put a page out there",
        "we write a page in the wiki about it",
        "the reply is a page or so",
        "prompts are half a page of instructions plus the ticket",
    ],
)
def test_a_page_in_passing_is_no_size(text: str) -> None:
    facts = _facts(text)
    assert "request_output_tokens" not in facts and "request_input_tokens" not in facts
