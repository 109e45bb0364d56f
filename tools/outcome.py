"""Cost per successful outcome: retries and human correction, not price per token."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from tools.results import Result, money


class OutcomeOption(BaseModel):
    """One way to do a task: what an attempt costs and how often it succeeds."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(description="label, e.g. 'self-hosted 7B'")
    cost_per_attempt_usd: float = Field(ge=0, description="model cost of one attempt")
    success_rate: float = Field(gt=0, le=1, description="chance one attempt succeeds")
    max_attempts: int = Field(default=1, ge=1, le=100, description="tries before giving up")
    human_correction_usd: float = Field(default=0, ge=0, description="cost of a person fixing a task the model failed")


class OutcomeRow(BaseModel):
    name: str
    expected_attempts: float
    model_success_probability: float
    expected_model_cost_usd: float
    expected_human_cost_usd: float
    cost_per_successful_outcome_usd: float


class OutcomeResult(Result):
    rows: list[OutcomeRow]
    cheapest: str


def cost_per_outcome(options: list[OutcomeOption]) -> OutcomeResult:
    """Expected cost per finished task for each option, cheapest first."""
    if not options:
        raise ValueError("give at least one option")
    rows = []
    for o in options:
        fail = 1 - o.success_rate
        attempts = sum(fail**k for k in range(o.max_attempts))
        fail_all = fail**o.max_attempts
        model_cost = o.cost_per_attempt_usd * attempts
        human = fail_all * o.human_correction_usd
        # With a person to fix failures every task ends done; without, failures are paid for but unfinished.
        finished = o.human_correction_usd > 0 or fail_all == 0
        per_success = model_cost + human if finished else model_cost / (1 - fail_all)
        rows.append(
            OutcomeRow(
                name=o.name,
                expected_attempts=round(attempts, 4),
                model_success_probability=round(1 - fail_all, 6),
                expected_model_cost_usd=money(model_cost),
                expected_human_cost_usd=money(human),
                cost_per_successful_outcome_usd=money(per_success),
            )
        )
    rows.sort(key=lambda r: r.cost_per_successful_outcome_usd)
    return OutcomeResult(
        rows=rows,
        cheapest=rows[0].name,
        assumptions=[
            "attempts are independent; a failed attempt is retried until the limit",
            "a task the model fails every time goes to a person (if a correction cost is given)",
        ],
    )
