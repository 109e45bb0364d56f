import asyncio
import io

import plotly.graph_objects as go
import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.web import charts, fmt


def test_chart_specs_are_valid_plotly_and_use_the_analysis_numbers(catalog, full_index) -> None:
    session = AdvisorSession(catalog)
    advisor = Advisor(OfflineAdvisorModel(), full_index)
    for text in [
        "50M tokens a day, mostly input, steady, no compliance",
        "2 ML engineers, open source is fine",
        "what if volume triples?",
    ]:
        asyncio.run(advisor.turn(session, text))
    base, scenario = session.baseline, session.scenarios[0]
    assert base is not None
    volume = charts.cost_vs_volume(base)
    fig = go.Figure(volume)  # raises on anything plotly's schema rejects
    lines = [t for t in fig.data if t.mode == "lines"]
    assert len(lines) == len(base.chart.series)  # every series drawn, the recommended one once and marked
    marked = [t for t in lines if t.name.endswith("(recommended)")]
    assert len(marked) == 1 and marked[0].line.width > max(t.line.width for t in lines if t not in marked)
    assert fig.layout.shapes[0].x0 == base.tokens_per_month
    star = next(t for t in fig.data if t.marker.symbol == "star")  # the recommended option, marked
    assert star.x[0] == base.tokens_per_month and star.y[0] == base.chosen.monthly_usd
    assert base.chosen.name in star.name
    assert fig.layout.annotations[0].text.startswith("your volume")
    assert all(t.name.startswith("breakeven vs ") for t in fig.data if t.marker.symbol == "x")
    assert volume["config"]["displayModeBar"] is False and fig.layout.paper_bgcolor == "rgba(0,0,0,0)"
    tco = go.Figure(charts.tco_breakdown(base))
    stacked = [t for t in tco.data if t.y[0].startswith("Self-host (full cost")]
    assert sum(t.x[0] for t in stacked) == pytest.approx(sum(i.monthly_usd for i in base.self_host.line_items))
    recommended = [t for t in tco.data if "recommended" in t.name or "recommended" in t.y[0]]
    assert recommended and sum(t.x[0] for t in recommended) == pytest.approx(base.chosen.monthly_usd)
    what_if = go.Figure(charts.scenario_vs_baseline(base, scenario.analysis, scenario.label))
    after = what_if.data[1]
    for name, value, label in zip(after.y, after.x, after.text, strict=True):  # value labels on every bar
        shown = name.removeprefix("★ ")
        row = next(r for r in scenario.analysis.table if charts._short(fmt.tidy(r.name)) == shown)
        assert value == row.monthly_usd and label == fmt.monthly(row.monthly_usd)
    assert any(n.startswith("★ ") for n in after.y)  # the recommended option emphasised
    assert what_if.layout.xaxis.range[1] > max(after.x)  # labels not clipped


def test_report_charts_are_png_images(catalog) -> None:
    from PIL import Image

    from assistant.decision.analysis import analyze
    from assistant.interview.facts import WorkloadProfile
    from assistant.web import answers, charts_png

    profile = WorkloadProfile()
    profile.set("tokens_per_month", 1.5e9)
    a = analyze(profile, catalog)
    png = charts_png.options_png(a, answers.serious_rows(a))
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.width >= 1200
