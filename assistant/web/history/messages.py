"""A thread's messages on Chainlit's data-layer interface: steps (queued in the thread's writer, none before the
user's first message in a live chat), their feedback, and elements (not stored: see ``layer``)."""

from __future__ import annotations

import contextlib
import time
import uuid
from typing import TYPE_CHECKING, Any

from chainlit.data.utils import queue_until_user_message
from chainlit.types import Feedback
from sqlalchemy import delete, select
from sqlalchemy.engine import Connection

from assistant.conversation.store import HistoryWriteError, elements, feedbacks, now_iso, steps, threads, upsert
from assistant.web.history.core import LayerCore, _json_safe

if TYPE_CHECKING:
    from chainlit.element import Element, ElementDict
    from chainlit.step import StepDict


def _until_user_message(func: Any) -> Any:
    """Chainlit's rule for step and element writes: in a live chat, none before the user's first message."""
    return queue_until_user_message()(func)  # type: ignore[no-untyped-call]


def _thread_of_context() -> str | None:
    from chainlit.context import context

    with contextlib.suppress(Exception):
        return str(context.session.thread_id)
    return None


class Messages(LayerCore):
    """Chainlit's step, feedback and element methods over the advisor's tables."""

    async def _put_step(self, step_dict: StepDict) -> None:
        thread_id = step_dict.get("threadId")
        if not thread_id or not step_dict.get("id"):
            return
        data = _json_safe(dict(step_dict))
        data.pop("feedback", None)  # kept in its own table
        created = data.get("createdAt") or now_iso()
        values = {
            "id": data["id"],
            "threadId": thread_id,
            "createdAt": created,
            "written": time.time_ns(),
            "data": data,
        }

        def work(conn: Connection) -> None:
            self._ensure_thread(conn, thread_id, created)
            conn.execute(upsert(steps, self.engine.dialect.name, ["id"], ["data"]), values)

        await self.ready()
        # Not awaited: Chainlit sends a step and goes on; the thread's queue keeps it until it is saved.
        self.writers.submit(thread_id, work, after=lambda: self._known_now(thread_id), lazy=True)

    @_until_user_message
    async def create_step(self, step_dict: StepDict) -> None:
        await self._put_step(step_dict)

    @_until_user_message
    async def update_step(self, step_dict: StepDict) -> None:
        await self._put_step(step_dict)

    @_until_user_message
    async def delete_step(self, step_id: str) -> None:
        thread_id = _thread_of_context()
        if thread_id is None:
            rows = await self._read(select(steps.c.threadId).where(steps.c.id == step_id))
            if not rows:
                return
            thread_id = str(rows[0].threadId)

        def work(conn: Connection) -> None:
            conn.execute(delete(feedbacks).where(feedbacks.c.forId == step_id))
            conn.execute(delete(elements).where(elements.c.forId == step_id))
            conn.execute(delete(steps).where(steps.c.id == step_id))

        await self._write(thread_id, work)

    async def get_favorite_steps(self, user_id: str) -> list[StepDict]:
        rows = await self._read(
            select(steps.c.data).join(threads, threads.c.id == steps.c.threadId).where(threads.c.userId == user_id)
        )
        return [r.data for r in rows if (r.data.get("metadata") or {}).get("favorite")]

    async def upsert_feedback(self, feedback: Feedback) -> str:
        feedback_id = feedback.id or str(uuid.uuid4())
        thread_id = feedback.threadId
        if thread_id is None:
            rows = await self._read(select(steps.c.threadId).where(steps.c.id == feedback.forId))
            thread_id = str(rows[0].threadId) if rows else _thread_of_context()
        if thread_id is None:
            raise HistoryWriteError("the message this feedback is for is not stored")
        values = {
            "id": feedback_id,
            "forId": feedback.forId,
            "threadId": thread_id,
            "value": int(feedback.value),
            "comment": feedback.comment,
        }

        def work(conn: Connection) -> None:
            conn.execute(upsert(feedbacks, self.engine.dialect.name, ["id"], ["value", "comment"]), values)

        await self._write(thread_id, work)
        return feedback_id

    async def delete_feedback(self, feedback_id: str) -> bool:
        rows = await self._read(select(feedbacks.c.threadId).where(feedbacks.c.id == feedback_id))
        if not rows:
            return False

        def work(conn: Connection) -> None:
            conn.execute(delete(feedbacks).where(feedbacks.c.id == feedback_id))

        await self._write(str(rows[0].threadId), work)
        return True

    @_until_user_message
    async def create_element(self, element: Element) -> None:
        """Not stored (see the module docstring): the figures behind them are in the advisor state."""
        return None

    async def get_element(self, thread_id: str, element_id: str) -> ElementDict | None:
        rows = await self._read(
            select(elements.c.data).where(elements.c.threadId == thread_id, elements.c.id == element_id)
        )
        return dict(rows[0].data) if rows else None  # type: ignore[return-value]

    @_until_user_message
    async def delete_element(self, element_id: str, thread_id: str | None = None) -> None:
        thread = thread_id or _thread_of_context()
        if thread is None:
            return

        def work(conn: Connection) -> None:
            conn.execute(delete(elements).where(elements.c.id == element_id))

        await self._write(thread, work)
