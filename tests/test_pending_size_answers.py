"""The answer to "how many tokens is one chat?" after a rate of chats: a bare figure in many voices is the size,
a new rate replaces the one waiting for its size, and "I don't know" goes ahead at an example size, said so, with help
to estimate the real one (issue 10: "not sure" goes ahead with stated assumptions)."""

from __future__ import annotations

import pytest

from tests.offline_chat import talk

RATE = "we get about 25k chats a day"


@pytest.mark.parametrize(
    ("answer", "size"),
    [
        ("hmm, roughly 2k each", 2_000),
        ("about 1500", 1_500),
        ("each one is like 900, give or take", 900),
        ("no idea, maybe 3 thousand?", 3_000),
    ],
)
def test_a_bare_size_answers_the_question(answer: str, size: int) -> None:
    session, replies = talk([RATE, answer])
    assert session.profile.get("tokens_per_month") == pytest.approx(25_000 * size * 30)
    assert "25,000 chats a day x" in replies[1]


def test_a_new_rate_replaces_the_one_waiting_for_its_size() -> None:
    session, replies = talk([RATE, "sorry, it's 30k per day actually", "about 1,000 tokens each"])
    assert "30,000 chats a day" in replies[1]
    assert session.profile.get("tokens_per_month") == pytest.approx(30_000 * 1_000 * 30)


def test_not_knowing_the_size_goes_ahead_at_a_stated_example_size_with_help() -> None:
    session, replies = talk([RATE, "I don't know"])
    volume = session.profile.facts["tokens_per_month"]
    assert volume.origin == "assumed"  # never stored as said
    assert float(volume.value) == pytest.approx(25_000 * 2_000 * 30)
    assert "2,000 tokens each" in replies[1] and "25,000 chats a day" in replies[1]
    assert "a page of text about 500" in replies[1]  # how to estimate the real size
