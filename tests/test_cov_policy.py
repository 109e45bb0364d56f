"""Turn planning at its less common turns (``assistant.interview.policy.plan_turn``), plain-word facts
(``describe``) and the classifier override used by the evaluation."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.interview import classifier
from assistant.interview.describe import describe_fact, own_words
from assistant.interview.facts import WorkloadProfile
from assistant.interview.policy import Decision, DialogueState, TurnInput, plan_turn
from assistant.interview.questions import QUESTIONS
from assistant.interview.reading import parse_message

READY = {
    "tokens_per_month": 3e8,
    "input_share": 0.8,
    "traffic_shape": "steady",
    "compliance": ["none"],
    "team": {"ml_engineers": 0},
    "quality": "open_weight_ok",
}


def _profile(**facts: Any) -> WorkloadProfile:
    p = WorkloadProfile()
    for k, v in facts.items():
        p.set(k, v)
    return p


def plan(profile: WorkloadProfile, text: str, **turn: Any) -> Decision:
    state = DialogueState(expecting=[])
    return plan_turn(profile, TurnInput(text=text, parsed=parse_message(text, []), **turn), state, QUESTIONS)


def test_a_denial_of_a_said_regime_is_asked_about_not_stored() -> None:
    d = plan(_profile(compliance=["hipaa"]), "no compliance requirements")
    assert d.plan.action == "ask"
    assert d.change.facts == {}
    (question,) = d.plan.questions
    assert "HIPAA applies" in question and "no compliance regime applies" in question


@pytest.mark.parametrize("text", ["help", "what can you do?"])
def test_help(text: str) -> None:
    assert plan(WorkloadProfile(), text).plan.action == "help"


def test_a_question_once_everything_is_known_gets_the_recommendation_with_passages() -> None:
    d = plan(_profile(**READY), "what is a KV cache?")
    assert d.plan.action == "analyze"
    assert d.plan.search == "what is a KV cache?"
    assert d.state.expecting == []


def test_making_a_scenario_the_baseline() -> None:
    d = plan(_profile(**READY), "make this the baseline", has_baseline=True, has_scenario=True)
    assert d.plan.action == "analyze" and d.change.adopt_scenario


def test_models_to_compare_are_recorded() -> None:
    d = plan(_profile(**READY), "compare with gpt-5")
    assert d.change.facts["candidate_models"].value == ["gpt-5"]


# ------------------------------------------------------------------------------------------ plain words


def test_describe_fact_edges() -> None:
    assert describe_fact("latency_p99_ms", None) == "not known"
    assert describe_fact("candidate_models", []) == "no particular models in mind"
    assert describe_fact("candidate_models", ["gpt-5"], names=lambda s: s.upper()) == "models to consider: GPT-5"
    assert describe_fact("not_a_field", 3) == "noted"


@pytest.mark.parametrize(
    ("quote", "text", "expected"),
    [
        (None, "anything", None),
        ("", "anything", None),
        ("50M a day", "We do 50M a day, mostly input.", "50M a day"),
        ("fifty million daily", "We do about 50M a day. HIPAA applies.", "We do about 50M a day. HIPAA applies."),
        ("daily tokens: two million", "HIPAA applies. Two million tokens daily", "Two million tokens daily"),
        ("hipaa", "We do about 50M a day. HIPAA applies here.", "hipaa"),  # found as said
        ("x", "...", None),
    ],
)
def test_own_words(quote: str | None, text: str, expected: str | None) -> None:
    assert own_words(quote, text) == expected


# ------------------------------------------------------------------------------------------ classifier


def test_a_held_out_model_can_replace_the_committed_one_and_be_restored() -> None:
    committed = classifier.default_model()
    assert committed is not None
    other = classifier.Model(
        vocab={}, weights=committed.weights[:0], bias=committed.bias, offsets=committed.offsets, thresholds={}
    )
    try:
        classifier.use(other)
        assert classifier.default_model() is other
    finally:
        classifier.use(None)
    assert classifier.default_model() is committed


def test_every_profile_fact_has_words() -> None:
    # a fact added to the profile without a format would reach the user as "noted"
    from assistant.interview.describe import FORMATS
    from assistant.interview.facts import FIELDS

    assert set(FORMATS) == set(FIELDS)
    assert describe_fact("a_field_nobody_knows", 3) == "noted"
