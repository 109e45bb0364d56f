"""The Chainlit app: thin handlers over the advisor (run with `advisor ui` or `chainlit run`).

Importing this module does no work: it only declares the handlers. The start-up hook reads the
settings and wires the server (login, session secret, defences, the history database); the agent,
index and catalog are prepared by a background warm-up that starts with the server, so the page is
up while they load. The first chat waits for the warm-up and shows its progress (the knowledge index
build on a first start).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import gc
import logging
import os
import re
import secrets
import uuid
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, TypeVar

import chainlit as cl

from assistant.escape import escape, escape_inline
from assistant.settings import Settings, get_settings
from assistant.web import clock, element_files
from assistant.web.auth import (
    LOCAL_USER,
    TokenRefused,
    check_token,
    local_secret,
    origin_allowed,
    served_origins,
    verify_password,
)

log = logging.getLogger(__name__)


def settings() -> Settings:
    """The settings (read once, on first use: at start-up, never at import)."""
    return get_settings()


class Wiring:
    """What the start-up hook decided for this server (see ``configure``). A plain class: Chainlit runs
    this file under a module name it does not register, where dataclasses cannot be made."""

    def __init__(self, secret: str, origins: list[str]) -> None:
        self.secret, self.origins = secret, origins


_WIRING: list[Wiring] = []


def wiring() -> Wiring:
    if not _WIRING:  # handlers driven without a server (tests, scripts): wire on first use
        configure(settings())
    return _WIRING[0]


# (label — one-line description, message): the page shows the description under the label.
STARTERS = [
    (
        "Startup on a budget — 2M tokens a day, no ML team",
        "We're an early-stage startup: about 2M tokens a day, mostly input, spiky traffic, "
        "no compliance requirements, no ML engineers. What should we use?",
    ),
    (
        "Regulated enterprise — HIPAA, 40M tokens a day",
        "We're a hospital network: about 40M tokens a day of clinical notes, mostly input, "
        "business hours, HIPAA applies, two DevOps people and no ML engineers.",
    ),
    (
        "High-volume pipeline — 2B tokens a day, MLOps team",
        "We run a content pipeline at 2 billion tokens a day, 80% input, steady 24/7, "
        "no compliance requirements, an MLOps team on Kubernetes; open source is fine.",
    ),
    (
        "I already have GPUs — 8 A100s, 500M tokens a day",
        "I already have 8 A100s and we run Kubernetes. About 500M tokens a day, 80% input, "
        "steady, no compliance requirements, 2 ML engineers, open source is fine.",
    ),
]
_EXTERNAL_LINK = re.compile(r"<link\b[^>]*\bhref=\"https?://[^\"]*\"[^>]*/?>\s*", re.IGNORECASE)


def local_only(html: str) -> str:
    """The page without links to other origins (Chainlit's Google Fonts preconnects, KaTeX CSS).

    Fonts come from the system stack in ``public/theme.json``; LaTeX rendering is off."""
    return _EXTERNAL_LINK.sub("", html)


def _serve_local_page() -> None:
    """Wrap Chainlit's page template so every asset the browser loads comes from this origin."""
    import chainlit.server as server

    original = server.get_html_template
    if getattr(original, "local_only", False):
        return

    def template(root_path: str) -> str:
        return local_only(original(root_path))

    template.local_only = True  # type: ignore[attr-defined]
    server.get_html_template = template


# ---------------------------------------------------------------------- the server's defences
def _served() -> tuple[str | None, int | None]:
    from chainlit.config import config

    port = config.run.port or int(os.environ.get("CHAINLIT_PORT", "8000") or 8000)
    return config.run.host or os.environ.get("CHAINLIT_HOST"), port


def _checked_decode(token: str) -> Any:
    """Chainlit's token decoding, plus: the user must be configured now and the token younger than the
    lifetime setting. Every HTTP request and websocket connection goes through it."""
    from chainlit.user import User

    cfg = settings()
    users = set(cfg.users) if cfg.login else None
    try:
        identifier = check_token(token, wiring().secret, users, cfg.token_lifetime_s)
    except TokenRefused as exc:
        import jwt

        log.info("login token refused: %s", exc)
        raise jwt.InvalidTokenError("invalid token") from None
    provider = "credentials" if cfg.login else "local"
    return User(identifier=identifier, metadata={"role": "user", "provider": provider})


async def _checked_process_message(session: Any, payload: Any) -> None:
    """Before Chainlit handles (and stores) a message: too long gets a clear reply; a malformed id gets
    a fresh one instead of an error."""
    from chainlit.context import init_ws_context

    step = payload.get("message") if isinstance(payload, dict) else None
    if not isinstance(step, dict):
        return
    try:
        if uuid.UUID(str(step.get("id"))).version != 4:
            raise ValueError
    except ValueError:
        step["id"] = str(uuid.uuid4())
    text = step.get("output")
    if isinstance(text, str) and len(text) > settings().max_message_chars:
        context = init_ws_context(session)
        await context.emitter.task_start()
        try:
            await cl.Message(content=too_long(len(text))).send()
        finally:
            await context.emitter.task_end()
        return
    await _ORIGINAL["process_message"](session, payload)


def too_long(chars: int) -> str:
    return (
        f"Your message is {chars:,} characters; the limit is {settings().max_message_chars:,}. Nothing was "
        "changed. Please send a shorter message, or attach the text as a document."
    )


def incident(where: str, exc: BaseException | None = None) -> str:
    """Log an unexpected error with a short id; the user sees only the id."""
    code = secrets.token_hex(4).upper()
    log.error("incident %s in %s", code, where, exc_info=exc)
    return code


def incident_text(code: str) -> str:
    return (
        f"Sorry, something went wrong on our side (incident {code}). Your profile and scenarios are "
        "unchanged; please try again."
    )


_ORIGINAL: dict[str, Any] = {}


def harden_server(cfg: Settings, origins: list[str]) -> None:
    """Origin check on the websocket, token checks, cookie and socket limits, upload staging in the data
    directory, and short error messages with an incident id instead of raw exceptions. Idempotent."""
    import chainlit.auth
    import chainlit.auth.cookie
    import chainlit.auth.jwt
    import chainlit.config
    import chainlit.message
    import chainlit.server
    import chainlit.socket
    from chainlit.config import config

    config.project.user_session_timeout = cfg.token_lifetime_s
    clock.install()  # no blocking sleep in each message and step Chainlit builds
    element_files.install()  # a chart's or card's file written at once, not in three thread hops
    config.project.allow_origins[:] = origins  # the HTTP CORS list (read when the first request builds it)
    chainlit.auth.cookie._cookie_secure = cfg.https or chainlit.auth.cookie._cookie_samesite == "none"
    eio = chainlit.server.sio.eio
    eio.cors_allowed_origins = lambda origin, environ=None: origin_allowed(origin, origins)
    eio.max_http_buffer_size = cfg.socket_max_bytes
    _ORIGINAL.setdefault("decode_jwt", chainlit.auth.jwt.decode_jwt)
    for module in (chainlit.auth, chainlit.server):  # both took Chainlit's decode_jwt by name
        setattr(module, "decode_jwt", _checked_decode)  # noqa: B010
    _ORIGINAL.setdefault("process_message", chainlit.socket.process_message)
    chainlit.socket.process_message = _checked_process_message
    uploads = cfg.data_dir / "uploads"
    uploads.mkdir(parents=True, exist_ok=True, mode=0o700)
    chainlit.config.FILES_DIRECTORY = uploads
    setattr(chainlit.server, "FILES_DIRECTORY", uploads)  # noqa: B010  (removed at shutdown)
    error_cls = chainlit.message.ErrorMessage
    if "error_init" not in _ORIGINAL:
        _ORIGINAL["error_init"] = error_cls.__init__

        def short_error(self: Any, content: str, *args: Any, **kwargs: Any) -> None:
            code = incident(f"chainlit ({str(content)[:200]!r})")
            _ORIGINAL["error_init"](self, incident_text(code), *args, **kwargs)

        error_cls.__init__ = short_error  # type: ignore[method-assign]


def configure(cfg: Settings) -> Wiring:
    """Wire this server from the settings, once, from the start-up hook: the session secret, the
    defences, and the login (passwords when users are configured, else the single local user).
    Idempotent for the same settings."""
    import chainlit.config

    secret = prepare_process(cfg)
    origins = served_origins(*_served(), cfg.allowed_origins)
    harden_server(cfg, origins)
    code = chainlit.config.config.code
    if cfg.login:
        code.header_auth_callback = None
        cl.password_auth_callback(login)
    else:
        code.password_auth_callback = None
        cl.header_auth_callback(local_user)
    _WIRING[:] = [Wiring(secret=secret, origins=origins)]
    return _WIRING[0]


def prepare_process(cfg: Settings) -> str:
    """What the server needs from its process before it serves: files it writes are private to its
    user, and Chainlit signs sessions with the configured secret (or this installation's own, made
    once), never with one left in the environment. Returns the secret."""
    os.umask(0o077)  # everything the server writes (history, index, uploads, secrets) is private to its user
    secret = cfg.auth_secret.get_secret_value() if cfg.auth_secret else local_secret(cfg.data_dir)
    os.environ["CHAINLIT_AUTH_SECRET"] = secret
    return secret


async def login(username: str, password: str) -> cl.User | None:
    stored = settings().users.get(username)
    if stored and verify_password(password, stored):
        return cl.User(identifier=username, metadata={"role": "user", "provider": "credentials"})
    return None


async def local_user(headers: Any) -> cl.User | None:
    return cl.User(identifier="local", metadata={"role": "user", "provider": "local"})


F = TypeVar("F", bound=Callable[..., Awaitable[Any]])


def owner_of(user: Any) -> str:
    """Whose documents a chat reads and writes: "user:NAME" when logged in, else the local user."""
    identifier = getattr(user, "identifier", None)
    return f"user:{identifier}" if settings().login and identifier else LOCAL_USER


def boundary(func: F) -> F:
    """Every handler: the chat's document owner is set, and an unexpected error becomes a short message
    with an incident id (the details go to the log only)."""

    @functools.wraps(func)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        from knowledge.index import CURRENT_OWNER

        token = CURRENT_OWNER.set(owner_of(cl.user_session.get("user")))
        try:
            return await func(*args, **kwargs)
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            code = incident(func.__name__, exc)
            try:
                await cl.Message(content=incident_text(code)).send()
            except Exception:  # the socket itself is gone: the log has it
                log.warning("incident %s could not be reported to the user", code)
            return None
        finally:
            CURRENT_OWNER.reset(token)

    return wrapper  # type: ignore[return-value]


class Runtime:
    """What every chat shares: the catalog, the index and the advisors (built once)."""

    def __init__(self, catalog: Any, index: Any, advisor: Any, offline: Any) -> None:
        self.catalog, self.index, self.advisor, self.offline = catalog, index, advisor, offline
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


_progress: dict[str, Any] = {"done": 0, "total": 0, "reason": ""}


def _build() -> Runtime:
    """Heavy imports, the index (built if missing or stale), the catalog, the model. In a thread."""
    from assistant.agent.loop import Advisor
    from assistant.agent.models import ModelConfigError
    from assistant.agent.offline import OfflineAdvisorModel
    from assistant.root import make_advisor, make_catalog
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
    offline = Advisor(OfflineAdvisorModel(), index)
    try:
        advisor = make_advisor(cfg, index) if cfg.model != "offline" else offline
    except ModelConfigError as exc:
        log.error("%s; using the offline model", exc)
        advisor = offline
    import assistant.web.render  # noqa: F401  (charts and exports, ready before the first answer)

    rt = Runtime(catalog, index, advisor, offline)
    rt.rebuilt, rt.restored = reason, restored
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

    cfg = settings()
    return AdvisorDataLayer(
        cfg.history_url(), attempts=cfg.history_write_attempts, backoff_s=cfg.history_write_backoff_s
    )


HISTORY_NOTICE: list[str] = []  # what the users are told about the history database (once per chat)


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


async def warm_up() -> None:
    """The runtime built before the first chat, then the server process tuned for serving."""
    await runtime()
    # From here the server embeds one short query at a time: too small to gain from splitting across
    # cores (2 threads cost 1.6x the CPU for 1.2x the speed), and the other core serves the chats.
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1, user_api="blas")
    # Libraries, index and catalog live as long as the server: move them out of the collector's
    # sight, so a full collection under load walks the conversations only (~200 ms pauses before).
    gc.collect()
    gc.freeze()


def history_moved_text(moved: Path) -> str:
    return (
        "Your conversation history could not be read (the database was damaged), so it was moved aside "
        f"as {escape_inline(moved.name)} and a new one was started. Earlier conversations are not listed; "
        "this one is saved as usual."
    )


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


async def _tell_history_problems() -> None:
    """The start-up notice, and any damage found while running (then the database is replaced)."""
    notices = list(HISTORY_NOTICE)
    layer = _history()
    if layer is not None:
        moved = await layer.recover_if_corrupt()
        if moved is not None:
            HISTORY_NOTICE[:] = [history_moved_text(moved)]
            notices = list(HISTORY_NOTICE)
    told = cl.user_session.get("history_told") or []
    for text in notices:
        if text not in told:
            await cl.Message(content=text).send()
            told.append(text)
    cl.user_session.set("history_told", told)


def _history() -> Any:
    """The advisor's history data layer, or None (history off, or another layer installed)."""
    from chainlit.data import get_data_layer

    from assistant.web.history import AdvisorDataLayer

    layer = get_data_layer()
    return layer if isinstance(layer, AdvisorDataLayer) else None


@cl.on_app_shutdown
async def shutdown() -> None:
    if (layer := _history()) is not None:
        await layer.flush()  # the last writes queued for the history database (failed ones tried again)


# ---------------------------------------------------------------------- chat
@cl.set_starters
async def starters(user: Any = None, language: Any = None) -> list[cl.Starter]:
    return [cl.Starter(label=label, message=message, icon="/public/favicon.svg") for label, message in STARTERS]


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


async def _start(state: dict[str, Any] | None = None) -> Any:
    from assistant.conversation.session import AdvisorSession
    from assistant.root import new_session
    from assistant.web import render as ui

    rt = await _ready()
    session = AdvisorSession.from_dict(state, rt.catalog) if state else new_session(settings(), rt.catalog)
    cl.user_session.set("advisor_session", session)
    cl.user_session.set("use_offline", False)
    await cl.ChatSettings(ui.settings_widgets(session.options, settings().model)).send()
    return session


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


async def _session() -> Any:
    """This chat's advisor session; a message that beats chat start waits for it instead of failing."""
    session = cl.user_session.get("advisor_session")
    if session is None:
        session = await _start()
    return session


SAVE_FAILED = (
    "This conversation could not be saved to your history just now (the history database did not "
    "accept it after several tries). Nothing is lost in this chat, and it goes on as usual; I'll save "
    "it again with your next message. If you leave before then, the latest turns may be missing when "
    "you come back."
)


async def _persist(session: Any) -> None:
    """Store what this turn changed. A save that still fails after its retries is said to the user
    (once until a save succeeds again); the session stays in memory and the next save includes it."""
    from assistant.web.history import HistoryWriteError

    thread_id = cl.context.session.thread_id
    layer = _history()
    if layer is None or not thread_id:
        return
    try:
        await layer.save_advisor_state(thread_id, session.to_dict())
    except HistoryWriteError as exc:
        log.warning("could not save the conversation: %s", exc)
        if layer.corrupt:
            await _tell_history_problems()
        if not cl.user_session.get("save_failed_told"):
            await cl.Message(content=SAVE_FAILED).send()
            cl.user_session.set("save_failed_told", True)
        return
    cl.user_session.set("save_failed_told", False)


async def answer(text: str) -> None:
    from assistant.web import render as ui

    rt = await _ready()
    session = await _session()
    advisor = rt.offline if cl.user_session.get("use_offline") else rt.advisor
    # A model's reply streams into a draft as it comes; the offline policy answers at once, no draft.
    draft = ui.DraftReply() if advisor is not rt.offline else None
    try:
        record = await advisor.turn(session, text, stream=draft)
    except Exception as exc:  # the session goes on whatever happens
        code = incident("turn", exc)
        await cl.Message(content=incident_text(code)).send()
        return
    finally:
        if draft is not None:
            await draft.discard()  # the finished answer below takes its place
    await ui.render_turn(record, session)
    await _persist(session)


@cl.on_message
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


async def _report_links() -> dict[str, str]:
    """Links to this conversation's report as it stands, for the signed-in user only."""
    user = cl.user_session.get("user")
    links: dict[str, str] = downloads().offer(
        getattr(user, "identifier", None) or "", await _session(), settings().model
    )
    return links


@cl.action_callback("export_pdf")
@boundary
async def on_export_pdf(action: cl.Action) -> None:
    from assistant.web import render as ui

    await ui.send_pdf(await _report_links())


@cl.on_settings_update
@boundary
async def on_settings_update(values: dict[str, Any]) -> None:
    from assistant.conversation.session import ToolCallRecord, TurnRecord
    from assistant.web import render as ui

    session = await _session()
    cl.user_session.set("use_offline", bool(values.get("use_offline")))
    try:
        options, changes = ui.options_from_settings(values, session.options)
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
        content=ui.settings_change_markdown(changes, before, after),
        elements=ui.analysis_elements(session, record),
        actions=[ui.profile_action(), ui.export_action()],
    ).send()
    await _persist(session)


@cl.action_callback("show_source")
@boundary
async def on_show_source(action: cl.Action) -> None:
    from assistant.web import render as ui

    await ui.show_source(action.payload)


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
