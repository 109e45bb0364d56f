"""A "no" opening an answer when two questions are open (the team and the regimes) belongs to the topic the rest of
the message speaks of with a negation of its own: "no we dont have any ML peoples. only 2 developer php" answers the
team question, and says nothing of regimes. A "no" said again beside the other answer ("no, nothing like that, and
no ML engineers either"), or a bare "no", still answers the question asked."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message

BOTH = ["team", "compliance"]


def _said(text: str, expecting: list[str]) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text, expecting).updates}


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("no we dont have any ML peoples. only 2 developer php. no GPU", {"ml_engineers": 0, "gpu_infra": False}),
        ("nope, nobody does ops here, just 3 devs", {"devops": 0}),
        ("nope - no GPUs, no k8s, nothing", {"kubernetes": False, "gpu_infra": False}),
        ("No. We do not employ any ML engineers; the two of us write PHP.", {"ml_engineers": 0}),
        ("nah mate, zero ML folks on the team", {"ml_engineers": 0}),
    ],
)
def test_a_leading_no_about_the_team_is_no_answer_to_the_regimes(text: str, team: dict[str, object]) -> None:
    for expecting in (BOTH, ["compliance"]):
        facts = _said(text, expecting)
        assert "compliance" not in facts
    assert _said(text, BOTH).get("team") == team


@pytest.mark.parametrize(
    "text",
    [
        "no, we're not under any regulation",
        "Nope, not regulated at all.",
    ],
)
def test_a_leading_no_about_the_regimes_is_no_answer_to_the_team(text: str) -> None:
    facts = _said(text, BOTH)
    assert facts.get("compliance") == ["none"]
    assert "team" not in facts


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("no. no regulated data at all, and we have 2 devs", {"ml_engineers": 0}),
        ("no, nothing like that, and no ML engineers either", {"ml_engineers": 0}),
        ("no, none. we don't have any devops either", {"devops": 0}),
    ],
)
def test_both_answered_when_the_message_speaks_of_both(text: str, team: dict[str, object]) -> None:
    facts = _said(text, BOTH)
    assert facts.get("compliance") == ["none"]
    assert facts.get("team") == team


@pytest.mark.parametrize("text", ["no", "nope, we don't", "no, we're a tiny startup, no lawyers lol"])
def test_a_plain_no_to_the_regime_question_is_still_none(text: str) -> None:
    assert _said(text, ["compliance"]).get("compliance") == ["none"]
