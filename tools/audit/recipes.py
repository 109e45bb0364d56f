"""Named recipes that recompute an audited figure from a row's inputs.

Each recipe declares whether it goes through the cost engine (``engine``: API cost, GPU cost, TCO presets,
breakeven, sizing, throughput) or is plain arithmetic on the article's own figures (``arithmetic``), and
the pydantic model its inputs must fit. A row in ``tools/data/audit.toml`` names one recipe and gives its
inputs; the row's ``kind`` must be the recipe's.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tools.api_cost import Workload, api_cost, usd_per_mtok
from tools.breakeven import breakeven
from tools.catalog import Catalog, PriceMode
from tools.perf_specs import find_gpu, find_model
from tools.results import Conventions
from tools.sizing import SizingInput, size_deployment
from tools.tco import TcoInput, compute_tco, preset_tco, utilization_for
from tools.throughput import ThroughputInput, estimate_throughput
from tools.throughput.weights import weights_read_per_step

RecipeKind = Literal["engine", "arithmetic"]
ARTICLE_DAYS_PER_MONTH = 30.0  # every audited article counts a month as 30 days of traffic
ARTICLE_PRICES: PriceMode = "articles"  # the audit reproduces the articles, so it prices at the articles' own prices


class Recomputed(BaseModel):
    """A recipe's answer: the value, an error range when it is an estimate, and named figures the row's
    wording may quote (``{name}`` in its claim or how)."""

    model_config = ConfigDict(frozen=True)

    value: float
    low: float | None = None
    high: float | None = None
    words: dict[str, float | str] = Field(default_factory=dict)


class Inputs(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


@dataclass(frozen=True)
class Recipe:
    name: str
    kind: RecipeKind
    inputs: type[Inputs]
    run: Callable[[Any, Catalog], Recomputed]
    doc: str

    def __call__(self, inputs: dict[str, Any], catalog: Catalog) -> Recomputed:
        return self.run(self.inputs.model_validate(inputs), catalog)


RECIPES: dict[str, Recipe] = {}


def _recipe(
    name: str, kind: RecipeKind, inputs: type[Inputs]
) -> Callable[[Callable[[Any, Catalog], Recomputed]], Callable[[Any, Catalog], Recomputed]]:
    def register(fn: Callable[[Any, Catalog], Recomputed]) -> Callable[[Any, Catalog], Recomputed]:
        RECIPES[name] = Recipe(name=name, kind=kind, inputs=inputs, run=fn, doc=(fn.__doc__ or "").strip())
        return fn

    return register


def _bill(catalog: Catalog, model: str, input_tokens: float, output_tokens: float) -> float:
    workload = Workload(input_tokens_per_month=input_tokens, output_tokens_per_month=output_tokens)
    return api_cost(workload, catalog.api_price(model, ARTICLE_PRICES), catalog).monthly_usd


def _usd_per_mtok(catalog: Catalog, model: str, input_share: float) -> float:
    """Blended USD per million tokens at this input share, unrounded (blended_rate)."""
    return usd_per_mtok(catalog.api_price(model, ARTICLE_PRICES), catalog, input_share)[2]


def _gpu_bill(catalog: Catalog, offer: str, hours: float) -> float:
    return compute_tco(TcoInput(gpu=offer, hours_per_month=hours), catalog).monthly_usd


# --- engine recipes ------------------------------------------------------------------------------------


class ApiBill(Inputs):
    model: str
    input_tokens: float = Field(ge=0)
    output_tokens: float = Field(ge=0)


@_recipe("api_bill", "engine", ApiBill)
def api_bill(args: ApiBill, catalog: Catalog) -> Recomputed:
    """The API bill for these input and output tokens at the article's prices (api_cost)."""
    return Recomputed(value=_bill(catalog, args.model, args.input_tokens, args.output_tokens))


class Blended(Inputs):
    model: str
    input_share: float = Field(default=0.5, ge=0, le=1)
    per_tokens: float = Field(default=1e6, gt=0, description="price per this many tokens")


@_recipe("blended_price", "engine", Blended)
def blended_price(args: Blended, catalog: Catalog) -> Recomputed:
    """The API price per so many tokens at an input share (blended_rate); input share 0 is the output price."""
    return Recomputed(value=_usd_per_mtok(catalog, args.model, args.input_share) * args.per_tokens / 1e6)


class ApiBillOfSet(Inputs):
    models: list[str] = Field(min_length=2)
    pick: Literal["cheapest", "priciest"]
    input_tokens: float = Field(ge=0)
    output_tokens: float = Field(ge=0)


@_recipe("api_bill_of_set", "engine", ApiBillOfSet)
def api_bill_of_set(args: ApiBillOfSet, catalog: Catalog) -> Recomputed:
    """The cheapest or priciest API bill among several models for the same tokens (api_cost)."""
    bills = [_bill(catalog, m, args.input_tokens, args.output_tokens) for m in args.models]
    return Recomputed(value=min(bills) if args.pick == "cheapest" else max(bills))


class GpuMonth(Inputs):
    offer: str
    hours: float = Field(default=720, gt=0, le=744)


@_recipe("gpu_bill", "engine", GpuMonth)
def gpu_bill(args: GpuMonth, catalog: Catalog) -> Recomputed:
    """Rental of a catalog GPU offer for so many hours (compute_tco)."""
    return Recomputed(value=_gpu_bill(catalog, args.offer, args.hours))


class GpuYear(Inputs):
    offer: str
    usd_per_gpu_hour: float = Field(gt=0)
    hours_per_year: float = Field(default=8760, gt=0)
    utilization: float = Field(gt=0, le=1)


@_recipe("gpu_year", "engine", GpuYear)
def gpu_year(args: GpuYear, catalog: Catalog) -> Recomputed:
    """A year of one GPU at a given hourly price, billed for the utilised share of its hours (compute_tco)."""
    hours_per_month = args.hours_per_year * args.utilization / 12
    spec = TcoInput(gpu=args.offer, gpus=1, gpu_hourly_usd=args.usd_per_gpu_hour, hours_per_month=hours_per_month)
    return Recomputed(value=compute_tco(spec, catalog).monthly_usd * 12)


class PresetFigure(Inputs):
    preset: str
    figure: Literal[
        "monthly_usd",
        "daily_usd",
        "multiplier",
        "raw_gpu_share_percent",
        "usd_per_gpu_hour",
        "capacity_tokens_per_month",
    ]
    days_per_month: float = Field(default=ARTICLE_DAYS_PER_MONTH, gt=0, le=31)


@_recipe("preset_figure", "engine", PresetFigure)
def preset_figure(args: PresetFigure, catalog: Catalog) -> Recomputed:
    """One figure of an article's worked deployment, itemised by the TCO engine (preset_tco)."""
    tco = preset_tco(args.preset, catalog)
    values = {
        "monthly_usd": tco.monthly_usd,
        "daily_usd": tco.monthly_usd / args.days_per_month,
        "multiplier": tco.multiplier,
        "raw_gpu_share_percent": tco.raw_gpu_monthly_usd / tco.monthly_usd * 100,
        "usd_per_gpu_hour": tco.raw_gpu_monthly_usd / tco.gpus / tco.hours_per_month,
        "capacity_tokens_per_month": tco.capacity_tokens_per_month or 0.0,
    }
    return Recomputed(value=values[args.figure])


class Breakeven(Inputs):
    model: str
    self_host_monthly_usd: float | None = Field(default=None, ge=0)
    self_host_offer: str | None = Field(default=None, description="a catalog GPU offer, rented for offer_hours")
    offer_hours: float = Field(default=720, gt=0, le=744)
    self_host_preset: str | None = Field(default=None, description="a TCO preset's monthly total")
    input_share: float = Field(default=0.5, ge=0, le=1)
    per: Literal["month", "day"] = "month"
    days_per_month: float = Field(default=ARTICLE_DAYS_PER_MONTH, gt=0, le=31)

    @model_validator(mode="after")
    def _one_self_host_cost(self) -> Breakeven:
        given = [self.self_host_monthly_usd, self.self_host_offer, self.self_host_preset]
        if sum(v is not None for v in given) != 1:
            raise ValueError("give exactly one of self_host_monthly_usd, self_host_offer, self_host_preset")
        return self


@_recipe("breakeven_volume", "engine", Breakeven)
def breakeven_volume(args: Breakeven, catalog: Catalog) -> Recomputed:
    """Token volume where a self-hosted monthly cost equals the API bill (breakeven)."""
    if args.self_host_offer is not None:
        monthly = _gpu_bill(catalog, args.self_host_offer, args.offer_hours)
    elif args.self_host_preset is not None:
        monthly = preset_tco(args.self_host_preset, catalog).monthly_usd
    else:
        monthly = float(args.self_host_monthly_usd or 0)
    conventions = Conventions(days_per_month=args.days_per_month)
    result = breakeven(
        catalog.api_price(args.model, ARTICLE_PRICES),
        monthly,
        catalog,
        input_share=args.input_share,
        conventions=conventions,
    )
    volume = result.breakeven_tokens_per_month if args.per == "month" else result.breakeven_tokens_per_day
    return Recomputed(value=float(volume or 0))


class CostRatio(Inputs):
    model: str
    tokens_per_month: float = Field(gt=0)
    input_share: float = Field(default=0.5, ge=0, le=1)
    offer: str
    hours: float = Field(default=720, gt=0, le=744)


@_recipe("api_gpu_ratio", "engine", CostRatio)
def api_gpu_ratio(args: CostRatio, catalog: Catalog) -> Recomputed:
    """Larger over smaller of an API bill (unrounded, blended_rate) and a GPU month (compute_tco)."""
    api = args.tokens_per_month / 1e6 * _usd_per_mtok(catalog, args.model, args.input_share)
    gpu = _gpu_bill(catalog, args.offer, args.hours)
    return Recomputed(value=max(api, gpu) / min(api, gpu))


class SavingsVsApi(Inputs):
    self_host_usd: float = Field(ge=0)
    model: str
    input_tokens: float = Field(ge=0)
    output_tokens: float = Field(ge=0)


@_recipe("savings_vs_api", "engine", SavingsVsApi)
def savings_vs_api(args: SavingsVsApi, catalog: Catalog) -> Recomputed:
    """Percent saved by a stated self-hosted cost against the API bill for the same tokens (api_cost)."""
    api = _bill(catalog, args.model, args.input_tokens, args.output_tokens)
    return Recomputed(value=(1 - args.self_host_usd / api) * 100)


class EngineeringMonth(Inputs):
    hours_per_month: float = Field(gt=0, le=744)
    usd_per_hour: float = Field(gt=0)


@_recipe("engineering_month", "engine", EngineeringMonth)
def engineering_month(args: EngineeringMonth, catalog: Catalog) -> Recomputed:
    """Monthly engineering labour as the TCO engine itemises it (compute_tco, GPU rental excluded)."""
    spec = TcoInput(engineering_hours_per_month=args.hours_per_month, engineering_rate_usd=args.usd_per_hour)
    tco = compute_tco(spec, catalog)
    return Recomputed(value=tco.monthly_usd - tco.raw_gpu_monthly_usd)


class IdleShare(Inputs):
    traffic_shape: Literal["steady", "bursty", "business_hours"]


@_recipe("idle_share", "engine", IdleShare)
def idle_share(args: IdleShare, catalog: Catalog) -> Recomputed:
    """Percent of provisioned capacity idle for a traffic shape (utilization_for)."""
    return Recomputed(value=(1 - utilization_for(args.traffic_shape, None)) * 100)


class Weights(Inputs):
    params_b: float = Field(gt=0)
    precision: str


@_recipe("weights_gb", "engine", Weights)
def weights_gb(args: Weights, catalog: Catalog) -> Recomputed:
    """Gigabytes of weights for a parameter count at a precision (size_deployment)."""
    spec = SizingInput.model_validate({"params_b": args.params_b, "precision": args.precision})
    return Recomputed(value=size_deployment(spec, catalog).weights_gb)


class Stream(Inputs):
    model: str
    precision: str
    gpu: str
    gpus: int = Field(ge=1)
    with_batched: bool = Field(default=False, description="also estimate the batched output of the same node")


@_recipe("single_stream_ceiling", "engine", Stream)
def single_stream_ceiling(args: Stream, catalog: Catalog) -> Recomputed:
    """Memory-bandwidth ceiling of one stream: every token reads all active weights (estimate_throughput)."""
    spec = {"model": args.model, "precision": args.precision, "gpu": args.gpu, "gpus": args.gpus}
    est = estimate_throughput(ThroughputInput.model_validate({**spec, "batch_size": 1}), catalog)
    gpu = find_gpu(est.gpu)
    words: dict[str, float | str] = {
        "gpus": est.gpus,
        "gpu_name": gpu.name,
        "bandwidth_gb_s": est.gpus * gpu.bandwidth_gb_s,
        "weights_read_gb": weights_read_per_step(find_model(est.model), est.precision, 1) / 1e9,
        "precision": est.precision,
    }
    if args.with_batched:
        batched = estimate_throughput(ThroughputInput.model_validate(spec), catalog)
        words["batched_output_tokens_per_s"] = batched.output_tokens_per_s
    return Recomputed(value=est.single_stream_ceiling_tokens_per_s, words=words)


class Estimate(Inputs):
    model: str
    precision: str
    gpu: str
    gpus: int = Field(ge=1)
    input_len: int = Field(gt=0)
    output_len: int = Field(gt=0)


@_recipe("throughput_estimate", "engine", Estimate)
def throughput_estimate(args: Estimate, catalog: Catalog) -> Recomputed:
    """Calibrated batched output tokens/s with its error range (estimate_throughput)."""
    est = estimate_throughput(ThroughputInput.model_validate(args.model_dump()), catalog)
    low, high = est.output_tokens_per_s_low, est.output_tokens_per_s_high
    return Recomputed(value=est.output_tokens_per_s, low=low, high=high, words={"low": low, "high": high})


# --- arithmetic recipes: plain arithmetic on the article's own figures, no engine --------------------


class TokensInTime(Inputs):
    tokens_per_s: float = Field(gt=0)
    seconds: float = Field(gt=0)


@_recipe("tokens_in_time", "arithmetic", TokensInTime)
def tokens_in_time(args: TokensInTime, catalog: Catalog) -> Recomputed:
    """Arithmetic: tokens/s x seconds."""
    return Recomputed(value=args.tokens_per_s * args.seconds)


class PerThousand(Inputs):
    usd: float = Field(ge=0)
    tokens: float = Field(gt=0)


@_recipe("usd_per_thousand_tokens", "arithmetic", PerThousand)
def usd_per_thousand_tokens(args: PerThousand, catalog: Catalog) -> Recomputed:
    """Arithmetic: a stated cost / tokens x 1,000."""
    return Recomputed(value=args.usd / args.tokens * 1000)


class DailyToMonthly(Inputs):
    per_day: float = Field(ge=0)
    days_per_month: float = Field(default=ARTICLE_DAYS_PER_MONTH, gt=0, le=31)


@_recipe("per_month", "arithmetic", DailyToMonthly)
def per_month(args: DailyToMonthly, catalog: Catalog) -> Recomputed:
    """Arithmetic: a daily figure x days in the article's month."""
    return Recomputed(value=args.per_day * args.days_per_month)


class Savings(Inputs):
    before_usd: float = Field(gt=0)
    after_usd: float = Field(ge=0)


@_recipe("savings_percent", "arithmetic", Savings)
def savings_percent(args: Savings, catalog: Catalog) -> Recomputed:
    """Arithmetic: 1 - after / before, in percent."""
    return Recomputed(value=(1 - args.after_usd / args.before_usd) * 100)


class SalaryFromShare(Inputs):
    monthly_usd: float = Field(gt=0)
    share_of_salary: float = Field(gt=0, le=1)


@_recipe("annual_salary_from_share", "arithmetic", SalaryFromShare)
def annual_salary_from_share(args: SalaryFromShare, catalog: Catalog) -> Recomputed:
    """Arithmetic: a monthly cost x 12 / the share of a salary it stands for."""
    return Recomputed(value=args.monthly_usd * 12 / args.share_of_salary)
