"""Readings from the misreads found in session 46 (probe 55 and new helpers' files): each case here was read wrong
before the change beside it; the variants are other voices saying the same."""

from __future__ import annotations

import pytest

from tests.reading import facts_and_asked


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # 15,000 x (800 + 200) x 30
        ("we r doing aprox 15k reqs/day, avg 800 tokns in 200 out, trafic is flat 24/7", 450_000_000),
        ("15k requests a day, average 800 tokens in 200 out", 450_000_000),
        # 2,000 x (1,500 + 500) x 30
        ("2k calls/day, avg 1500 tokens in 500 out", 120_000_000),
    ],
)
def test_sizes_after_an_average_keep_both_sides(text: str, tokens: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["tokens_per_month"] == pytest.approx(tokens)
    assert facts["request_output_tokens"] > 0


@pytest.mark.parametrize(
    "text",
    [
        "latncy doesnt matter much, can be batched hourly.",
        "it can be batched",
        "fine to batch them every hour",
        "these could be batched overnight, nobody is waiting",
    ],
)
def test_work_said_fit_to_batch(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("batch_ok") is True
    assert "traffic_shape" not in facts


@pytest.mark.parametrize(
    ("text", "batch_ok"),
    [
        ("we could batch, but users need it live", False),
        ("it cannot be batched", None),
        ("can we batch it?", None),
        ("users need it live", False),
    ],
)
def test_batching_weighed_denied_or_asked_is_no_batch_tolerance(text: str, batch_ok: bool | None) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("batch_ok") is batch_ok


def test_traffic_every_hour_of_the_day_is_still_steady() -> None:
    facts, _ = facts_and_asked("we get traffic every hour of the day, same load at night")
    assert facts.get("traffic_shape") == "steady"
