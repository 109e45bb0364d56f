"""Plotly figure specs (plain JSON) built from the same analysis objects as the text.

Specs are dictionaries in Plotly's JSON schema; building them through plotly's validating object
model costs ~90 ms a figure, which at 50 concurrent users is the difference between a fast and a
slow turn. ``tests/test_charts.py`` checks every spec against plotly's schema.

Readable on either theme and at 400 px: transparent background with a mid-grey font, no toolbar,
horizontal bars (names never rotated or cut), value labels in the one number format, labelled
markers ("your volume", "breakeven vs GPT-5"), and the recommended option drawn first and bold.
"""

from __future__ import annotations

import math
from typing import Any

from assistant.decision.results import Analysis
from assistant.interview.whatif import title as scenario_title
from assistant.web import fmt

Figure = dict[str, Any]
INK = "#8a94a6"  # readable on the dark and the light theme
GRID = "rgba(138,148,166,0.22)"
ACCENT = "#14b8a6"  # the recommended option, as in the logo
BASE = "#64748b"
PALETTE = ["#6366f1", "#f59e0b", "#ec4899", "#0ea5e9", "#84cc16", "#a855f7", "#ef4444"]
CONFIG = {"displayModeBar": False, "responsive": True, "displaylogo": False}
LAYOUT: dict[str, Any] = {
    "paper_bgcolor": "rgba(0,0,0,0)",
    "plot_bgcolor": "rgba(0,0,0,0)",
    "font": {"color": INK, "size": 12},
    "margin": {"l": 10, "r": 16, "t": 44, "b": 10},
    "autosize": True,
    "hoverlabel": {"font": {"size": 12}},
    "legend": {"orientation": "h", "x": 0, "y": -0.18, "yanchor": "top", "font": {"size": 11}},
}


def display_name(a: Analysis, slug: str) -> str:
    """The table's name for a model slug ('gpt-5' -> 'GPT-5'), else the slug tidied."""
    for r in a.table:
        if r.model == slug and r.kind in ("api", "proprietary") and "(" not in r.name:
            return r.name
    for s in a.chart.series:
        if s.name == slug and s.label:
            return s.label
    if slug.startswith("self-host") and " on " in slug:
        model, gpu = slug.removeprefix("self-host").strip().rsplit(" on ", 1)
        return f"Self-host {model} on {gpu.upper()}"
    return slug


def _decade_ticks(low: float, high: float, label: Any) -> dict[str, Any]:
    lo = math.floor(math.log10(max(low, 1e-9)))
    hi = math.ceil(math.log10(max(high, 1e-9)))
    step = 1 if hi - lo <= 6 else 2
    vals = [10.0**e for e in range(lo, hi + 1, step)]
    return {"tickvals": vals, "ticktext": [label(v).replace(".0", "") for v in vals]}


def cost_vs_volume(a: Analysis) -> Figure:
    """Monthly cost against monthly volume: API models and self-hosting, breakevens marked."""
    chart = a.chart
    x: list[float] = list(chart.tokens_per_month or [])
    series = list(chart.series or [])
    data: list[dict[str, Any]] = []
    ys: list[float] = [a.chosen.monthly_usd]
    colours: dict[str, str] = {}
    flagged = any(s.recommended for s in series)  # the analysis marks its own series
    volumes = [fmt.tokens(t, "month") for t in x]
    for i, s in enumerate(series):
        name = str(s.name)
        values = list(s.monthly_usd)
        ys += [v for v in values if v > 0]
        recommended = bool(s.recommended) if flagged else name == a.chosen.model
        colour = ACCENT if recommended else PALETTE[i % len(PALETTE)]
        colours[name] = colour
        label = display_name(a, name) + (" (recommended)" if recommended else "")
        data.append(
            {
                "type": "scatter",
                "mode": "lines",
                "x": x,
                "y": values,
                "name": label,
                "line": {
                    "color": colour,
                    "width": 4 if recommended else 2,
                    "dash": "dash" if s.kind == "self_host" else "solid",
                },
                # the volume's words are worked out once for every line; the browser formats the cost
                "hovertemplate": f"{label}<br>%{{customdata}}: %{{y:$,.2f}}/mo<extra></extra>",
                "customdata": volumes,
            }
        )
    for n_cross, c in enumerate(list(chart.crossings or [])[:4]):
        api = str(c.api_model)
        line = next((s for s in series if s.name == api), None)
        if line is None or not x:
            continue
        tpm = float(c.tokens_per_month)
        i = min(range(len(x)), key=lambda j: abs(math.log(x[j]) - math.log(max(tpm, 1))))
        cost = list(line.monthly_usd)[i]
        text = f"breakeven vs {display_name(a, api)}"
        data.append(
            {
                "type": "scatter",
                "mode": "markers+text",
                "x": [tpm],
                "y": [cost],
                "name": text,
                "text": [text],
                "textposition": "bottom right" if n_cross % 2 else "top left",
                "textfont": {"size": 10, "color": colours.get(api, INK)},
                "showlegend": False,
                "marker": {"size": 11, "symbol": "x", "color": colours.get(api, INK)},
                "hovertemplate": f"{text}: {fmt.tokens(tpm, 'month')}, {fmt.monthly(cost)}<extra></extra>",
            }
        )
    here = f"Recommended: {a.chosen.name}, {fmt.monthly(a.chosen.monthly_usd)}"
    data.append(
        {
            "type": "scatter",
            "mode": "markers",
            "x": [a.tokens_per_month],
            "y": [a.chosen.monthly_usd],
            "name": f"★ {a.chosen.name} (recommended)",
            "marker": {"size": 16, "symbol": "star", "color": ACCENT, "line": {"color": "#ffffff", "width": 1}},
            "hovertemplate": f"{here}<extra></extra>",
        }
    )
    xs = x or [a.tokens_per_month]
    xaxis = {
        "type": "log",
        "gridcolor": GRID,
        "zeroline": False,
        "automargin": True,
        **_decade_ticks(min(xs), max(xs), lambda v: fmt.tokens(v)),
    }
    yaxis = {
        "type": "log",
        "title": {"text": "cost per month"},
        "gridcolor": GRID,
        "zeroline": False,
        "automargin": True,
        **_decade_ticks(min(ys), max(ys), lambda v: fmt.money_short(v)),
    }
    layout = {
        **LAYOUT,
        "height": 460,
        "title": {"text": "Monthly cost against volume", "x": 0, "xanchor": "left", "font": {"size": 15}},
        "xaxis": xaxis,
        "yaxis": yaxis,
        "shapes": [
            {
                "type": "line",
                "xref": "x",
                "yref": "paper",
                "x0": a.tokens_per_month,
                "x1": a.tokens_per_month,
                "y0": 0,
                "y1": 1,
                "line": {"color": INK, "dash": "dot", "width": 1.5},
            }
        ],
        "annotations": [
            {
                "x": math.log10(a.tokens_per_month) if a.tokens_per_month > 0 else 0,
                "xref": "x",
                "y": 1,
                "yref": "paper",
                "text": f"your volume: {fmt.tokens(a.tokens_per_month, 'month')}",
                "showarrow": False,
                "xanchor": "left",
                "yanchor": "top",
                "font": {"size": 11, "color": INK},
            }
        ],
    }
    return {"data": data, "layout": layout, "config": CONFIG}


def _short(name: str, limit: int = 30) -> str:
    """A bar label that leaves room for the bar on a phone (the full name is in the hover)."""
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _hbar_height(rows: int, groups: int = 1) -> int:
    return max(260, 90 + rows * (26 * groups + 14))


def options_bars(a: Analysis, rows: list[Any]) -> Figure:
    """The decision table as horizontal bars, the recommended one in the accent colour."""
    names = [("★ " if r.name == a.chosen.name else "") + _short(fmt.tidy(r.name)) for r in rows]
    values = [r.monthly_usd for r in rows]
    colours = [ACCENT if r.name == a.chosen.name else BASE for r in rows]
    data = [
        {
            "type": "bar",
            "orientation": "h",
            "y": names[::-1],
            "x": values[::-1],
            "marker": {"color": colours[::-1]},
            "text": [fmt.monthly(v) for v in values[::-1]],
            "textposition": "outside",
            "cliponaxis": False,
            "hovertemplate": "%{y}: %{text}<extra></extra>",
            "showlegend": False,
        }
    ]
    layout = {
        **LAYOUT,
        "height": _hbar_height(len(rows)),
        "title": {"text": "Monthly cost of the serious options", "x": 0, "xanchor": "left", "font": {"size": 15}},
        "xaxis": {"visible": False, "range": [0, max(values or [1]) * 1.35]},
        "yaxis": {"automargin": True, "tickfont": {"size": 12}},
        "bargap": 0.35,
    }
    return {"data": data, "layout": layout, "config": CONFIG}


def tco_breakdown(a: Analysis) -> Figure:
    """The self-host bill item by item, stacked, beside the recommended option."""
    data: list[dict[str, Any]] = []
    host = a.self_host
    host_chosen = bool(host.available) and host.name == a.chosen.name
    bar = "Self-host (full cost, recommended)" if host_chosen else "Self-host (full cost)"
    if host.available:
        items = list(host.line_items)
        for i, item in enumerate(items):
            value = float(item.monthly_usd)
            data.append(
                {
                    "type": "bar",
                    "orientation": "h",
                    "name": str(item.name),
                    "y": [bar],
                    "x": [value],
                    "marker": {"color": PALETTE[i % len(PALETTE)]},
                    "hovertemplate": f"{item.name}: {fmt.monthly(value)}<extra></extra>",
                }
            )
    if not host_chosen:
        data.append(
            {
                "type": "bar",
                "orientation": "h",
                "name": f"★ {a.chosen.name} (recommended)",
                "y": ["Recommended"],
                "x": [a.chosen.monthly_usd],
                "marker": {"color": ACCENT},
                "text": [fmt.monthly(a.chosen.monthly_usd)],
                "textposition": "outside",
                "cliponaxis": False,
                "hovertemplate": f"{a.chosen.name}: {fmt.monthly(a.chosen.monthly_usd)}<extra></extra>",
            }
        )
    total = float(host.monthly_usd or 0)
    annotations = []
    if total:
        annotations.append(
            {
                "x": total,
                "y": bar,
                "xref": "x",
                "yref": "y",
                "text": fmt.monthly(total),
                "showarrow": False,
                "xanchor": "left",
                "xshift": 4,
            }
        )
    layout = {
        **LAYOUT,
        "height": 420,
        "barmode": "stack",
        "title": {"text": "Self-hosting, item by item", "x": 0, "xanchor": "left", "font": {"size": 15}},
        "xaxis": {"visible": False, "range": [0, max(total, a.chosen.monthly_usd) * 1.3]},
        "yaxis": {"automargin": True},
        "annotations": annotations,
        "legend": {**LAYOUT["legend"], "y": -0.05},
    }
    return {"data": data, "layout": layout, "config": CONFIG}


def scenario_vs_baseline(base: Analysis, scenario: Analysis, label: str) -> Figure:
    """The options both analyses priced, baseline beside scenario, horizontal with value labels."""
    names = [r.name for r in base.table if any(s.name == r.name for s in scenario.table)][:7]
    for chosen in (scenario.chosen.name, base.chosen.name):  # the recommended options always shown
        if (
            chosen not in names
            and any(r.name == chosen for r in base.table)
            and any(s.name == chosen for s in scenario.table)
        ):
            names = [*names[:6], chosen]
    before = {r.name: r.monthly_usd for r in base.table}
    after = {r.name: r.monthly_usd for r in scenario.table}
    shown = [("★ " if n == scenario.chosen.name else "") + _short(fmt.tidy(n)) for n in names][::-1]
    names = names[::-1]
    short = fmt.tidy(label)
    short = short if len(short) <= 40 else short[:39] + "…"
    data = [
        {
            "type": "bar",
            "orientation": "h",
            "name": "baseline",
            "y": shown,
            "x": [before[n] for n in names],
            "marker": {"color": BASE},
            "text": [fmt.monthly(before[n]) for n in names],
            "textposition": "outside",
            "cliponaxis": False,
            "hovertemplate": "baseline: %{text}<extra></extra>",
        },
        {
            "type": "bar",
            "orientation": "h",
            "name": short,
            "y": shown,
            "x": [after[n] for n in names],
            "marker": {"color": [ACCENT if n == scenario.chosen.name else "#6366f1" for n in names]},
            "text": [fmt.monthly(after[n]) for n in names],
            "textposition": "outside",
            "cliponaxis": False,
            "hovertemplate": f"{short}: %{{text}}<extra></extra>",
        },
    ]
    top = max([before[n] for n in names] + [after[n] for n in names] + [1.0])
    layout = {
        **LAYOUT,
        "height": _hbar_height(len(names), 2),
        "barmode": "group",
        "title": {"text": scenario_title(short), "x": 0, "xanchor": "left", "font": {"size": 15}},
        "xaxis": {"visible": False, "range": [0, top * 1.4]},
        "yaxis": {"automargin": True},
        "bargap": 0.25,
    }
    return {"data": data, "layout": layout, "config": CONFIG}
