"""Self-hosted fleets as options: how to serve on each GPU type (the open model and precision, sized for the
latency target with the levers of ``rules.toml``), rented on each GPU type, and the same fleet on GPUs
you own or would buy (priced in ``hardware``).
"""

from __future__ import annotations

from functools import partial

from pydantic import BaseModel

from assistant.decision.constraints import TIER_RANK, Needs, Traits, check
from assistant.decision.hardware import HardwareContext, on_hardware
from assistant.decision.inputs import AnalysisOptions
from assistant.decision.latency import LatencyEstimate, max_utilization, self_host_latency
from assistant.decision.results import Candidate, CostRow, HardwareKind, SelfHostDetail
from assistant.decision.rules import Tier, rules
from assistant.interview.facts import WorkloadProfile
from tools.catalog import Catalog, UnknownNameError
from tools.compare import (
    ComparisonInput,
    SelfHostOption,
    plan_for,
    replica_for,
    self_host_name,
    self_host_options,
    stream_speed_at,
)
from tools.fleet_policy import fleet_policy
from tools.numbers import count_of
from tools.owned import purchase_gpus
from tools.sizing import Precision
from tools.sources import article_source
from tools.throughput import ThroughputResult

PrecisionName = Precision


def _host_latency(h: SelfHostOption, needs: Needs, catalog: Catalog) -> LatencyEstimate:
    r = h.replica
    return self_host_latency(
        r.prefill_tokens_per_s,
        r.decode_tokens_per_s,
        stream_speed_at(r, h.plan.target_utilization, catalog),
        needs.input_tokens,
        needs.output_tokens,
        h.plan.target_utilization,
        h.plan.serving_replicas,
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


def _serving_replicas(spec: ComparisonInput, replica: ThroughputResult, gpus: int, utilization: float) -> int:
    """The replicas serving the peak when each runs at most ``utilization`` busy (fewer the busier they run)."""
    return plan_for(spec, replica, gpus, utilization).serving_replicas


def _fit_one(
    spec: ComparisonInput, model: str, precision: PrecisionName, gpu: str, needs: Needs, catalog: Catalog
) -> tuple[int, float, int] | None:
    """GPUs per replica, planned utilisation and GPUs serving the peak of the way to meet the latency target with
    the fewest GPUs, trying more GPUs a replica (faster prefill and decode against fewer, busier replicas)."""
    assert needs.latency_ms is not None
    ceiling = fleet_policy().target_utilization
    tp: int | None = None
    best: tuple[int, float, int] | None = None
    while True:
        replica, gpus, _why = replica_for(model, precision, gpu, catalog, tp, spec.input_len, spec.output_len)
        if replica is None:
            return best
        u = max_utilization(
            needs.latency_ms,
            needs.latency_kind,
            replica.prefill_tokens_per_s,
            replica.decode_tokens_per_s,
            replica.per_stream_tokens_per_s,
            needs.input_tokens,
            needs.output_tokens,
            ceiling,
            partial(_serving_replicas, spec, replica, gpus),
            partial(stream_speed_at, replica, catalog=catalog),
        )
        if u is not None:
            total = _serving_replicas(spec, replica, gpus, u) * gpus
            if best is None or total < best[2]:
                best = (gpus, u, total)
            if u >= ceiling:
                return best  # a replica this size runs as busy as the policy allows: more GPUs a replica add nothing
        if gpus * 2 > 8:
            return best
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
    precisions = [p for p in levers.precisions.order if p != spec.precision]
    for p in precisions:
        tries.append((spec.open_model, p, f"served at {p}"))
    if tuned is None:  # a fine-tune runs on its own base model only
        for m in levers.smaller_models.order:
            if m != spec.open_model and m in catalog.open_models:
                tries.append((m, planned, f"a smaller model, {m}"))
    meets: _Fit | None = None
    below: _Fit | None = None
    fewest = 0  # GPUs serving the peak of the way chosen so far
    for model, precision, lever in tries:
        ok = TIER_RANK[_open_tier(model, catalog)] >= TIER_RANK[needs.quality]
        if not ok and below is not None:
            continue
        if model == spec.open_model and precision != planned and meets is not None:
            continue  # another precision only when the planned one misses the target (as with no target at all)
        got = _fit_one(spec, model, precision, gpu, needs, catalog)
        if got is None:
            continue
        gpus, u, total = got
        if ok and meets is not None and total >= fewest:
            continue  # a later lever that meets the target with no fewer GPUs: the earlier one stands
        parts = [lever] if lever else []
        if gpus > 1 or u < ceiling:
            parts.append(f"{count_of(gpus, 'GPU')} a replica, at most {u:.0%} busy")
        note = f"; sized for the latency target: {', '.join(parts)}" if parts else ""
        fit = _Fit(model=model, precision=precision, gpus_per_replica=gpus, utilization=u, note=note)
        if ok:
            meets, fewest = fit, total
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
        usd_per_gpu_hour=h.tco.usd_per_gpu_hour,
        billed_hours_per_gpu=h.tco.hours_per_month,
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


# the share of the traffic GPUs you own carry is found to this step (a share like 73.4% would claim a precision the
# sizing does not have); below one step they carry too little to route to
OWNED_SHARE_STEP = 0.05


def _owned_share(one: ComparisonInput, count: int, catalog: Catalog) -> tuple[float, SelfHostOption] | None:
    """The largest share of the traffic (down to a step of ``OWNED_SHARE_STEP``) a fleet of at most ``count`` GPUs
    carries at the peak, with that fleet; None when not even one step fits."""
    lo, hi = 0.0, 1.0
    for _ in range(8):  # halving: to within 1/256 of the share, then down to the step
        mid = (lo + hi) / 2
        hosts, _ = self_host_options(one.model_copy(update={"workload": one.workload.scaled(mid)}), catalog)
        if hosts and hosts[0].plan.gpus <= count:
            lo = mid
        else:
            hi = mid
    share = round(int(lo / OWNED_SHARE_STEP + 1e-9) * OWNED_SHARE_STEP, 2)
    while share >= OWNED_SHARE_STEP:
        hosts, _ = self_host_options(one.model_copy(update={"workload": one.workload.scaled(share)}), catalog)
        if hosts and hosts[0].plan.gpus <= count:
            return share, hosts[0]
        share = round(share - OWNED_SHARE_STEP, 2)
    return None


class OwnedPart(BaseModel):
    """The GPUs you own carrying the share of the traffic they can, priced as a fleet of their own; the rest is
    routed to an API (``api_options.owned_split_candidate``)."""

    share: float
    candidate: Candidate
    owned_count: int


def host_candidates(
    spec: ComparisonInput,
    profile: WorkloadProfile,
    needs: Needs,
    catalog: Catalog,
    opts: AnalysisOptions,
    hidden_note: str,
) -> tuple[list[Candidate], list[str], list[OwnedPart]]:
    """Self-hosted fleets: rented on each GPU type, on the GPUs you own, and on GPUs you would buy; and, where the
    GPUs you own are too few for the whole load, the share of it they carry (routed beside an API)."""
    out: list[Candidate] = []
    skipped: list[str] = []
    parts: list[OwnedPart] = []
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
            lat = _host_latency(h, needs, catalog)
            tier = _open_tier(fit.model, catalog)
            ctx = HardwareContext(
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
                if h.plan.gpus > count and (fits := _owned_share(one, count, catalog)) is not None:
                    share, part = fits
                    parts.append(
                        OwnedPart(
                            share=share,
                            owned_count=count,
                            candidate=on_hardware(
                                part,
                                "owned",
                                count,
                                bool(owned.get("paid_for", True)),
                                ctx.model_copy(update={"lat": _host_latency(part, needs, catalog)}),
                            ),
                        )
                    )
                if h.plan.gpus > count and gpu not in purchase_gpus():
                    skipped.append(
                        f"your {count} {catalog.gpu_spec(gpu).name}: {catalog.open_model(fit.model).name} needs "
                        f"{h.plan.gpus} of them for this load, and no purchase price is known for the rest"
                    )
                else:
                    out.append(on_hardware(h, "owned", count, bool(owned.get("paid_for", True)), ctx))
            if gpu in buy_types:
                out.append(on_hardware(h, "bought", 0, False, ctx))
    # keep the two cheapest bought options: buying is one decision, not one per GPU type (those breaking the fewest
    # constraints first: a cheaper fleet of a model below the quality bar must not crowd them out, even when every
    # fleet breaks one, as when nobody on the team runs GPUs yet)
    bought = sorted((c for c in out if c.traits.hosting == "bought"), key=lambda c: (len(c.broken_kinds), c.cost))
    out = [c for c in out if c.traits.hosting != "bought"] + bought[:2]
    return out, skipped, parts
