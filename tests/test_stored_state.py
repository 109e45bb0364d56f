"""The stored advisor state: each part once (history as turn indices, tool calls without the results
the model read), and resuming rebuilds what the live session had."""

from __future__ import annotations

import asyncio
import json
from typing import Any

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession

TURNS = ["about 20M tokens a day, 80% input", "   ", "steady, no compliance, 2 ML engineers, open models are fine"]


def stored(session: AdvisorSession) -> dict[str, Any]:
    return json.loads(json.dumps(session.to_dict()))  # as it comes back from the database


def test_history_is_stored_as_turn_indices_and_rebuilt(catalog: Any) -> None:
    session = AdvisorSession(catalog)
    advisor = Advisor(OfflineAdvisorModel(), None)
    for text in TURNS:
        asyncio.run(advisor.turn(session, text))
    data = stored(session)
    assert "history" not in data
    assert data["history_turns"] == [0, 2]  # the blank message is in the transcript, not the model's history
    restored = AdvisorSession.from_dict(data, catalog)
    assert restored.history == session.history
    assert [m["content"] for m in restored.history[::2]] == [TURNS[0], TURNS[2]]


def test_tool_results_are_not_stored_but_the_calls_are(catalog: Any) -> None:
    session = AdvisorSession(catalog)
    advisor = Advisor(OfflineAdvisorModel(), None)
    for text in TURNS:
        asyncio.run(advisor.turn(session, text))
    live = [c for t in session.turns for c in t.tool_calls]
    assert any(c.name == "analyze_workload" and c.result for c in live)
    calls = [c for t in stored(session)["turns"] for c in t["tool_calls"]]
    assert [c["name"] for c in calls] == [c.name for c in live]
    assert all("result" not in c for c in calls)
    restored = AdvisorSession.from_dict(stored(session), catalog)
    assert restored.baseline == session.baseline  # the figures themselves are stored with the analysis


def test_a_history_that_is_not_the_turns_words_is_stored_whole(catalog: Any) -> None:
    session = AdvisorSession(catalog)
    asyncio.run(Advisor(OfflineAdvisorModel(), None).turn(session, TURNS[0]))
    session.history.append({"role": "user", "content": "a message of an older version, never answered"})
    data = stored(session)
    assert "history_turns" not in data and data["history"] == session.history
    assert AdvisorSession.from_dict(data, catalog).history == session.history


def test_state_saved_by_the_previous_version_still_loads(catalog: Any) -> None:
    session = AdvisorSession(catalog)
    asyncio.run(Advisor(OfflineAdvisorModel(), None).turn(session, TURNS[0]))
    old = stored(session)
    old.pop("history_turns")
    old["history"] = [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]
    old["turns"][0]["tool_calls"] = [{"name": "analyze_workload", "args": {}, "result": {"option": "api"}}]
    restored = AdvisorSession.from_dict(old, catalog)
    assert restored.history[0]["content"] == "hi"
    assert restored.turns[0].tool_calls[0].result == {"option": "api"}
