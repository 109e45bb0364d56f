"""A consultant answering for a client (issue 10): the client context said once ("I'm advising a bank", "for my
client") holds for the rest of the conversation, so "their team has two MLEs" on a later turn is the team's. Without
that context "their" stays someone else's. Expectations written by hand."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message
from assistant.interview.scope_parties import speaks_for_client
from tests.offline_chat import talk


def facts(text: str, for_client: bool) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text, [], for_client=for_client).updates}


@pytest.mark.parametrize(
    "text",
    [
        "I'm advising a bank on this",
        "Hi, I'm advising a mid-size bank on their LLM plans.",
        "we consult for a regional hospital",
        "i advise an insurer, asking for them",
        "Asking on behalf of my client.",
        "im a freelance consultant, the numbers are my clients",
        "for my client: they process claims",
    ],
)
def test_the_user_says_they_speak_for_a_client(text: str) -> None:
    assert speaks_for_client(text.lower())


@pytest.mark.parametrize(
    "text",
    [
        "we sell to banks",
        "our clients are hospitals",
        "i work at a bank",
        "we are a startup that helps customers",
    ],
)
def test_own_business_is_not_a_client_context(text: str) -> None:
    assert not speaks_for_client(text.lower())


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("Their team has 2 ML engineers.", "team", {"ml_engineers": 2}),
        ("their company has 3 SREs", "team", {"devops": 3}),
        ("they say they need SOC 2", "compliance", ["soc2"]),
        ("they own 8 H100s", "owned_gpus", {"gpu": "h100", "count": 8, "paid_for": True}),
    ],
)
def test_their_setup_is_the_workloads_only_in_a_client_context(text: str, key: str, value: object) -> None:
    assert facts(text, for_client=True).get(key) == value
    assert key not in facts(text, for_client=False)


def test_a_competitor_is_still_someone_else_for_a_consultant() -> None:
    assert "team" not in facts("our competitor has 5 ML engineers", for_client=True)


def test_the_client_context_holds_across_the_conversation() -> None:
    session, _ = talk(
        [
            "Hi, I'm advising a mid-size bank on their LLM plans.",
            "about 20M tokens a month",
            "their team has two MLEs and no kubernetes",
        ]
    )
    team = session.profile.summary()["team"]
    assert team["origin"] == "said"
    assert team["value"]["ml_engineers"] == 2
    assert team["value"]["kubernetes"] is False


def test_without_a_client_their_team_is_not_ours() -> None:
    session, _ = talk(["about 20M tokens a month", "their team has two MLEs"])
    team = session.profile.summary().get("team") or {}
    assert team.get("origin") != "said" or "ml_engineers" not in (team.get("value") or {})
