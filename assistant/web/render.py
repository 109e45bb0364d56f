"""Chainlit rendering: a turn's tool calls become one collapsed step (``steps``), then a message with cited sources,
its chart, details and profile card (``elements``) and its buttons (``actions``); the welcome back after a
resume, the workload card and the report's downloads are sent from here too. Handlers in ``assistant.web.app``
stay thin."""

from __future__ import annotations

import chainlit as cl

from assistant.conversation.records import ToolCallRecord, TurnRecord
from assistant.conversation.session import AdvisorSession
from assistant.escape import defang
from assistant.web import export, fmt
from assistant.web.actions import export_action, profile_action, quick_replies
from assistant.web.answers import answer_markdown, profile_props, scenario_markdown, update_markdown
from assistant.web.elements import analysis_elements, report_asked, update_of
from assistant.web.steps import passages, turn_step


def _lead(record: TurnRecord) -> str:
    """What the turn understood and noted, said before its answer ("Got it: ...")."""
    plan = record.plan
    if plan is None:
        return ""
    lines = ["Got it: " + "; ".join(plan.acknowledged) + "."] if plan.acknowledged else []
    lines += [f"_{n}_" for n in plan.notes]
    return fmt.tidy("\n\n".join(lines))


def _prose(record: TurnRecord, upto: str | None = None) -> str:
    """The advisor's words as the chat shows them: our Markdown, whose words (a model's) may carry someone
    else's markup. Made only where the answer uses them, and only the part it uses (``upto``: what comes
    before that marker): tidying a whole composed analysis costs about a millisecond, and an update or a
    what-if shows our own compact form instead."""
    words = record.assistant if upto is None else record.assistant.split(upto, 1)[0]
    return defang(fmt.tidy(words))


def message_content(record: TurnRecord, session: AdvisorSession) -> str:
    """The answer: our compact form when the turn produced an analysis (what changed, when new facts re-ran
    one already shown), else the advisor's words."""
    names = {c.name for c in record.tool_calls}
    a = session.current()
    before = update_of(record)
    if a is not None and before is not None:
        content = update_markdown(before, a, _lead(record), record.plan.questions if record.plan else [])
    elif a is not None and "what_if" in names and session.active is not None and session.baseline is not None:
        s = session.scenarios[session.active]
        content = scenario_markdown(session.baseline, s.analysis, s.label)
    elif a is not None and report_asked(record) and "analyze_workload" not in names:
        if session.active is not None and session.baseline is not None:
            s = session.scenarios[session.active]
            content = scenario_markdown(session.baseline, s.analysis, s.label)
        else:
            content = answer_markdown(a)
    elif a is not None and names & {"analyze_workload", "reset_to_baseline"}:
        title = "Back to the baseline" if "reset_to_baseline" in names else "Recommendation"
        lead = _prose(record, upto="###").strip()  # acknowledgements before the composed analysis
        content = (lead + "\n\n" if lead and not lead.startswith("|") else "") + answer_markdown(a, title)
    else:
        content = _prose(record)
    if record.notices:
        content = "\n".join(f"> {fmt.tidy(n)}" for n in record.notices) + "\n\n" + content
    return content


class DraftReply:
    """The model's reply shown in the chat as it streams (LLM mode). The advisor checks the draft as it
    grows and withdraws it when the reply fails a check; once the turn is answered the draft gives way to
    the finished answer with its table, chart and details."""

    def __init__(self) -> None:
        self.message: cl.Message | None = None

    async def text(self, delta: str) -> None:
        if not delta:
            return
        if self.message is None:
            self.message = cl.Message(content="")
        await self.message.stream_token(delta)

    async def discard(self) -> None:
        if self.message is not None:
            message, self.message = self.message, None
            await message.remove()


async def render_turn(record: TurnRecord, session: AdvisorSession) -> None:
    """The turn's tool calls (one collapsed step, named for what they did), then the answer with its chart,
    details and card."""
    told = turn_step(record)
    if told is not None:  # finished already: sent once, complete (one write, one event for all the calls)
        name, output = told
        step = cl.Step(name=name, type="tool", default_open=False, show_input=False)
        step.output = output
        step.start = step.end = step.created_at
        await step.send()
    found = passages(record)
    actions = quick_replies(session)
    if session.baseline is not None:
        actions += [profile_action(), export_action()]
    await cl.Message(
        content=message_content(record, session),
        elements=analysis_elements(session, record, found),
        actions=actions,
    ).send()


async def restore(session: AdvisorSession) -> None:
    """After a resume: the current answer again, with its chart, details, profile card and export."""
    current = session.current()
    if current is None:
        if session.turns:
            await show_unstored(cl.Message(content="Welcome back. Tell me more about your workload and I'll price it."))
        return
    names = "what_if" if session.active is not None else "analyze_workload"
    record = TurnRecord(user="", assistant="", tool_calls=[ToolCallRecord(name=names, args={}, result={})])
    kept = len(session.scenarios)
    lead = "Welcome back. Here is where we were" + (
        f" ({kept} scenario{'s' if kept != 1 else ''} kept; the report has them all)." if kept else "."
    )
    if session.active is not None and session.baseline is not None:
        s = session.scenarios[session.active]
        body = scenario_markdown(session.baseline, s.analysis, s.label)
    else:
        body = answer_markdown(current)
    await show_unstored(
        cl.Message(
            content=f"{lead}\n\n{body}",
            elements=analysis_elements(session, record),
            actions=[profile_action(), export_action()],
        )
    )


async def show_unstored(message: cl.Message) -> None:
    """Show a message the thread does not keep: a welcome back repeats what the history already holds,
    so reloading a thread ten times does not add ten copies of the answer to it."""
    message.persisted = True  # Chainlit then leaves the data layer alone for the message ...
    elements, message.elements = message.elements, []
    try:
        await message.send()
        for element in elements:
            await element.send(for_id=message.id, persist=False)  # ... and for its charts
    finally:
        message.elements = elements


async def send_profile(session: AdvisorSession) -> None:
    """The profile card on its own, open, from the 'Your workload' button."""
    props = profile_props(session)
    props["open"] = True
    await cl.Message(
        content="What I know about your workload. Change any fact and I'll recompute.",
        elements=[cl.CustomElement(name="ProfileCard", props=props, display="inline")],
    ).send()


async def send_export(links: dict[str, str]) -> None:
    """The report as PDF and a self-contained HTML page, plus Markdown and JSON for tools (each file is
    built when it is first downloaded: ``assistant.web.downloads``)."""
    await cl.Message(
        content="Your report: a one-page summary first (recommendation, why, monthly cost, the decision "
        "table and chart), then the workload, options, scenarios, assumptions with sources, and the "
        "transcript. The PDF and the HTML page are for people; Markdown and JSON are for tools.",
        elements=[cl.File(name=name, url=url, display="inline") for name, url in links.items()],
    ).send()


async def send_pdf(links: dict[str, str]) -> None:
    """The report as a PDF only (the button kept from earlier versions)."""
    await cl.Message(
        content="The report as a PDF.",
        elements=[cl.File(name=export.PDF_NAME, url=links[export.PDF_NAME], display="inline")],
    ).send()
