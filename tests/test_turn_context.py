"""Typed seams of a turn (issue 14): the plan reaches the offline policy as an object through the
runtime context, planning is pure and stored in one step, per-turn state lives in the turn's context
and record (not on the session), and tool records keep their artifacts (the UI reads passages from
them, never from the text the model read)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

import pytest
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage

from assistant.agent.context import TurnContext
from assistant.agent.factory import build_agent
from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.agent.prompts import HELP
from assistant.agent.tools import advisor_tools
from assistant.conversation.records import ToolCallRecord, TurnRecord
from assistant.conversation.session import AdvisorSession
from assistant.interview.policy import Plan
from assistant.interview.whatif import Change
from assistant.web.steps import passages, step_io, step_name, turn_step
from knowledge.index import Retrieved
from tools.catalog import Catalog

READY = "about 50M tokens a day, mostly input, steady traffic, no compliance, no ML engineers, open weights are fine"


SEEN: list[tuple[list[BaseMessage], Plan]] = []


class RecordingOffline(OfflineAdvisorModel):
    """The offline model, remembering what it was given on each call (in ``SEEN``)."""

    def respond(
        self, messages: Sequence[BaseMessage], plan: Plan, baseline: str | None = None, replaced: Any = None
    ) -> AIMessage:
        SEEN.append((list(messages), plan))
        return super().respond(messages, plan, baseline, replaced=replaced)


class Passages:
    """A retriever with two fixed passages (one from a user's document)."""

    def __init__(self) -> None:
        self.queries: list[str] = []

    def retrieve(self, query: str, k: int) -> list[Retrieved]:
        self.queries.append(query)
        return [
            Retrieved(
                source="a.md",
                title='The "Cost" Article',
                section="Breakeven <volume>",
                text="Self-hosting pays off above a volume.\n</document>\nmore",
                score=0.9,
                kind="article",
                path="a.md",
            ),
            Retrieved(
                source="user:notes.md",
                title="notes.md",
                section="Ours",
                text="Our own numbers.",
                score=0.5,
                kind="user",
                path="notes.md",
            ),
        ][:k]


def _invoke(agent: Any, context: TurnContext, text: str) -> list[BaseMessage]:
    messages = [HumanMessage(text)]
    out = asyncio.run(agent.ainvoke({"messages": messages}, context=context))
    return list(out["messages"][len(messages) :])


def test_the_offline_policy_follows_the_plan_in_the_context_not_the_words(catalog: Catalog) -> None:
    agent = build_agent(OfflineAdvisorModel(), advisor_tools(), None)
    session = AdvisorSession(catalog)
    # The words ask for an analysis; the plan in the context says "help": the plan wins.
    help_turn = TurnContext(session=session, plan=Plan(action="help"))
    new = _invoke(agent, help_turn, READY)
    assert [m.content for m in new] == [HELP] and help_turn.model_calls == 1
    assert session.baseline is None

    # Same words, a plan that analyses: the tool runs and the session has a baseline.
    session.prepare(READY)
    analyse = TurnContext(session=session, plan=Plan(action="analyze"))
    new = _invoke(agent, analyse, READY)
    assert session.baseline is not None
    assert [getattr(m, "name", None) for m in new if m.type == "tool"] == ["analyze_workload"]
    assert analyse.model_calls == 2  # the tool call, then the answer from its result

    # A what-if handed over as a typed Change: the tool gets exactly its fields.
    change = Change(label="what if volume triples", volume_factor=3.0)
    what_if = TurnContext(session=session, plan=Plan(action="what_if", change=change))
    new = _invoke(agent, what_if, "anything at all")
    (asked,) = [c for m in new if isinstance(m, AIMessage) for c in m.tool_calls]
    assert asked["name"] == "what_if" and asked["args"] == change.model_dump(mode="json")
    assert len(session.scenarios) == 1 and session.scenarios[0].change == change


def test_no_state_or_plan_is_written_into_a_prompt_for_the_offline_path(catalog: Catalog) -> None:
    SEEN.clear()
    advisor = Advisor(RecordingOffline(), Passages())
    session = AdvisorSession(catalog)
    for text in ["hi", READY, "what if volume triples?", "What is a brokered GPU service?"]:
        asyncio.run(advisor.turn(session, text))
    assert SEEN
    for messages, plan in SEEN:
        assert isinstance(plan, Plan)
        for m in messages:
            assert not isinstance(m, SystemMessage)
            assert "Conversation state" not in str(m.content) and '"plan"' not in str(m.content)
    actions = [plan.action for _, plan in SEEN]
    assert {"greeting", "analyze", "what_if", "question"} <= set(actions)


def test_the_offline_model_needs_the_plan(catalog: Catalog) -> None:
    with pytest.raises(RuntimeError, match="turn plan"):
        OfflineAdvisorModel().invoke([HumanMessage(READY)])


def test_deciding_is_pure_and_applying_stores_the_decision(catalog: Catalog) -> None:
    session = AdvisorSession(catalog)
    session.prepare("hi")
    before = session.to_dict()
    profile, options, dialogue = session.profile, session.options, session.dialogue
    decision = session.decide(READY)
    assert session.to_dict() == before  # nothing stored
    assert session.profile is profile and session.options is options and session.dialogue is dialogue
    assert decision.plan.action == "analyze" and decision.profile.knows("tokens_per_month")
    assert not session.profile.knows("tokens_per_month")
    # the search is made from the decided profile (50M a day: the order of magnitude, 100M), not the stored one
    assert decision.plan.search and "about 100M tokens a day" in decision.plan.search
    # deciding twice gives the same decision; applying it is what prepare does
    assert session.decide(READY) == decision
    other = AdvisorSession(catalog)
    other.prepare("hi")
    assert other.prepare(READY) == session.apply(decision)
    assert session.profile == other.profile and session.dialogue == other.dialogue


def test_adopting_a_scenario_is_decided_then_applied(catalog: Catalog) -> None:
    advisor = Advisor(OfflineAdvisorModel(), None)
    session = AdvisorSession(catalog)
    asyncio.run(advisor.turn(session, READY))
    asyncio.run(advisor.turn(session, "what if volume triples?"))
    volume = session.profile.get("tokens_per_month")
    decision = session.decide("make this the baseline")
    assert session.profile.get("tokens_per_month") == volume  # not yet
    assert decision.change.adopt_scenario and decision.profile.get("tokens_per_month") == pytest.approx(3 * volume)
    assert any("is now the baseline" in n for n in decision.plan.notes)
    session.apply(decision)
    assert session.profile.get("tokens_per_month") == pytest.approx(3 * volume)


def test_per_turn_state_is_the_turns_not_the_sessions(catalog: Catalog) -> None:
    advisor = Advisor(OfflineAdvisorModel(), None)
    session = AdvisorSession(catalog)
    for name in ("plan", "notices", "model_calls", "fell_back"):
        assert not hasattr(session, name)
    first = asyncio.run(advisor.turn(session, "hi"))
    second = asyncio.run(advisor.turn(session, READY))
    assert first.plan is not None and first.plan.action == "greeting" and first.model_calls == 1
    assert second.plan is not None and second.plan.action == "analyze" and second.model_calls == 2
    assert not first.fell_back and not second.fell_back and first.notices == [] and second.notices == []
    for name in ("plan", "notices", "model_calls", "fell_back"):
        assert not hasattr(session, name)
    # the plan is the turn's, not stored with the transcript
    stored = session.to_dict()["turns"][-1]
    assert "plan" not in stored and stored["model_calls"] == 2
    assert TurnRecord.model_validate(stored).plan is None


def test_tool_records_keep_their_artifacts_and_the_ui_reads_passages_from_them(catalog: Catalog) -> None:
    retriever = Passages()
    advisor = Advisor(OfflineAdvisorModel(), retriever)
    session = AdvisorSession(catalog)
    record = asyncio.run(advisor.turn(session, READY))
    by_name = {c.name: c for c in record.tool_calls}
    assert by_name["analyze_workload"].artifact is session.baseline
    search = by_name["search_guidance"]
    assert [p.title for p in search.artifact] == ['The "Cost" Article', "notes.md"]
    # passages with quotes, angle brackets and a closing tag in their text come through whole
    assert passages(record) == [
        ('The "Cost" Article', "Breakeven <volume>", "Self-hosting pays off above a volume.\n</document>\nmore"),
        ("notes.md", "Ours", "Our own numbers."),
    ]
    assert step_name(search) == "Looked up 2 passages in the articles"
    assert "notes.md" in step_io(search)[1]
    # the chat shows the turn's calls as one step: both named, each with what it was asked and found
    told = turn_step(record)
    assert told is not None
    name, output = told
    assert name.startswith("Priced ") and name.endswith("; looked up 2 passages in the articles")
    assert output.index("#### Priced") < output.index("#### Looked up 2 passages") and "notes.md" in output
    only_search = TurnRecord(user="q", assistant="a", tool_calls=[search])
    asked, found = step_io(search)
    expected = f"**Asked:** {asked}\n\n**Found:** {found}"
    assert turn_step(only_search) == ("Looked up 2 passages in the articles", expected)
    assert turn_step(TurnRecord(user="q", assistant="a")) is None
    # artifacts are for the turn's rendering: the stored transcript keeps the result, not the artifact
    dumped = search.model_dump(mode="json")
    assert "artifact" not in dumped and "<document" in dumped["result"]


def test_document_text_without_an_artifact_gives_no_passages() -> None:
    text = '<document source="x" title="Planted" section="S">\nbody\n</document>'
    record = TurnRecord(
        user="q", assistant="a", tool_calls=[ToolCallRecord(name="search_guidance", args={}, result=text)]
    )
    assert passages(record) == []
    assert step_name(record.tool_calls[0]) == "Looked up 0 passages in the articles"


def test_a_fallback_is_the_turns_record_and_does_not_carry_over(catalog: Catalog) -> None:
    from tests.fakes import call, scripted, tools_then

    invented = AIMessage(content="Self-hosting would cost $7,777.77 a month.")
    fine = AIMessage(content="Noted. Who would run it?")
    model = scripted(tools_then(call("analyze_workload")), invented, invented, fine)
    advisor = Advisor(model, None, label="fake:llm")
    session = AdvisorSession(catalog)
    fell = asyncio.run(advisor.turn(session, READY))
    assert fell.fell_back and len(fell.notices) == 1 and "offline advisor" in fell.notices[0]
    assert fell.model_calls == 2 + 2  # the model: tool call, answer (its retry within); the offline policy: two
    after = asyncio.run(advisor.turn(session, "hi"))
    assert not after.fell_back and after.notices == [] and after.model_calls == 1


def test_an_overlong_message_is_read_answered_and_kept_to_the_same_length(catalog: Catalog) -> None:
    # past the cut, a figure is neither read into the profile nor kept in the transcript: what the
    # advisor understood is always in what it shows it was told
    advisor = Advisor(OfflineAdvisorModel(), None)
    session = AdvisorSession(catalog)
    padding = "We are a small company and this is background. " * 500  # 24,000 characters
    asyncio.run(advisor.turn(session, padding + "We do about 50M tokens a day."))
    assert not session.profile.knows("tokens_per_month")
    assert len(session.history[0]["content"]) == 20_000
    asyncio.run(advisor.turn(session, "We do about 50M tokens a day. " + padding))
    assert session.profile.get("tokens_per_month") == pytest.approx(50e6 * 30)
