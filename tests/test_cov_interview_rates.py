"""Volumes made from a rate (``assistant.interview.quantities.rates``), read through ``parse_message``: people times
what each of them sends, conversations times their turns, and the limits of both.

Expected values are worked out by hand from the sentence (30 days a month).
"""

from __future__ import annotations

from typing import Any

import pytest

from assistant.interview.reading import parse_message

DAY = 30  # days a month by default


def facts(text: str, expecting: list[str] | None = None) -> dict[str, Any]:
    return {u.field: u.value for u in parse_message(text, expecting or []).updates}


def test_a_count_of_one_place_is_not_the_people_who_send() -> None:
    # "1 store" is not the population; 40 agents x 50 chats x 1k tokens x 30 days
    got = facts("1 store with 40 agents, each does 50 chats a day, 1k tokens per chat")
    assert got["tokens_per_month"] == pytest.approx(40 * 50 * 1000 * DAY)


def test_one_user_makes_no_population() -> None:
    # one user: the rate is the whole rate, 10 messages of 500 tokens a day
    got = facts("1 user daily, each sending 10 messages of 500 tokens")
    assert got["tokens_per_month"] == pytest.approx(10 * 500 * DAY)


def test_people_and_their_rate_in_a_hypothetical_make_no_volume() -> None:
    assert "tokens_per_month" not in facts("if 12k students used it daily, each asking 5 questions of 300 tokens")


def test_people_said_with_their_period_and_a_count_each() -> None:
    # 12k students a day x 5 questions x 300 tokens x 30 days
    got = facts("~12k students use it daily, each asks like 5 questions, 300 tokens per question")
    assert got["tokens_per_month"] == pytest.approx(12_000 * 5 * 300 * DAY)


def test_turns_beyond_any_conversation_are_not_multiplied() -> None:
    # 500 turns a chat is beyond belief: the chats alone, 300 x 200 tokens x 30 days
    got = facts("300 chats a day, each 500 turns, 200 tokens per turn")
    assert got["tokens_per_month"] == pytest.approx(300 * 200 * DAY)


def test_turns_are_not_multiplied_when_the_size_is_per_conversation() -> None:
    # 2k tokens per chat already holds its 6 turns: 300 x 2k x 30 days
    got = facts("300 chats a day, each ~6 turns, 2k tokens per chat")
    assert got["tokens_per_month"] == pytest.approx(300 * 2000 * DAY)


def test_turns_multiply_a_size_per_turn() -> None:
    got = facts("300 chats a day, each ~6 turns, 200 tokens per turn")
    assert got["tokens_per_month"] == pytest.approx(300 * 6 * 200 * DAY)


def test_a_budget_before_the_people_leaves_the_people_counted() -> None:
    got = facts("budget of $5k for 500 users, each sends 10 messages a day, 500 tokens each")
    assert got["budget_usd_per_month"] == 5000
    assert got["tokens_per_month"] == pytest.approx(500 * 10 * 500 * DAY)


def test_a_denied_count_makes_no_volume() -> None:
    assert "tokens_per_month" not in facts("we do not scan 5k receipts a day, each receipt is 2k tokens")
