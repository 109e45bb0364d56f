"""A second use named at the head of its own message ("Search rewrite: 3 million queries per day, ...") after the
volume of the first was said: a further workload, added to the first (probe 56 #5: the 8.1B tokens a month of the
search rewrite were dropped in silence and the advice priced the descriptions alone)."""

from __future__ import annotations

import pytest

from tests.offline_chat import talk

OPENING = (
    "We use LLM for two things: generate product descriptions for sellers, and rewrite search queries. We want to "
    "know if we keep everything in API or not."
)
DESCRIPTIONS = (
    "Descriptions: around 150 thousand products per week, input around 500 tokens, output 350. Is batch, no hurry."
)
REWRITE = (
    "Search rewrite: 3 million queries per day, input ~60 tokens, output ~30 tokens. Search team says the full "
    "rewrite must be under 150 ms p95."
)


def test_a_labelled_second_use_adds_its_volume_and_makes_the_whole_live() -> None:
    session, replies = talk([OPENING, DESCRIPTIONS, REWRITE])
    facts = session.profile.facts
    # 150,000 x 850 x 30/7 + 3,000,000 x 90 x 30
    assert float(facts["tokens_per_month"].value) == pytest.approx(150_000 * 850 * 30 / 7 + 3_000_000 * 90 * 30)
    assert facts["batch_ok"].value is False
    assert "added" not in replies[-1].lower() or "said before" in replies[-1]


def test_a_label_naming_the_same_use_is_no_further_workload() -> None:
    session, _ = talk([OPENING, DESCRIPTIONS, "Descriptions: sorry, 200 thousand products per week, same sizes"])
    value = float(session.profile.facts["tokens_per_month"].value)
    assert value < 1_000_000_000  # never the two volumes of descriptions added up as two workloads


def test_a_topic_heading_is_no_workload() -> None:
    session, _ = talk([OPENING, DESCRIPTIONS, "Latency: search must answer within 150 ms"])
    assert float(session.profile.facts["tokens_per_month"].value) == pytest.approx(150_000 * 850 * 30 / 7)
