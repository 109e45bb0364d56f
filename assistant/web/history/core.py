"""The data layer's plumbing (``LayerCore``): the engines and the per-thread writers, the tables made ready,
reads that never fail the chat, the threads known to be stored, and a database found damaged while running
moved aside."""

from __future__ import annotations

import asyncio
import json
import logging
from collections import OrderedDict
from pathlib import Path
from typing import Any

from chainlit.data.base import BaseDataLayer
from sqlalchemy.engine import Connection, Engine

from assistant.conversation.store import ThreadWriters, TurnStore, create_tables, first_line, now_iso, threads, upsert
from assistant.web.history.engines import make_engine, make_writer_engine
from assistant.web.history.sqlite_file import CORRUPT_MARKERS, _private_file, check_sqlite, move_aside, sqlite_path

log = logging.getLogger(__name__)


def _json_safe(value: Any) -> Any:
    """What JSON can hold (Chainlit's session metadata may carry objects): others become their text."""
    return json.loads(json.dumps(value, default=str))


class LayerCore(BaseDataLayer):
    """The engines, the per-thread writers and the turn store, the tables made ready, reads and writes, and
    recovery from a damaged database; the rest of Chainlit's interface is built on these (``layer``)."""

    KNOWN_THREADS = 10_000

    def __init__(self, url: str, *, attempts: int = 4, backoff_s: float = 0.05) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.sqlite = self.engine.dialect.name == "sqlite"
        self.writers = ThreadWriters(
            self.engine, attempts=attempts, backoff_s=backoff_s, on_error=self._note, direct=make_writer_engine(url)
        )
        self.turns = TurnStore(self.engine, self.writers)
        self._known: OrderedDict[str, None] = OrderedDict()  # threads whose row is committed
        self._schema_ready = False
        self._schema_lock: asyncio.Lock | None = None
        self.corrupt = False  # set when a statement finds the database damaged
        self._recovering: asyncio.Lock | None = None

    @property
    def write_engine(self) -> Engine:
        """The engine the writes go through (the writer thread's on SQLite)."""
        return self.writers.direct or self.engine.sync_engine

    def _note(self, exc: BaseException) -> None:
        text = str(exc).lower()
        if self.sqlite and any(marker in text for marker in CORRUPT_MARKERS):
            self.corrupt = True

    async def ready(self) -> None:
        """The tables exist (created on first use; ``create_schema`` at start-up does it earlier)."""
        if self._schema_ready:
            return
        if self._schema_lock is None:
            self._schema_lock = asyncio.Lock()
        async with self._schema_lock:
            if not self._schema_ready:
                if (path := sqlite_path(self.url)) is not None:
                    await asyncio.to_thread(_private_file, path)
                async with self.engine.begin() as conn:
                    await create_tables(conn)
                self._schema_ready = True

    async def _read(self, query: Any) -> list[Any]:
        """Rows of a query, or none when the database cannot be read (logged; the chat goes on)."""
        try:
            await self.ready()
            async with self.engine.connect() as conn:
                return list((await conn.execute(query)).all())
        except Exception as exc:
            log.warning("history database: %s", first_line(exc))
            self._note(exc)
            return []

    async def _write(self, thread_id: str, work: Any, after: Any = None) -> None:
        await self.ready()
        await self.writers.submit(thread_id, work, after=after)

    def _known_now(self, thread_id: str) -> None:
        self._known[thread_id] = None
        self._known.move_to_end(thread_id)
        while len(self._known) > self.KNOWN_THREADS:
            self._known.popitem(last=False)

    def _ensure_thread(self, conn: Connection, thread_id: str, created: str | None) -> None:
        if thread_id not in self._known:
            values = {"id": thread_id, "createdAt": created or now_iso()}
            conn.execute(upsert(threads, self.engine.dialect.name, ["id"], []), values)

    def failure(self, thread_id: str) -> str | None:
        """Why this thread's last history write failed (None when its writes are saved)."""
        return self.writers.failing.get(thread_id)

    async def flush(self, thread_id: str | None = None) -> None:
        """Wait for the queued writes (of one thread, or all); those that failed are tried again."""
        if thread_id is None:
            await self.writers.retry_failed()
        else:
            await self.writers.flush(thread_id)

    async def recover_if_corrupt(self) -> Path | None:
        """When the database was found damaged while running: move it aside, start a new one, and return
        where the old one went (None when nothing was wrong). Queued writes go to the new one."""
        if not self.corrupt:
            return None
        path = sqlite_path(self.url)
        if path is None:
            return None
        if self._recovering is None:
            self._recovering = asyncio.Lock()
        async with self._recovering:
            if not self.corrupt:
                return None
            await self.engine.dispose()
            if self.writers.direct is not None:
                self.writers.direct.dispose()  # its connection is to the damaged file
            reason = await asyncio.to_thread(check_sqlite, path)
            if reason is None:  # a passing error (or already replaced): keep it
                self.corrupt = False
                return None
            moved = await asyncio.to_thread(move_aside, path)
            log.error("history database damaged while running (%s); moved it to %s", reason, moved)
            self._schema_ready = False
            await self.ready()
            self._known.clear()
            self.turns.forget()
            self.corrupt = False
            return moved
