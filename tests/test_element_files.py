"""Chainlit's element files: a chart's or card's content is written at once, to the same file Chainlit would
write, with the same record in the session; uploads and large contents still take Chainlit's own path."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path
from typing import Any

import pytest


class Session:
    """The parts of a Chainlit session ``persist_file`` uses."""

    def __init__(self, root: Path) -> None:
        self.files_dir = root / "session-1"
        self.files: dict[str, dict[str, Any]] = {}


def test_small_contents_are_written_in_place_as_chainlit_would(tmp_path: Path) -> None:
    from chainlit.session import BaseSession

    from assistant.web import element_files

    calls: list[dict[str, Any]] = []

    async def original(self: Any, name: str, mime: str, path: str | None = None, content: Any = None) -> Any:
        calls.append({"name": name, "path": path})
        return {"id": "by-chainlit"}

    persist = element_files.in_place(original)
    session = Session(tmp_path)
    figure = {"data": [{"x": [1, 2], "y": [3, 4]}], "layout": {"title": "Cost against volume"}}
    ref = asyncio.run(persist(session, "Cost against volume", "application/json", content=json.dumps(figure)))
    record = session.files[ref["id"]]
    assert calls == []  # no thread hops: written here
    assert record["path"] == session.files_dir / f"{ref['id']}.json"  # Chainlit's name for it
    assert json.loads(record["path"].read_text()) == figure
    assert record["size"] == record["path"].stat().st_size
    assert (record["name"], record["type"]) == ("Cost against volume", "application/json")
    binary = asyncio.run(persist(session, "chart.png", "image/png", content=b"\x89PNG..."))
    assert session.files[binary["id"]]["path"].read_bytes() == b"\x89PNG..."

    # an uploaded file (a path) and a large content are Chainlit's to write
    upload = tmp_path / "notes.md"
    upload.write_text("# notes")
    assert asyncio.run(persist(session, "notes.md", "text/markdown", path=str(upload))) == {"id": "by-chainlit"}
    big = "x" * (element_files.SMALL_BYTES + 1)
    assert asyncio.run(persist(session, "big", "text/plain", content=big)) == {"id": "by-chainlit"}
    assert [c["name"] for c in calls] == ["notes.md", "big"]

    # installed once, whatever the number of calls
    before = BaseSession.persist_file
    try:
        element_files.install()
        installed = BaseSession.persist_file
        element_files.install()
        assert BaseSession.persist_file is installed and getattr(installed, "in_place", False)
    finally:
        BaseSession.persist_file = before  # type: ignore[method-assign]


def test_an_answers_elements_are_readable_from_the_session_after_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through Chainlit itself: a custom element sent in a chat gets a file the page can load by its id."""
    import chainlit as cl
    from chainlit.context import init_http_context
    from chainlit.session import BaseSession

    from assistant.web import element_files

    monkeypatch.setattr(BaseSession, "persist_file", BaseSession.persist_file)  # restored after the test
    element_files.install()

    async def send() -> tuple[Any, dict[str, Any]]:
        context = init_http_context()
        monkeypatch.setattr(type(context.session), "files_dir", property(lambda self: tmp_path / "files"))
        element = cl.CustomElement(name="ProfileCard", props={"facts": [{"field": "volume", "value": "10M/day"}]})
        await element.send(for_id="message-1", persist=False)
        return element, context.session.files

    element, files = asyncio.run(send())
    record = files[element.chainlit_key]
    assert json.loads(record["path"].read_text()) == {"facts": [{"field": "volume", "value": "10M/day"}]}
