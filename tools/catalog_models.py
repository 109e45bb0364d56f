"""Pydantic models for the price catalog data files (every entry has a source and a date)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tools.sources import Source

ApiKind = Literal["proprietary", "open_weight_host", "dedicated_deployment"]
# the cloud a dedicated deployment runs in (the same names as assistant/vocab.py's CloudProvider)
Cloud = Literal["aws", "azure", "gcp"]
Pricing = Literal["on_demand", "reserved", "spot"]
QualityTier = Literal["frontier", "strong", "small"]


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class PriceTier(_Entry):
    """Prices that apply when one request's input exceeds a size (long-context pricing)."""

    above_input_tokens: int = Field(gt=0, description="tier applies above this many input tokens")
    input_usd_per_mtok: float = Field(ge=0)
    output_usd_per_mtok: float = Field(ge=0)
    cached_input_usd_per_mtok: float | None = Field(default=None, ge=0)
    cache_write_usd_per_mtok: float | None = Field(default=None, ge=0)
    source: Source | None = Field(default=None, description="where the tier comes from, if not the base price's source")


class ApiPrice(_Entry):
    """Per-token prices of one hosted model."""

    slug: str = Field(min_length=1, description="stable lower-case id, e.g. gpt-5")
    name: str = Field(min_length=1)
    provider: str = Field(min_length=1)
    kind: ApiKind = "proprietary"
    input_usd_per_mtok: float = Field(ge=0, description="USD per million input tokens")
    output_usd_per_mtok: float = Field(ge=0, description="USD per million output tokens")
    cached_input_usd_per_mtok: float | None = Field(
        default=None, ge=0, description="USD per million input tokens read from the prompt cache"
    )
    cache_write_usd_per_mtok: float | None = Field(
        default=None, ge=0, description="USD per million input tokens written to the prompt cache (default TTL)"
    )
    cache_write_1h_usd_per_mtok: float | None = Field(
        default=None, ge=0, description="USD per million input tokens written with a one-hour TTL"
    )
    cache_source: Source | None = Field(
        default=None, description="where the cache prices come from, if not the base price's source"
    )
    tiers: tuple[PriceTier, ...] = ()
    batch_discount: float | None = Field(
        default=None, ge=0, lt=1, description="share taken off for the provider's batch API"
    )
    quality_tier: QualityTier | None = Field(
        default=None, description="frontier, strong or small: what the model can be trusted with"
    )
    quality_source: Source | None = None
    aliases: tuple[str, ...] = ()
    context_window: int | None = Field(default=None, gt=0)
    source: Source
    note: str | None = None

    @model_validator(mode="after")
    def _quality_sourced(self) -> ApiPrice:
        if self.quality_tier is not None and self.quality_source is None:
            raise ValueError("quality_tier needs a quality_source")
        return self

    def tier_for(self, request_input_tokens: float | None) -> PriceTier | None:
        """The long-context tier that applies to requests of this size, if any."""
        if request_input_tokens is None:
            return None
        chosen = None
        for tier in sorted(self.tiers, key=lambda t: t.above_input_tokens):
            if request_input_tokens > tier.above_input_tokens:
                chosen = tier
        return chosen


class CacheTerms(_Entry):
    """How one provider bills its prompt cache, as multiples of the model's input price.

    A model's own cache prices (catalog or data file) come first; these fill the gaps.
    """

    read_multiplier: float | None = Field(default=None, ge=0, le=1, description="cache hit price / input price")
    write_multiplier: float | None = Field(
        default=None, ge=0, description="cache write price / input price (1 = no write premium)"
    )
    write_1h_multiplier: float | None = Field(default=None, ge=0, description="one-hour TTL write / input price")
    source: Source
    note: str | None = None


class Range(_Entry):
    """A low-high range as an article brackets it."""

    low: float = Field(ge=0)
    high: float = Field(ge=0)
    source: Source

    @model_validator(mode="after")
    def _ordered(self) -> Range:
        if self.low > self.high:
            raise ValueError("low must not exceed high")
        return self

    @property
    def mid(self) -> float:
        return (self.low + self.high) / 2


class GpuSpec(_Entry):
    """What one accelerator can hold and move."""

    slug: str
    name: str
    vram_gb: float = Field(gt=0)
    bandwidth_gb_s: float = Field(gt=0, description="memory bandwidth per device")
    fp16_tflops: float = Field(gt=0, description="dense FP16/BF16 tensor throughput per device")
    watts: float = Field(gt=0, description="board power per device")
    aliases: tuple[str, ...] = ()
    source: Source


class GpuOffer(_Entry):
    """A rentable node: some number of one GPU at an hourly price."""

    slug: str
    gpu: str = Field(description="slug of the GpuSpec")
    count: int = Field(ge=1)
    usd_per_hour: float = Field(gt=0, description="price of the whole node per hour")
    pricing: Pricing = "on_demand"
    provider: str | None = None
    aliases: tuple[str, ...] = ()
    source: Source
    note: str | None = None

    @property
    def usd_per_gpu_hour(self) -> float:
        return self.usd_per_hour / self.count


class HardwareItem(_Entry):
    """Hardware bought once (consumer GPUs, workstations)."""

    slug: str
    name: str
    memory_gb: float = Field(gt=0)
    price_usd: float = Field(gt=0)
    watts: float = Field(gt=0, description="typical draw under inference load")
    bandwidth_gb_s: float = Field(gt=0)
    fp16_tflops: float = Field(gt=0)
    aliases: tuple[str, ...] = ()
    source: Source
    spec_source: Source
    note: str | None = None


class OpenModel(_Entry):
    """Architecture facts of an open-weight model, for memory and throughput sizing."""

    slug: str
    name: str
    params_b: float = Field(gt=0, description="total parameters, billions")
    active_params_b: float | None = Field(default=None, gt=0, description="active per token (MoE)")
    layers: int = Field(gt=0)
    kv_heads: int = Field(gt=0)
    head_dim: int = Field(gt=0)
    context_window: int = Field(gt=0)
    aliases: tuple[str, ...] = ()
    source: Source


class CatalogData(_Entry):
    """Everything one catalog file may hold; every list is optional."""

    api: tuple[ApiPrice, ...] = ()
    gpu_specs: tuple[GpuSpec, ...] = ()
    gpu_offers: tuple[GpuOffer, ...] = ()
    hardware: tuple[HardwareItem, ...] = ()
    open_models: tuple[OpenModel, ...] = ()
    vendor_api: tuple[ApiPrice, ...] = Field(
        default=(),
        description="the model vendor's own price, used where the snapshot only has a reseller's",
    )
    batch_discounts: dict[str, Annotated[float, Field(ge=0, lt=1)]] = Field(default_factory=dict)
    batch_discount_sources: dict[str, Source] = Field(default_factory=dict)
    cache_terms: dict[str, CacheTerms] = Field(default_factory=dict)
    spot_discount: Range | None = None
    reserved_discount: Range | None = None

    @model_validator(mode="after")
    def _discounts_sourced(self) -> CatalogData:
        missing = sorted(set(self.batch_discounts) - set(self.batch_discount_sources))
        if missing:
            raise ValueError(f"batch discount without a source (batch_discount_sources): {', '.join(missing)}")
        return self
