"""A what-if scenario beside the baseline: its change, its analysis and how it differs."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from assistant.decision.delta import delta
from assistant.decision.results import Analysis
from assistant.interview import whatif


class Scenario(BaseModel):
    label: str
    change: whatif.Change
    analysis: Analysis
    diff: dict[str, Any]


def diff(base: Analysis, new: Analysis) -> dict[str, Any]:
    """How a scenario differs from the baseline (stored with the scenario; the tools' JSON shape)."""
    d = delta(base, new)
    return {
        "baseline_option": d.before_option,
        "scenario_option": d.after_option,
        "option_changed": d.option_changed,
        "baseline_choice": d.before_choice,
        "scenario_choice": d.after_choice,
        "baseline_monthly_usd": d.before_monthly_usd,
        "scenario_monthly_usd": d.after_monthly_usd,
        "delta_monthly_usd": round(d.after_monthly_usd - d.before_monthly_usd, 2),
        "baseline_tokens_per_month": d.before_tokens_per_month,
        "scenario_tokens_per_month": d.after_tokens_per_month,
        "changed_costs": [
            {"name": m.name, "before": m.before_monthly_usd, "after": m.after_monthly_usd} for m in d.table_moved
        ],
    }
