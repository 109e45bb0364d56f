"""Decision rules and model facts as data: ``data/rules.toml`` and ``data/models.toml``, validated.

Every threshold carries its source; nothing here computes a decision.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.vocab import DataBoundary
from tools.sources import Source

DATA = Path(__file__).parent / "data"
Tier = Literal["frontier", "strong", "small"]
FineTuning = Literal["none", "provider", "lora_host"]
ConstraintKind = Literal["data_boundary", "latency", "quality", "fine_tuning", "team", "realtime", "deadline"]
BOUNDARY_ORDER: dict[str, int] = {"any_vendor": 0, "cloud_tenant": 1, "on_prem": 2, "air_gapped": 3}


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Sourced(_Frozen):
    value: float
    source: Source


class Thresholds(_Frozen):
    self_host_margin: Sourced
    hybrid_min_tokens_per_day: Sourced
    hybrid_min_savings_share: Sourced
    existing_infra_multiplier: Sourced
    default_hybrid_share: Sourced
    owned_margin: Sourced


class LatencyRules(_Frozen):
    api_overhead_p50_ms: Sourced
    api_overhead_p99_ms: Sourced
    api_reasoning_p99_factor: Sourced
    api_prefill_tokens_per_s: Sourced
    self_host_network_ms: Sourced
    queue_model: Sourced
    relaxed_within_factor: Sourced
    default_request_input_tokens: Sourced
    default_request_output_tokens: Sourced


class RegimeRule(_Frozen):
    boundary: DataBoundary
    provider_needs: Literal["baa", "eu_transfer"] | None = None
    source: Source


class Relax(_Frozen):
    order: tuple[ConstraintKind, ...]


class BatchApiRules(_Frozen):
    completion_window_hours: Sourced


class Lever(_Frozen):
    order: tuple[str, ...]
    source: Source


class PrecisionLever(_Frozen):
    order: tuple[Literal["fp16", "fp8", "int8", "int4"], ...]
    source: Source


class LatencyLevers(_Frozen):
    """What to try on self-hosting before excluding it for latency, cheapest first (after replicas and GPUs)."""

    precisions: PrecisionLever
    smaller_models: Lever


class Rules(_Frozen):
    thresholds: Thresholds
    latency: LatencyRules
    regimes: dict[str, RegimeRule]
    relax: Relax
    reason_order: Relax
    batch_api: BatchApiRules
    latency_levers: LatencyLevers


class ModelFacts(_Frozen):
    slug: str
    tier: Tier
    tier_source: str
    fine_tuning: FineTuning = "none"
    ft_surcharge: float = Field(default=1.0, ge=1)
    fine_tuning_source: str
    dedicated_fine_tuning: bool = False
    dedicated_ft_usd_per_hour: float = Field(default=0, ge=0)
    reasoning_ms: float | None = Field(default=None, ge=0)
    output_tokens_per_s: float | None = Field(default=None, gt=0)


class ProviderFacts(_Frozen):
    provider: str
    baa: bool = False
    outside_eu_adequacy: bool = False


class ModelDefaults(_Frozen):
    output_tokens_per_s: float = Field(gt=0)
    reasoning_ms: float = Field(ge=0)


class ModelData(_Frozen):
    defaults: ModelDefaults
    sources: dict[str, Source]
    models: tuple[ModelFacts, ...]
    providers: tuple[ProviderFacts, ...]

    def facts(self, slug: str) -> ModelFacts | None:
        return next((m for m in self.models if m.slug == slug), None)

    def provider(self, provider: str) -> ProviderFacts:
        return next((p for p in self.providers if p.provider == provider), ProviderFacts(provider=provider))

    def source(self, key: str) -> Source:
        return self.sources[key]


@cache
def rules() -> Rules:
    return Rules.model_validate(tomllib.loads((DATA / "rules.toml").read_text()))


@cache
def model_data() -> ModelData:
    data = ModelData.model_validate(tomllib.loads((DATA / "models.toml").read_text()))
    for m in data.models:
        for key in (m.tier_source, m.fine_tuning_source):
            if key not in data.sources:
                raise ValueError(f"models.toml: {m.slug}: unknown source {key!r}")
    return data


class FactorTable(_Frozen):
    self_host_above_tokens_per_month: float
    api_below_tokens_per_month: float
    self_host_below_latency_ms: float
    api_from_latency_ms: float
    self_host_from_ml_engineers: int
    api_below_ml_engineers: int
    score_to_decide: int
    source: Source


class FiveQuestions(_Frozen):
    volume_above_tokens_per_month: float
    yes_to_self_host: int
    mlops_from_ml_engineers: int
    source: Source


class FiveSteps(_Frozen):
    multiplier_with_infra: float
    multiplier_without_infra: float
    api_over_tco_to_self_host: float
    source: Source


class Flowchart(_Frozen):
    api_below_tokens_per_day: float
    compliance_step_up_to_tokens_per_day: float
    source: Source


class DecisionMatrix(_Frozen):
    self_host_below_latency_ms: float
    source: Source


class FrameworkRules(_Frozen):
    """Each article's own thresholds (``data/frameworks.toml``)."""

    factor_table: FactorTable
    five_questions: FiveQuestions
    five_steps: FiveSteps
    flowchart: Flowchart
    decision_matrix: DecisionMatrix


@cache
def framework_rules() -> FrameworkRules:
    return FrameworkRules.model_validate(tomllib.loads((DATA / "frameworks.toml").read_text()))
