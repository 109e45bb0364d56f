"""Traffic said of the week, and amounts done once (probe 17, 08 and 09): "spiky, Monday mornings are like 5x the
average, weekends dead" is bursty with a 5x peak (was asked again as unclear); "a backlog of 40,000 pages,
one-time, then ongoing 2,000 pages a month" runs 2,000 pages a month (was 40,000 pages taken as the month)."""

from __future__ import annotations

import asyncio

import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.interview.reading.message import parse_message
from tests.reading import facts as read
from tools.catalog import Catalog


@pytest.mark.parametrize(
    ("text", "peak"),
    [
        ("traffic is spiky, Monday mornings are like 5x the average, weekends dead", 5.0),
        ("spiky, weekends are dead", None),
        ("bursty - weekends are quiet, black friday is about 8x normal", 8.0),
    ],
)
def test_spikes_with_a_dead_weekend_are_bursty(text: str, peak: float | None) -> None:
    facts = read(text, ["traffic_shape"])
    assert facts.get("traffic_shape") == "bursty"
    assert facts.get("peak_to_average") == peak


@pytest.mark.parametrize(
    "text",
    ["spiky during office hours, nothing at night", "bursty 9-5 traffic"],
)
def test_spikes_said_with_office_hours_are_still_asked(text: str) -> None:
    reading = parse_message(text, ["traffic_shape"])
    assert "traffic_shape" not in reading.fields() and "traffic_shape" in reading.clarify


@pytest.mark.parametrize(
    ("text", "peak"),
    [
        ("Evenings are the peak, and after iftar in Ramadan it's about 3x normal.", 3.0),
        ("month-end is 4 times the normal load", 4.0),
        ("Monday mornings are like 5x the average", 5.0),
    ],
)
def test_a_time_at_a_multiple_of_the_usual_load_is_the_peak(text: str, peak: float) -> None:
    assert read(text).get("peak_to_average") == peak


@pytest.mark.parametrize(
    "text", ["what if mornings are 3x the average?", "we expect 3x the usual volume next year", "3x the average price"]
)
def test_a_multiple_without_a_time_of_load_or_asked_is_no_peak(text: str) -> None:
    assert "peak_to_average" not in read(text)


def test_a_backlog_is_left_out_of_the_month_and_said_so() -> None:
    text = "Translation job: backlog of 40,000 pages English->Spanish, one-time, then ongoing 2,000 pages a month"
    reading = parse_message(text, [])
    assert "tokens_per_month" not in reading.fields()
    assert reading.pending is not None and reading.pending["requests"] == 2000  # the ongoing pages, size asked
    assert any("backlog of 40,000 pages English->Spanish" in n for n in reading.notes)


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        ("we have 3M tokens a day of chat traffic, plus a one-time backfill of 500M tokens", 90e6),
        ("1B tokens a month ongoing; the initial load of 2B tokens happens once", 1e9),
        ("historical records: 300M tokens, one-off. Then 20M tokens a month.", 20e6),
    ],
)
def test_the_ongoing_rate_is_the_volume_beside_a_one_time_amount(text: str, tokens_per_month: float) -> None:
    assert read(text).get("tokens_per_month") == pytest.approx(tokens_per_month)


def test_a_rate_with_no_one_time_word_is_read_as_before() -> None:
    assert read("we process 40M tokens a month").get("tokens_per_month") == pytest.approx(40e6)
    assert not parse_message("we process 40M tokens a month", []).notes


def test_the_new_ones_counted_after_an_archive_are_the_monthly_count(catalog: Catalog) -> None:
    session, advisor = AdvisorSession(catalog), Advisor(OfflineAdvisorModel(), None)
    replies = [
        asyncio.run(advisor.turn(session, line)).assistant
        for line in [
            "We want to read lease agreements and pull the key terms into a spreadsheet. There are about 60,000 old "
            "leases in the archive that need doing once, and then maybe 300 new ones a month.",
            "Each lease is roughly 25 pages. What comes out is just one row per lease, maybe 20 fields.",
            "Correction - the archive is 16,000 leases, not 60,000.",
        ]
    ]
    assert "60,000 old leases in the archive" in replies[0]
    assert session.profile.get("tokens_per_month") == pytest.approx(300 * 25 * 500)  # 300 leases x 25 pages
    assert session.profile.get("request_input_tokens") == pytest.approx(12_500)
    assert "the archive is 16,000 leases" in replies[2] and "I didn't find a figure" not in replies[2]
