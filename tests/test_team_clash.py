"""A head count that clashes with the one said before is asked about, and nothing is confirmed in its
place (the old count quoted with the new words would say the opposite of what the user wrote)."""

from __future__ import annotations

import asyncio

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from tools.catalog import Catalog


def test_a_clashing_head_count_is_asked_about_not_confirmed(catalog: Catalog) -> None:
    advisor = Advisor(OfflineAdvisorModel(), None)
    session = AdvisorSession(catalog)
    for line in ("about 50M tokens a day, mostly input", "steady traffic, no compliance requirements"):
        asyncio.run(advisor.turn(session, line))
    asyncio.run(advisor.turn(session, "we have 2 ML engineers"))
    record = asyncio.run(advisor.turn(session, "we have 3 ML engineers now"))
    answer = record.assistant
    assert "Got it" not in answer  # nothing new was stored
    assert "2 ML engineers" in answer and "3 ML engineers" in answer and "Which should I use" in answer
    fact = session.profile.facts["team"]
    assert fact.value["ml_engineers"] == 2 and fact.quote == "we have 2 ML engineers"
