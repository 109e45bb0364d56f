"""A small model named beside the share of simple requests is what that share needs, not the quality bar of the
whole workload; a bar said for the rest, or a small model said on its own, still is one."""

from __future__ import annotations

import pytest

from tests.reading import facts as read


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("About 75% of tickets are simple password resets and order status a small model handles fine.", 0.75),
        ("70% of the questions are easy, a small model would do", 0.7),
        ("like 3/4 of traffic is dumb FAQ stuff, any cheap model can answer those", 0.75),
        ("maybe 60 percent are basic lookups where a tiny LLM is plenty", 0.6),
    ],
)
def test_a_small_model_for_the_simple_share_sets_no_bar(text: str, share: float) -> None:
    facts = read(text)
    assert facts.get("simple_share") == pytest.approx(share)
    assert "quality" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "a small model is fine for us",  # no share: the bar for everything
        "most of it is easy (~60%), a cheap model is fine for those; open source is fine for the rest too",
    ],
)
def test_a_bar_said_for_the_whole_or_the_rest_is_kept(text: str) -> None:
    assert read(text).get("quality") == "open_weight_ok"
