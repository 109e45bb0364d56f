"""Where conversations are kept: the tables, a per-thread write queue, and the advisor state per turn.

- **Tables** (SQLAlchemy Core, SQLite or Postgres): users, threads, steps, elements, feedbacks, and
  ``advisor_turns``: one row per turn holding only what the turn changed in the advisor's state.
  ``advisor_state`` holds whole-state snapshots written by earlier versions: read as a thread's
  starting point, never written.
- **Writes** go through one queue per thread: a thread's writes land in the order they were made, and
  a failing thread holds up only itself (its retries wait outside the writer; reads never wait on
  another thread's writes). A write is retried with backoff a bounded number of times; when it still
  fails it stays queued (nothing is dropped) and the caller gets :class:`HistoryWriteError`, so the user
  can be told. On SQLite, which takes one writer at a time, every thread's transactions run on one
  writer thread over one plain (synchronous) connection: no lock contention between connections, and a
  thread's batch costs one hop to that thread instead of one per statement. A write nobody awaits (a chat
  step) waits up to 50 ms for the rest of its turn's writes, so a turn is one transaction, not one per step.
- **State per turn**: the session state (any JSON-shaped dict) is stored as the difference from the
  last stored state (:func:`state_delta`), and rebuilt on resume by folding the turns in order
  (:func:`apply_delta`).

Modules, lowest first (each imports only modules above it in this list):

- ``tables``: the tables, their creation (older layouts kept renamed), ``upsert`` and ``insert_or_skip``.
- ``writers``: ``ThreadWriters``, one write queue per thread; ``HistoryWriteError``.
- ``deltas``: ``state_delta`` and ``apply_delta``, the advisor state as a difference per turn.
- ``turns``: ``TurnStore``, the advisor state of each thread stored per turn and rebuilt on resume.

Here, for the rest of the application (the Chainlit data layer in ``assistant.web.history``): the names in
``__all__``.

May import: SQLAlchemy; nothing of ``tools`` or ``assistant`` (the session does not know where it is kept).
"""

from assistant.conversation.store.deltas import apply_delta, state_delta
from assistant.conversation.store.tables import (
    advisor_state,
    advisor_turns,
    create_tables,
    elements,
    feedbacks,
    now_iso,
    steps,
    threads,
    upsert,
    users,
)
from assistant.conversation.store.turns import TurnStore
from assistant.conversation.store.writers import HistoryWriteError, ThreadWriters, first_line

__all__ = [
    "HistoryWriteError",
    "ThreadWriters",
    "TurnStore",
    "advisor_state",
    "advisor_turns",
    "apply_delta",
    "create_tables",
    "elements",
    "feedbacks",
    "first_line",
    "now_iso",
    "state_delta",
    "steps",
    "threads",
    "upsert",
    "users",
]
