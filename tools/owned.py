"""Owned hardware: purchase amortised over its life plus electricity, with no redundancy."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from tools.catalog import Catalog
from tools.results import Result, money
from tools.sources import assumption


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
    hours_per_month: float = Field(default=720, gt=0, le=744)
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
