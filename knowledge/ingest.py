"""Add the user's own documents (markdown, text, HTML, PDF) to a separate, cited collection."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from pydantic import BaseModel

from knowledge.clean import clean_web_text, html_to_text, pdf_to_text
from knowledge.documents import Chunk, DocumentError, chunk_document, split_front_matter
from knowledge.index import KnowledgeIndex

SUPPORTED = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}
MAX_BYTES = 10 * 1024 * 1024


class IngestError(ValueError):
    """A file that cannot be ingested; nothing was changed."""


class IngestResult(BaseModel):
    file: str
    kind: str
    chunks: int
    sections: list[str]


def read_user_file(path: Path) -> tuple[str, str]:
    """(kind, text with markdown headings), or IngestError naming the problem."""
    kind = SUPPORTED.get(path.suffix.lower())
    if kind is None:
        raise IngestError(
            f"{path.name}: unsupported file type {path.suffix or '(none)'}; use {', '.join(sorted(SUPPORTED))}"
        )
    if not path.is_file():
        raise IngestError(f"{path.name}: no such file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise IngestError(f"{path.name}: {size / 1e6:.1f} MB is over the {MAX_BYTES / 1e6:.0f} MB limit")
    if kind == "pdf":
        try:
            text = pdf_to_text(path)
        except ValueError as exc:
            raise IngestError(f"{path.name}: {exc}") from exc
    else:
        raw = path.read_bytes()
        if b"\x00" in raw[:4096]:
            raise IngestError(f"{path.name}: looks binary, not {kind}")
        decoded = raw.decode("utf-8", errors="replace")
        if kind == "html":
            text = html_to_text(decoded)
        elif kind == "text":
            text = clean_web_text(decoded)
        else:
            try:
                _meta, text = split_front_matter(decoded)
            except (DocumentError, ValueError) as exc:
                raise IngestError(f"{path.name}: {exc}") from exc
    if not re.search(r"\w", text):
        raise IngestError(f"{path.name}: no text found (empty, or a scanned PDF)")
    return kind, text


def chunk_user_file(path: Path, text: str) -> list[Chunk]:
    """Chunks cited by file name and section."""
    first = re.search(r"^#{1,4}\s+(.+)$", text, re.MULTILINE)
    title = first.group(1).strip() if first else path.stem
    meta = {"source": f"user:{path.name}", "title": path.name, "section": title}
    prefix = "user-" + hashlib.sha1(path.name.encode()).hexdigest()[:8] + "-"
    return chunk_document(meta, text, path.name, kind="user", prefix=prefix)


def ingest(paths: list[Path], index: KnowledgeIndex) -> list[IngestResult]:
    """Validate every file first; if any is bad, raise and change nothing. Re-ingesting replaces."""
    prepared = []
    for path in paths:
        kind, text = read_user_file(path)
        chunks = chunk_user_file(path, text)
        if not chunks:
            raise IngestError(f"{path.name}: no text found")
        prepared.append((path, kind, chunks))
    names = [p.name for p, _, _ in prepared]
    if len(set(names)) != len(names):
        raise IngestError("two files share a name; user documents are cited by file name")
    results = []
    done: list[str] = []
    for path, kind, chunks in prepared:
        try:
            index.add_user_chunks(path.name, chunks)
        except Exception as exc:
            for name in done:  # leave the collection as it was
                index.remove_user_file(name)
            raise IngestError(f"{path.name}: could not be stored: {exc}") from exc
        done.append(path.name)
        results.append(
            IngestResult(file=path.name, kind=kind, chunks=len(chunks), sections=sorted({c.section for c in chunks}))
        )
    return results
