"""Decode throughput per GPU from a memory-bandwidth model, and GPUs needed for a peak load.

The estimate: each decode step streams the weights once plus every running sequence's KV cache,
so ``tokens/s = batch / ((weights + batch x kv) / (bandwidth x efficiency))``, capped by compute
(``2 x active params`` FLOPs per token at a utilisation factor). Prefill is compute-bound.
It is an estimate, compared against the figures the articles quote.
"""

from __future__ import annotations

import math

from pydantic import BaseModel, ConfigDict, Field

from tools.api_cost import Workload
from tools.catalog import Catalog
from tools.results import Result
from tools.sizing import (
    BYTES_PER_PARAM,
    DEFAULT_GPU,
    Precision,
    SizingInput,
    kv_bytes_per_token,
    resolve_architecture,
    size_deployment,
)
from tools.sources import Source, article_source

TP_EFFICIENCY = 0.85  # share of linear scaling kept when a replica spans several GPUs


class ThroughputInput(BaseModel):
    """A replica to estimate: model, precision, GPU type and count, batch and context."""

    model_config = ConfigDict(extra="forbid")

    model: str | None = Field(default="llama-3.3-70b", description="open-weight preset")
    params_b: float | None = Field(default=None, gt=0, description="billions of parameters")
    precision: Precision = Field(default="fp16", description="weight precision")
    gpu: str = Field(default=DEFAULT_GPU, description="GPU type")
    gpus: int | None = Field(default=None, ge=1, le=1024, description="GPUs per replica")
    batch_size: int = Field(default=32, ge=1, le=4096, description="sequences decoded together")
    avg_context_tokens: int = Field(default=2048, ge=1, description="average tokens per sequence")
    bandwidth_efficiency: float = Field(default=0.75, gt=0, le=1)
    compute_efficiency: float = Field(default=0.5, gt=0, le=1)


class ThroughputResult(Result):
    """Estimated tokens per second of one replica (label: estimate)."""

    model: str
    gpu: str
    gpus: int
    precision: str
    batch_size: int
    decode_tokens_per_s: float
    per_stream_tokens_per_s: float
    prefill_tokens_per_s: float
    bound: str = Field(description="memory or compute: what limits decode")
    label: str = "estimate"


def estimate_throughput(spec: ThroughputInput, catalog: Catalog) -> ThroughputResult:
    """Estimate decode and prefill throughput of one replica."""
    sizing_in = SizingInput(
        model=spec.model,
        params_b=spec.params_b,
        precision=spec.precision,
        gpu=spec.gpu,
        context_tokens=spec.avg_context_tokens,
        concurrency=spec.batch_size,
    )
    model, notes = resolve_architecture(catalog, sizing_in)
    gpu = catalog.gpu_spec(spec.gpu)
    gpus = spec.gpus or size_deployment(sizing_in.model_copy(update={"concurrency": 1}), catalog).gpus_needed
    scale = gpus * (TP_EFFICIENCY if gpus > 1 else 1.0)
    weights = model.params_b * 1e9 * BYTES_PER_PARAM[spec.precision]
    kv_per_seq = kv_bytes_per_token(model, "fp16") * spec.avg_context_tokens
    batch = spec.batch_size
    room = gpus * gpu.vram_gb * 1e9 * 0.9 - weights
    if room <= 0:
        notes.append(f"the weights do not fit on {gpus} x {gpu.name}; estimate is hypothetical")
    elif batch * kv_per_seq > room:
        batch = max(1, int(room // kv_per_seq))
        notes.append(f"batch capped at {batch}: KV cache for more sequences does not fit")
    step_s = (weights + batch * kv_per_seq) / (gpu.bandwidth_gb_s * 1e9 * spec.bandwidth_efficiency * scale)
    memory_tps = batch / step_s
    active = (model.active_params_b or model.params_b) * 1e9
    compute_tps = gpu.fp16_tflops * 1e12 * spec.compute_efficiency * scale / (2 * active)
    decode = min(memory_tps, compute_tps)
    return ThroughputResult(
        model=model.slug,
        gpu=gpu.slug,
        gpus=gpus,
        precision=spec.precision,
        batch_size=batch,
        decode_tokens_per_s=round(decode, 1),
        per_stream_tokens_per_s=round(decode / batch, 1),
        prefill_tokens_per_s=round(compute_tps, 1),
        bound="memory" if memory_tps <= compute_tps else "compute",
        assumptions=[
            f"memory bandwidth {gpu.bandwidth_gb_s:g} GB/s per GPU at {spec.bandwidth_efficiency:.0%} "
            f"efficiency; compute {gpu.fp16_tflops:g} TFLOPS at {spec.compute_efficiency:.0%}",
            f"{batch} sequences of {spec.avg_context_tokens:,} tokens on average",
            f"{TP_EFFICIENCY:.0%} scaling efficiency across GPUs of one replica" if gpus > 1 else "one GPU per replica",
            "an estimate: measure your own traffic on the real server before committing",
            *notes,
        ],
        sources=[model.source, gpu.source],
    )


class ArticleThroughput(BaseModel):
    """A throughput figure an article quotes, beside our estimate for the same setup."""

    claim: str
    low_tokens_per_s: float
    high_tokens_per_s: float
    estimate_tokens_per_s: float
    source: Source


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
            ThroughputInput(
                model="llama-3.3-70b",
                precision="int4",
                gpu="a100-80gb",
                gpus=1,
                batch_size=64,
                avg_context_tokens=1024,
            ),
            article_source(
                "devtk-real-cost-breakdown-2026",
                "Breakeven Analysis: Setup: Llama 3.3 70B on a Single A100 80GB",
            ),
            "decode",
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
        value = est.per_stream_tokens_per_s if which == "per_stream" else est.decode_tokens_per_s
        out.append(
            ArticleThroughput(
                claim=claim,
                low_tokens_per_s=low,
                high_tokens_per_s=high,
                estimate_tokens_per_s=value,
                source=source,
            )
        )
    return out


class CapacityPlan(Result):
    """Replicas and GPUs needed to carry a workload's peak with headroom."""

    avg_input_tokens_per_s: float
    avg_output_tokens_per_s: float
    peak_to_average: float
    replicas: int
    gpus_per_replica: int
    gpus: int
    capacity_tokens_per_month: float = Field(
        description="tokens a month all replicas carry at the target utilisation, at this mix"
    )
    utilization_at_average: float


def replica_tokens_per_month(
    replica: ThroughputResult, input_share: float, seconds_per_month: float, utilization: float
) -> float:
    """Tokens a month one replica serves at this input/output mix and utilisation (prefill + decode)."""
    seconds_per_token = input_share / replica.prefill_tokens_per_s + (1 - input_share) / replica.decode_tokens_per_s
    return seconds_per_month * utilization / seconds_per_token


def plan_capacity(
    workload: Workload,
    replica: ThroughputResult,
    peak_to_average: float = 1.5,
    headroom: float = 0.2,
    target_utilization: float = 0.7,
) -> CapacityPlan:
    """GPUs needed for the peak load with headroom, at a target utilisation."""
    if peak_to_average < 1:
        raise ValueError("peak-to-average must be at least 1")
    if not 0 < target_utilization <= 1:
        raise ValueError("target utilisation must be in (0, 1]")
    seconds = workload.conventions.days_per_month * 86400
    in_tps = workload.input_tokens_per_month / seconds
    out_tps = workload.output_tokens_per_month / seconds
    # Share of one replica's time the average load takes: prefill plus decode.
    busy = in_tps / replica.prefill_tokens_per_s + out_tps / replica.decode_tokens_per_s
    peak = busy * peak_to_average * (1 + headroom)
    replicas = max(1, math.ceil(peak / target_utilization - 1e-9))
    capacity = replicas * replica_tokens_per_month(replica, workload.input_share, seconds, target_utilization)
    return CapacityPlan(
        avg_input_tokens_per_s=round(in_tps, 2),
        avg_output_tokens_per_s=round(out_tps, 2),
        peak_to_average=peak_to_average,
        replicas=replicas,
        gpus_per_replica=replica.gpus,
        gpus=replicas * replica.gpus,
        capacity_tokens_per_month=round(capacity, 0),
        utilization_at_average=round(busy / replicas, 4),
        assumptions=[
            workload.conventions.statement(),
            f"peak is {peak_to_average:g}x the average, plus {headroom:.0%} headroom",
            f"replicas run at most {target_utilization:.0%} busy at peak",
            "throughput per replica is an estimate (see the throughput assumptions)",
        ],
        sources=replica.sources,
    )
