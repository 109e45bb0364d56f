"""Conversation history for Chainlit: a data layer on Chainlit's public interface (``BaseDataLayer``)
over our own tables (``assistant.conversation.store``), on SQLite (default) or Postgres.

- Every write of a thread goes through that thread's queue: in order, committed in batches, retried
  with backoff, and never dropped; a write that still fails is reported (``failure``) so the chat can
  say so. A thread is known only once its row is committed. Reads wait only for their own thread.
- The advisor state is stored per turn (``save_advisor_state`` appends what the turn changed) and
  rebuilt from the turns on resume (``load_advisor_state``).
- Users only ever list their own threads; a thread's owner never changes once set.
- Files sent in the chat (charts, exports) are not stored: without a blob store they would be kept
  as dead links. The figures behind them are in the advisor state, and resume draws them again.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
import uuid
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from chainlit.data.base import BaseDataLayer
from chainlit.data.utils import queue_until_user_message
from chainlit.types import Feedback, PageInfo, PaginatedResponse, Pagination, ThreadDict, ThreadFilter
from chainlit.user import PersistedUser, User
from sqlalchemy import and_, delete, exists, func, or_, select, update
from sqlalchemy.engine import Connection, Engine

from assistant.conversation.store import (
    HistoryWriteError,
    ThreadWriters,
    TurnStore,
    advisor_state,
    advisor_turns,
    create_tables,
    elements,
    feedbacks,
    first_line,
    now_iso,
    steps,
    threads,
    upsert,
    users,
)
from assistant.web.history.engines import make_engine, make_writer_engine
from assistant.web.history.sqlite_file import CORRUPT_MARKERS, _private_file, check_sqlite, move_aside, sqlite_path

if TYPE_CHECKING:
    from chainlit.element import Element, ElementDict
    from chainlit.step import StepDict

log = logging.getLogger(__name__)


def _until_user_message(func: Any) -> Any:
    """Chainlit's rule for step and element writes: in a live chat, none before the user's first message."""
    return queue_until_user_message()(func)  # type: ignore[no-untyped-call]


def _json_safe(value: Any) -> Any:
    """What JSON can hold (Chainlit's session metadata may carry objects): others become their text."""
    return json.loads(json.dumps(value, default=str))


def _thread_of_context() -> str | None:
    from chainlit.context import context

    with contextlib.suppress(Exception):
        return str(context.session.thread_id)
    return None


class AdvisorDataLayer(BaseDataLayer):
    """Chainlit's data-layer interface over the advisor's own tables (see the module docstring)."""

    KNOWN_THREADS = 10_000

    def __init__(self, url: str, *, attempts: int = 4, backoff_s: float = 0.05) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.sqlite = self.engine.dialect.name == "sqlite"
        self.writers = ThreadWriters(
            self.engine, attempts=attempts, backoff_s=backoff_s, on_error=self._note, direct=make_writer_engine(url)
        )
        self.turns = TurnStore(self.engine, self.writers)
        self._known: OrderedDict[str, None] = OrderedDict()  # threads whose row is committed
        self._schema_ready = False
        self._schema_lock: asyncio.Lock | None = None
        self.corrupt = False  # set when a statement finds the database damaged
        self._recovering: asyncio.Lock | None = None

    @property
    def write_engine(self) -> Engine:
        """The engine the writes go through (the writer thread's on SQLite)."""
        return self.writers.direct or self.engine.sync_engine

    # ------------------------------------------------------------------ plumbing
    def _note(self, exc: BaseException) -> None:
        text = str(exc).lower()
        if self.sqlite and any(marker in text for marker in CORRUPT_MARKERS):
            self.corrupt = True

    async def ready(self) -> None:
        """The tables exist (created on first use; ``create_schema`` at start-up does it earlier)."""
        if self._schema_ready:
            return
        if self._schema_lock is None:
            self._schema_lock = asyncio.Lock()
        async with self._schema_lock:
            if not self._schema_ready:
                if (path := sqlite_path(self.url)) is not None:
                    await asyncio.to_thread(_private_file, path)
                async with self.engine.begin() as conn:
                    await create_tables(conn)
                self._schema_ready = True

    async def _read(self, query: Any) -> list[Any]:
        """Rows of a query, or none when the database cannot be read (logged; the chat goes on)."""
        try:
            await self.ready()
            async with self.engine.connect() as conn:
                return list((await conn.execute(query)).all())
        except Exception as exc:
            log.warning("history database: %s", first_line(exc))
            self._note(exc)
            return []

    async def _write(self, thread_id: str, work: Any, after: Any = None) -> None:
        await self.ready()
        await self.writers.submit(thread_id, work, after=after)

    def _known_now(self, thread_id: str) -> None:
        self._known[thread_id] = None
        self._known.move_to_end(thread_id)
        while len(self._known) > self.KNOWN_THREADS:
            self._known.popitem(last=False)

    def _ensure_thread(self, conn: Connection, thread_id: str, created: str | None) -> None:
        if thread_id not in self._known:
            values = {"id": thread_id, "createdAt": created or now_iso()}
            conn.execute(upsert(threads, self.engine.dialect.name, ["id"], []), values)

    def failure(self, thread_id: str) -> str | None:
        """Why this thread's last history write failed (None when its writes are saved)."""
        return self.writers.failing.get(thread_id)

    async def flush(self, thread_id: str | None = None) -> None:
        """Wait for the queued writes (of one thread, or all); those that failed are tried again."""
        if thread_id is None:
            await self.writers.retry_failed()
        else:
            await self.writers.flush(thread_id)

    async def recover_if_corrupt(self) -> Path | None:
        """When the database was found damaged while running: move it aside, start a new one, and return
        where the old one went (None when nothing was wrong). Queued writes go to the new one."""
        if not self.corrupt:
            return None
        path = sqlite_path(self.url)
        if path is None:
            return None
        if self._recovering is None:
            self._recovering = asyncio.Lock()
        async with self._recovering:
            if not self.corrupt:
                return None
            await self.engine.dispose()
            if self.writers.direct is not None:
                self.writers.direct.dispose()  # its connection is to the damaged file
            reason = await asyncio.to_thread(check_sqlite, path)
            if reason is None:  # a passing error (or already replaced): keep it
                self.corrupt = False
                return None
            moved = await asyncio.to_thread(move_aside, path)
            log.error("history database damaged while running (%s); moved it to %s", reason, moved)
            self._schema_ready = False
            await self.ready()
            self._known.clear()
            self.turns.forget()
            self.corrupt = False
            return moved

    # ------------------------------------------------------------------ the advisor state, per turn
    async def save_advisor_state(self, thread_id: str, state: dict[str, Any]) -> int:
        """Append what changed in the advisor state since it was last stored (bytes written; 0 when
        nothing changed). Raises HistoryWriteError when it could not be stored after the retries."""
        await self.ready()
        created = now_iso()

        def ensure(conn: Connection) -> None:
            self._ensure_thread(conn, thread_id, created)

        if thread_id not in self._known:  # the thread row first, in the same queue
            self.writers.submit(thread_id, ensure, after=lambda: self._known_now(thread_id))
        return await self.turns.save(thread_id, state)

    async def load_advisor_state(self, thread_id: str) -> dict[str, Any] | None:
        """The advisor state rebuilt from the thread's turns (None when none were stored)."""
        try:
            await self.ready()
            return await self.turns.load(thread_id)
        except Exception as exc:
            log.warning("history database: %s", first_line(exc))
            self._note(exc)
            return None

    # ------------------------------------------------------------------ users
    async def get_user(self, identifier: str) -> PersistedUser | None:
        rows = await self._read(select(users).where(users.c.identifier == identifier))
        if not rows:
            return None
        row = rows[0]
        return PersistedUser(
            id=row.id, identifier=row.identifier, createdAt=row.createdAt or "", metadata=row.metadata or {}
        )

    async def create_user(self, user: User) -> PersistedUser | None:
        await self.ready()
        values = {
            "id": str(uuid.uuid4()),
            "identifier": user.identifier,
            "metadata": _json_safe(user.metadata or {}),
            "createdAt": now_iso(),
        }

        def work(conn: Connection) -> None:
            conn.execute(upsert(users, self.engine.dialect.name, ["identifier"], ["metadata"]), values)

        try:
            await self.writers.submit(f"user:{user.identifier}", work)
        except HistoryWriteError as exc:
            log.warning("history: user not saved: %s", exc)
        return await self.get_user(user.identifier)

    # ------------------------------------------------------------------ threads
    async def update_thread(
        self,
        thread_id: str,
        name: str | None = None,
        user_id: str | None = None,
        metadata: dict[str, Any] | None = None,
        tags: list[str] | None = None,
    ) -> None:
        """Create the thread or change the fields given. The owner is set once and never changed; new
        metadata is merged into the stored one."""
        created = now_iso()
        meta = _json_safe(metadata) if metadata is not None else None

        def work(conn: Connection) -> None:
            row = (conn.execute(select(threads.c.userId, threads.c.metadata).where(threads.c.id == thread_id))).first()
            values: dict[str, Any] = {}
            if name is not None:
                values["name"] = name[:255]
            if tags is not None:
                values["tags"] = list(tags)
            if user_id is not None and (row is None or row.userId is None):
                identifier = (conn.execute(select(users.c.identifier).where(users.c.id == user_id))).scalar()
                values.update(userId=user_id, userIdentifier=identifier)
            if meta is not None:
                values["metadata"] = {**((row.metadata or {}) if row is not None else {}), **meta}
            if row is None:
                conn.execute(threads.insert().values(id=thread_id, createdAt=created, **values))
                new.append(thread_id)
            elif values:
                conn.execute(update(threads).where(threads.c.id == thread_id).values(**values))

        new: list[str] = []  # the thread was created by this write: it has no stored turns to read back

        def after() -> None:
            self._known_now(thread_id)
            if new:
                self.turns.started(thread_id)

        await self._write(thread_id, work, after=after)

    async def get_thread_author(self, thread_id: str) -> str:
        await self.writers.flush(thread_id)
        rows = await self._read(select(threads.c.userIdentifier).where(threads.c.id == thread_id))
        return str(rows[0].userIdentifier or "") if rows else ""

    async def delete_thread(self, thread_id: str) -> None:
        def work(conn: Connection) -> None:
            for table in (steps, elements, feedbacks, advisor_turns, advisor_state):
                conn.execute(delete(table).where(table.c.threadId == thread_id))
            conn.execute(delete(threads).where(threads.c.id == thread_id))

        def forget() -> None:
            self._known.pop(thread_id, None)
            self.turns.forget(thread_id)

        await self._write(thread_id, work, after=forget)

    async def get_thread(self, thread_id: str) -> ThreadDict | None:
        await self.writers.flush(thread_id)  # this thread's own writes only
        found = await self._read(select(threads).where(threads.c.id == thread_id))
        if not found:
            return None
        step_rows = await self._read(
            select(steps.c.data).where(steps.c.threadId == thread_id).order_by(steps.c.createdAt, steps.c.written)
        )
        feedback_rows = await self._read(select(feedbacks).where(feedbacks.c.threadId == thread_id))
        element_rows = await self._read(select(elements.c.data).where(elements.c.threadId == thread_id))
        by_step = {
            f.forId: {"id": f.id, "forId": f.forId, "value": f.value, "comment": f.comment} for f in feedback_rows
        }
        thread_steps = []
        for r in step_rows:
            step = dict(r.data)
            if step.get("id") in by_step:
                step["feedback"] = by_step[step["id"]]
            thread_steps.append(step)
        return self._thread_dict(found[0], thread_steps, [dict(r.data) for r in element_rows])

    @staticmethod
    def _thread_dict(row: Any, thread_steps: list[Any], thread_elements: list[Any]) -> ThreadDict:
        return {
            "id": row.id,
            "createdAt": row.createdAt or "",
            "name": row.name,
            "userId": row.userId,
            "userIdentifier": row.userIdentifier,
            "tags": row.tags,
            "metadata": row.metadata or {},
            "steps": thread_steps,
            "elements": thread_elements,
        }

    async def list_threads(self, pagination: Pagination, filters: ThreadFilter) -> PaginatedResponse[ThreadDict]:
        """A user's threads, newest first. Without a user, none: a list is always somebody's."""
        empty: PaginatedResponse[ThreadDict] = PaginatedResponse(
            pageInfo=PageInfo(hasNextPage=False, startCursor=None, endCursor=None), data=[]
        )
        if not filters.userId:
            return empty
        query = select(threads).where(threads.c.userId == filters.userId)
        if filters.search:
            pattern = f"%{filters.search.lower()}%"
            query = query.where(func.lower(threads.c.name).like(pattern))
        if filters.feedback is not None:
            query = query.where(
                exists().where(and_(feedbacks.c.threadId == threads.c.id, feedbacks.c.value == filters.feedback))
            )
        if pagination.cursor:
            cursor = await self._read(select(threads.c.createdAt).where(threads.c.id == pagination.cursor))
            if cursor:
                at = cursor[0].createdAt or ""
                query = query.where(
                    or_(threads.c.createdAt < at, and_(threads.c.createdAt == at, threads.c.id < pagination.cursor))
                )
        rows = await self._read(
            query.order_by(threads.c.createdAt.desc(), threads.c.id.desc()).limit(pagination.first + 1)
        )
        page = rows[: pagination.first]
        data = [self._thread_dict(r, [], []) for r in page]
        return PaginatedResponse(
            pageInfo=PageInfo(
                hasNextPage=len(rows) > pagination.first,
                startCursor=page[0].id if page else None,
                endCursor=page[-1].id if page else None,
            ),
            data=data,
        )

    # ------------------------------------------------------------------ steps
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

    # ------------------------------------------------------------------ feedback
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

    # ------------------------------------------------------------------ elements
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

    # ------------------------------------------------------------------ the rest of the interface
    async def build_debug_url(self) -> str:
        return ""

    async def close(self) -> None:
        await self.flush()
        self.writers.close()
        await self.engine.dispose()
