"""Turn planning (``assistant.interview.policy``) on readings that reach its rarer paths: a message that
both denies and names a regime, a fact the reader itself flagged as unclear, a comparison asked before
any recommendation, and skipping a topic twice."""

from __future__ import annotations

from typing import Any

from assistant.interview.facts import WorkloadProfile
from assistant.interview.policy import (
    AdviceQuestion,
    Decision,
    DialogueState,
    ProfileChange,
    TurnInput,
    plan_turn,
)
from assistant.interview.questions import QUESTIONS
from assistant.interview.reading import ParseResult, Update, parse_message


def _profile(**facts: Any) -> WorkloadProfile:
    p = WorkloadProfile()
    for k, v in facts.items():
        p.set(k, v)
    return p


def plan(profile: WorkloadProfile, text: str, parsed: ParseResult | None = None, **turn: Any) -> Decision:
    state = DialogueState(expecting=[])
    parsed = parsed if parsed is not None else parse_message(text, [])
    return plan_turn(profile, TurnInput(text=text, parsed=parsed, **turn), state, QUESTIONS)


def test_none_and_a_regime_in_one_message_is_asked_about_not_stored() -> None:
    # "no compliance stuff ... HIPAA though": one reading says none, another names HIPAA
    text = "no compliance stuff. HIPAA though"
    parsed = ParseResult(
        updates=[
            Update(field="compliance", value=["none"], quote="no compliance stuff"),
            Update(field="compliance", value=["hipaa"], quote="HIPAA though"),
        ]
    )
    d = plan(WorkloadProfile(), text, parsed)
    assert "compliance" not in d.change.facts
    assert d.plan.action == "ask"
    assert d.state.expecting == ["compliance"]


def test_a_value_the_reader_flagged_as_unclear_is_asked_about_not_stored() -> None:
    text = "around 10M tokens a day, maybe 50M"
    parsed = ParseResult(
        updates=[Update(field="tokens_per_month", value=3e8, quote="around 10M tokens a day")],
        clarify=["tokens_per_month"],
    )
    d = plan(WorkloadProfile(), text, parsed)
    assert "tokens_per_month" not in d.change.facts
    assert d.plan.action == "ask"
    assert d.state.expecting == ["tokens_per_month"]


def test_a_field_outside_the_profile_is_not_stored() -> None:
    parsed = ParseResult(updates=[Update(field="favourite_colour", value="blue", quote="blue")])
    d = plan(WorkloadProfile(), "blue", parsed)
    assert "favourite_colour" not in d.change.facts


def test_a_comparison_once_the_volume_is_known_is_answered_before_any_recommendation() -> None:
    q = AdviceQuestion(kind="compare", models=["gpt-4o", "claude-sonnet-4"])
    d = plan(_profile(tokens_per_month=3e8), "how do gpt-4o and claude sonnet compare for us?", question=q)
    assert d.plan.action == "explain"
    assert d.plan.explain == q
    assert d.plan.notes == []


def test_a_comparison_without_a_volume_asks_for_the_workload_first() -> None:
    q = AdviceQuestion(kind="compare", models=["gpt-4o", "claude-sonnet-4"])
    d = plan(WorkloadProfile(), "how do gpt-4o and claude sonnet compare for us?", question=q)
    assert d.plan.action == "ask"
    assert d.plan.explain is None
    assert d.plan.questions


def test_skipping_a_topic_twice_or_one_already_answered_lists_it_once() -> None:
    profile = _profile(tokens_per_month=3e8)
    profile.skipped.append("quality")
    after = ProfileChange(skipped=["quality", "tokens_per_month", "budget_usd_per_month"]).apply(profile)
    assert after.skipped == ["quality", "budget_usd_per_month"]
    assert after.facts["tokens_per_month"].value == 3e8
    assert profile.skipped == ["quality"]  # the profile it was applied to is unchanged
