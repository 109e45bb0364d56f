"""The typed analysis: the ``Analysis`` a recommendation returns and its parts (cost rows, options excluded
or set aside, relaxations, flip points, the self-host detail, breakevens, chart series), and the
``Candidate`` (one priced way to serve the workload) that the analysis steps pass between them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from assistant.decision.constraints import Broken, Traits
from assistant.decision.frameworks import FrameworkVerdict
from assistant.decision.rules import ConstraintKind
from assistant.vocab import OptionKind
from tools.breakeven import Crossing, SelfHostLine
from tools.compare import SelfHostOption
from tools.hybrid import HybridResult
from tools.tco import LineItem

Status = Literal["recommended", "eligible", "set_aside"]
HardwareKind = Literal["rented", "owned", "bought"]


class CostRow(BaseModel):
    kind: str
    name: str
    model: str
    monthly_usd: float
    detail: str
    source: str
    status: Status = "eligible"


class Excluded(BaseModel):
    """An option that breaks a hard constraint: never recommended."""

    name: str
    kind: str
    monthly_usd: float
    constraint: ConstraintKind
    reason: str
    also: list[ConstraintKind] = Field(default_factory=list, description="other constraints it breaks")


class SetAside(BaseModel):
    """A cheaper option that meets every constraint but that a rule passed over."""

    name: str
    kind: str
    monthly_usd: float
    reason: str


class Relaxation(BaseModel):
    """When nothing meets every constraint: what to relax, and what that would allow."""

    constraints: list[ConstraintKind]
    text: str
    option_name: str
    monthly_usd: float


class FlipPoint(BaseModel):
    kind: Literal["volume", "price", "staffing", "compliance", "batch", "quality", "constraint"]
    text: str


class SelfHostDetail(BaseModel):
    """The self-host option shown in the hidden-cost breakdown (the chosen one, else the cheapest)."""

    available: bool = False
    name: str = ""
    model: str = ""
    precision: str = ""
    gpu: str = ""
    hardware: HardwareKind = "rented"
    gpus: int = 0
    replicas: int = 0
    spare_replicas: int = 0
    schedule: str = ""
    pricing: str = ""
    monthly_usd: float = 0.0
    raw_gpu_monthly_usd: float = 0.0
    usd_per_gpu_hour: float = 0.0
    billed_hours_per_gpu: float = Field(default=0.0, description="GPU hours billed a month, averaged over the GPUs")
    multiplier: float = 0.0
    idle_gpu_monthly_usd: float = 0.0
    capacity_tokens_per_month: float = 0.0
    line_items: list[LineItem] = Field(default_factory=list)
    hidden_cost_basis: str = ""
    source: str = ""


class BreakevenRow(BaseModel):
    model: str
    name: str = Field(default="", description="the model as people call it ('Claude Opus 4.1'), for the answer")
    relevant: bool = Field(
        default=True, description="against the recommended, current or named model, or the best API alternative"
    )
    breakeven_tokens_per_month: float | None
    breakeven_tokens_per_day: float | None
    reachable: bool | None = Field(description="self-hosting gets cheaper at some volume")
    self_host_monthly_usd: float
    times_your_volume: float | None


class ChartSeries(BaseModel):
    name: str
    kind: str
    label: str = Field(default="", description="the name people call it by ('DeepSeek V3.2'), for legends")
    monthly_usd: list[float]
    recommended: bool = False


class ChartData(BaseModel):
    tokens_per_month: list[float] = Field(default_factory=list)
    series: list[ChartSeries] = Field(default_factory=list)
    crossings: list[Crossing] = Field(default_factory=list)


class VolumeCheck(BaseModel):
    """A figure that does not square with the volume understood, and the question it raises."""

    kind: str = Field(description="spend_vs_model | spend_vs_options | tiny_total")
    text: str
    spend_usd_per_month: float | None = None
    priced_monthly_usd: float = Field(description="what the engine prices at the volume understood")
    times: float = Field(description="how far apart the two are (always >= 1)")


class Analysis(BaseModel):
    option: OptionKind
    headline: str
    chosen: CostRow
    reasons: list[str]
    feasible: bool = Field(default=True, description="the recommendation meets every hard constraint")
    relax: list[Relaxation] = Field(default_factory=list)
    excluded: list[Excluded] = Field(default_factory=list)
    set_aside: list[SetAside] = Field(default_factory=list)
    constraints: list[str] = Field(default_factory=list, description="the hard constraints applied, in words")
    tokens_per_month: float
    tokens_per_day: float
    input_share: float
    table: list[CostRow]
    self_host: SelfHostDetail
    breakevens: list[BreakevenRow]
    hybrid: HybridResult | None
    flip_points: list[FlipPoint]
    frameworks: list[FrameworkVerdict]
    agreement: str
    assumptions: list[str]
    price_sources: list[str]
    chart: ChartData = Field(description="cost against volume, for the UI")
    checks: list[VolumeCheck] = Field(
        default_factory=list, description="figures that do not square with the volume understood: ask to check it"
    )
    runs_in: str = Field(
        default="", description="where the chosen option keeps processing, when a residency rule names a region"
    )


class Candidate(BaseModel):
    """One priced way to serve the workload, with what it is and what it breaks."""

    row: CostRow
    traits: Traits
    broken: list[Broken] = Field(default_factory=list)
    host: SelfHostOption | None = None
    detail: SelfHostDetail | None = None
    line: SelfHostLine | None = None
    paid_for: bool = Field(default=False, description="runs on GPUs already paid for")
    hybrid: HybridResult | None = Field(default=None, description="for hybrid routing: how the traffic is split")

    @property
    def cost(self) -> float:
        return self.row.monthly_usd

    @property
    def broken_kinds(self) -> set[str]:
        return {b.constraint for b in self.broken}

    @property
    def latency_over(self) -> float:
        """p99 latency against the target (1: meets it)."""
        return max((b.over for b in self.broken if b.constraint == "latency"), default=1.0)


def is_host(c: Candidate) -> bool:
    return c.traits.kind == "self_host"
