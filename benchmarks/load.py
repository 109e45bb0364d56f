"""Load: N concurrent sessions over Chainlit's websocket protocol, each a 6-turn scripted interview
ending in a recommendation, a what-if and an export. Offline model, loopback only.

Usage: python benchmarks/load.py [N] [INDEX_DIR] [THINK_S]   (default N=50, no think time)
THINK_S adds a pause between a user's turns (people read the answer before typing the next one).
Target at N=50 on the 2-core machine: no errors, p95 turn latency under 1 s. Prints; never fails.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from chainlit_client import ChainlitSession, start_app

SCRIPT = [
    "about 50M tokens a day, mostly input",
    "steady traffic, no compliance requirements",
    "we have 2 ML engineers",
    "open source is fine",
    "what if volume triples?",
    "/export",
]


def profiler(pid: int) -> subprocess.Popen[bytes] | None:
    """py-spy recording the server while the load runs, if LOAD_PROFILE names an output file
    (raw collapsed stacks; py-spy is not a dependency: `uv pip install py-spy`)."""
    out = os.environ.get("LOAD_PROFILE")
    exe = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not out or not Path(exe).exists():
        return None
    return subprocess.Popen([exe, "record", "-p", str(pid), "-r", "100", "-f", "raw", "-o", out])


def cpu_s(pid: int) -> float:
    """User + system CPU seconds the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


by_turn: dict[int, list[float]] = {}


async def one_session(url: str, latencies: list[float], errors: list[str], index: int, think: float = 0) -> None:
    session = ChainlitSession(url)
    try:
        await session.connect()
        for turn, text in enumerate(SCRIPT):
            if think and turn:
                await asyncio.sleep(think * (0.5 + (index * 7 + turn) % 10 / 10))
            _first, total, answer = await session.ask(text, timeout=180)
            latencies.append(total)
            by_turn.setdefault(turn, []).append(total)
            if turn == 3 and "Recommendation:" not in answer:
                errors.append(f"session {index}: no recommendation after the interview")
            if turn == 5 and "summary" not in answer:
                errors.append(f"session {index}: no export")
    except Exception as exc:  # counted, not raised: a load test reports every failure
        errors.append(f"session {index}: {type(exc).__name__}: {exc}")
    finally:
        with contextlib.suppress(Exception):
            await session.close()


async def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    think = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    proc, url = await start_app(Path(tempfile.mkdtemp()), sys.argv[2] if len(sys.argv) > 2 else None)
    try:
        warm = ChainlitSession(url)  # one session first, so start-up is not counted as load
        await warm.connect()
        await warm.ask(SCRIPT[0])
        await warm.close()
        before = rss_mb(proc.pid)
        cpu_before = cpu_s(proc.pid)
        spy = profiler(proc.pid)
        latencies: list[float] = []
        errors: list[str] = []
        start = time.perf_counter()
        await asyncio.gather(*(one_session(url, latencies, errors, i, think) for i in range(n)))
        wall = time.perf_counter() - start
        after = rss_mb(proc.pid)
        server_cpu = cpu_s(proc.pid) - cpu_before
        ordered = sorted(latencies)
        p95 = ordered[int(0.95 * (len(ordered) - 1))] if ordered else float("nan")
        print(
            f"{n} concurrent sessions x {len(SCRIPT)} turns (think time {think:g} s) in {wall:.1f} s: "
            f"{len(latencies)} turns, {len(errors)} errors"
        )
        if ordered:
            print(
                f"turn latency: p50 {statistics.median(ordered) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
                f"max {ordered[-1] * 1000:.0f} ms (target p95 < 1 s: {'met' if p95 < 1 and not errors else 'MISSED'})"
            )
        print(
            f"server CPU: {server_cpu:.1f} s ({server_cpu / wall:.0%} of one core), "
            f"{server_cpu / max(len(latencies), 1) * 1000:.0f} ms per turn"
        )
        print(
            f"server resident memory: {before:.0f} MB before, {after:.0f} MB after, "
            f"{(after - before) / max(n, 1):.1f} MB per session"
        )
        print(
            "p95 by turn: "
            + ", ".join(
                f"{SCRIPT[t][:18]!r} {sorted(v)[int(0.95 * (len(v) - 1))] * 1000:.0f} ms"
                for t, v in sorted(by_turn.items())
            )
        )
        for e in errors[:10]:
            print("  error:", e)
    finally:
        if spy:
            spy.send_signal(signal.SIGINT)  # py-spy writes its file on Ctrl+C
            spy.wait()
        proc.terminate()
        proc.wait(timeout=30)


if __name__ == "__main__":
    asyncio.run(main())
