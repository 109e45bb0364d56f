"""API cost of a workload: per model, with tiers, caching and batch discounts; ranked across models."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tools.catalog import Catalog, PriceMode, ResolvedPrice
from tools.catalog_models import ApiKind, ApiPrice, PriceTier, QualityTier
from tools.results import MAX_TOKENS_PER_MONTH, Conventions, Result, money, unique_sources
from tools.sources import Source


class Workload(BaseModel):
    """Token volume of one workload, always held per month."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    input_tokens_per_month: float = Field(ge=0, description="input (prompt) tokens per month")
    output_tokens_per_month: float = Field(ge=0, description="output (completion) tokens per month")
    request_input_tokens: float | None = Field(
        default=None, gt=0, description="typical input tokens per request, for long-context tiers"
    )
    cached_share: float = Field(default=0, ge=0, le=1, description="share of input served from cache")
    cache_write_share: float = Field(
        default=0, ge=0, le=1, description="share of input written to the prompt cache (billed at the write price)"
    )
    batch_share: float = Field(default=0, ge=0, le=1, description="share of traffic sent via batch API")
    conventions: Conventions = Field(default_factory=Conventions)

    @model_validator(mode="after")
    def _plausible(self) -> Workload:
        if self.cached_share + self.cache_write_share > 1 + 1e-9:
            raise ValueError("cache reads and cache writes together cannot exceed all input tokens")
        if self.total_tokens_per_month > MAX_TOKENS_PER_MONTH:
            raise ValueError(
                f"{self.total_tokens_per_month:.3g} tokens a month is beyond any real workload "
                f"(limit {MAX_TOKENS_PER_MONTH:.0e}); check the units"
            )
        return self

    @classmethod
    def from_total(
        cls,
        tokens: float,
        input_share: float = 0.5,
        per: str = "month",
        **kwargs: object,
    ) -> Workload:
        """Build from a total and the input share; ``per`` is 'day' or 'month'."""
        if not 0 <= input_share <= 1:
            raise ValueError("input share must be between 0 and 1")
        if tokens < 0:
            raise ValueError("token volume cannot be negative")
        conventions = kwargs.get("conventions") or Conventions()
        assert isinstance(conventions, Conventions)
        scale = conventions.days_per_month if per == "day" else 1.0
        monthly = tokens * scale
        return cls(
            input_tokens_per_month=monthly * input_share,
            output_tokens_per_month=monthly * (1 - input_share),
            **kwargs,
        )

    @property
    def total_tokens_per_month(self) -> float:
        return self.input_tokens_per_month + self.output_tokens_per_month

    @property
    def tokens_per_day(self) -> float:
        return self.total_tokens_per_month / self.conventions.days_per_month

    @property
    def input_share(self) -> float:
        total = self.total_tokens_per_month
        return self.input_tokens_per_month / total if total else 0.5

    def scaled(self, factor: float) -> Workload:
        """The same mix at a different volume (for what-ifs and sweeps)."""
        return self.model_copy(
            update={
                "input_tokens_per_month": self.input_tokens_per_month * factor,
                "output_tokens_per_month": self.output_tokens_per_month * factor,
            }
        )

    def describe(self) -> str:
        return (
            f"{self.input_tokens_per_month:,.0f} input + {self.output_tokens_per_month:,.0f} output "
            f"tokens a month ({self.tokens_per_day:,.0f} a day)"
        )


class ApiCostResult(Result):
    """Cost of a workload on one hosted model."""

    model: str
    name: str
    provider: str
    kind: ApiKind
    input_usd_per_mtok: float = Field(description="list input price used (tier applied)")
    output_usd_per_mtok: float = Field(description="list output price used (tier applied)")
    cached_input_usd_per_mtok: float | None = Field(description="cache read price used (tier applied)")
    cache_write_usd_per_mtok: float | None = Field(default=None, description="cache write price used (tier applied)")
    batch_discount: float | None
    quality_tier: QualityTier | None = Field(default=None, description="frontier, strong or small, if known")
    quality_caveat: str | None = Field(
        default=None, description="set when ranked beside models of a higher quality tier"
    )
    blended_usd_per_mtok: float = Field(description="effective USD per million tokens of this mix")
    input_monthly_usd: float
    output_monthly_usd: float
    daily_usd: float
    monthly_usd: float
    yearly_usd: float
    price_source: str = Field(description="article, catalog, vendor or user")
    source: Source


def _cache_prices(entry: ApiPrice, tier: PriceTier | None) -> tuple[float | None, float | None]:
    """Cache read and write prices for requests in this tier (the base prices outside any tier)."""
    if tier is None:
        return entry.cached_input_usd_per_mtok, entry.cache_write_usd_per_mtok
    read = tier.cached_input_usd_per_mtok
    write = tier.cache_write_usd_per_mtok
    if read is None and entry.cached_input_usd_per_mtok is not None and entry.input_usd_per_mtok:
        read = tier.input_usd_per_mtok * entry.cached_input_usd_per_mtok / entry.input_usd_per_mtok
    if write is None and entry.cache_write_usd_per_mtok is not None and entry.input_usd_per_mtok:
        write = tier.input_usd_per_mtok * entry.cache_write_usd_per_mtok / entry.input_usd_per_mtok
    return read, write


def blended_rate(price: ResolvedPrice, workload: Workload, catalog: Catalog) -> tuple[float, float]:
    """Effective USD per million input and output tokens for this workload's caching and batching."""
    entry = price.price
    tier = entry.tier_for(workload.request_input_tokens)
    inp = tier.input_usd_per_mtok if tier else entry.input_usd_per_mtok
    out = tier.output_usd_per_mtok if tier else entry.output_usd_per_mtok
    read, write = _cache_prices(entry, tier)
    read = inp if read is None else read
    write = inp if write is None else write
    reads, writes = workload.cached_share, workload.cache_write_share
    eff_in = inp * (1 - reads - writes) + read * reads + write * writes
    discount, _ = catalog.batch_discount(entry)
    batch_factor = 1 - workload.batch_share * (discount or 0)
    return eff_in * batch_factor, out * batch_factor


def usd_per_mtok(
    price: ResolvedPrice,
    catalog: Catalog,
    input_share: float = 0.5,
    conventions: Conventions | None = None,
    cached_share: float = 0.0,
) -> tuple[float, float, float]:
    """Effective USD per million input and output tokens, and a million tokens at this input share (with this
    share of input served from the prompt cache)."""
    probe = Workload.from_total(1e6, input_share, conventions=conventions or Conventions(), cached_share=cached_share)
    eff_in, eff_out = blended_rate(price, probe, catalog)
    return eff_in, eff_out, input_share * eff_in + (1 - input_share) * eff_out


def api_cost(workload: Workload, price: ResolvedPrice, catalog: Catalog) -> ApiCostResult:
    """Price one workload on one model."""
    entry = price.price
    tier = entry.tier_for(workload.request_input_tokens)
    eff_in, eff_out = blended_rate(price, workload, catalog)
    input_usd = workload.input_tokens_per_month / 1e6 * eff_in
    output_usd = workload.output_tokens_per_month / 1e6 * eff_out
    monthly = input_usd + output_usd
    days = workload.conventions.days_per_month
    assumptions = [workload.conventions.statement(), f"workload: {workload.describe()}"]
    sources = [entry.source]
    notes = list(price.notes)
    base_in = tier.input_usd_per_mtok if tier else entry.input_usd_per_mtok
    read, write = _cache_prices(entry, tier)
    if tier:
        assumptions.append(
            f"requests of {workload.request_input_tokens:,.0f} input tokens pay the long-context "
            f"tier above {tier.above_input_tokens:,} tokens"
        )
        if tier.source is not None:
            sources.append(tier.source)
    cache_used = False
    if workload.cached_share:
        if read is None:
            notes.append("no cached-input price known for this model: cached input billed in full")
        else:
            cache_used = True
            assumptions.append(f"{workload.cached_share:.0%} of input tokens are cache hits at ${read:.4g} per Mtok")
    if workload.cache_write_share:
        if write is None:
            notes.append("no cache-write price known for this model: cache writes billed at the input price")
        else:
            cache_used = True
            assumptions.append(
                f"{workload.cache_write_share:.0%} of input tokens are written to the cache at ${write:.4g} per Mtok"
            )
    elif workload.cached_share and write is not None and write > base_in:
        notes.append(
            f"this provider charges ${write:.4g} per Mtok to write the cache ({write / base_in:.3g}x input); "
            "writes are not counted here: give the share of input written to the cache"
        )
    if cache_used and entry.cache_source is not None:
        sources.append(entry.cache_source)
    discount, discount_source = catalog.batch_discount(entry)
    if workload.batch_share:
        if discount is None:
            notes.append("no batch discount known for this provider: batch share billed in full")
        else:
            assumptions.append(
                f"{workload.batch_share:.0%} of traffic goes through the batch API at {discount:.0%} off"
            )
            if discount_source:
                sources.append(discount_source)
    total = workload.total_tokens_per_month
    return ApiCostResult(
        model=entry.slug,
        name=entry.name,
        provider=entry.provider,
        kind=entry.kind,
        input_usd_per_mtok=base_in,
        output_usd_per_mtok=tier.output_usd_per_mtok if tier else entry.output_usd_per_mtok,
        cached_input_usd_per_mtok=None if read is None else round(read, 6),
        cache_write_usd_per_mtok=None if write is None else round(write, 6),
        batch_discount=discount,
        quality_tier=entry.quality_tier,
        blended_usd_per_mtok=round(monthly / total * 1e6, 6) if total else round((eff_in + eff_out) / 2, 6),
        input_monthly_usd=money(input_usd),
        output_monthly_usd=money(output_usd),
        daily_usd=money(monthly / days),
        monthly_usd=money(monthly),
        yearly_usd=money(monthly * 12),
        price_source=price.origin,
        source=entry.source,
        assumptions=assumptions,
        sources=unique_sources(sources),
        notes=notes,
    )


def quality_caveat(tier: QualityTier | None, tiers_ranked: set[QualityTier | None]) -> str | None:
    """What to say about a model ranked by price beside models of a higher quality tier."""
    if tier == "small" and "frontier" in tiers_ranked:
        return (
            "small model: suited to classification, extraction and routing, not a like-for-like "
            "substitute for the frontier models ranked beside it; test it on your own tasks before "
            "choosing it on price"
        )
    if tier == "small" and "strong" in tiers_ranked:
        return "small model: cheaper, but below the strong models ranked beside it; test it on your own tasks"
    return None


class RankedApiCosts(Result):
    """A workload priced on several models, cheapest first."""

    results: list[ApiCostResult]


def rank_api_costs(workload: Workload, models: list[str], catalog: Catalog, mode: PriceMode = "auto") -> RankedApiCosts:
    """Price one workload on each model and sort cheapest first."""
    results = [api_cost(workload, catalog.api_price(m, mode), catalog) for m in models]
    results.sort(key=lambda r: (r.monthly_usd, r.model))
    ranked_tiers = {r.quality_tier for r in results}
    for r in results:
        r.quality_caveat = quality_caveat(r.quality_tier, ranked_tiers)
    return RankedApiCosts(
        results=results,
        assumptions=[workload.conventions.statement(), f"workload: {workload.describe()}"],
        sources=unique_sources([s for r in results for s in r.sources]),
    )
