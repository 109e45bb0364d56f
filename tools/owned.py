"""Hardware you own or buy: consumer hardware (amortisation plus electricity, no redundancy) and
data-centre GPUs, either already paid for (marginal cost: power x PUE x $/kWh, space, operations
time, an optional opportunity cost) or bought (the purchase spread over a stated life, plus the same)."""

from __future__ import annotations

import tomllib
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from tools.catalog import Catalog
from tools.numbers import count_of
from tools.results import HOURS_PER_MONTH, Result, money, unique_sources
from tools.sources import Source, assumption
from tools.tco import LineItem


class OwnedInput(BaseModel):
    """Hardware you buy and run yourself."""

    model_config = ConfigDict(extra="forbid")

    hardware: str = Field(description="hardware slug, e.g. rtx-4090, mac-m4-max-128gb")
    units: int = Field(default=1, ge=1, le=1000)
    price_usd: float | None = Field(default=None, gt=0, description="override the purchase price")
    life_months: float = Field(default=36, gt=0, le=120, description="amortisation period")
    usd_per_kwh: float = Field(default=0.15, ge=0, le=5, description="electricity price")
    pue: float = Field(default=1.0, ge=1, le=3, description="power usage effectiveness")
    load_share: float = Field(default=1.0, ge=0, le=1, description="share of hours at full draw")
    hours_per_month: float = Field(default=HOURS_PER_MONTH, gt=0, le=744)
    maintenance_monthly_usd: float = Field(default=0, ge=0)
    engineering_hours_per_month: float = Field(default=0, ge=0)
    engineering_rate_usd: float = Field(default=100, ge=0)


class OwnedResult(Result):
    hardware: str
    units: int
    purchase_usd: float
    amortisation_monthly_usd: float
    electricity_monthly_usd: float
    kwh_per_month: float
    engineering_monthly_usd: float
    monthly_usd: float
    redundancy: bool = False


def owned_cost(spec: OwnedInput, catalog: Catalog) -> OwnedResult:
    """Monthly cost of hardware bought once and run on your own power."""
    item = catalog.hardware_item(spec.hardware)
    price = spec.price_usd or item.price_usd
    purchase = price * spec.units
    amort = purchase / spec.life_months
    kwh = item.watts * spec.units * spec.hours_per_month * spec.load_share / 1000 * spec.pue
    power = kwh * spec.usd_per_kwh
    eng = spec.engineering_hours_per_month * spec.engineering_rate_usd
    total = amort + power + spec.maintenance_monthly_usd + eng
    return OwnedResult(
        hardware=item.slug,
        units=spec.units,
        purchase_usd=money(purchase),
        amortisation_monthly_usd=money(amort),
        electricity_monthly_usd=money(power),
        kwh_per_month=round(kwh, 1),
        engineering_monthly_usd=money(eng),
        monthly_usd=money(total),
        assumptions=[
            f"purchase ${price:,.0f} x {spec.units} spread over {spec.life_months:g} months",
            f"{item.watts:g} W per unit, {spec.load_share:.0%} of {spec.hours_per_month:g} hours "
            f"at full draw, PUE {spec.pue:g}, ${spec.usd_per_kwh:g}/kWh",
        ],
        sources=[
            item.source,
            item.spec_source,
            assumption("Electricity price", "US average retail rate; override it"),
        ],
        notes=[
            "no redundancy: if this machine fails the service is down until it is repaired",
            "the articles put a GPU workstation's electricity at roughly $30-80 a month",
        ],
    )


# ---------------------------------------------------------------- data-centre GPUs you own or buy


class GpuPurchase(BaseModel):
    """Purchase price and server power of one data-centre GPU (``tools/data/gpu_purchase.toml``)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    gpu: str
    usd_per_gpu: float = Field(ge=0, description="price per GPU including its share of the server")
    server_watts_per_gpu: float = Field(gt=0, description="GPU plus server share at full load")
    price_source: Source
    power_source: Source


class Site(BaseModel):
    """Running costs of your own data centre or a colocation facility."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    usd_per_kwh: float = Field(ge=0)
    pue: float = Field(ge=1, le=3)
    space_usd_per_kw_month: float = Field(ge=0)
    life_months: float = Field(gt=0, le=120)
    usd_per_kwh_source: Source
    pue_source: Source
    space_source: Source
    life_source: Source


class PurchaseData(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    gpus: tuple[GpuPurchase, ...]
    site: Site

    def for_gpu(self, gpu: str) -> GpuPurchase | None:
        return next((g for g in self.gpus if g.gpu == gpu), None)


@cache
def purchase_data() -> PurchaseData:
    from tools.catalog import DATA_DIR

    return PurchaseData.model_validate(tomllib.loads((DATA_DIR / "gpu_purchase.toml").read_text()))


def purchase_gpus() -> list[str]:
    return [g.gpu for g in purchase_data().gpus]


class OwnedGpuInput(BaseModel):
    """Data-centre GPUs you already own (``paid_for``: the purchase is sunk) or would buy."""

    model_config = ConfigDict(extra="forbid")

    gpu: str = Field(description="GPU type, e.g. h100, a100-80gb, l40s")
    units: int = Field(default=1, ge=1, le=10_000_000, description="GPUs owned or bought")
    used_units: int | None = Field(default=None, ge=0, description="GPUs the workload uses (default: all)")
    paid_for: bool = Field(default=False, description="already bought: the purchase is a sunk cost")
    price_usd_per_gpu: float | None = Field(default=None, ge=0, description="purchase price per GPU; 0 is valid")
    life_months: float | None = Field(default=None, gt=0, le=120, description="amortisation period")
    usd_per_kwh: float | None = Field(default=None, ge=0, le=5)
    pue: float | None = Field(default=None, ge=1, le=3)
    space_usd_per_kw_month: float | None = Field(
        default=None, ge=0, description="colocation space and cooling (default: 0 for hardware already housed)"
    )
    load_share: float = Field(default=1.0, ge=0, le=1, description="share of hours the used GPUs run at full draw")
    hours_per_month: float = Field(default=HOURS_PER_MONTH, gt=0, le=744)
    ops_hours_per_gpu_month: float | None = Field(default=None, ge=0, description="operations time per used GPU")
    ops_base_hours_per_month: float = Field(default=0, ge=0)
    engineering_rate_usd: float = Field(default=100, ge=0)
    opportunity_usd_per_gpu_hour: float = Field(
        default=0, ge=0, description="what a used GPU would earn otherwise (rented out, other work)"
    )


class OwnedGpuResult(Result):
    gpu: str
    units: int
    used_units: int
    paid_for: bool
    purchase_usd: float
    line_items: list[LineItem]
    monthly_usd: float
    kwh_per_month: float
    usd_per_gpu_hour: float = Field(description="monthly cost over the used GPU-hours")
    rental_usd_per_gpu_hour: float | None = Field(description="on-demand rental price of the same GPU")
    rental_monthly_usd: float | None = Field(description="the used GPUs rented on demand for the same hours")


def owned_gpu_cost(spec: OwnedGpuInput, catalog: Catalog) -> OwnedGpuResult:
    """Monthly cost of data-centre GPUs you own (marginal: power, space, operations, opportunity)
    or buy (the purchase spread over its life, plus the same running costs)."""
    data = purchase_data()
    gpu = catalog.gpu_spec(spec.gpu).slug
    item = data.for_gpu(gpu)
    site = data.site
    if item is None and spec.price_usd_per_gpu is None and not spec.paid_for:
        raise ValueError(f"no purchase price known for {gpu}; give one")
    used = spec.units if spec.used_units is None else min(spec.used_units, spec.units)
    watts = item.server_watts_per_gpu if item else catalog.gpu_spec(gpu).watts * 1.6
    price = spec.price_usd_per_gpu if spec.price_usd_per_gpu is not None else (item.usd_per_gpu if item else 0.0)
    life = spec.life_months or site.life_months
    kwh_rate = site.usd_per_kwh if spec.usd_per_kwh is None else spec.usd_per_kwh
    pue = spec.pue or site.pue
    space_rate = spec.space_usd_per_kw_month
    if space_rate is None:
        space_rate = 0.0 if spec.paid_for else site.space_usd_per_kw_month
    ops_per_gpu = spec.ops_hours_per_gpu_month
    if ops_per_gpu is None:
        from tools.fleet_policy import fleet_policy

        ops_per_gpu = fleet_policy().staff_hours_per_gpu_month
    hours = spec.hours_per_month * spec.load_share
    kw_it = watts * used / 1000
    kwh = kw_it * hours * pue
    items: list[LineItem] = []

    def add(name: str, value: float, note: str) -> None:
        if value > 0 or name.startswith("Purchase"):
            items.append(LineItem(name=name, monthly_usd=money(value), note=note))

    purchase = price * spec.units
    if spec.paid_for:
        items.append(LineItem(name="Purchase (already paid)", monthly_usd=0.0, note="sunk cost: not counted"))
    else:
        add("Purchase, spread over its life", purchase / life, f"{spec.units} x ${price:,.0f} over {life:g} months")
    add("Electricity", kwh * kwh_rate, f"{used} x {watts:g} W x {hours:,.0f} h x PUE {pue:g} at ${kwh_rate:g}/kWh")
    add(
        "Space and cooling",
        watts * spec.units / 1000 * space_rate,
        f"{count_of(spec.units, 'GPU')} at ${space_rate:g} per kW a month",
    )
    ops_hours = spec.ops_base_hours_per_month + ops_per_gpu * used
    add(
        "Operations time",
        ops_hours * spec.engineering_rate_usd,
        f"{ops_hours:,.0f} h x ${spec.engineering_rate_usd:g}/h",
    )
    add(
        "Opportunity cost",
        spec.opportunity_usd_per_gpu_hour * used * hours,
        f"${spec.opportunity_usd_per_gpu_hour:g} per GPU-hour the GPUs could earn elsewhere",
    )
    total = sum(i.monthly_usd for i in items)
    try:
        offer = catalog.gpu_offer(gpu)
        rental_rate: float | None = offer.usd_per_gpu_hour
        rental_source: list[Source] = [offer.source]
    except LookupError:
        rental_rate, rental_source = None, []
    gpu_hours = used * hours
    sources: list[Source] = [site.usd_per_kwh_source, site.pue_source]
    if item:
        sources[:0] = [item.price_source, item.power_source]
    if not spec.paid_for:
        sources += [site.life_source, site.space_source]
    notes = []
    if spec.paid_for:
        notes.append("the GPUs are already paid for: only running them costs money (marginal cost)")
    if used < spec.units:
        notes.append(f"{spec.units - used} of {spec.units} GPUs stay free for other work")
    return OwnedGpuResult(
        gpu=gpu,
        units=spec.units,
        used_units=used,
        paid_for=spec.paid_for,
        purchase_usd=money(purchase),
        line_items=items,
        monthly_usd=money(total),
        kwh_per_month=round(kwh, 1),
        usd_per_gpu_hour=round(total / gpu_hours, 4) if gpu_hours else 0.0,
        rental_usd_per_gpu_hour=rental_rate,
        rental_monthly_usd=money(rental_rate * gpu_hours) if rental_rate is not None else None,
        assumptions=[
            f"{count_of(used, 'GPU')} used for {hours:,.0f} h a month at {watts:g} W each (GPU plus server share)",
            f"PUE {pue:g}, electricity ${kwh_rate:g}/kWh",
            "purchase not counted: already paid for"
            if spec.paid_for
            else f"purchase ${price:,.0f} per GPU spread over {life:g} months, no resale value",
            f"operations {ops_per_gpu:g} h per GPU a month at ${spec.engineering_rate_usd:g}/h",
        ],
        sources=unique_sources(sources + rental_source),
        notes=notes,
    )
