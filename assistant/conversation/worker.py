"""A process beside the server that reads messages, computes analyses and embeds search queries (``Worker``).

The CPU-bound parts of a turn are pure functions: reading a message (``Reading.read``, about 3 ms), computing
an analysis (``analysis.compute``, about 6 ms) and embedding a new search query with the bundled model (about
11 ms for a short message). In the server's process they hold the one event loop every chat is served from
(or, for the embedding, share its cores); here they run on another core while the loop serves the other
chats. What crosses is typed and small: a ``Reading`` in, a ``ParseResult`` out; a profile and options in, an
``Analysis`` out (pickled both ways: about 0.3 ms for an analysis); texts in, vectors out. Analyses are still
remembered in the caller's process (``analysis.analyze_with``), so a remembered one never crosses; so are
query vectors (the index's own memory).

If the process stops (killed, out of memory), the work it was given is done in the caller's process and a
new process is started for the next: a turn is never lost to it.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol, TypeVar

from assistant.conversation.planning import Reading
from assistant.decision.analysis import compute
from assistant.decision.inputs import AnalysisOptions
from assistant.decision.results import Analysis
from assistant.interview.facts import WorkloadProfile
from assistant.interview.reading import ParseResult
from tools.catalog import Catalog

log = logging.getLogger(__name__)

T = TypeVar("T")


class TextEmbedder(Protocol):
    """What embeds search queries (the knowledge index's embedder)."""

    def embed(self, texts: Sequence[str]) -> Any: ...


_catalog: list[Catalog] = []  # in the worker process: the catalog it was started with
_embedder: list[TextEmbedder] = []  # and the embedder it made, if it embeds


def _start(
    catalog: Catalog,
    primers: list[Reading],
    profile: WorkloadProfile | None,
    make_embedder: Callable[[], TextEmbedder] | None = None,
) -> None:
    """The worker process's start: the catalog kept, Ctrl-C left to the server (which stops it), an end of its own
    when the server ends without stopping it (killed: its queue's pipe never closes, the process stays), and the
    primers read and the profile analysed, so the reader's patterns and the engine's tables are built before the
    first user's message reaches this process (not in the middle of someone's turn); the embedder made and run
    once, on one thread (one short query at a time gains nothing from two, and the other core serves chats)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _catalog[:] = [catalog]
    if make_embedder is not None:
        from threadpoolctl import threadpool_limits

        threadpool_limits(limits=1, user_api="blas")
        _embedder[:] = [make_embedder()]
        _embedder[0].embed(["how much does self-hosting cost?"])
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent.sentinel,), name="parent-watch", daemon=True).start()
    for reading in primers:
        reading.read()
    if profile is not None:
        compute(profile, catalog, AnalysisOptions())
    gc.collect()
    gc.freeze()  # what lives as long as the process, out of the collector's sight (as in the server)
    gc.set_threshold(10_000, 20, 10)  # a reading or an analysis allocates thousands of short-lived objects


def _ready() -> None:
    time.sleep(0.05)  # (each process busy a moment: the next one is started for the next of these)


def _end_with(sentinel: int) -> None:
    """Wait for the parent process to end, then end this one."""
    multiprocessing.connection.wait([sentinel])
    os._exit(0)


def _read(reading: Reading) -> ParseResult:
    return reading.read()


def _compute(profile: WorkloadProfile, opts: AnalysisOptions) -> Analysis:
    return compute(profile, _catalog[0], opts)


def _embed(texts: list[str]) -> Any:
    return _embedder[0].embed(texts)


class Worker:
    """Readings, analyses and (given ``make_embedder``, a function that can be pickled by name) search queries'
    embeddings in ``processes`` processes beside this one (started on first use or ``start``)."""

    def __init__(
        self, catalog: Catalog, processes: int = 1, make_embedder: Callable[[], TextEmbedder] | None = None
    ) -> None:
        self.catalog, self.processes, self.make_embedder = catalog, processes, make_embedder
        self._pool: ProcessPoolExecutor | None = None
        self._primers: list[Reading] = []
        self._profile: WorkloadProfile | None = None
        self.restarts = 0  # processes replaced after one stopped

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawned, not forked: the server has threads (a fork copies their locks in whatever state)
            self._pool = ProcessPoolExecutor(
                self.processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_start,
                initargs=(self.catalog, self._primers, self._profile, self.make_embedder),
            )
        return self._pool

    def _broken(self, pool: ProcessPoolExecutor) -> None:
        log.warning("the worker process stopped; its work done in the server's process, a new one started")
        if self._pool is pool:
            self._pool, self.restarts = None, self.restarts + 1
            pool.shutdown(wait=False, cancel_futures=True)

    async def _run(self, here: Callable[[], T], fn: Callable[..., T], *args: object) -> T:
        loop = asyncio.get_running_loop()
        pool = self._executor()
        try:
            return await loop.run_in_executor(pool, fn, *args)
        except BrokenProcessPool:
            self._broken(pool)
            return here()

    def embed(self, texts: Sequence[str]) -> Any:
        """The texts embedded in a worker process, waited for: for a thread (a search runs in one), never the
        event loop. Made with ``make_embedder`` (here, if the process stopped)."""
        if self.make_embedder is None:
            raise RuntimeError("this worker was not given an embedder")
        pool = self._executor()
        try:
            return pool.submit(_embed, list(texts)).result()
        except BrokenProcessPool:
            self._broken(pool)
            return self.make_embedder().embed(texts)

    async def read(self, reading: Reading) -> ParseResult:
        """The message read in the worker process."""
        return await self._run(reading.read, _read, reading)

    async def analyze(self, profile: WorkloadProfile, catalog: Catalog, opts: AnalysisOptions) -> Analysis:
        """The analysis computed in the worker process (in this one, for a catalog it was not started with)."""
        if catalog is not self.catalog:
            return compute(profile, catalog, opts)
        return await self._run(lambda: compute(profile, catalog, opts), _compute, profile, opts)

    async def start(self, readings: list[Reading], profile: WorkloadProfile) -> None:
        """Every process started, each having read ``readings`` and analysed ``profile`` (its patterns and tables
        built), before the first user's message."""
        self.close()
        self._primers, self._profile = list(readings), profile
        loop = asyncio.get_running_loop()
        pool = self._executor()
        await asyncio.gather(*(loop.run_in_executor(pool, _ready) for _ in range(self.processes)))

    def close(self) -> None:
        """The processes stopped (work not started is dropped)."""
        pool, self._pool = self._pool, None
        if pool is not None:
            with contextlib.suppress(Exception):
                pool.shutdown(wait=False, cancel_futures=True)
