"""The history tables (SQLAlchemy Core, SQLite or Postgres) and the statements every writer uses.

Users, threads, steps, elements, feedbacks, and ``advisor_turns``: one row per turn holding only what the
turn changed in the advisor's state. ``advisor_state`` holds whole-state snapshots written by earlier
versions: read as a thread's starting point, never written. ``create_tables`` makes what is missing and keeps
an older layout's tables renamed; ``upsert`` and ``insert_or_skip`` work on both databases."""

from __future__ import annotations

import contextlib
import functools
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ARRAY, JSON, BigInteger, Column, Index, Integer, MetaData, String, Table, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncConnection

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


@functools.cache
def _upsert(table: Table, dialect: str, keys: tuple[str, ...], update_cols: tuple[str, ...]) -> Any:
    from sqlalchemy.dialects import postgresql, sqlite

    stmt: Any = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(table)
    if not update_cols:
        return stmt.on_conflict_do_nothing(index_elements=list(keys))
    return stmt.on_conflict_do_update(index_elements=list(keys), set_={c: stmt.excluded[c] for c in update_cols})


def upsert(table: Table, dialect: str, keys: list[str], update_cols: list[str]) -> Any:
    """INSERT ... ON CONFLICT (keys) DO UPDATE SET update_cols (DO NOTHING when there are none), to run with
    the row's values as parameters: ``conn.execute(upsert(...), values)``. One statement per shape, built
    once: SQLAlchemy then reuses its compiled form instead of building and keying a new one per write."""
    return _upsert(table, dialect, tuple(keys), tuple(update_cols))
