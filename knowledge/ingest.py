"""Add a user's own documents (markdown, text, HTML, PDF) to their private, cited collection.

Each upload is read and chunked in a separate process (``knowledge.extract``) with a deadline and a
memory cap (a hostile PDF or a huge markdown file cannot pin the server), within limits on bytes,
pages, extracted characters and passages; then it is embedded with the rest of the deadline.
Nothing changes unless every file of an upload passes. Documents belong to their owner: the stored
copy (the source the index is rebuilt from) lives under the owner's directory, and the passages
carry the owner.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from knowledge.documents import Chunk
from knowledge.extract import (
    LOCAL_OWNER,
    MAX_BYTES,
    SUPPORTED,
    IngestError,
    IngestResult,
    Limits,
    chunk_user_file,
    owner_key,
    safe_name,
)
from knowledge.index import IngestTimeout, KnowledgeIndex

__all__ = [
    "MAX_BYTES",
    "SUPPORTED",
    "DocumentStore",
    "IngestError",
    "IngestResult",
    "Limits",
    "chunk_user_file",
    "ingest",
    "read_and_chunk",
    "restore_documents",
    "safe_name",
]
log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]


def read_and_chunk(path: Path, name: str, limits: Limits, owner: str, deadline: float) -> tuple[str, list[Chunk]]:
    """(kind, chunks) read in a child process that is killed at the deadline; IngestError otherwise."""
    kind = SUPPORTED.get(Path(name).suffix.lower())
    if kind is None:
        suffix = Path(name).suffix or "(none)"
        raise IngestError(f"unsupported file type {suffix[:16]}; use {', '.join(sorted(SUPPORTED))}")
    if not path.is_file():
        raise IngestError("no such file (upload it again)")
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise IngestError(f"{size / 1e6:.1f} MB is over the {limits.max_bytes / 1e6:.0f} MB limit")
    job = {"path": str(path), "name": name, "kind": kind, "owner": owner, "limits": limits.model_dump()}
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    try:
        done = subprocess.run(
            [sys.executable, "-c", "from knowledge.extract import child_main; child_main()"],
            input=json.dumps(job),
            capture_output=True,
            text=True,
            timeout=max(0.1, deadline - time.monotonic()),
            env=env,
            cwd=ROOT,
            check=False,
        )
    except subprocess.TimeoutExpired:  # run() has killed the child
        raise IngestError(f"reading it took longer than {limits.timeout_s:g} s (the limit)") from None
    if done.stderr.strip():
        log.info("reading %s: %s", name, done.stderr.strip()[-500:])
    try:
        result = json.loads(done.stdout)
    except ValueError:  # the child died: memory cap or a crash in a parser
        raise IngestError("cannot read it: it needs more memory or time than allowed") from None
    if result.get("status") != "ok":
        raise IngestError(str(result.get("message", "cannot read it")))
    return kind, [Chunk(**c) for c in result["chunks"]]


# ---------------------------------------------------------------------- stored copies
class DocumentStore:
    """Each owner's uploaded files, kept (private) as the source the index is rebuilt from."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def owner_dir(self, owner: str) -> Path:
        return self.root / owner_key(owner)

    def _private_dir(self, path: Path) -> Path:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        with contextlib.suppress(OSError):
            path.chmod(0o700)
        return path

    def save(self, owner: str, name: str, source: Path) -> Path:
        folder = self._private_dir(self.owner_dir(owner))
        self._private_dir(self.root)
        (folder / ".owner").write_text(owner, encoding="utf-8")
        (folder / ".owner").chmod(0o600)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                shutil.copyfileobj(src, out)
            os.chmod(tmp, 0o600)
            target = folder / name
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
        return target

    def remove(self, owner: str, name: str) -> bool:
        try:
            name = safe_name(name)
        except IngestError:
            return False
        path = self.owner_dir(owner) / name
        if path.is_file():
            path.unlink()
            return True
        return False

    def documents(self) -> list[tuple[str, str, Path]]:
        """(owner, file name, stored path) of every kept document."""
        out: list[tuple[str, str, Path]] = []
        if not self.root.is_dir():
            return out
        for folder in sorted(p for p in self.root.iterdir() if p.is_dir()):
            marker = folder / ".owner"
            if not marker.is_file():
                continue
            owner = marker.read_text(encoding="utf-8")
            out += [(owner, f.name, f) for f in sorted(folder.iterdir()) if f.is_file() and not f.name.startswith(".")]
        return out


# ---------------------------------------------------------------------- the pipeline
def ingest(
    paths: list[Path],
    index: KnowledgeIndex,
    *,
    owner: str = LOCAL_OWNER,
    names: list[str] | None = None,
    limits: Limits | None = None,
    store: DocumentStore | None = None,
) -> list[IngestResult]:
    """Validate every file first; if any is bad, raise and change nothing. Re-ingesting replaces.

    ``names`` are the names to cite (uploads arrive under random names); ``store`` keeps a copy."""
    limits = limits or Limits(max_bytes=MAX_BYTES)
    shown = [safe_name(n) for n in (names or [p.name for p in paths])]
    if len(set(shown)) != len(shown):
        raise IngestError("two files share a name; your documents are cited by file name")
    deadline = time.monotonic() + limits.timeout_s
    prepared = []
    for path, name in zip(paths, shown, strict=True):
        try:
            kind, chunks = read_and_chunk(path, name, limits, owner, deadline)
        except IngestError as exc:
            raise IngestError(f"{name}: {exc}") from None
        prepared.append((path, name, kind, chunks))
    embedded = []
    try:
        for path, name, kind, chunks in prepared:
            embedded.append((path, name, kind, chunks, index.embed_chunks(chunks, deadline)))
    except IngestTimeout:
        raise IngestError(f"indexing took longer than {limits.timeout_s:g} s (the limit)") from None
    results = []
    done: list[str] = []
    for path, name, kind, chunks, vectors in embedded:
        try:
            index.add_user_chunks(name, chunks, owner, vectors=vectors)
            if store is not None:
                store.save(owner, name, path)
        except Exception as exc:
            log.exception("storing %s failed", name)
            for other in done:  # leave the collection as it was
                index.remove_user_file(other, owner)
            raise IngestError(f"{name}: could not be stored ({type(exc).__name__})") from exc
        done.append(name)
        results.append(
            IngestResult(file=name, kind=kind, chunks=len(chunks), sections=sorted({c.section for c in chunks}))
        )
    return results


def restore_documents(
    index: KnowledgeIndex, store: DocumentStore, limits: Limits | None = None
) -> list[tuple[str, str]]:
    """Re-index every stored document the index lacks (after a rebuild); returns (owner, name) of each."""
    restored: list[tuple[str, str]] = []
    present: dict[str, dict[str, int]] = {}
    for owner, name, path in store.documents():
        if owner not in present:
            present[owner] = index.user_files(owner)
        if name in present[owner]:
            continue
        try:
            ingest([path], index, owner=owner, names=[name], limits=limits)
            restored.append((owner, name))
        except IngestError as exc:
            log.warning("could not restore a stored document: %s", exc)
    return restored
