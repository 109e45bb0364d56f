"""Index build time from scratch, query latency after warm-up, and resident memory.

Target: query p95 under 50 ms. Prints measurements; never fails on speed.
"""

from __future__ import annotations

import resource
import statistics
import tempfile
import time
from pathlib import Path

from knowledge.evaluate import load_questions
from knowledge.index import KnowledgeIndex


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    path = Path(tempfile.mkdtemp()) / "index"
    t = time.perf_counter()
    index = KnowledgeIndex(path)
    chunks = index.build()
    build_s = time.perf_counter() - t
    print(f"build from scratch: {build_s:.1f} s for {chunks} chunks (embedding model load included)")
    questions = [q.q for q in load_questions()]
    for q in questions[:5]:  # warm-up
        index.retrieve(q, k=4)
    times = []
    for _ in range(3):
        for q in questions:
            t = time.perf_counter()
            index.retrieve(q, k=4)
            times.append((time.perf_counter() - t) * 1000)
    times.sort()
    p50 = statistics.median(times)
    p95 = times[int(0.95 * (len(times) - 1))]
    print(
        f"query latency over {len(times)} queries: p50 {p50:.1f} ms, p95 {p95:.1f} ms, "
        f"max {times[-1]:.1f} ms (target p95 < 50 ms: {'met' if p95 < 50 else 'MISSED'})"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"resident memory: {rss_mb():.0f} MB (peak {peak:.0f} MB)")


if __name__ == "__main__":
    main()
