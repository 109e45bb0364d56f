"""Plotly figure specs (plain JSON) built from the same analysis objects as the text.

Specs are dictionaries in Plotly's JSON schema; building them through plotly's validating object
model costs ~90 ms a figure, which at 50 concurrent users is the difference between a fast and a
slow turn. ``tests/test_charts.py`` checks every spec against plotly's schema.
"""

from __future__ import annotations

from typing import Any

from assistant.decision.analysis import Analysis

Figure = dict[str, Any]
LAYOUT: dict[str, Any] = {
    "template": "plotly_white",
    "margin": {"l": 60, "r": 20, "t": 50, "b": 50},
    "height": 420,
    "autosize": True,
    "legend": {"orientation": "h", "y": -0.2},
}


def cost_vs_volume(a: Analysis) -> Figure:
    """Monthly cost against monthly volume: API models and self-hosting, breakevens marked."""
    x = a.chart.tokens_per_month
    data: list[dict[str, Any]] = []
    for s in a.chart.series:
        line: dict[str, Any] = {"dash": "dash" if s.kind == "self_host" else "solid"}
        if s.recommended:
            line["width"] = 5
        data.append(
            {
                "type": "scatter",
                "mode": "lines",
                "x": x,
                "y": s.monthly_usd,
                "name": f"{s.name} (recommended)" if s.recommended else s.name,
                "line": line,
            }
        )
    for c in a.chart.crossings:
        series = next((s for s in a.chart.series if s.name == c.api_model), None)
        if series is None:
            continue
        i = min(range(len(x)), key=lambda j: abs(x[j] - c.tokens_per_month))
        data.append(
            {
                "type": "scatter",
                "mode": "markers",
                "x": [x[i]],
                "y": [series.monthly_usd[i]],
                "name": f"breakeven vs {c.api_model}",
                "showlegend": False,
                "marker": {"size": 10, "symbol": "x"},
                "hovertemplate": f"breakeven vs {c.api_model}: %{{x:.3s}} tokens/month<extra></extra>",
            }
        )
    layout = {
        **LAYOUT,
        "title": {"text": "Monthly cost against volume"},
        "xaxis": {"type": "log", "title": {"text": "tokens per month"}},
        "yaxis": {"type": "log", "title": {"text": "USD per month"}},
        "shapes": [
            {
                "type": "line",
                "xref": "x",
                "yref": "paper",
                "x0": a.tokens_per_month,
                "x1": a.tokens_per_month,
                "y0": 0,
                "y1": 1,
                "line": {"color": "gray", "dash": "dot"},
            }
        ],
        "annotations": [
            {
                "x": a.tokens_per_month,
                "xref": "x",
                "y": 1,
                "yref": "paper",
                "text": "your volume",
                "showarrow": False,
                "yanchor": "bottom",
            }
        ],
    }
    return {"data": data, "layout": layout}


def tco_breakdown(a: Analysis) -> Figure:
    """The self-host bill item by item, stacked, beside the recommended option."""
    data: list[dict[str, Any]] = []
    host = a.self_host
    label = (
        "Self-host (full cost, recommended)"
        if host.available and host.name == a.chosen.name
        else ("Self-host (full cost)")
    )
    if host.available:
        data += [{"type": "bar", "name": item.name, "x": [label], "y": [item.monthly_usd]} for item in host.line_items]
    if not (host.available and host.name == a.chosen.name):
        data.append(
            {
                "type": "bar",
                "name": f"{a.chosen.name} (recommended)",
                "x": ["Recommended"],
                "y": [a.chosen.monthly_usd],
                "marker": {"line": {"width": 3}},
            }
        )
    layout = {
        **LAYOUT,
        "barmode": "stack",
        "title": {"text": "Self-host cost of ownership, item by item"},
        "yaxis": {"title": {"text": "USD per month"}},
    }
    return {"data": data, "layout": layout}


def scenario_vs_baseline(base: Analysis, scenario: Analysis, label: str) -> Figure:
    """The options both analyses priced, baseline beside scenario."""
    names = [r.name for r in base.table if any(s.name == r.name for s in scenario.table)][:8]
    for chosen in (base.chosen.name, scenario.chosen.name):
        if (
            chosen not in names
            and any(r.name == chosen for r in base.table)
            and any(r.name == chosen for r in scenario.table)
        ):
            names.append(chosen)
    before = {r.name: r.monthly_usd for r in base.table}
    after = {r.name: r.monthly_usd for r in scenario.table}
    data = [
        {"type": "bar", "name": "baseline", "x": names, "y": [before[n] for n in names]},
        {"type": "bar", "name": label[:40], "x": names, "y": [after[n] for n in names]},
    ]
    layout = {
        **LAYOUT,
        "barmode": "group",
        "title": {"text": f"What if: {label[:60]}"},
        "yaxis": {"title": {"text": "USD per month"}},
    }
    return {"data": data, "layout": layout}
