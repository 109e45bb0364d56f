"""A clarifying question about where the data may go, skipped: the strictest reading of the user's own words is
assumed and said so, never no limit at all (probe 50 #6: a research group whose ethics approval rules out commercial
APIs said "just tell me" and was sent to DeepSeek)."""

from __future__ import annotations

import pytest

from assistant.conversation.session import AdvisorSession
from assistant.interview.reading.message import strictest_boundary
from tools.catalog import load_catalog

NO_THIRD_PARTY = (
    "We need to label about 2 million comments a month, 200 tokens in and 30 out each. Our ethics approval says the "
    "data can't go to a commercial third-party API."
)


@pytest.mark.parametrize("skip", ["just tell me", "skip", "not sure"])
def test_a_skipped_boundary_question_assumes_the_strictest_reading(skip: str) -> None:
    session = AdvisorSession(load_catalog())
    plan = session.prepare(NO_THIRD_PARTY)
    assert any("data may go" in q for q in plan.questions)
    plan = session.prepare(skip)
    fact = session.profile.facts["data_boundary"]
    assert fact.value == "cloud_tenant" and not fact.said
    assert any("strictest reading" in n for n in plan.notes)


def test_an_answer_to_the_question_is_taken_as_said() -> None:
    session = AdvisorSession(load_catalog())
    session.prepare(NO_THIRD_PARTY)
    session.prepare("it has to stay on our own servers")
    fact = session.profile.facts["data_boundary"]
    assert fact.value == "on_prem" and fact.said


def test_the_assumed_boundary_binds_the_advice_and_is_named_as_assumed() -> None:
    session = AdvisorSession(load_catalog())
    session.prepare(NO_THIRD_PARTY)
    session.prepare("just tell me")
    analysis = session.analyze_baseline()
    assert analysis.option not in ("api", "managed_open_weight", "batch_api")
    assert any("DeepSeek" in o.name and o.constraint == "data_boundary" for o in analysis.excluded)
    assert any("assumed from your words" in c for c in analysis.constraints)


def test_a_later_skip_of_another_question_assumes_nothing_about_the_data() -> None:
    session = AdvisorSession(load_catalog())
    session.prepare(NO_THIRD_PARTY)
    session.prepare("we can use our Azure tenant, nothing else")
    session.prepare("just tell me")
    assert session.profile.facts["data_boundary"].said


@pytest.mark.parametrize(
    ("said", "strictest"),
    [
        (["no_vendor"], "cloud_tenant"),
        (["on_prem", "cloud_tenant"], "on_prem"),
        (["any_vendor", "no_vendor"], "cloud_tenant"),
        (["air_gapped", "on_prem"], "air_gapped"),
        (["any_vendor"], None),
        ([], None),
    ],
)
def test_strictest_boundary(said: list[str], strictest: str | None) -> None:
    assert strictest_boundary(said) == strictest


MIXED = (
    "Data rules: claims data must stay in our own data centres; the broker emails can go through our Azure tenant; "
    "policy documents may go to any vendor API."
)


@pytest.mark.parametrize(
    "moved_on",
    [
        "Compliance: GDPR and SOC 2 Type II, not PCI.",
        "we are about 300M tokens a month, mostly input",
    ],
)
def test_a_boundary_question_left_unanswered_still_binds_the_strictest_reading(moved_on: str) -> None:
    # probe 54 #10: an insurer whose claims data must stay in its own data centres answered the next question
    # instead, and the advice went on as if any vendor were allowed
    session = AdvisorSession(load_catalog())
    plan = session.prepare(MIXED)
    assert any("data may go" in q for q in plan.questions)
    plan = session.prepare(moved_on)
    fact = session.profile.facts["data_boundary"]
    assert fact.value == "on_prem" and not fact.said
    assert any("strictest reading" in n for n in plan.notes)


def test_a_boundary_answered_after_the_question_is_taken_as_said_not_the_leaning() -> None:
    session = AdvisorSession(load_catalog())
    session.prepare(MIXED)
    session.prepare("everything can go to our Azure tenant in the end, legal signed off")
    fact = session.profile.facts["data_boundary"]
    assert fact.value == "cloud_tenant" and fact.said
