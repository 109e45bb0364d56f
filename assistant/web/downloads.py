"""Report downloads: the files are built when the user downloads one, from the conversation as it was
when they asked for the report.

Asking for the report costs almost nothing (a snapshot of the conversation and four links); the PDF,
with its charts, takes a few hundred milliseconds of CPU and is built only if someone opens it, once.
Links are unguessable, belong to the user who asked (another user gets "not found"), and live as long
as the server process; an expired link says how to get a fresh one.
"""

from __future__ import annotations

import asyncio
import copy
import secrets
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any

from chainlit.auth import get_current_user
from fastapi import Depends
from fastapi.responses import PlainTextResponse, Response

from assistant.conversation.session import AdvisorSession
from assistant.web import export

ROUTE = "/advisor/report"  # outside Chainlit's own paths
MAX_OFFERS = 512  # the oldest offers are forgotten first (a few KB each, plus any file built)

EXPIRED = (
    "This report link has expired (the advisor was restarted or many reports were made since). "
    "Open the conversation and ask for the report again: type /export."
)

_MIME = {
    export.PDF_NAME: "application/pdf",
    export.HTML_NAME: "text/html; charset=utf-8",
    export.MD_NAME: "text/markdown; charset=utf-8",
    export.JSON_NAME: "application/json",
}


def snapshot(session: AdvisorSession) -> AdvisorSession:
    """The conversation as it stands now: later turns and what-ifs do not change a report already
    offered. The analyses and facts are replaced, never edited, as the conversation goes on, so the
    containers are copied and their contents shared."""
    snap = copy.copy(session)
    snap.scenarios = list(session.scenarios)
    snap.turns = list(session.turns)
    snap.history = list(session.history)
    return snap


def build(session: AdvisorSession, model: str, name: str) -> bytes:
    """One report file."""
    if name == export.PDF_NAME:
        return export.summary_pdf(session, model)
    if name == export.HTML_NAME:
        return export.summary_html(session, model).encode()
    if name == export.MD_NAME:
        return export.summary_markdown(session, model).encode()
    if name == export.JSON_NAME:
        return export.summary_json_bytes(session, model)
    raise KeyError(name)


@dataclass
class Offer:
    owner: str
    session: AdvisorSession
    model: str
    built: dict[str, bytes] = field(default_factory=dict)
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class Downloads:
    """The reports offered in this process, by token."""

    def __init__(self, limit: int = MAX_OFFERS, builder: Callable[[AdvisorSession, str, str], bytes] = build):
        self._offers: OrderedDict[str, Offer] = OrderedDict()
        self._limit = limit
        self._build = builder

    def offer(self, owner: str, session: AdvisorSession, model: str) -> dict[str, str]:
        """Links (file name -> URL path) to this conversation's report, for ``owner`` only."""
        token = secrets.token_urlsafe(18)
        self._offers[token] = Offer(owner, snapshot(session), model)
        while len(self._offers) > self._limit:
            self._offers.popitem(last=False)
        return {name: f"{ROUTE}/{token}/{name}" for name in _MIME}

    async def fetch(self, owner: str, token: str, name: str) -> tuple[bytes, str] | None:
        """The file and its type, built on first download; None when unknown, expired or not theirs."""
        offer = self._offers.get(token)
        if offer is None or name not in _MIME or not secrets.compare_digest(offer.owner, owner):
            return None
        async with offer.lock:  # two clicks on one link build it once
            if name not in offer.built:
                offer.built[name] = await asyncio.to_thread(self._build, offer.session, offer.model, name)
        return offer.built[name], _MIME[name]


SignedIn = Annotated[Any, Depends(get_current_user)]  # the user of the request (Chainlit's login)


def install(app: Any, downloads: Downloads) -> None:
    """Serve the report files on Chainlit's web server, to the signed-in user who asked for them."""

    async def report_file(token: str, name: str, user: SignedIn) -> Response:
        owner = getattr(user, "identifier", None) or ""
        found = await downloads.fetch(owner, token, name) if owner else None
        if found is None:
            return PlainTextResponse(EXPIRED, status_code=404)
        data, mime = found
        return Response(
            data,
            media_type=mime,
            headers={
                "Content-Disposition": f'attachment; filename="{name}"',
                "Cache-Control": "private, no-store",
                "X-Content-Type-Options": "nosniff",
            },
        )

    app.add_api_route(ROUTE + "/{token}/{name}", report_file, methods=["GET"])
    # Chainlit serves its single-page app for every path it does not know (a catch-all route added
    # when it starts); ours must be matched before it.
    routes = app.router.routes
    routes.insert(0, routes.pop())
