import pytest

from tools.api_cost import Workload
from tools.throughput import (
    ThroughputInput,
    article_throughput_checks,
    estimate_throughput,
    plan_capacity,
)


def test_memory_bound_single_stream_matches_bandwidth_formula(catalog) -> None:
    r = estimate_throughput(
        ThroughputInput(
            model="llama-3.3-70b",
            precision="fp8",
            gpu="h100",
            gpus=1,
            batch_size=1,
            avg_context_tokens=1,
        ),
        catalog,
    )
    expected = 3350e9 * 0.75 / (70.6e9 * 1.0 + 2 * 80 * 8 * 128 * 2)
    assert r.per_stream_tokens_per_s == pytest.approx(expected, rel=0.01)
    assert r.bound == "memory" and r.label == "estimate"


def test_batching_raises_aggregate_and_lowers_per_stream(catalog) -> None:
    one = estimate_throughput(ThroughputInput(precision="int4", batch_size=1), catalog)
    many = estimate_throughput(ThroughputInput(precision="int4", batch_size=64), catalog)
    assert many.decode_tokens_per_s > 10 * one.decode_tokens_per_s
    assert many.per_stream_tokens_per_s < one.per_stream_tokens_per_s


def test_faster_gpu_is_faster(catalog) -> None:
    a100 = estimate_throughput(ThroughputInput(precision="int4", gpu="a100-80gb"), catalog)
    h100 = estimate_throughput(ThroughputInput(precision="int4", gpu="h100"), catalog)
    assert h100.decode_tokens_per_s > a100.decode_tokens_per_s


def test_estimates_are_compared_with_article_figures(catalog) -> None:
    checks = article_throughput_checks(catalog)
    assert len(checks) == 3
    for c in checks:
        # same order of magnitude as the article's figure
        assert c.low_tokens_per_s / 3 <= c.estimate_tokens_per_s <= c.high_tokens_per_s * 3


def test_capacity_plan_scales_with_peak_and_volume(catalog) -> None:
    replica = estimate_throughput(ThroughputInput(precision="int4"), catalog)
    small = plan_capacity(Workload.from_total(1e6, per="day"), replica)
    assert small.replicas == 1
    big = plan_capacity(Workload.from_total(2e9, per="day"), replica)
    bursty = plan_capacity(Workload.from_total(2e9, per="day"), replica, peak_to_average=4)
    assert big.replicas > 1 and bursty.replicas > big.replicas
    assert big.gpus == big.replicas * replica.gpus
    # capacity at target utilisation covers the average load
    assert big.capacity_tokens_per_month >= 2e9 * 30
    with pytest.raises(ValueError):
        plan_capacity(Workload.from_total(1e6), replica, peak_to_average=0.5)
