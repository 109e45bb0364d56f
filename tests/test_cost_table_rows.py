"""The cost table and the hidden-cost breakdown talk about the same self-host fleet, and the hybrid's note is read
at a glance."""

from __future__ import annotations

import re

import pytest

from tests.offline_chat import grounded_talk
from tools.catalog import Catalog

INTERVIEWS = [
    [
        "about 40M tokens a day, mostly input",
        "steady traffic, no compliance requirements",
        "2 ML engineers",
        "open source is fine",
    ],
    [
        "we push ~3B tokens a month, 70% prompts",
        "business hours only, SOC 2",
        "no ML team at all",
        "quality must be frontier",
        "full report",
    ],
    [
        "300M tokens a day, half in half out",
        "bursty, nothing regulated",
        "platform team of 4 with kubernetes",
        "an open model is ok",
        "full report",
    ],
]


def _section(text: str, title: str) -> str:
    body = text.split(f"#### {title}\n", 1)[1]
    return body.split("\n\n####", 1)[0]


@pytest.mark.parametrize("lines", INTERVIEWS)
def test_the_self_host_fleet_broken_down_is_a_row_of_the_table(catalog: Catalog, lines: list[str]) -> None:
    session, replies = grounded_talk(catalog, lines)
    report = next(r for r in reversed(replies) if "#### Hidden costs of self-hosting" in r)
    shown = session.current()
    assert shown is not None and shown.self_host.available
    table = _section(report, "Monthly cost of each option")
    breakdown = _section(report, "Hidden costs of self-hosting").splitlines()[0]
    if shown.self_host.name in {e.name for e in shown.excluded}:  # not an option: said so, and not in the table
        assert breakdown.startswith("Excluded by ") and shown.self_host.name not in table
        return
    row = next((line for line in table.splitlines() if shown.self_host.name in line), None)
    assert row is not None, (shown.self_host.name, table)
    # the same monthly figure in the row and in the breakdown's first line
    monthly = re.findall(r"\$[\d,]+\.\d\d", row)[0]
    assert monthly in breakdown


def test_the_recommended_row_stays_in_a_long_table(catalog: Catalog) -> None:
    _, replies = grounded_talk(catalog, INTERVIEWS[0])
    table = _section(next(r for r in replies if "#### Monthly cost" in r), "Monthly cost of each option")
    assert sum("✅ recommended" in line for line in table.splitlines()) == 1
    assert len(table.splitlines()) <= 2 + 9  # header, rule, at most eight rows plus the broken-down fleet


def test_the_hybrid_note_is_in_whole_percent(catalog: Catalog) -> None:
    _, replies = grounded_talk(catalog, [*INTERVIEWS[0], "what if volume triples?"])
    notes = [line for r in replies for line in r.splitlines() if line.startswith("| Hybrid")]
    assert notes and all(re.search(r"(?:saves|costs) \d+% ", n) for n in notes), notes
