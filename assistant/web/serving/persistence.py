"""The conversation's history: the advisor's data layer, each turn's changes saved, and what the users are told
when the database was damaged or a save keeps failing."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import chainlit as cl

from assistant.escape import escape_inline

log = logging.getLogger(__name__)


HISTORY_NOTICE: list[str] = []  # what the users are told about the history database (once per chat)


def history_moved_text(moved: Path) -> str:
    return (
        "Your conversation history could not be read (the database was damaged), so it was moved aside "
        f"as {escape_inline(moved.name)} and a new one was started. Earlier conversations are not listed; "
        "this one is saved as usual."
    )


async def _tell_history_problems() -> None:
    """The start-up notice, and any damage found while running (then the database is replaced)."""
    notices = list(HISTORY_NOTICE)
    layer = _history()
    if layer is not None:
        moved = await layer.recover_if_corrupt()
        if moved is not None:
            HISTORY_NOTICE[:] = [history_moved_text(moved)]
            notices = list(HISTORY_NOTICE)
    told = cl.user_session.get("history_told") or []
    for text in notices:
        if text not in told:
            await cl.Message(content=text).send()
            told.append(text)
    cl.user_session.set("history_told", told)


def _history() -> Any:
    """The advisor's history data layer, or None (history off, or another layer installed)."""
    from chainlit.data import get_data_layer

    from assistant.web.history import AdvisorDataLayer

    layer = get_data_layer()
    return layer if isinstance(layer, AdvisorDataLayer) else None


SAVE_FAILED = (
    "This conversation could not be saved to your history just now (the history database did not "
    "accept it after several tries). Nothing is lost in this chat, and it goes on as usual; I'll save "
    "it again with your next message. If you leave before then, the latest turns may be missing when "
    "you come back."
)


async def _persist(session: Any) -> None:
    """Store what this turn changed. A save that still fails after its retries is said to the user
    (once until a save succeeds again); the session stays in memory and the next save includes it."""
    from assistant.web.history import HistoryWriteError

    thread_id = cl.context.session.thread_id
    layer = _history()
    if layer is None or not thread_id:
        return
    try:
        await layer.save_advisor_state(thread_id, session.to_dict())
    except HistoryWriteError as exc:
        log.warning("could not save the conversation: %s", exc)
        if layer.corrupt:
            await _tell_history_problems()
        if not cl.user_session.get("save_failed_told"):
            await cl.Message(content=SAVE_FAILED).send()
            cl.user_session.set("save_failed_told", True)
        return
    cl.user_session.set("save_failed_told", False)
