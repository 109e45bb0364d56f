"""The answer to "per day or per month?" is a period said as one; a duration said for another reason
(a latency, a deadline) leaves the question open instead of turning the volume into a rate per second."""

from __future__ import annotations

import pytest

from assistant.interview.reading import resolve_pending

PENDING = {"tokens": 300_000, "quote": "300 thousand"}


@pytest.mark.parametrize(
    ("reply", "per_month"),
    [
        ("per month", 300_000),
        ("Monthly.", 300_000),
        ("a day", 9_000_000),  # 300,000 x 30
        ("daily I think", 9_000_000),
        ("that's each week", 300_000 * 30 / 7),
        ("/day", 9_000_000),
        ("that number is the total we process each month", 300_000),  # a longer reply naming its period
        ("we hired two people last month, but that figure is per day", 9_000_000),  # a past month dates the hires
    ],
)
def test_a_period_answers_it(reply: str, per_month: float) -> None:
    updates = resolve_pending(reply, PENDING).updates
    assert [u.field for u in updates] == ["tokens_per_month"]
    assert updates[0].value == pytest.approx(per_month)


@pytest.mark.parametrize(
    "reply",
    [
        "Answer within 3 seconds total is OK, agent reviews the draft anyway.",
        "if it takes a weekend or a few days, that's entirely fine",
        "2 weeks",
        "we have 4 engineers, two of them joined last month",
    ],
)
def test_a_duration_said_for_something_else_does_not(reply: str) -> None:
    assert resolve_pending(reply, PENDING).updates == []
