"""The month's days and GPU hours come from the settings and reach every figure.

A whole conversation runs through the composition root under ``ADVISOR_DAYS_PER_MONTH=22`` (and
``ADVISOR_HOURS_PER_MONTH=730``); every place a reply, the profile card or a framework states a volume
both per day and per month must agree on 22 days, within the precision each figure is written with.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator

import pytest

from assistant.conversation.session import AdvisorSession
from assistant.decision import frameworks
from assistant.interview import whatif
from assistant.interview.facts import WorkloadProfile
from assistant.root import make_advisor, new_session
from assistant.settings import Settings, get_settings
from assistant.web import answers, fmt
from tools.catalog import Catalog

DAYS = 22.0
HOURS = 730.0

_NUM = r"(\d[\d,]*(?:\.\d+)?)\s*([kMBT])?"
_SCALE = {"": 1.0, "k": 1e3, "M": 1e6, "B": 1e9, "T": 1e12}
_DAY = r"(?:tokens\s*)?(?:a day|per day|/day|daily)"
_MONTH = r"(?:tokens\s*)?(?:a month|per month|/month|monthly)"
# "10M tokens a day (about 220M a month)", "210M tokens a month (9.55M a day)", "1.9B input + 475M output
# tokens a month (108M a day, 22 days a month)", "220M/month (10.0M/day)"
DAY_THEN_MONTH = re.compile(rf"{_NUM}\s*{_DAY}\s*\((?:about\s+)?{_NUM}\s*{_MONTH}")
MONTH_THEN_DAY = re.compile(rf"{_NUM}\s*{_MONTH}\s*\((?:about\s+)?{_NUM}\s*{_DAY}")
SPLIT_MONTH_THEN_DAY = re.compile(rf"{_NUM}\s*input\s*\+\s*{_NUM}\s*output\s*{_MONTH}\s*\((?:about\s+)?{_NUM}\s*{_DAY}")


def _value(digits: str, suffix: str | None) -> tuple[float, float]:
    """A written figure and half its last written digit (the precision it was rounded to)."""
    plain = digits.replace(",", "")
    decimals = len(plain.split(".")[1]) if "." in plain else 0
    scale = _SCALE[suffix or ""]
    return float(plain) * scale, 0.5 * 10**-decimals * scale


def _days_between(per_month: tuple[float, float], per_day: tuple[float, float]) -> tuple[float, float]:
    """The range of days a month that the two written figures allow."""
    (m, hm), (d, hd) = per_month, per_day
    return (m - hm) / (d + hd), (m + hm) / max(d - hd, 1e-9)


def day_month_pairs(text: str) -> list[tuple[str, tuple[float, float]]]:
    """Every (as written, allowed days-a-month range) where a text gives a volume per day and per month."""
    out = []
    for m in DAY_THEN_MONTH.finditer(text):
        out.append((m.group(0), _days_between(_value(m.group(3), m.group(4)), _value(m.group(1), m.group(2)))))
    for m in MONTH_THEN_DAY.finditer(text):
        out.append((m.group(0), _days_between(_value(m.group(1), m.group(2)), _value(m.group(3), m.group(4)))))
    for m in SPLIT_MONTH_THEN_DAY.finditer(text):
        (a, ha), (b, hb) = _value(m.group(1), m.group(2)), _value(m.group(3), m.group(4))
        out.append((m.group(0), _days_between((a + b, ha + hb), _value(m.group(5), m.group(6)))))
    return out


def test_the_pair_reader_reads_what_it_should() -> None:
    """The checker itself: it finds each shape and its range holds the true days and excludes 30."""
    text = (
        "10M tokens a day (about 220M a month); 210M tokens a month (9.55M a day); "
        "1.9B input + 475M output tokens a month (108M a day, 22 days a month); 220M/month (10.0M/day)"
    )
    pairs = day_month_pairs(text)
    assert len(pairs) == 4
    for written, (low, high) in pairs:
        assert low <= 22 <= high and not low <= 30 <= high, written
    [(_, (low, high))] = day_month_pairs("10M tokens a day (300M a month)")
    assert low <= 30 <= high and not low <= 22 <= high


@pytest.fixture
def settings(monkeypatch: pytest.MonkeyPatch) -> Iterator[Settings]:
    monkeypatch.setenv("ADVISOR_DAYS_PER_MONTH", "22")
    monkeypatch.setenv("ADVISOR_HOURS_PER_MONTH", "730")
    monkeypatch.setenv("ADVISOR_MODEL", "offline")
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()


TURNS = [
    "We process about 10M tokens a day, 80% input",
    "steady traffic around the clock, no compliance regime, 2 ML engineers with Kubernetes, open models are fine",
    "what if we had 40M tokens a day?",
    "full report",
    "back to baseline",
    "how did you compute that?",
    "what do you know about us?",
    "actually it's 15M tokens a day",
]


def test_a_conversation_under_22_days_states_every_volume_with_22_days(settings: Settings, catalog: Catalog) -> None:
    assert settings.conventions.days_per_month == DAYS and settings.conventions.hours_per_month == HOURS
    session = new_session(settings, catalog)
    advisor = make_advisor(settings, None)
    replies: list[str] = []
    for text in TURNS:
        record = asyncio.run(advisor.turn(session, text))
        assert not record.notices, record.notices
        replies.append(record.assistant)
        if text == TURNS[0]:
            # the reader counts the month with the settings' days
            assert session.profile.get("tokens_per_month") == pytest.approx(10e6 * DAYS)
        if text == TURNS[2]:
            # a what-if's "a day" too
            assert session.current() is not None and session.current().tokens_per_month == pytest.approx(40e6 * DAYS)  # type: ignore[union-attr]

    assert session.profile.get("tokens_per_month") == pytest.approx(15e6 * DAYS)
    final = session.current()
    assert final is not None and final.tokens_per_day == pytest.approx(15e6)

    pairs = [p for reply in replies for p in day_month_pairs(reply)]
    assert len(pairs) >= 10, "the replies should state volumes per day and per month"
    wrong = [written for written, (low, high) in pairs if not low <= DAYS <= high]
    assert wrong == []

    # the conventions are stated, and GPU hours come from the settings as well
    joined = "\n".join(replies)
    assert "a month is 22 days of traffic" in joined and "730 hours a month" in joined
    assert "30 days" not in joined and "720 h" not in joined

    # the frameworks: the flowchart's first step is the daily volume
    flow = next(f for f in final.frameworks if f.framework == "four-step flowchart")
    assert flow.steps[0] == "step 1: 15.0M tokens a day"

    # the profile card shows the stored volume per day with the same days
    card = answers.profile_props(session)
    volume = next(f["value"] for f in card["facts"] if f["field"] == "tokens_per_month")
    [(_, (low, high))] = day_month_pairs(volume)
    assert low <= DAYS <= high, volume


def test_the_search_query_and_the_flowchart_use_the_sessions_days(catalog: Catalog) -> None:
    from assistant.decision.inputs import AnalysisOptions

    session = AdvisorSession(catalog, AnalysisOptions(days_per_month=20))
    session.prepare("we do 100M tokens a day")
    assert session.profile.get("tokens_per_month") == pytest.approx(2e9)
    assert "100M tokens a day" in session._search_query()

    profile = WorkloadProfile()
    profile.set("tokens_per_month", 2e9)
    verdict = frameworks.flowchart(profile, session.conventions)
    assert verdict.steps[0] == "step 1: 100.0M tokens a day"
    assert frameworks.flowchart(profile).steps[0] == "step 1: 66.7M tokens a day"  # the default month: 30 days


def test_what_if_rates_per_day_and_the_profile_card_follow_the_given_days() -> None:
    from tools.results import Conventions

    change = whatif.detect("what if we had 5M tokens a day?", Conventions(days_per_month=25))
    assert change is not None and change.tokens_per_month == pytest.approx(125e6)
    assert fmt.fact("tokens_per_month", 125e6, 25) == f"{fmt.tokens(125e6, 'month')} ({fmt.tokens(5e6, 'day')})"
