"""Markdown answers composed only from tool results (the offline model's voice)."""

from __future__ import annotations

from typing import Any

from assistant.conversation.scenarios import Scenario
from assistant.decision import update
from assistant.decision.constraints import CONSTRAINT_WORDS
from assistant.decision.explain.explanation import usd
from assistant.decision.results import Analysis, Excluded
from assistant.escape import escape_inline, quote
from assistant.interview.whatif import title as scenario_title
from assistant.vocab import OPTION_KIND_LABELS
from knowledge.index import Retrieved
from tools.numbers import format_tokens

VERDICT_NAMES = {
    "api": "API",
    "self_host": "self-host",
    "hybrid": "hybrid",
    "dedicated_deployment": "dedicated deployment",
    "batch_api": "batch",
    "managed_open_weight": "managed open-weight host",
    "committed_capacity": "committed capacity",
    "routing": "routing",
}


STATUS_MARKS = {"recommended": " ✅ recommended", "set_aside": " (set aside)", "eligible": ""}


def cost_table(a: Analysis, limit: int = 8) -> str:
    """The options that meet every constraint, cheapest first; the recommended one always included, the
    cheapest of each kind (no way of serving drops out of view), and the self-host fleet whose hidden costs
    are broken down below."""
    rows = ["| Option | Kind | Monthly | Notes |", "|---|---|---:|---|"]
    keep = {a.chosen.name, a.self_host.name}
    chosen_kinds = {r.kind for r in a.table if r.name in keep or r.status == "recommended"}
    cheapest_of_kind = {r.kind: r.name for r in sorted(a.table, key=lambda r: -r.monthly_usd)}
    keep |= {name for kind, name in cheapest_of_kind.items() if kind not in chosen_kinds}
    kept = [r for r in a.table if r.name in keep or r.status == "recommended"]
    room = max(0, limit + 1 - len(kept) - (a.self_host.name not in {r.name for r in kept}))
    others = [r for r in a.table if r not in kept][:room]
    shown = sorted([*others, *kept], key=lambda r: r.monthly_usd)
    for r in shown:
        name = f"**{r.name}**" if r.status == "recommended" else r.name
        rows.append(
            f"| {name}{STATUS_MARKS.get(r.status, '')} | {OPTION_KIND_LABELS.get(r.kind, r.kind)} "
            f"| {usd(r.monthly_usd)} | {r.detail} |"
        )
    return "\n".join(rows)


CONSTRAINT_NAMES = CONSTRAINT_WORDS  # one wording for each hard constraint, kept with the constraints


def decision_lines(a: Analysis, limit: int = 5) -> str:
    """Why the cheaper options lost: set aside by a rule, or excluded by a hard constraint."""
    lines = []
    if a.constraints:
        lines.append("Your hard constraints: " + "; ".join(a.constraints) + ".")
    for s in a.set_aside[:limit]:
        lines.append(f"- Set aside: {s.name} ({usd(s.monthly_usd)}): {s.reason}")
    cheaper = [e for e in a.excluded if e.monthly_usd < a.chosen.monthly_usd]
    groups: dict[str, list[Excluded]] = {}
    for e in cheaper:
        groups.setdefault(e.constraint, []).append(e)
    for constraint, items in groups.items():
        names = ", ".join(f"{e.name} ({usd(e.monthly_usd)})" for e in items[:limit])
        more = " and others" if len(items) > limit else ""
        lines.append(
            f"- Excluded by {CONSTRAINT_NAMES.get(constraint, constraint)}: {names}{more}. "
            f"For example {items[0].name}: {items[0].reason}."
        )
    if not cheaper and a.excluded:
        lines.append("- the dearer options that break a constraint are listed with the analysis")
    for r in a.relax:
        lines.append(f"- If you can {r.text}")
    return "\n".join(lines) or "- nothing cheaper was passed over"


def hidden_costs(a: Analysis) -> str:
    h = a.self_host
    if not h.available:
        return "No self-host option fits this model on the GPU types considered."
    if h.hardware == "rented":
        head = (
            f"Broken down here: {h.name}, {h.precision} weights ({h.schedule}), {usd(h.monthly_usd)} a month, "
            f"{h.multiplier:g}x the "
            f"raw GPU bill of {usd(h.raw_gpu_monthly_usd)}. Basis: {h.hidden_cost_basis}."
        )
    else:
        head = f"Broken down here: {h.name} ({h.schedule}), {usd(h.monthly_usd)} a month."
    out = next((e for e in a.excluded if e.name == h.name), None)
    if out is not None:  # shown for its costs, but not an option for you: say so before the figures
        head = f"Excluded by {CONSTRAINT_NAMES[out.constraint]} ({out.reason}), shown for its costs. " + head
    lines = [head]
    for item in h.line_items:
        lines.append(f"- {item.name}: {usd(item.monthly_usd)} ({item.note})")
    if h.idle_gpu_monthly_usd:
        lines.append(f"- of the GPU bill, about {usd(h.idle_gpu_monthly_usd)} pays for idle time at your traffic shape")
    return "\n".join(lines)


def breakeven_lines(a: Analysis, limit: int = 4) -> str:
    rows = []
    shown = [b for b in a.breakevens if b.relevant]
    for b in sorted(shown, key=lambda b: b.breakeven_tokens_per_month or float("inf"))[:limit]:
        if not b.breakeven_tokens_per_month:
            continue
        times = f", {b.times_your_volume:g}x your volume" if b.times_your_volume else ""
        rows.append(
            f"- against {b.name or b.model}: {format_tokens(b.breakeven_tokens_per_month)} tokens a month "
            f"({format_tokens(b.breakeven_tokens_per_day or 0)} a day){times}, replicas added as volume grows"
        )
    if rows:
        return "\n".join(rows)
    names = ", ".join(dict.fromkeys(b.name or b.model for b in shown)) or "the APIs compared"
    return f"- none: even fully used, a self-hosted fleet costs more per million tokens than {names}"


def frameworks(a: Analysis) -> str:
    lines = [
        f"- **{v.framework}** ({v.section}): {VERDICT_NAMES.get(v.verdict, v.verdict)}; {v.steps[-1]}"
        for v in a.frameworks
    ]
    lines.append(f"- Where they agree and differ: {a.agreement}.")
    return "\n".join(lines)


def recommendation(a: Analysis, passages: list[Retrieved], title: str = "Recommendation") -> str:
    parts = [
        f"### {title}: {a.headline}",
        *([checks(a)] if title != "Scenario" and a.checks else []),
        "\n".join(f"- {r}" for r in a.reasons),
        workload_line(a),
        "#### Monthly cost of each option\n" + cost_table(a),
        "#### Why not the cheaper options\n" + decision_lines(a),
        "#### Breakeven volumes for self-hosting\n" + breakeven_lines(a),
        "#### Hidden costs of self-hosting\n" + hidden_costs(a),
        "#### What would flip the answer\n" + "\n".join(f"- {f.text}" for f in a.flip_points),
        "#### What each article's framework says\n" + frameworks(a),
        "#### Assumptions\n" + "\n".join(f"- {x}" for x in a.assumptions),
        "#### Price sources\n" + "\n".join(f"- {s}" for s in a.price_sources[:8]),
    ]
    if passages:
        parts.append(guidance(passages))
    return "\n\n".join(parts)


def workload_line(a: Analysis) -> str:
    return (
        f"Your workload: {format_tokens(a.tokens_per_day)} tokens a day ({format_tokens(a.tokens_per_month)} a "
        f"month), {a.input_share:.0%} input."
    )


def checks(a: Analysis) -> str:
    """Figures that do not square with the volume understood, said plainly before the rest."""
    return "\n".join(f"⚠️ **Check the volume:** {c.text}" for c in a.checks)


def scenario(s: Scenario, passages: list[Retrieved], full: bool = False) -> str:
    """A what-if: what it changes against the baseline (the verdict in the update writer's words), then the
    scenario's pick and cost table (the whole analysis under the scenario when ``full``, as "full report" asks)."""
    d, a = s.diff, s.analysis
    lines = [
        f"### {escape_inline(scenario_title(s.label), 210)}",
        update.verdict_words(d.choice_changed, a.headline, d.baseline_choice, d.baseline_monthly_usd),
        f"- Recommended option: {usd(d.baseline_monthly_usd)} → {usd(d.scenario_monthly_usd)} a month "
        f"({update.change(d.delta_monthly_usd)})",
        f"- Volume: {format_tokens(d.baseline_tokens_per_month)} → "
        f"{format_tokens(d.scenario_tokens_per_month)} tokens a month",
    ]
    for item in d.changed_costs:
        lines.append(f"- {item.name}: {usd(item.before)} → {usd(item.after)}")
    body = "\n".join(lines)
    if full:
        return body + "\n\n" + recommendation(a, passages, title="Scenario") + "\n\n" + SCENARIO_TAIL
    parts = [
        body,
        f"### Scenario: {a.headline}",
        "\n".join(f"- {r}" for r in a.reasons),
        workload_line(a),
        "#### Monthly cost of each option\n" + cost_table(a),
        *([guidance(passages)] if passages else []),
        SCENARIO_MORE,
        SCENARIO_TAIL,
    ]
    return "\n\n".join(parts)


SCENARIO_MORE = 'Say "full report" for the whole analysis under this scenario (breakevens, hidden costs, sources).'
SCENARIO_TAIL = 'Say "back to baseline" to drop this scenario, or ask another what-if.'


def _cited(p: Retrieved) -> str:
    """Where a passage comes from, escaped: the user's own documents are marked as theirs."""
    if p.kind == "user":
        return f"from your document {escape_inline(p.title)}, {escape_inline(p.section)}"
    return f"*{escape_inline(p.title)}* — {escape_inline(p.section)}"


def guidance(passages: list[Retrieved]) -> str:
    lines = ["#### Sources"]
    for i, p in enumerate(passages, 1):
        lines.append(f"{i}. {_cited(p)}")
    return "\n".join(lines)


def explain(passages: list[Retrieved]) -> str:
    """Answer a knowledge question from the retrieved passages (quoted, cited)."""
    if not passages:
        return "I found nothing on that in the articles."
    lines = ["Here is what the articles say:"]
    for i, p in enumerate(passages[:2], 1):
        text = p.text.split("\n", 1)[-1].strip()  # retrieved text is data: every line quoted, nothing renders
        snippet = text if len(text) <= 700 else text[:700].rsplit(" ", 1)[0] + " …"
        lines.append(f"{quote(snippet)}\n>\n> — {_cited(p)} [{i}]")
    return "\n\n".join(lines) + "\n\n" + guidance(passages[:3])


def audit(checks: list[dict[str, Any]], passages: list[Retrieved]) -> str:
    if not checks:
        return "I could not match that to a figure in the five articles. " + (guidance(passages) if passages else "")
    lines = ["### Source audit"]
    for c in checks:
        mark = "✅ checks out" if c["follows"] else "❌ does not follow"
        lines.append(f"- {mark}: {c['verdict']} (*{c['article']}*, {c['section']})")
    return "\n".join(lines) + ("\n\n" + guidance(passages) if passages else "")
