"""The per-thread write queues (``ThreadWriters``): a thread's writes land in the order they were made,
committed in batches and retried with backoff; a failing thread holds up only itself, and a write that still
fails stays queued and raises ``HistoryWriteError`` to its caller. On SQLite every transaction runs on one
writer thread over one plain connection."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from sqlalchemy.engine import Connection, Engine
from sqlalchemy.ext.asyncio import AsyncEngine

log = logging.getLogger(__name__)


class HistoryWriteError(Exception):
    """A history write still failed after its retries. It stays queued and is tried again with the
    thread's next write; the live conversation is unaffected."""


Work = Callable[[Connection], None]  # statements of one write, run inside its batch's transaction


@dataclass
class _Op:
    work: Work
    done: asyncio.Future[None]
    replaceable: bool = False  # recomputed by its caller next time (a state delta): dropped when it fails
    after: Callable[[], None] | None = None  # run once committed
    lazy: bool = False  # nobody waits for it: it may wait a moment for the rest of its turn's writes


@dataclass
class _Queue:
    ops: deque[_Op] = field(default_factory=deque)
    worker: asyncio.Task[None] | None = None
    wake: asyncio.Event | None = None  # set by a write somebody waits for, or a flush (made by each drain)
    hurry: bool = False  # a flush is waiting: no more gathering


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class ThreadWriters:
    """One write queue per thread, each drained by its own task: the queued writes of a thread are
    committed together in one transaction, in order, retried with exponential backoff. With ``direct``
    (a synchronous engine, for SQLite) the transactions run on one writer thread; without, on the async
    engine.

    A ``lazy`` write (one nobody awaits, such as a chat step) waits up to ``gather_s`` for the thread's
    next writes, so that a turn's steps and its advisor state share one transaction instead of one each
    (each costs a hop to the writer, a commit and a wake-up of the event loop). A write that is awaited,
    or a flush, ends the wait at once; the order of a thread's writes is kept either way."""

    def __init__(
        self,
        engine: AsyncEngine,
        attempts: int = 4,
        backoff_s: float = 0.05,
        on_error: Callable[[BaseException], None] | None = None,
        direct: Engine | None = None,
        gather_s: float = 0.05,
    ) -> None:
        self.engine = engine
        self.gather_s = gather_s
        self.direct = direct
        self._writer: ThreadPoolExecutor | None = None
        self.attempts = max(1, attempts)
        self.backoff_s = backoff_s
        self.on_error = on_error
        self._queues: dict[str, _Queue] = {}
        self.failing: dict[str, str] = {}  # thread -> why its last write failed (cleared on success)

    def submit(
        self,
        thread_id: str,
        work: Work,
        *,
        replaceable: bool = False,
        after: Callable[[], None] | None = None,
        lazy: bool = False,
    ) -> asyncio.Future[None]:
        """Queue a write for a thread; the future is done once it is committed (or has failed). A ``lazy``
        write may wait up to ``gather_s`` for more of the thread's writes to commit with."""
        loop = asyncio.get_running_loop()
        queue = self._queues.setdefault(thread_id, _Queue())
        op = _Op(work, loop.create_future(), replaceable, after, lazy)
        queue.ops.append(op)
        if not lazy and queue.wake is not None:
            queue.wake.set()
        if queue.worker is None or queue.worker.done():
            queue.worker = loop.create_task(self._drain(thread_id, queue))
        return op.done

    def pending(self, thread_id: str) -> int:
        queue = self._queues.get(thread_id)
        return len(queue.ops) if queue else 0

    async def flush(self, thread_id: str | None = None) -> None:
        """Wait until the queue of one thread (or of every thread) has been worked through."""
        ids = [thread_id] if thread_id is not None else list(self._queues)
        for tid in ids:
            queue = self._queues.get(tid)
            while queue is not None and queue.worker is not None and not queue.worker.done():
                queue.hurry = True
                if queue.wake is not None:
                    queue.wake.set()
                await asyncio.shield(queue.worker)

    async def retry_failed(self) -> None:
        """Try again every thread whose writes are still queued after a failure (e.g. at shutdown)."""
        loop = asyncio.get_running_loop()
        for tid, queue in list(self._queues.items()):
            if queue.ops and (queue.worker is None or queue.worker.done()):
                queue.worker = loop.create_task(self._drain(tid, queue))
        await self.flush()

    async def _drain(self, thread_id: str, queue: _Queue) -> None:
        await asyncio.sleep(0)  # the other writes of this burst join the same transaction
        wake = queue.wake = asyncio.Event()  # of this drain's event loop
        while queue.ops:
            if self.gather_s > 0 and not queue.hurry and all(op.lazy for op in queue.ops):
                with contextlib.suppress(TimeoutError):  # the rest of the turn's writes join this batch
                    await asyncio.wait_for(wake.wait(), self.gather_s)
            wake.clear()
            batch = list(queue.ops)
            error = await self._commit(batch)
            if error is None:
                for _ in batch:
                    op = queue.ops.popleft()
                    if op.after is not None:
                        op.after()
                    if not op.done.done():
                        op.done.set_result(None)
                self.failing.pop(thread_id, None)
                continue
            reason = first_line(error)
            self.failing[thread_id] = reason
            log.warning(
                "history: %d write(s) of a thread not saved after %d attempts: %s", len(batch), self.attempts, reason
            )
            kept = deque(op for op in queue.ops if not op.replaceable)
            for op in queue.ops:
                if not op.done.done():
                    op.done.set_exception(HistoryWriteError(reason))
                    op.done.exception()  # retrieved: nobody need be waiting for it
            queue.ops = kept
            break
        if not queue.ops and self._queues.get(thread_id) is queue:
            del self._queues[thread_id]

    async def _commit(self, batch: list[_Op]) -> BaseException | None:
        error: BaseException | None = None
        for attempt in range(self.attempts):
            if attempt:
                await asyncio.sleep(self.backoff_s * 4 ** (attempt - 1))
            try:
                await self._transaction(batch)
                return None
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                error = exc
                if self.on_error is not None:
                    self.on_error(exc)
        return error

    async def _transaction(self, batch: list[_Op]) -> None:
        def run(conn: Connection) -> None:
            for op in batch:
                op.work(conn)

        if self.direct is None:
            async with self.engine.begin() as conn:
                await conn.run_sync(run)
            return
        direct = self.direct

        def on_writer() -> None:
            with direct.begin() as conn:
                run(conn)

        if self._writer is None:
            self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="history-writer")
        await asyncio.get_running_loop().run_in_executor(self._writer, on_writer)

    def close(self) -> None:
        """Stop the writer thread (after :meth:`flush`) and close its connection."""
        if self._writer is not None:
            self._writer.shutdown(wait=True)
            self._writer = None
        if self.direct is not None:
            self.direct.dispose()
