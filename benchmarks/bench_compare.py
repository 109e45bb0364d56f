"""Time a full comparison: every catalog model, all self-host options, a 200-point breakeven sweep.

Target: under 50 ms per comparison on the 2-core reference machine, after the catalog is loaded.
Prints measurements; it is a benchmark, not a test, and never fails on speed.
"""

from __future__ import annotations

import statistics
import time

from tools.api_cost import Workload
from tools.catalog import load_catalog
from tools.compare import ComparisonInput, compare
from tools.genai_catalog import all_catalog_prices

TARGET_MS = 50.0


def main(runs: int = 30) -> None:
    t0 = time.perf_counter()
    catalog = load_catalog()
    models = all_catalog_prices()
    load_ms = (time.perf_counter() - t0) * 1000
    spec = ComparisonInput(
        workload=Workload.from_total(50e6, 0.8, per="day"), all_catalog_models=True, sweep_points=200
    )
    t1 = time.perf_counter()
    first = compare(spec, catalog)
    first_ms = (time.perf_counter() - t1) * 1000
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = compare(spec, catalog)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p50 = statistics.median(times)
    p95 = times[int(0.95 * (len(times) - 1))]
    print(f"catalog load (once per process): {load_ms:.0f} ms, {len(models)} catalog text models")
    print(f"first comparison (fills lookup caches): {first_ms:.1f} ms")
    print(
        f"full comparison x{runs}: p50 {p50:.1f} ms, p95 {p95:.1f} ms, min {times[0]:.1f} ms "
        f"(target < {TARGET_MS:.0f} ms: {'met' if p95 < TARGET_MS else 'MISSED'})"
    )
    print(
        f"  per run: {len(result.catalog_ranked)} catalog models ranked, {len(result.api)} featured "
        f"models priced, {len(result.self_host)} self-host options, "
        f"{len(result.sweep.tokens_per_month)}-point sweep, {len(result.breakevens)} breakevens"
    )
    assert first.options


if __name__ == "__main__":
    main()
