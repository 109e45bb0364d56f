"""Fleet-level self-hosting: replicas for the peak with headroom and N+1 spares, GPU hours scheduled
to the traffic shape, staff time that grows with the fleet, and the cheaper of on-demand and reserved.

One model serves the analysis, the comparison, breakevens and the charts: ``plan_fleet`` sizes,
``fleet_tco`` prices, ``fleet_line`` turns the same plan into cost-against-volume for breakevens.
"""

from __future__ import annotations

import math
from typing import Literal

from pydantic import BaseModel, Field

from tools.api_cost import Workload
from tools.breakeven import SelfHostLine
from tools.catalog import Catalog
from tools.catalog_models import Pricing
from tools.fleet_policy import FleetPolicy as FleetPolicy
from tools.fleet_policy import Sourced as Sourced
from tools.fleet_policy import fleet_policy as fleet_policy
from tools.numbers import count_of
from tools.results import Result
from tools.tco import TcoInput, TcoResult, TrafficShape, compute_tco

Schedule = Literal["always_on", "business_hours", "batch_window"]
SCHEDULE_WORDS: dict[str, str] = {
    "always_on": "around the clock",
    "business_hours": "in business hours",
    "batch_window": "in an overnight batch window",
}


class FleetPlan(Result):
    """Replicas, GPUs and GPU hours for one model on one GPU type, scheduled to the traffic."""

    schedule: Schedule
    replica_tokens_per_s: float = Field(description="tokens/s one replica serves when fully busy, at this mix")
    serving_replicas: int
    spare_replicas: int
    replicas: int
    gpus_per_replica: int
    gpus: int
    window_hours_per_month: float = Field(description="hours a month the full fleet runs")
    off_hours_replicas: int
    hours_per_month: float = Field(description="hours in a month when running 24/7")
    gpu_hours_per_month: float
    peak_factor: float = Field(description="peak rate over the average rate in the window")
    target_utilization: float
    replica_capacity_tokens_per_month: float = Field(description="monthly volume one serving replica adds")
    capacity_tokens_per_month: float = Field(description="monthly volume the serving replicas carry")
    utilization_at_average: float

    def describe(self) -> str:
        spare = f" + {self.spare_replicas} spare" if self.spare_replicas else ""
        off = (
            f", {self.off_hours_replicas} replica kept on outside business hours"
            if self.schedule == "business_hours" and self.off_hours_replicas
            else ""
        )
        return (
            f"{count_of(self.serving_replicas, 'replica')}{spare} of {count_of(self.gpus_per_replica, 'GPU')}, "
            f"{SCHEDULE_WORDS[self.schedule]} ({self.window_hours_per_month:,.0f} h a month){off}"
        )


def plan_fleet(
    workload: Workload,
    replica_tokens_per_s: float,
    gpus_per_replica: int,
    *,
    traffic_shape: TrafficShape = "steady",
    peak_to_average: float = 1.5,
    batch: bool = False,
    policy: FleetPolicy | None = None,
    target_utilization: float | None = None,
) -> FleetPlan:
    """Size the fleet for the peak with headroom and spares, in the hours the traffic needs it."""
    if replica_tokens_per_s <= 0:
        raise ValueError("replica throughput must be positive")
    if peak_to_average < 1:
        raise ValueError("peak-to-average must be at least 1")
    pol = policy or fleet_policy()
    conv = workload.conventions
    days = conv.days_per_month
    hours_24_7 = conv.hours_per_month
    off_hours = 0
    if batch:
        schedule: Schedule = "batch_window"
        window_h = min(pol.batch_window_hours_per_day * days, hours_24_7)
        peak, util, spares = 1.0, target_utilization or pol.batch_utilization, 0
    elif traffic_shape == "business_hours":
        schedule = "business_hours"
        window_h = min(pol.business_hours_per_week / 168 * days * 24, hours_24_7)
        # the profile's peak is against the round-the-clock average; inside the window it is lower
        peak = max(1.0, peak_to_average * window_h / (days * 24))
        util, spares, off_hours = (
            target_utilization or pol.target_utilization,
            pol.spare_replicas,
            pol.off_hours_replicas,
        )
    else:
        schedule = "always_on"
        window_h = hours_24_7
        peak, util, spares = peak_to_average, target_utilization or pol.target_utilization, pol.spare_replicas
    window_s = window_h * 3600 * (days * 24 / hours_24_7)  # traffic seconds the window covers
    avg_rate = workload.total_tokens_per_month / window_s if window_s else 0.0
    per_replica = replica_tokens_per_s * util / (peak * (1 + pol.headroom))
    serving = max(1, math.ceil(avg_rate / per_replica - 1e-9)) if avg_rate > 0 else 1
    replicas = serving + spares
    off_hours = min(off_hours, serving)
    gpu_hours = replicas * gpus_per_replica * window_h + off_hours * gpus_per_replica * (hours_24_7 - window_h)
    replica_capacity = per_replica * window_s
    return FleetPlan(
        schedule=schedule,
        replica_tokens_per_s=round(replica_tokens_per_s, 2),
        serving_replicas=serving,
        spare_replicas=spares,
        replicas=replicas,
        gpus_per_replica=gpus_per_replica,
        gpus=replicas * gpus_per_replica,
        window_hours_per_month=round(window_h, 2),
        off_hours_replicas=off_hours,
        hours_per_month=hours_24_7,
        gpu_hours_per_month=round(gpu_hours, 2),
        peak_factor=round(peak, 3),
        target_utilization=util,
        replica_capacity_tokens_per_month=round(replica_capacity),
        capacity_tokens_per_month=round(replica_capacity * serving),
        utilization_at_average=round(avg_rate / (replica_tokens_per_s * serving), 4) if serving else 0.0,
        assumptions=[
            f"peak {peak:g}x the average {SCHEDULE_WORDS[schedule]}, plus {pol.headroom:.0%} headroom; "
            f"replicas at most {util:.0%} busy at the peak",
            f"{count_of(spares, 'spare replica')} beyond the peak (N+{spares})"
            if spares
            else "no spare replica: a failed batch run is retried inside the window",
            f"the fleet runs {window_h:,.0f} of {hours_24_7:g} hours a month",
        ],
        sources=[pol.sources[k] for k in ("headroom", "target_utilization", "spare_replicas") if k in pol.sources],
    )


class FleetCost(BaseModel):
    """A fleet priced: the TCO of the cheaper pricing, and the line for breakevens and charts."""

    plan: FleetPlan
    pricing: Pricing
    tco: TcoResult
    line: SelfHostLine
    alternatives: dict[str, float] = Field(default_factory=dict, description="monthly USD by pricing considered")


def fleet_tco(
    plan: FleetPlan,
    gpu: str,
    hidden: TcoInput,
    catalog: Catalog,
    pricings: list[Pricing] | None = None,
    policy: FleetPolicy | None = None,
) -> FleetCost:
    """Price the fleet under each pricing (reserved only runs 24/7) and keep the cheapest."""
    pol = policy or fleet_policy()
    options = pricings or ["on_demand", "reserved"]
    staff_hours = 0.0 if hidden.multiplier is not None else pol.staff_hours_per_gpu_month * plan.gpus
    best: FleetCost | None = None
    alternatives: dict[str, float] = {}
    for pricing in options:
        always = pricing == "reserved" or plan.schedule == "always_on"
        hours = plan.hours_per_month if always else plan.gpu_hours_per_month / plan.gpus
        spec = hidden.model_copy(
            update={
                "gpu": gpu,
                "gpus": plan.gpus,
                "pricing": pricing,
                "gpu_monthly_usd": None,
                "hours_per_month": max(hours, 1e-6),
                "failover_share": 0.0 if plan.spare_replicas else hidden.failover_share,
                "engineering_hours_per_month": hidden.engineering_hours_per_month + staff_hours,
                "capacity_tokens_per_month": plan.capacity_tokens_per_month,
                "throughput_tokens_per_s": None,
            }
        )
        tco = compute_tco(spec, catalog)
        alternatives[pricing] = tco.monthly_usd
        if best is None or tco.monthly_usd < best.tco.monthly_usd:
            per_replica_hours = plan.hours_per_month if always else plan.window_hours_per_month
            unit_gpu = tco.usd_per_gpu_hour * plan.gpus_per_replica * per_replica_hours
            if hidden.multiplier is not None:
                unit = unit_gpu * hidden.multiplier
            else:
                unit = unit_gpu + pol.staff_hours_per_gpu_month * plan.gpus_per_replica * hidden.engineering_rate_usd
            fixed = max(0.0, tco.monthly_usd - plan.replicas * unit)
            line = SelfHostLine(
                name=f"self-host on {gpu}",
                fixed_monthly_usd=fixed,
                unit_monthly_usd=unit,
                unit_capacity_tokens_per_month=max(plan.replica_capacity_tokens_per_month, 1.0),
                spare_units=plan.spare_replicas,
            )
            best = FleetCost(plan=plan, pricing=pricing, tco=tco, line=line)
    assert best is not None
    best.alternatives = alternatives
    if len(alternatives) > 1:
        words = ", ".join(f"{k.replace('_', '-')} ${v:,.2f}" for k, v in alternatives.items())
        best.tco.assumptions.append(f"pricing compared for this schedule: {words}; the cheaper is used")
    best.tco.assumptions.insert(0, f"fleet: {plan.describe()}")
    if staff_hours:
        best.tco.assumptions.append(
            f"staff time grows with the fleet: {pol.staff_hours_per_gpu_month:g} h per GPU a month "
            f"({staff_hours:,.0f} h for {plan.gpus} GPUs) on top of the base"
        )
    return best
