"""How long reading one message takes: p50 and p95 of ``parse_message`` over the corpus messages.

Run: ``.venv/bin/python benchmarks/bench_reading.py``. The first call (loading the weights) is reported
separately; the budget is 15 ms at p95 per message.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.interview.corpus import load_corpus
from assistant.interview.reading import parse_message


def main() -> int:
    entries = load_corpus(strict=False)
    texts = [(e.text, e.expecting) for e in entries] or [("about 50M tokens a day, mostly input", [])]
    start = time.perf_counter()
    parse_message("warm up: 10M tokens a day, HIPAA, business hours")
    first_ms = (time.perf_counter() - start) * 1000
    times: list[float] = []
    cpu: list[float] = []
    for text, expecting in texts:
        t0, c0 = time.perf_counter(), time.process_time()
        parse_message(text, expecting)
        times.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
    for label, values in (("wall", times), ("cpu", cpu)):
        values.sort()
        p50 = statistics.median(values)
        p95 = values[int(0.95 * (len(values) - 1))]
        print(
            f"parse_message {label} time over {len(values)} messages: p50 {p50:.2f} ms, p95 {p95:.2f} ms, "
            f"max {values[-1]:.2f} ms"
        )
    print(f"first call (loads the weights): {first_ms:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
