"""API cost of a workload: per model, with tiers, caching and batch discounts; ranked across models."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tools.catalog import Catalog, PriceMode, ResolvedPrice
from tools.catalog_models import ApiKind
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
    batch_share: float = Field(default=0, ge=0, le=1, description="share of traffic sent via batch API")
    conventions: Conventions = Field(default_factory=Conventions)

    @model_validator(mode="after")
    def _plausible(self) -> Workload:
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
    cached_input_usd_per_mtok: float | None
    batch_discount: float | None
    blended_usd_per_mtok: float = Field(description="effective USD per million tokens of this mix")
    input_monthly_usd: float
    output_monthly_usd: float
    daily_usd: float
    monthly_usd: float
    yearly_usd: float
    price_source: str = Field(description="article, catalog or user")
    source: Source


def blended_rate(price: ResolvedPrice, workload: Workload, catalog: Catalog) -> tuple[float, float]:
    """Effective USD per million input and output tokens for this workload's caching and batching."""
    entry = price.price
    tier = entry.tier_for(workload.request_input_tokens)
    inp = tier.input_usd_per_mtok if tier else entry.input_usd_per_mtok
    out = tier.output_usd_per_mtok if tier else entry.output_usd_per_mtok
    cached = (tier.cached_input_usd_per_mtok if tier else entry.cached_input_usd_per_mtok) or inp
    eff_in = inp * (1 - workload.cached_share) + cached * workload.cached_share
    discount, _ = catalog.batch_discount(entry)
    batch_factor = 1 - workload.batch_share * (discount or 0)
    return eff_in * batch_factor, out * batch_factor


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
    if tier:
        assumptions.append(
            f"requests of {workload.request_input_tokens:,.0f} input tokens pay the long-context "
            f"tier above {tier.above_input_tokens:,} tokens"
        )
    if workload.cached_share:
        if entry.cached_input_usd_per_mtok is None:
            notes.append("no cached-input price known for this model: cached input billed in full")
        else:
            assumptions.append(f"{workload.cached_share:.0%} of input tokens are cache hits")
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
        input_usd_per_mtok=tier.input_usd_per_mtok if tier else entry.input_usd_per_mtok,
        output_usd_per_mtok=tier.output_usd_per_mtok if tier else entry.output_usd_per_mtok,
        cached_input_usd_per_mtok=entry.cached_input_usd_per_mtok,
        batch_discount=discount,
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


class RankedApiCosts(Result):
    """A workload priced on several models, cheapest first."""

    results: list[ApiCostResult]


def rank_api_costs(workload: Workload, models: list[str], catalog: Catalog, mode: PriceMode = "auto") -> RankedApiCosts:
    """Price one workload on each model and sort cheapest first."""
    results = [api_cost(workload, catalog.api_price(m, mode), catalog) for m in models]
    results.sort(key=lambda r: (r.monthly_usd, r.model))
    return RankedApiCosts(
        results=results,
        assumptions=[workload.conventions.statement(), f"workload: {workload.describe()}"],
        sources=unique_sources([s for r in results for s in r.sources]),
    )
