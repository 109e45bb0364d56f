"""Cost against volume: the breakeven of a self-hosted fleet against each API, and the chart series
(the cheapest APIs, the fleet, the recommended option) with the volumes where they cross.
"""

from __future__ import annotations

import math

from assistant.decision.results import BreakevenRow, ChartData, ChartSeries, CostRow
from tools.api_cost import Workload
from tools.breakeven import Breakeven, Crossing, SelfHostLine, fleet_breakeven, sweep
from tools.catalog import Catalog
from tools.compare import ComparisonInput, ComparisonResult
from tools.hybrid import HybridResult
from tools.results import money


def breakevens(
    line: SelfHostLine | None,
    spec: ComparisonInput,
    catalog: Catalog,
    wl: Workload,
    relevant: set[str] | None = None,
) -> list[BreakevenRow]:
    """The fleet's breakeven against every API compared; ``relevant`` (slugs or names) marks the ones the
    answer shows: the recommended, current or named models and the best API alternative."""
    if line is None:
        return []
    wanted = set()
    for name in relevant or ():
        try:
            wanted.add(catalog.api_price(name, spec.prices).price.slug)
        except (LookupError, ValueError):
            continue
    out = []
    for m in spec.models:
        price = catalog.api_price(m, spec.prices)
        b: Breakeven = fleet_breakeven(price, line, catalog, wl.input_share, wl.conventions, wl.cached_share)
        tpm = b.breakeven_tokens_per_month
        out.append(
            BreakevenRow(
                model=b.model,
                name=price.price.name,
                relevant=relevant is None or b.model in wanted,
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


CHART_POINTS = 60  # volumes on the chart's x axis, log-spaced from a thousandth to 100x the workload


def chart(
    result: ComparisonResult,
    chosen: CostRow,
    line: SelfHostLine | None,
    hyb: HybridResult | None,
    wl: Workload,
    catalog: Catalog,
    spec: ComparisonInput,
) -> ChartData:
    top = {r.model for r in sorted(result.api, key=lambda r: r.monthly_usd)[:4]}
    labels = {r.model: r.name for r in result.api}
    drawn = [
        m for m in spec.models if m in top or (m == chosen.model and chosen.kind in ("api", "managed_open_weight"))
    ]
    total = max(wl.total_tokens_per_month, 1e6)
    # only the series drawn are swept (the cheapest four and the pick), not every model priced
    curve = sweep(
        drawn,
        [],
        catalog,
        low=max(1e5, total / 1000),
        high=total * 100,
        points=CHART_POINTS,
        input_share=wl.input_share,
        mode=spec.prices,
    )
    volumes = list(curve.tokens_per_month)
    series: list[ChartSeries] = []
    for s in curve.series:
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
        if chosen.kind == "hybrid" and hyb is not None and hyb.small_route in ("self_host", "owned"):
            api_rate = (chosen.monthly_usd - hyb.self_host_monthly_usd) / max(total * (1 - hyb.small_share), 1.0)
            values = [money(hyb.self_host_monthly_usd + api_rate * v * (1 - hyb.small_share)) for v in volumes]
        else:
            values = [money(chosen.monthly_usd * v / total) for v in volumes]
        series.append(ChartSeries(name=chosen.name, kind=chosen.kind, monthly_usd=values, recommended=True))
    return ChartData(tokens_per_month=[round(v) for v in volumes], series=series, crossings=crossings)
