"""From a profile to a recommendation: hard constraints first, then cost, with every figure behind it.

Deterministic and LangChain-free; every figure comes from the cost engine in ``tools/``. Each way to
serve the workload (APIs, managed open-weight hosts, dedicated cloud deployments, batch APIs, a
self-hosted fleet on rented, owned or bought GPUs, hybrid routing) is priced, then checked against
the hard constraints (``constraints.py``). An option breaking one is never recommended: it is listed
as excluded with the reason. Among the rest the cheapest wins, except that self-hosting must beat
the best alternative by the margin in ``data/rules.toml`` and hybrid routing must clear its volume
and saving thresholds; cheaper options passed over are listed as set aside, with the reason. When
nothing meets every constraint, the answer says so and names the constraint to relax.
"""

from __future__ import annotations

import math
from itertools import combinations
from typing import Literal
from weakref import WeakKeyDictionary

from pydantic import BaseModel, ConfigDict, Field

from assistant.decision.constraints import (
    CONSTRAINT_WORDS,
    NEED_SHORT,
    NEED_VERBS,
    TIER_RANK,
    Broken,
    Hosting,
    Needs,
    Traits,
    check,
    hours_words,
    needs_from,
)
from assistant.decision.frameworks import FrameworkVerdict, agreement, apply_all
from assistant.decision.latency import LatencyEstimate, api_latency, max_utilization, self_host_latency
from assistant.decision.rules import ConstraintKind, Tier, model_data, rules
from assistant.interview.facts import WorkloadProfile
from assistant.vocab import OPTION_LABELS, REGIME_LABELS, OptionKind
from tools.api_cost import Workload
from tools.breakeven import Breakeven, Crossing, SelfHostLine, fleet_breakeven
from tools.catalog import Catalog, PriceMode, ResolvedPrice, UnknownNameError, compact
from tools.compare import (
    FEATURED_MODELS,
    SELF_HOST_GPUS,
    ComparisonInput,
    ComparisonResult,
    Option,
    SelfHostOption,
    dedicated_price,
    replica_for,
    self_host_name,
    self_host_options,
)
from tools.compare import compare as run_compare
from tools.fleet_policy import fleet_policy
from tools.genai_catalog import DEDICATED_EQUIVALENTS
from tools.hybrid import HybridResult, hybrid_fleet
from tools.owned import OwnedGpuInput, owned_gpu_cost, purchase_gpus
from tools.results import DAYS_PER_MONTH, HOURS_PER_MONTH, Conventions, money
from tools.sizing import Precision
from tools.sources import article_source
from tools.tco import LineItem, TcoInput, presets

Status = Literal["recommended", "eligible", "set_aside"]
PrecisionName = Precision
HardwareKind = Literal["rented", "owned", "bought"]


class AnalysisOptions(BaseModel):
    """Knobs the user can change (settings panel, what-ifs); every one has a sourced default."""

    model_config = ConfigDict(extra="forbid")

    prices: PriceMode = "auto"
    gpu: str | None = Field(default=None, description="restrict self-hosting to this GPU type")
    gpu_hourly_usd: float | None = Field(default=None, gt=0)
    pricing: Literal["on_demand", "reserved", "spot"] | None = None
    hours_per_month: float = Field(default=HOURS_PER_MONTH, gt=0, le=744)
    days_per_month: float = Field(default=DAYS_PER_MONTH, gt=0, le=31)
    engineering_rate_usd: float = Field(default=100, ge=0)
    hidden_multiplier: float | None = Field(default=None, ge=1, le=10)
    hybrid_share: float = Field(
        default_factory=lambda: rules().thresholds.default_hybrid_share.value,
        ge=0,
        le=1,
        description="share routed to the small model (the profile's simple share wins when known)",
    )
    open_model: str = "llama-3.3-70b"
    precision: Literal["fp16", "fp8", "int8", "int4"] = "int4"
    staff_hours_per_gpu_month: float | None = Field(default=None, ge=0, description="operations time per GPU")
    opportunity_usd_per_gpu_hour: float = Field(default=0, ge=0, description="what owned GPUs would earn otherwise")

    @property
    def conventions(self) -> Conventions:
        """How a month is counted for this analysis (from the settings, unless a what-if changed it)."""
        return Conventions(days_per_month=self.days_per_month, hours_per_month=self.hours_per_month)


class CostRow(BaseModel):
    kind: str
    name: str
    model: str
    monthly_usd: float
    detail: str
    source: str
    status: Status = "eligible"


class Excluded(BaseModel):
    """An option that breaks a hard constraint: never recommended."""

    name: str
    kind: str
    monthly_usd: float
    constraint: ConstraintKind
    reason: str
    also: list[ConstraintKind] = Field(default_factory=list, description="other constraints it breaks")


class SetAside(BaseModel):
    """A cheaper option that meets every constraint but that a rule passed over."""

    name: str
    kind: str
    monthly_usd: float
    reason: str


class Relaxation(BaseModel):
    """When nothing meets every constraint: what to relax, and what that would allow."""

    constraints: list[ConstraintKind]
    text: str
    option_name: str
    monthly_usd: float


class FlipPoint(BaseModel):
    kind: Literal["volume", "price", "staffing", "compliance", "batch", "quality", "constraint"]
    text: str


class SelfHostDetail(BaseModel):
    """The self-host option shown in the hidden-cost breakdown (the chosen one, else the cheapest)."""

    available: bool = False
    name: str = ""
    model: str = ""
    precision: str = ""
    gpu: str = ""
    hardware: HardwareKind = "rented"
    gpus: int = 0
    replicas: int = 0
    spare_replicas: int = 0
    schedule: str = ""
    pricing: str = ""
    monthly_usd: float = 0.0
    raw_gpu_monthly_usd: float = 0.0
    multiplier: float = 0.0
    idle_gpu_monthly_usd: float = 0.0
    capacity_tokens_per_month: float = 0.0
    line_items: list[LineItem] = Field(default_factory=list)
    hidden_cost_basis: str = ""
    source: str = ""


class BreakevenRow(BaseModel):
    model: str
    breakeven_tokens_per_month: float | None
    breakeven_tokens_per_day: float | None
    reachable: bool | None = Field(description="self-hosting gets cheaper at some volume")
    self_host_monthly_usd: float
    times_your_volume: float | None


class ChartSeries(BaseModel):
    name: str
    kind: str
    label: str = Field(default="", description="the name people call it by ('DeepSeek V3.2'), for legends")
    monthly_usd: list[float]
    recommended: bool = False


class ChartData(BaseModel):
    tokens_per_month: list[float] = Field(default_factory=list)
    series: list[ChartSeries] = Field(default_factory=list)
    crossings: list[Crossing] = Field(default_factory=list)


class Analysis(BaseModel):
    option: OptionKind
    headline: str
    chosen: CostRow
    reasons: list[str]
    feasible: bool = Field(default=True, description="the recommendation meets every hard constraint")
    relax: list[Relaxation] = Field(default_factory=list)
    excluded: list[Excluded] = Field(default_factory=list)
    set_aside: list[SetAside] = Field(default_factory=list)
    constraints: list[str] = Field(default_factory=list, description="the hard constraints applied, in words")
    tokens_per_month: float
    tokens_per_day: float
    input_share: float
    table: list[CostRow]
    self_host: SelfHostDetail
    breakevens: list[BreakevenRow]
    hybrid: HybridResult | None
    flip_points: list[FlipPoint]
    frameworks: list[FrameworkVerdict]
    agreement: str
    assumptions: list[str]
    price_sources: list[str]
    chart: ChartData = Field(description="cost against volume, for the UI")


class Candidate(BaseModel):
    """One priced way to serve the workload, with what it is and what it breaks."""

    row: CostRow
    traits: Traits
    broken: list[Broken] = Field(default_factory=list)
    host: SelfHostOption | None = None
    detail: SelfHostDetail | None = None
    line: SelfHostLine | None = None
    paid_for: bool = Field(default=False, description="runs on GPUs already paid for")

    @property
    def cost(self) -> float:
        return self.row.monthly_usd

    @property
    def broken_kinds(self) -> set[str]:
        return {b.constraint for b in self.broken}

    @property
    def latency_over(self) -> float:
        """p99 latency against the target (1: meets it)."""
        return max((b.over for b in self.broken if b.constraint == "latency"), default=1.0)


# ---------------------------------------------------------------- inputs


def _models_for(profile: WorkloadProfile, catalog: Catalog, prices: PriceMode) -> tuple[list[str], list[str]]:
    """The featured models plus the ones the user named that the catalog can price (and the ones it cannot)."""
    extra = [*(profile.get("candidate_models") or []), profile.get("current_model")]
    models = list(FEATURED_MODELS)
    unknown: list[str] = []
    for name in [str(m) for m in extra if m]:
        try:
            slug = catalog.api_price(name, prices).price.slug
        except (LookupError, ValueError):
            unknown.append(name)
            continue
        if slug not in models and name not in models:
            models.append(name)
    return models, unknown


_OPEN_IDS: WeakKeyDictionary[Catalog, dict[str, str]] = WeakKeyDictionary()


def open_model_id(name: str, catalog: Catalog) -> str | None:
    """The open-weight model behind a name ('together/llama-3.3-70b' -> 'llama-3.3-70b'), if it is one."""
    index = _OPEN_IDS.get(catalog)
    if index is None:
        index = {}
        for m in catalog.open_models.values():
            for alias in (m.slug, m.name, *m.aliases):
                index.setdefault(compact(alias), m.slug)
        _OPEN_IDS[catalog] = index
    return index.get(compact(name.split("/")[-1]))


def _validated_model(profile: WorkloadProfile, catalog: Catalog) -> str | None:
    """The open-weight model the user runs or has validated today, if they named one."""
    fact = profile.facts.get("current_model")
    if fact is None or not fact.said or not fact.value:
        return None
    return open_model_id(str(fact.value), catalog)


def _named_open_models(profile: WorkloadProfile, catalog: Catalog) -> list[str]:
    """Open-weight models the user named (today's model first, then the ones they consider)."""
    names = [profile.facts["current_model"].value] if profile.facts.get("current_model") else []
    names += list(profile.get("candidate_models") or [])
    out: list[str] = []
    for n in names:
        slug = open_model_id(str(n), catalog) if n else None
        if slug and slug not in out:
            out.append(slug)
    return out


def _hidden_costs(profile: WorkloadProfile, opts: AnalysisOptions) -> tuple[TcoInput, str]:
    """Which hidden-cost structure fits this team, with its source."""
    if opts.hidden_multiplier is not None:
        return TcoInput(multiplier=opts.hidden_multiplier), f"raw GPU x {opts.hidden_multiplier:g} (your setting)"
    infra = rules().thresholds.existing_infra_multiplier
    if profile.team.get("gpu_infra") or profile.team.get("kubernetes"):
        return TcoInput(multiplier=infra.value), (
            f"existing GPU/Kubernetes infrastructure: raw GPU x {infra.value:g} ({infra.source.label()})"
        )
    if profile.regimes():
        prod = presets()["production-70b-2xh100"].tco
        spec = prod.model_copy(
            update={
                "gpu_monthly_usd": None,
                "hours_per_month": opts.hours_per_month,
                "pricing": "on_demand",
                "engineering_rate_usd": opts.engineering_rate_usd,
            }
        )
        return spec, (
            "regulated production stack: the 11-line 70B bill (audit, guardrails, evaluation), "
            "with staff time growing with the fleet"
        )
    spec = presets()["devtk-a100-true-cost"].tco.model_copy(
        update={
            "throughput_tokens_per_s": None,
            "engineering_rate_usd": opts.engineering_rate_usd,
            "hours_per_month": opts.hours_per_month,
        }
    )
    return spec, (
        f"DevTk 'true monthly cost': 15 h/month of DevOps at ${opts.engineering_rate_usd:g}/h + $300 overhead, "
        "plus staff time per GPU as the fleet grows"
    )


# ---------------------------------------------------------------- candidates


def _provider_of(option: Option, result: ComparisonResult) -> str | None:
    if option.kind == "dedicated_deployment":
        label = DEDICATED_EQUIVALENTS.get(option.model, ("", ""))[0]
        return "azure" if "Azure" in label else "aws" if "AWS" in label else None
    return next((r.provider for r in result.api if r.model == option.model), None)


def _api_candidates(result: ComparisonResult, needs: Needs, opts: AnalysisOptions, catalog: Catalog) -> list[Candidate]:
    data = model_data()
    out: list[Candidate] = []
    hours = opts.hours_per_month
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
            provider=_provider_of(o, result),
            tier=tier,
            fine_tunable=tunable,
            latency=latency,
            realtime=o.kind != "batch_api",
            completion_hours=rules().batch_api.completion_window_hours.value if o.kind == "batch_api" else None,
            custom_weights=bool(facts and facts.fine_tuning == "lora_host" and o.kind != "dedicated_deployment"),
        )
        out.append(Candidate(row=row, traits=traits, broken=check(traits, needs)))
    return out


def _host_latency(h: SelfHostOption, needs: Needs) -> LatencyEstimate:
    r = h.replica
    return self_host_latency(
        r.prefill_tokens_per_s,
        r.decode_tokens_per_s,
        r.per_stream_tokens_per_s,
        needs.input_tokens,
        needs.output_tokens,
        h.plan.target_utilization,
    )


class _Fit(BaseModel):
    """How to serve one GPU type: which open model at which precision, and the sizing the latency target asks."""

    model: str
    precision: PrecisionName
    gpus_per_replica: int | None = None
    utilization: float | None = None
    note: str = ""
    meets_latency: bool = True


def _open_tier(model: str, catalog: Catalog) -> Tier:
    return "strong" if catalog.open_model(model).params_b >= 60 else "small"


def _fit_one(
    spec: ComparisonInput, model: str, precision: PrecisionName, gpu: str, needs: Needs, catalog: Catalog
) -> tuple[int, float] | None:
    """GPUs per replica and planned utilisation that meet the latency target, trying more GPUs a replica."""
    assert needs.latency_ms is not None
    ceiling = fleet_policy().target_utilization
    tp: int | None = None
    while True:
        replica, gpus, _why = replica_for(model, precision, gpu, catalog, tp, spec.input_len, spec.output_len)
        if replica is None:
            return None
        u = max_utilization(
            needs.latency_ms,
            needs.latency_kind,
            replica.prefill_tokens_per_s,
            replica.decode_tokens_per_s,
            replica.per_stream_tokens_per_s,
            needs.input_tokens,
            needs.output_tokens,
            ceiling,
        )
        if u is not None:
            return gpus, u
        if gpus * 2 > 8:
            return None
        tp = gpus * 2


def _latency_fits(spec: ComparisonInput, gpu: str, needs: Needs, catalog: Catalog, tuned: str | None) -> list[_Fit]:
    """The ways to serve on this GPU: the planned model first; when it misses the latency target, the
    levers of ``rules.toml`` in order (fewer busy hours and more GPUs a replica, a lighter precision, a
    smaller model). The first plan meets the target if any lever meeting the quality bar does; a smaller
    model below the bar that would meet it comes second, so the answer can say what relaxing quality buys."""
    base = _Fit(model=spec.open_model, precision=spec.precision)
    if needs.latency_ms is None or not needs.realtime:
        return [base]
    levers = rules().latency_levers
    ceiling = fleet_policy().target_utilization
    planned: PrecisionName = spec.precision
    tries: list[tuple[str, PrecisionName, str]] = [(spec.open_model, planned, "")]
    for p in levers.precisions.order:
        if p != spec.precision:
            tries.append((spec.open_model, p, f"served at {p}"))
    if tuned is None:  # a fine-tune runs on its own base model only
        for m in levers.smaller_models.order:
            if m != spec.open_model and m in catalog.open_models:
                tries.append((m, planned, f"a smaller model, {m}"))
    meets: _Fit | None = None
    below: _Fit | None = None
    for model, precision, lever in tries:
        ok = TIER_RANK[_open_tier(model, catalog)] >= TIER_RANK[needs.quality]
        if (meets if ok else below) is not None:
            continue
        got = _fit_one(spec, model, precision, gpu, needs, catalog)
        if got is None:
            continue
        gpus, u = got
        parts = [lever] if lever else []
        if gpus > 1 or u < ceiling:
            parts.append(f"{gpus} GPU(s) a replica, at most {u:.0%} busy")
        note = f"; sized for the latency target: {', '.join(parts)}" if parts else ""
        fit = _Fit(model=model, precision=precision, gpus_per_replica=gpus, utilization=u, note=note)
        if ok:
            meets = fit
            if not lever and gpus == 1 and u >= ceiling:
                break  # the planned model meets the target as it is: no lever needed
        else:
            below = fit
    first = meets or base.model_copy(update={"meets_latency": False})
    return [first, *([below] if below else [])]


def _detail(name: str, h: SelfHostOption, opts: AnalysisOptions, note: str, kind: HardwareKind) -> SelfHostDetail:
    return SelfHostDetail(
        available=True,
        name=name,
        model=opts.open_model,
        precision=opts.precision,
        gpu=h.gpu,
        hardware=kind,
        gpus=h.plan.gpus,
        replicas=h.plan.replicas,
        spare_replicas=h.plan.spare_replicas,
        schedule=h.plan.describe(),
        pricing=h.pricing,
        monthly_usd=h.tco.monthly_usd,
        raw_gpu_monthly_usd=h.tco.raw_gpu_monthly_usd,
        multiplier=h.tco.multiplier,
        idle_gpu_monthly_usd=h.tco.idle_gpu_monthly_usd,
        capacity_tokens_per_month=h.plan.capacity_tokens_per_month,
        line_items=list(h.tco.line_items),
        hidden_cost_basis=note,
        source=article_source("devtk-real-cost-breakdown-2026", "What Model Sizes Require What Hardware").label(),
    )


def _rented(gpu: str, catalog: Catalog) -> bool:
    try:
        catalog.gpu_offer(gpu)
    except LookupError:
        return False
    return True


def _host_candidates(
    spec: ComparisonInput,
    profile: WorkloadProfile,
    needs: Needs,
    catalog: Catalog,
    opts: AnalysisOptions,
    hidden_note: str,
) -> tuple[list[Candidate], list[str]]:
    """Self-hosted fleets: rented on each GPU type, on the GPUs you own, and on GPUs you would buy."""
    out: list[Candidate] = []
    skipped: list[str] = []
    owned = profile.get("owned_gpus")
    gpu_types = list(spec.gpu_types)
    buy_types = [g for g in gpu_types if g in purchase_gpus()]
    owned_gpu: str | None = None
    if owned:
        try:
            owned_gpu = catalog.gpu_spec(owned["gpu"]).slug
        except (UnknownNameError, LookupError, KeyError):
            skipped.append(f"owned GPUs {owned.get('gpu')!r}: not in the catalog")
    extra = [g for g in [owned_gpu] if g and g not in gpu_types]
    for gpu in [*gpu_types, *extra]:
        # a GPU no cloud rents (a workstation card you own) is sized at a rental price of zero, never shown rented
        hidden = (
            spec.hidden_costs if _rented(gpu, catalog) else spec.hidden_costs.model_copy(update={"gpu_hourly_usd": 0.0})
        )
        for fit in _latency_fits(spec, gpu, needs, catalog, needs.tuned_model):
            fopts = opts.model_copy(update={"open_model": fit.model, "precision": fit.precision})
            one = spec.model_copy(
                update={
                    "hidden_costs": hidden,
                    "gpu_types": [gpu],
                    "open_model": fit.model,
                    "precision": fit.precision,
                    "gpus_per_replica": fit.gpus_per_replica,
                    "target_utilization": fit.utilization,
                }
            )
            try:
                hosts, why = self_host_options(one, catalog)
            except (UnknownNameError, LookupError) as exc:
                skipped.append(f"{gpu}: {exc}")
                continue
            skipped += why
            if not hosts:
                continue
            h = hosts[0]
            lat = _host_latency(h, needs)
            tier = _open_tier(fit.model, catalog)
            ctx = _HardwareContext(
                needs=needs, opts=fopts, tier=tier, lat=lat, note=fit.note, hidden_note=hidden_note, catalog=catalog
            )
            if gpu in gpu_types:
                name = self_host_name(catalog.open_model(fit.model).name, h)
                traits = Traits(
                    kind="self_host",
                    hosting="cloud_self_host",
                    model=catalog.open_model(fit.model).slug,
                    tier=tier,
                    fine_tunable=True,
                    custom_weights=True,
                    latency=lat,
                    latency_note=fit.note,
                    needs_team=True,
                )
                row = CostRow(
                    kind="self_host",
                    name=name,
                    model=fit.model,
                    monthly_usd=h.tco.monthly_usd,
                    detail=f"{h.plan.describe()}; {h.tco.multiplier:g}x raw GPU",
                    source=h.tco.sources[0].label() if h.tco.sources else "your inputs",
                )
                out.append(
                    Candidate(
                        row=row,
                        traits=traits,
                        broken=check(traits, needs),
                        host=h,
                        detail=_detail(name, h, fopts, hidden_note, "rented"),
                        line=h.line,
                    )
                )
            if gpu == owned_gpu and owned:
                count = int(owned["count"])
                if h.plan.gpus > count and gpu not in purchase_gpus():
                    skipped.append(
                        f"your {count} {catalog.gpu_spec(gpu).name}: {catalog.open_model(fit.model).name} needs "
                        f"{h.plan.gpus} of them for this load, and no purchase price is known for the rest"
                    )
                else:
                    out.append(_on_hardware(h, "owned", count, bool(owned.get("paid_for", True)), ctx))
            if gpu in buy_types:
                out.append(_on_hardware(h, "bought", 0, False, ctx))
    # keep the two cheapest bought options: buying is one decision, not one per GPU type
    bought = sorted((c for c in out if c.traits.hosting == "bought"), key=lambda c: c.cost)
    out = [c for c in out if c.traits.hosting != "bought"] + bought[:2]
    return out, skipped


class _HardwareContext(BaseModel):
    """What pricing a fleet on owned or bought hardware needs besides the fleet itself."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    needs: Needs
    opts: AnalysisOptions
    tier: Tier
    lat: LatencyEstimate
    note: str
    hidden_note: str
    catalog: Catalog


def _on_hardware(
    h: SelfHostOption,
    kind: Literal["owned", "bought"],
    owned_count: int,
    paid_for: bool,
    ctx: _HardwareContext,
) -> Candidate:
    """The same fleet on GPUs you own (marginal cost) or buy (capex over its life), not rented."""
    needs, opts, tier, lat, note, hidden_note, catalog = (
        ctx.needs,
        ctx.opts,
        ctx.tier,
        ctx.lat,
        ctx.note,
        ctx.hidden_note,
        ctx.catalog,
    )
    plan = h.plan
    multiplier_view = any("multiplier" in i.name for i in h.tco.line_items)
    around = [i for i in h.tco.line_items if not i.name.startswith("GPU rental") and "multiplier" not in i.name]
    load = plan.gpu_hours_per_month / (plan.gpus * plan.hours_per_month)
    pol = fleet_policy().with_overrides(staff_hours_per_gpu_month=opts.staff_hours_per_gpu_month)
    ops = pol.staff_hours_per_gpu_month if multiplier_view else 0.0
    # GPUs you own are already run by someone: only the bought ones bring the base operations time
    base_ops = pol.staff_base_hours_per_month if multiplier_view and kind == "bought" else 0.0
    if kind == "owned":
        around = [i for i in around if not i.name.startswith("Engineering time (hours)")]
        ops = pol.staff_hours_per_gpu_month
    items: list[LineItem] = []
    assumptions: list[str] = []
    used_owned = min(plan.gpus, owned_count) if kind == "owned" else 0
    to_buy = plan.gpus - used_owned
    if used_owned:
        r = owned_gpu_cost(
            OwnedGpuInput(
                gpu=h.gpu,
                units=owned_count,
                used_units=used_owned,
                paid_for=paid_for,
                load_share=load,
                hours_per_month=plan.hours_per_month,
                ops_hours_per_gpu_month=ops,
                ops_base_hours_per_month=base_ops,
                engineering_rate_usd=opts.engineering_rate_usd,
                opportunity_usd_per_gpu_hour=opts.opportunity_usd_per_gpu_hour,
            ),
            catalog,
        )
        items += [i.model_copy(update={"name": f"Owned GPUs: {i.name.lower()}"}) for i in r.line_items]
        assumptions += r.assumptions
        base_ops = 0.0
    if to_buy:
        r = owned_gpu_cost(
            OwnedGpuInput(
                gpu=h.gpu,
                units=to_buy,
                load_share=load,
                hours_per_month=plan.hours_per_month,
                ops_hours_per_gpu_month=ops,
                ops_base_hours_per_month=base_ops,
                engineering_rate_usd=opts.engineering_rate_usd,
            ),
            catalog,
        )
        items += [i.model_copy(update={"name": f"Bought GPUs: {i.name.lower()}"}) for i in r.line_items]
        assumptions += r.assumptions
    items += around
    total = money(sum(i.monthly_usd for i in items))
    gpu_name = catalog.gpu_spec(h.gpu).name
    if kind == "owned":
        where = f"{used_owned} of your {owned_count} {gpu_name}" + (" (paid for)" if paid_for else "")
        if to_buy:
            where += f" + {to_buy} bought"
    else:
        where = f"{plan.gpus} x {gpu_name} bought, in your data centre or colocation"
    name = f"Self-host {catalog.open_model(opts.open_model).name} on {where}"
    traits = Traits(
        kind="self_host",
        hosting=kind,
        model=catalog.open_model(opts.open_model).slug,
        tier=tier,
        fine_tunable=True,
        custom_weights=True,
        latency=lat,
        latency_note=note,
        needs_team=True,
    )
    detail = SelfHostDetail(
        available=True,
        name=name,
        model=opts.open_model,
        precision=opts.precision,
        gpu=h.gpu,
        hardware=kind,
        gpus=plan.gpus,
        replicas=plan.replicas,
        spare_replicas=plan.spare_replicas,
        schedule=plan.describe(),
        pricing="owned" if kind == "owned" else "bought",
        monthly_usd=total,
        raw_gpu_monthly_usd=0.0,
        multiplier=0.0,
        idle_gpu_monthly_usd=0.0,
        capacity_tokens_per_month=plan.capacity_tokens_per_month,
        line_items=items,
        hidden_cost_basis=hidden_note + "; " + "; ".join(dict.fromkeys(assumptions)),
        source=article_source("devtk-real-cost-breakdown-2026", "What Model Sizes Require What Hardware").label(),
    )
    row = CostRow(
        kind="self_host",
        name=name,
        model=opts.open_model,
        monthly_usd=total,
        detail=f"{plan.describe()}; no GPU rental",
        source="GPU purchase data (tools/data/gpu_purchase.toml)",
    )
    return Candidate(
        row=row, traits=traits, broken=check(traits, needs), detail=detail, paid_for=kind == "owned" and paid_for
    )


def _hybrid_candidate(
    wl: Workload,
    base: Candidate,
    share: float,
    catalog: Catalog,
    opts: AnalysisOptions,
    needs: Needs,
    spec: ComparisonInput,
    all_self_host: float | None,
) -> tuple[Candidate, HybridResult] | None:
    """Route the simple share to a small self-hosted fleet, the rest to the best eligible API."""
    if wl.total_tokens_per_month <= 0 or share <= 0 or share >= 1:
        return None
    price: ResolvedPrice | None
    if base.traits.kind == "dedicated_deployment":
        price = dedicated_price(base.row.model, catalog, catalog.api_price(base.row.model, opts.prices).price.name)
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
        name=f"Hybrid: {share:.0%} to a small self-hosted model ({res.small_gpus} x {res.small_gpu}), rest to "
        f"{base.row.name}",
        model=base.row.model,
        monthly_usd=blended,
        detail=_savings(res.savings_vs_all_api_pct),
        source="DevTk 'The Hybrid Approach'; Cost Modeling Guide 'The Hybrid Strategy'",
    )
    traits = base.traits.model_copy(update={"kind": "hybrid", "hosting": "hybrid", "needs_team": True})
    if base.traits.hosting == "dedicated_cloud":
        traits = traits.model_copy(update={"hosting": "dedicated_cloud"})
    return Candidate(row=row, traits=traits, broken=check(traits, needs)), res


# ---------------------------------------------------------------- choosing


def _is_host(c: Candidate) -> bool:
    return c.traits.kind == "self_host"


def _hybrid_blocked(hybrid: HybridResult, per_day: float) -> str | None:
    """Why hybrid routing is not recommended (below the volume or the saving it needs), or None."""
    th = rules().thresholds
    if per_day < th.hybrid_min_tokens_per_day.value:
        return (
            f"{per_day / 1e6:,.1f}M tokens a day is below the {th.hybrid_min_tokens_per_day.value / 1e6:g}M a day "
            f"where routing starts to pay ({th.hybrid_min_tokens_per_day.source.label()})"
        )
    if hybrid.savings_vs_all_api_pct < th.hybrid_min_savings_share.value * 100:
        return (
            f"it saves {hybrid.savings_vs_all_api_pct:g}% against all-API, under the "
            f"{th.hybrid_min_savings_share.value:.0%} that pays for a router and a second model to run"
        )
    return None


def _choose(
    pool: list[Candidate], per_day: float, hybrid: HybridResult | None, premises: bool = True
) -> tuple[Candidate, list[SetAside]]:
    """Cheapest wins, with the margin self-hosting needs and the thresholds hybrid routing needs.

    ``premises``: the workload may run on hardware you would buy (your data must stay on premises, or you
    already run GPUs of your own); otherwise buying is listed for comparison, not recommended."""
    th = rules().thresholds
    margin = th.self_host_margin.value
    plain = sorted((c for c in pool if not _is_host(c) and c.traits.kind != "hybrid"), key=lambda c: c.cost)
    hosts = sorted(
        (c for c in pool if _is_host(c) and (premises or c.traits.hosting != "bought")), key=lambda c: c.cost
    )
    hyb = next((c for c in pool if c.traits.kind == "hybrid"), None)
    base = plain[0] if plain else None
    host = hosts[0] if hosts else None
    aside: list[SetAside] = []

    chosen: Candidate
    if base is None:
        chosen = host or hyb or pool[0]
    elif host is not None and base.cost >= (th.owned_margin.value if host.paid_for else margin) * host.cost:
        chosen = host
    else:
        chosen = base
    if hyb is not None and hybrid is not None and hyb.cost < chosen.cost and _hybrid_blocked(hybrid, per_day) is None:
        chosen = hyb
    for c in sorted(pool, key=lambda c: c.cost):
        if c is chosen or c.cost >= chosen.cost:
            continue
        if _is_host(c) and c.traits.hosting == "bought" and not premises:
            reason = (
                "buying GPUs means running a data centre or colocation of your own; nothing you said keeps the work "
                "off the cloud, so it is shown for comparison"
            )
        elif _is_host(c):
            ratio = (base.cost / c.cost) if base and c.cost else 0.0
            # the pick is the cheapest fleet allowed here, so a cheaper one lost to the margin over the API
            need = th.owned_margin if c.paid_for else th.self_host_margin
            reason = (
                f"the cheapest alternative costs only {ratio:.1f}x this; running your own GPUs needs a "
                f"{need.value:g}x margin ({need.source.label()})"
                if base is not None
                else "not the cheapest way to self-host"
            )
        elif c.traits.kind == "hybrid":
            reason = (_hybrid_blocked(hybrid, per_day) if hybrid else None) or "routing is not the rule's pick here"
        else:  # a cheaper API passed over for a fleet: only a margin under 1x in rules.toml does that
            rule = th.owned_margin if chosen.paid_for else th.self_host_margin
            whose = "GPUs you own" if chosen.paid_for else "self-hosting"
            reason = f"cheaper, but the margin {whose} must beat is {rule.value:g}x ({rule.source.label()})"
        aside.append(SetAside(name=c.row.name, kind=c.row.kind, monthly_usd=c.cost, reason=reason))
    return chosen, aside


def _closest_to_target(pool: list[Candidate]) -> list[Candidate]:
    """Relaxing the latency target: keep the options that come closest to it (within the factor in rules.toml),
    so the answer is the fastest affordable option rather than the cheapest slow one."""
    factor = rules().latency.relaxed_within_factor.value

    def over(c: Candidate) -> float:
        return c.latency_over if "latency" in c.broken_kinds else 1.0

    best = min(over(c) for c in pool)
    return [c for c in pool if over(c) <= best * factor]


def _relaxations(
    cands: list[Candidate], per_day: float, hybrid: HybridResult | None, premises: bool = True
) -> tuple[Candidate, list[SetAside], list[Relaxation]]:
    """Nothing meets every constraint: the closest option, and what relaxing each constraint would allow."""
    order = list(rules().relax.order)
    relax: list[Relaxation] = []
    first: tuple[Candidate, list[SetAside]] | None = None
    # where data may go is relaxed last: any mix of the other constraints is tried first
    combos = [c for size in (1, 2, 3) for c in combinations(order, size)]
    combos.sort(key=lambda c: ("data_boundary" in c, len(c)))
    for combo in combos:
        allowed = set(combo)
        if first is not None and ("data_boundary" in combo or len(combo) > len(relax[0].constraints)):
            break
        pool = [c for c in cands if c.broken and c.broken_kinds <= allowed]
        if not pool or any(set(r.constraints) <= allowed for r in relax):
            continue
        if "latency" in allowed:
            pool = _closest_to_target(pool)
        chosen, aside = _choose(pool, per_day, hybrid, premises)
        words = " and ".join(CONSTRAINT_WORDS[k] for k in combo)
        why = "; ".join(b.reason for b in chosen.broken)
        relax.append(
            Relaxation(
                constraints=list(combo),
                text=f"relax {words}: {chosen.row.name}, about ${chosen.cost:,.2f} a month ({why})",
                option_name=chosen.row.name,
                monthly_usd=chosen.cost,
            )
        )
        if first is None:
            first = (chosen, aside)
    if first is None:  # every option breaks several constraints: the cheapest of those breaking the fewest
        fewest = min(len(c.broken) for c in cands)
        pool = [c for c in cands if len(c.broken) == fewest]
        chosen, aside = _choose(pool, per_day, hybrid, premises)
        first = (chosen, aside)
        relax.append(
            Relaxation(
                constraints=sorted(b.constraint for b in chosen.broken),
                text=f"relax {', '.join(CONSTRAINT_WORDS[k] for k in sorted(chosen.broken_kinds))}: {chosen.row.name}",
                option_name=chosen.row.name,
                monthly_usd=chosen.cost,
            )
        )
    return first[0], first[1], relax


# ---------------------------------------------------------------- the analysis


def analyze(profile: WorkloadProfile, catalog: Catalog, opts: AnalysisOptions | None = None) -> Analysis:
    """The recommendation for this profile, with every number behind it."""
    opts = opts or AnalysisOptions()
    conv = opts.conventions
    wl: Workload = profile.workload(conv)
    validated = _validated_model(profile, catalog)
    named = _named_open_models(profile, catalog)
    default_model = opts.open_model == AnalysisOptions.model_fields["open_model"].default
    if validated and default_model:
        opts = opts.model_copy(update={"open_model": validated})
    elif len(named) == 1 and default_model:  # the one open model they named is the one to self-host
        opts = opts.model_copy(update={"open_model": named[0]})
    small_ok = profile.get("quality") != "frontier" and any(catalog.open_model(m).params_b < 60 for m in named)
    needs = needs_from(profile, validated, small_ok=small_ok, tuned_model=validated)
    batch = bool(profile.get("batch_ok"))
    hidden, hidden_note = _hidden_costs(profile, opts)
    if opts.gpu_hourly_usd is not None:
        hidden = hidden.model_copy(update={"gpu_hourly_usd": opts.gpu_hourly_usd})
    models, unpriced = _models_for(profile, catalog, opts.prices)
    spec = ComparisonInput(
        workload=wl,
        models=models,
        open_model=opts.open_model,
        precision=opts.precision,
        gpu_types=[catalog.gpu_offer(opts.gpu).gpu] if opts.gpu else list(SELF_HOST_GPUS),
        pricings=[opts.pricing] if opts.pricing else ["on_demand", "reserved"],
        hidden_costs=hidden,
        traffic_shape=profile.get("traffic_shape"),
        peak_to_average=float(profile.get("peak_to_average")),
        prices=opts.prices,
        sweep_points=60,
        batch=batch,
        staff_hours_per_gpu_month=opts.staff_hours_per_gpu_month,
        # a batch with a deadline shorter than the usual overnight window runs in that shorter window
        batch_window_hours_per_day=min(needs.deadline_hours, fleet_policy().batch_window_hours_per_day)
        if batch and needs.deadline_hours
        else None,
        input_len=round(needs.input_tokens),
        output_len=round(needs.output_tokens),
    )
    result = run_compare(spec.model_copy(update={"gpu_types": []}), catalog)
    cands = _api_candidates(result, needs, opts, catalog)
    hosts, skipped = _host_candidates(spec, profile, needs, catalog, opts, hidden_note)
    cands += hosts
    per_day = wl.tokens_per_day

    # hybrid routing: the simple share on a small fleet, the rest on the best API that meets the constraints
    said_share = profile.get("simple_share")
    share = float(opts.hybrid_share if said_share is None else said_share)
    # the API part: the cheapest real-time API meeting every constraint, else the one breaking fewest
    apis = [c for c in cands if c.traits.kind in ("api", "managed_open_weight", "dedicated_deployment")]
    rented = [c for c in hosts if c.traits.hosting == "cloud_self_host"]
    best_rented = min(rented, key=lambda c: c.cost) if rented else None
    hyb: HybridResult | None = None
    made = (
        _hybrid_candidate(
            wl,
            min(apis, key=lambda c: (len(c.broken), c.cost)),
            share,
            catalog,
            opts,
            needs,
            spec,
            best_rented.cost if best_rented else None,
        )
        if apis
        else None
    )
    if made:
        cands.append(made[0])
        hyb = made[1]

    eligible = [c for c in cands if not c.broken]
    relax: list[Relaxation] = []
    # bought hardware is recommended where data must stay on premises or you already run GPUs of your own
    premises = needs.boundary in ("on_prem", "air_gapped") or bool(profile.get("owned_gpus"))
    if eligible:
        chosen, aside = _choose(eligible, per_day, hyb, premises)
    else:
        chosen, aside, relax = _relaxations(cands, per_day, hyb, premises)
    option: OptionKind = chosen.traits.kind
    reasons = _reasons(profile, needs, chosen, relax, cands, aside)
    excluded = _excluded(cands, chosen)

    # the self-host shown in detail, breakevens and chart: the chosen fleet, else the cheapest eligible one
    host_cands = [c for c in cands if _is_host(c)]
    shown = chosen if _is_host(chosen) else None
    if shown is None and host_cands:
        shown = min(
            host_cands,
            key=lambda c: (bool(c.broken_kinds - {"team"}), c.traits.hosting != "cloud_self_host", c.cost),
        )
    detail = shown.detail if shown and shown.detail else SelfHostDetail()
    line_src = shown if shown and shown.line else (min(rented, key=lambda c: c.cost) if rented else None)
    line = line_src.line if line_src else None
    plain_api = sorted(
        (c for c in cands if c.traits.kind in ("api", "managed_open_weight") and not c.broken), key=lambda c: c.cost
    ) or sorted((c for c in cands if c.traits.kind in ("api", "managed_open_weight")), key=lambda c: c.cost)
    best_api = plain_api[0] if plain_api else None
    breakevens = _breakevens(line, spec, catalog, wl)
    # flip points name only what you could do: no bought hardware where nothing keeps the work off the cloud
    flip_cands = [c for c in cands if premises or c.traits.hosting != "bought"]
    flips = _flip_points(profile, wl, option, chosen, shown, breakevens, flip_cands, hyb, best_api, needs)
    raw = (
        shown.host.tco.raw_gpu_monthly_usd
        if shown and shown.host
        else (best_rented.host.tco.raw_gpu_monthly_usd if best_rented and best_rented.host else 0.0)
    )
    verdicts = apply_all(profile, best_api.cost if best_api else 0.0, raw, conv)
    chosen_row = chosen.row.model_copy(update={"status": "recommended"})
    allowed = set(relax[0].constraints) if relax else set()
    table = _table([c for c in cands if c.broken_kinds <= allowed], chosen_row, aside)
    return Analysis(
        option=option,
        headline=_headline(option, chosen_row, relax),
        chosen=chosen_row,
        reasons=reasons,
        feasible=not relax,
        relax=relax,
        excluded=excluded,
        set_aside=aside,
        constraints=_constraint_words(needs),
        tokens_per_month=wl.total_tokens_per_month,
        tokens_per_day=round(per_day),
        input_share=round(wl.input_share, 4),
        table=table,
        self_host=detail,
        breakevens=breakevens,
        hybrid=hyb,
        flip_points=flips,
        frameworks=verdicts,
        agreement=agreement(verdicts),
        assumptions=_assumptions(result, profile, hidden_note, needs, shown, skipped)
        + [f"no price known for {m}: not compared" for m in unpriced],
        price_sources=sorted({s.label() for s in result.sources}),
        chart=_chart(result, chosen_row, line, hyb, wl),
    )


def _constraint_words(needs: Needs) -> list[str]:
    out = []
    if needs.boundary != "any_vendor":
        out.append(f"data boundary: {needs.boundary_reason}")
    for regime, need in needs.provider_needs:
        out.append(f"{REGIME_LABELS.get(regime, regime)}: providers must offer {NEED_SHORT[need]}")
    if needs.latency_ms is not None and needs.realtime:
        what = "time to first token" if needs.latency_kind == "ttft" else "time to the whole answer"
        out.append(f"latency: p99 {what} under {needs.latency_ms:g} ms")
    out.append(f"quality: {'frontier' if needs.quality == 'frontier' else 'a strong model (open-weight is fine)'}")
    if needs.fine_tuning:
        out.append("fine-tuning on your data")
    out.append("answers can wait (batch)" if not needs.realtime else "answers in real time")
    if not needs.realtime and needs.deadline_hours is not None:
        out.append(f"batch results needed within {hours_words(needs.deadline_hours)} of the job's start")
    return out


def _reasons(
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
                f"{_count(n, 'option')} cannot meet a p99 of {needs.latency_ms:g} ms and "
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
            alt = min((c.cost for c in cands if not c.broken and not _is_host(c)), default=None)
            if alt:
                out.append(
                    f"the cheapest eligible alternative costs {alt / max(chosen.cost, 0.01):.1f}x this fleet, past "
                    f"the {rules().thresholds.self_host_margin.value:g}x margin, and you have people to run it"
                )
    elif kind == "batch_api":
        out.append("answers can wait, and batch APIs charge less than the synchronous rate")
    elif kind == "hybrid":
        out.append(
            "most requests are simple enough for a small model and the volume is past the point where "
            "routing pays (DevTk)"
        )
    elif kind == "dedicated_deployment":
        out.append("a dedicated deployment keeps data in your cloud tenancy and region")
    elif kind == "managed_open_weight":
        out.append(f"an open-weight model served by a host is the cheapest option that {meets}")
    else:
        out.append(f"an API is the cheapest option that {meets}, with no fixed cost")
    if kind != "self_host" and not needs.team:
        out.append("without ML engineers, self-hosting is not an option you can run today")
    if profile.get("traffic_shape") == "bursty" and kind != "self_host":
        out.append("bursty traffic would leave self-hosted GPUs idle between peaks")
    spend = profile.get("current_spend_usd_per_month")
    if spend:
        out.append(f"you spend about ${float(spend):,.2f} a month today; this costs about ${chosen.cost:,.2f}")
    if aside:
        out.append(f"{_count(len(aside), 'cheaper option')} set aside, each with its reason below")
    return out


def _excluded(cands: list[Candidate], chosen: Candidate) -> list[Excluded]:
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


def _breakevens(line: SelfHostLine | None, spec: ComparisonInput, catalog: Catalog, wl: Workload) -> list[BreakevenRow]:
    if line is None:
        return []
    out = []
    for m in spec.models:
        b: Breakeven = fleet_breakeven(catalog.api_price(m, spec.prices), line, catalog, wl.input_share, wl.conventions)
        tpm = b.breakeven_tokens_per_month
        out.append(
            BreakevenRow(
                model=b.model,
                breakeven_tokens_per_month=tpm,
                breakeven_tokens_per_day=b.breakeven_tokens_per_day,
                reachable=b.reachable,
                self_host_monthly_usd=b.self_host_monthly_usd,
                times_your_volume=round(tpm / wl.total_tokens_per_month, 2)
                if tpm and wl.total_tokens_per_month
                else None,
            )
        )
    # nearest breakevens first: they are the ones that matter, and the ones a trimmed summary keeps
    return sorted(out, key=lambda b: b.breakeven_tokens_per_month or math.inf)


def _flip_points(
    profile: WorkloadProfile,
    wl: Workload,
    option: str,
    chosen: Candidate,
    host: Candidate | None,
    breakevens: list[BreakevenRow],
    cands: list[Candidate],
    hyb: HybridResult | None,
    best_api: Candidate | None,
    needs: Needs,
) -> list[FlipPoint]:
    flips: list[FlipPoint] = []
    if host and best_api and option != "self_host":
        be = next((b for b in breakevens if b.model == best_api.row.model), None)
        weaker = " with a weaker open model" if needs.quality == "frontier" else ""
        if be and be.breakeven_tokens_per_month:
            times = f" ({be.times_your_volume:g}x your volume)" if be.times_your_volume else ""
            flips.append(
                FlipPoint(
                    kind="volume",
                    text=(
                        f"a self-hosted fleet{weaker} matches {best_api.row.name} at "
                        f"{be.breakeven_tokens_per_month:,.0f} tokens a month{times}, adding replicas as volume grows"
                    ),
                )
            )
        elif be:
            flips.append(
                FlipPoint(
                    kind="volume",
                    text=(
                        f"at no volume: a full self-hosted replica costs more per token than {best_api.row.name}, "
                        "so adding traffic never makes self-hosting cheaper"
                    ),
                )
            )
    if host and best_api and wl.total_tokens_per_month and option != "self_host":
        needed = host.cost / wl.total_tokens_per_month * 1e6
        flips.append(
            FlipPoint(
                kind="price",
                text=(
                    f"at your volume, self-hosting wins only if the API's blended price rises above ${needed:,.4g} per "
                    f"million tokens (the cheapest comparable one is "
                    f"${best_api.cost / wl.total_tokens_per_month * 1e6:,.4g})"
                ),
            )
        )
    rented = min(
        (
            c
            for c in cands
            if c.traits.hosting == "cloud_self_host" and c.broken_kinds <= {"team"} | chosen.broken_kinds
        ),
        key=lambda c: c.cost,
        default=None,
    )
    if rented and rented.host and not needs.team:
        host = rented
        raw = rented.host.tco.raw_gpu_monthly_usd
        infra = rules().thresholds.existing_infra_multiplier.value
        lean = raw * infra
        if lean < host.cost:
            text = (
                f"with ML engineers or existing GPU/Kubernetes infrastructure, hidden costs fall to about {infra:g}x "
                f"the raw GPU bill: about ${lean:,.2f} a month here instead of ${host.cost:,.2f}"
            )
        else:
            text = (
                f"people to run GPUs make self-hosting possible, but it would not get cheaper: {infra:g}x the raw GPU "
                f"bill is ${lean:,.2f}, against ${host.cost:,.2f} counted here"
            )
        flips.append(FlipPoint(kind="staffing", text=text))
    if needs.boundary == "any_vendor" and not profile.regimes():
        flips.append(
            FlipPoint(
                kind="compliance",
                text=(
                    "a rule that keeps data in your own cloud (data residency, FedRAMP) leaves dedicated deployments "
                    "and self-hosting in your cloud; one that keeps it on your premises or air-gapped leaves only "
                    "hardware you own or buy"
                ),
            )
        )
    batch = [c for c in cands if c.traits.kind == "batch_api" and c.broken_kinds == {"realtime"}]
    if batch and option != "batch_api":
        cheapest = min(batch, key=lambda c: c.cost)
        if cheapest.cost < chosen.cost:
            flips.append(
                FlipPoint(
                    kind="batch",
                    text=f"if answers could wait hours, {cheapest.row.name} would cost ${cheapest.cost:,.2f} a month",
                )
            )
    if option == "hybrid" and hyb:
        flips.append(
            FlipPoint(
                kind="quality",
                text=(
                    f"routing pays while about {hyb.small_share:.0%} of requests are simple; all-API would cost "
                    f"${hyb.all_api_monthly_usd:,.2f}"
                ),
            )
        )
    # one constraint more than the recommendation already breaks (none when it meets them all)
    single = [
        c for c in cands if len(c.broken_kinds - chosen.broken_kinds) == 1 and c.cost < chosen.cost and c is not chosen
    ]
    for kind in ("data_boundary", "quality", "fine_tuning", "deadline", "latency", "team"):
        pick = min(
            (c for c in single if kind in c.broken_kinds - chosen.broken_kinds), key=lambda c: c.cost, default=None
        )
        if pick is not None:
            why = next(b.reason for b in pick.broken if b.constraint == kind)
            flips.append(
                FlipPoint(
                    kind="constraint",
                    text=(
                        f"without the constraint on {CONSTRAINT_WORDS[kind]}, {pick.row.name} would cost "
                        f"${pick.cost:,.2f} a month ({why})"
                    ),
                )
            )
    return flips


def _table(cands: list[Candidate], chosen: CostRow, aside: list[SetAside]) -> list[CostRow]:
    """The recommended option, the cheaper ones set aside, and the next eligible ones, cheapest first."""
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
    return sorted(rows, key=lambda r: r.monthly_usd)


def _savings(pct: float) -> str:
    return f"saves {pct:g}% against all-API" if pct >= 0 else f"costs {-pct:g}% more than all-API"


def _headline(option: str, chosen: CostRow, relax: list[Relaxation]) -> str:
    text = f"{OPTION_LABELS[option]}: {chosen.name}, about ${chosen.monthly_usd:,.2f} a month"
    if relax:
        words = " and ".join(CONSTRAINT_WORDS[k] for k in relax[0].constraints)
        text += f" (no option meets every constraint: relax {words})"
    return text


def _assumptions(
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
        *[f"assumed: {a}" for a in profile.assumed()],
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
    out += [f"not considered: {s}" for s in skipped[:4]]
    return out


def _chart(
    result: ComparisonResult, chosen: CostRow, line: SelfHostLine | None, hyb: HybridResult | None, wl: Workload
) -> ChartData:
    volumes = list(result.sweep.tokens_per_month)
    top = {r.model for r in sorted(result.api, key=lambda r: r.monthly_usd)[:4]}
    labels = {r.model: r.name for r in result.api}
    series: list[ChartSeries] = []
    for s in result.sweep.series:
        if s.name in top or (s.name == chosen.model and chosen.kind in ("api", "managed_open_weight")):
            series.append(
                ChartSeries(
                    name=s.name,
                    label=labels.get(s.name, ""),
                    kind=s.kind,
                    monthly_usd=s.monthly_usd,
                    recommended=chosen.kind in ("api", "managed_open_weight") and s.name == chosen.model,
                )
            )
    crossings: list[Crossing] = []
    if line is not None:
        costs = [money(line.monthly_at(v)) for v in volumes]
        series.append(
            ChartSeries(name=line.name, kind="self_host", monthly_usd=costs, recommended=chosen.kind == "self_host")
        )
        for one in series:
            if one.kind == "self_host":
                continue
            for v, api, own in zip(volumes, one.monthly_usd, costs, strict=True):
                if api >= own:
                    crossings.append(Crossing(api_model=one.name, self_host=line.name, tokens_per_month=v))
                    break
    if chosen.kind == "self_host" and (line is None or not chosen.name.lower().startswith(line.name.lower())):
        # owned or bought hardware, or a fleet other than the one drawn: scale its cost with its replicas
        scale = chosen.monthly_usd / max(line.monthly_at(wl.total_tokens_per_month), 0.01) if line else 1.0
        values = [money(line.monthly_at(v) * scale) if line else chosen.monthly_usd for v in volumes]
        for one in series:
            one.recommended = False
        series.append(ChartSeries(name=chosen.name, kind="self_host", monthly_usd=values, recommended=True))
    elif chosen.kind not in ("api", "managed_open_weight", "self_host"):
        total = max(wl.total_tokens_per_month, 1.0)
        if chosen.kind == "hybrid" and hyb is not None:
            api_rate = (chosen.monthly_usd - hyb.self_host_monthly_usd) / max(total * (1 - hyb.small_share), 1.0)
            values = [money(hyb.self_host_monthly_usd + api_rate * v * (1 - hyb.small_share)) for v in volumes]
        else:
            values = [money(chosen.monthly_usd * v / total) for v in volumes]
        series.append(ChartSeries(name=chosen.name, kind=chosen.kind, monthly_usd=values, recommended=True))
    return ChartData(tokens_per_month=[round(v) for v in volumes], series=series, crossings=crossings)


__all__ = [
    "Analysis",
    "AnalysisOptions",
    "BreakevenRow",
    "ChartData",
    "CostRow",
    "Excluded",
    "Relaxation",
    "SelfHostDetail",
    "SetAside",
    "analyze",
]


def _count(n: int, noun: str) -> str:
    """ "1 option", "3 options": a count with its noun in the right number."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
