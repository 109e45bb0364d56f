"""What every handler runs inside (``boundary``): the chat's document owner set, and an unexpected error turned
into a short message with an incident id."""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import chainlit as cl

from assistant.web.auth import LOCAL_USER
from assistant.web.serving.incidents import incident, incident_text
from assistant.web.serving.wiring import settings

log = logging.getLogger(__name__)


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
