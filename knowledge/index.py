"""The Chroma index of the knowledge base (and the user's documents), with hybrid retrieval.

Embedded (`PersistentClient` on a directory) by default; with a Chroma host configured the same
code talks to a Chroma server (`chroma run`) through `HttpClient`. Nothing is built on import:
``ensure()`` builds or rebuilds when the index is missing, unreadable, or its content hash no
longer matches the knowledge files, the audit, or the embedding model.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import shutil
import time
from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from knowledge.bm25 import BM25, tokenize
from knowledge.documents import BASE_DIR, Chunk, content_hash, load_knowledge_base
from knowledge.embeddings import Embedder, default_embedder

log = logging.getLogger(__name__)
BASE_COLLECTION = "advisor-knowledge"
USER_COLLECTION = "advisor-user-docs"
RRF_K = 60
Progress = Callable[[int, int], None]
Mode = Literal["hybrid", "dense", "lexical"]
LOCAL_OWNER = "local"  # the single local user (command line, and the app without login)
# Whose documents a retrieval may read: set by the web app for each chat (logged-in users are "user:NAME",
# so nobody can be the local user by name); unset, it is the single local user of the command line.
CURRENT_OWNER: contextvars.ContextVar[str] = contextvars.ContextVar("knowledge_owner", default=LOCAL_OWNER)


class IngestTimeout(TimeoutError):
    """Indexing an upload ran past its deadline (nothing was changed)."""


class Retrieved(BaseModel):
    """A passage with its citation and how well it matched (0-1, higher is better)."""

    source: str
    title: str
    section: str
    text: str
    score: float
    kind: str
    path: str


class IndexStatus(BaseModel):
    location: str
    fresh: bool
    reason: str
    base_chunks: int
    user_chunks: int
    content_hash: str


class IndexError_(RuntimeError):  # trailing underscore: not the builtin IndexError
    """The index cannot be used and could not be rebuilt."""


def embed_text(chunk: Chunk) -> str:
    """What gets embedded: the section path gives a short passage its context."""
    return f"{chunk.section}\n{chunk.text}"


def _similar(a: str, b: str) -> float:
    ta, tb = set(tokenize(a)), set(tokenize(b))
    return len(ta & tb) / len(ta | tb) if ta and tb else 0.0


class KnowledgeIndex:
    """Build, check and query the knowledge index."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        embedder: Embedder | None = None,
        host: str | None = None,
        port: int = 8000,
        base_dir: Path = BASE_DIR,
        include_audit: bool = True,
    ) -> None:
        if path is None and host is None:
            raise ValueError("give an index directory or a Chroma host")
        self.path, self.host, self.port = path, host, port
        self.base_dir = base_dir
        self.include_audit = include_audit
        self._embedder = embedder
        self._client: Any = None
        self._corpus: list[Chunk] | None = None
        self._bm25: BM25 | None = None
        self._collections: dict[str, Any] = {}
        self._query_vectors: dict[str, Any] = {}  # the same question from many users is embedded once
        self._embed_queries: Callable[[Sequence[str]], Any] | None = None
        # the same search over the same corpus finds the same passages: kept, by the corpus they came from
        self._found: dict[tuple[str, int, str, str], tuple[list[Chunk], list[Retrieved]]] = {}

    # ------------------------------------------------------------------ plumbing
    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            self._embedder = default_embedder()
        return self._embedder

    def embed_queries_with(self, embed: Callable[[Sequence[str]], Any] | None) -> None:
        """Search queries embedded by ``embed`` (the same model elsewhere: in a worker process) instead of
        this process's embedder; None: here again."""
        self._embed_queries = embed

    @property
    def location(self) -> str:
        return f"chroma server {self.host}:{self.port}" if self.host else str(self.path)

    @property
    def client(self) -> Any:
        if self._client is None:
            import chromadb

            settings = chromadb.Settings(anonymized_telemetry=False)
            if self.host:
                self._client = chromadb.HttpClient(host=self.host, port=self.port, settings=settings)
            else:
                assert self.path is not None
                self.path.mkdir(parents=True, exist_ok=True)
                self._client = chromadb.PersistentClient(path=str(self.path), settings=settings)
        return self._client

    def _collection(self, name: str, create: bool = False) -> Any:
        """The collection, looked up once and kept (forgotten when the client is reset, a collection
        is deleted, or a query on it fails)."""
        col = None if create else self._collections.get(name)
        if col is None:
            if create:
                col = self.client.get_or_create_collection(
                    name, embedding_function=None, metadata={"hnsw:space": "cosine"}
                )
            else:
                col = self.client.get_collection(name, embedding_function=None)
            self._collections[name] = col
        return col

    @cached_property
    def expected(self) -> tuple[list[Chunk], str]:
        """The chunks the index should hold and their content hash."""
        chunks = load_knowledge_base(self.base_dir)
        if self.include_audit:
            from knowledge.audit_notes import audit_chunks

            chunks += audit_chunks()
        return chunks, content_hash(chunks, self.embedder.name)

    # ------------------------------------------------------------------ state
    def status(self) -> IndexStatus:
        """Is the index there, readable and up to date?"""
        _chunks, want = self.expected
        try:
            base = self._collection(BASE_COLLECTION)
            have = (base.metadata or {}).get("content_hash", "")
            count = base.count()
        except Exception as exc:  # missing collection or unreadable store
            missing = "does not exist" in str(exc) or "not found" in str(exc).lower()
            reason = "no index yet" if missing else f"index unreadable ({_why(exc)})"
            return IndexStatus(
                location=self.location,
                fresh=False,
                reason=reason,
                base_chunks=0,
                user_chunks=self._user_count(),
                content_hash="",
            )
        fresh = have == want and count == len(_chunks)
        reason = "up to date" if fresh else "the knowledge files or embedding model changed"
        return IndexStatus(
            location=self.location,
            fresh=fresh,
            reason=reason,
            base_chunks=count,
            user_chunks=self._user_count(),
            content_hash=have,
        )

    def _user_count(self) -> int:
        try:
            return int(self._collection(USER_COLLECTION).count())
        except Exception:
            return 0

    def ensure(self, progress: Progress | None = None) -> str | None:
        """Rebuild if needed; returns why it rebuilt, or None when the index was fine."""
        try:
            status = self.status()
            if status.fresh:
                return None
            reason = status.reason
        except Exception as exc:
            reason = f"index unreadable ({_why(exc)})"
        _count, broken = self.rebuild(progress)
        reason = broken or reason
        log.info("knowledge index rebuilt: %s", reason)
        return reason

    def rebuild(self, progress: Progress | None = None) -> tuple[int, str | None]:
        """Build from scratch; a local index that cannot be written is moved aside and built anew.

        Returns the number of chunks and, when the old files had to be moved, why and where."""
        try:
            return self.build(progress), None
        except Exception as exc:
            if self.host:
                raise IndexError_(f"cannot build the index on {self.location}: {exc}") from exc
            moved = self._move_aside()
            return self.build(progress), f"index unreadable ({_why(exc)}); the old files were moved to {moved}"

    def _move_aside(self) -> Path:
        """Keep a broken index directory for inspection and start a fresh one."""
        assert self.path is not None
        self._reset_client()
        target = self.path.with_name(f"{self.path.name}.broken-{int(time.time())}")
        if self.path.exists():
            shutil.move(str(self.path), target)
        return target

    def _reset_client(self) -> None:
        self._collections.clear()
        self._client = None
        try:
            from chromadb.api import client as chroma_client

            chroma_client.SharedSystemClient.clear_system_cache()
        except Exception:  # pragma: no cover - defensive: older or newer chroma
            pass

    def build(self, progress: Progress | None = None) -> int:
        """Embed every chunk into a fresh base collection; returns the number of chunks."""
        chunks, digest = self.expected
        with contextlib.suppress(Exception):  # absent on a first build
            self._collections.pop(BASE_COLLECTION, None)
            self.client.delete_collection(BASE_COLLECTION)
        collection = self._collection(BASE_COLLECTION, create=True)
        batch = 16
        for start in range(0, len(chunks), batch):
            part = chunks[start : start + batch]
            vectors = self.embedder.embed([embed_text(c) for c in part])
            collection.add(
                ids=[c.id for c in part],
                embeddings=vectors,
                documents=[c.text for c in part],
                metadatas=[c.metadata() for c in part],
            )
            if progress:
                progress(min(start + batch, len(chunks)), len(chunks))
        collection.modify(metadata={"content_hash": digest, "embedder": self.embedder.name})
        self._corpus = None
        return len(chunks)

    # ------------------------------------------------------------------ queries
    def _load_corpus(self) -> list[Chunk]:
        if self._corpus is None:
            corpus: list[Chunk] = []
            for name in (BASE_COLLECTION, USER_COLLECTION):
                try:
                    got = self._collection(name).get(include=["documents", "metadatas"])
                except Exception:
                    continue
                for cid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True):
                    corpus.append(Chunk(id=cid, text=doc, **meta))
            self._corpus = corpus
            self._bm25 = BM25([f"{c.title} {c.section} {c.text}" for c in corpus])
        return self._corpus

    def retrieve(
        self, query: str, k: int = 4, mode: Mode = "hybrid", include_user: bool = True, owner: str | None = None
    ) -> list[Retrieved]:
        """The k best passages for a question, each with its citation; no near-duplicates.

        The shared knowledge base is read by everyone; uploaded documents only by their owner: ``owner``,
        else the chat's ``CURRENT_OWNER`` (the local user when nothing set it); "" searches none."""
        if not query.strip():
            return []
        owner = owner if owner is not None else CURRENT_OWNER.get()
        include_user = include_user and bool(owner)
        corpus = self._load_corpus()
        if not corpus:
            raise IndexError_("the knowledge index is empty: run `advisor index build`")
        key = self._found_key(query, k, mode, include_user, owner, corpus)
        kept = self._found.get(key)
        if kept is not None and kept[0] is corpus:
            return [p.model_copy() for p in kept[1]]
        picked = self._search(query, k, mode, include_user, owner, corpus)
        if len(self._found) >= 256:
            self._found.pop(next(iter(self._found)))
        self._found[key] = (corpus, [p.model_copy() for p in picked])
        return picked

    @staticmethod
    def _found_key(
        query: str, k: int, mode: Mode, include_user: bool, owner: str, corpus: list[Chunk]
    ) -> tuple[str, int, str, str]:
        # an owner without documents of their own finds what everyone finds
        reader = owner if include_user and any(c.kind == "user" and c.owner == owner for c in corpus) else ""
        return (query, k, mode, reader)

    def cached(self, query: str, k: int = 4, mode: Mode = "hybrid", owner: str | None = None) -> list[Retrieved] | None:
        """What ``retrieve`` would answer, when it is already known (a lookup, never a search or a load);
        else None. The search tool answers a known query in place and hops to a thread only to search."""
        corpus = self._corpus
        if not query.strip() or not corpus:
            return None
        owner = owner if owner is not None else CURRENT_OWNER.get()
        kept = self._found.get(self._found_key(query, k, mode, bool(owner), owner, corpus))
        if kept is None or kept[0] is not corpus:
            return None
        return [p.model_copy() for p in kept[1]]

    def _search(
        self, query: str, k: int, mode: Mode, include_user: bool, owner: str, corpus: list[Chunk]
    ) -> list[Retrieved]:
        by_id = {c.id: c for c in corpus}
        depth = max(20, k * 5)
        ranks: dict[str, float] = {}
        if mode in ("hybrid", "dense"):
            vector = self._query_vectors.get(query)
            if vector is None:
                vector = (self._embed_queries or self.embedder.embed)([query])
                if len(self._query_vectors) >= 1024:
                    self._query_vectors.pop(next(iter(self._query_vectors)))
                self._query_vectors[query] = vector
            # how many passages each collection holds for this search, from the loaded corpus (the
            # collections' own contents): no count round trip, and no lookup of an owner's documents
            # when there are none
            sizes = {
                BASE_COLLECTION: sum(c.kind != "user" for c in corpus),
                USER_COLLECTION: sum(c.kind == "user" and c.owner == owner for c in corpus) if include_user else 0,
            }
            dense: list[tuple[float, str]] = []
            for name, size in sizes.items():
                n = min(depth, size)
                if n == 0:
                    continue
                try:
                    col = self._collection(name)
                    where = {"owner": owner} if name == USER_COLLECTION else None
                    got = col.query(query_embeddings=vector, n_results=n, include=["distances"], where=where)
                except Exception:
                    self._collections.pop(name, None)  # looked up afresh next time (rebuilt elsewhere?)
                    if name == BASE_COLLECTION:
                        raise
                    continue
                dense += [(d, i) for i, d in zip(got["ids"][0], got["distances"][0], strict=True)]
            for rank, (_d, cid) in enumerate(sorted(dense)[:depth]):
                ranks[cid] = ranks.get(cid, 0.0) + 1 / (RRF_K + rank + 1)
        if mode in ("hybrid", "lexical"):
            assert self._bm25 is not None
            scores = self._bm25.scores(query)
            order = sorted(range(len(corpus)), key=lambda i: -scores[i])[:depth]
            for rank, i in enumerate(order):
                if scores[i] > 0 and (corpus[i].kind != "user" or (include_user and corpus[i].owner == owner)):
                    ranks[corpus[i].id] = ranks.get(corpus[i].id, 0.0) + 1 / (RRF_K + rank + 1)
        best = 2 / (RRF_K + 1) if mode == "hybrid" else 1 / (RRF_K + 1)
        picked: list[Retrieved] = []
        for cid, score in sorted(ranks.items(), key=lambda kv: -kv[1]):
            chunk = by_id.get(cid)
            if chunk is not None and chunk.kind == "user" and not (include_user and chunk.owner == owner):
                continue  # never another user's document, whatever ranked it
            if chunk is None or any(_similar(chunk.text, p.text) > 0.6 for p in picked):
                continue
            picked.append(
                Retrieved(
                    source=chunk.source,
                    title=chunk.title,
                    section=chunk.section,
                    text=chunk.text,
                    score=round(score / best, 4),
                    kind=chunk.kind,
                    path=chunk.path,
                )
            )
            if len(picked) == k:
                break
        return picked

    # ------------------------------------------------------------------ user documents
    def embed_chunks(self, chunks: list[Chunk], deadline: float | None = None) -> list[Any]:
        """Vectors for these chunks, in batches; IngestTimeout once ``deadline`` (monotonic) has passed."""
        vectors: list[Any] = []
        for start in range(0, len(chunks), 32):
            if deadline is not None and time.monotonic() > deadline:
                raise IngestTimeout("indexing took too long")
            vectors += list(self.embedder.embed([embed_text(c) for c in chunks[start : start + 32]]))
        return vectors

    def add_user_chunks(
        self,
        name: str,
        chunks: list[Chunk],
        owner: str = LOCAL_OWNER,
        deadline: float | None = None,
        vectors: list[Any] | None = None,
    ) -> None:
        """Replace every chunk of one of ``owner``'s files with these (embedded first: a failure changes nothing)."""
        chunks = [c if c.owner == owner else c.model_copy(update={"owner": owner}) for c in chunks]
        if vectors is None or len(vectors) != len(chunks):
            vectors = self.embed_chunks(chunks, deadline) if chunks else []
        collection = self._collection(USER_COLLECTION, create=True)
        self.remove_user_file(name, owner)
        if chunks:
            collection.add(
                ids=[c.id for c in chunks],
                embeddings=vectors,
                documents=[c.text for c in chunks],
                metadatas=[c.metadata() for c in chunks],
            )
        self._corpus = None

    def remove_user_file(self, name: str, owner: str = LOCAL_OWNER) -> int:
        """Remove one of ``owner``'s files; another user's file of the same name is untouched."""
        try:
            collection = self._collection(USER_COLLECTION)
        except Exception:
            return 0
        existing = collection.get(where={"$and": [{"path": name}, {"owner": owner}]}, include=[])
        if existing["ids"]:
            collection.delete(ids=existing["ids"])
        self._corpus = None
        return len(existing["ids"])

    def user_files(self, owner: str) -> dict[str, int]:
        """``owner``'s documents in the index: file name -> passages."""
        try:
            got = self._collection(USER_COLLECTION).get(where={"owner": owner}, include=["metadatas"])
        except Exception:
            return {}
        out: dict[str, int] = {}
        for meta in got["metadatas"] or []:
            out[str(meta["path"])] = out.get(str(meta["path"]), 0) + 1
        return out


def _why(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:200]
