"""What the Chainlit handlers (``assistant.web.app``) call: the server's wiring, the runtime every chat shares,
one chat's session and turns, uploads and the history notices. The handlers stay thin; the work is here.

Modules, lowest first (each imports only modules above it in this list):

- ``page``: the conversation starters, and the page served without assets from other origins.
- ``incidents``: an unexpected error as a short incident id (the details go to the log only).
- ``wiring``: the settings read on first use; the server wired at start-up (``configure``): session secret,
  login, and the defences (origin and token checks, socket limits, upload staging, short errors).
- ``boundary``: what every handler runs inside: the chat's document owner, and errors as incident ids.
- ``runtime``: what every chat shares (``Runtime``: catalog, index, advisors), built once by the warm-up; the
  process's report downloads; the documents its index build re-indexed, told once per chat.
- ``persistence``: the advisor's history data layer, each turn saved, and what users are told when it fails.
- ``chat``: one chat's advisor session (started or resumed), a message answered as a turn, its report links.
- ``uploads``: the user's uploads added to their own documents, a few at a time, off the event loop.
- ``server``: the process that serves the app (``advisor ui`` starts it): the app loaded as ``chainlit run``
  loads it, served on uvloop. It imports none of the modules above.

Nothing here is re-exported: the handlers import each name from its module. The process's state (the wiring,
the runtime, the downloads, the upload pool) lives in these modules, one copy per process.

May import: Chainlit, ``knowledge``, ``assistant.escape``, ``assistant.settings``, ``assistant.root``, the
session (``assistant.conversation.session``), the agent's loop, models and offline model (to build the runtime),
and of the web layer ``auth``, ``clock``, ``downloads``, ``element_files``, ``history``, ``render`` and
``settings_panel``; never ``app``.
"""
