"""The server wired from the settings at start-up (``configure``): the session secret, the login (passwords, or
the single local user) and the defences (origin checks, token checks, socket limits, upload staging, short errors)."""

from __future__ import annotations

import logging
import os
import uuid
from typing import Any

import chainlit as cl

from assistant.settings import Settings, get_settings
from assistant.web import clock, element_files
from assistant.web.auth import TokenRefused, check_token, local_secret, origin_allowed, served_origins, verify_password
from assistant.web.serving.incidents import incident, incident_text

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
