"""A damaged history database is found, moved aside and replaced; data files are private; `advisor doctor`."""

from __future__ import annotations

import asyncio
import json
import sqlite3
import stat
from pathlib import Path

import pytest

from assistant.web.history import AdvisorDataLayer, HistoryWriteError, create_schema, recover_corrupt


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def url(path: Path) -> str:
    return f"sqlite+aiosqlite:///{path}"


def damage(path: Path) -> bytes:
    data = b"SQLite format 3\x00" + b"\x13\x37" * 8192
    path.write_bytes(data)
    return data


def test_a_damaged_database_is_moved_aside_at_start(tmp_path: Path) -> None:
    db = tmp_path / "data" / "history.sqlite3"
    db.parent.mkdir()
    garbage = damage(db)
    moved = recover_corrupt(url(db))
    assert moved is not None and moved.read_bytes() == garbage and moved.parent == db.parent
    asyncio.run(create_schema(url(db)))
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert {"users", "threads", "steps", "advisor_turns"} <= {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
    assert mode(db) == 0o600 and mode(db.parent) == 0o700
    assert recover_corrupt(url(db)) is None  # a sound database is left alone
    assert recover_corrupt(url(tmp_path / "new" / "history.sqlite3")) is None


def test_damage_found_while_running_is_recovered(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"

    async def go() -> Path | None:
        await create_schema(url(db))
        layer = AdvisorDataLayer(url(db), backoff_s=0.001)
        await layer.save_advisor_state("t1", {"a": 1})
        assert await layer.load_advisor_state("t1") == {"a": 1}
        await layer.engine.dispose()
        for extra in ("-wal", "-shm"):
            db.with_name(db.name + extra).unlink(missing_ok=True)
        damage(db)
        with pytest.raises(HistoryWriteError):  # not saved, and said (the chat tells the user) ...
            await layer.save_advisor_state("t2", {"b": 2})
        assert layer.corrupt
        moved = await layer.recover_if_corrupt()
        await layer.save_advisor_state("t3", {"c": 3})
        assert await layer.load_advisor_state("t3") == {"c": 3} and not layer.corrupt
        await layer.engine.dispose()
        return moved

    moved = asyncio.run(go())
    assert moved is not None and moved.exists() and mode(db) == 0o600


def test_doctor_reports_and_fixes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, advisor, full_index) -> None:
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    data.chmod(0o755)
    monkeypatch.setenv("ADVISOR_DATA_DIR", str(data))
    monkeypatch.setenv("ADVISOR_INDEX_DIR", str(full_index.path))
    for name in ("ADVISOR_AUTH_SECRET", "ADVISOR_USERS"):
        monkeypatch.delenv(name, raising=False)
    db = data / "history.sqlite3"
    damage(db)
    db.chmod(0o644)
    listing = advisor("doctor", "--no-fix", "--json")
    report = listing.json()
    assert listing.code == 1 and report["problems"] >= 2 and report["fixed"] == 0
    assert db.read_bytes().startswith(b"SQLite format 3\x00\x13\x37")  # --no-fix changed nothing
    fixed = advisor("doctor", "--json")
    report = fixed.json()
    areas = {(f["area"], f["status"]) for f in report["findings"]}
    assert ("history", "fixed") in areas and ("file modes", "fixed") in areas
    assert mode(data) == 0o700 and mode(db) == 0o600
    assert list(data.glob("history.sqlite3.corrupt-*"))
    again = advisor("doctor")
    assert again.code == 0 and "0 problem(s) left" in again.out and "Traceback" not in again.err
    monkeypatch.setenv("ADVISOR_AUTH_SECRET", "short")
    monkeypatch.setenv("ADVISOR_USERS", json.dumps({"alice": "pbkdf2_sha256$1$a$b"}))
    bad = advisor("doctor", "--json")
    assert bad.code == 1 and "at least 32" in json.dumps(bad.json())
