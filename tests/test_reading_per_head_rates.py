"""People using the product at a rate said with them ("12k students use it daily"), each making a count said
with "each" and no period of its own ("each asks like 5 questions"): people x count a day are the requests."""

from __future__ import annotations

import pytest

from tests.offline_chat import talk

OPENING = "hi, we're pricing an assistant for our product"


@pytest.mark.parametrize(
    ("said", "per_day", "unit"),
    [
        ("~12k students use it daily, each asks like 5 questions", 60_000, "question"),
        ("we have 2,000 daily active users, each sends about 10 messages", 20_000, "message"),
        ("500 agents use it every day and each of them runs ~40 queries", 20_000, "query"),
        ("3k DAU, each one has maybe 4 chats", 12_000, "chat"),
    ],
)
def test_people_times_their_count_are_the_requests(said: str, per_day: int, unit: str) -> None:
    session, replies = talk([OPENING, said, "about 750 tokens each, prompt and answer"])
    assert f"one {unit}" in replies[1]
    assert session.profile.get("tokens_per_month") == pytest.approx(per_day * 750 * 30)


def test_with_the_size_in_the_same_message_the_volume_is_read_at_once() -> None:
    session, _ = talk([OPENING, "500 agents use it every day, each runs ~40 queries of about 1k tokens in and 200 out"])
    assert session.profile.get("tokens_per_month") == pytest.approx(500 * 40 * 1_200 * 30)


@pytest.mark.parametrize(
    "said",
    [
        "12k students use it, each asks like 5 questions",  # no period anywhere: how often is not said
        "we have 40 engineers, each costs $900 a month",  # money
    ],
)
def test_no_period_or_money_is_no_rate(said: str) -> None:
    session, _ = talk([OPENING, said, "about 750 tokens each"])
    assert session.profile.get("tokens_per_month") is None
