"""People who work on models without being said to run them ("4 data scientists", "a handful of ML engineers"):
the ML engineers who would run a self-hosted model are asked for, never taken as none, and the rest of the team
said beside them is kept (issue 10: team sizes were collapsed or lost)."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message
from tests.profiles import conversation
from tools.catalog import load_catalog


def team_read(text: str, expecting: list[str] | None = None) -> tuple[dict[str, object], list[str]]:
    r = parse_message(text, expecting if expecting is not None else ["team"])
    team = next((u.value for u in r.updates if u.field == "team"), {})
    return dict(team), r.clarify


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("We have 4 data scientists and 2 DevOps people", {"devops": 2}),
        ("For context, we have 4 data scientists and 2 SREs.", {"devops": 2}),  # "for" opening the sentence
        ("Three data scientists, plus our one backend dev", {}),
        ("a handful of ML engineers and 2 devops", {"devops": 2}),
        ("* DS: 4\n* DevOps: 2", {"devops": 2}),
        ("Two applied scientists, no ops people at all", {"devops": 0}),
        ("so its a university lab four of us one postdoc and three phd students", {}),
        ("some ML folks, a few ops people, it changes every quarter honestly", {}),
    ],
)
def test_model_people_without_a_count_of_who_runs_models_are_asked_about(text: str, kept: dict[str, object]) -> None:
    team, clarify = team_read(text)
    assert "team" in clarify
    assert "ml_engineers" not in team
    assert {k: v for k, v in team.items() if k in kept} == kept


@pytest.mark.parametrize(
    "text",
    [
        "our client has 40 data scientists",  # someone else's people
        "do we need data scientists for this?",  # a question
        "We have a data science team that fine-tunes forecasting models, but that's a separate project.",
        "data scientists: 5. ML engineers: 0.",  # who runs models is said
        "2 ML engineers and 3 data scientists",
    ],
)
def test_no_question_when_nothing_is_left_to_ask(text: str) -> None:
    _team, clarify = team_read(text, [])
    assert "team" not in clarify


@pytest.mark.parametrize(
    ("text", "ml", "ops"),
    [
        ("Honestly it's just me. I train the models and I also babysit the servers, so count me twice I guess.", 1, 1),
        ("its just me i do the machine learning and i also run the servers", 1, 1),
        ("just me, I build the models, hosting is Heroku", 1, 0),
        ("It's just me, solo founder.", 0, 0),
    ],
)
def test_a_person_alone_counts_for_what_they_say_they_do(text: str, ml: int, ops: int) -> None:
    team, _ = team_read(text)
    assert team.get("ml_engineers") == ml and team.get("devops") == ops


def test_the_question_is_asked_and_its_answer_joins_the_team_said_before() -> None:
    _, s = conversation(
        load_catalog(),
        "about 40M tokens a day, mostly input",
        "steady traffic, no compliance requirements",
        "We have 4 data scientists and 2 DevOps people",
    )
    asked = s.turns[-1].assistant
    assert "2 DevOps" in asked and "deploy and run a model in production" in asked
    assert "One question" in asked  # one question is not "a couple"
    _, s = conversation(
        load_catalog(),
        "about 40M tokens a day, mostly input",
        "steady traffic, no compliance requirements",
        "We have 4 data scientists and 2 DevOps people",
        "two of them deploy models",
    )
    team = s.profile.facts["team"]
    assert team.said and team.value == {"devops": 2, "ml_engineers": 2}


def test_a_team_never_said_is_an_assumption_in_the_reasons() -> None:
    _, s = conversation(load_catalog(), "about 40M tokens a day, mostly input", "just give me the numbers")
    reasons = " ".join(s.baseline.reasons) if s.baseline else ""
    assert "without ML engineers" not in reasons
    assert "assumed: tell me if someone does" in reasons
