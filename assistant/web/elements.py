"""The elements beside an answer: the cost chart (or the what-if against the baseline), the folded details
and the profile card, only those that changed when new facts update a recommendation."""

from __future__ import annotations

import json
from typing import Any

import chainlit as cl
from chainlit.element import Element
from pydantic.dataclasses import dataclass

from assistant.conversation.records import TurnRecord
from assistant.conversation.session import AdvisorSession
from assistant.decision.delta import delta
from assistant.decision.results import Analysis
from assistant.web import charts
from assistant.web.answers import details_props, profile_props, sources_props


@dataclass
class PlotlySpec(cl.Plotly):
    """A Plotly element from a ready JSON spec (no round trip through plotly's object model)."""

    def __post_init__(self) -> None:
        self.content = json.dumps(self.figure, separators=(",", ":"))
        self.mime = "application/json"
        Element.__post_init__(self)


def report_asked(record: TurnRecord) -> bool:
    """The user asked for the whole analysis ("full report"), alone or beside new facts."""
    asked = any(c.name == "explain_advice" and c.args.get("kind") == "report" for c in record.tool_calls)
    return asked or bool(record.plan is not None and record.plan.full)


def update_of(record: TurnRecord) -> Analysis | None:
    """The recommendation this turn's new facts replaced, when its answer shows only what changed."""
    names = {c.name for c in record.tool_calls}
    if "analyze_workload" not in names or record.replaced is None or report_asked(record):
        return None
    return record.replaced


def analysis_elements(
    session: AdvisorSession, record: TurnRecord, found: list[tuple[str, str, str]] | None = None
) -> list[Any]:
    """Chart, folded details and the profile card for the analysis this turn produced. An update (new facts
    after a recommendation) carries the chart only when the recommendation or its cost moved, the details
    only when the recommendation changed, and the (folded) profile card when anything moved: each element
    is a file written and a part of the page. Nothing moved: no element at all."""
    names = {c.name for c in record.tool_calls}
    found = found or []
    elements: list[Any] = []
    a = session.current()
    shows_analysis = bool(names & {"what_if", "analyze_workload", "reset_to_baseline"}) or report_asked(record)
    if a is None or not shows_analysis:
        if found:
            elements.append(cl.CustomElement(name="Sources", props={"sources": sources_props(found)}, display="inline"))
        return elements
    before = update_of(record)
    if before is not None:
        d = delta(before, a)
        if d.choice_changed or d.chosen_cost_changed:
            elements.append(cost_chart(a))
        if d.choice_changed:
            elements.append(cl.CustomElement(name="Details", props=details_props(a, session, found), display="inline"))
        if not d.nothing_moved:  # the fact that moved it, on the card (measured: about 0.4 ms and 0.6 KB)
            elements.append(cl.CustomElement(name="ProfileCard", props=profile_props(session), display="inline"))
        return elements
    if "what_if" in names and session.active is not None and session.baseline is not None:
        s = session.scenarios[session.active]
        elements.append(
            PlotlySpec(
                name="What if",
                figure=charts.scenario_vs_baseline(session.baseline, s.analysis, s.label),
                display="inline",
                size="large",
            )
        )
    else:
        elements.append(cost_chart(a))
    elements.append(cl.CustomElement(name="Details", props=details_props(a, session, found), display="inline"))
    elements.append(cl.CustomElement(name="ProfileCard", props=profile_props(session), display="inline"))
    return elements


def cost_chart(a: Analysis) -> PlotlySpec:
    return PlotlySpec(name="Cost against volume", figure=charts.cost_vs_volume(a), display="inline", size="large")
