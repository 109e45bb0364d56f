"""From a profile to a recommendation: costs, breakevens, hidden costs, flip points, frameworks.

Deterministic and LangChain-free; every figure comes from the cost engine in ``tools/``.
The rules follow the articles: hard constraints first (air gap, residency, batch tolerance),
then cost, where self-hosting needs both ML capacity and an API bill at least twice its true
cost ('five steps', step 4), and hybrid routing needs 10M+ tokens a day (DevTk).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.decision.frameworks import FrameworkVerdict, agreement, apply_all
from assistant.interview.facts import WorkloadProfile
from tools.api_cost import Workload, api_cost
from tools.breakeven import breakeven
from tools.catalog import Catalog, PriceMode
from tools.compare import ComparisonInput, SelfHostOption, compare
from tools.hybrid import hybrid_routing
from tools.results import Conventions
from tools.sources import article_source
from tools.tco import TcoInput, compute_tco, presets
from tools.throughput import ThroughputInput, estimate_throughput, replica_tokens_per_month

OptionKind = Literal["api", "self_host", "hybrid", "managed_open_weight", "dedicated_deployment", "batch_api"]
FRONTIER = ["gpt-5", "claude-sonnet-4.5", "gemini-2.5-pro", "claude-opus-4.5", "grok-3"]
STRONG = [
    "gpt-4o",
    "claude-3.5-sonnet",
    "deepseek-v3.2",
    "gemini-2.5-flash",
    "llama-3.3-70b",
    "together/llama-3.3-70b",
    "groq/llama-3.3-70b",
]
SMALL = ["gpt-4.1-nano", "mistral-small-3.1"]
STRICT_DATA = {"hipaa", "fedramp", "data_residency", "gdpr", "pci_dss", "soc2"}


class AnalysisOptions(BaseModel):
    """Knobs the user can change (settings panel, what-ifs); every one has an article-backed default."""

    model_config = ConfigDict(extra="forbid")

    prices: PriceMode = "auto"
    gpu: str | None = Field(default=None, description="restrict self-hosting to this GPU type")
    gpu_hourly_usd: float | None = Field(default=None, gt=0)
    pricing: Literal["on_demand", "reserved", "spot"] | None = None
    hours_per_month: float = Field(default=720, gt=0, le=744)
    days_per_month: float = Field(default=30, gt=0, le=31)
    engineering_rate_usd: float = Field(default=100, ge=0)
    hidden_multiplier: float | None = Field(default=None, ge=1, le=10)
    hybrid_share: float = Field(default=0.7, ge=0, le=1, description="share routed to the small model")
    open_model: str = "llama-3.3-70b"
    precision: Literal["fp16", "fp8", "int8", "int4"] = "int4"


class CostRow(BaseModel):
    kind: str
    name: str
    model: str
    monthly_usd: float
    detail: str
    source: str


class FlipPoint(BaseModel):
    kind: Literal["volume", "price", "staffing", "compliance", "batch", "quality"]
    text: str


class Analysis(BaseModel):
    option: OptionKind
    headline: str
    chosen: CostRow
    reasons: list[str]
    tokens_per_month: float
    tokens_per_day: float
    input_share: float
    table: list[CostRow]
    self_host: dict[str, Any]
    breakevens: list[dict[str, Any]]
    hybrid: dict[str, Any] | None
    flip_points: list[FlipPoint]
    frameworks: list[FrameworkVerdict]
    agreement: str
    assumptions: list[str]
    price_sources: list[str]
    chart: dict[str, Any] = Field(description="cost against volume, for the UI")


def _models_for(profile: WorkloadProfile) -> list[str]:
    base = FRONTIER if profile.get("quality") == "frontier" else FRONTIER[:2] + STRONG
    return list(dict.fromkeys([*base, *profile.get("candidate_models")]))


def _hidden_costs(profile: WorkloadProfile, opts: AnalysisOptions) -> tuple[TcoInput, str]:
    """Which hidden-cost structure fits this team, with its source."""
    if opts.hidden_multiplier is not None:
        return TcoInput(multiplier=opts.hidden_multiplier), f"raw GPU x {opts.hidden_multiplier:g} (your setting)"
    if profile.team.get("gpu_infra") or profile.team.get("kubernetes"):
        return TcoInput(multiplier=1.4), (
            "existing GPU/Kubernetes infrastructure: raw GPU x 1.4 (1.3-1.5x in 'Where Is the Actual Crossover Point?')"
        )
    if set(profile.regimes()) & STRICT_DATA | {"air_gapped"} & set(profile.regimes()):
        prod = presets()["production-70b-2xh100"].tco
        spec = prod.model_copy(
            update={"gpu_monthly_usd": None, "hours_per_month": opts.hours_per_month, "pricing": "on_demand"}
        )
        return spec, "regulated production stack: the 11-line 70B bill (failover, audit, guardrails, evals)"
    spec = presets()["devtk-a100-true-cost"].tco.model_copy(
        update={
            "throughput_tokens_per_s": None,
            "engineering_rate_usd": opts.engineering_rate_usd,
            "hours_per_month": opts.hours_per_month,
        }
    )
    return (
        spec,
        f"DevTk 'true monthly cost': 15 h/month of DevOps at ${opts.engineering_rate_usd:g}/h + $300 overhead",
    )


def _row(kind: str, name: str, model: str, monthly: float, detail: str, source: str) -> CostRow:
    return CostRow(kind=kind, name=name, model=model, monthly_usd=monthly, detail=detail, source=source)


def analyze(profile: WorkloadProfile, catalog: Catalog, opts: AnalysisOptions | None = None) -> Analysis:
    """The recommendation for this profile, with every number behind it."""
    opts = opts or AnalysisOptions()
    conv = Conventions(days_per_month=opts.days_per_month, hours_per_month=opts.hours_per_month)
    wl: Workload = profile.workload(conv)
    if profile.get("batch_ok"):
        wl = wl.model_copy(update={"batch_share": 0.0})
    hidden, hidden_note = _hidden_costs(profile, opts)
    if opts.gpu_hourly_usd is not None:
        hidden = hidden.model_copy(update={"gpu_hourly_usd": opts.gpu_hourly_usd})
    models = _models_for(profile)
    pricings = (
        [opts.pricing]
        if opts.pricing
        else (["on_demand", "reserved"] if profile.get("traffic_shape") == "steady" else ["on_demand"])
    )
    spec = ComparisonInput(
        workload=wl,
        models=models,
        open_model=opts.open_model,
        precision=opts.precision,
        gpu_types=[catalog.gpu_offer(opts.gpu).gpu]
        if opts.gpu
        else ["l4", "a10g", "a100-40gb", "a100-80gb", "h100", "h200"],
        pricings=pricings,
        hidden_costs=hidden,
        traffic_shape=profile.get("traffic_shape"),
        peak_to_average=float(profile.get("peak_to_average")),
        prices=opts.prices,
        sweep_points=60,
    )
    result = compare(spec, catalog)
    apis = [o for o in result.options if o.kind in ("api", "managed_open_weight", "dedicated_deployment")]
    best_api = min(apis, key=lambda o: o.monthly_usd)
    best_plain_api = min((o for o in apis if o.kind != "dedicated_deployment"), key=lambda o: o.monthly_usd)
    dedicated = [o for o in result.options if o.kind == "dedicated_deployment"]
    batch = [o for o in result.options if o.kind == "batch_api"]
    hosts = sorted(result.self_host, key=lambda h: h.tco.monthly_usd)
    best_host: SelfHostOption | None = hosts[0] if hosts else None
    host_monthly = best_host.tco.monthly_usd if best_host else float("inf")

    hyb = _hybrid(wl, catalog, opts, best_api.model, host_monthly)
    regimes = set(profile.regimes())
    capacity = profile.ml_capacity()
    per_day = wl.tokens_per_day
    reasons: list[str] = []
    option: OptionKind
    chosen: CostRow
    host_row = _host_row(best_host, opts.open_model) if best_host else None

    if "air_gapped" in regimes and host_row:
        option, chosen = "self_host", host_row
        reasons.append("an air-gapped deployment rules out every hosted API; only self-hosting runs there")
        if not capacity:
            reasons.append("nobody on the team runs ML infrastructure yet: budget to hire or contract that skill")
    elif (
        capacity and host_row and (profile.get("latency_p99_ms") or 1e9) <= 100 and profile.get("quality") != "frontier"
    ):
        option, chosen = "self_host", host_row
        reasons.append(
            f"a p99 of {profile.get('latency_p99_ms'):g} ms leaves no room for a network round trip to an "
            "API (200-400 ms, The Math That Will Determine Your ML Strategy); co-located inference does"
        )
    elif capacity and host_row and profile.get("fine_tuning") and profile.get("quality") != "frontier":
        option, chosen = "self_host", host_row
        reasons.append(
            "a model fine-tuned on your data can only be served by you (DevTk, 'Custom Fine-Tuned "
            "Models'), and you have the people to run it"
        )
    elif profile.get("batch_ok") and batch and not regimes & {"air_gapped"}:
        pick = min(batch, key=lambda o: o.monthly_usd)
        option, chosen = "batch_api", _from_option(pick)
        reasons.append("answers can wait, and batch APIs charge half the synchronous rate (The Cost Illusion)")
    elif regimes & STRICT_DATA and not (
        capacity and host_row and best_api.monthly_usd >= 2 * host_monthly and profile.get("quality") != "frontier"
    ):
        if dedicated:
            pick = min(dedicated, key=lambda o: o.monthly_usd)
            option, chosen = "dedicated_deployment", _from_option(pick)
            reasons.append(
                f"{', '.join(r.upper().replace('_', '-') for r in sorted(regimes))}: a dedicated "
                "deployment keeps data in your cloud tenancy and region; the consultancy framework "
                "says to try this before self-hosting"
            )
        elif host_row:
            option, chosen = "self_host", host_row
            reasons.append("compliance rules out shared APIs and no dedicated deployment was priced")
        else:
            option, chosen = "api", _from_option(best_api)
    elif (
        capacity
        and host_row
        and profile.get("traffic_shape") != "bursty"
        and profile.get("quality") != "frontier"
        and best_plain_api.monthly_usd >= 2 * host_monthly
    ):
        option, chosen = "self_host", host_row
        reasons.append(
            f"the cheapest comparable API costs {best_plain_api.monthly_usd / host_monthly:.1f}x the "
            "full self-host cost, past the 2x margin the consultancy framework asks for, and you "
            "have people to run it"
        )
    elif hyb and hyb["savings_vs_all_api_pct"] >= 25 and per_day >= 10e6 and capacity:
        option = "hybrid"
        chosen = _row(
            "hybrid",
            f"Route {opts.hybrid_share:.0%} to a small self-hosted model, rest to {hyb['api_model']}",
            hyb["api_model"],
            hyb["blended_monthly_usd"],
            _savings(hyb["savings_vs_all_api_pct"]),
            "DevTk 'The Hybrid Approach'; Cost Modeling Guide 'The Hybrid Strategy'",
        )
        reasons.append(
            "most requests are simple enough for a small model and the volume is above the 10M "
            "tokens a day where DevTk says routing starts to pay"
        )
    else:
        pick = best_plain_api
        option = "managed_open_weight" if pick.kind == "managed_open_weight" else "api"
        chosen = _from_option(pick)
        if option == "managed_open_weight":
            reasons.append(
                "an open-weight model served by a host is the cheapest option that meets your "
                "quality bar, with no infrastructure to run"
            )
        else:
            reasons.append("an API is the cheapest option that meets your quality bar, with no fixed cost")
        if best_host and best_plain_api.monthly_usd < 2 * host_monthly:
            reasons.append(
                f"self-hosting would cost about {host_monthly / max(best_plain_api.monthly_usd, 0.01):,.1f}x "
                "this once hidden costs are counted"
            )
        if not capacity:
            reasons.append("without ML engineers, the articles agree self-hosting costs more than it saves")
        if profile.get("traffic_shape") == "bursty":
            reasons.append("bursty traffic would leave self-hosted GPUs idle between peaks")

    breakevens = _breakevens(result.breakevens, wl)
    flips = _flip_points(profile, wl, option, chosen, best_host, breakevens, batch, hyb, best_plain_api)
    api_for_frameworks = best_plain_api.monthly_usd
    raw = best_host.tco.raw_gpu_monthly_usd if best_host else 0.0
    verdicts = apply_all(profile, api_for_frameworks, raw)
    table = _table(result.options, chosen, hyb, opts)
    return Analysis(
        option=option,
        headline=_headline(option, chosen),
        chosen=chosen,
        reasons=reasons,
        tokens_per_month=wl.total_tokens_per_month,
        tokens_per_day=round(per_day),
        input_share=round(wl.input_share, 4),
        table=table,
        self_host=_host_detail(best_host, hidden_note, opts),
        breakevens=breakevens,
        hybrid=hyb,
        flip_points=flips,
        frameworks=verdicts,
        agreement=agreement(verdicts),
        assumptions=[
            *result.assumptions,
            *[f"assumed: {a}" for a in profile.assumed()],
            f"hidden costs: {hidden_note}",
        ],
        price_sources=sorted({s.label() for s in result.sources}),
        chart=_chart(result),
    )


def _from_option(o: Any) -> CostRow:
    return _row(o.kind, o.name, o.model, o.monthly_usd, o.detail, o.source)


def _host_row(h: SelfHostOption, open_model: str) -> CostRow:
    return _row(
        "self_host",
        f"Self-host {open_model} on {h.plan.gpus} x {h.gpu} ({h.pricing.replace('_', '-')})",
        open_model,
        h.tco.monthly_usd,
        f"{h.tco.multiplier:g}x the raw GPU bill of ${h.tco.raw_gpu_monthly_usd:,.2f}",
        h.tco.sources[0].label() if h.tco.sources else "your inputs",
    )


def _hybrid(
    wl: Workload,
    catalog: Catalog,
    opts: AnalysisOptions,
    api_model: str,
    all_self_host: float,
) -> dict[str, Any] | None:
    if wl.total_tokens_per_month <= 0 or opts.hybrid_share <= 0:
        return None
    small = presets()["small-7b-l4"].tco.model_copy(update={"engineering_rate_usd": opts.engineering_rate_usd})
    tco = compute_tco(small, catalog)
    est = estimate_throughput(ThroughputInput(model="llama-3.1-8b", precision="fp16", gpu="l4", gpus=1), catalog)
    capacity = replica_tokens_per_month(est, wl.input_share, wl.conventions.days_per_month * 86400, 0.7)
    result = hybrid_routing(
        wl,
        opts.hybrid_share,
        catalog.api_price(api_model, opts.prices),
        tco.monthly_usd,
        catalog,
        small_capacity_tokens_per_month=capacity,
        all_self_host_monthly_usd=all_self_host if all_self_host != float("inf") else None,
    )
    return result.model_dump(mode="json")


def _breakevens(raw: list[Any], wl: Workload) -> list[dict[str, Any]]:
    out = []
    for b in raw:
        tpm = b.breakeven_tokens_per_month
        out.append(
            {
                "model": b.model,
                "breakeven_tokens_per_month": tpm,
                "breakeven_tokens_per_day": b.breakeven_tokens_per_day,
                "reachable": b.reachable,
                "self_host_monthly_usd": b.self_host_monthly_usd,
                "times_your_volume": round(tpm / wl.total_tokens_per_month, 2)
                if tpm and wl.total_tokens_per_month
                else None,
            }
        )
    return out


def _flip_points(
    profile: WorkloadProfile,
    wl: Workload,
    option: str,
    chosen: CostRow,
    host: SelfHostOption | None,
    breakevens: list[dict[str, Any]],
    batch: list[Any],
    hyb: dict[str, Any] | None,
    best_api: Any,
) -> list[FlipPoint]:
    flips: list[FlipPoint] = []
    be = next((b for b in breakevens if b["model"] == best_api.model), None)
    if host and be and be["breakeven_tokens_per_month"]:
        reach = {
            True: "one replica can carry it",
            False: "more than one replica can carry, so not reachable on this hardware",
            None: "capacity unknown",
        }[be["reachable"]]
        weaker = " with a weaker open model" if profile.get("quality") == "frontier" else ""
        flips.append(
            FlipPoint(
                kind="volume",
                text=(
                    f"self-hosting{weaker} matches {best_api.name} at {be['breakeven_tokens_per_month']:,.0f} tokens a "
                    f"month ({be['times_your_volume']:g}x your volume; {reach})"
                ),
            )
        )
    if host and wl.total_tokens_per_month:
        needed = host.tco.monthly_usd / wl.total_tokens_per_month * 1e6
        flips.append(
            FlipPoint(
                kind="price",
                text=(
                    f"at your volume, self-hosting wins only if the API's blended price rises above ${needed:,.4g} per "
                    f"million tokens (the cheapest comparable one is "
                    f"${best_api.monthly_usd / wl.total_tokens_per_month * 1e6:,.4g})"
                ),
            )
        )
    if host and not profile.ml_capacity():
        flips.append(
            FlipPoint(
                kind="staffing",
                text=(
                    f"with ML engineers or existing GPU/Kubernetes infrastructure, hidden costs shrink to 1.3-1.5x the "
                    f"raw GPU bill (about ${host.tco.raw_gpu_monthly_usd * 1.4:,.2f} a month here instead of "
                    f"${host.tco.monthly_usd:,.2f})"
                ),
            )
        )
    if not profile.regimes():
        flips.append(
            FlipPoint(
                kind="compliance",
                text=(
                    "a regime that keeps data out of shared APIs (HIPAA, data residency) moves the answer to a "
                    "dedicated "
                    "deployment; an air gap moves it to self-hosting"
                ),
            )
        )
    if batch and option != "batch_api":
        cheapest = min(batch, key=lambda o: o.monthly_usd)
        flips.append(
            FlipPoint(
                kind="batch",
                text=(f"if answers could wait hours, {cheapest.name} would cost ${cheapest.monthly_usd:,.2f} a month"),
            )
        )
    if option == "hybrid" and hyb:
        flips.append(
            FlipPoint(
                kind="quality",
                text=(
                    f"routing pays while about {hyb['small_share']:.0%} of requests are simple; all-API would cost "
                    f"${hyb['all_api_monthly_usd']:,.2f}"
                ),
            )
        )
    return flips


def _table(options: list[Any], chosen: CostRow, hyb: dict[str, Any] | None, opts: AnalysisOptions) -> list[CostRow]:
    rows: list[CostRow] = []
    seen: set[str] = set()
    for o in options:
        key = f"{o.kind}:{o.model}" if o.kind != "self_host" else f"self_host:{o.name.split('(')[-1]}"
        if key in seen or len(rows) >= 10:
            continue
        seen.add(key)
        rows.append(_from_option(o))
    if hyb:
        rows.append(
            _row(
                "hybrid",
                f"Hybrid: {opts.hybrid_share:.0%} small self-hosted + {hyb['api_model']}",
                hyb["api_model"],
                hyb["blended_monthly_usd"],
                _savings(hyb["savings_vs_all_api_pct"]),
                "DevTk 'The Hybrid Approach'",
            )
        )
    if all(r.name != chosen.name for r in rows):
        rows.append(chosen)
    return sorted(rows, key=lambda r: r.monthly_usd)


def _savings(pct: float) -> str:
    return f"saves {pct:g}% against all-API" if pct >= 0 else f"costs {-pct:g}% more than all-API"


def _host_detail(h: SelfHostOption | None, note: str, opts: AnalysisOptions) -> dict[str, Any]:
    if h is None:
        return {"available": False}
    return {
        "available": True,
        "model": opts.open_model,
        "precision": opts.precision,
        "gpu": h.gpu,
        "gpus": h.plan.gpus,
        "replicas": h.plan.replicas,
        "pricing": h.pricing,
        "monthly_usd": h.tco.monthly_usd,
        "raw_gpu_monthly_usd": h.tco.raw_gpu_monthly_usd,
        "multiplier": h.tco.multiplier,
        "idle_gpu_monthly_usd": h.tco.idle_gpu_monthly_usd,
        "capacity_tokens_per_month": h.plan.capacity_tokens_per_month,
        "line_items": [i.model_dump() for i in h.tco.line_items],
        "hidden_cost_basis": note,
        "source": article_source("devtk-real-cost-breakdown-2026", "What Model Sizes Require What Hardware").label(),
    }


def _headline(option: str, chosen: CostRow) -> str:
    words = {
        "api": "Use an API",
        "self_host": "Self-host",
        "hybrid": "Hybrid routing",
        "managed_open_weight": "Use a managed open-weight host",
        "dedicated_deployment": "Use a dedicated cloud deployment",
        "batch_api": "Use a batch API",
    }[option]
    return f"{words}: {chosen.name}, about ${chosen.monthly_usd:,.2f} a month"


def _chart(result: Any) -> dict[str, Any]:
    keep = {s.name for s in result.sweep.series if s.kind == "self_host"}
    keep |= {r.model for r in sorted(result.api, key=lambda r: r.monthly_usd)[:4]}
    return {
        "tokens_per_month": [round(v) for v in result.sweep.tokens_per_month],
        "series": [s.model_dump() for s in result.sweep.series if s.name in keep],
        "crossings": [c.model_dump() for c in result.sweep.crossings if c.api_model in keep],
    }


__all__ = ["Analysis", "AnalysisOptions", "analyze", "api_cost", "breakeven"]
