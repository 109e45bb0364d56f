"""The conversation's history: the advisor's data layer, each turn's changes saved, and what the users are told
when the database was damaged or a save keeps failing."""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections.abc import Awaitable, Callable
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


# Inside a message's run step (``on_message_saved_after_its_step``): the sessions to save once the step has closed.
_SAVE_AFTER_STEP: contextvars.ContextVar[list[Any] | None] = contextvars.ContextVar("advisor_save_after", default=None)


def on_message_saved_after_its_step(func: Callable[[Any], Awaitable[None]]) -> Callable[[Any], Awaitable[None]]:
    """Chainlit's ``on_message`` (the handler inside the message's "run" step, as ``cl.on_message`` runs it),
    with the turn's advisor state saved after that step has closed instead of inside it. The step's closing
    write then joins the turn's other writes in one transaction (it came after the save, and was committed
    on its own: a second transaction every turn, half a millisecond of the writer's time)."""
    from chainlit.config import config
    from chainlit.utils import wrap_user_function

    async def with_parent_id(message: cl.Message) -> None:
        token = _SAVE_AFTER_STEP.set([])
        try:
            async with cl.Step(name="on_message", type="run", parent_id=message.id) as step:
                step.input = message.content
                await func(message)
        finally:
            pending = _SAVE_AFTER_STEP.get() or []
            _SAVE_AFTER_STEP.reset(token)
        await asyncio.sleep(0)  # the step's closing write (a task Chainlit started) is queued first
        for session in pending:
            await _save(session)

    config.code.on_message = wrap_user_function(with_parent_id)
    return func


async def _persist(session: Any) -> None:
    """Store what this turn changed (inside a message's run step: once the step has closed). A save that still
    fails after its retries is said to the user (once until a save succeeds again); the session stays in
    memory and the next save includes it."""
    pending = _SAVE_AFTER_STEP.get()
    if pending is not None:
        if all(s is not session for s in pending):
            pending.append(session)
        return
    await _save(session)


async def _save(session: Any) -> None:
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
