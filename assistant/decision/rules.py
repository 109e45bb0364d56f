"""Decision rules, model facts and provider attestations as data: ``data/rules.toml``, ``data/models.toml``
and ``data/providers.toml``, validated.

Every threshold carries its source; nothing here computes a decision.
"""

from __future__ import annotations

import tomllib
from functools import cache, cached_property
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from assistant.vocab import DataBoundary, DataRegion, VendorHome, region_within
from tools.sources import Source

DATA = Path(__file__).parent / "data"
Tier = Literal["frontier", "strong", "small"]
FineTuning = Literal["none", "provider", "lora_host"]
# What a regime can ask of an API provider (columns of data/providers.toml; eu_transfer: processing where EU
# transfers are lawful)
Attestation = Literal["soc2_type2", "hipaa_baa", "pci_dss", "iso_27001", "eu_transfer"]
ConstraintKind = Literal["data_boundary", "cloud", "latency", "quality", "fine_tuning", "team", "realtime", "deadline"]
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
    api_routing_min_savings_usd_per_month: Sourced
    existing_infra_multiplier: Sourced
    default_hybrid_share: Sourced
    owned_margin: Sourced
    owned_preference_share: Sourced
    spend_mismatch_factor: Sourced
    min_plausible_monthly_usd: Sourced


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


class NamedRegionRule(_Frozen):
    """How a regime reads once the user has named the region (data residency: "must stay in the EU")."""

    boundary: DataBoundary
    source: Source


class RegimeRule(_Frozen):
    boundary: DataBoundary
    provider_needs: Attestation | None = None
    source: Source
    means: str | None = Field(
        default=None, description="what the regime asks, in plain words, where the source's section is a heading"
    )
    named_region: NamedRegionRule | None = Field(
        default=None, description="the rule once the region is named (the boundary above holds until then)"
    )


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


class LanguageRule(_Frozen):
    """What a language requirement does to the advice: a caveat and a line among the constraints, never a filter."""

    caveat: str = Field(description="the caveat, with {languages} for the languages named")
    constraint: str = Field(description="the line among the hard constraints, with {languages}")
    source: Source


class Rules(_Frozen):
    thresholds: Thresholds
    latency: LatencyRules
    regimes: dict[str, RegimeRule]
    relax: Relax
    reason_order: Relax
    batch_api: BatchApiRules
    latency_levers: LatencyLevers
    languages: LanguageRule


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


class RegionOffer(_Frozen):
    """One region a provider can keep the processing of requests in, and how (endpoint, profile, deployment)."""

    region: DataRegion
    where: str = Field(min_length=1, description="the endpoint, profile or deployment that keeps it there")


class Processing(_Frozen):
    """Where a provider can keep processing: its in-region offers and where that was checked."""

    offers: tuple[RegionOffer, ...] = ()
    url: str | None = None
    note: str = ""
    source: Source

    @model_validator(mode="after")
    def _evidence(self) -> Processing:
        if self.url is None and self.source.kind != "assumption":
            raise ValueError("processing: offers without a url must be marked assumption")
        if self.url is not None and not self.url.startswith("https://"):
            raise ValueError("processing: url must be an https address")
        return self


class ProviderCompliance(_Frozen):
    """What one API provider offers a regulated customer, and where that was checked."""

    provider: str = Field(description="the catalog's provider id")
    name: str = Field(description="the provider's API as people call it")
    soc2_type2: bool = False
    hipaa_baa: bool = False
    pci_dss: bool = False
    iso_27001: bool = False
    outside_eu_adequacy: bool = Field(default=False, description="processes data where EU transfers lack safeguards")
    url: str | None = Field(default=None, description="where the row was checked")
    note: str = ""
    source: Source
    processing: Processing | None = Field(default=None, description="in-region offers; none known when missing")
    home: VendorHome | None = Field(default=None, description="where the provider's company is based")

    @model_validator(mode="after")
    def _evidence(self) -> ProviderCompliance:
        if self.url is None and self.source.kind != "assumption":
            raise ValueError(f"provider {self.provider!r}: a row without a url must be marked assumption")
        if self.url is not None and not self.url.startswith("https://"):
            raise ValueError(f"provider {self.provider!r}: url must be an https address")
        return self

    def region_offer(self, region: str) -> RegionOffer | None:
        """The offer that keeps processing in ``region`` (itself or a region inside it), the widest first:
        an EU data zone before one country's endpoint when the EU is asked for."""
        offers = self.processing.offers if self.processing else ()
        return next((o for o in offers if o.region == region), None) or next(
            (o for o in offers if region_within(o.region, region)), None
        )

    def offers(self, need: Attestation) -> bool:
        return {
            "soc2_type2": self.soc2_type2,
            "hipaa_baa": self.hipaa_baa,
            "pci_dss": self.pci_dss,
            "iso_27001": self.iso_27001,
            "eu_transfer": not self.outside_eu_adequacy,
        }[need]


# The snapshot's id for a provider whose row (and the articles) spell it otherwise.
PROVIDER_ALIASES: dict[str, str] = {"x-ai": "xai", "gcp": "vertex"}  # a deployment in Google Cloud is on Vertex AI


class ProviderData(_Frozen):
    providers: tuple[ProviderCompliance, ...]

    @model_validator(mode="after")
    def _unique(self) -> ProviderData:
        ids = [p.provider for p in self.providers]
        if len(ids) != len(set(ids)):
            raise ValueError("providers.toml: a provider is listed twice")
        return self

    def get(self, provider: str) -> ProviderCompliance:
        """The provider's row; one with no row offers nothing known (but is not taken to process data
        outside the EU)."""
        provider = PROVIDER_ALIASES.get(provider, provider)
        rows = self._rows
        found = rows.get(provider)
        if found is None:
            found = rows[provider] = self._unknown(provider)
        return found

    @cached_property
    def _rows(self) -> dict[str, ProviderCompliance]:
        """Each provider's row by id, and the rows made for providers without one (an analysis asks ~40 times)."""
        return {p.provider: p for p in self.providers}

    @staticmethod
    def _unknown(provider: str) -> ProviderCompliance:
        return ProviderCompliance(
            provider=provider,
            name=provider,
            source=Source(
                kind="assumption",
                title="Provider not in providers.toml",
                section="no attestation is known for it: ask them",
                as_of="2026-11",
            ),
        )


class ModelDefaults(_Frozen):
    output_tokens_per_s: float = Field(gt=0)
    reasoning_ms: float = Field(ge=0)


class ModelData(_Frozen):
    defaults: ModelDefaults
    sources: dict[str, Source]
    models: tuple[ModelFacts, ...]

    def facts(self, slug: str) -> ModelFacts | None:
        return self._by_slug.get(slug)

    @cached_property
    def _by_slug(self) -> dict[str, ModelFacts]:
        """Each model's facts by slug (the first row of a slug, as a scan would find)."""
        return {m.slug: m for m in reversed(self.models)}

    def source(self, key: str) -> Source:
        return self.sources[key]


@cache
def rules() -> Rules:
    return Rules.model_validate(tomllib.loads((DATA / "rules.toml").read_text()))


@cache
def provider_data() -> ProviderData:
    return ProviderData.model_validate(tomllib.loads((DATA / "providers.toml").read_text()))


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
