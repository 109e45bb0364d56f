"""What moved between two analyses of one workload: the recommendation, the costs, the constraints.

One computation for every answer that shows a change: a what-if against the baseline (the scenario's
``diff``), a settings change, and a later turn whose new facts re-ran the analysis. The answers format
it (an update after new facts and a settings change in ``assistant.decision.update``, used by the offline
policy and the chat alike; a what-if in ``assistant.agent.compose`` and ``assistant.web.answers``).
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field

from assistant.decision.constraints import CONSTRAINT_WORDS
from assistant.decision.explain.explanation import usd
from assistant.decision.results import Analysis

MOVED_ROWS = 6  # cost rows listed as moved, at most
CENT_USD = 0.01  # a table cost moved when it changed by at least this much
HALF_DOLLAR_USD = 0.5  # the full self-host cost moved when it changed by at least this much
EXAMPLES = 2  # options named for each constraint that excludes more than before
RECOMMENDED = "Recommended option"
SELF_HOST_FULL = "Self-hosting (full cost)"


class MovedCost(BaseModel):
    """One cost that moved: an option of the table, the recommended option, or self-hosting in full."""

    name: str
    before_monthly_usd: float
    after_monthly_usd: float

    @property
    def change_monthly_usd(self) -> float:
        return round(self.after_monthly_usd - self.before_monthly_usd, 2)


class Priced(BaseModel):
    name: str
    monthly_usd: float


class NewlyExcluded(BaseModel):
    """More options excluded by one hard constraint than before."""

    constraint: str = Field(description="the constraint's kind (data_boundary, latency, ...)")
    words: str = Field(description="the constraint in the answer's words ('where your data may go')")
    before: int = Field(ge=0, description="options it excluded before")
    after: int = Field(ge=0, description="options it excludes now")
    examples: list[Priced] = Field(
        default_factory=list, description="the cheapest it excludes now and did not before, if cheaper than the pick"
    )


class AnalysisDelta(BaseModel):
    """Two analyses side by side: what the answers about a change say."""

    before_option: str
    after_option: str
    before_choice: str
    after_choice: str
    before_monthly_usd: float
    after_monthly_usd: float
    before_tokens_per_month: float
    after_tokens_per_month: float
    table_moved: list[MovedCost] = Field(default_factory=list, description="options of the table whose cost moved")
    moved: list[MovedCost] = Field(
        default_factory=list,
        description="every cost that moved: the recommended option first when it moved, the table's options, "
        "and self-hosting in full when no self-host row of the table says it",
    )
    new_constraints: list[str] = Field(default_factory=list, description="hard constraints applied now, not before")
    newly_excluded: list[NewlyExcluded] = Field(default_factory=list)
    new_checks: list[str] = Field(default_factory=list, description="volume checks raised now, not before")

    @property
    def option_changed(self) -> bool:
        return self.before_option != self.after_option

    @property
    def choice_changed(self) -> bool:
        """Another option is recommended (another kind, or another model or fleet of the same kind)."""
        return self.option_changed or self.before_choice != self.after_choice

    @property
    def chosen_cost_changed(self) -> bool:
        return abs(self.after_monthly_usd - self.before_monthly_usd) >= CENT_USD

    @property
    def volume_changed(self) -> bool:
        return self.before_tokens_per_month != self.after_tokens_per_month

    @property
    def nothing_moved(self) -> bool:
        """Same recommendation, same costs, no new constraint or warning: nothing worth a table."""
        return not (
            self.choice_changed
            or self.chosen_cost_changed
            or self.volume_changed
            or self.moved
            or self.new_constraints
            or self.newly_excluded
            or self.new_checks
        )

    def moved_by(self) -> list[str]:
        """What moved the answer, in words: the hard constraints applied now, the options they exclude."""
        lines = [f"new hard constraint: {c}" for c in self.new_constraints]
        for n in self.newly_excluded:
            added = n.after - n.before
            plural = "s" if added != 1 else ""
            line = (  # (words first: a count opening a list item reads as a signed figure)
                f"excluded by {n.words}: {added} more option{plural} ({n.after} in all)"
                if n.before
                else f"now excluded by {n.words}: {added} option{plural}"
            )
            if n.examples:
                line += ", among them " + ", ".join(f"{e.name} ({usd(e.monthly_usd)})" for e in n.examples)
            lines.append(line)
        return lines

    def payload(self) -> dict[str, Any]:
        """The figures of the change for a model's tool result (and the grounding of the answer's figures);
        field names carry their units."""
        return {
            "recommendation_changed": self.choice_changed,
            "before": {
                "name": self.before_choice,
                "option": self.before_option,
                "monthly_usd": self.before_monthly_usd,
            },
            "after": {"name": self.after_choice, "option": self.after_option, "monthly_usd": self.after_monthly_usd},
            "change_monthly_usd": round(self.after_monthly_usd - self.before_monthly_usd, 2),
            "before_tokens_per_month": self.before_tokens_per_month,
            "after_tokens_per_month": self.after_tokens_per_month,
            "moved_costs": [
                {
                    "name": m.name,
                    "before_monthly_usd": m.before_monthly_usd,
                    "after_monthly_usd": m.after_monthly_usd,
                    "change_monthly_usd": m.change_monthly_usd,
                }
                for m in self.moved
            ],
            "new_constraints": self.new_constraints,
            "newly_excluded": [
                {
                    "constraint": n.words,
                    "options_before": n.before,
                    "options_now": n.after,
                    "options_added": n.after - n.before,
                    "examples": [e.model_dump() for e in n.examples],
                }
                for n in self.newly_excluded
            ],
            "new_checks": self.new_checks,
        }


def table_moved(before: Analysis, after: Analysis, limit: int = MOVED_ROWS) -> list[MovedCost]:
    """The options of the new table that were priced before too, and whose cost moved (in table order)."""
    old = {r.name: r.monthly_usd for r in before.table}
    return [
        MovedCost(name=r.name, before_monthly_usd=old[r.name], after_monthly_usd=r.monthly_usd)
        for r in after.table
        if r.name in old and abs(old[r.name] - r.monthly_usd) >= CENT_USD
    ][:limit]


def delta(before: Analysis, after: Analysis) -> AnalysisDelta:
    """What moved from ``before`` to ``after``."""
    rows = table_moved(before, after)
    moved = list(rows)
    sb, sa = before.self_host.monthly_usd, after.self_host.monthly_usd
    self_host_row = any(m.name.lower().startswith("self-host") for m in moved)
    if sb and sa and abs(sa - sb) >= HALF_DOLLAR_USD and not self_host_row:
        moved.append(MovedCost(name=SELF_HOST_FULL, before_monthly_usd=sb, after_monthly_usd=sa))
    chosen_moved = (
        before.chosen.name != after.chosen.name or abs(before.chosen.monthly_usd - after.chosen.monthly_usd) >= CENT_USD
    )
    if chosen_moved and not any(m.name == after.chosen.name for m in moved):
        moved.insert(
            0,
            MovedCost(
                name=RECOMMENDED,
                before_monthly_usd=before.chosen.monthly_usd,
                after_monthly_usd=after.chosen.monthly_usd,
            ),
        )
    old_counts = _excluded_counts(before)
    old_names = {e.name for e in before.excluded}
    newly = [
        NewlyExcluded(
            constraint=c,
            words=CONSTRAINT_WORDS.get(c, c),
            before=old_counts.get(c, 0),
            after=n,
            examples=[
                Priced(name=e.name, monthly_usd=e.monthly_usd)
                for e in sorted(after.excluded, key=lambda e: e.monthly_usd)
                if e.constraint == c and e.name not in old_names and e.monthly_usd < after.chosen.monthly_usd
            ][:EXAMPLES],
        )
        for c, n in _excluded_counts(after).items()
        if n > old_counts.get(c, 0)
    ]
    old_checks = {c.text for c in before.checks}
    return AnalysisDelta(
        before_option=before.option,
        after_option=after.option,
        before_choice=before.chosen.name,
        after_choice=after.chosen.name,
        before_monthly_usd=before.chosen.monthly_usd,
        after_monthly_usd=after.chosen.monthly_usd,
        before_tokens_per_month=before.tokens_per_month,
        after_tokens_per_month=after.tokens_per_month,
        table_moved=rows,
        moved=moved,
        new_constraints=[c for c in after.constraints if c not in before.constraints],
        newly_excluded=newly,
        new_checks=[c.text for c in after.checks if c.text not in old_checks],
    )


def _excluded_counts(a: Analysis) -> dict[str, int]:
    counts: dict[str, int] = {}
    for e in a.excluded:
        counts[e.constraint] = counts.get(e.constraint, 0) + 1
    return counts
