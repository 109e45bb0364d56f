"""Two readings of a share that are told back the same ("about 25%") are one answer: the advisor keeps what
was said and does not ask which to use. Readings far apart still get the question."""

from __future__ import annotations

from tests.profiles import conversation
from tools.catalog import Catalog

ASKS_WHICH = "Which should I use?"


def _asked_which(catalog: Catalog, *messages: str) -> bool:
    _, session = conversation(catalog, *messages)
    return any(ASKS_WHICH in t.assistant for t in session.turns)


def test_a_quarter_and_720k_in_against_2_2m_out_are_the_same_mix(catalog: Catalog) -> None:
    assert not _asked_which(
        catalog,
        "about 12.5M tokens a month. output is roughly 3x the input",
        "in tokens: about 720,000 tokens a week in, ~2.2 million a week out",
    )


def test_half_and_half_then_48_percent_is_not_a_conflict(catalog: Catalog) -> None:
    _, session = conversation(
        catalog, "50M tokens a day, roughly half input half output", "to be exact, 48% of tokens are input"
    )
    assert not any(ASKS_WHICH in t.assistant for t in session.turns)
    assert abs(session.profile.facts["input_share"].value - 0.5) < 0.03


def test_a_mix_far_from_the_one_said_is_still_asked_about(catalog: Catalog) -> None:
    assert _asked_which(catalog, "50M tokens a day, mostly input, about 90% prompts", "we're about 40% input")


def test_a_count_under_one_a_day_is_told_a_month(catalog: Catalog) -> None:
    _, session = conversation(catalog, "our pilot school sends maybe 3 essays a week for feedback")
    reply = session.turns[-1].assistant
    assert "about 0 " not in reply and "a month" in reply.split("\n")[0]


def test_a_rate_per_student_after_a_dash_keeps_the_students(catalog: Catalog) -> None:
    _, session = conversation(
        catalog,
        "~180k active students, each submits like 3 essays a week, each maybe 600 words",
        "Also, wait, I think my volume math was per week not per day — 3 essays a week per student.",
    )
    reply = session.turns[-1].assistant
    # 180,000 students x 3 essays a week / 7 days (the dash before "3 essays" is no minus sign)
    assert "77,143 essays a day" in reply.split("\n")[0]
