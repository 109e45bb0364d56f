"""After the first recommendation, a turn whose new facts re-run the analysis says what changed, not the
whole report again: the recommendation stays or changes (with what moved it), the costs that moved, and how
to see it all. "full report" (in many phrasings) shows the whole analysis; what-ifs and "back to baseline"
keep their own answers. The figures of an update come from the tool result (an LLM may use them too), and
in the chat an update carries only the elements that changed."""

from __future__ import annotations

import asyncio
import functools
import json
import re
from typing import Any

import pytest
from langchain_core.messages import AIMessage, BaseMessage

from assistant.agent.grounding import first_ungrounded
from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.records import TurnRecord
from assistant.conversation.session import AdvisorSession
from assistant.decision import explain
from tests.fakes import call, scripted, tool_json, tools_then

# 50,000 requests a day of 1,500 + 300 tokens: 90M tokens a day, 2.7B a month
FACTS = (
    "we run 50k requests a day, about 1500 tokens in and 300 out each, steady traffic, "
    "no ML engineers, open source is fine"
)
PROCEED = "just give me the numbers"
RESIDENCY = "we just learned GDPR applies and the data must stay in the EU"
NOTHING = "no kubernetes either"
MORE = "sorry, it's 80k requests a day"
FULL = "#### What each article's framework says"


def dollars(value: float) -> str:
    return f"${value:,.2f}"


def turn(advisor: Advisor, session: AdvisorSession, text: str) -> TurnRecord:
    return asyncio.run(advisor.turn(session, text))


@pytest.fixture
def offline() -> Advisor:
    return Advisor(OfflineAdvisorModel(), None)


def recommended(advisor: Advisor, session: AdvisorSession) -> TurnRecord:
    turn(advisor, session, FACTS)
    first = turn(advisor, session, PROCEED)
    assert session.baseline is not None and first.replaced is None
    return first


def lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.strip()]


def test_the_first_recommendation_is_the_whole_report_and_later_facts_say_what_changed(catalog, offline) -> None:
    session = AdvisorSession(catalog)
    first = recommended(offline, session)
    assert "### Recommendation" in first.assistant and FULL in first.assistant and "#### Assumptions" in first.assistant
    before = session.baseline
    assert before is not None

    moved = turn(offline, session, RESIDENCY)
    after = session.baseline
    assert after is not None and moved.replaced is before
    assert after.chosen.name != before.chosen.name  # (the case this test is about: residency moves the answer)
    text = moved.assistant
    assert text.startswith("Got it: ")
    verdict = (
        f"The recommendation changes: **{after.headline}** "
        f"(was {before.chosen.name}, {dollars(before.chosen.monthly_usd)} a month)"
    )
    assert verdict in text
    # what moved it: the new hard constraints, and the options they now exclude (the old pick among them)
    assert "What moved it:" in text and "new hard constraint" in text and "GDPR" in text
    assert re.search(
        r"now excluded by where your data may go: \d+ options?, among them " + re.escape(before.chosen.name), text
    )
    row = f"| Recommended option | {dollars(before.chosen.monthly_usd)} | {dollars(after.chosen.monthly_usd)} |"
    assert row in text
    assert 'Say "full report"' in text
    assert FULL not in text and "#### Assumptions" not in text and "#### Price sources" not in text
    assert len(lines(text)) * 3 < len(lines(first.assistant))


def test_a_fact_that_moves_nothing_gets_one_or_two_lines(catalog, offline) -> None:
    session = AdvisorSession(catalog)
    recommended(offline, session)
    before = session.baseline
    assert before is not None
    record = turn(offline, session, NOTHING)
    assert record.replaced is before and session.baseline is not None
    assert session.baseline.chosen.monthly_usd == before.chosen.monthly_usd
    body = lines(record.assistant)
    assert len(body) == 2, record.assistant
    assert body[0].startswith("Got it: ") and "Kubernetes" in body[0]
    assert body[1] == f"Nothing in the analysis moved: the recommendation stays **{before.headline}**."


def test_a_corrected_volume_keeps_the_pick_and_shows_the_costs_it_moved(catalog, offline) -> None:
    session = AdvisorSession(catalog)
    recommended(offline, session)
    before = session.baseline
    assert before is not None
    record = turn(offline, session, MORE)
    after = session.baseline
    assert after is not None and after.chosen.name == before.chosen.name
    text = record.assistant
    assert f"The recommendation stays: **{after.headline}**." in text
    assert "Volume: 2.7B → 4.32B tokens a month." in text  # 50k and 80k requests of 1,800 tokens, 30 days
    # a per-token price: the cost grows with the volume, 80k / 50k
    assert after.chosen.monthly_usd == pytest.approx(before.chosen.monthly_usd * 80 / 50)
    row = f"| {after.chosen.name} | {dollars(before.chosen.monthly_usd)} | {dollars(after.chosen.monthly_usd)} |"
    assert row in text
    assert FULL not in text


def test_full_report_shows_everything_and_other_answers_keep_their_shape(catalog, offline) -> None:
    session = AdvisorSession(catalog)
    recommended(offline, session)
    turn(offline, session, RESIDENCY)
    assert session.baseline is not None
    report = turn(offline, session, "can I see the full report again?")
    assert [c.name for c in report.tool_calls] == ["explain_advice", "search_guidance"]
    assert report.tool_calls[0].args["kind"] == "report"
    assert f"### Recommendation: {session.baseline.headline}" in report.assistant
    assert FULL in report.assistant and "#### Assumptions" in report.assistant
    # a what-if is the scenario against the baseline: what it changes, its pick and cost table, and how to see
    # the rest; "full report" then shows the scenario in full; "back to baseline" the baseline in full
    whatif = turn(offline, session, "what if volume triples?")
    assert "### What if" in whatif.assistant and "### Scenario:" in whatif.assistant
    assert "#### Monthly cost of each option" in whatif.assistant and '"full report"' in whatif.assistant
    assert FULL not in whatif.assistant and "#### Hidden costs" not in whatif.assistant
    again = turn(offline, session, "show me everything again")
    assert "### Scenario:" in again.assistant and FULL in again.assistant  # the what-if on screen, in full
    back = turn(offline, session, "back to baseline")
    assert "### Baseline:" in back.assistant and FULL in back.assistant


def test_facts_with_a_request_for_the_full_report_get_it_in_full(catalog, offline) -> None:
    session = AdvisorSession(catalog)
    recommended(offline, session)
    record = turn(offline, session, "GDPR applies and data must stay in the EU; please show me the full analysis")
    assert record.replaced is not None and record.plan is not None and record.plan.full
    assert FULL in record.assistant and "data residency" in record.assistant.lower()


REPORT_ASKS = [
    "full report",
    "Full report please",
    "show the whole analysis",
    "show me everything again",
    "can I see the full analysis again?",
    "give me the complete breakdown",
    "the long version please",
    "ok now show me the full thing",
    "repeat the full recommendation",
    "show all the details",
    "could you show the whole report with all the tables?",
    "report pls",
    "send the detailed report",
    "show me the table again",
    "pls show again all analysis",
    "the entire thing once more",
    "everything again please",
]
NOT_REPORT = [
    ("what do you know about us?", "profile"),
    ("show me everything you know about us", "profile"),
    ("why?", "why"),
    ("how did you compute the self-host cost?", "how"),
    ("give me the full breakdown of the self-hosting cost", "how"),
    ("compare with claude sonnet 4.5", "compare"),
]


@pytest.mark.parametrize("text", REPORT_ASKS)
def test_asking_for_the_whole_analysis_in_many_voices(text: str, catalog) -> None:
    resolver = explain.resolver_for(catalog)
    asked = explain.classify(text, resolver, has_baseline=True)
    assert asked is not None and asked.kind == "report", text
    before = explain.classify(text, resolver, has_baseline=False)  # nothing to show yet
    assert before is None or before.kind != "report"


@pytest.mark.parametrize(("text", "kind"), NOT_REPORT)
def test_other_questions_about_the_advice_are_not_the_report(text: str, kind: str, catalog) -> None:
    asked = explain.classify(text, explain.resolver_for(catalog), has_baseline=True)
    assert asked is not None and asked.kind == kind


def test_an_export_request_is_not_the_report_in_the_chat(catalog) -> None:
    asked = explain.classify("give me the full report as a pdf", explain.resolver_for(catalog), has_baseline=True)
    assert asked is None or asked.kind != "report"


# ---------------------------------------------------------------------------------------------- grounding
def test_every_figure_of_an_update_is_in_the_tool_result(catalog, offline) -> None:
    session = AdvisorSession(catalog)
    recommended(offline, session)
    before = session.baseline
    assert before is not None
    for text in (RESIDENCY, MORE, NOTHING):
        record = turn(offline, session, text)
        payloads = [c.result for c in record.tool_calls]
        sources = [functools.cache(s) for s in offline.grounding_sources(payloads, session, text, record.plan)]
        assert first_ungrounded(record.assistant, *sources) == [], (text, record.assistant)
    analysis = next(c for c in session.turns[2].tool_calls if c.name == "analyze_workload")
    change = analysis.result["change"]
    assert change["before"]["monthly_usd"] == before.chosen.monthly_usd and change["recommendation_changed"]


def test_an_llm_may_say_what_changed_with_the_figures_of_the_tool_result(catalog, offline) -> None:
    session = AdvisorSession(catalog)
    recommended(offline, session)

    def update(messages: list[BaseMessage]) -> AIMessage:
        change = tool_json(messages, "analyze_workload")["change"]
        was, now = change["before"], change["after"]
        return AIMessage(
            content=f"With GDPR and EU residency the recommendation changes to {now['name']} at "
            f"${now['monthly_usd']:,.2f} a month (it was {was['name']}, ${was['monthly_usd']:,.2f} a month, "
            f"${abs(change['change_monthly_usd']):,.2f} more)."
        )

    model = scripted(tools_then(call("analyze_workload")), update)
    record = turn(Advisor(model, None, label="fake:llm"), session, RESIDENCY)
    assert record.notices == [] and not record.fell_back and record.model_calls == 2
    assert record.replaced is not None and dollars(record.replaced.chosen.monthly_usd) in record.assistant
    system = str(model.calls[0][0].content)
    assert "say only what" in system  # the turn's guide: what changed, not the whole analysis
    assert json.loads(str(model.calls[1][-1].content))["change"]["recommendation_changed"] is True


# ---------------------------------------------------------------------------------------------- the chat
@pytest.fixture
def app(offline_app):
    return offline_app  # the app on the offline model (conftest)


def test_each_chat_turn_carries_only_the_elements_that_changed(app, monkeypatch: pytest.MonkeyPatch) -> None:
    import chainlit as cl
    from chainlit.context import init_http_context

    sent: list[Any] = []

    async def send(self: Any) -> Any:
        sent.append(self)
        return self

    monkeypatch.setattr(cl.Message, "send", send)

    def kinds(message: Any) -> list[str]:
        return sorted("chart" if isinstance(e, cl.Plotly) else str(e.name) for e in message.elements)

    async def conversation() -> dict[str, Any]:
        init_http_context(user=cl.User(identifier="ana"))
        await app.on_chat_start()
        out = {}
        for text in (FACTS, PROCEED, RESIDENCY, NOTHING, MORE, "full report"):
            await app.on_message(cl.Message(content=text))
            out[text] = sent[-1]
        return out

    answers = asyncio.run(conversation())
    first = answers[PROCEED]
    assert "Recommendation:" in first.content and "(recommended)" in first.content
    assert kinds(first) == ["Details", "ProfileCard", "chart"]
    changed = answers[RESIDENCY]
    assert "The recommendation changes: **" in changed.content and "(recommended)" not in changed.content
    assert "| Recommended option |" in changed.content and 'Say "full report"' in changed.content
    assert kinds(changed) == ["Details", "ProfileCard", "chart"]  # a new pick: its chart, details, the facts
    nothing = answers[NOTHING]
    assert "Nothing in the analysis moved" in nothing.content and kinds(nothing) == []
    cost = answers[MORE]
    assert "The recommendation stays: **" in cost.content and "Volume: 2.7B → 4.32B tokens a month." in cost.content
    assert kinds(cost) == ["ProfileCard", "chart"]  # the same pick at another cost: no details
    report = answers["full report"]
    assert "Recommendation:" in report.content and "(recommended)" in report.content
    assert kinds(report) == ["Details", "ProfileCard", "chart"]
    # every answer still offers the profile and the export
    for text, message in answers.items():
        if text != FACTS:  # (no recommendation yet on the first turn)
            assert [a.label for a in message.actions][-2:] == ["Your workload", "Export report"], text
