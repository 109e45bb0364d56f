"""A what-if's first line says what the recommendation is after the change, by name: the same option
("stays: **GPT-5**"), another kind of option ("changes: **API → self-host**"), never "API → API"."""

from __future__ import annotations

import asyncio

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession


def test_the_verdict_names_the_recommendation(catalog) -> None:
    advisor = Advisor(OfflineAdvisorModel(), None)
    session = AdvisorSession(catalog)
    for text in ["about 20M tokens a day, mostly input", "steady, SOC 2, no ML engineers, we need frontier quality"]:
        asyncio.run(advisor.turn(session, text))
    base = session.baseline
    assert base is not None and base.option == "api"
    same = asyncio.run(advisor.turn(session, "what if we hired one ML engineer?")).assistant
    assert f"The recommendation stays: **{base.chosen.name}**." in same
    assert "API → API" not in same
    bigger = asyncio.run(advisor.turn(session, "what if volume went up 200x?"))
    scenario = session.current()
    assert scenario is not None
    if scenario.option != base.option:
        assert "The recommendation changes: **API → " in bigger.assistant
    elif scenario.chosen.name != base.chosen.name:
        assert f"**{scenario.chosen.name}** (was {base.chosen.name})" in bigger.assistant
    else:
        assert f"The recommendation stays: **{base.chosen.name}**." in bigger.assistant
