"""The size of a company ("a mid-size insurer") is no quality bar, and a size said as a total ("85 tokens total")
no latency kind; a mid-size model and a total answer with a time still are."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


@pytest.mark.parametrize(
    "text",
    [
        "I'm an actuary at a mid-size Canadian P&C insurer.",
        "we are a mid-sized bank in Ohio",
        "mid-size company, about 400 staff",
        "Mid-size e-commerce shop here.",
    ],
)
def test_the_size_of_a_company_is_no_quality_bar(text: str) -> None:
    assert "quality" not in {u.field for u in parse_message(text).updates}


@pytest.mark.parametrize("text", ["a mid-size model is fine", "mid-tier quality is enough for us", "mid range is ok"])
def test_a_mid_size_model_is_still_a_quality_bar(text: str) -> None:
    assert {u.field: u.value for u in parse_message(text).updates}.get("quality") == "open_weight_ok"


@pytest.mark.parametrize("text", ["so ~85 tokens total per message", "each reply is about 300 words total per answer"])
def test_a_size_said_as_a_total_is_no_latency_kind(text: str) -> None:
    assert "latency_kind" not in {u.field for u in parse_message(text).updates}


@pytest.mark.parametrize("text", ["the total answer must be done in 2 seconds", "the full reply in under 3 s"])
def test_a_total_answer_with_a_time_is_still_the_whole_answer(text: str) -> None:
    assert {u.field: u.value for u in parse_message(text).updates}.get("latency_kind") == "total"
