"""``TurnStore``: the advisor state of each thread, stored one row per turn with only what the turn
changed and rebuilt on resume by folding the turns in order (the last stored state of recent threads kept in
memory)."""

from __future__ import annotations

import asyncio
import json
import weakref
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from assistant.conversation.store.deltas import apply_delta, state_delta
from assistant.conversation.store.tables import advisor_state, advisor_turns, now_iso, upsert
from assistant.conversation.store.writers import HistoryWriteError, ThreadWriters, first_line


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

    def started(self, thread_id: str) -> None:
        """A thread whose row was just created: nothing is stored for it yet, so its first save appends to an
        empty state without reading the database back."""
        if thread_id not in self._saved:
            self._remember(thread_id, _Saved(0, {}, found=False))

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
                conn.execute(upsert(advisor_turns, dialect, ["threadId", "seq"], ["delta", "createdAt"]), values)

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
