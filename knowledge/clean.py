"""Turn user files into clean text with headings: HTML, raw web-page text, PDF, markdown."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

# Lines that belong to the site, not the article: banners, ad slots, navigation, comment forms.
_FURNITURE = [
    r"maintenance",
    r"site is under maintenance.*",
    r"go to quizzes",
    r"sponsored.*",
    r"advertisement",
    r"reserved space.*",
    r"skip to (main )?content",
    r"(home|menu|search|subscribe|sign in|log in|share|tweet|print)( \|.*)?",
    r"use the .{0,60}calculator.*",
    r"related (tools|articles|posts)( and guides)?:?",
    r"image placeholder",
    r".*\b\d+ min read\b.*",
    r"cubist (depiction|representation) .*",
    r"questions, corrections, and tips .*",
    r"(join|start) the discussion",
    r"shown next to your comment\.?",
    r"up to [\d,]+ characters",
    r"no comments yet",
    r"be the first to .*",
    r"\d+ in thread",
    r"write a comment",
    r"(accept|manage) cookies.*",
    r"all rights reserved.*",
]
_FURNITURE_RE = re.compile(r"^(?:" + "|".join(_FURNITURE) + r")$", re.IGNORECASE)
# Where a comment thread starts, the article has ended.
_COMMENTS_START = re.compile(r"^(comments?|\d+ comments?|leave a (reply|comment)|responses?)$", re.IGNORECASE)


def clean_web_text(text: str) -> str:
    """Strip site furniture and comment threads from raw page text; mark probable headings."""
    lines = [ln.strip() for ln in text.replace("\r", "").splitlines()]
    kept: list[str] = []
    for line in lines:
        if _COMMENTS_START.match(line) and len(kept) > 5:
            break
        if not line or _FURNITURE_RE.match(line):
            kept.append("")
            continue
        kept.append(f"## {line}" if _looks_like_heading(line) else line)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()


def _looks_like_heading(line: str) -> bool:
    if line.startswith("#") or len(line) > 90 or not 2 <= len(line.split()) <= 12:
        return False
    if (
        re.search(r"[$~%]", line)
        or " / " in line
        or re.match(r"^\d+[A-Za-z]", line)
        or re.search(r"\d{4}-\d{2}-\d{2}", line)
    ):
        return False
    if line.endswith((".", ",", ";", ":")) or line.startswith(("-", "*", "•")) or "|" in line:
        return False
    if line.endswith("?"):
        return True
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", line) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) / len(words) >= 0.6


class _HtmlText(HTMLParser):
    SKIP: ClassVar[set[str]] = {
        "script",
        "style",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "noscript",
        "svg",
        "iframe",
    }
    BLOCK: ClassVar[set[str]] = {
        "p",
        "div",
        "li",
        "tr",
        "section",
        "article",
        "br",
        "blockquote",
        "pre",
        "table",
        "ul",
        "ol",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.heading: int | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = " ".join(v or "" for k, v in attrs if k in ("class", "id")).lower()
        skip = tag in self.SKIP or re.search(r"\b(comment|sidebar|advert|banner|cookie|nav)", classes)
        if skip and tag != "br":
            self.skip += 1
            return
        if self.skip:
            if tag not in ("br", "img", "hr", "meta", "link", "input"):
                self.skip += 1
            return
        if re.fullmatch(r"h[1-6]", tag):
            self.heading = int(tag[1])
            self.out.append("\n\n" + "#" * min(self.heading, 4) + " ")
        elif tag == "li":
            self.out.append("\n- ")
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if self.skip:
            self.skip -= 1
            return
        if re.fullmatch(r"h[1-6]", tag):
            self.heading = None
            self.out.append("\n\n")
        elif tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.out.append(re.sub(r"\s+", " ", data) if self.heading is None else data.strip())


def html_to_text(html: str) -> str:
    """Readable text with markdown headings; navigation, scripts and comment blocks dropped."""
    parser = _HtmlText()
    parser.feed(html)
    parser.close()
    text = "".join(parser.out)
    lines = [ln.strip() for ln in text.splitlines()]
    return clean_web_text("\n".join(ln for ln in lines if ln != "-"))


def pdf_to_text(path: Path) -> str:
    """Text of every page of a PDF (no OCR: scanned pages give no text)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise ValueError(f"cannot read PDF: {exc}") from exc
    return clean_web_text("\n\n".join(pages))
