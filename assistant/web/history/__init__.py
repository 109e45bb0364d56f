"""Conversation history for Chainlit: a data layer on Chainlit's public interface (``BaseDataLayer``)
over our own tables (``assistant.conversation.store``), on SQLite (default) or Postgres, and the care of
the SQLite file (owner-only, checked, a damaged one moved aside).

Modules, lowest first (each imports only modules above it in this list):

- ``sqlite_file``: the SQLite file: its path from a URL, made private, checked, moved aside when damaged.
- ``engines``: the async engine, SQLite's one writer engine and its pragmas; ``create_schema``.
- ``core``: ``LayerCore``, the layer's plumbing: engines, per-thread writers, reads that never fail the chat,
  the threads known to be stored, a database damaged while running moved aside.
- ``threads``: users and threads on Chainlit's interface (a user lists only their own; the owner is set once).
- ``messages``: a thread's steps, their feedback, and elements (not stored).
- ``layer``: ``AdvisorDataLayer``, Chainlit's data-layer interface over the tables (its docstring says
  what it guarantees: per-thread write queues, state per turn, users see only their threads): the threads and
  the messages together, with the advisor state per turn.

Here, for the rest of the application (the Chainlit app and ``advisor doctor``): the names in ``__all__``.

May import: Chainlit, SQLAlchemy and ``assistant.conversation.store``; nothing else of the web layer.
"""

from assistant.conversation.store import HistoryWriteError
from assistant.web.history.engines import create_schema
from assistant.web.history.layer import AdvisorDataLayer
from assistant.web.history.sqlite_file import check_sqlite, recover_corrupt, sqlite_path

__all__ = ["AdvisorDataLayer", "HistoryWriteError", "check_sqlite", "create_schema", "recover_corrupt", "sqlite_path"]
