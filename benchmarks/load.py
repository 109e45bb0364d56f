"""Load: N concurrent sessions over Chainlit's websocket protocol, each a 6-turn scripted interview
ending in a recommendation, a what-if and an export. Offline model, loopback only.

The same sessions are run first against a bare Chainlit echo app (`echo_app.py`: same Chainlit, same
configuration and login), and the advisor's p95 is printed as a ratio to it. Before the load, `--solo`
sessions are run one at a time to measure the server CPU of each turn (all the threads of the server and of its
worker processes, from the message until the server is quiet again).

Usage: python benchmarks/load.py [--users 50] [--index DIR] [--think 0] [--ramp 0] [--solo 8] [--seed 1]
  --think  mean pause in seconds between a user's turns, drawn uniformly from 0.5x to 1.5x
           (people read the answer and the chart before they type); 0 sends back to back
  --ramp   seconds over which the users arrive (as a load tool's spawn rate); 0 = all at once
  --index  a built knowledge index to copy (skips the first-start build)
Targets at N=50, back to back, on the 2-core machine: no errors; p95 turn latency under 1 s and within
3x the echo app's; server CPU per turn <= 15 ms at p50. Prints; never fails.
LOAD_PROFILE=file records a py-spy profile of the server during the run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from chainlit_client import ChainlitSession, start_app, start_echo_app

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
    return subprocess.Popen(
        [
            exe,
            "record",
            "-p",
            str(pid),
            "-r",
            "100",
            "-f",
            "raw",
            "-o",
            out,
            *os.environ.get("LOAD_PROFILE_ARGS", "").split(),
        ]
    )


def family(pid: int) -> list[int]:
    """The process and its descendants (the server's worker processes: their CPU and memory are the server's)."""
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        with contextlib.suppress(OSError):
            for task in Path(f"/proc/{p}/task").iterdir():
                with contextlib.suppress(OSError, ValueError):
                    todo += [int(c) for c in (task / "children").read_text().split()]
    return out


class Cpu:
    """CPU seconds of the threads of a process and of its descendants, to the nanosecond (scheduler statistics),
    kept per process: a process that ends between two readings takes its seconds with it, so a difference counts
    only the processes alive at the later reading (those that started since counted whole)."""

    def __init__(self, pid: int) -> None:
        self.by_pid: dict[int, float] = {}
        for p in family(pid):
            total = 0
            with contextlib.suppress(OSError):
                for task in Path(f"/proc/{p}/task").iterdir():
                    with contextlib.suppress(OSError):
                        total += int((task / "schedstat").read_text().split()[0])
            self.by_pid[p] = total / 1e9

    def __sub__(self, before: Cpu) -> float:
        return sum(v - before.by_pid.get(p, 0.0) for p, v in self.by_pid.items())


def thread_cpu_ns(pid: int) -> dict[int, int]:
    """CPU nanoseconds of each of the process's threads (by OS thread id)."""
    out: dict[int, int] = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError, ValueError):
            out[int(task.name)] = int((task / "schedstat").read_text().split()[0])
    return out


def thread_names(pid: int) -> dict[int, str]:
    """Python's names of the threads (py-spy dump, when installed): the event loop is "MainThread"."""
    exe = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(exe).exists():
        return {}
    with contextlib.suppress(Exception):
        text = subprocess.run([exe, "dump", "--pid", str(pid)], capture_output=True, text=True, timeout=30).stdout
        found = re.findall(r'^Thread (\d+) \([a-z]+\): "([^"]*)"', text, flags=re.M)
        return {int(tid): re.sub(r"_\d+$", "", name) for tid, name in found}
    return {}


def rss_mb(pid: int) -> float:
    """Resident memory of the process and its descendants."""
    total = 0.0
    for p in family(pid):
        with contextlib.suppress(OSError), open(f"/proc/{p}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
    return total


class Stats:
    def __init__(self) -> None:
        self.latencies: list[float] = []
        self.by_turn: dict[int, list[float]] = {}
        self.connects: list[float] = []
        self.errors: list[str] = []
        self.live = 0
        self.peak = 0
        self.client_cpu = 0.0


async def one_session(
    url: str, stats: Stats, index: int, start_after: float, pauses: list[float], volume: int, check: bool = True
) -> None:
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
        recommended = False  # the first recommendation is the whole answer; later facts get what changed
        for turn, text in enumerate(SCRIPT):
            await asyncio.sleep(pauses[turn])
            _first, total, answer = await session.ask(text.format(volume=volume), timeout=180)
            stats.latencies.append(total)
            stats.by_turn.setdefault(turn, []).append(total)
            recommended = recommended or "Recommendation:" in answer
            if check and turn == 3 and not recommended:
                stats.errors.append(f"session {index}: no recommendation after the interview")
            if check and turn == 5 and "summary" not in answer:
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


async def quiet_rate(pid: int, windows: int = 8, window_s: float = 0.25) -> float:
    """The server's CPU rate when nobody talks to it: the quietest of several short windows, so that work
    still finishing after the warm-up (a background write, the index warming) is not taken for idle ticks."""
    rates = []
    for _ in range(windows):
        before, start = Cpu(pid), time.perf_counter()
        await asyncio.sleep(window_s)
        rates.append((Cpu(pid) - before) / (time.perf_counter() - start))
    return min(rates)


async def solo_cpu(url: str, pid: int, sessions: int) -> tuple[dict[int, list[float]], dict[str, float]]:
    """Server CPU of each turn with one user at a time: process CPU from sending the message until the
    answer has arrived and the server has gone quiet again (its background writes included), less the
    idle rate measured over the same settle time."""
    settle = 0.15
    idle_rate = await quiet_rate(pid)
    out: dict[int, list[float]] = {}
    threads_before = thread_cpu_ns(pid)
    family_before = Cpu(pid)
    for n in range(sessions):
        session = ChainlitSession(url)
        await session.connect()
        try:
            for turn, text in enumerate(SCRIPT):
                await asyncio.sleep(settle)
                before = Cpu(pid)
                start = time.perf_counter()
                await session.ask(text.format(volume=37 + 11 * n), timeout=180)
                await asyncio.sleep(settle)
                used = Cpu(pid) - before - idle_rate * (time.perf_counter() - start)
                out.setdefault(turn, []).append(max(used, 0.0))
        finally:
            await session.close()
    threads_after = thread_cpu_ns(pid)
    own = sum(ns - threads_before.get(tid, 0) for tid, ns in threads_after.items()) / 1e9
    others = (Cpu(pid) - family_before) - own
    spent = {tid: ns - threads_before.get(tid, 0) for tid, ns in threads_after.items()}
    names = thread_names(pid)
    turns = max(1, sessions * len(SCRIPT))
    by_name: dict[str, float] = {"worker processes": others / turns} if len(family(pid)) > 1 else {}
    for tid, ns in spent.items():
        name = names.get(tid, "other (not Python)")
        by_name[name] = by_name.get(name, 0.0) + ns / 1e9 / turns
    return out, by_name


async def run_load(
    url: str, pid: int, plans: list[tuple[float, list[float], int]], check: bool
) -> tuple[Stats, float, float]:
    """Every session of ``plans`` at once; (stats, wall seconds, server CPU seconds). The load client's own
    CPU is kept on the stats: it shares the machine with the server."""
    stats = Stats()
    cpu_before, client_before = Cpu(pid), time.process_time()
    start = time.perf_counter()
    await asyncio.gather(*(one_session(url, stats, i, *plan, check=check) for i, plan in enumerate(plans)))
    stats.client_cpu = time.process_time() - client_before
    return stats, time.perf_counter() - start, Cpu(pid) - cpu_before


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--index", default=None)
    parser.add_argument("--think", type=float, default=0.0)
    parser.add_argument("--ramp", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--solo", type=int, default=8, help="sessions run one at a time for per-turn CPU")
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
    echo_proc, echo_url = await start_echo_app()
    try:
        await warm_up(echo_url)
        echo, echo_wall, echo_cpu = await run_load(echo_url, echo_proc.pid, plans, check=False)
    finally:
        echo_proc.terminate()
    proc, url = await start_app(Path(tempfile.mkdtemp()), args.index)
    spy = None
    try:
        await warm_up(url)
        solo, by_thread = await solo_cpu(url, proc.pid, args.solo)
        before = rss_mb(proc.pid)
        spy = profiler(proc.pid)
        stats, wall, server_cpu = await run_load(url, proc.pid, plans, check=True)
        after = rss_mb(proc.pid)
    finally:
        if spy:
            spy.send_signal(signal.SIGINT)  # py-spy writes its file on Ctrl+C
            spy.wait()
        proc.terminate()
    report(args, stats, wall, server_cpu, echo, echo_wall, echo_cpu, solo, before, after)
    if by_thread:
        print(
            "server CPU per turn by thread and worker process, one user at a time (logins and idle ticks included): "
            + ", ".join(f"{name} {v * 1000:.1f} ms" for name, v in sorted(by_thread.items(), key=lambda kv: -kv[1]))
        )


async def warm_up(url: str) -> None:
    """One session first, so start-up is not counted as load."""
    warm = ChainlitSession(url)
    await warm.connect()
    await warm.ask(SCRIPT[0].format(volume=50))
    await warm.close()


def report(
    args: argparse.Namespace,
    stats: Stats,
    wall: float,
    server_cpu: float,
    echo: Stats,
    echo_wall: float,
    echo_cpu: float,
    solo: dict[int, list[float]],
    before: float,
    after: float,
) -> None:
    lat = stats.latencies
    print(
        f"{args.users} sessions x {len(SCRIPT)} turns, arriving over {args.ramp:g} s, think time "
        f"{args.think:g} s (0.5-1.5x): advisor {wall:.1f} s, echo app {echo_wall:.1f} s; peak {stats.peak} "
        f"connected at once, {len(lat)} turns, {len(stats.errors)} errors"
    )
    if lat and echo.latencies:
        p95, echo_p95 = pct(lat, 0.95), pct(echo.latencies, 0.95)
        ratio = p95 / echo_p95
        verdict = "met" if p95 < 1 and ratio <= 3 and not stats.errors else "MISSED"
        print(
            f"turn latency: advisor p50 {statistics.median(lat) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
            f"max {max(lat) * 1000:.0f} ms; echo app p50 {statistics.median(echo.latencies) * 1000:.0f} ms, "
            f"p95 {echo_p95 * 1000:.0f} ms"
        )
        print(f"p95 ratio to the echo app: {ratio:.2f} (target <= 3 and p95 < 1 s: {verdict})")
    all_solo = [v for values in solo.values() for v in values]
    if all_solo:
        p50 = statistics.median(all_solo)
        print(
            f"server CPU per turn, one user at a time ({len(all_solo)} turns): p50 {p50 * 1000:.1f} ms "
            f"(target <= 15 ms: {'met' if p50 <= 0.015 else 'MISSED'}); by turn: "
            + ", ".join(
                f"{SCRIPT[t].format(volume='N')[:18]!r} {statistics.median(v) * 1000:.0f} ms"
                for t, v in sorted(solo.items())
            )
        )
    print(
        f"server CPU under load: advisor {server_cpu / max(len(lat), 1) * 1000:.0f} ms per turn "
        f"({server_cpu / wall:.0%} of one core), echo app {echo_cpu / max(len(echo.latencies), 1) * 1000:.0f} ms "
        "per turn (logins included)"
    )
    print(
        f"load client CPU (same machine): {stats.client_cpu / max(len(lat), 1) * 1000:.1f} ms per advisor turn, "
        f"{echo.client_cpu / max(len(echo.latencies), 1) * 1000:.1f} ms per echo turn"
    )
    if stats.connects:
        print(
            f"connect (login + socket + chat start): p50 {statistics.median(stats.connects) * 1000:.0f} ms, "
            f"p95 {pct(stats.connects, 0.95) * 1000:.0f} ms"
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


if __name__ == "__main__":
    asyncio.run(main())
