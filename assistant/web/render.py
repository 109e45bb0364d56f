"""Chainlit rendering: a turn becomes collapsed tool steps, a message with cited sources, charts,
quick-reply buttons and an export button. Handlers in ``assistant.web.app`` stay thin."""

from __future__ import annotations

import json
import re
from typing import Any

import chainlit as cl
from chainlit.element import Element
from chainlit.input_widget import InputWidget, NumberInput, Select, Slider, Switch
from pydantic.dataclasses import dataclass

from assistant.conversation.session import AdvisorSession, ToolCallRecord, TurnRecord
from assistant.decision.delta import delta
from assistant.decision.inputs import AnalysisOptions
from assistant.decision.results import Analysis
from assistant.escape import defang, escape, escape_inline
from assistant.web import charts, export, fmt
from assistant.web.answers import TABLE_ROWS as TABLE_ROWS  # the chat's names, kept for its callers
from assistant.web.answers import answer_markdown as answer_markdown
from assistant.web.answers import decision_table as decision_table
from assistant.web.answers import details_props as details_props
from assistant.web.answers import excluded_rows as excluded_rows
from assistant.web.answers import headline as headline
from assistant.web.answers import profile_props as profile_props
from assistant.web.answers import scenario_markdown as scenario_markdown
from assistant.web.answers import serious_rows as serious_rows
from assistant.web.answers import settings_change_markdown as settings_change_markdown
from assistant.web.answers import sources_props as sources_props
from assistant.web.answers import update_markdown as update_markdown
from assistant.web.answers import why as why
from knowledge.index import Retrieved

TOOL_LABELS = {
    "analyze_workload": "Cost analysis",
    "what_if": "What-if scenario",
    "reset_to_baseline": "Back to baseline",
    "search_guidance": "Guidance search",
    "price_model": "Model pricing",
    "check_article_figure": "Source audit",
    "update_profile": "Profile update",
}
QUICK_REPLIES: dict[str, list[tuple[str, str]]] = {
    "input_share": [
        ("Mostly input", "mostly input"),
        ("About even", "half and half"),
        ("Mostly output", "mostly output"),
    ],
    "traffic_shape": [
        ("Steady 24/7", "steady traffic around the clock"),
        ("Business hours", "mostly business hours"),
        ("Bursty", "bursty, spiky traffic"),
    ],
    "compliance": [
        ("None", "no compliance requirements"),
        ("HIPAA", "HIPAA applies"),
        ("GDPR", "GDPR applies"),
        ("PCI-DSS", "PCI-DSS applies"),
        ("SOC 2", "SOC 2 applies"),
        ("FedRAMP", "FedRAMP applies"),
        ("Data residency", "data residency: data must stay in our region"),
        ("Air-gapped", "the system must be air-gapped"),
    ],
    "team": [
        ("No ML engineers", "no ML engineers, one DevOps person"),
        ("1-2 ML engineers", "we have 2 ML engineers"),
        ("MLOps team + Kubernetes", "we have an MLOps team and run Kubernetes"),
        ("We own GPUs", "we already have GPUs and run Kubernetes, 2 ML engineers"),
    ],
    "quality": [("Frontier quality", "we need frontier quality"), ("Open-weight is fine", "open source is fine")],
    "data_region": [
        ("EU", "the data must stay in the EU"),
        ("UK", "the data must stay in the UK"),
        ("US", "the data must stay in the US"),
        ("Canada", "the data must stay in Canada"),
        ("Anywhere but the US", "no US servers"),
    ],
}


@dataclass
class PlotlySpec(cl.Plotly):
    """A Plotly element from a ready JSON spec (no round trip through plotly's object model)."""

    def __post_init__(self) -> None:
        self.content = json.dumps(self.figure, separators=(",", ":"))
        self.mime = "application/json"
        Element.__post_init__(self)


GPU_CHOICES = ["auto", "l4", "a10g", "a100-40gb", "a100-80gb", "h100", "h200"]


# ---------------------------------------------------------------------------- tool steps
def step_name(call: ToolCallRecord) -> str:
    """What the step did, in a few words ("Priced 12 options at 1.2B tokens/month")."""
    result = call.result if isinstance(call.result, dict) else {}
    if call.name in ("analyze_workload", "reset_to_baseline"):
        data = result.get("baseline", result)
        if not data:
            return "Checked what is still missing"
        n = len(data.get("table") or [])
        verb = "Back to the baseline:" if call.name == "reset_to_baseline" else "Priced"
        return f"{verb} {n} options at {fmt.tokens(data.get('tokens_per_month') or 0, 'month')}"
    if call.name == "what_if":
        label = str(call.args.get("label") or "a scenario")
        return f"Recomputed for {escape_inline(fmt.tidy(label), 60)}"
    if call.name == "search_guidance":
        n = len(_retrieved(call))
        return f"Looked up {n} passage{'s' if n != 1 else ''} in the articles"
    if call.name == "price_model":
        return f"Priced {escape_inline(call.args.get('model', 'a model'), 60)}"
    if call.name == "check_article_figure":
        return "Checked a figure against the articles"
    if call.name == "update_profile":
        return "Updated your workload"
    return TOOL_LABELS.get(call.name, fmt.words(call.name).capitalize())


def step_io(call: ToolCallRecord) -> tuple[str, str]:
    """Readable input and output of one tool call (not a raw dump)."""
    args, result = call.args, call.result
    if call.name in ("analyze_workload", "reset_to_baseline"):
        data = result.get("baseline", result) if isinstance(result, dict) else {}
        if not data:
            return "your workload so far", "not enough yet to price it"
        rows = "\n".join(
            f"- {fmt.tidy(r['name'])}: {fmt.monthly(r['monthly_usd'])}" for r in (data.get("table") or [])[:4]
        )
        return (
            f"{fmt.tokens(data.get('tokens_per_day') or 0, 'day')}, {fmt.share(data.get('input_share') or 0)} input",
            f"**{fmt.tidy(str(data.get('headline', '')))}**\n\n{rows}",
        )
    if call.name == "what_if":
        change = ", ".join(
            f"{fmt.words(k)}: {fmt.plain(v)}" for k, v in args.items() if v not in (None, [], "") and k != "label"
        )
        if isinstance(result, dict) and "difference" in result:
            d = result["difference"]
            return escape_inline(fmt.tidy(change or str(args.get("label", ""))), 300), (
                f"{fmt.option(d['baseline_option'])} → {fmt.option(d['scenario_option'])}; "
                f"{fmt.monthly(d['baseline_monthly_usd'])} → {fmt.monthly(d['scenario_monthly_usd'])}"
            )
        return escape_inline(fmt.tidy(change), 300), "could not compute this scenario"
    if call.name == "search_guidance":
        listed = "\n".join(f"- {escape_inline(p.title)} — {escape_inline(p.section)}" for p in _retrieved(call))
        return escape_inline(args.get("query", ""), 300), listed or "nothing found"
    if call.name == "check_article_figure" and isinstance(result, list):
        verdicts = "\n".join(f"- {fmt.tidy(c['verdict'])}" for c in result)
        return escape_inline(args.get("claim", ""), 200), verdicts or "no match"
    if call.name == "price_model" and isinstance(result, dict):
        model = escape_inline(args.get("model"), 100)
        return model, f"{fmt.monthly(result.get('monthly_usd', 0))} ({result.get('price_source')})"
    return escape_inline(", ".join(f"{fmt.words(k)}: {fmt.plain(v)}" for k, v in args.items()), 300), "done"


def _retrieved(call: ToolCallRecord) -> list[Retrieved]:
    """The passages a search returned: its artifact (the typed results), never its text re-read."""
    if not isinstance(call.artifact, list):
        return []
    return [p for p in call.artifact if isinstance(p, Retrieved)]


def passages(record: TurnRecord) -> list[tuple[str, str, str]]:
    """(title, section, text) of every passage this turn's searches returned."""
    return [
        (p.title, p.section, p.text) for c in record.tool_calls if c.name == "search_guidance" for p in _retrieved(c)
    ]


def quick_replies(session: AdvisorSession) -> list[cl.Action]:
    for field in session.expecting:
        if field in QUICK_REPLIES:
            return [
                cl.Action(name="quick_reply", payload={"text": text}, label=label)
                for label, text in QUICK_REPLIES[field]
            ]
    return []


def export_action() -> cl.Action:
    return cl.Action(name="export", payload={}, label="Export report", icon="download")


def profile_action() -> cl.Action:
    return cl.Action(name="show_profile", payload={}, label="Your workload", icon="user")


def report_asked(record: TurnRecord) -> bool:
    """The user asked for the whole analysis ("full report"), alone or beside new facts."""
    asked = any(c.name == "explain_advice" and c.args.get("kind") == "report" for c in record.tool_calls)
    return asked or bool(record.plan is not None and record.plan.full)


def update_of(record: TurnRecord) -> Analysis | None:
    """The recommendation this turn's new facts replaced, when its answer shows only what changed."""
    names = {c.name for c in record.tool_calls}
    if "analyze_workload" not in names or record.replaced is None or report_asked(record):
        return None
    return record.replaced


def analysis_elements(
    session: AdvisorSession, record: TurnRecord, found: list[tuple[str, str, str]] | None = None
) -> list[Any]:
    """Chart, folded details and the profile card for the analysis this turn produced. An update (new facts
    after a recommendation) carries the chart only when the recommendation or its cost moved, the details
    only when the recommendation changed, and the (folded) profile card when anything moved: each element
    is a file written and a part of the page. Nothing moved: no element at all."""
    names = {c.name for c in record.tool_calls}
    found = found or []
    elements: list[Any] = []
    a = session.current()
    shows_analysis = bool(names & {"what_if", "analyze_workload", "reset_to_baseline"}) or report_asked(record)
    if a is None or not shows_analysis:
        if found:
            elements.append(cl.CustomElement(name="Sources", props={"sources": sources_props(found)}, display="inline"))
        return elements
    before = update_of(record)
    if before is not None:
        d = delta(before, a)
        if d.choice_changed or d.chosen_cost_changed:
            elements.append(cost_chart(a))
        if d.choice_changed:
            elements.append(cl.CustomElement(name="Details", props=details_props(a, session, found), display="inline"))
        if not d.nothing_moved:  # the fact that moved it, on the card (measured: about 0.4 ms and 0.6 KB)
            elements.append(cl.CustomElement(name="ProfileCard", props=profile_props(session), display="inline"))
        return elements
    if "what_if" in names and session.active is not None and session.baseline is not None:
        s = session.scenarios[session.active]
        elements.append(
            PlotlySpec(
                name="What if",
                figure=charts.scenario_vs_baseline(session.baseline, s.analysis, s.label),
                display="inline",
                size="large",
            )
        )
    else:
        elements.append(cost_chart(a))
    elements.append(cl.CustomElement(name="Details", props=details_props(a, session, found), display="inline"))
    elements.append(cl.CustomElement(name="ProfileCard", props=profile_props(session), display="inline"))
    return elements


def cost_chart(a: Analysis) -> PlotlySpec:
    return PlotlySpec(name="Cost against volume", figure=charts.cost_vs_volume(a), display="inline", size="large")


def _lead(record: TurnRecord) -> str:
    """What the turn understood and noted, said before its answer ("Got it: ...")."""
    plan = record.plan
    if plan is None:
        return ""
    lines = ["Got it: " + "; ".join(plan.acknowledged) + "."] if plan.acknowledged else []
    lines += [f"_{n}_" for n in plan.notes]
    return fmt.tidy("\n\n".join(lines))


def _prose(record: TurnRecord) -> str:
    """The advisor's words as the chat shows them: our Markdown, whose words (a model's) may carry someone
    else's markup. Made only where the answer uses them: tidying a whole composed analysis costs about a
    millisecond, and an update or a what-if shows our own compact form instead."""
    return defang(fmt.tidy(record.assistant))


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
        lead = _prose(record).split("###", 1)[0].strip()  # acknowledgements before the composed analysis
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
    """Tool steps (collapsed, named for what they did), then the answer with its chart, details and card."""
    for call in record.tool_calls:  # finished already: each is sent once, complete (one write, one event)
        step = cl.Step(name=step_name(call), type="tool", default_open=False, show_input=False)
        inp, out = step_io(call)
        step.output = f"**Asked:** {inp}\n\n**Found:** {out}"
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


_BLOCK = re.compile(r"^\s*(?:[-*+] |\d+[.)] |#|\||>)")


def unwrap(text: str) -> str:
    """A passage's hard-wrapped lines joined into paragraphs (list items, headings, tables and blank
    lines kept), so the side panel reads as prose rather than as the article's line breaks."""
    out: list[str] = []
    for line in text.split("\n"):
        prev = out[-1] if out else ""
        joinable = prev.strip() and line.strip() and not _BLOCK.match(line)
        if joinable and not re.match(r"^\s*(?:#|\|)", prev):
            out[-1] = f"{prev.rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


async def show_source(payload: dict[str, Any]) -> None:
    """Open one cited passage in the side panel (only when the user clicks its citation)."""
    title = escape_inline(payload.get("title", "Source"), 120)
    body = (
        f"**{escape_inline(payload.get('title', ''))}** — {escape_inline(payload.get('section', ''))}\n\n"
        f"{escape(unwrap(str(payload.get('body', ''))))}"
    )
    await cl.ElementSidebar.set_title(f"Source {escape_inline(payload.get('n', ''), 5)}")
    await cl.ElementSidebar.set_elements([cl.Text(name=title, content=body)])


def settings_widgets(options: AnalysisOptions, model: str) -> list[InputWidget]:
    widgets: list[InputWidget] = [
        Select(
            id="prices",
            label="Price source",
            values=["auto", "articles", "catalog"],
            initial_value=options.prices,
            description="auto: the dated genai-prices catalog where it knows the model, else the articles",
        ),
        Select(id="gpu", label="GPU type for self-hosting", values=GPU_CHOICES, initial_value=options.gpu or "auto"),
        NumberInput(
            id="gpu_hourly_usd", label="GPU price per hour (USD, 0 = catalog)", initial=options.gpu_hourly_usd or 0
        ),
        NumberInput(id="hours_per_month", label="GPU hours billed per month", initial=options.hours_per_month),
        NumberInput(
            id="engineering_rate_usd", label="Engineering rate (USD/hour)", initial=options.engineering_rate_usd
        ),
        Slider(
            id="hidden_multiplier",
            label="Hidden-cost multiplier (0 = itemised)",
            initial=options.hidden_multiplier or 0,
            min=0,
            max=3.5,
            step=0.1,
        ),
        Slider(
            id="hybrid_share",
            label="Hybrid: share routed to the small model",
            initial=options.hybrid_share,
            min=0,
            max=1,
            step=0.05,
        ),
    ]
    if model != "offline":
        widgets.append(Switch(id="use_offline", label=f"Use the offline model instead of {model}", initial=False))
    return widgets


def options_from_settings(values: dict[str, Any], current: AnalysisOptions) -> tuple[AnalysisOptions, list[str]]:
    """New options and what changed, in words; ValueError with a clear message on a bad value."""

    def number(key: str, low: float, high: float) -> float | None:
        raw = values.get(key)
        if raw in (None, ""):
            return None
        try:
            value = float(raw)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{fmt.SETTING_LABELS.get(key, fmt.words(key))} must be a number") from exc
        if not low <= value <= high:
            raise ValueError(
                f"{fmt.SETTING_LABELS.get(key, fmt.words(key))} must be between {fmt.plain(low)} and {fmt.plain(high)}"
            )
        return value

    update: dict[str, Any] = {}
    if values.get("prices") in ("auto", "articles", "catalog"):
        update["prices"] = values["prices"]
    gpu = values.get("gpu")
    if gpu is not None:
        if gpu not in GPU_CHOICES:
            raise ValueError("that GPU type is not one we price")
        update["gpu"] = None if gpu == "auto" else gpu
    hourly = number("gpu_hourly_usd", 0, 1000)
    if hourly is not None:
        update["gpu_hourly_usd"] = hourly or None
    hours = number("hours_per_month", 1, 744)
    if hours is not None:
        update["hours_per_month"] = hours
    rate = number("engineering_rate_usd", 0, 2000)
    if rate is not None:
        update["engineering_rate_usd"] = rate
    mult = number("hidden_multiplier", 0, 10)
    if mult is not None:
        if 0 < mult < 1:
            raise ValueError("the hidden-cost multiplier is at least 1 (or 0 for itemised costs)")
        update["hidden_multiplier"] = mult or None
    share = number("hybrid_share", 0, 1)
    if share is not None:
        update["hybrid_share"] = share
    new = AnalysisOptions(**{**current.model_dump(), **update})
    changes = [
        f"{fmt.SETTING_LABELS.get(k, fmt.words(k))} {fmt.setting(k, getattr(current, k))} → "
        f"{fmt.setting(k, getattr(new, k))}"
        for k in update
        if getattr(current, k) != getattr(new, k)
    ]
    return new, changes


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
