"""Hybrid routing: a share of traffic to a small model (self-hosted, or a small model's API), the rest to an
API."""

from __future__ import annotations

import math
from typing import Literal

from pydantic import Field

from tools.api_cost import ApiCostResult, Workload, api_cost
from tools.catalog import Catalog, ResolvedPrice
from tools.numbers import gpu_label
from tools.results import Result, money, unique_sources
from tools.sizing import Precision
from tools.tco import TcoInput, TrafficShape, presets


class HybridResult(Result):
    small_share: float
    small_tokens_per_month: float
    api_tokens_per_month: float
    self_host_monthly_usd: float = Field(description="small model deployment(s)")
    small_replicas: int
    api_monthly_usd: float
    blended_monthly_usd: float
    all_api_monthly_usd: float
    all_self_host_monthly_usd: float | None
    savings_vs_all_api_usd: float
    savings_vs_all_api_pct: float
    savings_vs_all_self_host_usd: float | None
    api_model: str
    small_model: str | None = None
    small_gpu: str | None = None
    small_gpus: int = Field(default=0, description="GPUs of the small model's fleet, spares included")
    small_route: Literal["self_host", "api", "owned"] = Field(
        default="self_host",
        description="where the routed share goes: a small self-hosted fleet, a small API, or GPUs you already have "
        "(as much of the traffic as they carry)",
    )
    small_api_monthly_usd: float = Field(default=0.0, description="the small API's bill for the simple share")
    api_name: str = Field(default="", description="the API's model as people call it ('GPT-5')")
    small_name: str = Field(default="", description="the small model as people call it, when it is an API")
    small_provider: str | None = Field(default=None, description="the small API's provider, when it is an API")

    @property
    def small_monthly_usd(self) -> float:
        """What the simple share costs, its fleet or its API bill."""
        return self.self_host_monthly_usd + self.small_api_monthly_usd


def hybrid_routing(
    workload: Workload,
    small_share: float,
    api_price: ResolvedPrice,
    small_monthly_usd: float,
    catalog: Catalog,
    small_capacity_tokens_per_month: float | None = None,
    all_self_host_monthly_usd: float | None = None,
    small_replicas: int | None = None,
) -> HybridResult:
    """Blended monthly cost of routing ``small_share`` of tokens to a small self-hosted model.

    ``small_monthly_usd`` is per replica, multiplied by the replicas the capacity needs; with
    ``small_replicas`` given it is the whole small fleet's cost (already sized).
    """
    if not 0 <= small_share <= 1:
        raise ValueError("routed share must be between 0 and 1")
    if small_monthly_usd < 0:
        raise ValueError("small-model cost cannot be negative")
    small_tokens = workload.total_tokens_per_month * small_share
    replicas = 0
    if small_replicas is not None:
        replicas = small_replicas if small_share > 0 else 0
        self_host = small_monthly_usd if small_share > 0 else 0.0
    else:
        if small_share > 0:
            replicas = 1
            if small_capacity_tokens_per_month:
                replicas = max(1, math.ceil(small_tokens / small_capacity_tokens_per_month))
        self_host = small_monthly_usd * replicas
    rest = api_cost(workload.scaled(1 - small_share), api_price, catalog)
    full = api_cost(workload, api_price, catalog)
    blended = self_host + rest.monthly_usd
    savings = full.monthly_usd - blended
    notes = []
    if savings < 0:
        notes.append("routing costs more than sending everything to the API at this volume")
    return HybridResult(
        small_share=small_share,
        small_tokens_per_month=round(small_tokens),
        api_tokens_per_month=round(workload.total_tokens_per_month - small_tokens),
        self_host_monthly_usd=money(self_host),
        small_replicas=replicas,
        api_monthly_usd=rest.monthly_usd,
        blended_monthly_usd=money(blended),
        all_api_monthly_usd=full.monthly_usd,
        all_self_host_monthly_usd=money(all_self_host_monthly_usd) if all_self_host_monthly_usd is not None else None,
        savings_vs_all_api_usd=money(savings),
        savings_vs_all_api_pct=round(savings / full.monthly_usd * 100, 2) if full.monthly_usd else 0.0,
        savings_vs_all_self_host_usd=money(all_self_host_monthly_usd - blended)
        if all_self_host_monthly_usd is not None
        else None,
        api_model=full.model,
        api_name=full.name,
        assumptions=[
            f"{small_share:.0%} of tokens (the simple requests) go to the small self-hosted model",
            "the small model's fleet is sized for its share at the peak"
            if small_replicas is not None
            else "the small model's cost is fixed per replica, whatever share it serves",
            *full.assumptions,
        ],
        sources=unique_sources(full.sources),
        notes=notes,
    )


SMALL_MODEL = "llama-3.1-8b"
SMALL_GPU = "l4"
SMALL_PRECISION: Precision = "fp16"


def hybrid_fleet(
    workload: Workload,
    small_share: float,
    api_price: ResolvedPrice,
    catalog: Catalog,
    *,
    hidden: TcoInput | None = None,
    small_model: str = SMALL_MODEL,
    gpu: str = SMALL_GPU,
    precision: Precision = SMALL_PRECISION,
    traffic_shape: TrafficShape = "steady",
    peak_to_average: float = 1.5,
    batch: bool = False,
    all_self_host_monthly_usd: float | None = None,
) -> HybridResult:
    """Hybrid routing with the small model's fleet sized from its share, like any self-hosted fleet."""
    from tools.compare import replica_for, replica_tokens_per_s
    from tools.fleet import fleet_tco, plan_fleet

    if not 0 <= small_share <= 1:
        raise ValueError("routed share must be between 0 and 1")
    spec = hidden or presets()["small-7b-l4"].tco
    replica, gpus, why = replica_for(small_model, precision, gpu, catalog)
    if replica is None:
        raise ValueError(why or f"{small_model} does not fit on {gpu}")
    routed = workload.scaled(small_share)
    plan = plan_fleet(
        routed,
        replica_tokens_per_s(replica, workload.input_share),
        gpus,
        traffic_shape=traffic_shape,
        peak_to_average=peak_to_average,
        batch=batch,
    )
    cost = fleet_tco(plan, gpu, spec.model_copy(update={"throughput_tokens_per_s": None}), catalog)
    result = hybrid_routing(
        workload,
        small_share,
        api_price,
        cost.tco.monthly_usd,
        catalog,
        all_self_host_monthly_usd=all_self_host_monthly_usd,
        small_replicas=plan.replicas,
    )
    result.small_model = small_model
    result.small_gpu = gpu
    result.small_gpus = plan.gpus
    result.assumptions[1:1] = [
        f"small model {catalog.open_model(small_model).name} ({precision}) on {gpu_label(gpu)}: {plan.describe()}",
        *plan.assumptions,
        *[a for a in cost.tco.assumptions if a.startswith(("staff time", "pricing compared"))],
    ]
    result.sources = unique_sources([*result.sources, *cost.tco.sources, *plan.sources])
    return result


def api_routing(workload: Workload, small_share: float, small: ApiCostResult, api: ApiCostResult) -> HybridResult:
    """Blended monthly cost of routing ``small_share`` of tokens to a small model's API, the rest to another API.

    ``small`` and ``api`` are the two APIs priced for the whole workload (as the comparison priced them, regional
    prices included): at the same request sizes an API bill is proportional to the tokens sent, so each part is
    its share of that bill. No fleet, so no fixed cost: the saving is the price gap on the routed share."""
    if not 0 < small_share < 1:
        raise ValueError("routed share must be between 0 and 1, exclusive")
    small_usd = small.monthly_usd * small_share
    rest_usd = api.monthly_usd * (1 - small_share)
    blended = small_usd + rest_usd
    savings = api.monthly_usd - blended
    small_tokens = workload.total_tokens_per_month * small_share
    return HybridResult(
        small_share=small_share,
        small_tokens_per_month=round(small_tokens),
        api_tokens_per_month=round(workload.total_tokens_per_month - small_tokens),
        self_host_monthly_usd=0.0,
        small_replicas=0,
        api_monthly_usd=money(rest_usd),
        blended_monthly_usd=money(blended),
        all_api_monthly_usd=api.monthly_usd,
        all_self_host_monthly_usd=None,
        savings_vs_all_api_usd=money(savings),
        savings_vs_all_api_pct=round(savings / api.monthly_usd * 100, 2) if api.monthly_usd else 0.0,
        savings_vs_all_self_host_usd=None,
        api_model=api.model,
        small_model=small.model,
        small_name=small.name,
        small_provider=small.provider,
        api_name=api.name,
        small_route="api",
        small_api_monthly_usd=money(small_usd),
        assumptions=[
            f"{small_share:.0%} of tokens (the simple requests) go to {small.name}, the rest to {api.name}",
            "at the same request sizes an API bill is proportional to the tokens sent",
            "a router (rules or a small classifier) picks the model per request; building it is not priced here",
        ],
        sources=unique_sources([*small.sources, *api.sources]),
        notes=["routing costs more than sending everything to one API"] if savings < 0 else [],
    )


def owned_split(
    workload: Workload,
    owned_share: float,
    owned_monthly_usd: float,
    owned_gpus: int,
    gpu: str,
    model: str,
    api_whole_monthly_usd: float,
    api_model: str,
    api_name: str,
) -> HybridResult:
    """Blended monthly cost of the share of traffic the GPUs you already have carry, the rest to an API.

    ``owned_monthly_usd`` is what running your GPUs for that share costs (power, operations, a lease); the API's bill
    for the whole workload, ``api_whole_monthly_usd``, is scaled to the rest: at the same request sizes an API bill is
    proportional to the tokens sent."""
    if not 0 < owned_share < 1:
        raise ValueError("the share your GPUs carry must be between 0 and 1, exclusive")
    if owned_monthly_usd < 0 or api_whole_monthly_usd < 0:
        raise ValueError("a monthly cost cannot be negative")
    rest = api_whole_monthly_usd * (1 - owned_share)
    blended = owned_monthly_usd + rest
    savings = api_whole_monthly_usd - blended
    owned_tokens = workload.total_tokens_per_month * owned_share
    return HybridResult(
        small_share=owned_share,
        small_tokens_per_month=round(owned_tokens),
        api_tokens_per_month=round(workload.total_tokens_per_month - owned_tokens),
        self_host_monthly_usd=money(owned_monthly_usd),
        small_replicas=0,
        api_monthly_usd=money(rest),
        blended_monthly_usd=money(blended),
        all_api_monthly_usd=money(api_whole_monthly_usd),
        all_self_host_monthly_usd=None,
        savings_vs_all_api_usd=money(savings),
        savings_vs_all_api_pct=round(savings / api_whole_monthly_usd * 100, 2) if api_whole_monthly_usd else 0.0,
        savings_vs_all_self_host_usd=None,
        api_model=api_model,
        api_name=api_name,
        small_model=model,
        small_gpu=gpu,
        small_gpus=owned_gpus,
        small_route="owned",
        assumptions=[
            f"your {owned_gpus} x {gpu_label(gpu)} carry {owned_share:.0%} of the tokens, as much as they serve at the "
            "peak; the rest goes to " + api_name,
            "at the same request sizes an API bill is proportional to the tokens sent",
            "a router (or a queue that overflows to the API) sends each request; building it is not priced here",
        ],
        notes=["your GPUs and the API together cost more than the API alone"] if savings < 0 else [],
    )
