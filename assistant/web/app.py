"""The Chainlit app: thin handlers over the advisor (run with `advisor ui` or `chainlit run`).

Importing this module does no work: it only declares the handlers. The start-up hook reads the
settings and wires the server (login, session secret, defences, the history database); the agent,
index and catalog are prepared by a background warm-up that starts with the server, so the page is
up while they load. The first chat waits for the warm-up and shows its progress (the knowledge index
build on a first start).

The helpers the handlers call live in ``assistant.web.serving`` (its docstring lists them).
"""

from __future__ import annotations

import asyncio
from typing import Any

import chainlit as cl

from assistant.escape import escape
from assistant.web.serving.boundary import boundary
from assistant.web.serving.chat import _report_links, _session, _start, answer
from assistant.web.serving.page import STARTERS, _serve_local_page
from assistant.web.serving.persistence import (
    HISTORY_NOTICE,
    _history,
    _persist,
    _tell_history_problems,
    history_moved_text,
    on_message_saved_after_its_step,
)
from assistant.web.serving.runtime import _tell_restored, downloads, stop_worker, warm_up
from assistant.web.serving.uploads import ingest_uploads
from assistant.web.serving.wiring import configure, settings, too_long


@cl.data_layer
def data_layer() -> Any:
    from assistant.web.history import AdvisorDataLayer

    cfg = settings()
    return AdvisorDataLayer(
        cfg.history_url(), attempts=cfg.history_write_attempts, backoff_s=cfg.history_write_backoff_s
    )


@cl.on_app_startup
async def startup() -> None:
    """The server's start: settings read, login and defences wired, the history database checked and
    created, report downloads installed, and the warm-up started (the page is served meanwhile)."""
    import chainlit.server

    from assistant.web.downloads import install as install_downloads
    from assistant.web.history import create_schema, recover_corrupt

    cfg = settings()
    configure(cfg)
    url = cfg.history_url()
    moved = await asyncio.to_thread(recover_corrupt, url)  # a corrupt database is moved aside, not used
    if moved is not None:
        HISTORY_NOTICE[:] = [history_moved_text(moved)]
    _serve_local_page()
    install_downloads(chainlit.server.app, downloads())
    await create_schema(url)  # before the first login can touch the database
    _WARM_UP.append(asyncio.get_running_loop().create_task(warm_up()))  # while the server starts serving


_WARM_UP: list[asyncio.Task[None]] = []


@cl.on_app_shutdown
async def shutdown() -> None:
    if (layer := _history()) is not None:
        await layer.flush()  # the last writes queued for the history database (failed ones tried again)
    stop_worker()


@cl.set_starters
async def starters(user: Any = None, language: Any = None) -> list[cl.Starter]:
    return [cl.Starter(label=label, message=message, icon="/public/favicon.svg") for label, message in STARTERS]


@cl.on_chat_start
@boundary
async def on_chat_start() -> None:
    await _start()
    await _tell_history_problems()
    await _tell_restored()


@cl.on_chat_resume
@boundary
async def on_chat_resume(thread: Any) -> None:
    from assistant.web import render as ui

    layer = _history()
    state = (thread.get("metadata") or {}).get("advisor")  # threads saved by tests or older versions
    if layer is not None:
        state = await layer.load_advisor_state(thread["id"]) or state
    session = await _start(state)
    # Chainlit shows the stored thread only after this handler returns ("resume_thread"), and that
    # replaces whatever was sent before it: the welcome back follows the stored thread instead.
    emitter = cl.context.emitter
    show_thread = emitter.resume_thread

    async def then_welcome_back(thread: Any) -> None:
        await show_thread(thread)
        await _tell_history_problems()
        await ui.restore(session)

    setattr(emitter, "resume_thread", then_welcome_back)  # noqa: B010  (this chat's emitter only)


@on_message_saved_after_its_step
@boundary
async def on_message(message: cl.Message) -> None:
    from assistant.web import render as ui

    if len(message.content) > settings().max_message_chars:
        await cl.Message(content=too_long(len(message.content))).send()
        return
    files = [e for e in message.elements or [] if getattr(e, "path", None)]
    if files:
        await ingest_uploads(files)
        if not message.content.strip():
            return
    if message.content.strip().lower() in ("/export", "export"):
        await ui.send_export(await _report_links())
        return
    await answer(message.content)


@cl.action_callback("quick_reply")
@boundary
async def on_quick_reply(action: cl.Action) -> None:
    text = str(action.payload.get("text", ""))
    await cl.Message(content=text, author="You", type="user_message").send()
    await answer(text)


@cl.action_callback("export")
@boundary
async def on_export(action: cl.Action) -> None:
    from assistant.web import render as ui

    await ui.send_export(await _report_links())


@cl.action_callback("export_pdf")
@boundary
async def on_export_pdf(action: cl.Action) -> None:
    from assistant.web import render as ui

    await ui.send_pdf(await _report_links())


@cl.on_settings_update
@boundary
async def on_settings_update(values: dict[str, Any]) -> None:
    from assistant.conversation.records import ToolCallRecord, TurnRecord
    from assistant.web.actions import export_action, profile_action
    from assistant.web.answers import settings_change_markdown
    from assistant.web.elements import analysis_elements
    from assistant.web.settings_panel import options_from_settings

    session = await _session()
    cl.user_session.set("use_offline", bool(values.get("use_offline")))
    try:
        options, changes = options_from_settings(values, session.options)
    except ValueError as exc:
        reason = escape(str(exc))
        await cl.Message(content=f"That setting was not applied: {reason}. The previous value is kept.").send()
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
    record = TurnRecord(user="", assistant="", tool_calls=[ToolCallRecord(name="analyze_workload", args={}, result={})])
    await cl.Message(
        content=settings_change_markdown(changes, before, after),
        elements=analysis_elements(session, record),
        actions=[profile_action(), export_action()],
    ).send()
    await _persist(session)


@cl.action_callback("show_source")
@boundary
async def on_show_source(action: cl.Action) -> None:
    from assistant.web.source_panel import show_source

    await show_source(action.payload)


@cl.action_callback("show_profile")
@boundary
async def on_show_profile(action: cl.Action) -> None:
    from assistant.web import render as ui

    await ui.send_profile(await _session())


@cl.action_callback("change_fact")
@boundary
async def on_change_fact(action: cl.Action) -> None:
    """A fact changed on the profile card: said as a short message, so the reader and the
    recomputation are the same as for anything typed."""
    label = str(action.payload.get("label", "")).strip()[:40]
    value = str(action.payload.get("text", "")).strip()[:300]
    if not value:
        return
    text = f"{label}: {value}" if label else value
    await cl.Message(content=text, author="You", type="user_message").send()
    await answer(text)
