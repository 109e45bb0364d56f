"""A self-hosted fleet on hardware that is not rented: GPUs you own (their marginal cost) or would buy
(capital spread over their life), with the operations time each brings.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.decision.constraints import Needs, Traits, check
from assistant.decision.inputs import AnalysisOptions
from assistant.decision.latency import LatencyEstimate
from assistant.decision.results import Candidate, CostRow, SelfHostDetail
from assistant.decision.rules import Tier
from tools.catalog import Catalog
from tools.compare import SelfHostOption
from tools.fleet_policy import fleet_policy
from tools.owned import OwnedGpuInput, owned_gpu_cost
from tools.results import money
from tools.sources import article_source
from tools.tco import LineItem


class HardwareContext(BaseModel):
    """What pricing a fleet on owned or bought hardware needs besides the fleet itself."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    needs: Needs
    opts: AnalysisOptions
    tier: Tier
    lat: LatencyEstimate
    note: str
    hidden_note: str
    catalog: Catalog


def on_hardware(
    h: SelfHostOption,
    kind: Literal["owned", "bought"],
    owned_count: int,
    paid_for: bool,
    ctx: HardwareContext,
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
