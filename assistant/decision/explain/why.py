"""Why the recommendation: the deciding facts and rules, the options set aside and why, and an alternative asked
about ("why not GPT-4o?") priced beside it with the reason it lost."""

from __future__ import annotations

from collections.abc import Callable

from assistant.decision.analysis import analyze
from assistant.decision.constraints import CONSTRAINT_WORDS
from assistant.decision.explain.explanation import Explanation, _vs, rate, usd
from assistant.decision.explain.how import how_answer
from assistant.decision.explain.profile import _assumed_facts, _said_facts
from assistant.decision.inputs import AnalysisOptions
from assistant.decision.results import Analysis
from assistant.interview.facts import WorkloadProfile
from assistant.interview.policy import AdviceQuestion
from assistant.vocab import OPTION_LABELS
from tools.api_cost import Workload, api_cost
from tools.catalog import Catalog
from tools.numbers import format_tokens, gpu_label


def _standing(name: str, slug: str, a: Analysis) -> str:
    """Where one option stands in the analysis: the recommendation, excluded, set aside, or dearer."""
    if (slug and slug == a.chosen.model) or name == a.chosen.name:
        return "it is the recommendation"
    for e in a.excluded:
        if e.name == name:
            return f"it is excluded by {CONSTRAINT_WORDS.get(e.constraint, e.constraint)}: {e.reason}"
    for s in a.set_aside:
        if s.name == name:
            return f"it meets your constraints but was set aside: {s.reason}"
    return ""


def _why_not(
    q: AdviceQuestion,
    a: Analysis,
    wl: Workload,
    catalog: Catalog,
    opts: AnalysisOptions,
    profile: WorkloadProfile | None = None,
) -> list[str]:
    """The alternative asked about, priced at this workload beside the recommendation, with why it lost."""
    lines: list[str] = []
    for slug in q.models:
        try:
            res = api_cost(wl, catalog.api_price(slug, opts.prices), catalog)
        except LookupError:
            lines.append(f"- I have no price for {slug}, so I can't compare it.")
            continue
        row = next((r for r in a.table if r.model in (slug, res.model) and r.kind == "api"), None)
        standing = _standing(res.name, res.model, a)
        if not standing and profile is not None and row is None:  # not among the options compared: check it now
            with_it = profile.model_copy(deep=True)
            with_it.set("candidate_models", [*(profile.get("candidate_models") or []), slug], origin="assumed")
            alt = analyze(with_it, catalog, opts)
            standing = _standing(res.name, res.model, alt)
            row = next((r for r in alt.table if r.model in (slug, res.model) and r.kind == "api"), None)
        standing = standing or (
            f"it meets your constraints but costs {_vs(res.monthly_usd, a)}"
            if row is not None and res.monthly_usd > a.chosen.monthly_usd
            else f"it costs {_vs(res.monthly_usd, a)}"
        )
        lines.append(
            f"- **{res.name}** at your volume: {format_tokens(wl.input_tokens_per_month)} input tokens x "
            f"{rate(res.input_usd_per_mtok)}/M + {format_tokens(wl.output_tokens_per_month)} output x "
            f"{rate(res.output_usd_per_mtok)}/M = {usd(res.monthly_usd)} a month; {standing}."
        )
    if q.topic and not q.models:
        kind = q.topic
        label = OPTION_LABELS.get(kind, kind).replace("Use ", "")
        if a.chosen.kind == kind:
            lines.append(f"- {label[:1].upper() + label[1:]} is the recommendation: {a.chosen.name}.")
        else:
            priced = [
                *[(x.monthly_usd, x.name, _standing(x.name, "", a)) for x in a.excluded if x.kind == kind],
                *[(x.monthly_usd, x.name, _standing(x.name, "", a)) for x in a.set_aside if x.kind == kind],
                *[
                    (r.monthly_usd, r.name, "it meets your constraints, but the recommendation costs less")
                    for r in a.table
                    if r.kind == kind and r.status == "eligible"
                ],
            ]
            if kind == "self_host" and a.self_host.available and not priced:
                h = a.self_host
                priced.append((h.monthly_usd, h.name, _standing(h.name, "", a)))
            if q.gpus:  # "why not just use the A100s?": the fleets on that GPU, yours first
                words = {w.lower() for g in q.gpus for w in (gpu_label(g), catalog.gpu_spec(g).name)}
                priced = [p for p in priced if any(w in p[1].lower() for w in words)]
                priced.sort(key=lambda p: (" your " not in p[1], p[0]))
                if not priced:
                    gpu_names = " or ".join(gpu_label(g) for g in q.gpus)
                    lines.append(f"- No fleet on {gpu_names} is among the options for this workload.")
            else:
                priced.sort()
            if not priced and not q.gpus:
                lines.append(f"- No {label} option fits this workload, so there is nothing to price.")
            for monthly, name, standing in priced[:2]:
                lines.append(
                    f"- **{name}**: {usd(monthly)} a month, {_vs(monthly, a)}; "
                    f"{standing or 'the recommendation costs less'}."
                )
    return lines


def why_answer(
    a: Analysis,
    profile: WorkloadProfile,
    days: float,
    names: Callable[[str], str],
    question: AdviceQuestion | None = None,
    context: tuple[Workload, Catalog, AnalysisOptions] | None = None,
) -> Explanation:
    parts = [f"### Why: {a.headline}"]
    if question is not None and context is not None and (question.models or question.topic):
        asked = _why_not(question, a, *context, profile=profile)  # a line for each model, or for the topic
        parts.append("**The option you asked about, priced for your workload:**\n" + "\n".join(asked))
    said = _said_facts(profile, days, names)
    parts.append("**The facts it rests on (your words):**\n" + ("\n".join(f"- {s}" for s in said) or "- none yet"))
    assumed = _assumed_facts(profile, days, names)
    if assumed:
        parts.append("**Assumed, since you didn't say:**\n" + "\n".join(f"- {x}" for x in assumed))
    parts.append("**The rules that decided it:**\n" + "\n".join(f"- {r}" for r in a.reasons))
    # never empty: the quality bar and real time or batch are always stated
    parts.append("**Hard constraints applied first:**\n" + "\n".join(f"- {c}" for c in a.constraints))
    lines: list[str] = []
    seen: set[str] = set()
    for name, monthly, reason in [
        *[(x.name, x.monthly_usd, x.reason) for x in a.set_aside],
        *[(x.name, x.monthly_usd, x.reason) for x in a.excluded],
    ]:
        if monthly >= a.chosen.monthly_usd or name in seen:
            continue
        seen.add(name)
        lines.append(f"- {name} ({usd(monthly)} a month): {reason}")
    if lines:
        more = len(lines) - 6
        parts.append(
            "**Cheaper options set aside, and why:**\n"
            + "\n".join(lines[:6])
            + (f"\n- and {more} more, for the same reasons" if more > 0 else "")
        )
    else:
        parts.append(
            f"No option in the comparison is cheaper than {a.chosen.name} at {usd(a.chosen.monthly_usd)} a month."
        )
    if a.flip_points:
        parts.append("**What would change the answer:**\n" + "\n".join(f"- {f.text}" for f in a.flip_points[:3]))
    if question is not None and question.arithmetic and context is not None:
        wl, catalog, opts = context
        how = how_answer(AdviceQuestion(kind="how"), a, wl, catalog, opts).markdown
        parts.append(how.replace("### ", "**", 1).replace("\n", "**\n", 1))
    return Explanation(kind="why", markdown="\n\n".join(parts))
