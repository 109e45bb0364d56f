"""A what-if asked before there is a recommendation gets a plain answer (it runs once there is one) and the
interview goes on; it is never answered with unrelated article passages, and the what-if then works."""

from __future__ import annotations

import pytest

from tests.offline_chat import talk

EARLY = [
    "what if traffic goes 5x?",
    "and what if we doubled the volume next year",
    "suppose usage triples, what then?",
]


@pytest.mark.parametrize("ask", EARLY)
def test_a_what_if_before_any_advice_says_when_it_will_run_and_asks_on(ask: str) -> None:
    session, replies = talk(["hi, we're building a support chatbot", ask])
    assert session.baseline is None and not session.scenarios
    assert "as soon as there is a recommendation" in replies[1]
    assert "articles" not in replies[1] and "?" in replies[1].split("today's workload.", 1)[1]


def test_the_same_what_if_runs_once_there_is_advice() -> None:
    session, replies = talk(
        [
            "what if traffic goes 5x?",
            "about 20M tokens a day, 70% input, steady, no compliance, 2 ML engineers, open models are fine",
            "what if traffic goes 5x?",
        ]
    )
    assert session.baseline is not None and len(session.scenarios) == 1
    assert session.scenarios[0].analysis.tokens_per_month == pytest.approx(5 * session.baseline.tokens_per_month)
    assert "### What if" in replies[2]


def test_a_fact_said_with_a_what_if_before_advice_is_kept() -> None:
    session, _ = talk(["we do about 10M tokens a day; what if it triples?"])
    assert session.profile.get("tokens_per_month") == pytest.approx(10e6 * 30)


def test_with_the_volume_known_a_what_if_does_not_hold_the_advice_back() -> None:
    session, replies = talk(
        [
            "about 25k chats a day, 3,000 tokens in and 600 out each",
            "no idea about the rest",
            "what happens to the price if we double traffic?",
        ]
    )
    assert session.baseline is not None
    assert "as soon as there is a recommendation" not in replies[2]
    assert "ask the what-if again to compare" in replies[2] and "### Recommendation:" in replies[2]
