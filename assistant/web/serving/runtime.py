"""What every chat shares (``Runtime``: the catalog, the index and the advisors), built once in a thread by the
warm-up that starts with the server; the first chat waits for it with its progress shown. Beside it, this process's
report downloads, and the documents its index build re-indexed (told once per chat)."""

from __future__ import annotations

import asyncio
import gc
import logging
from typing import Any

import chainlit as cl

from assistant.escape import escape_inline
from assistant.web.serving.wiring import settings

log = logging.getLogger(__name__)


class Runtime:
    """What every chat shares: the catalog, the index and the advisors (built once)."""

    def __init__(self, catalog: Any, index: Any, advisor: Any, offline: Any, worker: Any = None) -> None:
        self.catalog, self.index, self.advisor, self.offline = catalog, index, advisor, offline
        self.worker = worker  # the processes reading messages, computing analyses, embedding queries (None: this one)
        self.rebuilt: str | None = None  # why the index was rebuilt at start, if it was
        self.restored: dict[str, list[str]] = {}  # owner -> documents re-indexed from their stored copies


_runtime: Runtime | None = None
_lock = asyncio.Lock()
_downloads: Any = None  # the reports offered in this process (built when downloaded)


def downloads() -> Any:
    """This process's report downloads (``assistant.web.downloads.Downloads``)."""
    global _downloads
    if _downloads is None:
        from assistant.web.downloads import Downloads

        _downloads = Downloads()
    return _downloads


GC_THRESHOLDS = (10_000, 20, 10)  # young, middle, old generation (Python's defaults: 700, 10, 10)

_progress: dict[str, Any] = {"done": 0, "total": 0, "reason": ""}


def _build() -> Runtime:
    """Heavy imports, the index (built if missing or stale), the catalog, the model. In a thread."""
    from assistant.agent.loop import Advisor
    from assistant.agent.models import ModelConfigError
    from assistant.agent.offline import OfflineAdvisorModel
    from assistant.root import make_advisor, make_catalog, make_worker
    from knowledge.ingest import DocumentStore, Limits, restore_documents
    from knowledge.service import index_for

    cfg = settings()
    index = index_for(cfg)
    try:
        _progress["reason"] = index.status().reason
    except Exception:  # ensure() below says why
        _progress["reason"] = "the index could not be read"

    def progress(done: int, total: int) -> None:
        _progress.update(done=done, total=total)

    reason = index.ensure(progress)
    restored: dict[str, list[str]] = {}
    if reason:
        log.info("knowledge index rebuilt: %s", reason)
    # Documents kept in the data directory but missing from the index (a rebuild, a lost collection) come back.
    for owner, name in restore_documents(index, DocumentStore(cfg.documents_dir), Limits.from_settings(cfg)):
        restored.setdefault(owner, []).append(name)
    if restored:
        log.info("re-indexed %d stored document(s)", sum(len(v) for v in restored.values()))
    catalog = make_catalog(cfg)
    worker = make_worker(cfg, catalog)
    if worker is not None and worker.make_embedder is not None:
        index.embed_queries_with(worker.embed)  # each new search query embedded beside the server (about 11 ms)
    offline = Advisor(OfflineAdvisorModel(), index, worker=worker)
    try:
        advisor = make_advisor(cfg, index, worker) if cfg.model != "offline" else offline
    except ModelConfigError as exc:
        log.error("%s; using the offline model", exc)
        advisor = offline
    import assistant.web.render  # noqa: F401  (charts and exports, ready before the first answer)

    rt = Runtime(catalog, index, advisor, offline, worker)
    rt.rebuilt, rt.restored = reason, restored
    return rt


async def runtime() -> Runtime:
    global _runtime
    async with _lock:
        if _runtime is None:
            _runtime = await asyncio.to_thread(_build)
        return _runtime


# Messages read once at start-up: the reader's patterns built on first use (the role counts alone take about 40 ms)
# are built before the first user's message, and frozen with the rest of what lives as long as the server.
PRIMING = (
    "about 20M tokens a day, 1,500 in and 300 out, steady traffic, no HIPAA",
    "we have 2 ML engineers and one SRE, we run k8s, we own 4 A100s",
    "p95 under 2 seconds to first token; open-weight is fine; we use GPT-4o today at $3k a month",
)


def _prime_reader(rt: Runtime) -> tuple[list[Any], Any]:
    """The priming messages read here, and their readings and the profile they make (for the worker)."""
    from assistant.conversation.session import AdvisorSession

    session = AdvisorSession(rt.catalog)
    readings = []
    for text in PRIMING:
        readings.append(session.reading(text))
        session.prepare(text)
    return readings, session.profile


async def warm_up() -> None:
    """The runtime built before the first chat, then the server process tuned for serving."""
    rt = await runtime()
    readings, profile = await asyncio.to_thread(_prime_reader, rt)
    if rt.worker is not None:  # its processes started, and their patterns and tables built, before the first chat
        try:
            await rt.worker.start(readings, profile)
        except Exception as exc:  # no process could start: the server reads and analyses itself
            log.error("the worker process could not start (%s); the server reads and analyses", type(exc).__name__)
            rt.worker.close()
            rt.advisor.worker = rt.offline.worker = rt.worker = None
            rt.index.embed_queries_with(None)
    # From here the server embeds one short query at a time: too small to gain from splitting across
    # cores (2 threads cost 1.6x the CPU for 1.2x the speed), and the other core serves the chats.
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    # Libraries, index and catalog live as long as the server: move them out of the collector's
    # sight, so a full collection under load walks the conversations only (~200 ms pauses before).
    gc.collect()
    gc.freeze()
    # A turn allocates tens of thousands of short-lived objects; at the default threshold (700) the young
    # generation is collected about ten times a turn and survivors are promoted into ever older sweeps.
    # Measured with 50 interleaved conversations: 0.9-1.5 ms of collection per turn at the default, 0.2 here.
    gc.set_threshold(*GC_THRESHOLDS)


def stop_worker() -> None:
    """The worker processes stopped, at the server's shutdown."""
    if _runtime is not None and _runtime.worker is not None:
        _runtime.worker.close()


async def _ready() -> Runtime:
    """The runtime, with progress shown while it is still being prepared."""
    if _runtime is not None:
        return _runtime
    notice = cl.Message(content="Getting ready: loading prices and the knowledge index…")
    await notice.send()
    task = asyncio.ensure_future(runtime())
    while not task.done():
        await asyncio.sleep(0.5)
        if _progress["total"]:
            why = "first start" if _progress["reason"] == "no index yet" else escape_inline(_progress["reason"])
            notice.content = f"Building the knowledge index ({why}): {_progress['done']}/{_progress['total']} passages…"
            await notice.update()
    await notice.remove()
    return task.result()


async def _tell_restored() -> None:
    """After an index rebuild at start: this user's documents that were re-indexed, said once per chat."""
    from knowledge.index import CURRENT_OWNER

    rt = _runtime
    names = rt.restored.get(CURRENT_OWNER.get(), []) if rt is not None else []
    if rt is None or not names or cl.user_session.get("restored_told"):
        return
    cl.user_session.set("restored_told", True)
    listed = ", ".join(escape_inline(n) for n in names[:10]) + (" and more" if len(names) > 10 else "")
    await cl.Message(
        content=(f"The knowledge index was rebuilt ({escape_inline(rt.rebuilt)}); " if rt.rebuilt else "")
        + f"{len(names)} of your documents were re-indexed from their stored copies: {listed}."
    ).send()
