"""Conversation history: Chainlit's SQLAlchemy data layer on SQLite (default) or Postgres.

Chainlit's layer is written for Postgres: it binds Python lists and dicts directly and returns
JSON columns as objects. On SQLite those fail, so this subclass stores lists and dicts as JSON
text and decodes them on the way out. The schema is created on start-up from Chainlit's own
step and element types, so a new Chainlit field never breaks an insert.

Under load it is lighter than Chainlit's: SQLite runs in write-ahead-log mode, statement texts are
parsed once, a thread or user is looked up once per process, and the steps of a turn are queued
and committed in one transaction (reads and the advisor-state save wait for the queue).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import json
import logging
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, cast, get_type_hints

from chainlit.data.sql_alchemy import SQLAlchemyDataLayer
from chainlit.data.utils import queue_until_user_message
from chainlit.element import ElementDict
from chainlit.step import StepDict
from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import create_async_engine
from sqlalchemy.sql.elements import TextClause

log = logging.getLogger(__name__)
JSON_KEYS = {
    "metadata",
    "generation",
    "tags",
    "props",
    "thread_metadata",
    "thread_tags",
    "step_metadata",
    "step_tags",
    "step_generation",
    "modes",
    "playerConfig",
    "element_props",
}


def _columns(typed: Any, skip: set[str]) -> list[str]:
    return [name for name in get_type_hints(typed) if name not in skip]


def schema(dialect: str) -> list[str]:
    """CREATE TABLE statements for users, threads, steps, elements and feedbacks."""
    uid = "TEXT"  # Chainlit binds ids as text; UUID columns make asyncpg refuse "uuid = text" comparisons
    js = "JSONB" if dialect == "postgresql" else "TEXT"
    arr = "TEXT[]" if dialect == "postgresql" else "TEXT"
    bool_ = "BOOLEAN"

    def col(name: str) -> str:
        if name in ("metadata", "generation", "props", "modes", "playerConfig"):
            return f'"{name}" {js}'
        if name == "tags":
            return f'"{name}" {arr}'
        if name in ("streaming", "waitForAnswer", "isError", "defaultOpen", "autoCollapse", "autoPlay"):
            return f'"{name}" {bool_}'
        if name in ("page", "indent"):
            return f'"{name}" INT'
        return f'"{name}" TEXT'

    steps = [col(c) for c in _columns(StepDict, {"id", "feedback"})]
    elements = [col(c) for c in _columns(ElementDict, {"id"})]
    return [
        f'CREATE TABLE IF NOT EXISTS users ("id" {uid} PRIMARY KEY, "identifier" TEXT NOT NULL UNIQUE, '
        f'"metadata" {js} NOT NULL, "createdAt" TEXT)',
        f'CREATE TABLE IF NOT EXISTS threads ("id" {uid} PRIMARY KEY, "createdAt" TEXT, "name" TEXT, '
        f'"userId" {uid}, "userIdentifier" TEXT, "tags" {arr}, "metadata" {js}, '
        f'FOREIGN KEY ("userId") REFERENCES users("id") ON DELETE CASCADE)',
        f'CREATE TABLE IF NOT EXISTS steps ("id" {uid} PRIMARY KEY, {", ".join(steps)})',
        f'CREATE TABLE IF NOT EXISTS elements ("id" {uid} PRIMARY KEY, {", ".join(elements)})',
        f'CREATE TABLE IF NOT EXISTS feedbacks ("id" {uid} PRIMARY KEY, "forId" {uid} NOT NULL, '
        f'"threadId" {uid} NOT NULL, "value" INT NOT NULL, "comment" TEXT)',
        # The advisor's own state, apart from the thread metadata that Chainlit re-reads on every step.
        'CREATE TABLE IF NOT EXISTS advisor_state ("threadId" TEXT PRIMARY KEY, "state" TEXT NOT NULL, '
        '"updatedAt" TEXT)',
    ]


CORRUPT_MARKERS = ("malformed", "not a database", "file is encrypted", "corrupt", "disk i/o error")


def sqlite_path(url: str) -> Path | None:
    """The database file of a SQLite URL (None for other databases or in-memory SQLite)."""
    if not url.startswith("sqlite"):
        return None
    path = url.split("///", 1)[1] if "///" in url else ""
    return Path(path) if path and path != ":memory:" else None


def _private_file(path: Path) -> None:
    """Create the database file owner-only before SQLite does (its -wal and -shm files copy the mode)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):
        path.parent.chmod(0o700)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    os.close(fd)
    for extra in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if extra.exists():
            with contextlib.suppress(OSError):
                extra.chmod(0o600)


def check_sqlite(path: Path) -> str | None:
    """Why this SQLite file cannot be used (a short reason), or None when it is sound or absent."""
    import sqlite3

    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return _first_line(exc)
    if rows != [("ok",)]:
        return "; ".join(str(r[0]) for r in rows[:3])
    return None


def move_aside(path: Path) -> Path:
    """Keep a damaged database (and its -wal/-shm) for inspection under a new name; returns it."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    for suffix in ("", "-wal", "-shm", "-journal"):
        src = path.with_name(path.name + suffix)
        if src.exists():
            os.replace(src, target.with_name(target.name + suffix))
    return target


def recover_corrupt(url: str) -> Path | None:
    """At start: a SQLite history that cannot be read is moved aside (a new one is created next) and
    where it went is returned; None when it is fine. The file is made private either way."""
    path = sqlite_path(url)
    if path is None:
        return None
    reason = check_sqlite(path)
    moved = None
    if reason is not None:
        moved = move_aside(path)
        log.error("history database %s is damaged (%s); moved it to %s and started a new one", path, reason, moved)
    _private_file(path)
    return moved


async def create_schema(url: str) -> None:
    if (path := sqlite_path(url)) is not None:
        _private_file(path)
    engine = create_async_engine(url)
    try:
        async with engine.begin() as conn:
            for statement in schema(engine.dialect.name):
                await conn.execute(text(statement))
    finally:
        await engine.dispose()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Write-ahead log: readers never wait for the writer, and a commit appends to the log instead of
    syncing the database file. synchronous=NORMAL survives a killed process (the log is in the OS);
    only a power cut can lose the last commits. busy_timeout waits for the lock instead of failing."""
    cursor = dbapi_connection.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "busy_timeout=10000"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


@functools.lru_cache(maxsize=512)  # Chainlit sends the same few statement texts over and over
def _statement(query: str) -> TextClause:
    return text(query)


F = TypeVar("F", bound=Callable[..., Any])
_DEFER = contextvars.ContextVar("defer_writes", default=False)  # set while a step write is being built


def _until_user_message(func: F) -> F:
    """Chainlit's rule for step writes: in a live chat, none before the user's first message."""
    return cast(F, queue_until_user_message()(func))  # type: ignore[no-untyped-call]


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


class AdvisorDataLayer(SQLAlchemyDataLayer):
    """Chainlit's SQL data layer, made to work on SQLite as well as Postgres, and lighter per statement."""

    KNOWN_THREADS = 10_000

    def __init__(self, url: str) -> None:
        super().__init__(conninfo=url, show_logger=False)
        self.sqlite = self.engine.dialect.name == "sqlite"
        if self.sqlite:
            event.listen(self.engine.sync_engine, "connect", _sqlite_pragmas)
        self._threads: set[str] = set()  # threads this process has seen in the database
        self._identifiers: dict[str, str] = {}  # user id -> identifier
        self._pending: list[tuple[str, dict[str, Any]]] = []  # step writes not yet committed, in order
        self._flusher: asyncio.Task[None] | None = None
        self.url = url
        self.corrupt = False  # set when a statement finds the database damaged
        self._recovering: asyncio.Lock | None = None

    def _note(self, exc: BaseException) -> None:
        text = str(exc).lower()
        if self.sqlite and any(marker in text for marker in CORRUPT_MARKERS):
            self.corrupt = True

    async def recover_if_corrupt(self) -> Path | None:
        """When the database was found damaged while running: move it aside, start a new one, and return
        where the old one went (None when nothing was wrong)."""
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
            reason = await asyncio.to_thread(check_sqlite, path)
            if reason is None:  # a passing error (or already replaced): keep it
                self.corrupt = False
                return None
            moved = await asyncio.to_thread(move_aside, path)
            log.error("history database damaged while running (%s); moved it to %s", reason, moved)
            await create_schema(self.url)
            self._threads.clear()
            self._identifiers.clear()
            self.corrupt = False
            return moved

    def _encode(self, parameters: dict[str, Any]) -> dict[str, Any]:
        if not self.sqlite:
            return parameters
        return {k: json.dumps(v) if isinstance(v, list | dict) else v for k, v in parameters.items()}

    async def execute_sql(self, query: str, parameters: dict[str, Any]) -> Any:
        """One statement in its own transaction on a pooled connection (Chainlit opens an ORM session
        and re-parses the statement text each time). Failures are logged and give None, as Chainlit's.
        Step writes are queued instead (see ``create_step``); anything else first waits for them, so a
        read sees every step sent before it and a write lands after them."""
        parameters = self._encode(parameters)
        if _DEFER.get() and not query.lstrip().upper().startswith("SELECT"):
            self._pending.append((query, parameters))
            if self._flusher is None or self._flusher.done():
                self._flusher = asyncio.get_running_loop().create_task(self._flush())
            return None
        await self.flush()
        try:
            async with self.engine.begin() as conn:
                result = await conn.execute(_statement(query), parameters)
                if not result.returns_rows:
                    return result.rowcount
                rows = [dict(row._mapping) for row in result.fetchall()]
        except Exception as exc:  # history is a convenience: the live conversation never fails over it
            log.warning("history database: %s", _first_line(exc))
            self._note(exc)
            return None
        return self.clean_result(rows)

    @_until_user_message
    async def create_step(self, step_dict: StepDict) -> None:
        """Chainlit writes every step from a fire-and-forget task, one transaction each. Here they are
        queued and committed together: one transaction for all the steps sent since the last one."""
        token = _DEFER.set(True)
        try:
            await super().create_step(step_dict)
        finally:
            _DEFER.reset(token)

    async def flush(self) -> None:
        """Commit the queued step writes (returns at once when there are none)."""
        while self._flusher is not None and not self._flusher.done():
            await asyncio.shield(self._flusher)

    async def _flush(self) -> None:
        await asyncio.sleep(0)  # the other steps of this burst join the same transaction
        while self._pending:
            batch, self._pending = self._pending, []
            try:
                async with self.engine.begin() as conn:
                    for query, parameters in batch:
                        await conn.execute(_statement(query), parameters)
            except Exception as exc:  # one bad row must not cost the others: write them one by one
                log.warning("history database (retrying one by one): %s", _first_line(exc))
                for query, parameters in batch:
                    try:
                        async with self.engine.begin() as conn:
                            await conn.execute(_statement(query), parameters)
                    except Exception as one:
                        log.warning("history database: %s", _first_line(one))
                        self._note(one)

    async def update_thread(
        self,
        thread_id: str,
        name: str | None = None,
        user_id: str | None = None,
        metadata: dict[str, Any] | None = None,
        tags: list[str] | None = None,
    ) -> None:
        """Chainlit calls this before every step only to make sure the thread exists: once known, skip it."""
        if thread_id in self._threads and name is None and user_id is None and metadata is None and tags is None:
            return
        await super().update_thread(thread_id, name=name, user_id=user_id, metadata=metadata, tags=tags)
        if len(self._threads) >= self.KNOWN_THREADS:
            self._threads.clear()
        self._threads.add(thread_id)

    async def _get_user_identifer_by_id(self, user_id: str) -> str:  # (sic: Chainlit's spelling)
        """A user's identifier never changes: looked up once per process, not on every thread update."""
        if user_id not in self._identifiers:
            self._identifiers[user_id] = await super()._get_user_identifer_by_id(user_id)
        return self._identifiers[user_id]

    async def create_element(self, element: Any) -> None:
        """Elements (charts, passages, files) are kept only with a blob store. Without one they are
        skipped quietly, where Chainlit logs a warning for each; the figures behind them are in the
        advisor state saved with the thread."""
        if self.storage_provider is not None:
            await super().create_element(element)

    async def delete_thread(self, thread_id: str) -> None:
        self._threads.discard(thread_id)
        await super().delete_thread(thread_id)

    def clean_result(self, obj: Any) -> Any:
        obj = super().clean_result(obj)  # type: ignore[no-untyped-call]
        if not self.sqlite:
            return obj
        if isinstance(obj, list):
            return [self.clean_result(x) for x in obj]
        if isinstance(obj, dict):
            out = {}
            for k, v in obj.items():
                if k in JSON_KEYS and isinstance(v, str):
                    with contextlib.suppress(ValueError):
                        v = json.loads(v)
                out[k] = v
            return out
        return obj

    async def save_advisor_state(self, thread_id: str, state: dict[str, Any]) -> None:
        """Keep the advisor session of a thread (what resume restores)."""
        await self.execute_sql(
            'INSERT INTO advisor_state ("threadId", "state", "updatedAt") VALUES (:t, :s, :u) '
            'ON CONFLICT ("threadId") DO UPDATE SET "state" = EXCLUDED."state", "updatedAt" = EXCLUDED."updatedAt"',
            {"t": thread_id, "s": json.dumps(state, separators=(",", ":")), "u": await self.get_current_timestamp()},
        )

    async def load_advisor_state(self, thread_id: str) -> dict[str, Any] | None:
        rows = await self.execute_sql('SELECT "state" FROM advisor_state WHERE "threadId" = :t', {"t": thread_id})
        if isinstance(rows, list) and rows:
            return dict(json.loads(rows[0]["state"]))
        return None
