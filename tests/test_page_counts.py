"""A count of pages is priced at a page's known size (about 500 tokens of text) plus an answer in the assumed mix,
said so, instead of asking how many tokens a page is; the answer's length said later redoes it. A count of things
with no known size (reports, tickets) is still asked."""

from __future__ import annotations

import asyncio

import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from tools.catalog import Catalog


def run(catalog: Catalog, *lines: str, session: AdvisorSession | None = None) -> tuple[AdvisorSession, list[str]]:
    session = session or AdvisorSession(catalog)
    advisor = Advisor(OfflineAdvisorModel(), None)
    return session, [asyncio.run(advisor.turn(session, line)).assistant for line in lines]


@pytest.mark.parametrize(
    ("line", "pages_per_month"),
    [
        ("Translation job: about 2,000 pages a month English to Spanish", 2_000),
        ("we summarise roughly 300 pages a day", 9_000),
        ("around 12k pages per month get run through the model", 12_000),
    ],
)
def test_a_page_count_is_priced_at_a_pages_size(catalog: Catalog, line: str, pages_per_month: float) -> None:
    session, replies = run(catalog, line)
    volume = session.profile.facts["tokens_per_month"]
    # 500 tokens a page in, and the 50/50 default mix: as much again out
    assert volume.origin == "assumed"
    assert volume.value == pytest.approx(pages_per_month * 1_000, rel=0.01)
    assert "500 tokens" in replies[0] and "how many tokens is one page" not in replies[0].lower()


def test_the_answers_length_said_later_redoes_it(catalog: Catalog) -> None:
    session, _ = run(catalog, "we summarise roughly 300 pages a day")
    run(catalog, "the summary for each page is about 150 tokens", session=session)
    volume = session.profile.facts["tokens_per_month"]
    assert volume.origin == "said"
    assert volume.value == pytest.approx(9_000 * (500 + 150), rel=0.01)


def test_a_said_mix_sets_the_answer(catalog: Catalog) -> None:
    session, _ = run(catalog, "about 80% input, 20% output", "we process 1,000 pages a day")
    volume = session.profile.facts["tokens_per_month"]
    assert volume.value == pytest.approx(30_000 * 500 / 0.8, rel=0.01)


def test_a_count_of_reports_still_asks_its_size(catalog: Catalog) -> None:
    session, replies = run(catalog, "we get about 1,200 reports a day")
    assert "tokens_per_month" not in session.profile.facts
    assert "how many tokens is one report" in replies[0].lower()
