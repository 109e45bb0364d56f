"""An analysis in words, without Chainlit: the headline, the one line why, the decision table, what a
what-if or a settings change moved, and the props of the details and profile cards. The chat
(``assistant.web.render``) and the report (``assistant.web.export``) both show these."""

from __future__ import annotations

from typing import Any

from assistant.conversation.session import AdvisorSession
from assistant.decision.delta import delta
from assistant.decision.results import Analysis
from assistant.decision.update import moved_table, update, verdict
from assistant.escape import escape_inline
from assistant.interview.whatif import title as scenario_title
from assistant.web import fmt

TABLE_ROWS = 6  # serious options shown in an answer; the rest are in the report


def _row_note(r: Any, a: Analysis) -> str:
    return fmt.tidy(str(r.detail or ""))


def serious_rows(a: Analysis, limit: int = TABLE_ROWS) -> list[Any]:
    """The cheapest options that meet the constraints, the recommended one always among them."""
    rows = list(a.table)  # the table holds only options that meet every constraint
    top = rows[:limit]
    if all(r.name != a.chosen.name for r in top):
        top = [*rows[: limit - 1], a.chosen]
    return sorted(top, key=lambda r: r.monthly_usd)


def excluded_rows(a: Analysis) -> list[tuple[str, float, str]]:
    """Options that break a hard constraint, with the reason (empty when the analysis lists none)."""
    return [(str(e.name), float(e.monthly_usd or 0), fmt.tidy(str(e.reason))) for e in a.excluded]


def decision_table(a: Analysis, limit: int = TABLE_ROWS) -> str:
    """The short table: serious options, the recommended one in bold and marked, excluded ones last."""
    lines = ["| Option | Monthly | Note |", "|---|---:|---|"]
    for r in serious_rows(a, limit):
        name, note = fmt.tidy(r.name), _row_note(r, a)
        if r.name == a.chosen.name:
            lines.append(f"| **★ {name}** (recommended) | **{fmt.monthly(r.monthly_usd)}** | {note} |")
        else:
            lines.append(f"| {name} | {fmt.monthly(r.monthly_usd)} | {note} |")
    for name, monthly, reason in excluded_rows(a)[:3]:
        lines.append(f"| ~~{fmt.tidy(name)}~~ | {fmt.monthly(monthly)} | excluded: {reason} |")
    return "\n".join(lines)


def headline(a: Analysis) -> str:
    """'Use a dedicated cloud deployment: GPT-5 on Azure OpenAI — $3,600/mo ($43.2k/yr)'."""
    return (
        f"{fmt.option(a.option)}: {fmt.tidy(a.chosen.name)} — {fmt.monthly(a.chosen.monthly_usd)} "
        f"({fmt.yearly(a.chosen.monthly_usd * 12)})"
    )


def why(a: Analysis) -> str:
    """The first reason, as a sentence."""
    if not a.reasons:
        return ""
    text = fmt.tidy(a.reasons[0])
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def answer_markdown(a: Analysis, title: str = "Recommendation") -> str:
    """Readable in ten seconds: headline, one line why, the short table."""
    volume = f"{fmt.tokens(a.tokens_per_month, 'month')} ({fmt.tokens(a.tokens_per_day, 'day')})"
    workload = f"{volume}, {fmt.share(a.input_share)} input"
    check = "\n\n".join(f"⚠️ **Check the volume:** {fmt.tidy(str(c.text))}" for c in a.checks)
    parts = [f"### {title}: {headline(a)}", check, why(a), f"For {workload}.", decision_table(a)]
    return "\n\n".join(p for p in parts if p)


def scenario_markdown(base: Analysis, scenario: Analysis, label: str) -> str:
    """A what-if: only what changed against the baseline (the verdict in the update writer's words)."""
    d = delta(base, scenario)
    lines = [
        f"### {escape_inline(scenario_title(fmt.tidy(label)), 130)}",
        fmt.tidy(verdict(base, scenario, d)),
        "",
        "| | Baseline | Scenario | Change |",
        "|---|---:|---:|---:|",
        f"| **Recommended option** | {fmt.monthly(base.chosen.monthly_usd)} "
        f"| {fmt.monthly(scenario.chosen.monthly_usd)} "
        f"| {fmt.delta_money(scenario.chosen.monthly_usd - base.chosen.monthly_usd)} |",
    ]
    if d.volume_changed:
        lines.append(
            f"| Volume | {fmt.tokens(base.tokens_per_month, 'month')} "
            f"| {fmt.tokens(scenario.tokens_per_month, 'month')} "
            f"| {fmt.change_pct(base.tokens_per_month, scenario.tokens_per_month)} |"
        )
    for item in d.table_moved:
        lines.append(
            f"| {fmt.tidy(item.name)} | {fmt.monthly(item.before_monthly_usd)} | {fmt.monthly(item.after_monthly_usd)} "
            f"| {fmt.delta_money(item.change_monthly_usd)} |"
        )
    lines += ["", 'Say "back to baseline" to drop this scenario, or ask another what-if.']
    return "\n".join(lines)


def settings_change_markdown(changes: list[str], before: Analysis, after: Analysis) -> str:
    """Which costs moved, and by how much (the verdict and the table in the update's words)."""
    d = delta(before, after)
    lines = ["Settings changed: " + "; ".join(changes) + ".", "", fmt.tidy(verdict(before, after, d))]
    table = moved_table(d)
    lines += ["", fmt.tidy(table) or "No cost moved."]
    return "\n".join(lines)


def update_markdown(before: Analysis, after: Analysis, lead: str = "", questions: list[str] | None = None) -> str:
    """A later turn whose facts re-ran the analysis: what changed, not the whole answer again. ``lead`` is
    the acknowledgement ("Got it: ..."); ``questions`` what the interview still asks. The words and figures
    are the offline policy's (``assistant.decision.update``), shown in the web's number display."""
    return "\n\n".join(p for p in (lead, fmt.tidy(update(before, after, questions))) if p)


def details_props(a: Analysis, session: AdvisorSession, found: list[tuple[str, str, str]]) -> dict[str, Any]:
    """Folded-away detail for the Details element: plain strings, already formatted."""
    host = a.self_host
    sections: list[dict[str, Any]] = [{"title": "Why", "items": [fmt.tidy(r) for r in a.reasons]}]
    if host.available:
        items = [f"{fmt.tidy(str(i.name))}: {fmt.monthly(i.monthly_usd)}" for i in host.line_items]
        raw = host.raw_gpu_monthly_usd or 0
        total = host.monthly_usd or 0
        head = (
            f"Self-hosting costs {fmt.monthly(total)} in full, "
            f"{fmt.multiplier(total / raw) if raw else 'several times'} the GPU bill of {fmt.monthly(raw)}"
        )
        sections.append({"title": "Hidden costs of self-hosting", "items": [head, *items]})
    breakevens = []
    for b in a.breakevens:
        tpm = b.breakeven_tokens_per_month
        if tpm and b.relevant:
            times = b.times_your_volume
            breakevens.append(
                f"against {b.name or b.model}: {fmt.tokens(tpm, 'month')}"
                + (f" ({fmt.multiplier(times)} your volume)" if times else "")
            )
    if breakevens:
        sections.append({"title": "Where self-hosting breaks even", "items": breakevens[:5]})
    sections.append({"title": "What would flip the answer", "items": [fmt.tidy(f.text) for f in a.flip_points]})
    sections.append(
        {
            "title": "The articles' frameworks",
            "items": [f"{f.framework}: {fmt.words(str(f.verdict))}" for f in a.frameworks],
        }
    )
    sections.append({"title": "Assumptions", "items": [fmt.tidy(x) for x in a.assumptions]})
    sections.append({"title": "Price sources", "items": [fmt.tidy(x) for x in a.price_sources[:10]]})
    return {
        "sections": [s for s in sections if s["items"]],
        "sources": [{"n": i, "title": t, "section": s, "body": b} for i, (t, s, b) in enumerate(found, 1)],
    }


def profile_props(session: AdvisorSession) -> dict[str, Any]:
    """Each fact, said or assumed, as words, with what to type to change it."""
    facts = []
    summary = session.profile.summary()
    for name, v in summary.items():
        if v["origin"] == "default" and name not in ("input_share", "traffic_shape", "compliance", "team", "quality"):
            continue
        if v["value"] in (None, [], False) and v["origin"] == "default":
            continue
        facts.append(
            {
                "field": name,
                "label": fmt.FACT_LABELS.get(name, fmt.words(name).capitalize()),
                "value": fmt.fact(name, v["value"], session.options.days_per_month),
                "said": v["origin"] == "said",
            }
        )
    return {"facts": facts}


def sources_props(found: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    return [{"n": i, "title": t, "section": s, "body": b} for i, (t, s, b) in enumerate(found, 1)]
