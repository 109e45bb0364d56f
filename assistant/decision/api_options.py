"""Priced options that are not a self-hosted fleet: APIs, managed open-weight hosts, dedicated cloud
deployments and batch APIs (from the engine's comparison, fine-tuned where the profile asks), and hybrid
routing (the simple share on a small self-hosted fleet, the rest on the best API).
"""

from __future__ import annotations

from assistant.decision.constraints import TIER_RANK, Hosting, Needs, Traits, check
from assistant.decision.inputs import AnalysisOptions, open_model_id
from assistant.decision.latency import api_latency
from assistant.decision.results import Candidate, CostRow
from assistant.decision.rules import model_data, rules
from tools.api_cost import Workload
from tools.catalog import Catalog, ResolvedPrice
from tools.compare import ComparisonInput, ComparisonResult, Option, dedicated_price
from tools.hybrid import HybridResult, hybrid_fleet, owned_split
from tools.numbers import gpu_label
from tools.results import money
from tools.tco import presets


def _provider_of(option: Option, providers: dict[str, str]) -> str | None:
    """The cloud a dedicated deployment runs in (aws, azure, gcp), else the API's provider."""
    if option.kind == "dedicated_deployment":
        return option.cloud
    return providers.get(option.model)


def api_candidates(result: ComparisonResult, needs: Needs, opts: AnalysisOptions, catalog: Catalog) -> list[Candidate]:
    data = model_data()
    out: list[Candidate] = []
    hours = opts.hours_per_month
    providers: dict[str, str] = {}
    for r in result.api:  # the first priced row of each model names its provider
        providers.setdefault(r.model, r.provider)
    for o in result.options:  # the comparison runs without GPU types: APIs, hosts, deployments, batch
        facts = data.facts(o.model)
        tier = facts.tier if facts else "strong"
        hosting: Hosting = "dedicated_cloud" if o.kind == "dedicated_deployment" else "public_api"
        if o.kind == "dedicated_deployment":
            tunable = bool(facts and facts.dedicated_fine_tuning)
        else:
            tunable = bool(facts and facts.fine_tuning != "none")
        row = CostRow(
            kind=o.kind, name=o.name, model=o.model, monthly_usd=o.monthly_usd, detail=o.detail, source=o.source
        )
        if needs.fine_tuning and tunable and facts:
            extra = facts.dedicated_ft_usd_per_hour * hours if o.kind == "dedicated_deployment" else 0.0
            cost = money(o.monthly_usd * facts.ft_surcharge + extra)
            detail = f"fine-tuned: {facts.ft_surcharge:g}x the base price"
            if extra:
                detail += f" + ${facts.dedicated_ft_usd_per_hour:g}/h hosting"
            row = row.model_copy(
                update={
                    "name": f"{o.name} (fine-tuned)",
                    "monthly_usd": cost,
                    "detail": detail,
                    "source": data.source(facts.fine_tuning_source).label(),
                }
            )
        latency = None if o.kind == "batch_api" else api_latency(facts, needs.input_tokens, needs.output_tokens)
        traits = Traits(
            kind=o.kind,
            hosting=hosting,
            model=open_model_id(o.model, catalog) or o.model,
            provider=_provider_of(o, providers),
            tier=tier,
            fine_tunable=tunable,
            latency=latency,
            realtime=o.kind != "batch_api",
            completion_hours=rules().batch_api.completion_window_hours.value if o.kind == "batch_api" else None,
            custom_weights=bool(facts and facts.fine_tuning == "lora_host" and o.kind != "dedicated_deployment"),
        )
        out.append(Candidate(row=row, traits=traits, broken=check(traits, needs)))
    return out


def savings_words(pct: float, against: str = "all-API") -> str:
    """A routing against its all-API cost in whole percent ("saves 38%", "costs 292% more"): read at a glance."""
    shown = f"{abs(pct):.0f}" if abs(pct) >= 1 else f"{abs(pct):.1g}"
    return f"saves {shown}% against {against}" if pct >= 0 else f"costs {shown}% more than {against}"


def hybrid_candidate(
    wl: Workload,
    base: Candidate,
    share: float,
    catalog: Catalog,
    opts: AnalysisOptions,
    needs: Needs,
    spec: ComparisonInput,
    all_self_host: float | None,
    share_assumed: bool = False,
) -> tuple[Candidate, HybridResult] | None:
    """Route the simple share to a small self-hosted fleet, the rest to the best eligible API.

    ``share_assumed``: nobody said how much traffic is simple; the row says the share is an assumption."""
    if wl.total_tokens_per_month <= 0 or share <= 0 or share >= 1:
        return None
    price: ResolvedPrice | None
    if base.traits.kind == "dedicated_deployment":
        price = dedicated_price(
            base.row.model,
            catalog,
            catalog.api_price(base.row.model, opts.prices).price.name,
            spec.in_region,
            cloud=base.traits.provider,  # a dedicated deployment's provider is the cloud it runs in
        )
    else:
        price = catalog.api_price(base.row.model, opts.prices)
    if price is None:
        return None
    small = presets()["small-7b-l4"].tco.model_copy(update={"engineering_rate_usd": opts.engineering_rate_usd})
    res = hybrid_fleet(
        wl,
        share,
        price,
        catalog,
        hidden=small,
        traffic_shape=spec.traffic_shape,
        peak_to_average=spec.peak_to_average,
        batch=spec.batch,
        all_self_host_monthly_usd=all_self_host,
    )
    factor = base.row.monthly_usd / max(res.all_api_monthly_usd, 0.01)  # fine-tuning surcharge, if any
    blended = money(res.self_host_monthly_usd + res.api_monthly_usd * factor)
    row = CostRow(
        kind="hybrid",
        name=f"Hybrid: {share:.0%}{' (assumed)' if share_assumed else ''} to a small self-hosted model "
        f"({res.small_gpus} x {gpu_label(res.small_gpu or '')}), rest to {base.row.name}",
        model=base.row.model,
        monthly_usd=blended,
        detail=savings_words(res.savings_vs_all_api_pct)
        + (
            f"; assumes {share:.0%} of requests are simple enough for a small model: tell me your share"
            if share_assumed
            else ""
        ),
        source="DevTk 'The Hybrid Approach'; Cost Modeling Guide 'The Hybrid Strategy'",
    )
    traits = base.traits.model_copy(update={"kind": "hybrid", "hosting": "hybrid", "needs_team": True})
    if base.traits.hosting == "dedicated_cloud":
        traits = traits.model_copy(update={"hosting": "dedicated_cloud"})
    return Candidate(row=row, traits=traits, broken=check(traits, needs), hybrid=res), res


def owned_split_candidate(
    wl: Workload,
    share: float,
    owned: Candidate,
    owned_count: int,
    base: Candidate,
    catalog: Catalog,
    needs: Needs,
) -> tuple[Candidate, HybridResult] | None:
    """The GPUs you own carrying ``share`` of the traffic (the fleet ``owned``, priced for that share), the rest sent
    to ``base``, the best API that meets the constraints: for GPUs too few for the whole load."""
    if not 0 < share < 1 or owned.detail is None:
        return None
    fleet = owned.detail
    res = owned_split(
        wl,
        share,
        owned.cost,
        fleet.gpus,
        fleet.gpu,
        owned.traits.model,
        base.cost,
        base.row.model,
        base.row.name,
    )
    model_name = catalog.open_model(owned.traits.model).name
    gpu = gpu_label(fleet.gpu)
    mine = f"your {fleet.gpus} x {gpu}" if fleet.gpus == owned_count else f"{fleet.gpus} of your {owned_count} {gpu}"
    row = CostRow(
        kind="hybrid",
        name=f"Hybrid: {share:.0%} on {mine} ({model_name}), rest to {base.row.name}",
        model=base.row.model,
        monthly_usd=res.blended_monthly_usd,
        detail=f"{savings_words(res.savings_vs_all_api_pct)}; your GPUs carry as much as they serve at the peak",
        source=f"{owned.row.source}; {base.row.source}",
    )
    # both parts serve any request: the option is as good as its weaker part, and breaks what either breaks
    tier = min((owned.traits.tier, base.traits.tier), key=lambda t: TIER_RANK[t])
    hosting: Hosting = "dedicated_cloud" if base.traits.hosting == "dedicated_cloud" else "hybrid"
    traits = owned.traits.model_copy(
        update={
            "kind": "hybrid",
            "hosting": hosting,
            "tier": tier,
            "provider": base.traits.provider,
            "needs_team": True,
        }
    )
    broken = check(traits, needs)
    broken += [b for b in base.broken if b.constraint not in {x.constraint for x in broken}]
    return Candidate(row=row, traits=traits, broken=broken, hybrid=res), res
