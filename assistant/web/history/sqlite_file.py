"""The SQLite history file: where a URL puts it, made owner-only before SQLite creates it, checked
(``check_sqlite``), and moved aside when it cannot be read (``recover_corrupt`` at start)."""

from __future__ import annotations

import contextlib
import logging
import os
import time
from pathlib import Path

from assistant.conversation.store import first_line

log = logging.getLogger(__name__)

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
        return first_line(exc)
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
