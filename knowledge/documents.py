"""Knowledge documents: front matter, heading-aware chunks with their citation, content hash."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field

BASE_DIR = Path(__file__).parent / "base"
CHUNKER_VERSION = "2"  # bump when chunking or what is embedded changes
MAX_CHARS = 1500

ChunkKind = Literal["base", "audit", "user"]


class Chunk(BaseModel):
    """One retrievable passage and everything needed to cite it."""

    model_config = ConfigDict(frozen=True)

    id: str
    source: str = Field(description="article slug, 'source-audit', or 'user:<file name>'")
    title: str
    publisher: str = ""
    date: str = ""
    section: str
    text: str
    path: str = Field(description="file the chunk came from, relative to its root")
    kind: ChunkKind = "base"
    owner: str = Field(default="", description="who uploaded it ('' for the shared knowledge base)")

    def metadata(self) -> dict[str, str]:
        return {k: str(v) for k, v in self.model_dump().items() if k not in ("id", "text")}

    def hash_json(self) -> str:
        """What the content hash covers (the shared base has no owner, so its hash is as before)."""
        return self.model_dump_json(exclude={"owner"} if not self.owner else None)


class DocumentError(ValueError):
    """A knowledge or user document that cannot be used."""


def split_front_matter(text: str) -> tuple[dict[str, object], str]:
    """YAML front matter between leading '---' lines, and the body after it."""
    if not text.startswith("---"):
        return {}, text
    parts = text.split("---", 2)
    if len(parts) < 3:
        raise DocumentError("front matter is not closed by '---'")
    meta = yaml.safe_load(parts[1]) or {}
    if not isinstance(meta, dict):
        raise DocumentError("front matter must be a mapping")
    return meta, parts[2]


_HEADING = re.compile(r"^(#{1,4})\s+(.+?)\s*#*\s*$")


def sections(body: str) -> list[tuple[str, str]]:
    """(heading, text) pairs; text before the first heading has an empty heading."""
    out: list[tuple[str, list[str]]] = [("", [])]
    for line in body.splitlines():
        match = _HEADING.match(line)
        if match:
            out.append((match.group(2).strip(), []))
        else:
            out[-1][1].append(line)
    return [(h, "\n".join(lines).strip()) for h, lines in out if "\n".join(lines).strip()]


def _split_long(text: str, limit: int = MAX_CHARS) -> list[str]:
    """Split on paragraph boundaries so no piece is much longer than ``limit``."""
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    current = ""
    for para in re.split(r"\n\s*\n", text):
        if current and len(current) + len(para) > limit:
            pieces.append(current.strip())
            current = ""
        if len(para) > limit:  # one huge paragraph: split on sentences
            for sentence in re.split(r"(?<=[.!?])\s+", para):
                if current and len(current) + len(sentence) > limit:
                    pieces.append(current.strip())
                    current = ""
                current += sentence + " "
        else:
            current += para + "\n\n"
    if current.strip():
        pieces.append(current.strip())
    return pieces


def chunk_document(
    meta: dict[str, object], body: str, path: str, kind: ChunkKind = "base", prefix: str = ""
) -> list[Chunk]:
    """Heading-aware chunks; each keeps the document's citation and its own section path."""
    missing = [k for k in ("source", "title", "section") if not meta.get(k)]
    if missing:
        raise DocumentError(f"{path}: front matter lacks {', '.join(missing)}")
    base_section = str(meta["section"])
    chunks: list[Chunk] = []
    for heading, text in sections(body):
        section = f"{base_section} > {heading}" if heading else base_section
        for n, piece in enumerate(_split_long(text)):
            digest = hashlib.sha1(f"{path}|{section}|{n}|{len(chunks)}".encode()).hexdigest()[:12]
            chunks.append(
                Chunk(
                    id=f"{prefix}{digest}",
                    source=str(meta["source"]),
                    title=str(meta["title"]),
                    publisher=str(meta.get("publisher", "")),
                    date=str(meta.get("date", "")),
                    section=section,
                    text=f"{heading}\n{piece}" if heading else piece,
                    path=path,
                    kind=kind,
                )
            )
    return chunks


def knowledge_files(base_dir: Path = BASE_DIR) -> list[Path]:
    return sorted(base_dir.rglob("*.md"))


def load_knowledge_base(base_dir: Path = BASE_DIR) -> list[Chunk]:
    """Every chunk of the knowledge base, in a stable order."""
    chunks: list[Chunk] = []
    for path in knowledge_files(base_dir):
        meta, body = split_front_matter(path.read_text(encoding="utf-8"))
        chunks += chunk_document(meta, body, str(path.relative_to(base_dir)))
    return chunks


def content_hash(chunks: list[Chunk], embedder_name: str) -> str:
    """Changes when any chunk, the chunker or the embedding model changes."""
    h = hashlib.sha256(f"{CHUNKER_VERSION}|{embedder_name}".encode())
    for chunk in chunks:
        h.update(chunk.hash_json().encode())
    return h.hexdigest()
