"""`advisor index build|status`, `advisor search` and `advisor ingest`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from assistant.cli.args import CliError, emit, positive_int
from assistant.cli.common import settings_or_fail
from knowledge.index import IndexError_, KnowledgeIndex, Progress


def open_from_settings() -> KnowledgeIndex:
    from knowledge.service import index_for

    return index_for(settings_or_fail())


def progress_bar(label: str, quiet: bool = False) -> tuple[Progress, Any]:
    """A tqdm bar on stderr (silent with --json unless stderr is a terminal)."""
    from tqdm import tqdm

    holder: list[Any] = []

    def update(done: int, total: int) -> None:
        if not holder:  # only draw once there is work to show
            holder.append(tqdm(total=total, desc=label, unit="chunk", file=sys.stderr, disable=quiet))
        bar = holder[0]
        bar.n = done
        bar.refresh()

    class _Closer:
        def close(self) -> None:
            for bar in holder:
                bar.close()

    return update, _Closer()


def restore_documents(index: KnowledgeIndex) -> list[str]:
    """Re-index the stored documents the index lacks (after a rebuild): the user's uploads come back."""
    from knowledge.ingest import DocumentStore, Limits, restore_documents

    settings = settings_or_fail()
    store = DocumentStore(settings.documents_dir)
    return [name for _owner, name in restore_documents(index, store, Limits.from_settings(settings))]


def ensure_ready(index: KnowledgeIndex, quiet: bool = False) -> str | None:
    """Build the index if needed, with a progress bar; returns why it was rebuilt."""
    update, bar = progress_bar("Building knowledge index", quiet)
    try:
        reason = index.ensure(update)
    finally:
        bar.close()
    if reason:
        restored = restore_documents(index)
        if restored:
            reason += f"; re-indexed {len(restored)} of your documents from their stored copies"
    if reason and not quiet:
        sys.stderr.write(f"advisor: knowledge index rebuilt: {reason}\n")
    return reason


def register(sub: Any) -> None:
    p = sub.add_parser("index", help="build or check the knowledge index")
    p.add_argument("action", choices=["build", "status"])
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_index)

    p = sub.add_parser("search", help="search the knowledge base with citations")
    p.add_argument("question")
    p.add_argument("--k", type=positive_int, default=4, help="number of passages (default 4)")
    p.add_argument("--mode", choices=["hybrid", "dense", "lexical"], default="hybrid")
    p.add_argument("--no-user", action="store_true", help="leave out ingested user documents")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("ingest", help="add your own documents (md, txt, html, pdf)")
    p.add_argument("paths", nargs="*", type=Path)
    p.add_argument("--remove", metavar="FILE_NAME", help="remove an ingested file by name")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_ingest)


def cmd_index(args: argparse.Namespace) -> None:
    index = open_from_settings()
    if args.action == "status":
        status = index.status()
        emit(
            args,
            status,
            f"{status.location}: {status.reason}; {status.base_chunks} knowledge "
            f"chunks, {status.user_chunks} user chunks",
        )
        return
    update, bar = progress_bar("Building knowledge index", quiet=args.json and not sys.stderr.isatty())
    try:
        count, moved = index.rebuild(update)
    except IndexError_ as exc:
        raise CliError("ADVISOR_CHROMA_HOST", str(exc)) from exc
    finally:
        bar.close()
    if moved:
        sys.stderr.write(f"advisor: {moved}\n")
    restored = restore_documents(index)
    note = f"; re-indexed {len(restored)} of your documents from their stored copies" if restored else ""
    emit(
        args,
        {"chunks": count, "location": index.location, "restored_documents": restored},
        f"built {count} chunks at {index.location}{note}",
    )


def cmd_search(args: argparse.Namespace) -> None:
    if not args.question.strip():
        raise CliError("QUESTION", "empty question")
    index = open_from_settings()
    ensure_ready(index, quiet=args.json)
    try:
        results = index.retrieve(args.question, k=args.k, mode=args.mode, include_user=not args.no_user)
    except IndexError_ as exc:
        raise CliError("QUESTION", str(exc)) from exc
    payload = {
        "results": [
            {"source": r.source, "title": r.title, "section": r.section, "text": r.text, "score": r.score}
            for r in results
        ]
    }
    text = (
        "\n\n".join(f"[{i + 1}] {r.title} — {r.section} (score {r.score:g})\n{r.text}" for i, r in enumerate(results))
        or "no passages found"
    )
    emit(args, payload, text)


def cmd_ingest(args: argparse.Namespace) -> None:
    from knowledge.ingest import DocumentStore, IngestError, Limits, ingest

    settings = settings_or_fail()
    index = open_from_settings()
    store = DocumentStore(settings.documents_dir)
    if args.remove:
        removed = index.remove_user_file(args.remove)
        store.remove("local", args.remove)
        emit(args, {"removed": args.remove, "chunks": removed}, f"removed {removed} chunks of {args.remove}")
        return
    if not args.paths:
        raise CliError("PATH", "give one or more files to ingest")
    ensure_ready(index, quiet=args.json)
    try:
        results = ingest(args.paths, index, limits=Limits.from_settings(settings), store=store)
    except IngestError as exc:
        raise CliError("PATH", str(exc)) from exc
    emit(
        args,
        {"ingested": [r.model_dump() for r in results]},
        "\n".join(f"{r.file}: {r.chunks} chunks ({r.kind})" for r in results),
    )
