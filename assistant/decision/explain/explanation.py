"""One answer about the advice (``Explanation``) and the money words every answer uses: ``usd``, ``rate``, and
an amount against the recommendation (``_delta``, ``_vs``)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from assistant.decision.results import Analysis
from assistant.interview.policy import ExplainKind


class Explanation(BaseModel):
    """One answer about the advice: Markdown for the user and the figures it rests on."""

    kind: ExplainKind
    markdown: str
    figures: dict[str, Any] = Field(default_factory=dict)


def usd(value: float) -> str:
    return f"${value:,.2f}"


def rate(value: float) -> str:
    return f"${value:,.4g}"


def _vs(monthly: float, a: Analysis) -> str:
    """ "$120.00 a month more than the recommendation", "the same as the recommendation"."""
    d = _delta(monthly, a)
    return "the same as the recommendation" if d == "the same" else f"{d} than the recommendation"


def _delta(monthly: float, a: Analysis | None) -> str:
    if a is None:
        return "no recommendation yet"
    diff = monthly - a.chosen.monthly_usd
    if abs(diff) < 0.005:
        return "the same"
    return f"{usd(abs(diff))} a month {'more' if diff > 0 else 'less'}"
