"""Head counts from people named by name: each person counted once per role, whoever names them twice; a list
that is not of people, or people said to have left, counts nobody."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


def _team(text: str) -> dict[str, object]:
    got = {u.field: u.value for u in parse_message(text).updates}
    team = got.get("team")
    return team if isinstance(team, dict) else {}


@pytest.mark.parametrize(
    ("text", "role", "count"),
    [
        ("Ana and Raj run infra. Infra = Ana + Raj, nobody else", "devops", 2),
        ("ML: Sara, Jon. yeah ML is Sara and Jon", "ml_engineers", 2),
        ("Ops is Bob. ML is Alice and Carol", "ml_engineers", 2),
        ("Ops is Bob. ML is Alice and Carol", "devops", 1),
        ("Priya and Tomasz handle the servers, and Priya and Tomasz do the on-call too", "devops", 2),
    ],
)
def test_named_people_are_counted_once_per_role(text: str, role: str, count: int) -> None:
    assert _team(text).get(role) == count


@pytest.mark.parametrize("text", ["Our and We run infra", "Ana and Raj don't run infra anymore, they left"])
def test_no_people_or_people_gone_count_nobody(text: str) -> None:
    assert "devops" not in _team(text)
