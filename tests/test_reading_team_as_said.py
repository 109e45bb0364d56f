"""Team head counts as people actually say them, read through ``parse_message``: ML know-how nobody has, a title
nobody holds, an inference or algorithm team counted as ML engineers, a slash title ("ML/infra engineers") counted
once, and a vague count ("a few") asked instead of stored as one.

Expected values are worked out by hand from each sentence (what a person reading it would write down).
"""

from __future__ import annotations

from typing import Any

import pytest

from assistant.interview.reading import parse_message


def read(text: str, expecting: list[str] | None = None) -> tuple[dict[str, Any], list[str]]:
    result = parse_message(text, expecting or [])
    got = {u.field: u.value for u in result.updates}
    team = got.get("team", {})
    assert isinstance(team, dict)
    return team, result.clarify


@pytest.mark.parametrize(
    "text",
    [
        "we're 5 web devs, none of us have any experience with machine learning",
        "Nobody on our team has experience in AI models, we're a PHP shop.",
        "honestly noone here has ML skills lol",
        "Nobody in the company have knowledge about machine learning, we are accountants mostly.",
        "neither of us has an AI background, we're both designers",
        "There are six of us and none of us is an ML engineer.",
        "three founders, none of us are engineers in the ML sense",
        "no one here is really an AI person tbh",
        "nobody here's an ML engineer, we just glue APIs together",
    ],
)
def test_ml_know_how_nobody_has_is_no_ml_engineers(text: str) -> None:
    team, _ = read(text)
    assert team.get("ml_engineers") == 0


@pytest.mark.parametrize(
    "text",
    [
        "If nobody has ML experience, is an API the safer bet?",
        "does nobody here need ML experience for this?",
        "nobody has experience with GPUs on our side",  # GPUs, not ML: no head count of ML engineers
        "nobody has experience",  # experience of what, not said
        "We have one developer who knows Python.",  # one person named, not the whole team: store nothing about ML
    ],
)
def test_ml_know_how_not_denied_of_the_team_stores_no_count(text: str) -> None:
    team, _ = read(text)
    assert "ml_engineers" not in team


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we have an 8-person inference team that runs our serving stack", 8),
        ("inference team: 4 engineers", 4),
        ("The team has 3 algorithm engineers, they can deploy models with vLLM.", 3),
        ("We are having two algorithm engineers and one backend.", 2),
        ("12 ML/infra engineers and a dedicated MLOps group", 12),
        ("team is 5 ml/platform engineers, that's everyone", 5),
    ],
)
def test_inference_algorithm_and_hybrid_ml_titles_count_as_ml_engineers(text: str, expected: int) -> None:
    team, _ = read(text)
    assert team.get("ml_engineers") == expected
    assert "devops" not in team  # a slash title is one person doing both, not two roles to split


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("ML engineers? a few", []),
        ("ML people? a handful, I think", []),
        ("devops: several, i guess", []),
        ("a few, I'd say", ["team"]),
        ("hmm, some", ["team"]),
    ],
)
def test_a_vague_head_count_is_asked_not_stored(text: str, expecting: list[str]) -> None:
    team, clarify = read(text, expecting)
    assert "ml_engineers" not in team and "devops" not in team
    assert "team" in clarify


@pytest.mark.parametrize(
    ("text", "expecting", "expected"),
    [
        ("ML engineers? three", [], 3),
        ("a couple", ["team"], 2),
    ],
)
def test_an_exact_head_count_after_the_role_is_still_stored(text: str, expecting: list[str], expected: int) -> None:
    team, _ = read(text, expecting)
    assert team.get("ml_engineers") == expected


@pytest.mark.parametrize(
    "text",
    [
        "On the team: we have 3 ML engineers and a platform group that runs Kubernetes.",
        "on the team side - 3 ML engineers, k8s in house",
    ],
)
def test_a_message_opening_on_the_team_states_facts_not_a_what_if(text: str) -> None:
    from assistant.interview.whatif import detect

    assert detect(text) is None
    team, _ = read(text)
    assert team.get("ml_engineers") == 3
