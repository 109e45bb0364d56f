"""What an analysis starts from: the knobs a user can change (``AnalysisOptions``, each with a sourced
default), the models to compare, the open-weight model the user runs or named, and the hidden-cost
structure that fits the team.
"""

from __future__ import annotations

from typing import Literal
from weakref import WeakKeyDictionary

from pydantic import BaseModel, ConfigDict, Field

from assistant.decision.rules import rules
from assistant.interview.facts import WorkloadProfile
from tools.catalog import Catalog, PriceMode, compact
from tools.compare import FEATURED_MODELS
from tools.results import DAYS_PER_MONTH, HOURS_PER_MONTH, Conventions
from tools.tco import TcoInput, presets


class AnalysisOptions(BaseModel):
    """Knobs the user can change (settings panel, what-ifs); every one has a sourced default."""

    model_config = ConfigDict(extra="forbid")

    prices: PriceMode = "auto"
    gpu: str | None = Field(default=None, description="restrict self-hosting to this GPU type")
    gpu_hourly_usd: float | None = Field(default=None, gt=0)
    pricing: Literal["on_demand", "reserved", "spot"] | None = None
    hours_per_month: float = Field(default=HOURS_PER_MONTH, gt=0, le=744)
    days_per_month: float = Field(default=DAYS_PER_MONTH, gt=0, le=31)
    engineering_rate_usd: float = Field(default=100, ge=0)
    hidden_multiplier: float | None = Field(default=None, ge=1, le=10)
    hybrid_share: float = Field(
        default_factory=lambda: rules().thresholds.default_hybrid_share.value,
        ge=0,
        le=1,
        description="share routed to the small model (the profile's simple share wins when known)",
    )
    open_model: str = "llama-3.3-70b"
    precision: Literal["fp16", "fp8", "int8", "int4"] = "int4"
    staff_hours_per_gpu_month: float | None = Field(default=None, ge=0, description="operations time per GPU")
    opportunity_usd_per_gpu_hour: float = Field(default=0, ge=0, description="what owned GPUs would earn otherwise")

    @property
    def conventions(self) -> Conventions:
        """How a month is counted for this analysis (from the settings, unless a what-if changed it)."""
        return Conventions(days_per_month=self.days_per_month, hours_per_month=self.hours_per_month)


def models_for(profile: WorkloadProfile, catalog: Catalog, prices: PriceMode) -> tuple[list[str], list[str]]:
    """The featured models plus the ones the user named that the catalog can price (and the ones it cannot)."""
    extra = [*(profile.get("candidate_models") or []), profile.get("current_model")]
    models = list(FEATURED_MODELS)
    unknown: list[str] = []
    for name in [str(m) for m in extra if m]:
        try:
            slug = catalog.api_price(name, prices).price.slug
        except (LookupError, ValueError):
            unknown.append(name)
            continue
        if slug not in models and name not in models:
            models.append(name)
    return models, unknown


_OPEN_IDS: WeakKeyDictionary[Catalog, dict[str, str]] = WeakKeyDictionary()


def open_model_id(name: str, catalog: Catalog) -> str | None:
    """The open-weight model behind a name ('together/llama-3.3-70b' -> 'llama-3.3-70b'), if it is one."""
    index = _OPEN_IDS.get(catalog)
    if index is None:
        index = {}
        for m in catalog.open_models.values():
            for alias in (m.slug, m.name, *m.aliases):
                index.setdefault(compact(alias), m.slug)
        _OPEN_IDS[catalog] = index
    return index.get(compact(name.split("/")[-1]))


def validated_model(profile: WorkloadProfile, catalog: Catalog) -> str | None:
    """The open-weight model the user runs or has validated today, if they named one."""
    fact = profile.facts.get("current_model")
    if fact is None or not fact.said or not fact.value:
        return None
    return open_model_id(str(fact.value), catalog)


def named_open_models(profile: WorkloadProfile, catalog: Catalog) -> list[str]:
    """Open-weight models the user named (today's model first, then the ones they consider)."""
    names = [profile.facts["current_model"].value] if profile.facts.get("current_model") else []
    names += list(profile.get("candidate_models") or [])
    out: list[str] = []
    for n in names:
        slug = open_model_id(str(n), catalog) if n else None
        if slug and slug not in out:
            out.append(slug)
    return out


def hidden_costs(profile: WorkloadProfile, opts: AnalysisOptions) -> tuple[TcoInput, str]:
    """Which hidden-cost structure fits this team, with its source."""
    if opts.hidden_multiplier is not None:
        return TcoInput(multiplier=opts.hidden_multiplier), f"raw GPU x {opts.hidden_multiplier:g} (your setting)"
    infra = rules().thresholds.existing_infra_multiplier
    if profile.team.get("gpu_infra") or profile.team.get("kubernetes"):
        return TcoInput(multiplier=infra.value), (
            f"existing GPU/Kubernetes infrastructure: raw GPU x {infra.value:g} ({infra.source.label()})"
        )
    if profile.regimes():
        prod = presets()["production-70b-2xh100"].tco
        spec = prod.model_copy(
            update={
                "gpu_monthly_usd": None,
                "hours_per_month": opts.hours_per_month,
                "pricing": "on_demand",
                "engineering_rate_usd": opts.engineering_rate_usd,
            }
        )
        return spec, (
            "regulated production stack: the itemised production bill of a 70B deployment (failover, audit "
            "logging, guardrails, evaluation, security patching), with staff time growing with the fleet"
        )
    spec = presets()["devtk-a100-true-cost"].tco.model_copy(
        update={
            "throughput_tokens_per_s": None,
            "engineering_rate_usd": opts.engineering_rate_usd,
            "hours_per_month": opts.hours_per_month,
        }
    )
    return spec, (
        f"DevTk 'true monthly cost': 15 h/month of DevOps at ${opts.engineering_rate_usd:g}/h + $300 overhead, "
        "plus staff time per GPU as the fleet grows"
    )


HOURS_PER_WEEK = 168


def peak_to_average(profile: WorkloadProfile) -> float:
    """The peak against the round-the-clock average, as the fleet model sizes it.

    A peak said under business hours is against the ordinary load in those hours ("monday morning peak 3x
    normal"), so it is scaled by the hours in a week over the hours the traffic runs; the fleet model then
    scales it back inside the window, and the fleet is sized for the peak the user said."""
    peak = float(profile.get("peak_to_average"))
    if profile.knows("peak_to_average") and profile.get("traffic_shape") == "business_hours":
        from tools.fleet_policy import fleet_policy

        hours = float(profile.get("business_hours_per_week") or fleet_policy().business_hours_per_week)
        peak = min(1000.0, peak * HOURS_PER_WEEK / hours)
    return peak
