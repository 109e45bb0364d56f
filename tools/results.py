"""Shared pieces of every calculator: conventions, limits, rounding, and the result base."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from tools.sources import Source
from tools.working_days import working_days

# Far above any provider's total traffic; anything larger is a typo, not a workload.
MAX_TOKENS_PER_MONTH = 1e18
# The one place the month is counted: every default below (settings, analysis options, calculators)
# reads these, and a configured value travels as a ``Conventions`` from the settings to every figure.
DAYS_PER_MONTH = 30.0
HOURS_PER_MONTH = 720.0


class Conventions(BaseModel):
    """How a month is counted. Stated in every result that depends on it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    days_per_month: float = Field(default=DAYS_PER_MONTH, gt=0, le=31, description="days of traffic per month")
    hours_per_month: float = Field(
        default=HOURS_PER_MONTH, gt=0, le=744, description="GPU hours billed per month when running 24/7"
    )

    def working_days_per_month(self) -> float:
        """The days of this month a weekday-only rate runs: the working days of ``tools/data/working_days.toml``
        (52 weeks x 5 / 12, assumed), never more than the month's own days."""
        return min(working_days().working_days_per_month, self.days_per_month)

    def statement(self) -> str:
        return (
            f"a month is {self.days_per_month:g} days of traffic; GPU rental is billed per hour, "
            f"{self.hours_per_month:g} hours a month when running 24/7"
        )


class Result(BaseModel):
    """Every calculator result lists its assumptions and the sources of the prices it used."""

    model_config = ConfigDict(extra="forbid")

    assumptions: list[str] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


def money(value: float) -> float:
    """USD rounded to the cent (sub-cent amounts keep four significant digits)."""
    if 0 < abs(value) < 0.01:
        return float(f"{value:.4g}")
    return round(value, 2)


def unique_sources(sources: list[Source]) -> list[Source]:
    """The sources in order, each once (sources are frozen, so they hash by their fields)."""
    return list(dict.fromkeys(sources))
