"""A what-if scenario beside the baseline: its change, its analysis and how it differs."""

from __future__ import annotations

from pydantic import BaseModel, Field, computed_field

from assistant.decision.delta import delta
from assistant.decision.results import Analysis
from assistant.interview import whatif
from assistant.vocab import OptionKind


class ChangedCost(BaseModel):
    """One option of the table whose monthly cost the scenario moved."""

    name: str
    before: float = Field(description="monthly USD under the baseline")
    after: float = Field(description="monthly USD under the scenario")


class ScenarioDiff(BaseModel):
    """How a scenario differs from the baseline (stored with the scenario; the what-if tool's result)."""

    baseline_option: OptionKind
    scenario_option: OptionKind
    baseline_choice: str = Field(description="the option recommended under the baseline, by name")
    scenario_choice: str = Field(description="the option recommended under the scenario, by name")
    baseline_monthly_usd: float
    scenario_monthly_usd: float
    baseline_tokens_per_month: float
    scenario_tokens_per_month: float
    changed_costs: list[ChangedCost] = Field(default_factory=list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def option_changed(self) -> bool:
        """Another kind of option is recommended."""
        return self.baseline_option != self.scenario_option

    @computed_field  # type: ignore[prop-decorator]
    @property
    def delta_monthly_usd(self) -> float:
        return round(self.scenario_monthly_usd - self.baseline_monthly_usd, 2)

    @property
    def choice_changed(self) -> bool:
        """Another option is recommended (another kind, or another model or fleet of the same kind)."""
        return self.option_changed or self.baseline_choice != self.scenario_choice

    @property
    def volume_changed(self) -> bool:
        return self.baseline_tokens_per_month != self.scenario_tokens_per_month


class Scenario(BaseModel):
    label: str
    change: whatif.Change
    analysis: Analysis
    diff: ScenarioDiff


def diff(base: Analysis, new: Analysis) -> ScenarioDiff:
    """How a scenario differs from the baseline."""
    d = delta(base, new)
    return ScenarioDiff(
        baseline_option=base.option,
        scenario_option=new.option,
        baseline_choice=d.before_choice,
        scenario_choice=d.after_choice,
        baseline_monthly_usd=d.before_monthly_usd,
        scenario_monthly_usd=d.after_monthly_usd,
        baseline_tokens_per_month=d.before_tokens_per_month,
        scenario_tokens_per_month=d.after_tokens_per_month,
        changed_costs=[
            ChangedCost(name=m.name, before=m.before_monthly_usd, after=m.after_monthly_usd) for m in d.table_moved
        ],
    )
