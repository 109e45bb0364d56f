"""The user's uploads added to their own documents, a few at a time and never on the event loop."""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
from pathlib import Path
from typing import Any

import chainlit as cl

from assistant.escape import escape, escape_inline
from assistant.web.serving.runtime import _ready
from assistant.web.serving.wiring import settings

_INGEST_POOL: concurrent.futures.ThreadPoolExecutor | None = None
_ingest_waiting = 0


def _ingest_pool() -> concurrent.futures.ThreadPoolExecutor:
    """Uploads are read, chunked and embedded here, a few at a time, never on the event loop."""
    global _INGEST_POOL
    if _INGEST_POOL is None:
        _INGEST_POOL = concurrent.futures.ThreadPoolExecutor(settings().ingest_workers, thread_name_prefix="ingest")
    return _INGEST_POOL


async def ingest_uploads(files: list[Any]) -> None:
    """Add the user's uploads to their own documents (within the limits), or say why not: nothing changed."""
    from knowledge.index import CURRENT_OWNER
    from knowledge.ingest import DocumentStore, IngestError, Limits, ingest

    global _ingest_waiting
    rt = await _ready()
    paths = [Path(f.path) for f in files]
    names = [str(getattr(f, "name", "") or "") for f in files]
    if _ingest_waiting >= 4 * settings().ingest_workers:
        await cl.Message(content="Other documents are being added right now; please try again in a minute.").send()
        return
    owner = CURRENT_OWNER.get()
    work = functools.partial(
        ingest,
        paths,
        rt.index,
        owner=owner,
        names=names,
        limits=Limits.from_settings(settings()),
        store=DocumentStore(settings().documents_dir),
    )
    _ingest_waiting += 1
    try:
        results = await asyncio.get_running_loop().run_in_executor(_ingest_pool(), work)
    except IngestError as exc:
        await cl.Message(content=f"I couldn't add that document: {escape(str(exc))}. Nothing was changed.").send()
        return
    finally:
        _ingest_waiting -= 1
        for path in paths:  # the staged upload; the kept copy is in the data directory
            if path.is_file():
                path.unlink(missing_ok=True)
    done = ", ".join(f"{escape_inline(r.file)} ({r.chunks} passages)" for r in results)
    await cl.Message(
        content=f"Added to your documents: {done}. Only you can search them; I'll cite them by file name."
    ).send()
