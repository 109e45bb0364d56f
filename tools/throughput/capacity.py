"""Capacity planning: the replicas and GPUs a workload's peak needs with headroom, and the tokens a
month one replica serves at a mix and utilisation."""

from __future__ import annotations

import math

from pydantic import Field

from tools.api_cost import Workload
from tools.results import Result
from tools.throughput.replica import ThroughputResult


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
            f"throughput per replica is an estimate for {replica.input_len:,}-token prompts and "
            f"{replica.output_len:,}-token answers (see the throughput assumptions)",
        ],
        sources=replica.sources,
    )
