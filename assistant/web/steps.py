"""The tool calls of a turn as the chat shows them (one step for the turn): each call named for what it did
("Priced 12 options at 1.2B tokens/month"), with a readable input and output, and the passages its searches
returned."""

from __future__ import annotations

from assistant.conversation.records import ToolCallRecord, TurnRecord
from assistant.escape import escape_inline
from assistant.web import fmt
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


def turn_step(record: TurnRecord) -> tuple[str, str] | None:
    """A turn's tool calls as one step (name, output), each call named for what it did with its input and
    output, as they would read one step each; None when the turn called no tool. One step is one event and
    one stored row per turn, however many tools the turn used."""
    calls = record.tool_calls
    if not calls:
        return None
    names = [step_name(c) for c in calls]
    parts = []
    for call, name in zip(calls, names, strict=True):
        inp, out = step_io(call)
        told = f"**Asked:** {inp}\n\n**Found:** {out}"
        parts.append(told if len(calls) == 1 else f"#### {name}\n\n{told}")
    title = "; ".join([names[0], *(n[:1].lower() + n[1:] for n in names[1:])])
    return title, "\n\n".join(parts)


def passages(record: TurnRecord) -> list[tuple[str, str, str]]:
    """(title, section, text) of every passage this turn's searches returned."""
    return [
        (p.title, p.section, p.text) for c in record.tool_calls if c.name == "search_guidance" for p in _retrieved(c)
    ]
