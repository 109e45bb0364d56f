"""Report downloads: built on first download, once, from the conversation as it was; the asker's only."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from assistant.conversation.session import AdvisorSession
from assistant.decision.inputs import AnalysisOptions
from assistant.web import downloads, export
from tools.catalog import load_catalog


@pytest.fixture(scope="module")
def session() -> AdvisorSession:
    from assistant.agent.loop import Advisor
    from assistant.agent.offline import OfflineAdvisorModel

    s = AdvisorSession(load_catalog(), AnalysisOptions())
    advisor = Advisor(OfflineAdvisorModel(), None)

    async def talk() -> None:
        for text in ("about 20M tokens a day, 80% input", "steady, no compliance, 2 ML engineers, open source is fine"):
            await advisor.turn(s, text)

    asyncio.run(talk())
    assert s.baseline is not None
    return s


def test_asking_for_the_report_builds_nothing_and_each_file_is_built_once_on_download(session) -> None:
    calls: list[str] = []

    def builder(s: AdvisorSession, model: str, name: str) -> bytes:
        calls.append(name)
        return downloads.build(s, model, name)

    store = downloads.Downloads(builder=builder)
    links = store.offer("ana", session, "offline")
    assert set(links) == {export.PDF_NAME, export.HTML_NAME, export.MD_NAME, export.JSON_NAME}
    assert calls == []  # asking costs nothing
    token = links[export.PDF_NAME].split("/")[-2]
    assert all(url == f"{downloads.ROUTE}/{token}/{name}" for name, url in links.items())

    async def twice() -> list[Any]:
        return await asyncio.gather(*(store.fetch("ana", token, export.PDF_NAME) for _ in range(3)))

    results = asyncio.run(twice())
    assert calls == [export.PDF_NAME]  # three clicks, one build
    assert all(r is not None and r[0].startswith(b"%PDF") and r[1] == "application/pdf" for r in results)


def test_a_link_belongs_to_the_user_who_asked_and_unknown_files_are_not_found(session) -> None:
    store = downloads.Downloads()
    token = store.offer("ana", session, "offline")[export.MD_NAME].split("/")[-2]
    assert asyncio.run(store.fetch("bob", token, export.MD_NAME)) is None
    assert asyncio.run(store.fetch("ana", token, "../../etc/passwd")) is None
    assert asyncio.run(store.fetch("ana", "not-a-token", export.MD_NAME)) is None
    found = asyncio.run(store.fetch("ana", token, export.MD_NAME))
    assert found is not None and found[0].startswith(b"# Inference Advisor summary")


def test_the_report_is_the_conversation_as_it_was_when_asked(session) -> None:
    store = downloads.Downloads()
    token = store.offer("ana", session, "offline")[export.MD_NAME].split("/")[-2]
    later = downloads.snapshot(session)  # the user goes on talking after asking for the report
    later.turns.append(later.turns[-1].model_copy(update={"user": "a message typed after the export"}))
    session.turns, kept = later.turns, session.turns
    try:
        found = asyncio.run(store.fetch("ana", token, export.MD_NAME))
    finally:
        session.turns = kept
    assert found is not None and b"a message typed after the export" not in found[0]


def test_old_offers_are_forgotten_first(session) -> None:
    store = downloads.Downloads(limit=2)
    first, _second, third = (store.offer("ana", session, "offline")[export.JSON_NAME] for _ in range(3))
    assert asyncio.run(store.fetch("ana", first.split("/")[-2], export.JSON_NAME)) is None
    assert asyncio.run(store.fetch("ana", third.split("/")[-2], export.JSON_NAME)) is not None


def test_the_route_serves_the_signed_in_owner_as_an_attachment_and_others_get_a_plain_answer(session) -> None:
    from chainlit.auth import get_current_user
    from chainlit.user import User
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    app = FastAPI()

    @app.get("/{full_path:path}")  # a catch-all like Chainlit's single-page app route
    async def spa(full_path: str) -> str:
        return "spa"

    store = downloads.Downloads()
    downloads.install(app, store)
    who = {"user": User(identifier="ana")}
    app.dependency_overrides[get_current_user] = lambda: who["user"]
    client = TestClient(app)
    url = store.offer("ana", session, "offline")[export.HTML_NAME]

    ok = client.get(url)
    assert ok.status_code == 200 and ok.headers["content-type"].startswith("text/html")
    assert ok.headers["content-disposition"] == f'attachment; filename="{export.HTML_NAME}"'
    assert b"<html" in ok.content.lower()

    who["user"] = User(identifier="bob")
    other = client.get(url)
    assert other.status_code == 404 and "ask for the report again" in other.text and "Traceback" not in other.text
    assert client.get("/anything/else").json() == "spa"  # the app's own pages are untouched
