"""A workload profile built from facts, as if the user had said each one (for decision and dialogue tests), and an
offline conversation told a few messages (for tests of what follows them)."""

from __future__ import annotations

import asyncio

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.interview.facts import WorkloadProfile
from tools.catalog import Catalog


def profile(**facts: object) -> WorkloadProfile:
    p = WorkloadProfile()
    for k, v in facts.items():
        p.set(k, v)
    return p


def conversation(catalog: Catalog, *messages: str) -> tuple[Advisor, AdvisorSession]:
    """An offline advisor and a session that has been told ``messages``, one turn each."""
    advisor, session = Advisor(OfflineAdvisorModel(), None), AdvisorSession(catalog)
    for text in messages:
        asyncio.run(advisor.turn(session, text))
    return advisor, session
