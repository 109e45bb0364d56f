"""The offline policy's turns on a plain loop (``assistant.agent.policy_loop``): the same messages as the agent
graph gives for the same plan, tool calls with their artifacts, a failing tool contained as an error result,
and the advisor's offline turns never entering the graph."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage

from assistant.agent.context import TurnContext
from assistant.agent.factory import build_agent
from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.agent.policy_loop import PolicyLoop
from assistant.agent.tools import advisor_tools, make_search_tool
from assistant.conversation.session import AdvisorSession
from assistant.interview.policy import Plan
from assistant.interview.whatif import Change
from knowledge.index import Retrieved
from tools.catalog import Catalog

READY = "about 50M tokens a day, mostly input, steady traffic, no compliance, no ML engineers, open weights are fine"


class OnePassage:
    def retrieve(self, query: str, k: int) -> list[Retrieved]:
        return [
            Retrieved(
                source="a.md",
                title="The Cost Article",
                section="Breakeven",
                text="Self-hosting pays off above a volume.",
                score=0.9,
                kind="article",
                path="a.md",
            )
        ][:k]


def _shape(messages: list[BaseMessage]) -> list[tuple[Any, ...]]:
    """What a turn's messages say: each message's kind, text, tool calls and tool results (ids aside)."""
    out: list[tuple[Any, ...]] = []
    for m in messages:
        if isinstance(m, ToolMessage):
            out.append(("tool", m.name, m.content, m.status, repr(m.artifact)[:20_000]))
        elif isinstance(m, AIMessage):
            out.append(("ai", m.content, [(c["name"], c["args"]) for c in m.tool_calls]))
        else:
            out.append((m.type, m.content))
    return out


def _both(catalog: Catalog, plan_for: Any, text: str) -> tuple[list[BaseMessage], list[BaseMessage]]:
    """The same turn through the agent graph and through the plain loop, each on its own session."""
    retriever = OnePassage()
    tools = advisor_tools()
    graph = build_agent(OfflineAdvisorModel(), tools, retriever)
    loop = PolicyLoop(OfflineAdvisorModel(), [*tools, make_search_tool(retriever)])
    results = []
    for run in ("graph", "loop"):
        session = AdvisorSession(catalog)
        session.prepare(READY)
        session.analyze_baseline()
        context = TurnContext(session=session, plan=plan_for(session))
        messages = [HumanMessage(text)]
        if run == "graph":
            out = asyncio.run(graph.ainvoke({"messages": messages}, context=context))
            results.append(list(out["messages"][len(messages) :]))
        else:
            results.append(asyncio.run(loop.run(messages, context)))
    return results[0], results[1]


@pytest.mark.parametrize(
    "plan_for",
    [
        lambda s: Plan(action="analyze", search="self-hosting versus API cost"),
        lambda s: Plan(action="what_if", change=Change(label="what if volume triples", volume_factor=3.0)),
        lambda s: Plan(action="baseline"),
        lambda s: Plan(action="help"),
        lambda s: Plan(action="ask", questions=["How many ML engineers do you have?"], acknowledged=["50M a day"]),
    ],
    ids=["analysis", "what-if", "baseline", "help", "question"],
)
def test_the_loop_gives_the_messages_the_graph_gives(catalog: Catalog, plan_for: Any) -> None:
    graph, loop = _both(catalog, plan_for, "whatever the user said")
    assert _shape(loop) == _shape(graph)
    assert isinstance(loop[-1], AIMessage) and not loop[-1].tool_calls  # it ends on the answer


def test_a_failing_tool_is_an_error_result_and_the_turn_goes_on(catalog: Catalog, monkeypatch) -> None:
    def broken(self: AdvisorSession) -> Any:
        raise ValueError("the catalog is on fire")

    monkeypatch.setattr(AdvisorSession, "analyze_baseline", broken)
    session = AdvisorSession(catalog)
    session.prepare(READY)
    context = TurnContext(session=session, plan=Plan(action="analyze", search="breakeven"))
    loop = PolicyLoop(OfflineAdvisorModel(), [*advisor_tools(), make_search_tool(OnePassage())])
    new = asyncio.run(loop.run([HumanMessage(READY)], context))
    failed = [m for m in new if isinstance(m, ToolMessage) and m.status == "error"]
    assert [m.name for m in failed] == ["analyze_workload"] and "the catalog is on fire" in str(failed[0].content)
    assert "Something went wrong computing that" in str(new[-1].content)
    assert context.model_calls == 2


def test_an_unknown_tool_is_an_error_result(catalog: Catalog) -> None:
    class Asks(OfflineAdvisorModel):
        def respond(self, messages: Any, plan: Plan, baseline: Any = None, replaced: Any = None) -> AIMessage:
            if any(isinstance(m, ToolMessage) for m in messages):
                return AIMessage(content="done")
            return AIMessage(content="", tool_calls=[{"name": "no_such_tool", "args": {}, "id": "c1"}])

    context = TurnContext(session=AdvisorSession(catalog), plan=Plan(action="analyze"))
    new = asyncio.run(PolicyLoop(Asks(), advisor_tools()).run([HumanMessage("hi")], context))
    assert isinstance(new[1], ToolMessage) and new[1].status == "error" and "no_such_tool" in str(new[1].content)
    assert new[-1].content == "done"


def test_offline_turns_never_enter_the_graph(catalog: Catalog, monkeypatch) -> None:
    advisor = Advisor(OfflineAdvisorModel(), OnePassage())

    async def refused(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the offline policy ran through the agent graph")

    monkeypatch.setattr(advisor.agent, "ainvoke", refused)
    session = AdvisorSession(catalog)
    record = asyncio.run(advisor.turn(session, READY))
    assert session.baseline is not None and "Recommendation" in record.assistant
    assert [c.name for c in record.tool_calls] == ["analyze_workload", "search_guidance"]
    assert all(c.artifact is not None for c in record.tool_calls) and record.model_calls == 2
