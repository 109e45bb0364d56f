"""A conversation with the offline advisor, turn by turn, for tests: the session it leaves and its replies."""

from __future__ import annotations

import asyncio

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.decision.inputs import AnalysisOptions
from tools.catalog import load_catalog


def talk(lines: list[str]) -> tuple[AdvisorSession, list[str]]:
    """Send each line to a fresh offline advisor; return the session and the advisor's replies."""
    session = AdvisorSession(load_catalog(), AnalysisOptions())
    advisor = Advisor(OfflineAdvisorModel(), None)

    async def go() -> list[str]:
        return [(await advisor.turn(session, line)).assistant for line in lines]

    return session, asyncio.run(go())
