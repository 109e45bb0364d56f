"""The hours a week the traffic runs, said as a time of day, and what is a count rather than a time."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message
from tests.offline_chat import talk


def _said(text: str) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text).updates}


@pytest.mark.parametrize(
    ("text", "hours_per_week"),
    [
        ("traffic mostly office hours 9-18, monday morning peak maybe 3x normal", 45.0),  # 9 h, weekdays assumed
        ("from 8am to 8pm mon-sat", 72.0),
        ("it's a 9 to 5 thing, weekdays only", 40.0),
        ("usage between 07:00 and 19:00 every day", 84.0),
        ("support desk runs 8:30-17:30 CET", 45.0),
        ("open 10am-10pm including weekends", 84.0),
        ("the night shift uses it, 22-6 monday to friday", 40.0),
        ("from 9 a.m. to 6 p.m., five days a week", 45.0),
    ],
)
def test_a_stated_window_is_hours_a_week(text: str, hours_per_week: float) -> None:
    said = _said(text)
    assert said.get("business_hours_per_week") == hours_per_week
    assert said.get("traffic_shape") == "business_hours"


@pytest.mark.parametrize(
    "text",
    [
        "we have 3-5 engineers",
        "results within 1-2 hours are fine",
        "p99 200-300 ms",
        "10-20M tokens a day",
        "we handle 3-5 tickets per user on fridays",
        "2-3 business days turnaround is fine",
        "between 2 and 4 seconds is ok",
    ],
)
def test_counts_and_durations_are_not_a_window(text: str) -> None:
    assert "business_hours_per_week" not in _said(text)


def _self_host_monthly(lines: list[str]) -> float:
    session, _ = talk(lines)
    assert session.baseline is not None and session.baseline.self_host is not None
    return float(session.baseline.self_host.monthly_usd)


BASE = [
    "300M tokens a day, 80% input, no compliance, 2 ML engineers who run GPUs on Kubernetes",
    "an open-weight model is fine, latency does not matter much",
]


def test_a_longer_window_costs_more_to_self_host_than_a_shorter_one() -> None:
    short = _self_host_monthly([*BASE, "traffic only in office hours, 9 to 5 on weekdays"])
    long = _self_host_monthly([*BASE, "traffic in business hours, 7am to 11pm every day"])
    assert long > short


def test_a_peak_said_in_business_hours_is_against_the_load_in_those_hours() -> None:
    calm = _self_host_monthly([*BASE, "office hours 9-18 on weekdays"])
    peaky = _self_host_monthly([*BASE, "office hours 9-18 on weekdays, monday morning peak about 4x normal"])
    assert peaky > calm


@pytest.mark.parametrize(
    ("text", "hours_per_week"),
    [
        ("the night shift uses it from 12am to 6am, monday to friday", 30.0),  # 12am is midnight
        ("office hours 12pm to 8pm on weekdays", 40.0),  # 12pm is noon
        ("office hours 10:00-10:30", None),  # half an hour is no traffic window
        ("office hours 9:75-17:00", None),  # not a time of day
    ],
)
def test_clock_edges(text: str, hours_per_week: float | None) -> None:
    assert _said(text).get("business_hours_per_week") == hours_per_week
