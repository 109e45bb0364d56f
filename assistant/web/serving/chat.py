"""One chat: its advisor session started (or resumed from saved state), a message answered as a turn and stored,
and the links to its report."""

from __future__ import annotations

from typing import Any

import chainlit as cl

from assistant.web.serving.incidents import incident, incident_text
from assistant.web.serving.persistence import _persist
from assistant.web.serving.runtime import _ready, downloads
from assistant.web.serving.wiring import settings


async def _start(state: dict[str, Any] | None = None) -> Any:
    from assistant.conversation.session import AdvisorSession
    from assistant.root import new_session
    from assistant.web.settings_panel import settings_widgets

    rt = await _ready()
    session = AdvisorSession.from_dict(state, rt.catalog) if state else new_session(settings(), rt.catalog)
    cl.user_session.set("advisor_session", session)
    cl.user_session.set("use_offline", False)
    await cl.ChatSettings(settings_widgets(session.options, settings().model)).send()
    return session


async def _session() -> Any:
    """This chat's advisor session; a message that beats chat start waits for it instead of failing."""
    session = cl.user_session.get("advisor_session")
    if session is None:
        session = await _start()
    return session


async def answer(text: str) -> None:
    from assistant.web import render as ui

    rt = await _ready()
    session = await _session()
    advisor = rt.offline if cl.user_session.get("use_offline") else rt.advisor
    # A model's reply streams into a draft as it comes; the offline policy answers at once, no draft.
    draft = ui.DraftReply() if advisor is not rt.offline else None
    try:
        record = await advisor.turn(session, text, stream=draft)
    except Exception as exc:  # the session goes on whatever happens
        code = incident("turn", exc)
        await cl.Message(content=incident_text(code)).send()
        return
    finally:
        if draft is not None:
            await draft.discard()  # the finished answer below takes its place
    await ui.render_turn(record, session)
    await _persist(session)


async def _report_links() -> dict[str, str]:
    """Links to this conversation's report as it stands, for the signed-in user only."""
    user = cl.user_session.get("user")
    links: dict[str, str] = downloads().offer(
        getattr(user, "identifier", None) or "", await _session(), settings().model
    )
    return links
