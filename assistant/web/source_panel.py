"""A cited passage in the side panel, opened when the user clicks its citation."""

from __future__ import annotations

import re
from typing import Any

import chainlit as cl

from assistant.escape import escape, escape_inline

_BLOCK = re.compile(r"^\s*(?:[-*+] |\d+[.)] |#|\||>)")


def unwrap(text: str) -> str:
    """A passage's hard-wrapped lines joined into paragraphs (list items, headings, tables and blank
    lines kept), so the side panel reads as prose rather than as the article's line breaks."""
    out: list[str] = []
    for line in text.split("\n"):
        prev = out[-1] if out else ""
        joinable = prev.strip() and line.strip() and not _BLOCK.match(line)
        if joinable and not re.match(r"^\s*(?:#|\|)", prev):
            out[-1] = f"{prev.rstrip()} {line.strip()}"
        else:
            out.append(line)
    return "\n".join(out)


async def show_source(payload: dict[str, Any]) -> None:
    """Open one cited passage in the side panel (only when the user clicks its citation)."""
    title = escape_inline(payload.get("title", "Source"), 120)
    body = (
        f"**{escape_inline(payload.get('title', ''))}** — {escape_inline(payload.get('section', ''))}\n\n"
        f"{escape(unwrap(str(payload.get('body', ''))))}"
    )
    await cl.ElementSidebar.set_title(f"Source {escape_inline(payload.get('n', ''), 5)}")
    await cl.ElementSidebar.set_elements([cl.Text(name=title, content=body)])
