"""A conversation with the offline advisor, turn by turn, for tests: the session it leaves and its replies."""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable

from assistant.agent.grounding import Allowed, first_ungrounded
from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.decision.inputs import AnalysisOptions
from tools.catalog import Catalog, load_catalog


def talk(lines: list[str]) -> tuple[AdvisorSession, list[str]]:
    """Send each line to a fresh offline advisor; return the session and the advisor's replies."""
    session = AdvisorSession(load_catalog(), AnalysisOptions())
    advisor = Advisor(OfflineAdvisorModel(), None)

    async def go() -> list[str]:
        return [(await advisor.turn(session, line)).assistant for line in lines]

    return session, asyncio.run(go())


def grounded_talk(catalog: Catalog, lines: list[str]) -> tuple[AdvisorSession, list[str]]:
    """A whole offline conversation; every figure of every answer must pass the grounding guard."""
    session = AdvisorSession(catalog, AnalysisOptions())
    advisor = Advisor(OfflineAdvisorModel(), None)
    replies = []
    for line in lines:
        record = asyncio.run(advisor.turn(session, line))
        payloads = [c.result for c in record.tool_calls]
        sources: list[Callable[[], Allowed]] = [
            functools.cache(s) for s in advisor.grounding_sources(payloads, session, line, record.plan)
        ]
        assert first_ungrounded(record.assistant, *sources) == [], (line, record.assistant)
        replies.append(record.assistant)
    return session, replies
