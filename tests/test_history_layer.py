"""The history data layer: Chainlit's public interface over our own tables, per-thread write queues with
bounded retries (nothing dropped), per-user isolation, and the advisor state stored per turn."""

from __future__ import annotations

import asyncio
import json
import random
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from assistant.conversation.store import apply_delta, state_delta
from assistant.web.history import AdvisorDataLayer, HistoryWriteError, create_schema


def run(coro: Any) -> Any:
    from chainlit.context import init_http_context

    async def inside() -> Any:
        init_http_context()  # an HTTP context: steps are written at once, not queued for a first message
        return await coro

    return asyncio.run(inside())


def url_of(path: Path) -> str:
    return f"sqlite+aiosqlite:///{path / 'history.sqlite3'}"


@pytest.fixture
def url(tmp_path: Path) -> str:
    asyncio.run(create_schema(url_of(tmp_path)))
    return url_of(tmp_path)


def fresh(url: str, **kw: Any) -> AdvisorDataLayer:
    return AdvisorDataLayer(url, backoff_s=kw.pop("backoff_s", 0.001), **kw)


class Faults:
    """Makes statements that start with a prefix fail (the first ``times`` of them, or all), or stall."""

    def __init__(self, layer: AdvisorDataLayer, prefix: str, times: int = 10**9, stall_s: float = 0.0) -> None:
        self.prefix, self.times, self.stall_s, self.failed, self.on = prefix, times, stall_s, 0, True

        @event.listens_for(layer.write_engine, "before_cursor_execute")
        def fault(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            if not self.on or not " ".join(statement.split()).startswith(self.prefix):
                return
            if self.stall_s:
                time.sleep(self.stall_s)  # in the database driver's thread: the event loop goes on
                return
            if self.failed < self.times:
                self.failed += 1
                raise sqlite3.OperationalError("database is locked")


def step(thread: str, n: int, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"{thread}-s{n}",
        "threadId": thread,
        "type": "assistant_message",
        "name": f"step {n}",
        "output": f"answer {n}",
        "createdAt": f"2026-01-01T00:00:{n:02d}.000Z",
        **extra,
    }


# ------------------------------------------------------------------------------------ writes, retries


def test_a_write_that_fails_a_few_times_then_succeeds_lands(url: str) -> None:
    async def flow() -> tuple[int, dict[str, Any] | None]:
        layer = fresh(url, attempts=4)
        faults = Faults(layer, "INSERT INTO advisor_turns", times=3)
        await layer.save_advisor_state("t1", {"profile": {"volume": 1}, "turns": ["first"]})
        await layer.close()
        again = fresh(url)  # another process: what is on disk
        state = await again.load_advisor_state("t1")
        await again.close()
        return faults.failed, state

    failed, state = run(flow())
    assert failed == 3
    assert state == {"profile": {"volume": 1}, "turns": ["first"]}


def test_a_write_that_always_fails_is_an_error_and_its_changes_come_with_the_next_save(url: str) -> None:
    async def flow() -> dict[str, Any] | None:
        layer = fresh(url, attempts=3)
        await layer.save_advisor_state("t1", {"turns": ["one"], "baseline": None})
        faults = Faults(layer, "INSERT INTO advisor_turns")
        with pytest.raises(HistoryWriteError):
            await layer.save_advisor_state("t1", {"turns": ["one", "two"], "baseline": {"usd": 10}})
        assert faults.failed == 3  # bounded: three tries, then the error
        assert layer.failure("t1") is not None
        faults.on = False
        await layer.save_advisor_state("t1", {"turns": ["one", "two", "three"], "baseline": {"usd": 12}})
        assert layer.failure("t1") is None
        await layer.close()
        again = fresh(url)
        state = await again.load_advisor_state("t1")
        await again.close()
        return state

    assert run(flow()) == {"turns": ["one", "two", "three"], "baseline": {"usd": 12}}


def test_a_step_that_cannot_be_written_stays_queued_and_the_thread_is_known_only_once_committed(url: str) -> None:
    async def flow() -> Any:
        layer = fresh(url, attempts=2)
        faults = Faults(layer, "INSERT INTO threads")
        await layer.create_step(step("t1", 0))
        await layer.flush("t1")
        assert "t1" not in layer._known and layer.failure("t1") is not None
        assert await layer.get_thread("t1") is None
        faults.on = False
        await layer.create_step(step("t1", 1))
        await layer.flush("t1")
        assert "t1" in layer._known
        thread = await layer.get_thread("t1")
        await layer.close()
        return thread

    thread = run(flow())
    assert [s["name"] for s in thread["steps"]] == ["step 0", "step 1"]  # the failed one was not dropped


def test_a_threads_writes_land_in_order_and_in_one_transaction(url: str) -> None:
    async def flow() -> Any:
        layer = fresh(url)
        await layer.create_step(step("t1", 0))
        await layer.flush("t1")
        commits: list[int] = []
        event.listen(layer.write_engine, "commit", lambda conn: commits.append(1))
        for n in range(1, 10):
            await layer.create_step(step("t1", n))
        await layer.update_step({**step("t1", 3), "output": "edited"})
        await layer.update_thread("t1", name="Budget question", metadata={"k": "v"})
        thread = await layer.get_thread("t1")  # waits for this thread's queue only
        await layer.close()
        return thread, commits

    thread, commits = run(flow())
    assert len(commits) == 1  # ten writes, one transaction
    assert [s["name"] for s in thread["steps"]] == [f"step {n}" for n in range(10)]
    assert thread["steps"][3]["output"] == "edited"
    assert thread["name"] == "Budget question" and thread["metadata"] == {"k": "v"}


def test_one_slow_thread_holds_up_neither_another_threads_reads_nor_its_writes(url: str) -> None:
    async def flow() -> tuple[float, float, bool]:
        layer = fresh(url, attempts=4, backoff_s=0.4)  # a: fails, then waits 0.4 s, 1.6 s ... between tries
        await layer.save_advisor_state("b", {"turns": ["b1"]})
        faults = Faults(layer, "INSERT INTO advisor_turns", times=2)
        slow = asyncio.create_task(layer.save_advisor_state("a", {"turns": ["a1"]}))
        await asyncio.sleep(0.05)
        assert faults.failed >= 1 and not slow.done()
        start = time.perf_counter()
        assert await layer.load_advisor_state("b") == {"turns": ["b1"]}
        read_s = time.perf_counter() - start
        faults.on = False
        start = time.perf_counter()
        await layer.save_advisor_state("b", {"turns": ["b1", "b2"]})
        write_s = time.perf_counter() - start
        pending = not slow.done()
        await slow
        await layer.close()
        return read_s, write_s, pending

    read_s, write_s, a_still_pending = run(flow())
    assert a_still_pending  # a was still retrying ...
    assert read_s < 0.3 and write_s < 0.3  # ... while b read and wrote


def test_a_read_does_not_wait_for_another_threads_write_in_progress(url: str) -> None:
    async def flow() -> tuple[float, Any]:
        layer = fresh(url)
        await layer.create_step(step("b", 0))
        await layer.flush()
        Faults(layer, "INSERT INTO steps", stall_s=1.0)  # a's transaction takes a second
        await layer.create_step(step("a", 0))
        await asyncio.sleep(0.1)
        start = time.perf_counter()
        thread = await layer.get_thread("b")
        took = time.perf_counter() - start
        await layer.close()
        return took, thread

    took, thread = run(flow())
    assert thread is not None and [s["name"] for s in thread["steps"]] == ["step 0"]
    assert took < 0.5


# ------------------------------------------------------------------------------------- users, threads


def test_a_user_never_lists_or_takes_over_another_users_thread(url: str) -> None:
    from chainlit.types import Pagination, ThreadFilter
    from chainlit.user import User

    async def flow() -> None:
        layer = fresh(url)
        alice = await layer.create_user(User(identifier="alice", metadata={}))
        bob = await layer.create_user(User(identifier="bob", metadata={}))
        assert alice is not None and bob is not None and alice.id != bob.id
        await layer.update_thread("ta", name="alice's costs", user_id=alice.id)
        await layer.update_thread("tb", name="bob's costs", user_id=bob.id)
        await layer.create_step(step("tb", 0))
        # alice's session names bob's thread: the owner does not change
        await layer.update_thread("tb", name="taken", user_id=alice.id)

        listed = await layer.list_threads(Pagination(first=20), ThreadFilter(userId=alice.id))
        assert [t["id"] for t in listed.data] == ["ta"]
        listed = await layer.list_threads(Pagination(first=20), ThreadFilter(userId=bob.id))
        assert [t["id"] for t in listed.data] == ["tb"]
        nobody = await layer.list_threads(Pagination(first=20), ThreadFilter())
        assert nobody.data == []
        assert await layer.get_thread_author("tb") == "bob"  # Chainlit refuses alice on this
        assert await layer.get_thread_author("ta") == "alice"
        assert await layer.get_thread_author("nope") == ""
        searched = await layer.list_threads(Pagination(first=20), ThreadFilter(userId=bob.id, search="COSTS"))
        assert [t["id"] for t in searched.data] == []  # bob's thread was renamed "taken" (a name may change)
        await layer.close()

    run(flow())


def test_threads_page_newest_first(url: str) -> None:
    from chainlit.types import Pagination, ThreadFilter
    from chainlit.user import User

    async def flow() -> list[list[str]]:
        layer = fresh(url)
        user = await layer.create_user(User(identifier="carol", metadata={}))
        assert user is not None
        for n in range(5):
            await layer.update_thread(f"t{n}", name=f"thread {n}", user_id=user.id)
            await asyncio.sleep(0.002)
        pages, cursor = [], None
        while True:
            page = await layer.list_threads(Pagination(first=2, cursor=cursor), ThreadFilter(userId=user.id))
            pages.append([t["id"] for t in page.data])
            if not page.pageInfo.hasNextPage:
                break
            cursor = page.pageInfo.endCursor
        await layer.close()
        return pages

    assert run(flow()) == [["t4", "t3"], ["t2", "t1"], ["t0"]]


def test_a_deleted_thread_is_gone_with_its_steps_state_and_feedback(url: str) -> None:
    from chainlit.types import Feedback

    async def flow() -> None:
        layer = fresh(url)
        await layer.create_step(step("t1", 0))
        await layer.save_advisor_state("t1", {"turns": [1]})
        fid = await layer.upsert_feedback(Feedback(forId="t1-s0", value=1, comment="useful"))
        thread = await layer.get_thread("t1")
        assert thread is not None and thread["steps"][0]["feedback"]["value"] == 1
        assert await layer.delete_feedback(fid)
        assert "feedback" not in (await layer.get_thread("t1"))["steps"][0]
        await layer.delete_thread("t1")
        assert await layer.get_thread("t1") is None and await layer.load_advisor_state("t1") is None
        await layer.create_step(step("t1", 1))  # a step after the delete starts the thread again
        thread = await layer.get_thread("t1")
        assert thread is not None and [s["name"] for s in thread["steps"]] == ["step 1"]
        await layer.close()

    run(flow())


def test_a_new_chainlit_field_and_nested_values_round_trip(url: str) -> None:
    async def flow() -> Any:
        layer = fresh(url)
        await layer.create_step(step("t1", 0, metadata={"tool": "what_if", "n": 2}, tags=["a"], someNewField=[1]))
        thread = await layer.get_thread("t1")
        await layer.close()
        return thread

    s = run(flow())["steps"][0]
    assert s["metadata"] == {"tool": "what_if", "n": 2} and s["tags"] == ["a"] and s["someNewField"] == [1]


def test_an_older_database_is_kept_aside_and_its_saved_state_is_the_starting_point(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    with sqlite3.connect(db) as conn:  # the layout of earlier versions
        conn.execute('CREATE TABLE steps ("id" TEXT PRIMARY KEY, "threadId" TEXT, "name" TEXT)')
        conn.execute("INSERT INTO steps VALUES ('s1', 't1', 'old step')")
        conn.execute('CREATE TABLE advisor_state ("threadId" TEXT PRIMARY KEY, "state" TEXT, "updatedAt" TEXT)')
        conn.execute("INSERT INTO advisor_state VALUES ('t1', ?, '')", (json.dumps({"turns": ["old"], "n": 1}),))

    async def flow() -> tuple[Any, Any]:
        await create_schema(url_of(tmp_path))
        layer = fresh(url_of(tmp_path))
        before = await layer.load_advisor_state("t1")
        await layer.save_advisor_state("t1", {"turns": ["old", "new"], "n": 2})
        await layer.close()
        again = fresh(url_of(tmp_path))
        after = await again.load_advisor_state("t1")
        await again.close()
        return before, after

    before, after = run(flow())
    assert before == {"turns": ["old"], "n": 1} and after == {"turns": ["old", "new"], "n": 2}
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT name FROM steps_v1").fetchall() == [("old step",)]  # kept as it was
    thread = run(fresh(url_of(tmp_path)).get_thread("t1"))
    assert thread is not None and [s["name"] for s in thread["steps"]] == ["old step"]  # and still shown


# -------------------------------------------------------------------------------------- state per turn


def random_json(rng: random.Random, depth: int = 0) -> Any:
    kind = rng.randrange(6 if depth < 3 else 3)
    if kind == 0:
        return rng.randint(-5, 5)
    if kind == 1:
        return rng.choice(["a", "b", "", None, True, 1.5])
    if kind == 2:
        return rng.random()
    if kind == 3:
        return [random_json(rng, depth + 1) for _ in range(rng.randrange(5))]
    return {rng.choice("abcdef"): random_json(rng, depth + 1) for _ in range(rng.randrange(5))}


def mutate(rng: random.Random, value: Any) -> Any:
    if isinstance(value, dict) and value and rng.random() < 0.7:
        out = dict(value)
        key = rng.choice(list(out))
        roll = rng.random()
        if roll < 0.2:
            del out[key]
        elif roll < 0.4:
            out[key + "x"] = random_json(rng)
        else:
            out[key] = mutate(rng, out[key])
        return out
    if isinstance(value, list) and value and rng.random() < 0.7:
        out = list(value)
        roll = rng.random()
        if roll < 0.3:
            return [*out, random_json(rng)]
        if roll < 0.5:
            return out[: rng.randrange(len(out))]
        i = rng.randrange(len(out))
        out[i] = mutate(rng, out[i])
        return out
    return random_json(rng)


def test_a_state_change_applied_gives_the_new_state_for_random_states() -> None:
    rng = random.Random(14)
    for _ in range(3000):
        old = random_json(rng)
        new = mutate(rng, old)
        old_copy = json.loads(json.dumps(old))
        d = state_delta(old, new)
        if d is None:
            assert old == new
            continue
        assert apply_delta(old, json.loads(json.dumps(d))) == new
        assert old == old_copy  # the base is not changed in place


TURNS = [
    "HIPAA hospital, about 40M tokens a day, mostly input, business hours, no ML engineers",
    "we need frontier quality",
    "what if volume triples?",
    "what if we had 2 ML engineers?",
    "what if volume doubles?",
]


def test_resume_after_five_turns_rebuilds_the_same_session_and_each_turn_stores_about_its_own_size(
    url: str, catalog: Any
) -> None:
    from assistant.agent.loop import Advisor
    from assistant.agent.offline import OfflineAdvisorModel
    from assistant.conversation.session import AdvisorSession

    session = AdvisorSession(catalog)
    advisor = Advisor(OfflineAdvisorModel(), None)

    async def flow() -> tuple[list[tuple[int, int, int]], dict[str, Any] | None]:
        layer = fresh(url)
        sizes = []
        previous = 0
        for text in TURNS:
            await advisor.turn(session, text)
            whole = len(json.dumps(session.to_dict(), separators=(",", ":")))
            stored = await layer.save_advisor_state("t1", session.to_dict())
            sizes.append((whole, whole - previous, stored))
            previous = whole
        assert await layer.save_advisor_state("t1", session.to_dict()) == 0  # nothing changed, nothing stored
        assert await layer.turns.sizes("t1") == [s for _, _, s in sizes]
        await layer.close()
        again = fresh(url)  # a restarted server
        state = await again.load_advisor_state("t1")
        await again.close()
        return sizes, state

    sizes, state = run(flow())
    assert state is not None
    restored = AdvisorSession.from_dict(state, catalog)
    assert restored.profile == session.profile
    assert session.baseline is not None and restored.baseline == session.baseline
    assert [s.label for s in restored.scenarios] == [s.label for s in session.scenarios]
    assert restored.to_dict() == json.loads(json.dumps(session.to_dict()))
    for whole, growth, stored in sizes[2:]:  # the what-ifs: each adds a turn and a scenario
        assert stored < 0.6 * whole  # not the whole state ...
        assert stored < 1.2 * growth + 2_000  # ... about what the turn added
    assert sum(s for _, _, s in sizes) < 1.2 * sizes[-1][0]  # all turns together: about one final state


# ------------------------------------------------------------------------------------ a turn's writes together


def test_a_turns_steps_and_its_state_share_one_transaction(url: str) -> None:
    """Chat steps nobody awaits wait a moment for the rest of their turn: the steps sent while the turn is
    worked out and the state saved at its end are committed together, in order."""

    async def flow() -> Any:
        layer = fresh(url)
        await layer.create_step(step("t1", 0))
        await layer.flush("t1")
        commits: list[int] = []
        event.listen(layer.write_engine, "commit", lambda conn: commits.append(1))
        for n in range(1, 4):
            await layer.create_step(step("t1", n))
            await asyncio.sleep(0.005)  # the turn goes on working between its steps
        await layer.save_advisor_state("t1", {"turns": ["one"]})
        saved = len(commits)
        thread = await layer.get_thread("t1")
        await layer.close()
        return saved, thread

    saved, thread = run(flow())
    assert saved == 1
    assert [s["name"] for s in thread["steps"]] == [f"step {n}" for n in range(4)]


def test_a_step_alone_is_saved_soon_and_a_flush_or_an_awaited_write_does_not_wait(url: str) -> None:
    async def flow() -> tuple[list[str], list[str]]:
        layer = fresh(url)
        await layer.create_step(step("t1", 0))
        await asyncio.sleep(0.5)  # nothing else comes: the step is committed on its own
        other = fresh(url)  # another process: what is on disk
        alone = [s["name"] for s in (await other.get_thread("t1") or {"steps": []})["steps"]]
        await other.close()
        layer.writers.gather_s = 30.0  # a long wait for company ...
        await layer.create_step(step("t1", 1))
        await asyncio.wait_for(layer.flush("t1"), 5)  # ... which a flush ends at once
        await layer.create_step(step("t1", 2))
        await asyncio.wait_for(layer.save_advisor_state("t1", {"turns": ["one"]}), 5)  # as does an awaited write
        thread = await layer.get_thread("t1")
        await layer.close()
        return alone, [s["name"] for s in thread["steps"]]

    alone, names = run(flow())
    assert alone == ["step 0"]
    assert names == ["step 0", "step 1", "step 2"]


def test_a_new_threads_first_save_reads_nothing_back_and_an_existing_ones_continues(url: str) -> None:
    async def flow() -> tuple[list[str], dict[str, Any] | None, dict[str, Any] | None]:
        layer = fresh(url)
        reads: list[str] = []
        event.listen(
            layer.engine.sync_engine, "before_cursor_execute", lambda conn, cur, statement, *a: reads.append(statement)
        )
        await layer.update_thread("new", name="A new chat")
        await layer.save_advisor_state("new", {"turns": ["one"], "baseline": None})
        turn_reads = [r for r in reads if r.lstrip().upper().startswith("SELECT") and "advisor_" in r]
        await layer.save_advisor_state("old", {"turns": ["a"], "baseline": {"usd": 1}})
        await layer.close()
        again = fresh(url)  # another process: "old" exists, its turns must be read before appending
        await again.update_thread("old", name="An old chat")
        await again.save_advisor_state("old", {"turns": ["a", "b"], "baseline": {"usd": 2}})
        await again.close()
        last = fresh(url)
        old, new = await last.load_advisor_state("old"), await last.load_advisor_state("new")
        await last.close()
        return turn_reads, old, new

    turn_reads, old, new = run(flow())
    assert turn_reads == []
    assert new == {"turns": ["one"], "baseline": None}
    assert old == {"turns": ["a", "b"], "baseline": {"usd": 2}}
