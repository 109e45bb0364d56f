"""The history data layer on SQLite: write-ahead log, one thread lookup per thread, errors contained."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event


def run(coro: Any) -> Any:
    from chainlit.context import init_http_context

    async def inside() -> Any:
        init_http_context()  # an HTTP context: steps are written at once, not queued for a first message
        return await coro

    return asyncio.run(inside())


@pytest.fixture
def layer(tmp_path: Path) -> Any:
    from assistant.web.history import AdvisorDataLayer, create_schema

    url = f"sqlite+aiosqlite:///{tmp_path / 'history.sqlite3'}"
    asyncio.run(create_schema(url))
    layer = AdvisorDataLayer(url)
    layer.statements = []

    @event.listens_for(layer.engine.sync_engine, "before_cursor_execute")
    def count(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        layer.statements.append(" ".join(statement.split()))

    yield layer
    asyncio.run(layer.engine.dispose())


def step(thread: str, n: int) -> dict[str, Any]:
    return {"id": f"s{n}", "threadId": thread, "type": "tool", "name": f"step {n}", "output": "done"}


def test_sqlite_runs_in_write_ahead_log_mode(layer: Any) -> None:
    rows = run(layer.execute_sql("PRAGMA journal_mode", {}))
    assert rows == [{"journal_mode": "wal"}]
    assert run(layer.execute_sql("PRAGMA synchronous", {})) == [{"synchronous": 1}]  # NORMAL


def test_the_thread_is_looked_up_once_not_before_every_step(layer: Any) -> None:
    async def steps() -> None:
        for n in range(4):
            await layer.create_step(step("t1", n))
        await layer.flush()

    run(steps())
    lookups = [s for s in layer.statements if s.startswith('SELECT "metadata" FROM threads')]
    inserts = [s for s in layer.statements if s.startswith("INSERT INTO steps")]
    assert len(lookups) == 1 and len(inserts) == 4
    thread = run(layer.get_thread("t1"))
    assert thread is not None and [s["name"] for s in thread["steps"]] == [f"step {n}" for n in range(4)]


def test_thread_updates_still_write_and_a_deleted_thread_is_forgotten(layer: Any) -> None:
    async def flow() -> None:
        await layer.create_step(step("t2", 0))
        await layer.update_thread("t2", name="Budget question", metadata={"k": "v"})
        assert (await layer.get_thread("t2"))["name"] == "Budget question"
        await layer.delete_thread("t2")
        assert await layer.get_thread("t2") is None
        await layer.create_step(step("t2", 1))  # a step after the delete re-creates the thread
        await layer.flush()

    run(flow())
    thread = run(layer.get_thread("t2"))
    assert thread is not None and [s["name"] for s in thread["steps"]] == ["step 1"]


def test_a_failing_statement_is_logged_and_gives_none(layer: Any, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="assistant.web.history"):
        assert run(layer.execute_sql("SELECT * FROM no_such_table", {})) is None
    assert "no such table" in caplog.text
    assert run(layer.execute_sql('SELECT COUNT(*) AS n FROM steps WHERE "threadId" = :t', {"t": "x"})) == [{"n": 0}]


def test_lists_and_dicts_round_trip_as_json_on_sqlite(layer: Any) -> None:
    async def flow() -> Any:
        await layer.create_step({**step("t3", 0), "metadata": {"tool": "what_if", "n": 2}, "tags": ["a", "b"]})
        return await layer.get_thread("t3")

    thread = run(flow())
    assert thread["steps"][0]["metadata"] == {"tool": "what_if", "n": 2}


def test_steps_sent_together_are_committed_in_one_transaction(layer: Any) -> None:
    commits: list[int] = []

    async def burst() -> Any:
        await layer.create_step(step("t4", 0))  # the user's message: the thread now exists
        await layer.flush()
        event.listen(layer.engine.sync_engine, "commit", lambda conn: commits.append(1))
        await asyncio.gather(*(layer.create_step(step("t4", n)) for n in range(1, 10)))
        await layer.flush()
        assert len(commits) == 1  # nine steps, one transaction
        await asyncio.gather(*(layer.create_step(step("t4", n)) for n in range(10, 12)))
        return await layer.get_thread("t4")  # a read waits for the queued writes

    thread = run(burst())
    assert sorted(s["name"] for s in thread["steps"]) == sorted(f"step {n}" for n in range(12))


def test_a_bad_row_in_a_batch_costs_only_itself(layer: Any, caplog: pytest.LogCaptureFixture) -> None:
    async def burst() -> Any:
        good = [layer.create_step(step("t5", n)) for n in range(3)]
        bad = layer.create_step({**step("t5", 9), "no_such_column": "x"})
        await asyncio.gather(good[0], bad, *good[1:])
        await layer.flush()
        return await layer.get_thread("t5")

    with caplog.at_level(logging.WARNING, logger="assistant.web.history"):
        thread = run(burst())
    assert sorted(s["name"] for s in thread["steps"]) == ["step 0", "step 1", "step 2"]
    assert "no_such_column" in caplog.text


def test_a_users_identifier_is_looked_up_once(layer: Any) -> None:
    from chainlit.user import User

    async def flow() -> Any:
        user = await layer.create_user(User(identifier="alice", metadata={}))
        for n in range(3):
            await layer.update_thread(f"t{n}", name=f"thread {n}", user_id=user.id)
        return await layer.get_thread("t2")

    thread = run(flow())
    assert thread["userIdentifier"] == "alice" and thread["name"] == "thread 2"
    lookups = [s for s in layer.statements if s.startswith("SELECT identifier FROM users WHERE id")]
    assert len(lookups) == 1
