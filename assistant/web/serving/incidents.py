"""An unexpected error as the user sees it: a short incident id (the details go to the log only)."""

from __future__ import annotations

import logging
import secrets

log = logging.getLogger(__name__)


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
