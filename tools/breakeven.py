"""Breakeven volume between self-hosting and each API model, and a cost-volume sweep for charts."""

from __future__ import annotations

import math

from pydantic import BaseModel, Field

from tools.api_cost import Workload, blended_rate, usd_per_mtok
from tools.catalog import Catalog, PriceMode, ResolvedPrice
from tools.numbers import count_of
from tools.results import Conventions, Result, money, unique_sources


class Breakeven(Result):
    """Volume at which a self-hosted deployment costs the same as one API model."""

    model: str
    name: str
    blended_usd_per_mtok: float
    self_host_monthly_usd: float
    breakeven_tokens_per_month: float | None = Field(
        description="None when the API is free at this mix (never breaks even)"
    )
    breakeven_tokens_per_day: float | None
    capacity_tokens_per_month: float | None
    reachable: bool | None = Field(description="breakeven fits the self-hosted capacity; None if unknown")
    price_source: str


def breakeven(
    price: ResolvedPrice,
    self_host_monthly_usd: float,
    catalog: Catalog,
    input_share: float = 0.5,
    capacity_tokens_per_month: float | None = None,
    conventions: Conventions | None = None,
) -> Breakeven:
    """Monthly and daily volume where self-hosting equals this API model."""
    if self_host_monthly_usd < 0:
        raise ValueError("self-host monthly cost cannot be negative")
    conv = conventions or Conventions()
    _in, _out, blended = usd_per_mtok(price, catalog, input_share, conv)
    volume = self_host_monthly_usd / blended * 1e6 if blended > 0 else None
    reachable = None
    if capacity_tokens_per_month is not None and volume is not None:
        reachable = volume <= capacity_tokens_per_month
    notes = list(price.notes)
    if reachable is False:
        notes.append(
            "breakeven is beyond what the self-hosted deployment can serve: at any volume it can "
            "carry, this API is cheaper"
        )
    return Breakeven(
        model=price.price.slug,
        name=price.price.name,
        blended_usd_per_mtok=round(blended, 6),
        self_host_monthly_usd=money(self_host_monthly_usd),
        breakeven_tokens_per_month=round(volume) if volume is not None else None,
        breakeven_tokens_per_day=round(volume / conv.days_per_month) if volume is not None else None,
        capacity_tokens_per_month=capacity_tokens_per_month,
        reachable=reachable,
        price_source=price.origin,
        assumptions=[
            conv.statement(),
            f"{input_share:.0%} of tokens are input; blended ${blended:.4g} per million tokens",
            "self-hosting is a fixed monthly cost; the API bill grows with volume",
        ],
        sources=[price.source],
        notes=notes,
    )


def fleet_breakeven(
    price: ResolvedPrice,
    line: SelfHostLine,
    catalog: Catalog,
    input_share: float = 0.5,
    conventions: Conventions | None = None,
    cached_share: float = 0.0,
) -> Breakeven:
    """Volume where a self-hosted fleet (growing replica by replica) costs the same as this API (whose input is
    ``cached_share`` cache hits)."""
    conv = conventions or Conventions()
    _in, _out, blended = usd_per_mtok(price, catalog, input_share, conv, cached_share)
    volume = line.breakeven_tokens(blended)
    notes = list(price.notes)
    if volume is None:
        notes.append(
            "a self-hosted replica costs more per token than this API even when full: self-hosting never breaks even"
        )
    return Breakeven(
        model=price.price.slug,
        name=price.price.name,
        blended_usd_per_mtok=round(blended, 6),
        self_host_monthly_usd=money(line.monthly_at(volume or 0)),
        breakeven_tokens_per_month=round(volume) if volume is not None else None,
        breakeven_tokens_per_day=round(volume / conv.days_per_month) if volume is not None else None,
        capacity_tokens_per_month=line.unit_capacity_tokens_per_month,
        reachable=volume is not None,
        price_source=price.origin,
        assumptions=[
            conv.statement(),
            f"{input_share:.0%} of tokens are input"
            + (f", {cached_share:.0%} of input from the prompt cache" if cached_share else "")
            + f"; blended ${blended:.4g} per million tokens",
            f"the self-hosted fleet adds a replica every {line.unit_capacity_tokens_per_month or 0:,.0f} tokens a "
            f"month at ${line.unit_monthly_usd:,.2f}, over ${line.fixed_monthly_usd:,.2f} of fixed costs"
            + (f" and {count_of(line.spare_units, 'spare replica')}" if line.spare_units else ""),
        ],
        sources=[price.source],
        notes=notes,
    )


class SelfHostLine(BaseModel):
    """A self-host option for the sweep: fixed cost, plus GPU units added as volume needs them."""

    name: str
    fixed_monthly_usd: float = Field(ge=0, description="costs that do not grow with volume")
    unit_monthly_usd: float = Field(ge=0, description="cost of one more replica")
    unit_capacity_tokens_per_month: float | None = Field(default=None, gt=0)
    spare_units: int = Field(default=0, ge=0, description="replicas kept beyond the load (N+1)")

    def units_at(self, tokens: float) -> int:
        units = 1
        if self.unit_capacity_tokens_per_month:
            units = max(1, math.ceil(tokens / self.unit_capacity_tokens_per_month - 1e-9))
        return units + self.spare_units

    def monthly_at(self, tokens: float) -> float:
        return self.fixed_monthly_usd + self.units_at(tokens) * self.unit_monthly_usd

    def breakeven_tokens(self, usd_per_mtok: float) -> float | None:
        """Smallest monthly volume where an API at this blended price costs as much as this fleet.

        The fleet grows one replica per ``unit_capacity`` tokens, so the API catches up only if a
        full replica serves tokens for less than the API charges; otherwise never (None).
        """
        if usd_per_mtok <= 0:
            return None
        rate = usd_per_mtok / 1e6
        cap = self.unit_capacity_tokens_per_month
        if not cap:
            return self.monthly_at(0) / rate
        margin = cap * rate - self.unit_monthly_usd
        need = self.fixed_monthly_usd + self.spare_units * self.unit_monthly_usd
        if margin <= 0:
            return None
        # k serving replicas carry ((k-1) cap, k cap]; the API catches up inside that step once
        # k x margin covers the fixed costs and the spares: the first such k is the breakeven step.
        k = max(1, math.ceil(need / margin - 1e-9))
        return (self.fixed_monthly_usd + (k + self.spare_units) * self.unit_monthly_usd) / rate


class Series(BaseModel):
    name: str
    kind: str
    monthly_usd: list[float]


class Crossing(BaseModel):
    api_model: str
    self_host: str
    tokens_per_month: float


class Sweep(Result):
    """Monthly cost of each option across a range of volumes (log-spaced)."""

    tokens_per_month: list[float]
    series: list[Series]
    crossings: list[Crossing]


def sweep(
    models: list[str],
    self_host: list[SelfHostLine],
    catalog: Catalog,
    low: float = 1e6,
    high: float = 1e11,
    points: int = 200,
    input_share: float = 0.5,
    mode: PriceMode = "auto",
) -> Sweep:
    """Cost against volume for API models and self-host options, with the crossings marked."""
    if not 0 < low < high:
        raise ValueError("sweep needs 0 < low < high")
    if not 2 <= points <= 5000:
        raise ValueError("sweep needs 2 to 5000 points")
    step = (math.log10(high) - math.log10(low)) / (points - 1)
    volumes = [10 ** (math.log10(low) + i * step) for i in range(points)]
    series: list[Series] = []
    rates: dict[str, float] = {}
    sources = []
    probe = Workload.from_total(1e6, input_share)
    for m in models:
        price = catalog.api_price(m, mode)
        eff_in, eff_out = blended_rate(price, probe, catalog)
        rate = input_share * eff_in + (1 - input_share) * eff_out
        rates[price.price.slug] = rate
        sources.append(price.source)
        series.append(
            Series(
                name=price.price.slug,
                kind=price.price.kind,
                monthly_usd=[money(v / 1e6 * rate) for v in volumes],
            )
        )
    crossings = []
    for line in self_host:
        costs = [line.monthly_at(v) for v in volumes]
        series.append(Series(name=line.name, kind="self_host", monthly_usd=[money(c) for c in costs]))
        for slug, rate in rates.items():
            for v, c in zip(volumes, costs, strict=True):
                if v / 1e6 * rate >= c:
                    crossings.append(Crossing(api_model=slug, self_host=line.name, tokens_per_month=v))
                    break
    return Sweep(
        tokens_per_month=volumes,
        series=series,
        crossings=crossings,
        assumptions=[f"{input_share:.0%} of tokens are input", f"{points} log-spaced volumes"],
        sources=unique_sources(sources),
    )
