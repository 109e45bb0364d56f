"""Working days in a month: the days a weekday-only rate runs ("800 a day, weekdays only", "per business day").

Data (``tools/data/working_days.toml``), an assumption with its basis: 52 weeks x 5 days / 12 months. A month
counted shorter than that (``Conventions.days_per_month`` set to 20, say) is never stretched: the working days
are then the month's own days (``Conventions.working_days_per_month``).
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from tools.sources import Source

DATA = Path(__file__).parent / "data" / "working_days.toml"


class WorkingDays(BaseModel):
    """The working days of a month, with the basis they were counted on."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    working_days_per_month: float = Field(gt=0, le=31, description="days of a month a weekday-only rate runs")
    source: Source

    def basis(self) -> str:
        """The assumption in words, for a confirmation ("52 weeks x 5 working days / 12 months = 21.67")."""
        return self.source.section or self.source.title


@cache
def working_days(path: Path = DATA) -> WorkingDays:
    """The bundled figure (read once, on first use)."""
    with path.open("rb") as f:
        return WorkingDays.model_validate(tomllib.load(f))
