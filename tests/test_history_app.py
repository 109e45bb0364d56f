"""The chat and its history: a save that fails is told to the user and nothing is lost; resume rebuilds
the session from its turns; importing the app does no work."""

from __future__ import annotations

import asyncio
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from assistant.web import fmt

READY = "HIPAA hospital, about 40M tokens a day, mostly input, business hours, no ML engineers"


@pytest.fixture
def app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, full_index: Any) -> Any:
    import chainlit.data

    from assistant.settings import get_settings
    from knowledge.service import open_index

    monkeypatch.setenv("ADVISOR_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("ADVISOR_INDEX_DIR", str(full_index.path))
    monkeypatch.setenv("ADVISOR_MODEL", "offline")
    monkeypatch.setenv("ADVISOR_HISTORY_WRITE_ATTEMPTS", "3")
    monkeypatch.setenv("ADVISOR_HISTORY_WRITE_BACKOFF_S", "0.001")
    # this test's own history database (Chainlit keeps the first data layer it made)
    monkeypatch.setattr(chainlit.data, "_data_layer", None)
    monkeypatch.setattr(chainlit.data, "_data_layer_initialized", False)
    get_settings.cache_clear()
    open_index.cache_clear()
    from tests.web_app import fresh_app

    module = fresh_app()
    yield module
    get_settings.cache_clear()
    open_index.cache_clear()


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    import chainlit as cl

    out: list[Any] = []

    async def send(self: Any) -> Any:
        out.append(self)
        return self

    monkeypatch.setattr(cl.Message, "send", send)
    return out


def test_a_save_that_keeps_failing_is_told_to_the_user_and_the_next_one_catches_up(app: Any, sent: list[Any]) -> None:
    import chainlit as cl
    from chainlit.context import init_http_context

    broken = {"on": False}

    async def conversation() -> tuple[str, Any]:
        init_http_context()
        layer = app._history()
        assert layer is not None

        @event.listens_for(layer.write_engine, "before_cursor_execute")
        def fail(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
            if broken["on"] and statement.lstrip().startswith("INSERT INTO advisor_turns"):
                raise sqlite3.OperationalError("disk I/O error")

        await app.on_chat_start()
        await app.on_message(cl.Message(content=READY))
        await app.on_message(cl.Message(content="we need frontier quality"))
        broken["on"] = True
        await app.on_message(cl.Message(content="what if volume triples?"))
        said = [m.content for m in sent[-2:]]
        session = cl.user_session.get("advisor_session")
        assert len(session.scenarios) == 1  # the turn itself went through, in memory
        assert any("What if volume triples" in s for s in said)
        notice = next(s for s in said if "could not be saved" in s)
        assert not fmt.looks_internal(notice) and "disk I/O" not in notice and "Traceback" not in notice
        await app.on_message(cl.Message(content="what if volume doubles?"))  # still failing: not said again
        assert sum("could not be saved" in m.content for m in sent) == 1
        broken["on"] = False
        await app.on_message(cl.Message(content="what if we had 2 ML engineers?"))  # saved, with the rest
        assert sum("could not be saved" in m.content for m in sent) == 1
        return cl.context.session.thread_id, session

    thread_id, session = asyncio.run(conversation())

    async def from_disk() -> Any:
        from assistant.web.history import AdvisorDataLayer

        layer = AdvisorDataLayer(app.settings().history_url())
        state = await layer.load_advisor_state(thread_id)
        await layer.close()
        return state

    state = asyncio.run(from_disk())
    assert state is not None
    assert [s["label"] for s in state["scenarios"]] == [s.label for s in session.scenarios]
    assert len(state["scenarios"]) == 3  # the two turns whose saves failed were not lost
    assert state == json.loads(json.dumps(session.to_dict()))


def test_resume_rebuilds_the_session_from_its_stored_turns(app: Any, sent: list[Any]) -> None:
    import chainlit as cl
    from chainlit.context import init_http_context

    async def first() -> tuple[str, Any]:
        init_http_context()
        await app.on_chat_start()
        for text in (READY, "we need frontier quality", "what if volume triples?", "what if volume doubles?"):
            await app.on_message(cl.Message(content=text))
        await app.on_message(cl.Message(content="what if we had 2 ML engineers?"))
        return cl.context.session.thread_id, cl.user_session.get("advisor_session")

    thread_id, live = asyncio.run(first())
    sent.clear()

    async def resumed() -> Any:
        init_http_context()
        thread = {"id": thread_id, "metadata": {}, "steps": [], "elements": []}  # nothing in the metadata
        await app.on_chat_resume(thread)
        await cl.context.emitter.resume_thread(thread)
        return cl.user_session.get("advisor_session")

    session = asyncio.run(resumed())
    assert session is not live
    assert session.profile == live.profile and session.baseline == live.baseline
    assert [s.label for s in session.scenarios] == [s.label for s in live.scenarios]
    assert "Welcome back" in sent[-1].content and "3 scenarios" in sent[-1].content


def test_importing_the_app_reads_no_settings_and_changes_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    script = (
        "import gc, json, os\n"
        "before = os.umask(0o022); os.umask(before)\n"
        "from chainlit.config import config, load_module\n"
        f"load_module({str(Path(__file__).parents[1] / 'assistant' / 'web' / 'app.py')!r})  # as `chainlit run`\n"
        "after = os.umask(0o022); os.umask(after)\n"
        "print(json.dumps({'secret': 'CHAINLIT_AUTH_SECRET' in os.environ, 'umask': before == after,\n"
        "  'login': config.code.password_auth_callback is None and config.code.header_auth_callback is None,\n"
        "  'frozen': gc.get_freeze_count()}))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "CHAINLIT_AUTH_SECRET"}
    # settings that would not even validate: importing must not read them
    env.update(ADVISOR_DATA_DIR=str(data), ADVISOR_AUTH_SECRET="short", ADVISOR_USERS="{}")
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    facts = json.loads(out.stdout.strip().splitlines()[-1])
    assert facts == {"secret": False, "umask": True, "login": True, "frozen": 0}
    assert not data.exists()  # no secret file, no database, no uploads directory


def test_a_messages_turn_is_saved_after_its_step_in_one_transaction(app: Any, sent: list[Any]) -> None:
    """The message handler as Chainlit runs it (inside the message's "run" step): the advisor state is saved
    once the step has closed, so the step's closing write, the answer and the state commit together."""
    import chainlit as cl
    from chainlit.config import config
    from chainlit.context import init_http_context
    from sqlalchemy import select

    from assistant.conversation.store import advisor_turns, steps

    async def conversation() -> tuple[list[int], Any, Any]:
        init_http_context()
        layer = app._history()
        await app.on_chat_start()
        await config.code.on_message(cl.Message(content="hello"))  # the thread's first turn (its row made)
        await layer.flush()
        batches: list[int] = []
        real = layer.writers._transaction

        async def counted(batch: list[Any]) -> None:
            batches.append(len(batch))
            await real(batch)

        layer.writers._transaction = counted
        # (a lazy write waits this long for the rest of its turn: long enough here for a turn whose message is read
        # in a worker process started cold, on a busy machine)
        layer.writers.gather_s = 5.0
        thread_id = cl.context.session.thread_id
        await config.code.on_message(cl.Message(content=READY))  # the registered handler, step and all
        await asyncio.sleep(0.2)  # longer than a write waits for company: nothing else is coming
        await layer.flush()
        async with layer.engine.connect() as conn:
            rows = (await conn.execute(select(steps.c.data).where(steps.c.threadId == thread_id))).all()
            turns = (await conn.execute(select(advisor_turns.c.seq).where(advisor_turns.c.threadId == thread_id))).all()
        return batches, [r.data for r in rows], turns

    batches, stored, turns = asyncio.run(conversation())
    run = [s for s in stored if s.get("type") == "run" and s.get("name") == "on_message"]
    assert len(run) == 2 and all(r.get("end") for r in run)  # the step's closing write is stored
    assert [t.seq for t in turns] == [1, 2]  # and the turn's state
    assert len(batches) == 1 and batches[0] >= 3, batches  # ... together: one transaction for the turn
    assert any("Recommendation" in m.content or "?" in m.content for m in sent)
