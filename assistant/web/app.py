"""The Chainlit app: thin handlers over the advisor (run with `advisor ui` or `chainlit run`).

Importing this module is cheap: the agent, index, catalog and database are prepared by a
background warm-up that starts with the server, so the page is up while they load. The first
chat waits for the warm-up and shows its progress (the knowledge index build on a first start).
"""

from __future__ import annotations

import asyncio
import gc
import logging
import os
from typing import Any

import chainlit as cl

from assistant.settings import Settings, get_settings
from assistant.web.auth import local_secret, verify_password

log = logging.getLogger(__name__)
SETTINGS: Settings = get_settings()
DB_URL = SETTINGS.history_url()
LOGIN = SETTINGS.auth_secret is not None and bool(SETTINGS.users)
os.environ.setdefault(
    "CHAINLIT_AUTH_SECRET",
    SETTINGS.auth_secret.get_secret_value() if SETTINGS.auth_secret else local_secret(SETTINGS.data_dir),
)
STARTERS = [
    (
        "Startup on a budget",
        "We're an early-stage startup: about 2M tokens a day, mostly input, spiky traffic, "
        "no compliance requirements, no ML engineers. What should we use?",
    ),
    (
        "Regulated enterprise",
        "We're a hospital network: about 40M tokens a day of clinical notes, mostly input, "
        "business hours, HIPAA applies, two DevOps people and no ML engineers.",
    ),
    (
        "High-volume pipeline",
        "We run a content pipeline at 2 billion tokens a day, 80% input, steady 24/7, "
        "no compliance requirements, an MLOps team on Kubernetes; open source is fine.",
    ),
    (
        "I already have GPUs",
        "I already have 8 A100s and we run Kubernetes. About 500M tokens a day, 80% input, "
        "steady, no compliance requirements, 2 ML engineers, open source is fine.",
    ),
]


class Runtime:
    """What every chat shares: the catalog, the index and the advisors (built once)."""

    def __init__(self, catalog: Any, index: Any, advisor: Any, offline: Any) -> None:
        self.catalog, self.index, self.advisor, self.offline = catalog, index, advisor, offline


_runtime: Runtime | None = None
_lock = asyncio.Lock()
_progress = {"done": 0, "total": 0}


def _build() -> Runtime:
    """Heavy imports, the index (built if missing or stale), the catalog, the model. In a thread."""
    from assistant.agent.loop import Advisor
    from assistant.agent.models import ModelConfigError
    from assistant.agent.offline import OfflineAdvisorModel
    from assistant.root import make_advisor, make_catalog
    from knowledge.service import index_for

    index = index_for(SETTINGS)

    def progress(done: int, total: int) -> None:
        _progress.update(done=done, total=total)

    reason = index.ensure(progress)
    if reason:
        log.info("knowledge index rebuilt: %s", reason)
    # From here the server embeds one short query at a time: too small to gain from splitting across
    # cores (2 threads cost 1.6x the CPU for 1.2x the speed), and the other core serves the chats.
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    catalog = make_catalog(SETTINGS)
    offline = Advisor(OfflineAdvisorModel(), index)
    try:
        advisor = make_advisor(SETTINGS, index) if SETTINGS.model != "offline" else offline
    except ModelConfigError as exc:
        log.error("%s; using the offline model", exc)
        advisor = offline
    import assistant.web.render  # noqa: F401  (charts and exports, ready before the first answer)

    rt = Runtime(catalog, index, advisor, offline)
    # Libraries, index and catalog live as long as the server: move them out of the collector's
    # sight, so a full collection under load walks the conversations only (~200 ms pauses before).
    gc.collect()
    gc.freeze()
    return rt


async def runtime() -> Runtime:
    global _runtime
    async with _lock:
        if _runtime is None:
            _runtime = await asyncio.to_thread(_build)
        return _runtime


# ---------------------------------------------------------------------- persistence and login
@cl.data_layer
def data_layer() -> Any:
    from assistant.web.history import AdvisorDataLayer

    return AdvisorDataLayer(DB_URL)


@cl.on_app_startup
async def startup() -> None:
    from assistant.web.history import create_schema

    await create_schema(DB_URL)  # before the first login can touch the database
    asyncio.get_running_loop().create_task(runtime())  # warm up while the server starts serving


def _history() -> Any:
    """The advisor's history data layer, or None (history off, or another layer installed)."""
    from chainlit.data import get_data_layer

    from assistant.web.history import AdvisorDataLayer

    layer = get_data_layer()
    return layer if isinstance(layer, AdvisorDataLayer) else None


@cl.on_app_shutdown
async def shutdown() -> None:
    if (layer := _history()) is not None:
        await layer.flush()  # the last steps queued for the history database


if LOGIN:

    @cl.password_auth_callback
    async def login(username: str, password: str) -> cl.User | None:
        stored = SETTINGS.users.get(username)
        if stored and verify_password(password, stored):
            return cl.User(identifier=username, metadata={"role": "user", "provider": "credentials"})
        return None

else:

    @cl.header_auth_callback
    async def local_user(headers: Any) -> cl.User | None:
        return cl.User(identifier="local", metadata={"role": "user", "provider": "local"})


# ---------------------------------------------------------------------- chat
@cl.set_starters
async def starters(user: Any = None, language: Any = None) -> list[cl.Starter]:
    return [cl.Starter(label=label, message=message) for label, message in STARTERS]


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
            notice.content = (
                f"Building the knowledge index (first start): {_progress['done']}/{_progress['total']} passages…"
            )
            await notice.update()
    await notice.remove()
    return task.result()


async def _start(state: dict[str, Any] | None = None) -> Any:
    from assistant.conversation.session import AdvisorSession
    from assistant.root import new_session
    from assistant.web import render as ui

    rt = await _ready()
    session = AdvisorSession.from_dict(state, rt.catalog) if state else new_session(SETTINGS, rt.catalog)
    cl.user_session.set("advisor_session", session)
    cl.user_session.set("use_offline", False)
    await cl.ChatSettings(ui.settings_widgets(session.options, SETTINGS.model)).send()
    return session


@cl.on_chat_start
async def on_chat_start() -> None:
    await _start()


@cl.on_chat_resume
async def on_chat_resume(thread: Any) -> None:
    from assistant.web import render as ui

    layer = _history()
    state = (thread.get("metadata") or {}).get("advisor")  # threads saved by tests or older versions
    if layer is not None:
        state = await layer.load_advisor_state(thread["id"]) or state
    session = await _start(state)
    current = session.current()
    if current is not None:
        await cl.Message(
            content=f"Welcome back. Where we were: **{current.headline}** ({len(session.scenarios)} scenario(s) kept).",
            actions=[ui.export_action()],
        ).send()


async def _session() -> Any:
    """This chat's advisor session; a message that beats chat start waits for it instead of failing."""
    session = cl.user_session.get("advisor_session")
    if session is None:
        session = await _start()
    return session


async def _persist(session: Any) -> None:
    thread_id = cl.context.session.thread_id
    layer = _history()
    if layer is not None and thread_id:
        try:
            await layer.save_advisor_state(thread_id, session.to_dict())
        except Exception as exc:  # history is a convenience: never lose the live conversation over it
            log.warning("could not save the conversation: %s", exc)


async def answer(text: str) -> None:
    from assistant.web import render as ui

    rt = await _ready()
    session = await _session()
    advisor = rt.offline if cl.user_session.get("use_offline") else rt.advisor
    async with cl.Step(name="Working it out", type="run", show_input=False) as step:
        try:
            record = await advisor.turn(session, text)
        except Exception as exc:  # the session goes on whatever happens
            log.exception("turn failed")
            step.output = "failed"
            await cl.Message(
                content=f"Sorry, something went wrong ({type(exc).__name__}). Your profile and "
                "scenarios are unchanged; please try again."
            ).send()
            return
        step.output = f"{len(record.tool_calls)} tool call(s)"
    await ui.render_turn(record, session)
    await _persist(session)


@cl.on_message
async def on_message(message: cl.Message) -> None:
    from assistant.web import render as ui

    files = [e for e in message.elements or [] if getattr(e, "path", None)]
    if files:
        await ingest_uploads(files)
        if not message.content.strip():
            return
    if message.content.strip().lower() in ("/export", "export"):
        await ui.send_export(await _session(), SETTINGS.model)
        return
    await answer(message.content)


async def ingest_uploads(files: list[Any]) -> None:
    from pathlib import Path

    from knowledge.ingest import IngestError, ingest

    rt = await _ready()
    named = []
    for f in files:  # uploads arrive under random names; documents are cited by their real name
        target = Path(f.path).with_name(Path(f.name).name)
        if Path(f.path) != target:
            Path(f.path).replace(target)
        named.append(target)
    try:
        results = await asyncio.to_thread(ingest, named, rt.index)
    except IngestError as exc:
        await cl.Message(content=f"I couldn't add that document: {exc}. Nothing was changed.").send()
        return
    done = ", ".join(f"{r.file} ({r.chunks} passages)" for r in results)
    await cl.Message(content=f"Added to your documents: {done}. I'll cite them by file name.").send()


@cl.action_callback("quick_reply")
async def on_quick_reply(action: cl.Action) -> None:
    text = str(action.payload.get("text", ""))
    await cl.Message(content=text, author="You", type="user_message").send()
    await answer(text)


@cl.action_callback("export")
async def on_export(action: cl.Action) -> None:
    from assistant.web import render as ui

    await ui.send_export(await _session(), SETTINGS.model)


@cl.action_callback("export_pdf")
async def on_export_pdf(action: cl.Action) -> None:
    from assistant.web import render as ui

    await ui.send_pdf(await _session(), SETTINGS.model)


@cl.on_settings_update
async def on_settings_update(values: dict[str, Any]) -> None:
    from assistant.conversation.session import ToolCallRecord, TurnRecord
    from assistant.web import render as ui

    session = await _session()
    cl.user_session.set("use_offline", bool(values.get("use_offline")))
    try:
        options, changes = ui.options_from_settings(values, session.options)
    except ValueError as exc:
        await cl.Message(content=f"That setting was not applied: {exc}. The previous value is kept.").send()
        return
    session.options = options
    if not changes:
        return
    text = "Settings changed: " + "; ".join(changes) + "."
    if session.baseline is None:
        await cl.Message(content=text + " They will apply to the analysis.").send()
        return
    before = session.baseline
    after = await asyncio.to_thread(session.analyze_baseline)
    verb = "changes" if after.option != before.option else "stays"
    record = TurnRecord(user="", assistant="", tool_calls=[ToolCallRecord(name="analyze_workload", args={}, result={})])
    await cl.Message(
        content=f"{text}\n\nRecomputed. The recommendation {verb}: **{after.headline}** "
        f"(was ${before.chosen.monthly_usd:,.2f} a month).",
        elements=ui.analysis_elements(session, record),
        actions=[ui.export_action()],
    ).send()
    await _persist(session)
