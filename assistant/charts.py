"""Plotly figures built from the same analysis objects as the text (no figure of their own)."""

from __future__ import annotations

import plotly.graph_objects as go

from assistant.analysis import Analysis

LAYOUT = {
    "template": "plotly_white",
    "margin": {"l": 60, "r": 20, "t": 50, "b": 50},
    "height": 420,
    "legend": {"orientation": "h", "y": -0.2},
}


def cost_vs_volume(a: Analysis) -> go.Figure:
    """Monthly cost against monthly volume: API models and self-hosting, breakevens marked."""
    x = a.chart["tokens_per_month"]
    fig = go.Figure()
    for s in a.chart["series"]:
        dash = "dash" if s["kind"] == "self_host" else "solid"
        fig.add_trace(go.Scatter(x=x, y=s["monthly_usd"], mode="lines", name=s["name"], line={"dash": dash}))
    for c in a.chart["crossings"]:
        series = next((s for s in a.chart["series"] if s["name"] == c["api_model"]), None)
        if series is None:
            continue
        i = min(range(len(x)), key=lambda j: abs(x[j] - c["tokens_per_month"]))
        fig.add_trace(
            go.Scatter(
                x=[x[i]],
                y=[series["monthly_usd"][i]],
                mode="markers",
                showlegend=False,
                marker={"size": 10, "symbol": "x"},
                name=f"breakeven vs {c['api_model']}",
                hovertemplate=f"breakeven vs {c['api_model']}: %{{x:.3s}} tokens/month<extra></extra>",
            )
        )
    fig.add_vline(x=a.tokens_per_month, line={"color": "gray", "dash": "dot"}, annotation_text="your volume")
    fig.update_layout(
        title="Monthly cost against volume",
        xaxis={"type": "log", "title": "tokens per month"},
        yaxis={"type": "log", "title": "USD per month"},
        **LAYOUT,
    )
    return fig


def tco_breakdown(a: Analysis) -> go.Figure:
    """The self-host bill item by item, stacked, beside the recommended option."""
    fig = go.Figure()
    host = a.self_host
    if host.get("available"):
        for item in host["line_items"]:
            fig.add_trace(go.Bar(name=item["name"], x=["Self-host (full cost)"], y=[item["monthly_usd"]]))
    fig.add_trace(go.Bar(name=a.chosen.name, x=["Recommended"], y=[a.chosen.monthly_usd]))
    fig.update_layout(
        barmode="stack", title="Self-host cost of ownership, item by item", yaxis={"title": "USD per month"}, **LAYOUT
    )
    return fig


def scenario_vs_baseline(base: Analysis, scenario: Analysis, label: str) -> go.Figure:
    """The options both analyses priced, baseline beside scenario."""
    names = [r.name for r in base.table if any(s.name == r.name for s in scenario.table)][:8]
    before = {r.name: r.monthly_usd for r in base.table}
    after = {r.name: r.monthly_usd for r in scenario.table}
    fig = go.Figure(
        [
            go.Bar(name="baseline", x=names, y=[before[n] for n in names]),
            go.Bar(name=label[:40], x=names, y=[after[n] for n in names]),
        ]
    )
    fig.update_layout(barmode="group", title=f"What if: {label[:60]}", yaxis={"title": "USD per month"}, **LAYOUT)
    return fig
