"""`advisor ui`: start the Chainlit app; `advisor hash-password`: a hash for ADVISOR_USERS."""

from __future__ import annotations

import argparse
import getpass
import importlib.util
import os
import sys
from pathlib import Path
from typing import Any

from assistant.cli.args import CliError, positive_int
from assistant.cli.common import settings_or_fail

ROOT = Path(__file__).resolve().parents[2]  # where .chainlit/config.toml and chainlit.md live


def register(sub: Any) -> None:
    p = sub.add_parser("ui", help="start the browser app (http://localhost:8000)")
    p.add_argument("--port", type=positive_int, default=8000)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--headless", action="store_true", help="do not open a browser window")
    p.set_defaults(handler=cmd_ui)

    p = sub.add_parser("hash-password", help="print a password hash for ADVISOR_USERS")
    p.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    p.set_defaults(handler=cmd_hash)


def cmd_ui(args: argparse.Namespace) -> None:
    settings_or_fail()  # validate the configuration before starting anything
    if args.port > 65535:
        raise CliError("--port", f"{args.port} is not a port number")
    if importlib.util.find_spec("chainlit") is None:
        raise CliError("ui", "chainlit is not installed in this environment; run ./scripts/setup")
    # The app as `chainlit run` loads it, served on uvloop (assistant.web.serving.server), in a fresh process:
    # nothing this command imported stays in the server.
    argv = [sys.executable, "-m", "assistant.web.serving.server", str(ROOT / "assistant" / "web" / "app.py")]
    argv += [args.host, str(args.port), *(["--headless"] if args.headless else [])]
    env = {**os.environ, "CHAINLIT_APP_ROOT": str(ROOT)}
    os.chdir(ROOT)
    sys.stdout.write(f"Inference Advisor on http://localhost:{args.port} (Ctrl+C to stop)\n")
    sys.stdout.flush()
    os.execve(sys.executable, argv, env)


def cmd_hash(args: argparse.Namespace) -> None:
    from assistant.web.auth import hash_password

    password = sys.stdin.readline().rstrip("\n") if args.password_stdin else getpass.getpass("Password: ")
    if len(password) < 8:
        raise CliError("password", "use at least 8 characters")
    sys.stdout.write(hash_password(password) + "\n")
