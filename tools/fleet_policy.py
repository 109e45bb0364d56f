"""How fleets are sized and staffed: headroom, planned utilisation, N+1 spares, staff hours, business hours
and batch windows, from ``tools/data/fleet.toml`` with the source of every value. The fleet model
(``tools.fleet``) and the TCO (``tools.tco``, for the business-hours share of a week) both read it."""

from __future__ import annotations

import tomllib
from functools import cache

from pydantic import BaseModel, ConfigDict, Field

from tools.catalog import DATA_DIR
from tools.sources import Source


class Sourced(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    value: float
    source: Source


class FleetPolicy(BaseModel):
    """How fleets are sized and staffed (defaults from ``tools/data/fleet.toml``, each sourced)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    headroom: float = Field(ge=0, le=5)
    target_utilization: float = Field(gt=0, le=1)
    spare_replicas: int = Field(ge=0, le=100, description="N+1: replicas kept beyond the peak")
    staff_base_hours_per_month: float = Field(ge=0)
    staff_hours_per_gpu_month: float = Field(ge=0)
    business_hours_per_week: float = Field(gt=0, le=168)
    batch_window_hours_per_day: float = Field(gt=0, le=24)
    batch_utilization: float = Field(gt=0, le=1)
    off_hours_replicas: int = Field(ge=0, le=100)
    sources: dict[str, Source] = Field(default_factory=dict)

    def with_overrides(self, **values: float | int | None) -> FleetPolicy:
        given = {k: v for k, v in values.items() if v is not None}
        return self.model_copy(update=given) if given else self


@cache
def fleet_policy() -> FleetPolicy:
    """The default fleet policy with the source of every value."""
    raw = tomllib.loads((DATA_DIR / "fleet.toml").read_text())
    items = {k: Sourced.model_validate(v) for k, v in raw.items()}
    values: dict[str, float | int] = {k: v.value for k, v in items.items()}
    for k in ("spare_replicas", "off_hours_replicas"):
        values[k] = int(values[k])
    return FleetPolicy.model_validate({**values, "sources": {k: v.source for k, v in items.items()}})
