"""Full comparison: every API model, managed open-weight hosts, dedicated cloud deployments,
batch APIs and self-host options on each GPU type, ranked by monthly cost, with breakevens."""

from __future__ import annotations

from functools import cache
from typing import Literal
from weakref import WeakKeyDictionary

from pydantic import BaseModel, ConfigDict, Field

from tools.api_cost import ApiCostResult, Workload, api_cost, quality_caveat
from tools.breakeven import Breakeven, SelfHostLine, Sweep, fleet_breakeven, sweep
from tools.catalog import Catalog, PriceMode, ResolvedPrice
from tools.catalog_models import ApiPrice, Cloud, Pricing
from tools.fleet import FleetPlan, fleet_tco, plan_fleet
from tools.fleet_policy import FleetPolicy, fleet_policy
from tools.genai_catalog import (
    DEDICATED_CLOUD_OF,
    GLOBAL_PREFIX,
    GLOBAL_PRICE_NOTES,
    REGIONAL_PREFIX,
    all_catalog_prices,
    dedicated_equivalents,
    find_catalog_price,
)
from tools.numbers import gpu_label
from tools.results import Result, money, unique_sources
from tools.sizing import Precision, SizingInput, size_deployment
from tools.sources import Source, article_source
from tools.tco import TcoInput, TcoResult, TrafficShape, presets
from tools.throughput import ThroughputInput, ThroughputResult, estimate_throughput, replica_tokens_per_month

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
    "mistral-medium-3.1",
    "llama-3.3-70b",
    "together/llama-3.3-70b",
    "groq/llama-3.3-70b",
    "gpt-5-mini",
    "claude-haiku-4.5",
    "gemini-2.5-flash-lite",
]
SELF_HOST_GPUS = ["l4", "a10g", "a100-40gb", "a100-80gb", "h100", "h200"]
MAX_GPUS_PER_REPLICA = 8
ALL_PRICINGS: tuple[Pricing, ...] = ("on_demand", "reserved", "spot")
DEFAULT_PRICINGS: tuple[Pricing, ...] = ("on_demand", "reserved")  # spot only when asked: it can vanish


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
    quality_tier: str | None = Field(default=None, description="frontier, strong or small, where known")
    caveat: str | None = Field(default=None, description="why a cheaper option may not be like-for-like")
    cloud: Cloud | None = Field(default=None, description="the cloud a dedicated deployment runs in, else None")


class SelfHostOption(BaseModel):
    """The open model served by a fleet of one GPU type, priced at the cheaper pricing."""

    gpu: str
    pricing: Pricing
    gpus_per_replica: int
    plan: FleetPlan
    tco: TcoResult
    line: SelfHostLine = Field(description="the same fleet's cost against volume (breakevens, charts)")
    replica: ThroughputResult


class ComparisonInput(BaseModel):
    """What to compare; every field has a default that the articles support."""

    model_config = ConfigDict(extra="forbid")

    workload: Workload
    models: list[str] = Field(default_factory=lambda: list(FEATURED_MODELS))
    all_catalog_models: bool = Field(default=False, description="rank every catalog model too")
    open_model: str = Field(default="llama-3.3-70b", description="model to self-host")
    precision: Precision = Field(default="int4", description="self-host weight precision")
    gpu_types: list[str] = Field(default_factory=lambda: list(SELF_HOST_GPUS))
    pricings: list[Pricing] = Field(
        default_factory=lambda: list(DEFAULT_PRICINGS), description="pricings to consider; the cheaper is kept"
    )
    hidden_costs: TcoInput = Field(default_factory=default_hidden_costs)
    traffic_shape: TrafficShape = "steady"
    peak_to_average: float = Field(default=1.5, ge=1, le=1000)
    business_hours_per_week: float | None = Field(
        default=None, gt=0, le=168, description="hours a week business-hours traffic runs, when said"
    )
    batch: bool = Field(default=False, description="work that can wait: size for an overnight window")
    target_utilization: float | None = Field(default=None, gt=0, le=1, description="planned utilisation at peak")
    gpus_per_replica: int | None = Field(default=None, ge=1, le=MAX_GPUS_PER_REPLICA)
    staff_hours_per_gpu_month: float | None = Field(default=None, ge=0)
    batch_window_hours_per_day: float | None = Field(
        default=None,
        gt=0,
        le=24,
        description="hours a batch job has each day (its deadline), when shorter than the policy's",
    )
    input_len: int | None = Field(default=None, ge=1, description="prompt tokens per request, for throughput")
    output_len: int | None = Field(default=None, ge=1, description="answer tokens per request, for throughput")
    prices: PriceMode = "auto"
    sweep_points: int = Field(default=200, ge=2, le=5000)
    in_region: bool = Field(
        default=False,
        description="dedicated deployments must keep processing in one region: priced from regional entries",
    )


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


def replica_for(
    model: str,
    precision: Precision,
    gpu: str,
    catalog: Catalog,
    gpus: int | None = None,
    input_len: int | None = None,
    output_len: int | None = None,
) -> tuple[ThroughputResult | None, int, str | None]:
    """One replica of the model on this GPU type: its throughput estimate and GPUs, or why it does not fit."""
    key = (model, precision, gpu, gpus, input_len, output_len)
    cache = _REPLICAS.setdefault(catalog, {})
    if key not in cache:
        cache[key] = _replica_for(model, precision, gpu, catalog, gpus, input_len, output_len)
    return cache[key]


_REPLICAS: WeakKeyDictionary[Catalog, dict[tuple[object, ...], tuple[ThroughputResult | None, int, str | None]]] = (
    WeakKeyDictionary()
)


def _replica_for(
    model: str,
    precision: Precision,
    gpu: str,
    catalog: Catalog,
    gpus: int | None,
    input_len: int | None,
    output_len: int | None,
) -> tuple[ThroughputResult | None, int, str | None]:
    sizing = size_deployment(
        SizingInput(model=model, precision=precision, gpu=gpu, context_tokens=2048, concurrency=8),
        catalog,
    )
    need = max(sizing.gpus_needed, gpus or 0)
    if need > MAX_GPUS_PER_REPLICA:
        return None, need, f"{gpu}: {model} at {precision} needs {sizing.gpus_needed} GPUs"
    replica = estimate_throughput(
        ThroughputInput(
            model=model, precision=precision, gpu=gpu, gpus=need, input_len=input_len, output_len=output_len
        ),
        catalog,
    )
    return replica, need, None


def stream_speed_at(replica: ThroughputResult, utilization: float, catalog: Catalog) -> float:
    """Tokens a second one user sees while decoding when the replica runs ``utilization`` busy: about that share
    of its full batch is in flight (Little's law), so each decode step reads less KV cache and is faster."""
    batch = max(1, round(replica.batch_size * min(1.0, max(utilization, 0.0))))
    if batch >= replica.batch_size:
        return replica.per_stream_tokens_per_s
    key = (replica.model, replica.precision, replica.gpu, replica.gpus, replica.input_len, replica.output_len, batch)
    cache = _STREAMS.setdefault(catalog, {})
    if key not in cache:
        cache[key] = estimate_throughput(
            ThroughputInput(
                model=replica.model,
                precision=replica.precision,
                gpu=replica.gpu,
                gpus=replica.gpus,
                input_len=replica.input_len,
                output_len=replica.output_len,
                batch_size=batch,
            ),
            catalog,
        ).per_stream_tokens_per_s
    return max(cache[key], replica.per_stream_tokens_per_s)


_STREAMS: WeakKeyDictionary[Catalog, dict[tuple[object, ...], float]] = WeakKeyDictionary()


def replica_tokens_per_s(replica: ThroughputResult, input_share: float) -> float:
    """Tokens a second one fully busy replica serves at this input/output mix (prefill and decode)."""
    return replica_tokens_per_month(replica, input_share, 1.0, 1.0)


def _policy(spec: ComparisonInput) -> FleetPolicy:
    return fleet_policy().with_overrides(
        staff_hours_per_gpu_month=spec.staff_hours_per_gpu_month,
        batch_window_hours_per_day=spec.batch_window_hours_per_day,
        business_hours_per_week=spec.business_hours_per_week,
    )


def plan_for(spec: ComparisonInput, replica: ThroughputResult, gpus: int, utilization: float | None) -> FleetPlan:
    """Size the fleet of this replica for the workload, its traffic and the planned utilisation."""
    return plan_fleet(
        spec.workload,
        replica_tokens_per_s(replica, spec.workload.input_share),
        gpus,
        traffic_shape=spec.traffic_shape,
        peak_to_average=spec.peak_to_average,
        batch=spec.batch,
        policy=_policy(spec),
        target_utilization=utilization,
    )


def _layout(spec: ComparisonInput, gpu: str, catalog: Catalog) -> tuple[ThroughputResult, int, FleetPlan] | str:
    """The replica of the open model on this GPU type whose fleet needs the fewest GPUs, and that fleet: the fewest
    GPUs that hold the weights, or two, four or eight of them when the room left for the KV cache is so small that a
    replica batches few requests (70B at int4 on one 48 GB card serves one at a time; on two, dozens). A layout the
    user set (``gpus_per_replica``) is kept. A string: why the model does not fit."""
    first, need, why = replica_for(
        spec.open_model, spec.precision, gpu, catalog, spec.gpus_per_replica, spec.input_len, spec.output_len
    )
    if first is None:
        return why or gpu
    best = (first, need, plan_for(spec, first, need, spec.target_utilization))
    if spec.gpus_per_replica is not None:
        return best
    tp = need * 2
    while tp <= MAX_GPUS_PER_REPLICA:
        replica, gpus, _ = replica_for(
            spec.open_model, spec.precision, gpu, catalog, tp, spec.input_len, spec.output_len
        )
        if replica is not None:
            plan = plan_for(spec, replica, gpus, spec.target_utilization)
            if plan.gpus < best[2].gpus:
                best = (replica, gpus, plan)
        tp *= 2
    return best


def self_host_options(spec: ComparisonInput, catalog: Catalog) -> tuple[list[SelfHostOption], list[str]]:
    """Size a fleet of the open model on each GPU type and price it at the cheaper pricing."""
    out: list[SelfHostOption] = []
    skipped: list[str] = []
    policy = _policy(spec)
    for gpu in spec.gpu_types:
        layout = _layout(spec, gpu, catalog)
        if isinstance(layout, str):
            skipped.append(layout)
            continue
        replica, gpus, plan = layout
        hidden = spec.hidden_costs.model_copy(
            update={
                "traffic_shape": spec.traffic_shape,
                "peak_to_average": spec.peak_to_average,
                "business_hours_per_week": spec.business_hours_per_week,
            }
        )
        cost = fleet_tco(plan, gpu, hidden, catalog, list(spec.pricings), policy)
        out.append(
            SelfHostOption(
                gpu=gpu,
                pricing=cost.pricing,
                gpus_per_replica=gpus,
                plan=plan,
                tco=cost.tco,
                line=cost.line.model_copy(
                    update={"name": f"self-host {catalog.open_model(spec.open_model).name} on {gpu_label(gpu)}"}
                ),
                replica=replica,
            )
        )
    return out, skipped


def self_host_name(model: str, h: SelfHostOption) -> str:
    """'Self-host Llama 3.3 70B on 4 x H100 (on-demand)': the model's own name, never the catalog slug."""
    return f"Self-host {model} on {h.plan.gpus} x {gpu_label(h.gpu)} ({h.pricing.replace('_', '-')})"


def dedicated_prices(
    slug: str, catalog: Catalog, display: str | None = None, in_region: bool = False
) -> list[ResolvedPrice]:
    """The same model in the user's cloud tenancy, on every cloud the catalog prices it on (e.g. AWS Bedrock and
    Google Vertex AI), each named as people call the model (``display``), not by the cloud's model id.

    ``in_region``: a residency rule keeps processing in one region, so a global profile's price (which may route
    anywhere) is replaced by the snapshot's regional entry for the same model; without one the global price is
    kept and the result says so."""
    out = []
    for label, ref in dedicated_equivalents(slug):
        found = find_catalog_price(ref, catalog.as_of)
        if found is None:
            continue
        notes: tuple[str, ...] = ()
        if in_region:
            cloud, model_ref = ref.split("/", 1)
            # the snapshot's regional entry for the same model (it matches the eu., us., jp. ... profile ids)
            regional = (
                all_catalog_prices(catalog.as_of).get(
                    f"{cloud}/{REGIONAL_PREFIX}{model_ref[len(GLOBAL_PREFIX) :]}".lower()
                )
                if model_ref.startswith(GLOBAL_PREFIX)
                else None
            )
            if regional is not None and regional.slug != found.slug:
                found = regional
            elif model_ref.startswith(GLOBAL_PREFIX) or cloud in ("azure", "google"):
                notes = (GLOBAL_PRICE_NOTES[cloud],) if cloud in GLOBAL_PRICE_NOTES else ()
        named = found.model_copy(update={"name": f"{display or found.name} on {label}"})
        out.append(ResolvedPrice(price=named, origin="catalog", notes=notes, cloud=DEDICATED_CLOUD_OF[label]))
    return out


def dedicated_price(
    slug: str, catalog: Catalog, display: str | None = None, in_region: bool = False, cloud: str | None = None
) -> ResolvedPrice | None:
    """One of ``dedicated_prices``: the deployment in ``cloud`` (aws, azure, gcp), else the first priced."""
    prices = dedicated_prices(slug, catalog, display, in_region)
    if cloud is not None:
        prices = [p for p in prices if p.cloud == cloud]
    return prices[0] if prices else None


def compare(spec: ComparisonInput, catalog: Catalog) -> ComparisonResult:
    """Rank every way to serve the workload by monthly cost."""
    wl = spec.workload
    options: list[Option] = []
    api_results: list[ApiCostResult] = []
    dedicated_sources: list[Source] = []
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
        for dedicated in dedicated_prices(res.model, catalog, res.name, spec.in_region):
            d = api_cost(wl, dedicated, catalog)
            options.append(
                Option(
                    kind="dedicated_deployment",
                    name=d.name,
                    model=res.model,
                    monthly_usd=d.monthly_usd,
                    detail="; ".join(["same model in your cloud tenancy and region", *dedicated.notes]),
                    source=d.source.label(),
                    cloud=dedicated.cloud,
                )
            )
            dedicated_sources += d.sources
    hosts, skipped = self_host_options(spec, catalog)
    for h in hosts:
        options.append(
            Option(
                kind="self_host",
                name=self_host_name(catalog.open_model(spec.open_model).name, h),
                model=spec.open_model,
                monthly_usd=h.tco.monthly_usd,
                detail=f"{h.plan.describe()}; {h.tco.multiplier:g}x raw GPU",
                source=(h.tco.sources[0].label() if h.tco.sources else "your inputs"),
            )
        )
    options.sort(key=lambda o: (o.monthly_usd, o.name))
    tiers = {r.model: r.quality_tier for r in api_results}
    for o in options:
        if o.kind != "self_host":
            o.quality_tier = tiers.get(o.model)
            o.caveat = quality_caveat(tiers.get(o.model), set(tiers.values()))

    best = min(hosts, key=lambda h: h.tco.monthly_usd) if hosts else None
    breakevens: list[Breakeven] = []
    lines: list[SelfHostLine] = []
    if best is not None:
        lines.append(best.line)
        for m in spec.models:
            breakevens.append(
                fleet_breakeven(catalog.api_price(m, spec.prices), best.line, catalog, wl.input_share, wl.conventions)
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
            f"self-hosted model {spec.open_model} at {spec.precision}; "
            # in business hours the fleet's own line gives the peak inside the window
            + ("" if spec.traffic_shape == "business_hours" else f"peak {spec.peak_to_average:g}x average, ")
            + "sized as a fleet with headroom and a spare replica; staff time grows with the fleet",
        ],
        sources=unique_sources(
            [s for r in api_results for s in r.sources]
            + dedicated_sources
            + [s for h in hosts for s in h.tco.sources]
            + [article_source("devtk-real-cost-breakdown-2026", "What Model Sizes Require What Hardware")]
        ),
    )


def _rank_catalog(wl: Workload) -> list[CatalogRow]:
    """Every catalog text model priced on the workload with plain arithmetic (rows built unvalidated:
    every field comes from validated catalog entries)."""
    inp, out = wl.input_tokens_per_month / 1e6, wl.output_tokens_per_month / 1e6
    priced = sorted(
        ((money(inp * p.input_usd_per_mtok + out * p.output_usd_per_mtok), slug, p) for slug, p in _catalog_items()),
        key=lambda t: (t[0], t[1]),
    )
    return [
        CatalogRow.model_construct(model=slug, provider=p.provider, kind=p.kind, monthly_usd=m) for m, slug, p in priced
    ]


@cache
def _catalog_items() -> tuple[tuple[str, ApiPrice], ...]:
    return tuple(all_catalog_prices().items())
