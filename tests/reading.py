"""What the message reader makes of one message, in the shapes the reading tests compare against."""

from __future__ import annotations

from typing import Any

from assistant.interview.reading import ParseResult, parse_message


def _expecting(expecting: list[str] | str | None) -> list[str]:
    """The question just asked, as the reader takes it: a list of fact names (a single name is a list of one)."""
    if expecting is None:
        return []
    return [expecting] if isinstance(expecting, str) else expecting


def parsed(text: str, expecting: list[str] | str | None = None) -> ParseResult:
    """The reader's whole result for ``text``, after a question about ``expecting``."""
    return parse_message(text, _expecting(expecting))


def facts(text: str, expecting: list[str] | str | None = None) -> dict[str, Any]:
    """The facts read from ``text`` (field to value), after a question about ``expecting``."""
    return {u.field: u.value for u in parsed(text, expecting).updates}


def facts_and_asked(text: str, expecting: list[str] | str | None = None) -> tuple[dict[str, Any], list[str]]:
    """The facts read from ``text`` and the facts the advisor would ask about instead."""
    result = parsed(text, expecting)
    return {u.field: u.value for u in result.updates}, list(result.clarify)
