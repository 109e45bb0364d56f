"""Questions about the advice are answered on the facts of the analysis on screen: after a what-if, "compare
with M" prices M at the what-if's volume, next to the what-if's recommendation (it had priced the baseline's
volume beside the scenario's cost, so a 200x what-if made Claude look 100x cheaper than the pick)."""

from __future__ import annotations

import asyncio

from assistant.agent.loop import Advisor
from assistant.conversation.session import AdvisorSession
from tests.profiles import conversation
from tools.catalog import Catalog

SETUP = [
    "10M tokens a day, 75% input",
    "steady traffic, SOC 2 only, no ML engineers, we need frontier quality, no batch, interactive chat",
]


def _session(catalog: Catalog) -> tuple[Advisor, AdvisorSession]:
    advisor, session = conversation(catalog, *SETUP)
    assert session.baseline is not None
    return advisor, session


def test_compare_after_a_what_if_prices_the_what_ifs_volume(catalog: Catalog) -> None:
    advisor, session = _session(catalog)
    asyncio.run(advisor.turn(session, "what if the volume doubled?"))
    assert session.active is not None
    reply = asyncio.run(advisor.turn(session, "compare with claude sonnet 4.5")).assistant
    # 20M a day x 30 days = 600M a month: 450M input x $3/M + 150M output x $15/M = $1,350 + $2,250
    assert "| Claude Sonnet 4.5 (API) | $3,600.00 |" in reply
    assert "450M input tokens" in reply
    assert "$1,800.00" not in reply  # the baseline's volume priced


def test_compare_on_the_baseline_prices_the_baseline(catalog: Catalog) -> None:
    advisor, session = _session(catalog)
    reply = asyncio.run(advisor.turn(session, "compare with claude sonnet 4.5")).assistant
    # 300M a month: 225M input x $3/M + 75M output x $15/M = $675 + $1,125
    assert "| Claude Sonnet 4.5 (API) | $1,800.00 |" in reply


def test_back_to_baseline_prices_the_baseline_again(catalog: Catalog) -> None:
    advisor, session = _session(catalog)
    asyncio.run(advisor.turn(session, "what if the volume doubled?"))
    asyncio.run(advisor.turn(session, "back to baseline"))
    assert session.active is None
    reply = asyncio.run(advisor.turn(session, "compare with claude sonnet 4.5")).assistant
    assert "| Claude Sonnet 4.5 (API) | $1,800.00 |" in reply
