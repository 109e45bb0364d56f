"""Time to first token (and to the whole answer) at p99, for hosted APIs and for self-hosting.

APIs: the articles' 200-400 ms of network round trip and provider queueing (median and p99), plus
the model's thinking time and the prompt's processing. Self-hosting: the network inside your data
centre, the prompt's prefill, one decode step before the request joins the running batch, and the
queueing for prefill at the planned utilisation. The fleet's serving replicas share one queue (a load
balancer sends each request to the least busy replica), so the wait is the tail of an M/M/c queue with
one server per replica: a fleet of many replicas at 70% busy barely queues, one replica at 70% does.
Sources and values live in ``data/rules.toml`` and ``data/models.toml``.
"""

from __future__ import annotations

import math
from collections.abc import Callable

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


def _erlang_c(servers: int, rho: float) -> float:
    """Probability that a request waits in an M/M/c queue of ``servers`` each busy ``rho`` of the time."""
    a = servers * rho
    b = 1.0  # Erlang B by its stable recurrence, then C from B
    for k in range(1, servers + 1):
        b = a * b / (k + a * b)
    return b / (1 - rho * (1 - b))


def _queue_p99_s(service_s: float, rho: float, servers: int = 1) -> float:
    """p99 wait of an M/M/c queue of ``servers``, each with mean service time ``service_s``, at load ``rho``:
    P(wait > t) = C x exp(-c (1 - rho) t / S), C the Erlang C probability of waiting (rho for one server)."""
    if rho <= 0.01:
        return 0.0
    if rho >= 1:
        return math.inf
    waits = _erlang_c(max(1, servers), rho)
    if waits <= 0.01:
        return 0.0
    return service_s * math.log(100 * waits) / (max(1, servers) * (1 - rho))


def self_host_latency(
    prefill_tokens_per_s: float,
    decode_tokens_per_s: float,
    per_stream_tokens_per_s: float,
    input_tokens: float,
    output_tokens: float,
    utilization: float,
    replicas: int = 1,
) -> LatencyEstimate:
    """p99 latency on your own fleet of ``replicas`` serving replicas at the planned utilisation."""
    lat = rules().latency
    prefill_s = input_tokens / prefill_tokens_per_s
    decode_s = output_tokens / decode_tokens_per_s  # replica time the answer takes in the batch
    prefill_share = prefill_s / (prefill_s + decode_s) if prefill_s + decode_s else 0.0
    step_s = 1 / per_stream_tokens_per_s
    wait_s = _queue_p99_s(prefill_s, utilization * prefill_share, replicas)
    ttft = lat.self_host_network_ms.value + (prefill_s + step_s + wait_s) * 1000
    return LatencyEstimate(
        ttft_p99_ms=round(ttft, 1),
        total_p99_ms=round(ttft + output_tokens / per_stream_tokens_per_s * 1000, 1),
        parts=(
            f"{prefill_s * 1000:,.0f} ms prefill + {step_s * 1000:,.0f} ms decode step + "
            f"{wait_s * 1000:,.0f} ms queueing at {utilization:.0%} busy"
            + (f" across {replicas} replicas" if replicas > 1 else "")
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
    replicas_at: Callable[[float], int] = lambda _u: 1,
    stream_at: Callable[[float], float] | None = None,
) -> float | None:
    """The highest planned utilisation (up to ``ceiling``) that meets the target, or None if none does.
    ``replicas_at`` gives the serving replicas the fleet needs at a utilisation (fewer the busier they run);
    ``stream_at`` one user's decode speed at a utilisation (faster the fewer sequences are in flight)."""

    def ok(u: float) -> bool:
        est = self_host_latency(
            prefill_tokens_per_s,
            decode_tokens_per_s,
            stream_at(u) if stream_at is not None else per_stream_tokens_per_s,
            input_tokens,
            output_tokens,
            u,
            replicas_at(u),
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
