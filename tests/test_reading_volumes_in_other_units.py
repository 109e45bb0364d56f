"""Volumes said the way people count their work: several projects' token volumes listed in one message (added
up), text in words or characters over a period, hours of speech over a period; a figure called "way too low" is a
correction; a skill learnt before by people on the team today is theirs."""

from __future__ import annotations

import asyncio

import pytest

from assistant.interview.reading import parse_message
from tests.profiles import conversation
from tools.catalog import load_catalog

DAYS = 30  # the default convention: a month of 30 days


def _volume_per_day(text: str, expecting: list[str] | None = None) -> float | None:
    result = parse_message(text, expecting or [])
    values = [u.value for u in result.updates if u.field == "tokens_per_month"]
    return values[-1] / DAYS if values else None


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        (
            "Three client projects want LLM features: a chatbot for a telco (about 1.2M tokens/day), document "
            "extraction for an insurer (roughly 8M tokens a day, mostly input), and a code-review bot, maybe 500k/day.",
            9.7e6,
        ),
        ("we got two separate apps - support bot ~3M tokens a day; and an internal search thing, 1M tokens a day", 4e6),
        ("2 products use it: the tutor (20M tokens per day) and the grader (5M tokens per day)", 25e6),
        ("three workloads really. summaries 2m tokens/day, tagging 1m tokens/day and translation 4m tokens/day", 7e6),
        (
            "We run four internal pipelines: ETL notes 1M tokens a day, QA 2M tokens a day, chat 3M tokens a day and "
            "reports 4M tokens a day.",
            10e6,
        ),
    ],
)
def test_listed_projects_volumes_are_added_up(text: str, per_day: float) -> None:
    assert _volume_per_day(text) == pytest.approx(per_day, rel=0.01)


@pytest.mark.parametrize(
    "text",
    [
        # one volume given as a range, not two workloads
        "two apps, together somewhere between 1M to 2M tokens a day",
        # the whole given beside the parts: not added again
        "two apps: 1M tokens a day and 2M tokens a day, so 3M tokens a day in total",
    ],
)
def test_a_range_or_a_stated_total_is_not_added_up_again(text: str) -> None:
    per_day = _volume_per_day(text)
    assert per_day is None or per_day <= 3e6 + 1


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("about 540,000 words a week", 540_000 * 4 / 3 / 7),
        ("around 50k words per day go in", 50_000 * 4 / 3),
        ("we translate roughly 2 million words a month", 2e6 * 4 / 3 / DAYS),
        ("our editors push maybe 3M characters a day through it", 3e6 / 4),
        ("60 hours x 9,000 words = 540,000 words a week going in", 540_000 * 4 / 3 / 7),
    ],
)
def test_text_over_a_period_is_a_volume(text: str, per_day: float) -> None:
    assert _volume_per_day(text) == pytest.approx(per_day, rel=0.02)


@pytest.mark.parametrize(
    "text",
    ["he types 200 words a minute", "we have 300 pages of docs", "the bot writes 150 words per answer"],
)
def test_a_speed_or_a_stock_of_text_is_no_volume(text: str) -> None:
    assert _volume_per_day(text) is None


@pytest.mark.parametrize(
    ("text", "hours_per_day"),
    [
        ("roughly 60 hours of programmes a week", 60 / 7),
        ("we transcribe about 60 hours of audio a week", 60 / 7),
        ("the call center handles 3,000 hours of calls monthly", 3000 / DAYS),
        ("we record 5 hours of podcasts every week", 5 / 7),
        ("summaries of 200 hours of meetings per day", 200),
    ],
)
def test_hours_of_speech_over_a_period_are_a_volume(text: str, hours_per_day: float) -> None:
    # about 150 words a minute, 4 words to 3 tokens: 200 tokens a minute of speech (the data's assumption)
    assert _volume_per_day(text) == pytest.approx(hours_per_day * 60 * 200, rel=0.02)


@pytest.mark.parametrize(
    "text",
    ["the meeting lasts 2 hours", "our agents work 8 hours a day", "support is open 12 hours a day"],
)
def test_hours_of_work_are_no_volume(text: str) -> None:
    assert _volume_per_day(text) is None


def _team(text: str) -> dict[str, object]:
    out: dict[str, object] = {}
    for u in parse_message(text, ["team"]).updates:
        if u.field == "team":
            out.update(u.value)
    return out


@pytest.mark.parametrize(
    "text",
    [
        "we have 4 people who did MLOps on a previous project",
        "we've got a guy who did mlops years ago",
        "there are two folks who have done MLOps in the past",
        "Team: we have 4 people who did MLOps on a previous project, k8s on our own Hetzner boxes, no GPUs yet.",
    ],
)
def test_a_skill_learnt_before_by_people_on_the_team_is_theirs(text: str) -> None:
    assert _team(text).get("mlops") is True


def test_infrastructure_said_after_a_past_clause_is_today() -> None:
    team = _team("we have 4 people who did MLOps on a previous project, k8s on our own Hetzner boxes")
    assert team.get("kubernetes") is True


@pytest.mark.parametrize(
    "text",
    [
        "there are two engineers who ran kubernetes on a previous project",  # a skill, not a cluster of ours
        "on a previous project we had an MLOps team",  # another project's team
        "we had 2 MLOps people years ago, they left",
    ],
)
def test_past_infrastructure_or_people_gone_are_not_today(text: str) -> None:
    team = _team(text)
    assert team.get("kubernetes") is not True
    assert team.get("mlops") is not True


@pytest.mark.parametrize(
    "reply",
    [
        "that's way too low, more like 50M tokens a day",
        "thats far too high. 500k tokens a day",
        "way too low lol, we do 40M a day",
        "that is much too small - it's 20M tokens a day",
    ],
)
def test_a_figure_called_too_low_or_too_high_is_corrected_without_asking(reply: str) -> None:
    catalog = load_catalog()
    advisor, session = conversation(catalog, "about 5M tokens a day")
    record = asyncio.run(advisor.turn(session, reply))
    fact = session.profile.facts["tokens_per_month"]
    assert fact.value / DAYS != pytest.approx(5e6)
    assert fact.origin == "said"
    assert "Which should I use" not in record.assistant


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("chat - 20M tokens a day", 20e6),
        ("support - 2k tickets a day, 500 tokens each", 2_000 * 500),
        ("Volume – about 5M tokens per day", 5e6),
        ("the doc pipeline — 800k tokens daily", 800e3),
    ],
)
def test_a_dash_before_a_figure_is_no_minus(text: str, per_day: float) -> None:
    assert _volume_per_day(text) == pytest.approx(per_day)
    assert not parse_message(text).problems


def test_a_minus_against_its_figure_is_still_a_problem() -> None:
    assert parse_message("-5M tokens a day").problems


def test_a_rate_per_person_after_a_dash_counts_the_people_said_before() -> None:
    catalog = load_catalog()
    _, session = conversation(
        catalog,
        "we want an AI writing tutor, ~180k active students",
        "I think my volume math was per week not per day — 3 essays a week per student. Each essay ~800 tokens in "
        "and ~800 out.",
    )
    fact = session.profile.facts["tokens_per_month"]
    assert fact.value == pytest.approx(180_000 * 3 * 1_600 * DAYS / 7, rel=0.01)


@pytest.mark.parametrize(
    "correction",
    [
        "Sorry, correction: 40k conversations per MONTH not per week. Per week is ~10k.",
        "oops - 40k conversations a month, not a week",
    ],
)
def test_a_corrected_count_keeps_what_each_item_came_to(correction: str) -> None:
    _, session = conversation(
        load_catalog(),
        "Around 40k conversations a week, 6 messages per conversation. Each call we send about 1,500 tokens and the "
        "reply is maybe 150-200 tokens.",
        correction,
    )
    # 40,000 conversations a month, each 6 calls of 1,500 + 175 tokens; nothing left to ask about their size
    assert session.profile.facts["tokens_per_month"].value == pytest.approx(40_000 * 6 * 1_675)


def _count_per_day(text: str) -> float | None:
    pending = parse_message(text).pending
    return None if pending is None or "requests" not in pending else pending["requests"] / DAYS


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("6,000 daily users x 5 questions each, as I said.", 30_000),
        ("6k DAU, 5 questions each", 30_000),
        ("Volume I said already: 60 work orders per shift, 3 shifts a day", 180),
        ("Each shift the techs write maybe 60 work orders, we run 3 shifts", 180),
        ("we run 2 shifts and each shift handles 500 calls", 1_000),
        ("like I mentioned, 40 agents, each does 30 chats a day", 1_200),
    ],
)
def test_counts_said_per_daily_user_or_per_shift(text: str, per_day: float) -> None:
    assert _count_per_day(text) == pytest.approx(per_day)


def test_a_product_of_daily_users_rate_and_size_is_read_as_one() -> None:
    assert _volume_per_day("10k daily active users x 5 chats each x 1,200 tokens") == pytest.approx(10_000 * 5 * 1_200)


@pytest.mark.parametrize(
    ("text", "hours_per_day"),
    [("we publish about 140 episode-hours a week across the network", 20), ("300 call hours a month", 10)],
)
def test_episode_hours_over_a_period_are_a_volume(text: str, hours_per_day: float) -> None:
    assert _volume_per_day(text) == pytest.approx(hours_per_day * 60 * 200, rel=0.02)


def test_a_figure_withdrawn_earlier_is_still_not_today() -> None:
    result = parse_message("earlier I said 2 ML engineers, ignore that")
    assert not [u for u in result.updates if u.field == "team"]
