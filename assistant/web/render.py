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
from assistant.decision.analysis import AnalysisOptions
from assistant.web import charts, export
from assistant.web.escape import defang, escape, escape_inline
from tools.numbers import format_tokens

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
}


@dataclass
class PlotlySpec(cl.Plotly):
    """A Plotly element from a ready JSON spec (no round trip through plotly's object model)."""

    def __post_init__(self) -> None:
        self.content = json.dumps(self.figure, separators=(",", ":"))
        self.mime = "application/json"
        Element.__post_init__(self)


GPU_CHOICES = ["auto", "l4", "a10g", "a100-40gb", "a100-80gb", "h100", "h200"]


def step_io(call: ToolCallRecord) -> tuple[str, str]:
    """Readable input and output of one tool call (not a raw dump)."""
    args, result = call.args, call.result
    if call.name in ("analyze_workload", "reset_to_baseline"):
        data = result.get("baseline", result) if isinstance(result, dict) else {}
        if not data:
            return "your profile", "no baseline yet"
        rows = "\n".join(f"- {r['name']}: ${r['monthly_usd']:,.2f}/month" for r in data.get("table", [])[:4])
        return (
            f"{format_tokens(data.get('tokens_per_day', 0))} tokens a day, {data.get('input_share', 0):.0%} input",
            f"**{data.get('headline', '')}**\n\n{rows}",
        )
    if call.name == "what_if":
        given = [f"{k.replace('_', ' ')}: {v}" for k, v in args.items() if v not in (None, [], "") and k != "label"]
        change = escape_inline(", ".join(given), 300)
        if isinstance(result, dict) and "difference" in result:
            d = result["difference"]
            return change or escape_inline(args.get("label", ""), 200), (
                f"{d['baseline_option']} → {d['scenario_option']}; "
                f"${d['baseline_monthly_usd']:,.2f} → "
                f"${d['scenario_monthly_usd']:,.2f} a month"
            )
        return change, escape(str(result)[:300])
    if call.name == "search_guidance":
        found = re.findall(r'title="([^"]*)" section="([^"]*)"', str(result))
        listed = "\n".join(f"- {escape_inline(t)} — {escape_inline(s)}" for t, s in found)
        return escape_inline(args.get("query", ""), 300), listed or "nothing found"
    if call.name == "check_article_figure" and isinstance(result, list):
        return escape_inline(args.get("claim", ""), 200), "\n".join(f"- {c['verdict']}" for c in result) or "no match"
    if call.name == "price_model" and isinstance(result, dict):
        model = escape_inline(args.get("model"), 100)
        return model, f"${result.get('monthly_usd', 0):,.2f} a month ({result.get('price_source')})"
    return escape_inline(", ".join(f"{k}={v}" for k, v in args.items()), 300), escape(str(result)[:300])


def passages(record: TurnRecord) -> list[tuple[str, str, str]]:
    out = []
    for call in record.tool_calls:
        if call.name == "search_guidance":
            for title, section, body in re.findall(
                r'<document source="[^"]*" title="([^"]*)" section="([^"]*)">\n'
                r"(.*?)\n</document>",
                str(call.result),
                re.DOTALL,
            ):
                out.append((title, section, body))
    return out


def quick_replies(session: AdvisorSession) -> list[cl.Action]:
    for field in session.expecting:
        if field in QUICK_REPLIES:
            return [
                cl.Action(name="quick_reply", payload={"text": text}, label=label)
                for label, text in QUICK_REPLIES[field]
            ]
    return []


def export_action() -> cl.Action:
    return cl.Action(name="export", payload={}, label="Export summary", icon="download")


def analysis_elements(session: AdvisorSession, record: TurnRecord) -> list[Any]:
    names = {c.name for c in record.tool_calls}
    elements: list[Any] = []
    if "what_if" in names and session.active is not None and session.baseline is not None:
        s = session.scenarios[session.active]
        elements.append(
            PlotlySpec(
                name="scenario_vs_baseline",
                figure=charts.scenario_vs_baseline(session.baseline, s.analysis, s.label),
                display="inline",
                size="large",
            )
        )
        elements.append(
            PlotlySpec(name="cost_vs_volume", figure=charts.cost_vs_volume(s.analysis), display="inline", size="large")
        )
    elif names & {"analyze_workload", "reset_to_baseline"} and session.current() is not None:
        a = session.current()
        assert a is not None
        elements.append(
            PlotlySpec(name="cost_vs_volume", figure=charts.cost_vs_volume(a), display="inline", size="large")
        )
        elements.append(
            PlotlySpec(name="tco_breakdown", figure=charts.tco_breakdown(a), display="inline", size="large")
        )
    return elements


async def render_turn(record: TurnRecord, session: AdvisorSession) -> None:
    """Tool steps (collapsed), then the answer with sources, charts and buttons."""
    for call in record.tool_calls:  # finished already: each is sent once, complete (one write, one event)
        step = cl.Step(name=TOOL_LABELS.get(call.name, call.name), type="tool", default_open=False)
        step.input, step.output = step_io(call)
        step.start = step.end = step.created_at
        await step.send()
    found = passages(record)
    sources = [
        cl.Text(
            name=f"Source {i}",
            content=f"**{escape_inline(title)}** — {escape_inline(section)}\n\n{escape(body)}",
            display="side",
        )
        for i, (title, section, body) in enumerate(found, 1)
    ]
    content = defang(record.assistant)  # our Markdown; a model's words may carry someone else's markup
    if record.notices:
        content = "\n".join(f"> {n}" for n in record.notices) + "\n\n" + content
    if sources:
        content += "\n\n**Passages:** " + " · ".join(s.name for s in sources)
    actions = quick_replies(session)
    if session.baseline is not None:
        actions.append(export_action())
    await cl.Message(content=content, elements=[*sources, *analysis_elements(session, record)], actions=actions).send()


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
            raise ValueError(f"{key.replace('_', ' ')} must be a number, not {raw!r}") from exc
        if not low <= value <= high:
            raise ValueError(f"{key.replace('_', ' ')} must be between {low:g} and {high:g}, not {value:g}")
        return value

    update: dict[str, Any] = {}
    if values.get("prices") in ("auto", "articles", "catalog"):
        update["prices"] = values["prices"]
    gpu = values.get("gpu")
    if gpu is not None:
        if gpu not in GPU_CHOICES:
            raise ValueError(f"unknown GPU type {gpu!r}")
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
        f"{k.replace('_', ' ')}: {getattr(current, k)} → {getattr(new, k)}"
        for k in update
        if getattr(current, k) != getattr(new, k)
    ]
    return new, changes


async def send_export(session: AdvisorSession, model: str) -> None:
    """The summary as Markdown and JSON files in the chat, with a button for the PDF."""
    summary = export.summary_json(session, model)
    md = export.summary_markdown(session, model, summary)
    data = json.dumps(summary, indent=2, ensure_ascii=False)
    files = [
        cl.File(name="inference-advisor-summary.md", content=md.encode(), mime="text/markdown", display="inline"),
        cl.File(
            name="inference-advisor-summary.json", content=data.encode(), mime="application/json", display="inline"
        ),
    ]
    pdf = cl.Action(name="export_pdf", payload={}, label="Also as PDF", icon="file-text")
    await cl.Message(
        content="Here is your summary: profile, recommendation, costs, scenarios, assumptions, "
        "sources and the transcript.",
        elements=files,
        actions=[pdf],
    ).send()


async def send_pdf(session: AdvisorSession, model: str) -> None:
    """The summary as a PDF, built on request (it is the slow one) off the event loop."""
    import asyncio

    try:
        content = await asyncio.to_thread(export.summary_pdf, session, model)
    except Exception as exc:  # the PDF is a bonus; Markdown and JSON always come
        await cl.Message(
            content=f"The PDF could not be built ({type(exc).__name__}); the Markdown and JSON "
            "files above have everything."
        ).send()
        return
    await cl.Message(
        content="The summary as a PDF.",
        elements=[
            cl.File(name="inference-advisor-summary.pdf", content=content, mime="application/pdf", display="inline")
        ],
    ).send()
