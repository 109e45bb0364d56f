"""Chainlit's element files written in place.

Chainlit keeps the content of every element it sends (a chart's figure, a card's props) as a file in the
session's directory, which the page then reads by the element's id. It writes that file through
``aiofiles``: an open, a write and a close, each a hop to a worker thread and back, three times for each
chart or card of an answer. For content already in memory and small, ``install`` writes the same file,
under the same name and with the same record in the session, in one step on the event loop (a few
kilobytes into the page cache). Copies of uploaded files (``path``) and large contents still go through
Chainlit's own ``persist_file``.
"""

from __future__ import annotations

import mimetypes
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

SMALL_BYTES = 256 * 1024  # larger contents are written by Chainlit's own (threaded) code

PersistFile = Callable[..., Awaitable[Any]]


def in_place(original: PersistFile) -> PersistFile:
    """``BaseSession.persist_file`` writing small in-memory contents at once, everything else as before."""

    async def persist_file(
        self: Any, name: str, mime: str, path: str | None = None, content: bytes | str | None = None
    ) -> Any:
        data = content.encode("utf-8") if isinstance(content, str) else content
        if path or not data or len(data) > SMALL_BYTES:
            return await original(self, name, mime, path=path, content=content)
        self.files_dir.mkdir(exist_ok=True)
        file_id = str(uuid.uuid4())
        file_path = self.files_dir / file_id
        extension = mimetypes.guess_extension(mime)
        if extension:
            file_path = file_path.with_suffix(extension)
        file_path.write_bytes(data)
        self.files[file_id] = {"id": file_id, "path": file_path, "name": name, "type": mime, "size": len(data)}
        return {"id": file_id}

    persist_file.in_place = True  # type: ignore[attr-defined]
    return persist_file


def install() -> None:
    """Write small element contents in place in every Chainlit session (idempotent)."""
    from chainlit.session import BaseSession

    current = BaseSession.persist_file
    if not getattr(current, "in_place", False):
        BaseSession.persist_file = in_place(current)  # type: ignore[method-assign,assignment]
