"""The `advisor` command line: every subcommand takes --json and prints exactly one JSON object."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from pydantic import BaseModel, ValidationError

from tools.numbers import QuantityError, parse_quantity


class CliError(Exception):
    """Bad input: reported as one line naming the argument, exit status 2."""

    def __init__(self, argument: str, message: str) -> None:
        super().__init__(f"argument {argument}: {message}")
        self.argument = argument


class Parser(argparse.ArgumentParser):
    """argparse, but errors are one line on stderr and exit 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"advisor: error: {message}\n")


def quantity(text: str) -> float:
    """A non-negative number such as 50M, 2.5B, 1.5k, 10_000 or 1,500."""
    try:
        value = parse_quantity(text)
    except QuantityError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {text!r}")
    return value


def share(text: str) -> float:
    """A fraction: 0.8, .8 or 80%."""
    raw = text.strip()
    try:
        value = float(raw[:-1]) / 100 if raw.endswith("%") else float(raw)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a share: {text!r} (use 0.8 or 80%)") from exc
    if not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1 (or 0% and 100%): {text!r}")
    return value


def positive_int(text: str) -> int:
    value = quantity(text)
    if value != int(value) or value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1: {text!r}")
    return int(value)


def emit(args: argparse.Namespace, payload: BaseModel | dict[str, Any], human: str) -> None:
    """Print the JSON object with --json, else the human text."""
    if getattr(args, "json", False):
        data = payload.model_dump(mode="json") if isinstance(payload, BaseModel) else payload
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(human.rstrip() + "\n")


def validation_to_cli(exc: ValidationError, flags: dict[str, str], default: str = "input") -> CliError:
    """Name the command-line flag behind the first invalid field (``default`` for whole-model errors)."""
    err = exc.errors()[0]
    field = next((str(p) for p in err["loc"] if isinstance(p, str) and p in flags), None)
    if field is None:
        field = next((str(p) for p in err["loc"] if isinstance(p, str)), None)
    if field is None:
        return CliError(default, err["msg"].removeprefix("Value error, "))
    flag = flags.get(field, "--" + field.replace("_", "-"))
    message = err["msg"].removeprefix("Value error, ")
    return CliError(flag, message)


Handler = Callable[[argparse.Namespace], None]


def build_parser() -> Parser:
    from assistant.cli import register_all

    parser = Parser(prog="advisor", description="Inference Advisor: API vs self-hosted LLM costs.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    register_all(sub)
    return parser


def _attach_negative_values(argv: list[str]) -> list[str]:
    """``--tokens-per-day -5M`` would read -5M as a flag; pass it as a value so it is judged."""
    out: list[str] = []
    for arg in argv:
        if out and re.match(r"^-[\d.]", arg) and out[-1].startswith("--") and "=" not in out[-1]:
            out[-1] = f"{out[-1]}={arg}"
        else:
            out.append(arg)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_attach_negative_values(list(sys.argv[1:] if argv is None else argv)))
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return 0
    try:
        handler(args)
    except CliError as exc:
        sys.stderr.write(f"advisor: error: {exc}\n")
        return 2
    except ValidationError as exc:
        sys.stderr.write(f"advisor: error: {validation_to_cli(exc, {})}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("advisor: interrupted\n")
        return 130
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
