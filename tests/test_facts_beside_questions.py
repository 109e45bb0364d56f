"""A message that states facts and then asks something: the facts are today's workload, stored as said, whatever
the question (a what-if, a comparison, a cost under a condition) that follows them."""

from __future__ import annotations

import pytest

from assistant.interview.whatif import detect, split
from tests.profiles import conversation

ADVICE = "we do 10M tokens a day, mostly input, no compliance, 2 ML engineers, open models are fine, p99 2 seconds"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        (
            "Claims adjusters use it live during office hours. What's the payback if we invest in this?",
            "traffic_shape",
            "business_hours",
        ),
        (
            "Traffic is really spiky, launches and campaigns. What would it cost if we moved to H100s?",
            "traffic_shape",
            "bursty",
        ),
        ("fyi we will fine-tune it on our own tickets later. what about A100s?", "fine_tuning", True),
        (
            "Oh and the data has to stay in our own datacenter. How about we compare with Claude Sonnet 4.5?",
            "data_boundary",
            "on_prem",
        ),
        ("Nobody waits for these, overnight is fine. What if volume doubles next year?", "batch_ok", True),
    ],
)
def test_facts_stated_before_a_question_are_stored_after_the_advice(
    catalog, text: str, field: str, value: object
) -> None:
    _, session = conversation(catalog, ADVICE, "skip", text)
    fact = session.profile.facts[field]
    assert fact.origin == "said"
    got = fact.value
    assert value in got if isinstance(got, list) else got == value
    if detect(text) is not None:  # the what-if is not silently dropped
        assert "ask the what-if again" in session.turns[-1].assistant


def test_a_fact_beside_a_what_if_that_contradicts_one_said_is_asked_about(catalog) -> None:
    _, session = conversation(
        catalog, ADVICE, "skip", "Oh and it's health data, HIPAA applies. What if volume doubles?"
    )
    assert session.active is None  # no scenario priced on a contradiction
    assert session.profile.get("compliance") == ["none"]  # said before; a later line does not overwrite it
    assert "HIPAA" in session.turns[-1].assistant  # the question puts the two to the user


def test_a_what_if_alone_after_the_advice_is_still_a_what_if(catalog) -> None:
    _, session = conversation(catalog, ADVICE, "skip", "ok thanks. What if volume doubles?")
    assert session.active is not None  # a scenario was priced
    assert session.profile.get("tokens_per_month") == pytest.approx(10e6 * 30)  # the baseline is not doubled


def test_a_question_about_payback_is_no_what_if() -> None:
    assert detect("Adjusters use it live. What's the payback if we invest in this?") is None
    assert detect("what's the payback if we invest in this?") is None


@pytest.mark.parametrize(
    ("text", "asked", "stated"),
    [
        ("We are in the EU. What if volume doubles?", "What if volume doubles?", "We are in the EU."),
        ("what if volume doubles. and with spot?", "what if volume doubles. and with spot?", ""),
        ("what if it triples", "what if it triples", ""),
        (
            "Budget is 5k. Team is 3. Suppose we compare with GPT-5?",
            "Suppose we compare with GPT-5?",
            "Budget is 5k. Team is 3.",
        ),
    ],
)
def test_a_what_if_is_read_from_its_first_asking_sentence_on(text: str, asked: str, stated: str) -> None:
    assert split(text) == (asked, stated)
