"""The analysis in words and rows: the headline, the reasons for the pick, the hard constraints applied,
the options excluded (with the constraint each breaks), the assumptions, and the table of options shown.
"""

from __future__ import annotations

from assistant.decision.constraints import CONSTRAINT_WORDS, NEED_SHORT, NEED_VERBS, TIER_WORDS, Needs, hours_words
from assistant.decision.results import Candidate, CostRow, Excluded, Relaxation, SetAside, is_host
from assistant.decision.rules import provider_data, rules
from assistant.interview.describe import money_words
from assistant.interview.facts import WorkloadProfile
from assistant.vocab import OPTION_LABELS, REGIME_LABELS
from tools.compare import ComparisonResult
from tools.fx import from_fact
from tools.model_names import named_model
from tools.numbers import format_ms, format_usd, gpu_label

BOUNDARY_WORDS: dict[str, str] = {
    "any_vendor": "any provider",
    "cloud_tenant": "data stays in your own cloud tenant",
    "on_prem": "data stays on your own servers",
    "air_gapped": "no network connection out",
}


def headline(option: str, chosen: CostRow, relax: list[Relaxation]) -> str:
    text = f"{OPTION_LABELS[option]}: {chosen.name}, about ${chosen.monthly_usd:,.2f} a month"
    if relax:
        words = " and ".join(CONSTRAINT_WORDS[k] for k in relax[0].constraints)
        text += f" (no option meets every constraint: relax {words})"
    return text


def runs_in(needs: Needs, chosen: Candidate) -> str:
    """Where the chosen option keeps processing under a residency rule naming a region: 'in the EU: AWS Bedrock,
    the EU cross-Region inference profile (...)'; empty without one."""
    t = chosen.traits
    where = needs.kept_in
    if not where:
        return ""
    if t.hosting in ("owned", "bought"):
        return f"{where}: on your own hardware, placed {where}"
    if t.hosting == "cloud_self_host" and needs.region is None:  # a country no large cloud is known to serve
        return f"{where}: on GPUs rented {where} (assumed available there at the catalog's rates)"
    if t.hosting == "cloud_self_host":
        return f"{where}: on GPUs rented in a cloud region {where} (assumed available there)"
    if needs.region is None:
        return ""
    offer = provider_data().get(t.provider).region_offer(needs.region) if t.provider else None
    if offer is None:
        return ""
    name = provider_data().get(t.provider or "").name
    text = f"{where}: {name}, {offer.where}"
    if t.kind == "hybrid" and chosen.hybrid is not None and chosen.hybrid.small_route == "self_host":
        text += f"; the small model on GPUs rented {where}"
    elif t.kind == "hybrid" and chosen.hybrid is not None and chosen.hybrid.small_route == "owned":
        text += f"; the share your own GPUs carry on your hardware, placed {where}"
    elif t.kind == "hybrid" and chosen.hybrid is not None and chosen.hybrid.small_provider:
        small = provider_data().get(chosen.hybrid.small_provider)
        small_offer = small.region_offer(needs.region)
        if small_offer is not None:
            text += f"; the simple requests through {small.name}, {small_offer.where}"
    return text


QUALITY_CONSTRAINT = "quality: "
REALTIME_CONSTRAINT = "answers in real time"


def mark_assumed(constraints: list[str], profile: WorkloadProfile) -> list[str]:
    """The constraints with those the advisor filled in itself (the quality bar, answers in real time) marked as
    assumed: what the user said and what was assumed are never confused."""
    said = {name for name, fact in profile.facts.items() if fact.said}
    out = []
    for c in constraints:
        if c.startswith(QUALITY_CONSTRAINT) and "quality" not in said and "quality_reference" not in said:
            c += " (assumed; tell me if you need more, or less)"
        elif c == REALTIME_CONSTRAINT and "batch_ok" not in said:
            c += " (assumed)"
        out.append(c)
    return out


def constraint_words(needs: Needs) -> list[str]:
    out = []
    if where := needs.kept_in:
        out.append(f"data residency: data stays {where}; only providers that can keep processing there are kept")
    if needs.boundary != "any_vendor":
        out.append(f"data boundary: {needs.boundary_reason}")
    for regime, boundary in needs.regime_boundaries:
        label = REGIME_LABELS.get(regime, regime)
        if label not in needs.boundary_reason:
            out.append(f"{label}: {BOUNDARY_WORDS[boundary]} (met by the stricter boundary above)")
    for regime, need in needs.provider_needs:
        out.append(f"{REGIME_LABELS.get(regime, regime)}: providers must offer {NEED_SHORT[need]}")
    if needs.latency_ms is not None and needs.realtime:
        what = "time to first token" if needs.latency_kind == "ttft" else "time to the whole answer"
        out.append(f"latency: p99 {what} under {format_ms(needs.latency_ms)}")
    tier = {
        "frontier": "frontier",
        "strong": "a strong model, open-weight is fine",
        "small": "a small model is enough",
    }[needs.quality]
    if needs.bar_model and needs.quality_reference:
        tier = f"at least as good as {needs.quality_reference}: {needs.quality_reference} itself or a frontier model"
    elif needs.quality_reference:
        tier = f"at least as good as {needs.quality_reference}, {tier}"
    out.append(f"{QUALITY_CONSTRAINT}{tier}")
    if needs.languages:
        out.append(f"languages: {rules().languages.constraint.format(languages=and_list(needs.languages))}")
    if needs.fine_tuning:
        out.append("fine-tuning on your data")
    out.append("answers can wait (batch)" if not needs.realtime else REALTIME_CONSTRAINT)
    if not needs.realtime and needs.deadline_hours is not None:
        out.append(f"batch results needed within {hours_words(needs.deadline_hours)} of the job's start")
    return out


def reasons(
    profile: WorkloadProfile,
    needs: Needs,
    chosen: Candidate,
    relax: list[Relaxation],
    cands: list[Candidate],
    aside: list[SetAside],
) -> list[str]:
    out: list[str] = []
    if relax:
        broken = "; ".join(b.reason for b in chosen.broken)
        out.append(
            f"no option meets every constraint; the closest is this one, which needs you to relax "
            f"{' and '.join(CONSTRAINT_WORDS[k] for k in relax[0].constraints)} ({broken})"
        )
        out += [r.text for r in relax[1:]]
    kind, hosting = chosen.traits.kind, chosen.traits.hosting
    meets = (
        "meets every constraint"
        if not relax
        else "meets the rest once you relax " + " and ".join(CONSTRAINT_WORDS[k] for k in relax[0].constraints)
    )
    where = runs_in(needs, chosen)
    if where:
        out.append(f"runs {where}")
    if kept_in := needs.kept_in:
        n = sum(1 for c in cands if any(b.reason.startswith("may process ") for b in c.broken))
        out.append(
            f"data stays {kept_in}: {_count(n, 'option')} whose provider cannot keep processing "
            f"there {'is' if n == 1 else 'are'} excluded"
        )
    if needs.boundary != "any_vendor":
        n = sum(1 for c in cands if any(b.constraint == "data_boundary" for b in c.broken))
        out.append(
            f"{needs.boundary_reason}: {_count(n, 'option')} that would send data elsewhere "
            f"{'is' if n == 1 else 'are'} excluded"
        )
    for regime, need in needs.provider_needs:
        n = sum(1 for c in cands if any(REGIME_LABELS.get(regime, regime) in b.reason for b in c.broken))
        out.append(
            f"{REGIME_LABELS.get(regime, regime)} does not rule out APIs, but only providers that {NEED_VERBS[need]} "
            "are kept "
            f"({_count(n, 'option')} excluded)"
        )
    if needs.boundary == "air_gapped" and hosting in ("owned", "bought"):
        out.append("air-gapped: model weights, drivers and updates arrive offline, on checked media")
    if needs.latency_ms is not None and needs.realtime:
        n = sum(1 for c in cands if any(b.constraint == "latency" for b in c.broken))
        if n:
            out.append(
                f"{_count(n, 'option')} cannot meet a p99 of {format_ms(needs.latency_ms)} and "
                f"{'is' if n == 1 else 'are'} excluded"
            )
    if needs.fine_tuning:
        out.append(
            "you want a model tuned on your data: only options that can serve a tuned model are kept "
            "(provider fine-tuning is billed at its surcharge)"
        )
    if kind == "self_host":
        if hosting == "owned":
            out.append("your own GPUs cost only power, space and people to run: no rental")
        elif hosting == "bought":
            out.append("buying the GPUs keeps data on your premises; the price is spread over their life")
        else:
            alt = min((c.cost for c in cands if not c.broken and not is_host(c)), default=None)
            if alt:
                out.append(
                    f"the cheapest eligible alternative costs {alt / max(chosen.cost, 0.01):.1f}x this fleet, past "
                    f"the {rules().thresholds.self_host_margin.value:g}x margin, and you have people to run it"
                )
    elif kind == "batch_api":
        out.append("answers can wait, and batch APIs charge less than the synchronous rate")
    elif kind == "hybrid":
        simple = (
            "most requests are simple enough for a small model"
            if profile.get("simple_share") is not None
            else "if most requests are simple enough for a small model (assumed: tell me the share that is)"
        )
        routed = chosen.hybrid
        if routed is not None and routed.small_route == "owned":
            out.append(
                f"the GPUs you already have ({routed.small_gpus} x {gpu_label(routed.small_gpu or '')}) carry "
                f"{routed.small_share:.0%} of the traffic, as much as they serve at the peak, and the rest goes to "
                f"{routed.api_name}: it saves {routed.savings_vs_all_api_pct:.0f}% against the API alone, with no "
                "GPUs to buy"
            )
        elif routed is not None and routed.small_route == "api":
            out.append(
                f"{simple}: sending them to {routed.small_name}'s API and the rest to {routed.api_name} saves "
                f"{routed.savings_vs_all_api_pct:.0f}% against one API, with no GPUs to run"
            )
        else:
            out.append(f"{simple}, and the volume is past the point where routing pays (DevTk)")
    elif kind == "dedicated_deployment":
        other_cloud = "cloud" in chosen.broken_kinds  # in a cloud the user does not run in yet
        out.append(
            "a dedicated deployment keeps data in a tenancy and region of your own in that cloud"
            if other_cloud
            else "a dedicated deployment keeps data in your cloud tenancy and region"
        )
    elif kind == "managed_open_weight":
        out.append(f"an open-weight model served by a host is the cheapest option that {meets}")
    else:
        out.append(f"an API is the cheapest option that {meets}, with no fixed cost")
    if kind != "self_host" and not needs.team:
        team = profile.facts.get("team")
        told = bool(team and team.said and {"ml_engineers", "mlops", "gpu_infra"} & set(team.value or {}))
        out.append(
            "without ML engineers, self-hosting is not an option you can run today"
            if told
            else "no one on your team is known to run models (assumed: tell me if someone does), so self-hosting "
            "is set aside"
        )
    if profile.get("traffic_shape") == "bursty" and kind != "self_host":
        out.append("bursty traffic would leave self-hosted GPUs idle between peaks")
    spend = profile.get("current_spend_usd_per_month")
    if spend:
        said = money_words(float(spend), profile.get("current_spend_in_currency"), " a month today")
        out.append(f"you spend about {said}; this costs about ${chosen.cost:,.2f}")
    if aside:
        out.append(f"{_count(len(aside), 'cheaper option')} set aside, each with its reason below")
    if needs.languages:
        out.append(rules().languages.caveat.format(languages=and_list(needs.languages)))
    abroad = _processed_abroad(chosen, needs)
    if abroad:
        out.append(abroad)
    over = _over_budget(profile, chosen, cands)
    if over:
        out.append(over)
    return out


def _over_budget(profile: WorkloadProfile, chosen: Candidate, cands: list[Candidate]) -> str:
    """The pick costs more than the budget said: said, with what fits it (an option meeting every constraint, else
    the cheapest option of all and what it breaks). Empty within the budget, or with none said."""
    budget = profile.get("budget_usd_per_month")
    if not budget or chosen.cost <= float(budget):
        return ""
    head = f"this is above your budget of ${float(budget):,.2f} a month"
    fits = [c for c in cands if not c.broken and c.cost <= float(budget)]
    if fits:
        best = min(fits, key=lambda c: c.cost)
        return f"{head}; {best.row.name} fits it (${best.cost:,.2f}), set aside for the reason below"
    cheapest = min(cands, key=lambda c: c.cost, default=None)
    if cheapest is None or cheapest.cost > float(budget) or not cheapest.broken:
        return f"{head}, and no option priced here fits it"
    kind = cheapest.broken[0].constraint
    said = profile.facts.get("quality")
    breaks = (
        "falls below the quality bar I assumed (say so if a small model would do)"
        if kind == "quality" and not (said and said.said)
        else f"breaks {CONSTRAINT_WORDS[kind]}"
    )
    return (
        f"{head}, and nothing that meets your constraints fits it: the cheapest option of all, {cheapest.row.name} "
        f"(${cheapest.cost:,.2f}), {breaks}"
    )


def _processed_abroad(chosen: Candidate, needs: Needs) -> str:
    """Where a provider based in China processes the data, said whenever it is picked (nobody should find out from
    the provider's terms): and how to set it aside. Empty for every other pick, or when such vendors are already
    ruled out."""
    provider = chosen.traits.provider
    if not provider or chosen.traits.hosting not in ("public_api", "hybrid") or "cn" in needs.excluded_homes:
        return ""
    data = provider_data().get(provider)
    if data.home != "cn":
        return ""
    return (
        f"{data.name} processes and stores the data in China ({data.source.label()}); if that rules it out, say "
        "'no Chinese vendors' and it is set aside"
    )


def and_list(items: list[str]) -> str:
    """'Italian', 'Italian and German', 'Italian, German and French'."""
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def excluded(cands: list[Candidate], chosen: Candidate) -> list[Excluded]:
    out: list[Excluded] = []
    seen: set[str] = set()
    for c in sorted(cands, key=lambda c: c.cost):
        if c is chosen or not c.broken or c.row.name in seen:
            continue
        seen.add(c.row.name)
        first = c.broken[0]
        out.append(
            Excluded(
                name=c.row.name,
                kind=c.row.kind,
                monthly_usd=c.cost,
                constraint=first.constraint,
                reason=first.reason,
                also=[b.constraint for b in c.broken[1:]],
            )
        )
    return out


def assumed_lines(profile: WorkloadProfile) -> list[str]:
    """What the analysis took as assumed rather than said, as its assumptions list words it."""
    return [f"assumed: {a}" for a in profile.assumed()]


def assumptions(
    result: ComparisonResult,
    profile: WorkloadProfile,
    hidden_note: str,
    needs: Needs,
    shown: Candidate | None,
    skipped: list[str],
) -> list[str]:
    lat = rules().latency
    out = [
        *result.assumptions,
        *assumed_lines(profile),
        f"hidden costs: {hidden_note}",
        *needs.notes,
    ]
    if shown and shown.host:
        out += shown.host.plan.assumptions
        out += [a for a in shown.host.tco.assumptions if a.startswith(("fleet:", "staff time", "pricing compared"))]
    if needs.latency_ms is not None:
        out.append(
            f"latency: requests of {needs.input_tokens:,.0f} input and {needs.output_tokens:,.0f} output tokens; "
            f"APIs add {lat.api_overhead_p50_ms.value:g}-{lat.api_overhead_p99_ms.value:g} ms of network and queueing "
            f"({lat.api_overhead_p99_ms.source.label()}); self-hosting: {lat.queue_model.source.section}"
        )
    if profile.get("owned_gpus"):
        out.append("GPUs you own mean someone already runs GPU infrastructure")
    if needs.languages:
        lang = rules().languages.source
        out.append(f"languages: a caveat, never a filter by itself ({lang.kind}: {lang.label()})")
    if needs.quality_reference:
        ref = named_model(str(profile.get("quality_reference")))
        if ref is not None:
            out.append(f"quality bar: {ref.name} is {TIER_WORDS[ref.tier]} ({ref.source.kind}: {ref.source.label()})")
    for name in ("current_spend_in_currency", "budget_in_currency"):
        money = profile.get(name)
        if money:
            conv = from_fact(dict(money))
            out.append(f"exchange rate: {conv.said()} ≈ {format_usd(conv.usd)} {conv.basis()}")
    out += [f"not considered: {s}" for s in skipped[:4]]
    return out


def _on_owned(c: Candidate, whole: bool) -> bool:
    """Whether ``c`` runs on the GPUs the user owns: the whole load (``whole``), or the share they carry beside an
    API."""
    if whole:
        return c.traits.hosting == "owned"
    return c.hybrid is not None and c.hybrid.small_route == "owned"


def table(
    cands: list[Candidate], chosen: CostRow, aside: list[SetAside], detailed: Candidate | None = None
) -> list[CostRow]:
    """The recommended option, the cheaper ones set aside, and the next eligible ones, cheapest first; and the
    self-host fleet the hidden-cost breakdown details (``detailed``), so its figures are a row of the table."""
    aside_names = {a.name for a in aside}
    rows: list[CostRow] = [chosen]
    seen = {chosen.name}
    ordered = sorted(cands, key=lambda c: c.cost)
    for c in ordered:
        if c.row.name in seen or len(rows) >= 10:
            continue
        seen.add(c.row.name)
        rows.append(c.row.model_copy(update={"status": "set_aside" if c.row.name in aside_names else "eligible"}))
    kinds = {r.kind for r in rows}
    for c in ordered:  # and the cheapest of every other kind, so no way of serving it drops out of view
        if c.row.kind in kinds or c.row.name in seen:
            continue
        kinds.add(c.row.kind)
        seen.add(c.row.name)
        rows.append(c.row.model_copy(update={"status": "set_aside" if c.row.name in aside_names else "eligible"}))
    # and the GPUs the user already owns, whatever they cost: the first thing they will look for (carrying the whole
    # load, and carrying what they can beside an API)
    for on_owned in (True, False):
        owned = next((c for c in ordered if _on_owned(c, on_owned) and c.row.name not in seen), None)
        if owned is not None:
            rows.append(
                owned.row.model_copy(update={"status": "set_aside" if owned.row.name in aside_names else "eligible"})
            )
            seen.add(owned.row.name)
    if detailed is not None and detailed in cands and detailed.row.name not in seen:
        status = "set_aside" if detailed.row.name in aside_names else "eligible"
        rows.append(detailed.row.model_copy(update={"status": status}))
    return sorted(rows, key=lambda r: r.monthly_usd)


def _count(n: int, noun: str) -> str:
    """ "1 option", "3 options": a count with its noun in the right number."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
