"""`advisor doctor`: check the settings, the index, the history database and the documents; fix what it can."""

from __future__ import annotations

import argparse
import stat
import sys
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ValidationError

from assistant.cli.args import emit

Status = Literal["ok", "fixed", "problem"]


class Finding(BaseModel):
    area: str
    status: Status
    detail: str


class Report(BaseModel):
    findings: list[Finding]
    problems: int
    fixed: int


def register(sub: Any) -> None:
    p = sub.add_parser("doctor", help="check settings, index, history and documents, and fix what can be fixed")
    p.add_argument("--no-fix", action="store_true", help="only report; change nothing")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.set_defaults(handler=cmd_doctor)


def _private(path: Path, mode: int, fix: bool) -> bool | None:
    """None when already private, True when made private, False when it is not (and was not fixed)."""
    if not path.exists() or stat.S_IMODE(path.stat().st_mode) & 0o077 == 0:
        return None
    if not fix:
        return False
    path.chmod(mode)
    return True


def check(fix: bool = True) -> Report:
    from assistant.settings import get_settings

    found: list[Finding] = []

    def note(area: str, status: Status, detail: str) -> None:
        found.append(Finding(area=area, status=status, detail=detail))

    get_settings.cache_clear()
    try:
        settings = get_settings()
    except ValidationError as exc:
        err = exc.errors()[0]
        name = "ADVISOR_" + str(err["loc"][0]).upper() if err["loc"] else "settings"
        note("settings", "problem", f"{name}: {err['msg'].removeprefix('Value error, ')}")
        return _report(found)
    login = f"login on for {len(settings.users)} user(s)" if settings.login else "single local user (no login)"
    note("settings", "ok", f"model {settings.model}; {login}; token lifetime {settings.token_lifetime_s:,} s")
    if settings.login and not settings.https:
        note("settings", "ok", "the login cookie is not marked Secure (set ADVISOR_HTTPS=true when served over HTTPS)")

    # ---- data directory and private files
    data = settings.data_dir
    if not data.exists():
        if fix:
            data.mkdir(parents=True, mode=0o700)
            note("data directory", "fixed", f"created {data} (private)")
        else:
            note("data directory", "problem", f"{data} does not exist")
    made: list[str] = []
    left: list[str] = []
    if data.exists():
        for path in [data, *sorted(data.rglob("*"))]:
            if path.is_symlink():
                continue
            changed = _private(path, 0o700 if path.is_dir() else 0o600, fix)
            if changed is True:
                made.append(path.name or str(path))
            elif changed is False:
                left.append(path.name or str(path))
    if made:
        note("file modes", "fixed", f"made {len(made)} file(s) private to this user (0600/0700)")
    if left:
        note("file modes", "problem", f"{len(left)} file(s) readable by others, e.g. {left[0]}")
    if not made and not left:
        note("file modes", "ok", "the data directory is private")

    # ---- history
    from assistant.web.history import check_sqlite, recover_corrupt, sqlite_path

    url = settings.history_url()
    db = sqlite_path(url)
    if db is None:
        note("history", "ok", "history in an external database (not checked offline)")
    else:
        reason = check_sqlite(db)
        if reason is None:
            note("history", "ok", f"{db.name} reads cleanly" if db.exists() else "no history yet")
        elif fix:
            moved = recover_corrupt(url)
            import asyncio

            from assistant.web.history import create_schema

            asyncio.run(create_schema(url))
            note("history", "fixed", f"{db.name} was damaged ({reason}); moved to {moved.name if moved else '?'}")
        else:
            note("history", "problem", f"{db.name} is damaged ({reason})")

    # ---- index
    from knowledge.service import index_for

    index = index_for(settings)
    try:
        status = index.status()
    except Exception as exc:
        status = None
        note("index", "problem", f"cannot be read ({type(exc).__name__})")
    if status is not None and status.fresh:
        note("index", "ok", f"{status.base_chunks} knowledge passages, up to date")
    elif fix:
        try:
            reason = index.ensure()
            note("index", "fixed", f"rebuilt: {reason}")
        except Exception as exc:
            note("index", "problem", f"could not be rebuilt ({type(exc).__name__}: {str(exc)[:120]})")
    elif status is not None:
        note("index", "problem", status.reason)

    # ---- documents
    from knowledge.ingest import DocumentStore, Limits, restore_documents

    store = DocumentStore(settings.documents_dir)
    stored = store.documents()
    missing = [(o, n) for o, n, _ in stored if n not in index.user_files(o)]
    if missing and fix:
        restored = restore_documents(index, store, Limits.from_settings(settings))
        if restored:
            note("documents", "fixed", f"re-indexed {len(restored)} stored document(s) missing from the index")
        if len(restored) < len(missing):
            note("documents", "problem", f"{len(missing) - len(restored)} stored document(s) could not be re-indexed")
    elif missing:
        note("documents", "problem", f"{len(missing)} stored document(s) are missing from the index")
    owners = {o for o, _, _ in stored}
    note("documents", "ok", f"{len(stored)} document(s) kept for {len(owners)} user(s)")
    legacy = _unowned_passages(index)
    if legacy:
        note(
            "documents",
            "problem",
            f"{legacy} passage(s) from before documents had owners are hidden from everyone; "
            "upload those files again (`advisor ingest --remove NAME` removes one)",
        )
    return _report(found)


def _unowned_passages(index: Any) -> int:
    try:
        from knowledge.index import USER_COLLECTION

        got = index._collection(USER_COLLECTION).get(include=["metadatas"])
    except Exception:
        return 0
    return sum(1 for m in got["metadatas"] or [] if not (m or {}).get("owner"))


def _report(found: list[Finding]) -> Report:
    return Report(
        findings=found,
        problems=sum(f.status == "problem" for f in found),
        fixed=sum(f.status == "fixed" for f in found),
    )


def cmd_doctor(args: argparse.Namespace) -> None:
    report = check(fix=not args.no_fix)
    marks = {"ok": "ok     ", "fixed": "FIXED  ", "problem": "PROBLEM"}
    human = "\n".join(f"{marks[f.status]} {f.area}: {f.detail}" for f in report.findings)
    human += f"\n\n{report.fixed} fixed, {report.problems} problem(s) left."
    emit(args, report, human)
    if report.problems:
        sys.stdout.flush()
        raise SystemExit(1)
