"""How a figure was computed: the arithmetic with its inputs (API, self-hosting, hybrid routing, breakevens),
and a total over a term."""

from __future__ import annotations

from typing import Any

from assistant.decision.explain.explanation import Explanation, rate, usd
from assistant.decision.inputs import AnalysisOptions
from assistant.decision.results import Analysis
from assistant.interview.policy import AdviceQuestion
from assistant.vocab import OPTION_LABELS
from tools.api_cost import Workload, api_cost
from tools.catalog import Catalog
from tools.numbers import count_of, format_tokens, gpu_label


def _api_arithmetic(wl: Workload, slug: str, catalog: Catalog, opts: AnalysisOptions) -> tuple[str, float]:
    res = api_cost(wl, catalog.api_price(slug, opts.prices), catalog)
    mtok_in, mtok_out = wl.input_tokens_per_month / 1e6, wl.output_tokens_per_month / 1e6
    line = (
        f"{res.name}: {mtok_in:,.4g}M input tokens x {rate(res.input_usd_per_mtok)}/M + "
        f"{mtok_out:,.4g}M output tokens x {rate(res.output_usd_per_mtok)}/M = {usd(res.monthly_usd)} a month"
    )
    # the list-price products above do not add up to the bill when cache reads or a batch discount lowered it
    if abs(mtok_in * res.input_usd_per_mtok + mtok_out * res.output_usd_per_mtok - res.monthly_usd) > 0.01:
        line += " (after caching and batch discounts)"
    return line + f" (prices: {res.source.label()})", res.monthly_usd


def _self_host_arithmetic(a: Analysis, opts: AnalysisOptions, catalog: Catalog) -> list[str]:
    h = a.self_host
    if not h.available:
        return ["No self-host option fits on the GPU types considered, so there is nothing to compute."]
    items = list(h.line_items)
    lines: list[str] = []
    itemised_rental = any("/h x" in i.note for i in items)  # the rental line already shows its hours
    multiplied = any("multiplier" in i.name.lower() for i in items)
    if h.hardware == "rented" and h.gpus and (multiplied or not itemised_rental):
        gpus = h.gpus
        hours = h.billed_hours_per_gpu or opts.hours_per_month
        hourly = rate(h.usd_per_gpu_hour or round(h.raw_gpu_monthly_usd / (gpus * hours), 4))
        gpu = gpu_label(h.gpu)
        billed = f"{hours:,.4g} h"
        if hours < opts.hours_per_month - 0.5:  # a fleet scaled down out of hours bills fewer hours per GPU
            billed += f" (GPU hours billed a month, averaged over the {gpus} GPUs: the fleet shrinks outside its hours)"
        lines.append(
            f"{gpus} x {gpu} x {hourly}/h x {billed} = {usd(h.raw_gpu_monthly_usd)} a month of raw GPU rental "
            f"({h.pricing.replace('_', '-')})"
        )
        if multiplied:
            lines.append(
                f"{gpus} x {gpu} x {hourly}/h x {hours:,.4g} h x {h.multiplier:g} = {usd(h.monthly_usd)} a month "
                "with hidden costs"
            )
            items = []
    if items:
        lines += [f"{i.name}: {usd(i.monthly_usd)} ({i.note})" for i in items]
        lines.append(" + ".join(usd(i.monthly_usd) for i in items) + f" = {usd(h.monthly_usd)} a month")
    if h.hidden_cost_basis:
        lines.append(f"hidden costs: {h.hidden_cost_basis}")
    if h.schedule:
        model = catalog.open_model(h.model).name if h.model in catalog.open_models else h.model
        lines.append(f"sized for your peak: {h.schedule}; {model} at {h.precision}")
    return lines


def how_answer(q: AdviceQuestion, a: Analysis, wl: Workload, catalog: Catalog, opts: AnalysisOptions) -> Explanation:
    topic = q.topic or a.option
    figures: dict[str, Any] = {}
    title = f"### How I computed the {OPTION_LABELS.get(topic, topic).lower().replace('use ', '')} figure"
    lines: list[str] = [
        f"Your workload: {format_tokens(wl.input_tokens_per_month)} input + "
        f"{format_tokens(wl.output_tokens_per_month)} output tokens a month "
        f"({format_tokens(wl.total_tokens_per_month / wl.conventions.days_per_month)} a day, "
        f"{wl.conventions.days_per_month:g} days a month)."
    ]
    if topic == "term" and q.months:
        return term_answer(q.months, a)
    if topic == "self_host":
        title = "### How I computed the self-hosting cost"
        lines += [f"- {x}" for x in _self_host_arithmetic(a, opts, catalog)]
    elif topic == "hybrid" and a.hybrid:
        hy = a.hybrid
        title = "### How I computed the hybrid routing cost"
        if hy.small_route == "api":
            whole = hy.small_monthly_usd / hy.small_share
            small = (
                f"a small model's API, {hy.small_name or hy.small_model}: {hy.small_share:.0%} of its "
                f"{usd(whole)} bill for the whole workload = {usd(hy.small_monthly_usd)} a month"
            )
        elif hy.small_route == "owned":
            small = (
                f"your {hy.small_gpus} x {gpu_label(hy.small_gpu or '')} (as much as they serve at the peak), running "
                f"them: {usd(hy.small_monthly_usd)} a month"
            )
        else:
            small = (
                f"a small self-hosted model on {count_of(hy.small_replicas, 'replica')}: "
                f"{usd(hy.small_monthly_usd)} a month"
            )
        lines += [
            f"- {hy.small_share:.0%} of tokens ({format_tokens(hy.small_tokens_per_month)} a month) go to {small}",
            f"- the rest ({format_tokens(hy.api_tokens_per_month)} a month) go to {hy.api_name or hy.api_model}: "
            + (
                f"{1 - hy.small_share:.0%} of its {usd(hy.all_api_monthly_usd)} bill for the whole workload = "
                if hy.small_route == "owned"
                else ""
            )
            + f"{usd(hy.api_monthly_usd)} a month",
            f"- {usd(hy.small_monthly_usd)} + {usd(hy.api_monthly_usd)} = {usd(hy.blended_monthly_usd)} "
            f"a month, against {usd(hy.all_api_monthly_usd)} all-API",
        ]
    elif topic == "breakeven":
        title = "### How I computed the breakeven volumes"
        before = len(lines)
        for b in sorted(a.breakevens, key=lambda b: not b.relevant)[:4]:  # the models in question first
            if not b.breakeven_tokens_per_month:
                continue
            per_mtok = b.self_host_monthly_usd / b.breakeven_tokens_per_month * 1e6
            lines.append(
                f"- {b.name or b.model}: the self-host bill of {usd(b.self_host_monthly_usd)} a month divided by the "
                f"API's blended {rate(per_mtok)} per million tokens = {format_tokens(b.breakeven_tokens_per_month)} "
                "tokens a month"
            )
        if len(lines) == before:
            lines.append(
                "- there is none: even fully used, a self-hosted replica costs more per million tokens than "
                "each API compared, so more volume never makes self-hosting cheaper"
            )
    else:
        rows = [r for r in a.table if r.kind == topic] if topic in OPTION_LABELS else []
        row = a.chosen if (not rows or a.chosen.kind == topic) else rows[0]
        slug = q.models[0] if q.models else row.model
        title = f"### How I computed {row.name if not q.models else slug}"
        try:
            line, monthly = _api_arithmetic(wl, slug, catalog, opts)
        except LookupError:
            line, monthly = f"{row.name}: {row.detail}", row.monthly_usd
        lines.append(f"- {line}")
        figures["monthly_usd"] = monthly
        if row.kind == "batch_api":
            lines.append(f"- {row.name}: {row.detail}, so {usd(row.monthly_usd)} a month")
        elif row.kind == "dedicated_deployment":
            lines.append(f"- {row.name}: {row.detail}, priced at {usd(row.monthly_usd)} a month ({row.source})")
        elif row.kind == "hybrid" and a.hybrid:
            return how_answer(q.model_copy(update={"topic": "hybrid"}), a, wl, catalog, opts)
    lines.append(
        f"\nConventions: {wl.conventions.days_per_month:g} days a month; "
        f"GPUs billed {opts.hours_per_month:g} h a month."
    )
    return Explanation(kind="how", markdown=title + "\n\n" + "\n".join(lines), figures=figures)


def _term_words(months: int) -> str:
    return f"{months // 12} years" if months % 12 == 0 and months > 12 else f"{months} months"


def term_answer(months: int, a: Analysis) -> Explanation:
    """The total over a term: each option's monthly cost from the analysis times the months, with its basis."""
    rows = [a.chosen, *[r for r in a.table if r.name != a.chosen.name and r.kind != a.chosen.kind]]
    kinds: set[str] = set()
    picked = []
    for r in rows:
        if r.kind in kinds:
            continue
        kinds.add(r.kind)
        picked.append(r)
    lines = ["| Option | Monthly | Months | Total |", "|---|---:|---:|---:|"]
    figures: dict[str, Any] = {}
    for r in picked[:4]:
        total = r.monthly_usd * months
        mark = " (recommended)" if r.name == a.chosen.name else ""
        lines.append(f"| {r.name}{mark} | {usd(r.monthly_usd)} | {months} | {usd(total)} |")
        figures[r.name] = total
    chosen_total = a.chosen.monthly_usd * months
    basis = (
        f"Basis: {usd(a.chosen.monthly_usd)} a month x {months} months = {usd(chosen_total)}, at today's prices and "
        "your volume as understood: no growth, no price changes and no multi-year discount. A committed-use or "
        "reserved term is often priced below list, so treat this as the list-price figure and ask vendors for their "
        "term pricing."
    )
    md = f"### Total over {_term_words(months)}\n\n" + "\n".join(lines) + "\n\n" + basis
    return Explanation(kind="how", markdown=md, figures={"term_months": months, **figures})
