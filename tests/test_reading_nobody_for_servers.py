"""Nobody to run the servers, however said ("no one for servers", "nobody to look after the infra"): no DevOps
people. Nobody for something else ("no one for the weekend shift") says nothing of the team's roles."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


def _team(text: str) -> dict[str, object]:
    return next((dict(u.value) for u in parse_message(text, []).updates if u.field == "team"), {})


@pytest.mark.parametrize(
    "text",
    [
        "we have one developer who knows python, no one for servers",
        "nobody to look after the infra tbh",
        "no one to run the boxes, we're 3 devs",
        "Ops? honestly no-one to manage our servers",
    ],
)
def test_nobody_to_run_the_servers_is_no_devops(text: str) -> None:
    assert _team(text).get("devops") == 0


@pytest.mark.parametrize("text", ["no one for the weekend shift", "nobody to talk to at the vendor"])
def test_nobody_for_something_else_is_no_role(text: str) -> None:
    assert "devops" not in _team(text)


def test_one_person_for_servers_is_one() -> None:
    assert _team("no one for ML, one person for servers") == {"ml_engineers": 0, "devops": 1}
