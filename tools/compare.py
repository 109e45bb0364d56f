"""Full comparison: every API model, managed open-weight hosts, dedicated cloud deployments,
batch APIs and self-host options on each GPU type, ranked by monthly cost, with breakevens."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tools.api_cost import ApiCostResult, Workload, api_cost
from tools.breakeven import Breakeven, SelfHostLine, Sweep, breakeven, sweep
from tools.catalog import Catalog, PriceMode, ResolvedPrice
from tools.catalog_models import Pricing
from tools.genai_catalog import DEDICATED_EQUIVALENTS, all_catalog_prices, find_catalog_price
from tools.results import Result, money, unique_sources
from tools.sizing import Precision, SizingInput, size_deployment
from tools.sources import article_source
from tools.tco import TcoInput, TcoResult, TrafficShape, compute_tco, presets
from tools.throughput import CapacityPlan, ThroughputInput, estimate_throughput, plan_capacity

OptionKind = Literal["api", "managed_open_weight", "dedicated_deployment", "self_host", "batch_api", "hybrid"]
FEATURED_MODELS = [
    "gpt-5",
    "claude-sonnet-4.5",
    "gemini-2.5-pro",
    "grok-3",
    "claude-opus-4.5",
    "gpt-4o",
    "claude-3.5-sonnet",
    "claude-opus",
    "deepseek-v3.2",
    "gemini-2.5-flash",
    "gpt-4.1-nano",
    "mistral-small-3.1",
    "llama-3.3-70b",
    "together/llama-3.3-70b",
    "groq/llama-3.3-70b",
]
SELF_HOST_GPUS = ["l4", "a10g", "a100-40gb", "a100-80gb", "h100", "h200"]
MAX_GPUS_PER_REPLICA = 8
ALL_PRICINGS: tuple[Pricing, ...] = ("on_demand", "reserved", "spot")


def default_hidden_costs() -> TcoInput:
    """Hidden costs around the GPUs, from the DevTk 'true monthly cost' example."""
    return presets()["devtk-a100-true-cost"].tco.model_copy(update={"throughput_tokens_per_s": None})


class Option(BaseModel):
    """One way to serve the workload, with its monthly cost."""

    kind: OptionKind
    name: str
    model: str
    monthly_usd: float
    detail: str
    source: str


class SelfHostOption(BaseModel):
    gpu: str
    pricing: Pricing
    gpus_per_replica: int
    plan: CapacityPlan
    tco: TcoResult


class ComparisonInput(BaseModel):
    """What to compare; every field has a default that the articles support."""

    model_config = ConfigDict(extra="forbid")

    workload: Workload
    models: list[str] = Field(default_factory=lambda: list(FEATURED_MODELS))
    all_catalog_models: bool = Field(default=False, description="rank every catalog model too")
    open_model: str = Field(default="llama-3.3-70b", description="model to self-host")
    precision: Precision = Field(default="int4", description="self-host weight precision")
    gpu_types: list[str] = Field(default_factory=lambda: list(SELF_HOST_GPUS))
    pricings: list[Pricing] = Field(default_factory=lambda: list(ALL_PRICINGS))
    hidden_costs: TcoInput = Field(default_factory=default_hidden_costs)
    traffic_shape: TrafficShape = "steady"
    peak_to_average: float = Field(default=1.5, ge=1, le=1000)
    prices: PriceMode = "auto"
    sweep_points: int = Field(default=200, ge=2, le=5000)


class CatalogRow(BaseModel):
    model: str
    provider: str
    kind: str
    monthly_usd: float


class ComparisonResult(Result):
    options: list[Option]
    api: list[ApiCostResult]
    self_host: list[SelfHostOption]
    breakevens: list[Breakeven]
    sweep: Sweep
    catalog_ranked: list[CatalogRow] = Field(default_factory=list)
    skipped: list[str] = Field(default_factory=list)


def _api_kind(result: ApiCostResult) -> OptionKind:
    return {
        "proprietary": "api",
        "open_weight_host": "managed_open_weight",
        "dedicated_deployment": "dedicated_deployment",
    }[result.kind]  # type: ignore[return-value]


def self_host_options(spec: ComparisonInput, catalog: Catalog) -> tuple[list[SelfHostOption], list[str]]:
    """Size, plan and price the open model on each GPU type and pricing."""
    out: list[SelfHostOption] = []
    skipped: list[str] = []
    for gpu in spec.gpu_types:
        sizing = size_deployment(
            SizingInput(
                model=spec.open_model,
                precision=spec.precision,
                gpu=gpu,
                context_tokens=2048,
                concurrency=8,
            ),
            catalog,
        )
        if sizing.gpus_needed > MAX_GPUS_PER_REPLICA:
            skipped.append(f"{gpu}: {spec.open_model} at {spec.precision} needs {sizing.gpus_needed} GPUs")
            continue
        replica = estimate_throughput(
            ThroughputInput(model=spec.open_model, precision=spec.precision, gpu=gpu, gpus=sizing.gpus_needed),
            catalog,
        )
        plan = plan_capacity(spec.workload, replica, peak_to_average=spec.peak_to_average)
        for pricing in spec.pricings:
            tco_in = spec.hidden_costs.model_copy(
                update={
                    "gpu": gpu,
                    "gpus": plan.gpus,
                    "pricing": pricing,
                    "gpu_hourly_usd": None,
                    "gpu_monthly_usd": None,
                    "traffic_shape": spec.traffic_shape,
                    "peak_to_average": spec.peak_to_average,
                    "capacity_tokens_per_month": plan.capacity_tokens_per_month,
                }
            )
            out.append(
                SelfHostOption(
                    gpu=gpu,
                    pricing=pricing,
                    gpus_per_replica=sizing.gpus_needed,
                    plan=plan,
                    tco=compute_tco(tco_in, catalog),
                )
            )
    return out, skipped


def _dedicated(slug: str, catalog: Catalog) -> ResolvedPrice | None:
    if slug not in DEDICATED_EQUIVALENTS:
        return None
    label, ref = DEDICATED_EQUIVALENTS[slug]
    found = find_catalog_price(ref, catalog.as_of)
    if found is None:
        return None
    named = found.model_copy(update={"name": f"{found.name} on {label}"})
    return ResolvedPrice(price=named, origin="catalog")


def compare(spec: ComparisonInput, catalog: Catalog) -> ComparisonResult:
    """Rank every way to serve the workload by monthly cost."""
    wl = spec.workload
    options: list[Option] = []
    api_results: list[ApiCostResult] = []
    for m in spec.models:
        price = catalog.api_price(m, spec.prices)
        res = api_cost(wl, price, catalog)
        api_results.append(res)
        options.append(
            Option(
                kind=_api_kind(res),
                name=res.name,
                model=res.model,
                monthly_usd=res.monthly_usd,
                detail=f"${res.blended_usd_per_mtok:.4g}/Mtok blended",
                source=res.source.label(),
            )
        )
        if res.batch_discount:
            batch = api_cost(wl.model_copy(update={"batch_share": 1.0}), price, catalog)
            options.append(
                Option(
                    kind="batch_api",
                    name=f"{res.name} (batch API)",
                    model=res.model,
                    monthly_usd=batch.monthly_usd,
                    detail=f"{res.batch_discount:.0%} off; answers within hours, not seconds",
                    source=batch.sources[-1].label(),
                )
            )
        dedicated = _dedicated(res.model, catalog)
        if dedicated is not None:
            d = api_cost(wl, dedicated, catalog)
            options.append(
                Option(
                    kind="dedicated_deployment",
                    name=d.name,
                    model=res.model,
                    monthly_usd=d.monthly_usd,
                    detail="same model in your cloud tenancy and region",
                    source=d.source.label(),
                )
            )
    hosts, skipped = self_host_options(spec, catalog)
    for h in hosts:
        options.append(
            Option(
                kind="self_host",
                name=f"Self-host {spec.open_model} on {h.plan.gpus} x {h.gpu} ({h.pricing})",
                model=spec.open_model,
                monthly_usd=h.tco.monthly_usd,
                detail=f"{h.plan.replicas} replica(s), {h.tco.multiplier:g}x raw GPU",
                source=(h.tco.sources[0].label() if h.tco.sources else "your inputs"),
            )
        )
    options.sort(key=lambda o: (o.monthly_usd, o.name))

    on_demand = [h for h in hosts if h.pricing == "on_demand"]
    best = min(on_demand or hosts, key=lambda h: h.tco.monthly_usd) if hosts else None
    breakevens: list[Breakeven] = []
    lines: list[SelfHostLine] = []
    if best is not None:
        per_replica_gpu = best.tco.raw_gpu_monthly_usd / best.plan.replicas
        fixed = best.tco.monthly_usd - best.tco.raw_gpu_monthly_usd * (1 + spec.hidden_costs.failover_share)
        unit = per_replica_gpu * (1 + spec.hidden_costs.failover_share)
        per_replica_capacity = best.plan.capacity_tokens_per_month / best.plan.replicas
        lines.append(
            SelfHostLine(
                name=f"self-host {spec.open_model} on {best.gpu}",
                fixed_monthly_usd=fixed,
                unit_monthly_usd=unit,
                unit_capacity_tokens_per_month=per_replica_capacity,
            )
        )
        for m in spec.models:
            breakevens.append(
                breakeven(
                    catalog.api_price(m, spec.prices),
                    fixed + unit,
                    catalog,
                    wl.input_share,
                    per_replica_capacity,
                    wl.conventions,
                )
            )
    total = max(wl.total_tokens_per_month, 1e6)
    curve = sweep(
        spec.models,
        lines,
        catalog,
        low=max(1e5, total / 1000),
        high=total * 100,
        points=spec.sweep_points,
        input_share=wl.input_share,
        mode=spec.prices,
    )
    ranked = _rank_catalog(wl) if spec.all_catalog_models else []
    return ComparisonResult(
        options=options,
        api=api_results,
        self_host=hosts,
        breakevens=breakevens,
        sweep=curve,
        catalog_ranked=ranked,
        skipped=skipped,
        assumptions=[
            wl.conventions.statement(),
            f"workload: {wl.describe()}",
            f"self-hosted model {spec.open_model} at {spec.precision}; peak {spec.peak_to_average:g}x "
            "average; hidden costs from the DevTk 'true monthly cost' example unless changed",
        ],
        sources=unique_sources(
            [s for r in api_results for s in r.sources]
            + [s for h in hosts for s in h.tco.sources]
            + [article_source("devtk-real-cost-breakdown-2026", "What Model Sizes Require What Hardware")]
        ),
    )


def _rank_catalog(wl: Workload) -> list[CatalogRow]:
    """Every catalog text model priced on the workload with plain arithmetic (no per-model objects)."""
    rows = []
    inp, out = wl.input_tokens_per_month / 1e6, wl.output_tokens_per_month / 1e6
    for slug, p in all_catalog_prices().items():
        rows.append(
            CatalogRow(
                model=slug,
                provider=p.provider,
                kind=p.kind,
                monthly_usd=money(inp * p.input_usd_per_mtok + out * p.output_usd_per_mtok),
            )
        )
    rows.sort(key=lambda r: (r.monthly_usd, r.model))
    return rows
