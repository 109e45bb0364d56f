"""Time to first token (and to the whole answer) at p99, for hosted APIs and for self-hosting.

APIs: the articles' 200-400 ms of network round trip and provider queueing (median and p99), plus
the model's thinking time and the prompt's processing. Self-hosting: the network inside your data
centre, the prompt's prefill, one decode step before the request joins the running batch, and the
queueing for prefill at the planned utilisation (an M/M/1 waiting-time tail). Sources and values
live in ``data/rules.toml`` and ``data/models.toml``.
"""

from __future__ import annotations

import math

from pydantic import BaseModel

from assistant.decision.rules import ModelFacts, model_data, rules


class LatencyEstimate(BaseModel):
    ttft_p99_ms: float
    total_p99_ms: float
    parts: str


def api_latency(facts: ModelFacts | None, input_tokens: float, output_tokens: float) -> LatencyEstimate:
    """p99 latency of a hosted model: network and queueing, thinking time, prompt processing."""
    lat = rules().latency
    defaults = model_data().defaults
    reasoning = facts.reasoning_ms if facts and facts.reasoning_ms is not None else defaults.reasoning_ms
    speed = facts.output_tokens_per_s if facts and facts.output_tokens_per_s else defaults.output_tokens_per_s
    prompt_ms = input_tokens / lat.api_prefill_tokens_per_s.value * 1000
    thinking = reasoning * lat.api_reasoning_p99_factor.value
    ttft = lat.api_overhead_p99_ms.value + thinking + prompt_ms
    parts = f"{lat.api_overhead_p99_ms.value:g} ms network and queueing"
    if thinking:
        parts += f" + {thinking:,.0f} ms thinking"
    parts += f" + {prompt_ms:,.0f} ms for the prompt"
    return LatencyEstimate(
        ttft_p99_ms=round(ttft, 1),
        total_p99_ms=round(ttft + output_tokens / speed * 1000, 1),
        parts=parts,
    )


def _queue_p99_s(service_s: float, rho: float) -> float:
    """p99 wait of an M/M/1 queue with mean service time ``service_s`` at load ``rho``."""
    if rho <= 0.01:
        return 0.0
    if rho >= 1:
        return math.inf
    return service_s * math.log(100 * rho) / (1 - rho)


def self_host_latency(
    prefill_tokens_per_s: float,
    decode_tokens_per_s: float,
    per_stream_tokens_per_s: float,
    input_tokens: float,
    output_tokens: float,
    utilization: float,
) -> LatencyEstimate:
    """p99 latency on your own replica at the planned utilisation."""
    lat = rules().latency
    prefill_s = input_tokens / prefill_tokens_per_s
    decode_s = output_tokens / decode_tokens_per_s  # replica time the answer takes in the batch
    prefill_share = prefill_s / (prefill_s + decode_s) if prefill_s + decode_s else 0.0
    step_s = 1 / per_stream_tokens_per_s
    wait_s = _queue_p99_s(prefill_s, utilization * prefill_share)
    ttft = lat.self_host_network_ms.value + (prefill_s + step_s + wait_s) * 1000
    return LatencyEstimate(
        ttft_p99_ms=round(ttft, 1),
        total_p99_ms=round(ttft + output_tokens / per_stream_tokens_per_s * 1000, 1),
        parts=(
            f"{prefill_s * 1000:,.0f} ms prefill + {step_s * 1000:,.0f} ms decode step + "
            f"{wait_s * 1000:,.0f} ms queueing at {utilization:.0%} busy"
        ),
    )


def max_utilization(
    target_ms: float,
    kind: str,
    prefill_tokens_per_s: float,
    decode_tokens_per_s: float,
    per_stream_tokens_per_s: float,
    input_tokens: float,
    output_tokens: float,
    ceiling: float,
) -> float | None:
    """The highest planned utilisation (up to ``ceiling``) that meets the target, or None if none does."""

    def ok(u: float) -> bool:
        est = self_host_latency(
            prefill_tokens_per_s, decode_tokens_per_s, per_stream_tokens_per_s, input_tokens, output_tokens, u
        )
        return (est.ttft_p99_ms if kind == "ttft" else est.total_p99_ms) <= target_ms

    if ok(ceiling):
        return ceiling
    if not ok(0.05):
        return None
    lo, hi = 0.05, ceiling
    for _ in range(20):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if ok(mid) else (lo, mid)
    return math.floor(lo * 1000) / 1000  # rounded down: the rounded value still meets the target
