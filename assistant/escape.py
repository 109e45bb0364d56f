"""The one way user- and document-derived text goes into Markdown: shown as written, never rendered.

``escape`` is the function: every piece of text that came from a user (messages, what-if titles,
file names, setting values, error details) or from a document (passages, titles, sections) passes
through it before it is put into Markdown for the chat, the side panel or an export. It

* drops control characters and keeps line breaks,
* removes images (Markdown ``![..](..)`` and HTML ``<img>``) so nothing remote loads in a browser,
* keeps the words of a link and drops its target unless it is http(s) (``javascript:``, ``data:`` ...),
* escapes HTML (``<`` ``>`` ``&``) and every Markdown control character, so no markup survives.

``quote`` blockquotes a whole escaped passage (every line, not only the first), and ``defang`` is
for Markdown we write ourselves but whose words may carry someone else's markup (a model's answer
that read a poisoned document): formatting stays, raw HTML, images and unsafe links go.

A layer of its own, below the agent and the web: the offline advisor's answers (``assistant.agent.
compose``) quote passages with it as the chat, the side panel and the exports do. It imports nothing
from the project.
"""

from __future__ import annotations

import html
import re

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_MD_IMAGE = re.compile(r"!\[([^\]\n]{0,500})\]\(((?:[^()\n]|\([^()\n]{0,200}\)){0,2000})\)")
_MD_REF_IMAGE = re.compile(r"!\[([^\]\n]{0,500})\]\[[^\]\n]{0,200}\]")
_HTML_IMAGE = re.compile(r"<\s*(?:img|image|svg|picture|video|audio|iframe|object|embed)\b[^>]{0,5000}>?", re.I)
_MD_LINK = re.compile(
    r"\[([^\]\n]{0,500})\]\(\s*<?((?:[^()\s>]|\([^()\s]{0,200}\)){0,2000})>?(?:\s+[\"'][^\n]{0,500}?[\"'])?\s*\)"
)
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]\n]{1,200}\]:\s*\S+.*$", re.M)
_AUTOLINK = re.compile(r"<((?:[a-z][a-z0-9+.-]{1,31}):[^>\s]{0,2000})>", re.I)
_BAD_SCHEME = re.compile(r"\b(?:javascript|vbscript|data|file|blob|about|jar|livescript|mocha)\s*:", re.I)
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#!|~^])")
_LINE_START = re.compile(r"(?m)^([ \t]*)(?:(\d{1,9})([.)])|([-+=>]))")
_SAFE_URL = re.compile(r"^https?://[^\s<>\"']+$", re.I)


def _link(match: re.Match[str]) -> str:
    words, target = match.group(1), match.group(2).strip()
    if _SAFE_URL.match(target):
        return f"{words} ({target})" if words.strip() and words.strip() != target else target
    return words


def _plain(text: object) -> str:
    """The text with images and unsafe link targets removed (still raw, not yet escaped)."""
    out = _CONTROL.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n"))
    out = _MD_IMAGE.sub(lambda m: f"[image removed: {m.group(1)}]" if m.group(1).strip() else "[image removed]", out)
    out = _MD_REF_IMAGE.sub("[image removed]", out)
    out = _HTML_IMAGE.sub("[image removed]", out)
    out = _MD_LINK.sub(_link, out)
    out = _REF_DEF.sub("", out)
    out = _AUTOLINK.sub(lambda m: m.group(1) if _SAFE_URL.match(m.group(1)) else "[link removed]", out)
    return _BAD_SCHEME.sub("[link removed]", out)


def escape(text: object, limit: int | None = None) -> str:
    """User- or document-derived text made inert for Markdown and HTML (see the module docstring).

    ``limit`` cuts the text (before escaping) at that many characters, with an ellipsis."""
    out = _plain(text)
    if limit is not None and len(out) > limit:
        out = out[:limit].rstrip() + "…"
    out = html.escape(out, quote=False)
    out = _MD_SPECIAL.sub(r"\\\1", out)
    # A line that starts with spaces would become a code block, "1." a list, "-" a list or a heading rule.
    out = _LINE_START.sub(lambda m: m.group(2) + "\\" + m.group(3) if m.group(2) else "\\" + (m.group(4) or ""), out)
    return re.sub(r"(?m)^[ \t]+", "", out)


def escape_inline(text: object, limit: int | None = None) -> str:
    """``escape`` on one line: line breaks become spaces (titles, file names, table cells)."""
    return escape(re.sub(r"\s*\n\s*", " ", str(text)), limit)


def quote(text: object, limit: int | None = None) -> str:
    """The whole passage as a blockquote, escaped: every line is quoted, nothing renders."""
    body = escape(text, limit)
    return "\n".join(f"> {line}" if line.strip() else ">" for line in body.split("\n"))


def defang(markdown: str) -> str:
    """Markdown we compose, made safe when its words may carry markup: formatting stays; raw HTML is
    shown as text, images and non-http(s) link targets are removed."""
    out = _plain(markdown)
    return out.replace("<", "&lt;")
