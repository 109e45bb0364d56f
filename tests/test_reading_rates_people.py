"""A rate said per person, times the count of people, is the count of requests ("600 staff, 10 questions each a
day"); with the size of one request it is the volume, without it the size is asked with the count kept waiting.

Expected values are worked out by hand from each sentence: 30 days a month, and a working day (or one person's
shift) 52 x 5 / 12 = 21.667 days a month.
"""

from __future__ import annotations

from typing import Any

import pytest

from assistant.interview.reading import parse_message

DAY = 30
WORKDAY = 52 * 5 / 12


def facts(text: str) -> dict[str, Any]:
    return {u.field: u.value for u in parse_message(text, ["tokens_per_month"]).updates}


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        # the count of people first, "each" between the rate's unit and its period
        ("600 staff, 10 questions each a day, roughly 1k tokens per question", 600 * 10 * DAY * 1000),
        (
            "so we're about 450 people and everyone asks it maybe 8 questions a day, ~1,200 tokens each",
            450 * 8 * DAY * 1200,
        ),
        (
            "we got 1200 employees and every one of them ask maybe 4 question per day, ~700 tokens each",
            1200 * 4 * DAY * 700,
        ),
        # the count after the rate, or in another sentence of the message
        ("per user we see about 20 requests daily, 8k users, 600 tokens a request", 8000 * 20 * DAY * 600),
        ("Headcount: 350 analysts. Avg 15 queries/analyst/day, ~2k tokens each.", 350 * 15 * DAY * 2000),
        (
            "Fwd: > our call centre has 120 reps. > Each rep handles around 60 calls a day, ~3k tokens per call",
            120 * 60 * DAY * 3000,
        ),
        # a decimal count is no sentence end
        ("2.5k sales reps x 12 emails/day each, 400 tokens per email", 2500 * 12 * DAY * 400),
        ("roughly 3k students, maybe 5 prompts per student per week, ~600 tokens each", 3000 * 5 * DAY / 7 * 600),
        # the share of them who use it, then the rate (theirs, each)
        ("650 staff, a third use it, ~9 questions a working day, 500 tokens each", 650 / 3 * 9 * WORKDAY * 500),
        (
            "We employ 2,000 people; about half of them use the assistant, each submitting roughly 6 requests per day "
            "of 800 tokens.",
            1000 * 6 * DAY * 800,
        ),
        # people of other trades, and a count said as "<people> count <n>"
        ("We have 40 underwriters; each reviews ~25 submissions a day, 6k tokens per submission", 40 * 25 * DAY * 6000),
        ("Staff count 300; avg usage 12 queries per employee per day, ~1k tokens each", 300 * 12 * DAY * 1000),
        ("the 200 interns, they each run maybe 10 searches daily, 500 tokens each", 200 * 10 * DAY * 500),
        # one search's size ("500 tokens a search"), not 500 tokens a day
        ("the 200 interns, they each run maybe 10 searches daily, 500 tokens a search", 200 * 10 * DAY * 500),
        ("Usage per seat: 25 prompts daily. Seats: 1,500. About 900 tokens each.", 1500 * 25 * DAY * 900),
        # a shift of one person is one of their working days
        (
            "each of our 40 agents handles ~120 chats per shift, a chat is about 1,500 tokens all in",
            40 * 120 * WORKDAY * 1500,
        ),
        ("~900 nurses, 6 notes each per shift, ~700 tokens each", 900 * 6 * WORKDAY * 700),
    ],
)
def test_people_times_a_rate_each_is_the_volume(text: str, per_month: float) -> None:
    assert facts(text)["tokens_per_month"] == pytest.approx(per_month, rel=0.02)


@pytest.mark.parametrize(
    ("text", "requests"),
    [
        ("600 staff, 10 questions each a day", 600 * 10 * DAY),
        ("each of our 40 agents handles ~120 chats per shift", 40 * 120 * WORKDAY),
        ("roughly 3k students, maybe 5 prompts per student per week", 3000 * 5 * DAY / 7),
        ("per user we see about 20 requests daily, 8k users", 8000 * 20 * DAY),
        ("Our call centre has 120 reps. Each rep handles around 60 calls a day.", 120 * 60 * DAY),
    ],
)
def test_people_times_a_rate_without_a_size_asks_the_size_of_one(text: str, requests: float) -> None:
    out = parse_message(text, ["tokens_per_month"])
    assert "tokens_per_month" not in out.fields()
    assert out.pending is not None
    assert float(out.pending["requests"]) == pytest.approx(requests, rel=0.02)
    assert out.confirm and "tokens" in out.confirm


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        # a total said as one, beside a count of people
        ("600 staff, but only 10 questions a day in total, ~1k tokens each", 10 * DAY * 1000),
        # "each" before one chat's size: the 2,000 chats are everyone's
        ("our 40 agents do 2,000 chats a day, each chat about 800 tokens", 2000 * DAY * 800),
        ("our 40 agents do 2,000 chats a day, each about 800 tokens", 2000 * DAY * 800),
        # people counted in another sentence, the rate not said per person: the count is the whole
        ("We have 200 customers. The average is 5,000 invoices a day, 2k tokens each", 5000 * DAY * 2000),
        # a share of users, then a rate no one person makes: everyone's
        ("We have 1,000 employees, half of them use it, about 300 questions a day, 1k tokens each", 300 * DAY * 1000),
        # "each day" is the period, not a person
        ("Each day we get 500 tickets, 1k tokens each", 500 * DAY * 1000),
    ],
)
def test_a_total_beside_people_is_not_multiplied(text: str, per_month: float) -> None:
    assert facts(text)["tokens_per_month"] == pytest.approx(per_month, rel=0.02)


@pytest.mark.parametrize(
    "text",
    [
        "each user sends about 20 messages a day, 500 tokens per message",
        "we have 5 devs; per user it's about 30 requests a day, 1k tokens each",
        "our 3 devs built it; each user sends 20 messages a day",
    ],
)
def test_a_rate_per_person_without_their_count_is_asked_not_stored(text: str) -> None:
    out = parse_message(text, ["tokens_per_month"])
    assert "tokens_per_month" not in out.fields()
    assert "tokens_per_month" in out.clarify


@pytest.mark.parametrize(
    "text",
    [
        # a whole site's shift (several a day): its days are unknown
        "the centre handles 2,000 chats per shift, ~800 tokens each",
        # a hypothetical, asked
        "if each of our 600 staff asked 10 questions a day, 1k tokens each, what would that cost?",
    ],
)
def test_no_volume_from_a_site_shift_or_a_hypothetical(text: str) -> None:
    assert "tokens_per_month" not in facts(text)


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        (
            "Roughly 10 requests per developer per hour, 60 developers, 8 hours a day, ~2k tokens each",
            60 * 10 * 8 * DAY * 2000,
        ),
        ("500 requests an hour, 8 hours a day, 1k tokens each", 500 * 8 * DAY * 1000),
        (
            "each of our 25 reps sends ~6 emails an hour, they work 7.5 hours a day, 400 tokens per email",
            25 * 6 * 7.5 * DAY * 400,
        ),
        # no hours a day said: round the clock, as before
        ("500 requests an hour, 1k tokens each", 500 * 24 * DAY * 1000),
    ],
)
def test_a_rate_per_hour_runs_the_hours_a_day_said(text: str, per_month: float) -> None:
    assert facts(text)["tokens_per_month"] == pytest.approx(per_month, rel=0.02)
