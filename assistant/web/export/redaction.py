"""Secrets out of exported text (keys, tokens, passwords, cookies, JWTs: ``redact``) and user text
that cannot inject Markdown (``escape_md``)."""

from __future__ import annotations

import functools
import re

from assistant.escape import escape

_SECRETS = [
    re.compile(r"\b(?:sk|pk|rk)-[A-Za-z0-9_-]{12,}"),
    re.compile(r"\b(?:xox[abp]|ghp|gho|github_pat|hf)_[A-Za-z0-9_]{12,}"),
    re.compile(r"\bAKIA[0-9A-Z]{16}\b"),
    re.compile(r"(?i)\b(bearer)\s+[A-Za-z0-9._~+/=-]{12,}"),
    re.compile(r"(?i)\b(api[_-]?key|token|secret|password|cookie|session[_-]?id)\s*[:=]\s*\S+"),
    re.compile(r"\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),  # JWTs
]


@functools.lru_cache(maxsize=2048)  # an export redacts the same transcript turns as the last one did
def redact(text: str) -> str:
    """Remove anything that looks like a key, token, password or cookie."""
    for pattern in _SECRETS:
        text = pattern.sub(lambda m: (m.group(1) + " " if m.lastindex else "") + "[redacted]", text)
    return text


def escape_md(text: str) -> str:
    """User text that cannot inject markup (the one ``escape``), secrets redacted first."""
    return escape(redact(text))
