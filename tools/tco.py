"""Self-host total cost of ownership, itemised, with idle cost and the multiplier view."""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tools.catalog import Catalog
from tools.catalog_models import Pricing
from tools.results import HOURS_PER_MONTH, Result, money, unique_sources
from tools.sources import Source, article_source

TrafficShape = Literal["steady", "business_hours", "bursty"]
HOURS_PER_WEEK = 168


class TcoInput(BaseModel):
    """A self-hosted deployment and every cost around the GPUs; zero means 'not counted'."""

    model_config = ConfigDict(extra="forbid")

    gpu: str = Field(default="a100-80gb", description="GPU type or rental offer, e.g. h100, 8x-h100")
    gpus: int | None = Field(default=None, ge=1, le=4096, description="GPUs (default: the offer's)")
    gpu_hourly_usd: float | None = Field(default=None, gt=0, description="price per GPU-hour")
    gpu_monthly_usd: float | None = Field(default=None, gt=0, description="price per GPU-month")
    pricing: Pricing = Field(default="on_demand", description="on_demand, reserved or spot")
    spot_discount: float | None = Field(default=None, ge=0, lt=1)
    reserved_discount: float | None = Field(default=None, ge=0, lt=1)
    hours_per_month: float = Field(default=HOURS_PER_MONTH, gt=0, le=744, description="GPU hours billed a month")
    failover_share: float = Field(default=0, ge=0, le=2, description="hot standby, share of primary")
    orchestration_monthly_usd: float = Field(default=0, ge=0)
    networking_monthly_usd: float = Field(default=0, ge=0, description="load balancer and egress")
    storage_monthly_usd: float = Field(default=0, ge=0)
    monitoring_monthly_usd: float = Field(default=0, ge=0)
    evaluation_monthly_usd: float = Field(default=0, ge=0)
    security_patching_monthly_usd: float = Field(default=0, ge=0)
    guardrails_monthly_usd: float = Field(default=0, ge=0)
    logging_audit_monthly_usd: float = Field(default=0, ge=0)
    overhead_monthly_usd: float = Field(default=0, ge=0, description="other infrastructure")
    engineering_hours_per_month: float = Field(default=0, ge=0, le=744)
    engineering_rate_usd: float = Field(default=100, ge=0, description="USD per engineer-hour")
    engineering_fte_share: float = Field(default=0, ge=0, le=50, description="share of one FTE")
    fte_annual_usd: float = Field(default=192_000, ge=0, description="loaded annual cost of one FTE")
    upgrades_per_year: float = Field(default=0, ge=0, le=52)
    weeks_per_upgrade: float = Field(default=0, ge=0, le=52)
    traffic_shape: TrafficShape = "steady"
    peak_to_average: float | None = Field(default=None, ge=1, le=1000)
    business_hours_per_week: float | None = Field(
        default=None, gt=0, le=168, description="hours a week business-hours traffic runs (default: the policy's)"
    )
    throughput_tokens_per_s: float | None = Field(default=None, gt=0, description="per deployment")
    capacity_tokens_per_month: float | None = Field(default=None, gt=0)
    multiplier: float | None = Field(
        default=None, ge=1, le=10, description="hidden costs as raw GPU x this, instead of items"
    )


class LineItem(BaseModel):
    name: str
    monthly_usd: float
    note: str


class TcoResult(Result):
    """Monthly cost of a self-hosted deployment, item by item."""

    monthly_usd: float
    raw_gpu_monthly_usd: float = Field(description="primary GPUs only")
    multiplier: float = Field(description="monthly_usd / raw_gpu_monthly_usd")
    line_items: list[LineItem]
    gpu: str
    gpus: int
    usd_per_gpu_hour: float
    pricing: str
    hours_per_month: float
    utilization: float = Field(description="average share of capacity used, from the traffic shape")
    idle_gpu_monthly_usd: float = Field(description="part of the GPU bill paid for idle time")
    capacity_tokens_per_month: float | None
    usd_per_mtok_at_capacity: float | None
    multiplier_ranges: list[str]


class TcoPreset(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str
    description: str
    source: Source
    tco: TcoInput


@cache
def presets() -> dict[str, TcoPreset]:
    """The TCO presets that reproduce the articles' worked examples."""
    from tools.catalog import DATA_DIR

    data = tomllib.loads((DATA_DIR / "tco_presets.toml").read_text())
    return {p["name"]: TcoPreset.model_validate(p) for p in data["presets"]}


def multiplier_ranges() -> list[tuple[float, float, Source]]:
    """How the articles bracket true TCO against raw GPU rental."""
    return [
        (1.3, 2.0, article_source("devtk-real-cost-breakdown-2026", "Total Cost Adjustment")),
        (
            2.0,
            3.5,
            article_source(
                "self-hosting-worth-it-2026",
                "What Does Self-Hosted Inference Actually Cost Per Month?",
            ),
        ),
        (
            1.3,
            1.5,
            article_source(
                "self-hosting-worth-it-2026",
                "Where Is the Actual Crossover Point? (existing ML infrastructure)",
            ),
        ),
        (
            3.0,
            5.0,
            article_source("cost-modeling-guide-2026", "The Token Trap: Why Per-Token Pricing is Deceptive"),
        ),
    ]


def utilization_for(
    shape: TrafficShape, peak_to_average: float | None, business_hours_per_week: float | None = None
) -> float:
    """Average share of provisioned capacity in use: capacity is sized for the peak."""
    if shape == "business_hours":
        from tools.fleet_policy import fleet_policy  # the fleet policy owns the business-hours convention

        return (business_hours_per_week or fleet_policy().business_hours_per_week) / HOURS_PER_WEEK
    default_peak = {"steady": 1.2, "bursty": 4.0}[shape]
    return 1 / (peak_to_average or default_peak)


def _given_rate(spec: TcoInput, slug: str, gpus: int) -> tuple[float, int, str, list[Source], list[str]]:
    """The rental line at the price the user gave, per GPU-month or per GPU-hour."""
    if spec.gpu_monthly_usd is not None:
        note = f"GPU price given as ${spec.gpu_monthly_usd:,.2f} per GPU-month"
        return spec.gpu_monthly_usd / spec.hours_per_month, gpus, slug, [], [note]
    assert spec.gpu_hourly_usd is not None  # only called with a price given
    return spec.gpu_hourly_usd, gpus, slug, [], [f"GPU price given as ${spec.gpu_hourly_usd:g} per GPU-hour"]


def _gpu_rate(spec: TcoInput, catalog: Catalog) -> tuple[float, int, str, list[Source], list[str]]:
    """USD per GPU-hour, GPU count, the GPU's slug, sources and assumptions for the rental line.

    A price and a count given for a GPU no cloud rents (a workstation card you own) need no rental offer."""
    priced = spec.gpu_monthly_usd is not None or spec.gpu_hourly_usd is not None
    try:
        offer = catalog.gpu_offer(spec.gpu)
    except LookupError:
        if spec.gpus is None or not priced:
            raise
        return _given_rate(spec, catalog.gpu_spec(spec.gpu).slug, spec.gpus)
    gpus = spec.gpus or offer.count
    if priced:
        return _given_rate(spec, offer.slug, gpus)
    rate = offer.usd_per_gpu_hour
    sources: list[Source] = [offer.source]
    notes = [f"{offer.slug}: ${rate:g} per GPU-hour ({offer.pricing.replace('_', '-')})"]
    if spec.pricing != offer.pricing:
        rng = catalog.spot_discount if spec.pricing == "spot" else catalog.reserved_discount
        given = spec.spot_discount if spec.pricing == "spot" else spec.reserved_discount
        if given is None and rng is None:
            raise ValueError(f"no {spec.pricing} discount known; give one")
        discount = given if given is not None else rng.mid  # type: ignore[union-attr]
        if given is None and rng is not None:
            sources.append(rng.source)
            notes.append(f"{spec.pricing} discount {discount:.0%} (middle of {rng.low:.0%}-{rng.high:.0%})")
        else:
            notes.append(f"{spec.pricing} discount {discount:.0%} as given")
        if spec.pricing == "spot":
            notes.append("spot capacity can be reclaimed at any time: unsuitable without failover")
        rate *= 1 - discount
    return rate, gpus, offer.slug, sources, notes


def compute_tco(spec: TcoInput, catalog: Catalog) -> TcoResult:
    """Itemise the monthly cost of a self-hosted deployment."""
    rate, gpus, gpu_slug, sources, assumptions = _gpu_rate(spec, catalog)
    raw = rate * gpus * spec.hours_per_month
    items = [
        LineItem(
            name="GPU rental (primary)",
            monthly_usd=money(raw),
            note=f"{gpus} GPU x ${rate:,.4g}/h x {spec.hours_per_month:g} h",
        )
    ]

    def add(name: str, value: float, note: str) -> None:
        if value > 0:
            items.append(LineItem(name=name, monthly_usd=money(value), note=note))

    if spec.multiplier is not None:
        add(
            "Hidden costs (multiplier view)",
            raw * (spec.multiplier - 1),
            f"raw GPU x {spec.multiplier:g} in total",
        )
    else:
        add(
            "GPU failover / hot standby",
            raw * spec.failover_share,
            f"{spec.failover_share:.0%} of primary GPUs",
        )
        add("Orchestration / inference server", spec.orchestration_monthly_usd, "flat monthly amount")
        add("Load balancer, networking and egress", spec.networking_monthly_usd, "flat monthly amount")
        add("Storage (weights, checkpoints)", spec.storage_monthly_usd, "flat monthly amount")
        add("Monitoring and observability", spec.monitoring_monthly_usd, "flat monthly amount")
        eng = spec.engineering_hours_per_month * spec.engineering_rate_usd
        add(
            "Engineering time (hours)",
            eng,
            f"{spec.engineering_hours_per_month:g} h x ${spec.engineering_rate_usd:g}/h",
        )
        add(
            "Engineering time (FTE share)",
            spec.engineering_fte_share * spec.fte_annual_usd / 12,
            f"{spec.engineering_fte_share:.0%} of ${spec.fte_annual_usd:,.0f}/year",
        )
        week_cost = 40 * spec.engineering_rate_usd
        add(
            "Model upgrades",
            spec.upgrades_per_year * spec.weeks_per_upgrade * week_cost / 12,
            f"{spec.upgrades_per_year:g}/year x {spec.weeks_per_upgrade:g} weeks x ${week_cost:,.0f}/week",
        )
        add("Model evaluation pipeline", spec.evaluation_monthly_usd, "flat monthly amount")
        add("Security patching and updates", spec.security_patching_monthly_usd, "flat monthly amount")
        add("Guardrails and content filtering", spec.guardrails_monthly_usd, "flat monthly amount")
        add("Logging and audit trail", spec.logging_audit_monthly_usd, "flat monthly amount")
        add("Other infrastructure overhead", spec.overhead_monthly_usd, "flat monthly amount")
    total = sum(i.monthly_usd for i in items)
    utilization = utilization_for(spec.traffic_shape, spec.peak_to_average, spec.business_hours_per_week)
    capacity = spec.capacity_tokens_per_month
    if capacity is None and spec.throughput_tokens_per_s:
        capacity = spec.throughput_tokens_per_s * spec.hours_per_month * 3600
    notes: list[str] = []
    if len(items) == 1:
        notes.append("only the GPU rental is counted: the articles put true cost at 1.3-3.5x it")
    ranges = multiplier_ranges()
    return TcoResult(
        monthly_usd=money(total),
        raw_gpu_monthly_usd=money(raw),
        multiplier=round(total / raw, 3) if raw else 0.0,
        line_items=items,
        gpu=gpu_slug,
        gpus=gpus,
        usd_per_gpu_hour=round(rate, 4),
        pricing=spec.pricing,
        hours_per_month=spec.hours_per_month,
        utilization=round(utilization, 4),
        idle_gpu_monthly_usd=money(raw * (1 - utilization)),
        capacity_tokens_per_month=capacity,
        usd_per_mtok_at_capacity=round(total / capacity * 1e6, 4) if capacity else None,
        multiplier_ranges=[f"{lo:g}-{hi:g}x: {src.label()}" for lo, hi, src in ranges],
        assumptions=[
            f"GPU rental billed per hour, {spec.hours_per_month:g} hours a month",
            *assumptions,
            f"traffic shape {spec.traffic_shape.replace('_', ' ')}: capacity is sized for the peak, "
            f"so on average {utilization:.0%} of it is used",
        ],
        sources=unique_sources(sources),
        notes=notes,
    )


def preset_tco(name: str, catalog: Catalog, **overrides: object) -> TcoResult:
    """Compute a named preset, optionally changing some of its inputs."""
    table = presets()
    if name not in table:
        raise KeyError(f"unknown TCO preset {name!r}; known: {', '.join(table)}")
    preset = table[name]
    spec = preset.tco.model_copy(update=overrides) if overrides else preset.tco
    spec = TcoInput.model_validate(spec.model_dump())
    result = compute_tco(spec, catalog)
    result.sources.insert(0, preset.source)
    return result
