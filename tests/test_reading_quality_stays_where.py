"""A quality bar said as staying where a model is ("quality needs to stay about where GPT-4o is"): that model
is the floor, as "at least as good as GPT-4o" is; said of latency or of the model in use, it is no bar."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


def _facts(text: str) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text, []).updates}


@pytest.mark.parametrize(
    ("text", "reference", "quality"),
    [
        ("quality needs to stay about where GPT-4o is", "gpt-4o", "frontier"),
        ("answers have to remain roughly where claude sonnet is", "claude-sonnet-4.5", "frontier"),
        ("Output quality must stay right where gpt-5 is, the lawyers notice", "gpt-5", "frontier"),
    ],
)
def test_staying_where_a_model_is_sets_the_floor(text: str, reference: str, quality: str) -> None:
    facts = _facts(text)
    assert facts.get("quality_reference") == reference
    assert facts.get("quality") == quality


@pytest.mark.parametrize("text", ["latency should stay where gpt-4o is", "we'd like to be where gpt-5 is one day"])
def test_no_bar_from_latency_or_a_wish(text: str) -> None:
    assert "quality" not in _facts(text)
