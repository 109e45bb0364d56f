"""Where conversations are kept: the tables, a per-thread write queue, and the advisor state per turn.

- **Tables** (SQLAlchemy Core, SQLite or Postgres): users, threads, steps, elements, feedbacks, and
  ``advisor_turns``: one row per turn holding only what the turn changed in the advisor's state.
  ``advisor_state`` holds whole-state snapshots written by earlier versions: read as a thread's
  starting point, never written.
- **Writes** go through one queue per thread: a thread's writes land in the order they were made, and
  a failing thread holds up only itself (its retries wait outside the writer; reads never wait on
  another thread's writes). A write is retried with backoff a bounded number of times; when it still
  fails it stays queued (nothing is dropped) and the caller gets :class:`HistoryWriteError`, so the user
  can be told. On SQLite, which takes one writer at a time, every thread's transactions run on one
  writer thread over one plain (synchronous) connection: no lock contention between connections, and a
  thread's batch costs one hop to that thread instead of one per statement.
- **State per turn**: the session state (any JSON-shaped dict) is stored as the difference from the
  last stored state (:func:`state_delta`), and rebuilt on resume by folding the turns in order
  (:func:`apply_delta`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import weakref
from collections import OrderedDict, deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    ARRAY,
    JSON,
    BigInteger,
    Column,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    select,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

log = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------------- tables
METADATA = MetaData()
# JSON text on SQLite, JSONB and a text array on Postgres (as the tables of earlier versions had them)
Json = JSON(none_as_null=True).with_variant(JSONB(none_as_null=True), "postgresql")
Tags = JSON(none_as_null=True).with_variant(ARRAY(Text), "postgresql")

users = Table(
    "users",
    METADATA,
    Column("id", String, primary_key=True),
    Column("identifier", String, nullable=False, unique=True),
    Column("metadata", Json, nullable=False),
    Column("createdAt", String),
)
threads = Table(
    "threads",
    METADATA,
    Column("id", String, primary_key=True),
    Column("createdAt", String),
    Column("name", Text),
    Column("userId", String, index=True),
    Column("userIdentifier", String),
    Column("tags", Tags),
    Column("metadata", Json),
)
# A step or element is kept whole as JSON (a new Chainlit field never breaks a write), with the
# columns it is looked up by beside it.
steps = Table(
    "steps",
    METADATA,
    Column("id", String, primary_key=True),
    Column("threadId", String, nullable=False),
    Column("createdAt", String),
    Column("written", BigInteger, nullable=False),  # nanoseconds at first write: the order within a timestamp
    Column("data", Json, nullable=False),
    Index("ix_steps_thread", "threadId", "createdAt"),
)
elements = Table(
    "elements",
    METADATA,
    Column("id", String, primary_key=True),
    Column("threadId", String, index=True),
    Column("forId", String),
    Column("data", Json, nullable=False),
)
feedbacks = Table(
    "feedbacks",
    METADATA,
    Column("id", String, primary_key=True),
    Column("forId", String, nullable=False, index=True),
    Column("threadId", String, index=True),
    Column("value", Integer, nullable=False),
    Column("comment", Text),
)
advisor_turns = Table(
    "advisor_turns",
    METADATA,
    Column("threadId", String, primary_key=True),
    Column("seq", Integer, primary_key=True),
    Column("delta", Json, nullable=False),
    Column("createdAt", String),
)
advisor_state = Table(  # earlier versions' whole-state snapshots (read only)
    "advisor_state",
    METADATA,
    Column("threadId", Text, primary_key=True),
    Column("state", Text, nullable=False),
    Column("updatedAt", Text),
)

# The columns each table needs; an older database whose table lacks one keeps it under another name.
_NEEDED = {t.name: {c.name for c in t.columns} for t in METADATA.sorted_tables}


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


async def create_tables(conn: AsyncConnection) -> list[str]:
    """Create the tables that are missing. A table from an older layout (a column missing) is renamed
    ``NAME_v1`` first and kept; the renamed tables are returned."""

    def sync(sync_conn: Any) -> list[str]:
        from sqlalchemy import inspect, text

        inspector = inspect(sync_conn)
        renamed = []
        present = set(inspector.get_table_names())
        for name, needed in _NEEDED.items():
            if name in present and not needed <= {c["name"] for c in inspector.get_columns(name)}:
                target = f"{name}_v1"
                n = 1
                while target in present:
                    n += 1
                    target = f"{name}_v{n}"
                # its indexes keep their names when it is renamed: drop them so the new ones can be made
                for ix in inspector.get_indexes(name):
                    if ix.get("name"):
                        sync_conn.execute(text(f'DROP INDEX IF EXISTS "{ix["name"]}"'))
                sync_conn.execute(text(f'ALTER TABLE "{name}" RENAME TO "{target}"'))
                present.add(target)
                renamed.append(target)
        METADATA.create_all(sync_conn, checkfirst=True)
        for kept in renamed:
            if kept.startswith("steps_v"):
                _copy_old_steps(sync_conn, kept)
        return renamed

    return await conn.run_sync(sync)


def _copy_old_steps(sync_conn: Any, kept: str) -> None:
    """The steps of an older layout (one column per field) copied in as whole steps: old threads still
    show their messages."""
    from sqlalchemy import text

    rows = sync_conn.execute(text(f'SELECT * FROM "{kept}"')).mappings().all()
    for n, row in enumerate(rows):
        data = {}
        for key, value in row.items():
            if value is None:
                continue
            if isinstance(value, str) and key in ("metadata", "generation", "tags"):
                with contextlib.suppress(ValueError):
                    value = json.loads(value)
            data[key] = value
        if not data.get("id") or not data.get("threadId"):
            continue
        sync_conn.execute(
            insert_or_skip(steps, sync_conn.dialect.name),
            {
                "id": data["id"],
                "threadId": data["threadId"],
                "createdAt": data.get("createdAt"),
                "written": n,
                "data": data,
            },
        )


def insert_or_skip(table: Table, dialect: str) -> Any:
    from sqlalchemy.dialects import postgresql, sqlite

    return (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table).on_conflict_do_nothing()


def upsert(table: Table, dialect: str, values: dict[str, Any], keys: list[str], update_cols: list[str]) -> Any:
    """INSERT ... ON CONFLICT (keys) DO UPDATE SET update_cols (DO NOTHING when there are none)."""
    from sqlalchemy.dialects import postgresql, sqlite

    stmt: Any = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table).values(**values)
    if not update_cols:
        return stmt.on_conflict_do_nothing(index_elements=keys)
    return stmt.on_conflict_do_update(index_elements=keys, set_={c: stmt.excluded[c] for c in update_cols})


# ------------------------------------------------------------------------------------ per-thread writes
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


@dataclass
class _Queue:
    ops: deque[_Op] = field(default_factory=deque)
    worker: asyncio.Task[None] | None = None


def first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class ThreadWriters:
    """One write queue per thread, each drained by its own task: the queued writes of a thread are
    committed together in one transaction, in order, retried with exponential backoff. With ``direct``
    (a synchronous engine, for SQLite) the transactions run on one writer thread; without, on the async
    engine."""

    def __init__(
        self,
        engine: AsyncEngine,
        attempts: int = 4,
        backoff_s: float = 0.05,
        on_error: Callable[[BaseException], None] | None = None,
        direct: Engine | None = None,
    ) -> None:
        self.engine = engine
        self.direct = direct
        self._writer: ThreadPoolExecutor | None = None
        self.attempts = max(1, attempts)
        self.backoff_s = backoff_s
        self.on_error = on_error
        self._queues: dict[str, _Queue] = {}
        self.failing: dict[str, str] = {}  # thread -> why its last write failed (cleared on success)

    def submit(
        self, thread_id: str, work: Work, *, replaceable: bool = False, after: Callable[[], None] | None = None
    ) -> asyncio.Future[None]:
        """Queue a write for a thread; the future is done once it is committed (or has failed)."""
        loop = asyncio.get_running_loop()
        queue = self._queues.setdefault(thread_id, _Queue())
        op = _Op(work, loop.create_future(), replaceable, after)
        queue.ops.append(op)
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
        while queue.ops:
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


# ------------------------------------------------------------------------------------- state per turn
_SET, _DICT, _LIST = "s", "d", "l"


def state_delta(old: Any, new: Any) -> list[Any] | None:
    """What turns ``old`` into ``new`` (JSON values), or None when they are equal. Dicts change key by
    key, lists element by element plus what was appended, so a turn that appends a record and changes
    one fact costs about the record and the fact, not the whole state."""
    if old == new:
        return None
    if isinstance(old, dict) and isinstance(new, dict):
        changed = {k: d for k, v in new.items() if (d := state_delta(old.get(k, _Missing), v)) is not None}
        return [_DICT, changed, [k for k in old if k not in new]]
    if isinstance(old, list) and isinstance(new, list):
        common = min(len(old), len(new))
        changed_items = {str(i): d for i in range(common) if (d := state_delta(old[i], new[i])) is not None}
        if len(changed_items) > common // 2 and common > 2:
            return [_SET, new]
        return [_LIST, len(new), changed_items, new[common:]]
    return [_SET, new]


class _MissingType:
    def __eq__(self, other: object) -> bool:
        return other is self

    def __hash__(self) -> int:
        return 0


_Missing = _MissingType()


def apply_delta(base: Any, delta: list[Any]) -> Any:
    """``base`` with a :func:`state_delta` applied (``base`` itself is left as it was)."""
    tag = delta[0]
    if tag == _SET:
        return delta[1]
    if tag == _DICT:
        out = dict(base) if isinstance(base, dict) else {}
        for key, sub in delta[1].items():
            out[key] = apply_delta(out.get(key), sub)
        for key in delta[2]:
            out.pop(key, None)
        return out
    if tag == _LIST:
        length, changed, tail = delta[1], delta[2], delta[3]
        items = list(base) if isinstance(base, list) else []
        items = items[: length - len(tail)]
        for index, sub in changed.items():
            i = int(index)
            if i < len(items):
                items[i] = apply_delta(items[i], sub)
        return items + list(tail)
    raise ValueError(f"unknown state change {tag!r}")


@dataclass
class _Saved:
    seq: int
    state: dict[str, Any]
    found: bool = True


class TurnStore:
    """The advisor state of each thread, one row per turn with only what the turn changed."""

    CACHED = 256  # threads whose last stored state is kept in memory (others are read back when needed)

    def __init__(self, engine: AsyncEngine, writers: ThreadWriters) -> None:
        self.engine = engine
        self.writers = writers
        self._saved: OrderedDict[str, _Saved] = OrderedDict()
        self._locks: weakref.WeakValueDictionary[str, asyncio.Lock] = weakref.WeakValueDictionary()  # while in use

    def forget(self, thread_id: str | None = None) -> None:
        if thread_id is None:
            self._saved.clear()
        else:
            self._saved.pop(thread_id, None)

    def _remember(self, thread_id: str, saved: _Saved) -> None:
        self._saved[thread_id] = saved
        self._saved.move_to_end(thread_id)
        while len(self._saved) > self.CACHED:
            self._saved.popitem(last=False)

    def _lock(self, thread_id: str) -> asyncio.Lock:
        lock = self._locks.get(thread_id)
        if lock is None:
            lock = self._locks[thread_id] = asyncio.Lock()
        return lock

    async def save(self, thread_id: str, state: dict[str, Any]) -> int:
        """Append what changed since the last stored state; returns the bytes written (0: no change).
        Raises HistoryWriteError when it could not be stored; the next save then includes this one's
        changes as well."""
        lock = self._lock(thread_id)
        async with lock:
            saved = self._saved.get(thread_id)
            if saved is None:
                try:
                    saved = await self._read(thread_id)
                except Exception as exc:  # what to append to cannot be read: nothing can be stored
                    if self.writers.on_error is not None:
                        self.writers.on_error(exc)
                    raise HistoryWriteError(first_line(exc)) from exc
            # Compared with the live state (no copy of it); what is stored, and remembered as the
            # last stored state, comes from the change written as JSON: detached from the session,
            # and only the changed parts are new objects.
            change = state_delta(saved.state, state)
            if change is None:
                return 0
            written = json.dumps(change, separators=(",", ":"))
            delta = json.loads(written)
            new = apply_delta(saved.state, delta)
            seq = saved.seq + 1
            created = now_iso()
            dialect = self.engine.dialect.name

            def work(conn: Connection) -> None:
                # An upsert: a retry after a commit that did land (but was not acknowledged) replaces it.
                values = {"threadId": thread_id, "seq": seq, "delta": delta, "createdAt": created}
                conn.execute(upsert(advisor_turns, dialect, values, ["threadId", "seq"], ["delta", "createdAt"]))

            await self.writers.submit(thread_id, work, replaceable=True)
            self._remember(thread_id, _Saved(seq, new))
            return len(written)

    async def load(self, thread_id: str) -> dict[str, Any] | None:
        """The state rebuilt from the thread's turns (None when nothing was stored)."""
        lock = self._lock(thread_id)
        async with lock:
            await self.writers.flush(thread_id)  # this thread's own writes first; no one else's
            saved = await self._read(thread_id)
            # a copy: the caller may change it, the remembered state must stay as stored
            return json.loads(json.dumps(saved.state)) if saved.found else None

    async def _read(self, thread_id: str) -> _Saved:
        async with self.engine.connect() as conn:
            snapshot = (
                await conn.execute(select(advisor_state.c.state).where(advisor_state.c.threadId == thread_id))
            ).scalar()
            rows = (
                await conn.execute(
                    select(advisor_turns.c.seq, advisor_turns.c.delta)
                    .where(advisor_turns.c.threadId == thread_id)
                    .order_by(advisor_turns.c.seq)
                )
            ).all()
        state: dict[str, Any] = dict(json.loads(snapshot)) if snapshot else {}
        seq = 0  # the snapshot (if any) is turn 0; stored turns count from 1
        for row in rows:
            state = apply_delta(state, row.delta)
            seq = row.seq
        saved = _Saved(seq, state, found=bool(snapshot or rows))
        self._remember(thread_id, saved)
        return saved

    async def sizes(self, thread_id: str) -> list[int]:
        """Bytes of each stored turn, in order (for checks and diagnostics)."""
        async with self.engine.connect() as conn:
            rows = (
                await conn.execute(
                    select(advisor_turns.c.delta)
                    .where(advisor_turns.c.threadId == thread_id)
                    .order_by(advisor_turns.c.seq)
                )
            ).all()
        return [len(json.dumps(r.delta, separators=(",", ":"))) for r in rows]
