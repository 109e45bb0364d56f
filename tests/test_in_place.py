"""Tool calls and LangSmith's hooks run on the event loop (no worker-thread hop per call)."""

from __future__ import annotations

import asyncio
import contextvars
import threading
from typing import Any

import pytest

from assistant.agent.factory import hook_in_place
from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.agent.tools import advisor_tools, in_place
from assistant.conversation.session import AdvisorSession

READY = "10M tokens a day, 80% input, steady, no compliance, no ML engineers, open source is fine"


def test_analysis_tools_run_on_the_loop_thread(catalog, full_index, monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[int] = []
    for name in ("adopt_baseline", "add_scenario"):
        original = getattr(AdvisorSession, name)

        def spy(self: AdvisorSession, *args: Any, _original: Any = original, **kwargs: Any) -> Any:
            threads.append(threading.get_ident())
            return _original(self, *args, **kwargs)

        monkeypatch.setattr(AdvisorSession, name, spy)
    advisor = Advisor(OfflineAdvisorModel(), full_index)
    session = AdvisorSession(catalog)

    async def conversation() -> int:
        await advisor.turn(session, READY)
        await advisor.turn(session, "what if volume triples?")
        return threading.get_ident()

    loop_thread = asyncio.run(conversation())
    assert len(threads) == 2 and set(threads) == {loop_thread}
    assert session.baseline is not None and len(session.scenarios) == 1


def test_every_advisor_tool_has_an_in_place_coroutine_with_the_same_schema() -> None:
    for t in advisor_tools():
        assert t.coroutine is not None, t.name
        assert t.tool_call_schema.model_json_schema() == in_place(t).tool_call_schema.model_json_schema()
    tool = advisor_tools()[0]
    assert in_place(tool) is tool  # already in place: unchanged


def test_langsmith_hooks_run_in_place_unless_tracing(monkeypatch: pytest.MonkeyPatch) -> None:
    from langsmith import tracing_context

    defaults: list[str] = []

    async def default(ctx: contextvars.Context, func: Any, *args: Any, **kwargs: Any) -> Any:
        defaults.append(func.__name__)
        return await asyncio.to_thread(ctx.run, func, *args, **kwargs)

    def where() -> int:
        return threading.get_ident()

    async def both() -> tuple[int, int, int]:
        here = threading.get_ident()
        off = await hook_in_place(default, contextvars.copy_context(), where)
        with tracing_context(enabled=True):
            on = await hook_in_place(default, contextvars.copy_context(), where)
        return here, off, on

    here, off, on = asyncio.run(both())
    assert off == here and on != here and defaults == ["where"]


def test_building_the_agent_installs_the_override(full_index) -> None:
    from langsmith._runtime_overrides import get_runtime_overrides

    Advisor(OfflineAdvisorModel(), full_index)
    assert get_runtime_overrides().aio_to_thread is hook_in_place


def test_similar_volumes_share_one_search_query(catalog) -> None:
    def plan(volume: str) -> str | None:
        session = AdvisorSession(catalog)
        return session.prepare(
            f"{volume} tokens a day, 80% input, steady, no compliance, no ML engineers, open source is fine"
        ).search

    assert plan("40M") == plan("60M") == plan("120M") != plan("2B")
    assert "about 100M tokens a day" in str(plan("60M")) and "about 1B" in str(plan("2B"))
    assert "team without ML engineers" in str(plan("40M"))


def test_a_known_search_is_answered_on_the_loop_and_a_new_one_in_a_thread(full_index) -> None:
    """The search tool answers a query it has searched before in place (a lookup), and goes to a worker
    thread only to embed and search a new one; both give the passages ``retrieve`` gives."""
    from assistant.agent.tools import make_search_tool
    from knowledge.index import CURRENT_OWNER

    threads: list[int] = []

    class Spy:
        def retrieve(self, query: str, k: int) -> Any:
            threads.append(threading.get_ident())
            assert CURRENT_OWNER.get() == "ana"  # the chat's owner reaches the thread
            return full_index.retrieve(query, k)

        def cached(self, query: str, k: int) -> Any:
            return full_index.cached(query, k)

    tool = make_search_tool(Spy())
    query = "reserved instances commitment discount for a GPU fleet"

    async def search() -> tuple[int, list[Any], list[Any]]:
        CURRENT_OWNER.set("ana")
        first = await tool.ainvoke({"type": "tool_call", "id": "1", "name": tool.name, "args": {"query": query}})
        second = await tool.ainvoke({"type": "tool_call", "id": "2", "name": tool.name, "args": {"query": query}})
        return threading.get_ident(), first.artifact, second.artifact

    loop_thread, first, second = asyncio.run(search())
    assert len(threads) == 1 and threads[0] != loop_thread  # searched once, off the loop; then a lookup
    assert first and [p.model_dump() for p in first] == [p.model_dump() for p in second]
    assert full_index.cached(query, 4) is None  # another depth is not known yet
    assert full_index.cached("   ", 3) is None
