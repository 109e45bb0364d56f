"""The size of a company ("a mid-size insurer") is no quality bar; a mid-size model still is."""

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
