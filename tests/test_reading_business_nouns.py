"""A count of the things a business handles (inquiries, discharges, complaints, bookings ...) with its
period is a rate of requests: times the size of one when that is said, else the size is asked."""

from __future__ import annotations

import asyncio

import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.interview.quantities.patterns import singular
from assistant.interview.reading import parse_message
from tools.catalog import Catalog
from tools.numbers import plural


def _facts(text: str) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text, []).updates}


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # 300,000 x (900 + 350) = 375M a month
        ("Volume is 300 thousand inquiries per month. Average input 900 tokens, output 350 tokens.", 375e6),
        # 4,000 a week is 4,000 / 7 x 30 days; x (2,000 + 400) tokens = 41,142,857 a month
        ("about 4,000 discharges a week, 2,000 tokens in and 400 out", 4000 / 7 * 30 * 2400),
        # 1,200 a day x 30 x 1,500 tokens = 54M
        ("we handle 1,200 complaints a day, each about 1,500 tokens all in", 1200 * 30 * 1500),
    ],
)
def test_a_count_of_business_items_times_their_size(text: str, tokens: float) -> None:
    assert _facts(text).get("tokens_per_month") == pytest.approx(tokens, rel=0.01)


def test_a_count_without_its_size_is_asked_not_stored_as_tokens() -> None:
    result = parse_message("we get 25 thousand bookings per month", [])
    assert "tokens_per_month" not in {u.field for u in result.updates}
    assert "one booking" in (result.confirm or "")  # the size of one is asked


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # 250 x 40 a working day x 21.67 working days (52 x 5 / 12) x 2,000 tokens = 433M
        ("250 staff, each making approximately 40 queries per working day, about 2,000 tokens per query", 433.3e6),
        # the same a day, every day: 30 days
        ("250 staff, each making approximately 40 queries per day, about 2,000 tokens per query", 600e6),
        # 1,200 x 10 a day x 30 x (2,500 + 500) = 1.08B
        ("about 1,200 employees, maybe 10 requests each per day, 2,500 tokens input and 500 output", 1.08e9),
    ],
)
def test_a_rate_per_person_times_the_people(text: str, tokens: float) -> None:
    assert _facts(text).get("tokens_per_month") == pytest.approx(tokens, rel=0.01)


@pytest.mark.parametrize("text", ["we have 80k daily active users", "about 2 million monthly active users"])
def test_a_count_of_people_is_not_a_volume(text: str) -> None:
    assert "tokens_per_month" not in _facts(text)


def test_a_rate_per_person_said_before_its_size_counts_the_people(catalog: Catalog) -> None:
    # 250 staff x 40 queries a working day x 21.67 working days (52 x 5 / 12) x (3,000 + 400) tokens = 737M a month
    advisor = Advisor(OfflineAdvisorModel(), None)
    session = AdvisorSession(catalog)
    first = asyncio.run(advisor.turn(session, "250 staff, each making approximately 40 queries per working day."))
    assert "one query," in first.assistant and "querys" not in first.assistant
    assert "10,000 queries a day" in first.assistant  # the working day's count, as said
    second = asyncio.run(
        advisor.turn(session, "an average query carries 3,000 input tokens and returns 400 output tokens")
    )
    assert session.profile.get("tokens_per_month") == pytest.approx(250 * 40 * 52 * 5 / 12 * 3400, rel=1e-3)
    assert "working days" in second.assistant  # the assumption is said


@pytest.mark.parametrize(
    ("noun", "one"),
    [("queries", "query"), ("speeches", "speech"), ("claims", "claim"), ("inquiries", "inquiry"), ("boxes", "box")],
)
def test_one_and_many_of_a_counted_thing(noun: str, one: str) -> None:
    assert singular(noun) == one and plural(one) == noun
