"""What-ifs that name a change of volume in everyday ways: conditions ("cost if ..."), multiples in words,
folds and percentages; and what is not a change of volume."""

from __future__ import annotations

import asyncio

import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.interview.whatif import detect
from tools.catalog import Catalog


@pytest.mark.parametrize(
    ("text", "factor"),
    [
        ("Cost if volume triples?", 3.0),
        ("how much if traffic doubles", 2.0),
        ("what happens if usage grows 50%?", 1.5),
        ("what if we grow by 25 percent", 1.25),
        ("what would it cost at 10x the volume?", 10.0),
        ("and with twice the traffic?", 2.0),
        ("say volume goes up tenfold", 10.0),
        ("if traffic doubles next year, what then?", 2.0),
        ("what if we had 50% more traffic", 1.5),
        ("price it at three times the volume", 3.0),
        ("what if volume went up 3 fold", 3.0),
        ("What if traffic drops by half?", 0.5),
        ("what if traffic falls 30%?", 0.7),
        ("assume a 40% drop in requests", 0.6),
        ("what if volume x10", 10.0),  # the multiplier before its figure
        ("what if traffic ×3?", 3.0),
    ],
)
def test_a_change_of_volume_said_many_ways(text: str, factor: float) -> None:
    change = detect(text)
    assert change is not None and change.volume_factor == pytest.approx(factor)


def test_the_figure_it_goes_to_is_the_new_volume() -> None:
    change = detect("what if we go from 50M to 80M tokens a day")
    assert change is not None and change.tokens_per_month == pytest.approx(80e6 * 30)
    assert change.volume_factor is None


@pytest.mark.parametrize(
    "text",
    [
        "what if traffic peaks at 3x the average",  # the shape of the traffic, not more of it
        "we have 2 ML engineers",  # not a what-if at all
        "80% of the tokens are input",
        "what if we ran on x86 servers",  # a processor, not a multiple
    ],
)
def test_not_a_new_volume(text: str) -> None:
    change = detect(text)
    assert change is None or (change.volume_factor is None and change.tokens_per_month is None)


def test_a_conditional_cost_question_prices_the_scenario(catalog: Catalog) -> None:
    advisor = Advisor(OfflineAdvisorModel(), None)
    session = AdvisorSession(catalog)
    for line in ("about 50M tokens a day, mostly input", "steady traffic, no compliance requirements"):
        asyncio.run(advisor.turn(session, line))
    asyncio.run(advisor.turn(session, "we have 2 ML engineers, open weights are fine"))
    assert session.baseline is not None
    asyncio.run(advisor.turn(session, "Cost if volume triples?"))
    scenario = session.current()
    assert session.active is not None and scenario is not None
    assert scenario.tokens_per_month == pytest.approx(3 * 50e6 * 30)


@pytest.mark.parametrize(
    "text",
    ["if it matters, we have 3 ML engineers now", "assuming you need to know, HIPAA applies to us", "say hi"],
)
def test_a_leading_condition_that_names_no_change_of_volume_is_not_a_what_if(text: str) -> None:
    assert detect(text) is None


def test_a_new_request_rate_is_priced_at_the_request_size_already_said(catalog: Catalog) -> None:
    advisor = Advisor(OfflineAdvisorModel(), None)
    session = AdvisorSession(catalog)
    for line in (
        "50,000 requests a day, 1,500 tokens in and 300 out",
        "steady traffic, no compliance requirements",
        "we have 2 ML engineers, open weights are fine",
    ):
        asyncio.run(advisor.turn(session, line))
    assert session.baseline is not None
    asyncio.run(advisor.turn(session, "ok and what if next year we go to 200k req per day?"))
    scenario = session.current()
    assert session.active is not None and scenario is not None
    assert scenario.tokens_per_month == pytest.approx(200_000 * 1_800 * 30)  # 10.8B


def test_a_new_request_rate_without_a_request_size_is_not_priced(catalog: Catalog) -> None:
    advisor = Advisor(OfflineAdvisorModel(), None)
    session = AdvisorSession(catalog)
    for line in (
        "about 50M tokens a day, mostly input",
        "steady traffic, no compliance requirements",
        "we have 2 ML engineers, open weights are fine",
    ):
        asyncio.run(advisor.turn(session, line))
    asyncio.run(advisor.turn(session, "what if we go to 200k req per day?"))
    assert session.active is None  # no scenario at the wrong volume: the baseline stands
