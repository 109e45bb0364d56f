"""`advisor chat`: the same agent in the terminal, interactive or from a script of user turns."""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path
from typing import Any

from assistant.cli.args import CliError, dumps, emit
from assistant.cli.common import catalog_for, settings_or_fail
from assistant.cli.knowledge import ensure_ready, open_from_settings


def register(sub: Any) -> None:
    p = sub.add_parser("chat", help="talk to the advisor in the terminal")
    p.add_argument("--script", type=Path, help="a file of user turns, one per line")
    p.add_argument("--json", action="store_true", help="with --script: print one JSON object")
    p.add_argument("--jsonl", action="store_true", help="with --script: print one JSON line per turn as it is answered")
    p.add_argument("--price-file", help="TOML or JSON file of price overrides")
    p.set_defaults(handler=cmd_chat)


def cmd_chat(args: argparse.Namespace) -> None:
    from assistant.agent.models import ModelConfigError
    from assistant.root import make_advisor, new_session, recommendation_summary

    settings = settings_or_fail()
    if getattr(args, "jsonl", False) and not args.script:
        raise CliError("--jsonl", "only with --script FILE")
    if getattr(args, "jsonl", False) and args.json:
        raise CliError("--jsonl", "give --json or --jsonl, not both")
    catalog = catalog_for(args)
    index = open_from_settings()
    ensure_ready(index, quiet=bool(args.json or getattr(args, "jsonl", False)))
    try:
        advisor = make_advisor(settings, index)
    except ModelConfigError as exc:
        raise CliError("ADVISOR_MODEL", str(exc)) from exc
    session = new_session(settings, catalog)
    if args.script and getattr(args, "jsonl", False):
        asyncio.run(_stream_script(advisor, session, args.script))
        return
    if args.script:
        try:
            lines = [ln.strip() for ln in args.script.read_text(encoding="utf-8").splitlines() if ln.strip()]
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError("--script", f"cannot read {args.script}: {getattr(exc, 'strerror', None) or exc}") from exc
        asyncio.run(_run_script(advisor, session, lines, settings.model, settings.data_dir / "exports"))
        payload = {
            "turns": [
                {
                    "user": t.user,
                    "assistant": t.assistant,
                    "tool_calls": [c.model_dump(mode="json") for c in t.tool_calls],
                    "citations": [c.model_dump() for c in t.citations],
                    "notices": t.notices,
                }
                for t in session.turns
            ],
            "profile": session.profile.summary(),
            "recommendation": recommendation_summary(session),
        }
        emit(args, payload, "\n\n".join(f"> {t.user}\n\n{t.assistant}" for t in session.turns))
        return
    asyncio.run(_interactive(advisor, session, settings.model, settings.data_dir / "exports"))


EXPORT_COMMANDS = ("/export", "export")


def export_files(session: Any, model: str, directory: Path) -> str:
    """Write the report (PDF, HTML, Markdown, JSON) into a new folder; what to tell the user."""
    from datetime import UTC, datetime

    from assistant.web import export

    if session.current() is None:
        return "There is nothing to export yet: tell me your volume first and I'll make a recommendation."
    folder = directory / datetime.now(UTC).strftime("report-%Y%m%d-%H%M%S")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for name, data, _mime in export.report_files(session, model):
            (folder / name).write_bytes(data)
    except OSError as exc:
        return f"The report could not be written ({exc.strerror or 'the folder is not writable'}); nothing was lost."
    return f"Your report is in {folder}: the PDF and the HTML page for people, Markdown and JSON for tools."


async def _run_script(
    advisor: Any, session: Any, lines: list[str], model: str = "offline", exports: Path | None = None
) -> None:
    for line in lines:
        if line.lower() in EXPORT_COMMANDS and exports is not None:
            sys.stderr.write(export_files(session, model, exports) + "\n")
            continue
        await advisor.turn(session, line)


def turn_json(n: int, record: Any) -> dict[str, Any]:
    return {
        "turn": n,
        "user": record.user,
        "assistant": record.assistant,
        "tool_calls": [c.model_dump(mode="json") for c in record.tool_calls],
        "citations": [c.model_dump() for c in record.citations],
        "notices": record.notices,
    }


async def _stream_script(advisor: Any, session: Any, script: Path) -> None:
    """One JSON line per turn, written (and flushed) as soon as the turn is answered; the file is read a
    line at a time, so a long script starts answering at once and never sits in memory."""
    try:
        handle = script.open(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise CliError("--script", f"cannot read {script}: {exc.strerror or exc}") from exc
    n = 0
    with handle:
        for raw in handle:
            text = raw.strip()
            if not text:
                continue
            n += 1
            record = await advisor.turn(session, text)
            sys.stdout.write(dumps(turn_json(n, record), indent=None) + "\n")
            sys.stdout.flush()


async def _interactive(advisor: Any, session: Any, model: str, exports: Path) -> None:
    sys.stdout.write(
        f"Inference Advisor ({model}). Describe your workload; /export for the report, /quit to leave.\n\n"
    )
    while True:
        try:
            text = await asyncio.to_thread(input, "you> ")
        except (EOFError, KeyboardInterrupt):
            sys.stdout.write("\n")
            return
        if text.strip() in ("/quit", "/exit"):
            return
        if text.strip().lower() in EXPORT_COMMANDS:
            message = await asyncio.to_thread(export_files, session, model, exports)
            sys.stdout.write(f"\nadvisor> {message}\n\n")
            continue
        sink = _Terminal()
        record = await advisor.turn(session, text, stream=sink)
        if sink.shown and sink.shown.strip() == record.assistant.strip():  # streamed as it came
            sys.stdout.write("\n\n")
            for notice in record.notices:
                sys.stdout.write(f"[{notice}]\n")
            continue
        if sink.shown:
            sys.stdout.write("\n")
        for notice in record.notices:
            sys.stdout.write(f"[{notice}]\n")
        sys.stdout.write(f"\nadvisor> {record.assistant}\n\n")


class _Terminal:
    """The model's reply printed as it streams; a draft the advisor withdraws is marked as such."""

    def __init__(self) -> None:
        self.shown = ""

    async def text(self, delta: str) -> None:
        if not self.shown:
            sys.stdout.write("\nadvisor> ")
        self.shown += delta
        sys.stdout.write(delta)
        sys.stdout.flush()

    async def discard(self) -> None:
        if self.shown:
            sys.stdout.write("\n[withdrawn: that draft did not pass the checks]\n")
            self.shown = ""
