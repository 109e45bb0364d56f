"""Reading and chunking one uploaded document, within limits (this module runs in a child process).

Kept apart from the index so the child starts fast: no NumPy, no Chroma, only the parsers.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from knowledge.documents import Chunk, DocumentError, chunk_document, split_front_matter

LOCAL_OWNER = "local"
SUPPORTED = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
}
MAX_BYTES = 10 * 1024 * 1024
MAX_NAME_CHARS = 120


class IngestError(ValueError):
    """A file that cannot be ingested; nothing was changed. The message is safe to show a user."""


class IngestResult(BaseModel):
    file: str
    kind: str
    chunks: int
    sections: list[str]


class Limits(BaseModel):
    """What one upload may cost (settings ``ADVISOR_INGEST_*``)."""

    max_bytes: int = Field(default=MAX_BYTES, gt=0)
    max_pages: int = Field(default=300, gt=0)
    max_chars: int = Field(default=1_000_000, gt=0)
    max_chunks: int = Field(default=600, gt=0)
    timeout_s: float = Field(default=60, gt=0)
    memory_mb: int = Field(default=1024, ge=128)

    @classmethod
    def from_settings(cls, settings: Any) -> Limits:
        return cls(
            max_pages=settings.ingest_max_pages,
            max_chars=settings.ingest_max_chars,
            max_chunks=settings.ingest_max_chunks,
            timeout_s=settings.ingest_timeout_s,
            memory_mb=settings.ingest_memory_mb,
        )


# ---------------------------------------------------------------------- names
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\:*?\"<>|\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def safe_name(name: str) -> str:
    """The name a document is stored and cited under: no directories, no control or path characters."""
    base = _UNSAFE_NAME.sub("_", str(name).replace("\\", "/").rsplit("/", 1)[-1]).strip().strip(".")
    stem, dot, ext = base.rpartition(".")
    if dot and len(base) > MAX_NAME_CHARS:
        base = stem[: MAX_NAME_CHARS - len(ext) - 1] + "." + ext
    if not (stem if dot else base).strip("._ -"):
        raise IngestError("that file name cannot be used; rename the file (e.g. notes.md) and upload it again")
    return base[:MAX_NAME_CHARS]


def owner_key(owner: str) -> str:
    """A directory name for an owner: readable where possible, never colliding, never a path."""
    readable = re.sub(r"[^a-z0-9_-]", "", owner.lower())[:24] or "user"
    return f"{readable}-{hashlib.sha256(owner.encode()).hexdigest()[:12]}"


# ---------------------------------------------------------------------- reading (in a child process)
def _looks_binary(raw: bytes) -> bool:
    """Binary anywhere in the file: a NUL byte, or a share of control bytes no text file has."""
    if b"\x00" in raw:
        return True
    if not raw:
        return False
    control = sum(raw.count(bytes([b])) for b in (*range(1, 9), 11, 12, *range(14, 27), *range(28, 32)))
    if control / len(raw) > 0.01:
        return True
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("utf-8", errors="replace")
        return text.count("\ufffd") / max(1, len(text)) > 0.05
    return False


def _pdf_text(path: Path, limits: Limits) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted:
        raise IngestError("the PDF is encrypted; upload an unprotected copy")
    count = len(reader.pages)
    if count > limits.max_pages:
        raise IngestError(f"{count:,} pages is over the {limits.max_pages:,}-page limit")
    pages: list[str] = []
    total = 0
    for page in reader.pages:
        text = page.extract_text() or ""
        total += len(text)
        if total > limits.max_chars:
            raise IngestError(f"more than {limits.max_chars:,} characters of text (the limit)")
        pages.append(text)
    from knowledge.clean import clean_web_text

    return clean_web_text("\n\n".join(pages))


def _read(path: Path, kind: str, limits: Limits) -> str:
    """The document's text with markdown headings (runs in the child process)."""
    if kind == "pdf":
        with path.open("rb") as fh:
            if not fh.read(1024).lstrip().startswith(b"%PDF-"):
                raise IngestError("not a PDF file")
        return _pdf_text(path, limits)
    raw = path.read_bytes()
    if _looks_binary(raw):
        raise IngestError(f"looks binary, not {kind}")
    decoded = raw.decode("utf-8", errors="replace")
    if len(decoded) > (limits.max_chars * 4 if kind == "html" else limits.max_chars):
        raise IngestError(f"more than {limits.max_chars:,} characters of text (the limit)")
    from knowledge.clean import clean_web_text, html_to_text

    if kind == "html":
        text = html_to_text(decoded)
    elif kind == "text":
        text = clean_web_text(decoded)
    else:
        try:
            _meta, text = split_front_matter(decoded)
        except (DocumentError, ValueError) as exc:
            raise IngestError(f"its front matter cannot be read ({str(exc)[:120]})") from exc
    if len(text) > limits.max_chars:
        raise IngestError(f"more than {limits.max_chars:,} characters of text (the limit)")
    return text


def _prepare(path: Path, name: str, kind: str, limits: Limits, owner: str) -> list[Chunk]:
    text = _read(path, kind, limits)
    if not re.search(r"\w", text):
        raise IngestError("no text found (empty, or a scanned PDF)")
    chunks = chunk_user_file(name, text, owner)
    if not chunks:
        raise IngestError("no text found")
    if len(chunks) > limits.max_chunks:
        raise IngestError(f"{len(chunks):,} passages is over the {limits.max_chunks:,}-passage limit")
    return chunks


def child_main() -> None:
    """Child process: cap memory, read and chunk, print the chunks or a message as one JSON object."""
    job = json.loads(sys.stdin.read())
    limits = Limits(**job["limits"])
    try:
        import resource

        cap = limits.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, ValueError, OSError):  # pragma: no cover - not on every platform
        pass
    kind = job["kind"]
    try:
        chunks = _prepare(Path(job["path"]), job["name"], kind, limits, job["owner"])
        out: dict[str, Any] = {"status": "ok", "chunks": [c.model_dump() for c in chunks]}
    except IngestError as exc:
        out = {"status": "refused", "message": str(exc)}
    except MemoryError:
        out = {"status": "refused", "message": f"reading it needs more than {limits.memory_mb:,} MB of memory"}
    except RecursionError:
        out = {"status": "refused", "message": "it is nested too deeply to read"}
    except Exception as exc:  # damaged files: a plain message for the user, the details on stderr (the log)
        sys.stderr.write(f"cannot read {job['name']!r}: {type(exc).__name__}: {str(exc)[:300]}\n")
        what = "PDF" if kind == "pdf" else f"this {kind} file"
        out = {"status": "refused", "message": f"cannot read {what}: it is damaged or not really {kind}"}
    sys.stdout.write(json.dumps(out))


def chunk_user_file(name: str, text: str, owner: str = LOCAL_OWNER) -> list[Chunk]:
    """Chunks cited by file name and section; ids unique per owner and file."""
    first = re.search(r"^#{1,4}\s+(.+)$", text, re.MULTILINE)
    title = first.group(1).strip()[:200] if first else Path(name).stem
    meta = {"source": f"user:{name}", "title": name, "section": title}
    prefix = "user-" + hashlib.sha1(f"{owner}\x00{name}".encode()).hexdigest()[:12] + "-"
    chunks = chunk_document(meta, text, name, kind="user", prefix=prefix)
    return [c.model_copy(update={"owner": owner}) for c in chunks]
