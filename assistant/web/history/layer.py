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

import logging
from typing import Any

from sqlalchemy.engine import Connection

from assistant.conversation.store import first_line, now_iso
from assistant.web.history.messages import Messages
from assistant.web.history.threads import ThreadsAndUsers

log = logging.getLogger(__name__)


class AdvisorDataLayer(ThreadsAndUsers, Messages):
    """Chainlit's data-layer interface over the advisor's own tables (see the module docstring)."""

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

    async def build_debug_url(self) -> str:
        return ""

    async def close(self) -> None:
        await self.flush()
        self.writers.close()
        await self.engine.dispose()
