"""The throughput figures the articles quote, each beside our estimate for the same setup and a
verdict (plausible, optimistic, pessimistic or impossible)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from tools.catalog import Catalog
from tools.sources import Source, article_source
from tools.throughput.estimate import estimate_throughput
from tools.throughput.replica import ThroughputInput


class ArticleThroughput(BaseModel):
    """A throughput figure an article quotes, beside our estimate for the same setup."""

    claim: str
    low_tokens_per_s: float
    high_tokens_per_s: float
    estimate_tokens_per_s: float
    ceiling_tokens_per_s: float | None = Field(
        default=None, description="physical single-stream ceiling, for single-stream claims"
    )
    verdict: str = Field(description="plausible, optimistic or impossible")
    source: Source


def _verdict(low: float, high: float, estimate: float, ceiling: float | None, factor: float) -> str:
    """impossible: the claim (or its upper end) is above the physical ceiling; optimistic / pessimistic:
    outside the estimate's error range; else plausible."""
    if ceiling is not None and high > ceiling:
        return "impossible"
    if low > estimate * factor:
        return "optimistic"
    if high < estimate / factor:
        return "pessimistic"
    return "plausible"


def article_throughput_checks(catalog: Catalog) -> list[ArticleThroughput]:
    """Our estimate against each throughput figure the articles quote."""
    cases = [
        (
            "Llama 3.3 70B on one H100, single stream (fp8 to fit)",
            40,
            60,
            ThroughputInput(model="llama-3.3-70b", precision="fp8", gpu="h100", gpus=1, batch_size=1),
            article_source("self-hosting-worth-it-2026", "What Does the Internet Say Self-Hosting Costs?"),
            "per_stream",
        ),
        (
            "Llama 3.3 70B (4-bit) on one A100 80GB, batched output throughput",
            1000,
            3000,
            ThroughputInput(model="llama-3.3-70b", precision="int4", gpu="a100-80gb", gpus=1),
            article_source(
                "devtk-real-cost-breakdown-2026",
                "Breakeven Analysis: Setup: Llama 3.3 70B on a Single A100 80GB",
            ),
            "output",
        ),
        (
            "Llama 3.2 90B on 8 x H100, one stream",
            180,
            180,
            ThroughputInput(model="llama-3.2-90b", precision="fp16", gpu="h100", gpus=8, batch_size=1),
            article_source("math-ml-strategy-2026", "The Scenario That Favors APIs in 2026"),
            "per_stream",
        ),
    ]
    out = []
    for claim, low, high, spec, source, which in cases:
        est = estimate_throughput(spec, catalog)
        single = which == "per_stream"
        value = est.per_stream_tokens_per_s if single else est.output_tokens_per_s
        ceiling = est.single_stream_ceiling_tokens_per_s if single else None
        out.append(
            ArticleThroughput(
                claim=claim,
                low_tokens_per_s=low,
                high_tokens_per_s=high,
                estimate_tokens_per_s=value,
                ceiling_tokens_per_s=ceiling,
                verdict=_verdict(low, high, value, ceiling, est.error_factor),
                source=source,
            )
        )
    return out
