"""Source audit: every figure the articles state, recomputed from the articles' own inputs.

A figure *follows* when our value is within 1% of it, or within half the rounding step the
article used ("about $10,000" is rounded to the thousand). Ranges follow when the value falls
inside them (with the same 1% slack).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from typing import Literal

from pydantic import BaseModel, Field

from tools.api_cost import Workload, api_cost
from tools.breakeven import breakeven
from tools.catalog import Catalog
from tools.perf_specs import find_gpu, find_model
from tools.sizing import SizingInput, size_deployment
from tools.sources import Source, article_source
from tools.tco import TcoInput, compute_tco, preset_tco, utilization_for
from tools.throughput import ThroughputInput, ThroughputResult, estimate_throughput, weight_bytes

FLAGSHIPS = ("gpt-5", "gemini-2.5-pro", "claude-sonnet-4.5", "grok-3")
M, C, S, D = (
    "math-ml-strategy-2026",
    "cost-modeling-guide-2026",
    "self-hosting-worth-it-2026",
    "devtk-real-cost-breakdown-2026",
)


class FigureCheck(BaseModel):
    """One stated figure, our recomputation, and whether it follows."""

    id: str
    source: Source
    claim: str = Field(description="what the article says, in our words")
    stated: float
    stated_high: float | None = Field(default=None, description="upper end when a range is stated")
    unit: str
    rounding_step: float = Field(description="the article states the figure to this precision")
    computed: float
    follows: bool
    how: str = Field(description="how we recomputed it")
    kind: Literal["figure", "speed"] = Field(default="figure", description="speed: a tokens/s claim judged")
    speed_verdict: Literal["impossible", "optimistic", "pessimistic", "plausible"] | None = Field(
        default=None, description="speed claims: against the physical ceiling and the calibrated estimate"
    )
    ceiling: float | None = Field(default=None, description="speed claims: memory-bandwidth ceiling, tokens/s")

    def verdict(self) -> str:
        if self.kind == "speed":
            return self._speed_verdict()
        if self.follows:
            return f"{self.claim}: checks out ({_fmt(self.computed, self.unit)})"
        stated = _fmt(self.stated, self.unit)
        if self.stated_high is not None:
            high = _fmt(self.stated_high, self.unit)
            stated = f"under {high}" if self.stated == 0 else f"{stated}-{high}"
        return f"{self.claim}: the article says {stated}, but {self.how} gives {_fmt(self.computed, self.unit)}"

    def _speed_verdict(self) -> str:
        stated = _fmt(self.stated, self.unit)
        if self.stated_high is not None and self.stated_high != self.stated:
            stated = f"{stated}-{_fmt(self.stated_high, self.unit)}"
        if self.speed_verdict == "impossible" and self.ceiling is not None:
            return (
                f"{self.claim}: impossible. The article says {stated}, above the physical ceiling of "
                f"{_fmt(self.ceiling, self.unit)} ({self.how})"
            )
        if self.speed_verdict in ("optimistic", "pessimistic"):
            return (
                f"{self.claim}: {self.speed_verdict}. The article says {stated}, but {self.how} gives "
                f"{_fmt(self.computed, self.unit)}"
            )
        return f"{self.claim}: plausible ({_fmt(self.computed, self.unit)} estimated)"


def _fmt(value: float, unit: str) -> str:
    if unit == "usd":
        return f"${value:,.0f}" if abs(value) >= 100 and value == int(value) else f"${value:,.2f}"
    if unit == "tokens":
        for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
            if abs(value) >= size:
                return f"{value / size:.3g}{suffix} tokens"
        return f"{value:,.0f} tokens"
    if unit == "percent":
        return f"{value:.1f}%"
    if unit == "x":
        return f"{value:.3g}x"
    return f"{value:,.4g} {unit}"


def _follows(computed: float, stated: float, high: float | None, step: float) -> bool:
    if high is not None:
        return stated * 0.99 - step / 2 <= computed <= high * 1.01 + step / 2
    return abs(computed - stated) <= max(0.01 * abs(stated), step / 2)


def _daily_cost(catalog: Catalog, model: str, input_per_day: float, output_per_day: float) -> float:
    return _monthly_cost(catalog, model, input_per_day * 30, output_per_day * 30) / 30


def _monthly_cost(catalog: Catalog, model: str, input_tokens: float, output_tokens: float) -> float:
    wl = Workload(input_tokens_per_month=input_tokens, output_tokens_per_month=output_tokens)
    return api_cost(wl, catalog.api_price(model, "articles"), catalog).monthly_usd


def _breakeven(catalog: Catalog, model: str, monthly: float, share: float = 0.5, per_day: bool = False) -> float:
    result = breakeven(catalog.api_price(model, "articles"), monthly, catalog, input_share=share)
    monthly_volume = float(result.breakeven_tokens_per_month or 0)
    return monthly_volume / 30 if per_day else monthly_volume


def _blended(catalog: Catalog, model: str) -> float:
    price = catalog.api_price(model, "articles").price
    return price.input_usd_per_mtok / 2 + price.output_usd_per_mtok / 2


def _ratio(catalog: Catalog, cost: float, gpu: float = 1440) -> float:
    """Larger over smaller of an API cost and the $1,440 GPU month."""
    return max(gpu, cost) / min(gpu, cost)


def _weights(catalog: Catalog, params_b: float, precision: str) -> float:
    spec = SizingInput.model_validate({"params_b": params_b, "precision": precision})
    return size_deployment(spec, catalog).weights_gb


def _gpu_month(catalog: Catalog, offer: str, hours: float = 720) -> float:
    return compute_tco(TcoInput(gpu=offer, hours_per_month=hours), catalog).monthly_usd


Check = tuple[str, str, str, str, float, float | None, float, str, Callable[[Catalog], float], str]


def _checks() -> list[Check]:
    """(id, article, section, claim, stated, stated_high, rounding step, unit, compute, how)."""
    gpt4o_out = "GPT-4o at the article's $2.50/$10 per Mtok"
    table_s = "How Does This Compare to API Providers?"
    devtk_api = "The Cost of API Access (February 2026)"
    out: list[Check] = [
        # --- The Math That Will Determine Your ML Strategy in 2026
        (
            "M1",
            M,
            "The Scenario That Favors APIs in 2026",
            "8x H100 at $30/hour per day",
            720,
            None,
            1,
            "usd",
            lambda c: _gpu_month(c, "8x-h100", 24),
            "$30 x 24 hours",
        ),
        (
            "M2",
            M,
            "The Scenario That Favors APIs in 2026",
            "output tokens a day an 8x H100 node covers at ~180 tokens/second",
            2.5e6,
            None,
            0.5e6,
            "tokens",
            lambda c: 180 * 86400,
            "180 tokens/s x 86,400 s",
        ),
        (
            "M3",
            M,
            "The Scenario That Favors APIs in 2026",
            "monthly output volume above which self-hosting undercuts GPT-4o on token cost",
            3e6,
            None,
            1e6,
            "tokens",
            lambda c: _breakeven(c, "gpt-4o", _gpu_month(c, "8x-h100"), share=0.0),
            f"$720/day x 30 days against {gpt4o_out} output price",
        ),
        (
            "M4",
            M,
            "Where Self-Hosting Becomes a No-Brainer",
            "API cost of 50M output tokens a day",
            500,
            None,
            1,
            "usd",
            lambda c: _daily_cost(c, "gpt-4o", 0, 50e6),
            gpt4o_out,
        ),
        (
            "M5",
            M,
            "Where Self-Hosting Becomes a No-Brainer",
            "self-hosted cost per thousand tokens at 200M tokens a day on 32 H100s",
            0.019,
            None,
            0.001,
            "usd per 1k tokens",
            lambda c: 3840 / 200e6 * 1000,
            "$3,840 / 200M x 1,000",
        ),
        (
            "M6",
            M,
            "Where Self-Hosting Becomes a No-Brainer",
            "GPT-4o output cost per thousand tokens",
            0.01,
            None,
            0.001,
            "usd per 1k tokens",
            lambda c: c.api_price("gpt-4o", "articles").price.output_usd_per_mtok / 1000,
            gpt4o_out,
        ),
        (
            "M7",
            M,
            "Where Self-Hosting Becomes a No-Brainer",
            "optimised cost per thousand tokens at 600M tokens a day",
            0.0064,
            None,
            0.0001,
            "usd per 1k tokens",
            lambda c: 3840 / 600e6 * 1000,
            "$3,840 / 600M x 1,000",
        ),
        (
            "M8",
            M,
            "Where Self-Hosting Becomes a No-Brainer",
            "how much cheaper the optimised cluster is than the API",
            37,
            None,
            1,
            "percent",
            lambda c: (1 - (3840 / 600e6 * 1000) / 0.01) * 100,
            "1 - $0.0064 / $0.01",
        ),
        (
            "M9",
            M,
            "Where Self-Hosting Becomes a No-Brainer",
            "savings its own optimised example reaches, against the 60-80% it promises",
            60,
            80,
            1,
            "percent",
            lambda c: (1 - (3840 / 600e6 * 1000) / 0.01) * 100,
            "the article's own 600M tokens/day example",
        ),
        # --- Self-Hosted LLMs vs APIs: A Complete Cost Modeling Guide for 2026
        (
            "C1",
            C,
            "The Token Trap: Why Per-Token Pricing is Deceptive",
            "a year of an H100 spot instance at $1.65/hour and 70% utilisation",
            10_000,
            None,
            1000,
            "usd",
            lambda c: 1.65 * 8760 * 0.7,
            "$1.65 x 8,760 h x 70%",
        ),
        (
            "C2",
            C,
            "Finding Your Break-Even Point",
            "2M tokens a day expressed per month",
            60e6,
            None,
            1e6,
            "tokens",
            lambda c: 2e6 * 30,
            "2M x 30 days",
        ),
        (
            "C3",
            C,
            "Finding Your Break-Even Point",
            "savings of the fintech example ($47,000 to $8,000), against the 40-70% hybrid range",
            40,
            70,
            1,
            "percent",
            lambda c: (1 - 8000 / 47000) * 100,
            "1 - $8,000 / $47,000",
        ),
        # --- Is Self-Hosting AI Models Worth It in 2026?
        (
            "S1",
            S,
            "What Does the Internet Say Self-Hosting Costs?",
            "an H100 at $2.50/hour for 730 hours",
            1825,
            None,
            1,
            "usd",
            lambda c: _gpu_month(c, "h100-lambda", 730),
            "$2.50 x 730 h",
        ),
        (
            "S2",
            S,
            "What Does the Internet Say Self-Hosting Costs?",
            "raw GPU share of the real bill (40-50%), against its own worked example",
            40,
            50,
            1,
            "percent",
            lambda c: (
                preset_tco("production-70b-2xh100", c).raw_gpu_monthly_usd
                / preset_tco("production-70b-2xh100", c).monthly_usd
                * 100
            ),
            "$5,100 / $13,275",
        ),
        (
            "S3",
            S,
            "What Does Self-Hosted Inference Actually Cost Per Month?",
            "total monthly cost of the production 70B deployment",
            13_275,
            None,
            1,
            "usd",
            lambda c: preset_tco("production-70b-2xh100", c).monthly_usd,
            "sum of the 11 line items",
        ),
        (
            "S4",
            S,
            "What Does Self-Hosted Inference Actually Cost Per Month?",
            "multiplier of true cost over raw GPU",
            2.6,
            None,
            0.1,
            "x",
            lambda c: preset_tco("production-70b-2xh100", c).multiplier,
            "$13,275 / $5,100",
        ),
        (
            "S5",
            S,
            "What Does Self-Hosted Inference Actually Cost Per Month?",
            "salary implied by $3,200/month as 20% of a senior ML engineer, against $180-280K",
            180_000,
            280_000,
            1000,
            "usd",
            lambda c: 3200 * 12 / 0.2,
            "$3,200 x 12 / 20%",
        ),
        (
            "S6",
            S,
            table_s,
            "self-hosted Llama 3.3 70B per day at full TCO",
            443,
            None,
            1,
            "usd",
            lambda c: preset_tco("production-70b-2xh100", c).monthly_usd / 30,
            "$13,275 / 30 days",
        ),
        (
            "S7",
            S,
            "What Does Self-Hosted Inference Actually Cost Per Month?",
            "reserved H100 monthly price implied by the table, against Lambda's $2.50/hour on demand",
            2.50,
            None,
            0.01,
            "usd per GPU-hour",
            lambda c: 5100 / 2 / 730,
            "$5,100 / 2 GPUs / 730 h",
        ),
    ]
    workload_s = "5M input + 1M output tokens a day at the article's prices"
    for i, (model, daily, monthly) in enumerate(
        [
            ("claude-3.5-sonnet", 45, 1350),
            ("gpt-4o", 22.50, 675),
            ("claude-opus", 150, 4500),
            ("gemini-2.5-flash", 2.25, 68),
            ("together/llama-3.3-70b", 13.50, 405),
            ("groq/llama-3.3-70b", 4.15, 125),
        ]
    ):
        out.append(
            (
                f"S{10 + 2 * i}",
                S,
                table_s,
                f"{model} per day for the comparison workload",
                daily,
                None,
                0.01 if daily < 10 else 0.5,
                "usd",
                partial(_daily_cost, model=model, input_per_day=5e6, output_per_day=1e6),
                workload_s,
            )
        )
        out.append(
            (
                f"S{11 + 2 * i}",
                S,
                table_s,
                f"{model} per month for the comparison workload",
                monthly,
                None,
                1,
                "usd",
                partial(_monthly_cost, model=model, input_tokens=150e6, output_tokens=30e6),
                workload_s + " x 30 days",
            )
        )
    # --- Self-Hosting LLMs vs API: The Real Cost Breakdown (2026)
    for i, (model, monthly) in enumerate(
        [
            ("gpt-5", 168),
            ("claude-sonnet-4.5", 270),
            ("gemini-2.5-pro", 168),
            ("grok-3", 270),
            ("deepseek-v3.2", 21),
            ("gemini-2.5-flash", 11),
            ("gpt-4.1-nano", 8),
            ("mistral-small-3.1", 12),
            ("llama-3.3-70b", 26),
        ]
    ):
        out.append(
            (
                f"D{1 + i}",
                D,
                devtk_api,
                f"{model} per month at 10M tokens a day (50/50)",
                monthly,
                None,
                1,
                "usd",
                partial(_monthly_cost, model=model, input_tokens=150e6, output_tokens=150e6),
                "5M input + 5M output tokens a day x 30 days at the article's prices",
            )
        )
    for i, (offer, monthly) in enumerate(
        [
            ("l4", 504),
            ("a10g", 720),
            ("a100-80gb", 1440),
            ("h100", 2520),
            ("2x-a100-80gb", 2880),
            ("4x-a100-80gb", 5760),
            ("8x-a100-80gb", 11520),
        ]
    ):
        out.append(
            (
                f"D{10 + i}",
                D,
                "Cloud GPU Pricing (Per Hour, February 2026)",
                f"{offer} running 24/7 for a month",
                monthly,
                None,
                1,
                "usd",
                partial(_gpu_month, offer=offer),
                "hourly price x 720 hours",
            )
        )
    bk = "Breakeven Analysis: When Does Self-Hosting Win?"
    blended = {"gpt-5": 5.625, "deepseek-v3.2": 0.685, "gemini-2.5-flash": 0.375}
    out += [
        (
            "D20",
            D,
            bk,
            "monthly capacity of one A100 at 1,500 tokens/second",
            3.9e9,
            None,
            0.1e9,
            "tokens",
            lambda c: preset_tco("devtk-a100-raw", c).capacity_tokens_per_month or 0,
            "1,500 tokens/s x 720 h x 3,600 s",
        ),
    ]
    for i, (model, value) in enumerate(blended.items()):
        out.append(
            (
                f"D{21 + i}",
                D,
                bk,
                f"{model} blended price at a 50/50 split",
                value,
                None,
                0.001,
                "usd per Mtok",
                partial(_blended, model=model),
                "(input + output) / 2",
            )
        )
    for i, (model, stated, step) in enumerate(
        [
            ("gpt-5", 256e6, 1e6),
            ("claude-sonnet-4.5", 160e6, 1e6),
            ("deepseek-v3.2", 2.1e9, 0.1e9),
            ("gemini-2.5-flash", 3.84e9, 0.01e9),
        ]
    ):
        out.append(
            (
                f"D{24 + 2 * i}",
                D,
                bk + " (summary)",
                f"breakeven against {model}, per month",
                stated,
                None,
                step,
                "tokens",
                partial(_breakeven, model=model, monthly=1440),
                "$1,440 / blended price",
            )
        )
    for i, (model, stated, step) in enumerate(
        [
            ("gpt-5", 8.5e6, 0.1e6),
            ("claude-sonnet-4.5", 5.3e6, 0.1e6),
            ("deepseek-v3.2", 70e6, 1e6),
            ("gemini-2.5-flash", 128e6, 1e6),
        ]
    ):
        out.append(
            (
                f"D{25 + 2 * i}",
                D,
                bk + " (summary)",
                f"breakeven against {model}, per day",
                stated,
                None,
                step,
                "tokens",
                partial(_breakeven, model=model, monthly=1440, per_day=True),
                "monthly breakeven / 30 days",
            )
        )
    # The article's two comparison tables against the $1,440 GPU month: cost and cost ratio per volume.
    tables = [
        (
            40,
            "gpt-5",
            "GPT-5",
            "GPT-5",
            5.625,
            [
                (1e6, 5.63, 0.01, 256, 1),
                (10e6, 56.25, 0.01, 26, 1),
                (50e6, 281, 1, 5, 1),
                (100e6, 563, 1, 2.6, 0.1),
                (500e6, 2813, 1, 1.95, 0.01),
                (1e9, 5625, 1, 3.9, 0.1),
                (3.9e9, 21938, 1, 15, 1),
            ],
        ),
        (
            60,
            "deepseek-v3.2",
            "DeepSeek V3.2",
            "DeepSeek",
            0.685,
            [
                (100e6, 68.50, 0.01, 21, 1),
                (500e6, 342.50, 0.01, 4.2, 0.1),
                (1e9, 685, 1, 2.1, 0.1),
                (3.9e9, 2672, 1, 1.85, 0.01),
            ],
        ),
    ]
    for first, model, section, short, usd_per_mtok, rows in tables:
        for i, (volume, cost, step, ratio, rstep) in enumerate(rows):
            out.append(
                (
                    f"D{first + 2 * i}",
                    D,
                    f"{bk}: vs {section}",
                    f"{short} cost at {volume:.3g} tokens a month",
                    cost,
                    None,
                    step,
                    "usd",
                    partial(_monthly_cost, model=model, input_tokens=volume / 2, output_tokens=volume / 2),
                    f"volume x ${usd_per_mtok:g} per Mtok",
                )
            )
            out.append(
                (
                    f"D{first + 1 + 2 * i}",
                    D,
                    f"{bk}: vs {section}",
                    f"cost ratio at {volume:.3g} tokens a month",
                    ratio,
                    None,
                    rstep,
                    "x",
                    partial(_ratio, cost=volume * usd_per_mtok * 1e-6),
                    "larger cost / smaller cost against $1,440",
                )
            )
    tc = "Hidden Costs of Self-Hosting: Total Cost Adjustment"
    out += [
        (
            "D70",
            D,
            tc,
            "true monthly cost of one A100 with DevOps time and overhead",
            3240,
            None,
            1,
            "usd",
            lambda c: preset_tco("devtk-a100-true-cost", c).monthly_usd,
            "$1,440 + 15 h x $100 + $300",
        ),
        (
            "D71",
            D,
            tc,
            "breakeven against GPT-5 at the true cost, per month",
            576e6,
            None,
            1e6,
            "tokens",
            lambda c: _breakeven(c, "gpt-5", 3240),
            "$3,240 / $5.625 per Mtok",
        ),
        (
            "D72",
            D,
            tc,
            "breakeven against GPT-5 at the true cost, per day",
            19e6,
            None,
            1e6,
            "tokens",
            lambda c: _breakeven(c, "gpt-5", 3240) / 30,
            "576M / 30 days",
        ),
        (
            "D73",
            D,
            tc,
            "breakeven against DeepSeek V3.2 at the true cost, per month",
            4.7e9,
            None,
            0.1e9,
            "tokens",
            lambda c: _breakeven(c, "deepseek-v3.2", 3240),
            "$3,240 / $0.685 per Mtok",
        ),
        (
            "D74",
            D,
            tc,
            "hidden-cost multiplier range (1.3-2.0x), against its own worked example",
            1.3,
            2.0,
            0.01,
            "x",
            lambda c: preset_tco("devtk-a100-true-cost", c).multiplier,
            "$3,240 / $1,440",
        ),
        (
            "D75",
            D,
            "Hidden Costs of Self-Hosting: 1. DevOps Engineering Time",
            "low end of monthly DevOps labour (10 h at $75)",
            750,
            None,
            1,
            "usd",
            lambda c: 10 * 75,
            "10 h x $75",
        ),
        (
            "D76",
            D,
            "Hidden Costs of Self-Hosting: 1. DevOps Engineering Time",
            "high end of monthly DevOps labour (20 h at $150)",
            3000,
            None,
            1,
            "usd",
            lambda c: 20 * 150,
            "20 h x $150",
        ),
        (
            "D77",
            D,
            "Hidden Costs of Self-Hosting: 5. Idle Cost",
            "share of the month a business-hours GPU sits idle",
            60,
            70,
            1,
            "percent",
            lambda c: (1 - utilization_for("business_hours", None)) * 100,
            "1 - 50 busy hours / 168",
        ),
        (
            "D78",
            D,
            "Quick Decision Framework: Step 1",
            "monthly cost of DeepSeek V3.2 or Gemini Flash just under 10M tokens a day ('under $30')",
            0,
            30,
            1,
            "usd",
            lambda c: min(
                _monthly_cost(c, "gemini-2.5-flash", 150e6, 150e6),
                _monthly_cost(c, "deepseek-v3.2", 150e6, 150e6),
            ),
            "the cheaper of the two at 5M input + 5M output a day x 30 days",
        ),
        (
            "D79",
            D,
            "Quick Decision Framework: Step 2",
            "low end of flagship API cost at 10M tokens a day ('$170')",
            170,
            None,
            10,
            "usd",
            lambda c: min(_monthly_cost(c, m, 150e6, 150e6) for m in FLAGSHIPS),
            "cheapest flagship at 5M input + 5M output a day x 30 days",
        ),
        (
            "D80",
            D,
            "Quick Decision Framework: Step 2",
            "high end of flagship API cost at 100M tokens a day ('$2,700')",
            2700,
            None,
            10,
            "usd",
            lambda c: max(_monthly_cost(c, m, 1.5e9, 1.5e9) for m in FLAGSHIPS),
            "priciest flagship at 50M input + 50M output a day x 30 days",
        ),
        (
            "D81",
            D,
            "The Hybrid Approach: Example: E-Commerce Product Pipeline",
            "GPT-5 at 10M tokens a month for the complex 10%",
            56,
            None,
            1,
            "usd",
            lambda c: _monthly_cost(c, "gpt-5", 5e6, 5e6),
            "10M tokens x $5.625 per Mtok",
        ),
        (
            "D82",
            D,
            "When API Makes More Sense: Under 50M Tokens/Day",
            "Claude Opus 4.5 at 50M tokens a day, claimed to cost less than the $3,240 true GPU cost",
            0,
            3240,
            1,
            "usd",
            lambda c: _monthly_cost(c, "claude-opus-4.5", 750e6, 750e6),
            "25M input + 25M output a day x 30 days at $5/$25",
        ),
    ]
    for i, (params, precision, stated) in enumerate(
        [
            (7, "fp16", 14),
            (13, "fp16", 26),
            (70, "fp16", 140),
            (70, "int4", 35),
            (405, "fp16", 810),
            (405, "int4", 200),
        ]
    ):
        out.append(
            (
                f"D{90 + i}",
                D,
                "What Model Sizes Require What Hardware",
                f"weights of a {params}B model at {precision}",
                stated,
                None,
                10 if stated >= 200 else 1,
                "GB",
                partial(_weights, params_b=params, precision=precision),
                "parameters x bytes per parameter",
            )
        )
    return out


def _speed_checks(catalog: Catalog) -> list[FigureCheck]:
    """Tokens/s claims: a single-stream claim above the memory-bandwidth ceiling is impossible; a
    batched claim outside the calibrated estimate's error range is optimistic (or pessimistic)."""
    internet = "What Does the Internet Say Self-Hosting Costs?"
    one_h100 = estimate_throughput(
        ThroughputInput(model="llama-3.3-70b", precision="fp8", gpu="h100", gpus=1, batch_size=1), catalog
    )
    node = estimate_throughput(
        ThroughputInput(model="llama-3.2-90b", precision="fp16", gpu="h100", gpus=8, batch_size=1), catalog
    )
    node_batched = estimate_throughput(
        ThroughputInput(model="llama-3.2-90b", precision="fp16", gpu="h100", gpus=8), catalog
    )
    a100 = estimate_throughput(
        ThroughputInput(
            model="llama-3.3-70b", precision="int4", gpu="a100-80gb", gpus=1, input_len=500, output_len=500
        ),
        catalog,
    )
    rows: list[FigureCheck] = []

    def single(
        cid: str, slug: str, section: str, claim: str, low: float, high: float | None, est: ThroughputResult
    ) -> None:
        gpu = find_gpu(est.gpu)
        weights_gb = weight_bytes(find_model(est.model), est.precision) / 1e9
        ceiling = est.single_stream_ceiling_tokens_per_s
        impossible = (high or low) > ceiling
        rows.append(
            FigureCheck(
                id=cid,
                source=article_source(slug, section),
                claim=claim,
                stated=low,
                stated_high=high,
                unit="tokens/s",
                rounding_step=1,
                computed=ceiling,
                follows=not impossible,
                how=(
                    f"{est.gpus} x {gpu.name} read {est.gpus * gpu.bandwidth_gb_s:,.0f} GB/s from memory, and one "
                    f"stream's every token reads all {weights_gb:,.0f} GB of {est.precision} weights"
                ),
                kind="speed",
                speed_verdict="impossible" if impossible else "plausible",
                ceiling=ceiling,
            )
        )

    single(
        "S30",
        S,
        internet,
        "Llama 3.3 70B on one H100 at 40-60 tokens/s for one stream (8-bit weights, the widest that fit)",
        40,
        60,
        one_h100,
    )
    single(
        "M10",
        M,
        "The Scenario That Favors APIs in 2026",
        "Llama 3.2 90B on an 8x H100 node at ~180 tokens/s, as one stream (fp16); batched, the node carries "
        f"~{node_batched.output_tokens_per_s:,.0f} output tokens/s, so 180 is no node capacity either",
        180,
        None,
        node,
    )
    low, high = a100.output_tokens_per_s_low, a100.output_tokens_per_s_high
    verdict: Literal["optimistic", "pessimistic", "plausible"] = (
        "optimistic" if high < 1000 else "pessimistic" if low > 3000 else "plausible"
    )
    rows.append(
        FigureCheck(
            id="D83",
            source=article_source(D, "Breakeven Analysis: Setup: Llama 3.3 70B on a Single A100 80GB"),
            claim="Llama 3.3 70B (4-bit) on one A100 80GB at 1,000-3,000 output tokens/s",
            stated=1000,
            stated_high=3000,
            unit="tokens/s",
            rounding_step=1,
            computed=a100.output_tokens_per_s,
            follows=verdict == "plausible",
            how=(
                f"the calibrated throughput model for 500-token prompts and answers "
                f"({low:,.0f}-{high:,.0f} tokens/s with its error range)"
            ),
            kind="speed",
            speed_verdict=verdict,
            ceiling=None,
        )
    )
    return rows


@cache
def _cached(catalog: Catalog) -> tuple[FigureCheck, ...]:  # Catalog hashes by identity
    rows = []
    for cid, slug, section, claim, stated, high, step, unit, fn, how in _checks():
        value = float(fn(catalog))
        rows.append(
            FigureCheck(
                id=cid,
                source=article_source(slug, section),
                claim=claim,
                stated=stated,
                stated_high=high,
                unit=unit,
                rounding_step=step,
                computed=round(value, 6),
                follows=_follows(value, stated, high, step),
                how=how,
            )
        )
    rows.extend(_speed_checks(catalog))
    return tuple(rows)


def audit_figures(catalog: Catalog) -> list[FigureCheck]:
    """Recompute every audited article figure with the cost engine (article prices)."""
    return list(_cached(catalog))


def corrections(catalog: Catalog) -> list[FigureCheck]:
    """Only the figures that do not follow from the articles' own inputs."""
    return [f for f in audit_figures(catalog) if not f.follows]
