"""A hard constraint the advisor filled in itself is marked as assumed where the constraints are listed; one the
user said is not (what is said and what is assumed are never confused)."""

from __future__ import annotations

from tests.offline_chat import talk

BASE = ["about 30M tokens a day, mostly input", "steady traffic, no compliance", "3 ML engineers"]


def _constraints(reply: str) -> str:
    return next(line for line in reply.splitlines() if line.startswith("Your hard constraints:"))


def test_quality_and_real_time_not_said_are_marked_assumed() -> None:
    session, replies = talk([*BASE, "skip"])
    assert session.baseline is not None
    line = _constraints(next(r for r in replies if "Your hard constraints:" in r))
    assert "open-weight is fine (assumed" in line and "answers in real time (assumed)" in line


def test_said_constraints_are_not_marked() -> None:
    session, replies = talk(
        [*BASE, "open models are fine, and it's a live chat so answers must come back right away", "full report"]
    )
    assert session.profile.facts["quality"].said
    line = _constraints(replies[-1])
    assert "open-weight is fine;" in line and "(assumed; tell me" not in line


def test_a_frontier_bar_said_is_not_assumed() -> None:
    _, replies = talk([*BASE, "we need frontier quality, GPT-5 class", "full report"])
    line = _constraints(replies[-1])
    assert "frontier;" in line and "(assumed; tell me" not in line
