"""Load: N concurrent sessions over Chainlit's websocket protocol, each a 6-turn scripted interview
ending in a recommendation, a what-if and an export. Offline model, loopback only.

Usage: python benchmarks/load.py [--users 50] [--index DIR] [--think 5] [--ramp 10] [--seed 1]
  --think  mean pause in seconds between a user's turns, drawn uniformly from 0.5x to 1.5x
           (people read the answer and the chart before they type); 0 sends back to back
  --ramp   seconds over which the users arrive (as a load tool's spawn rate); 0 = all at once
  --index  a built knowledge index to copy (skips the first-start build)
Target at N=50 on the 2-core machine: no errors, p95 turn latency under 1 s. Prints; never fails.
LOAD_PROFILE=file records a py-spy profile of the server during the run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
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
    "about {volume}M tokens a day, mostly input",  # each user has their own volume: no shared results
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


class Stats:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.by_turn: dict[int, list[float]] = {}
        self.connects: list[float] = []
        self.errors: list[str] = []
        self.live = 0
        self.peak = 0


async def one_session(url: str, stats: Stats, index: int, start_after: float, pauses: list[float], volume: int) -> None:
    await asyncio.sleep(start_after)
    session = ChainlitSession(url)
    connected = False
    try:
        t = time.perf_counter()
        await session.connect()
        stats.connects.append(time.perf_counter() - t)
        connected = True
        stats.live += 1
        stats.peak = max(stats.peak, stats.live)
        for turn, text in enumerate(SCRIPT):
            await asyncio.sleep(pauses[turn])
            _first, total, answer = await session.ask(text.format(volume=volume), timeout=180)
            stats.latencies.append(total)
            stats.by_turn.setdefault(turn, []).append(total)
            if turn == 3 and "Recommendation:" not in answer:
                stats.errors.append(f"session {index}: no recommendation after the interview")
            if turn == 5 and "summary" not in answer:
                stats.errors.append(f"session {index}: no export")
    except Exception as exc:  # counted, not raised: a load test reports every failure
        stats.errors.append(f"session {index}: {type(exc).__name__}: {exc}")
    finally:
        stats.live -= connected  # a session that failed mid-way is no longer connected either
        with contextlib.suppress(Exception):
            await session.close()


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))] if ordered else float("nan")


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--index", default=None)
    parser.add_argument("--think", type=float, default=5.0)
    parser.add_argument("--ramp", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    plans = [
        (
            rng.uniform(0, args.ramp),
            [0.0] + [args.think * rng.uniform(0.5, 1.5) for _ in SCRIPT[1:]],
            rng.randint(5, 500),
        )
        for _ in range(args.users)
    ]
    proc, url = await start_app(Path(tempfile.mkdtemp()), args.index)
    try:
        warm = ChainlitSession(url)  # one session first, so start-up is not counted as load
        await warm.connect()
        await warm.ask(SCRIPT[0].format(volume=50))
        await warm.close()
        before = rss_mb(proc.pid)
        cpu_before = cpu_s(proc.pid)
        spy = profiler(proc.pid)
        stats = Stats()
        start = time.perf_counter()
        await asyncio.gather(*(one_session(url, stats, i, *plan) for i, plan in enumerate(plans)))
        wall = time.perf_counter() - start
        after = rss_mb(proc.pid)
        server_cpu = cpu_s(proc.pid) - cpu_before
        lat = stats.latencies
        p95 = pct(lat, 0.95)
        print(
            f"{args.users} sessions x {len(SCRIPT)} turns, arriving over {args.ramp:g} s, think time "
            f"{args.think:g} s (0.5-1.5x): {wall:.1f} s, peak {stats.peak} connected at once, "
            f"{len(lat)} turns, {len(stats.errors)} errors"
        )
        if lat:
            verdict = "met" if p95 < 1 and not stats.errors else "MISSED"
            print(
                f"turn latency: p50 {statistics.median(lat) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
                f"max {max(lat) * 1000:.0f} ms (target p95 < 1 s: {verdict})"
            )
        if stats.connects:
            print(
                f"connect (login + socket + chat start): p50 {statistics.median(stats.connects) * 1000:.0f} ms, "
                f"p95 {pct(stats.connects, 0.95) * 1000:.0f} ms"
            )
        print(
            f"server CPU: {server_cpu:.1f} s ({server_cpu / wall:.0%} of one core), "
            f"{server_cpu / max(len(lat), 1) * 1000:.0f} ms per turn"
        )
        print(
            f"server resident memory: {before:.0f} MB before, {after:.0f} MB after, "
            f"{(after - before) / max(args.users, 1):.1f} MB per session"
        )
        print(
            "p95 by turn: "
            + ", ".join(
                f"{SCRIPT[t].format(volume='N')[:18]!r} {pct(v, 0.95) * 1000:.0f} ms"
                for t, v in sorted(stats.by_turn.items())
            )
        )
        for e in stats.errors[:10]:
            print("  error:", e)
    finally:
        if spy:
            spy.send_signal(signal.SIGINT)  # py-spy writes its file on Ctrl+C
            spy.wait()
        proc.terminate()
        proc.wait(timeout=30)


if __name__ == "__main__":
    asyncio.run(main())
