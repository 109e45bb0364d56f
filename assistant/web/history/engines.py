"""The database engines of the history: the async engine every read uses, the plain engine of SQLite's
one writer thread (write-ahead log, busy timeout), and ``create_schema`` for start-up."""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from assistant.conversation.store import create_tables
from assistant.web.history.sqlite_file import _private_file, sqlite_path

log = logging.getLogger(__name__)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Write-ahead log: readers never wait for the writer, and a commit appends to the log instead of
    syncing the database file. synchronous=NORMAL survives a killed process (the log is in the OS);
    only a power cut can lose the last commits. busy_timeout waits for the lock instead of failing."""
    cursor = dbapi_connection.cursor()
    for pragma in ("journal_mode=WAL", "synchronous=NORMAL", "busy_timeout=10000"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def make_engine(url: str) -> AsyncEngine:
    engine = create_async_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


def make_writer_engine(url: str) -> Engine | None:
    """For SQLite, the plain engine of the one writer thread (the same file, the standard driver);
    None for a server database, written through the async engine."""
    if sqlite_path(url) is None:
        return None
    engine = create_engine(url.replace("+aiosqlite", "", 1), pool_size=1, max_overflow=0)
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


async def create_schema(url: str) -> None:
    """The history tables (created if missing; an older layout's tables are kept renamed)."""
    if (path := sqlite_path(url)) is not None:
        _private_file(path)
    engine = make_engine(url)
    try:
        async with engine.begin() as conn:
            renamed = await create_tables(conn)
        if renamed:
            log.info("history: tables of an older layout kept as %s", ", ".join(renamed))
    finally:
        await engine.dispose()
