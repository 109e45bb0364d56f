"""A rate that runs on working days only ("800 a day, weekdays only", "per business day", "Mon-Fri") is counted over
the month's working days (``tools/data/working_days.toml``: 52 weeks x 5 / 12, assumed), never over 30 calendar
days; a rate with weekend traffic, a weekly or monthly figure, or hours said without the days is counted as before.
"""

from __future__ import annotations

import asyncio

import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.interview.reading import parse_message
from tools.catalog import Catalog
from tools.results import Conventions
from tools.working_days import working_days

WORKING = 52 * 5 / 12  # the basis the data file states, worked out here independently


def _volume(text: str, conventions: Conventions | None = None) -> float | None:
    result = parse_message(text, [], conventions)
    return next((float(u.value) for u in result.updates if u.field == "tokens_per_month"), None)


def test_the_working_days_are_data_with_their_basis() -> None:
    data = working_days()
    assert data.working_days_per_month == pytest.approx(WORKING, abs=0.01)
    assert data.source.kind == "assumption" and "52 weeks x 5" in data.basis()
    assert Conventions().working_days_per_month() == pytest.approx(WORKING, abs=0.01)
    # a month counted shorter than the working days is never stretched
    assert Conventions(days_per_month=20).working_days_per_month() == 20


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("we get 800 tickets a day, weekdays only, each about 2k tokens", 800 * 2_000),
        ("Mon-Fri we do 20M tokens a day", 20e6),
        ("about 800 requests a day only on business days, 1500 tokens each", 800 * 1_500),
        ("~4k docs per workday, each abt 3500 tok in, 400 out", 4_000 * 3_900),
        ("our agents work monday to friday. ~3000 chats/day, 1.2k tokens per chat", 3_000 * 1_200),
        ("5M tokens daily, nothing on weekends", 5e6),
        ("- 12M tok/day\n- weekends: zero", 12e6),
        ("on weekdays we burn like 30 million tokens a day", 30e6),
        ("traffic is 5 days a week, around 40M tokens per day", 40e6),
        ("we handle 2k claims every business day, ~5k tokens each", 2_000 * 5_000),
        ("its only weekdays, maybe 9 millions token per day", 9e6),
        ("10M tokens/day except weekends", 10e6),
        ("we only run on weekdays — about 15M tokens/day", 15e6),
        ("Business days only. 2M tokens per day.", 2e6),
        ("closed saturdays and sundays, 3M tokens a day", 3e6),
    ],
)
def test_a_working_day_rate_runs_on_the_working_days(text: str, per_day: float) -> None:
    assert _volume(text) == pytest.approx(per_day * WORKING, rel=1e-3)


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("20M tokens a day, 7 days a week", 20e6),
        ("20M tokens a day, mostly weekdays", 20e6),  # some weekend traffic: a daily average
        ("about 20M tokens a day, weekends included", 20e6),
        ("20M tokens a day, a bit less on weekends", 20e6),
        ("we process 20M tokens a day and results are due within one business day", 20e6),
        ("20M tokens a day. weekday office hours mostly", 20e6),
        ("20M tokens a day, not only on weekdays", 20e6),
        ("20M a day, 24/7, weekends are quieter", 20e6),
    ],
)
def test_weekend_traffic_or_no_word_on_the_days_counts_every_day(text: str, per_day: float) -> None:
    assert _volume(text) == pytest.approx(per_day * 30)


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("we do 100M tokens a week, weekdays only", 100e6 * 30 / 7),  # a week holds its own weekend
        ("2B tokens a month, weekdays only", 2e9),
        ("Mon-Fri, 600M tokens per month", 600e6),
    ],
)
def test_a_week_or_a_month_is_not_rescaled(text: str, per_month: float) -> None:
    assert _volume(text) == pytest.approx(per_month)


def test_the_month_convention_is_kept_when_shorter() -> None:
    short = Conventions(days_per_month=20)
    assert _volume("Mon-Fri we do 20M tokens a day", short) == pytest.approx(20e6 * 20)


def test_the_confirmation_says_the_working_days_were_assumed() -> None:
    result = parse_message("we get 800 tickets a day, weekdays only, each about 2k tokens", [])
    note = next(u.note for u in result.updates if u.field == "tokens_per_month")
    assert note is not None and "working days" in note and "21.67" in note and "assumed" in note


def test_no_volume_is_made_up_from_a_weekday_rate_without_a_size() -> None:
    result = parse_message("800 a day, weekdays only", [])
    assert "tokens_per_month" not in {u.field for u in result.updates}


def _talk(catalog: Catalog, *lines: str) -> AdvisorSession:
    advisor = Advisor(OfflineAdvisorModel(), None)
    session = AdvisorSession(catalog)
    for line in lines:
        asyncio.run(advisor.turn(session, line))
    return session


def test_the_days_said_in_a_later_message_count_the_volume_again(catalog: Catalog) -> None:
    session = _talk(catalog, "we get 800 tickets a day, 2k tokens each", "oh and thats weekdays only")
    assert session.profile.get("tokens_per_month") == pytest.approx(800 * 2_000 * WORKING, rel=1e-3)
    asyncio.run(Advisor(OfflineAdvisorModel(), None).turn(session, "hmm actually we run weekends too"))
    assert session.profile.get("tokens_per_month") == pytest.approx(800 * 2_000 * 30)


def test_days_said_later_leave_a_monthly_volume_alone(catalog: Catalog) -> None:
    session = _talk(catalog, "we do 600M tokens a month", "it's Mon-Fri only")
    assert session.profile.get("tokens_per_month") == pytest.approx(600e6)
