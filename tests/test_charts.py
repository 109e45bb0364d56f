import asyncio

import plotly.graph_objects as go
import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.web import charts


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
    names = {s.name + (" (recommended)" if s.recommended else "") for s in base.chart.series}
    assert {t.name for t in lines} == names
    # the recommended option is drawn, and drawn once
    assert sum(1 for s in base.chart.series if s.recommended) == 1
    assert fig.layout.shapes[0].x0 == base.tokens_per_month
    tco = go.Figure(charts.tco_breakdown(base))
    stacked = [t for t in tco.data if t.x[0].startswith("Self-host (full cost")]
    assert sum(t.y[0] for t in stacked) == pytest.approx(sum(i.monthly_usd for i in base.self_host.line_items))
    recommended = [t for t in tco.data if "recommended" in t.name or "recommended" in t.x[0]]
    assert recommended and sum(t.y[0] for t in recommended) == pytest.approx(base.chosen.monthly_usd)
    what_if = go.Figure(charts.scenario_vs_baseline(base, scenario.analysis, scenario.label))
    assert what_if.data[1].y[0] == next(
        r.monthly_usd for r in scenario.analysis.table if r.name == what_if.data[1].x[0]
    )
