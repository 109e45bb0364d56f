"""Users and threads on Chainlit's data-layer interface: a user's threads listed (only their own), a thread
created, renamed, read with its steps, or deleted; its owner set once and never changed."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from chainlit.types import PageInfo, PaginatedResponse, Pagination, ThreadDict, ThreadFilter
from chainlit.user import PersistedUser, User
from sqlalchemy import and_, delete, exists, func, or_, select, update
from sqlalchemy.engine import Connection

from assistant.conversation.store import (
    HistoryWriteError,
    advisor_state,
    advisor_turns,
    elements,
    feedbacks,
    now_iso,
    steps,
    threads,
    upsert,
    users,
)
from assistant.web.history.core import LayerCore, _json_safe

log = logging.getLogger(__name__)


class ThreadsAndUsers(LayerCore):
    """Chainlit's user and thread methods over the advisor's tables."""

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
