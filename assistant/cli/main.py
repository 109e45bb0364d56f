"""The `advisor` command line: every subcommand takes --json and prints exactly one JSON object."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence

from pydantic import ValidationError

from assistant.cli.args import MAX_INPUT_CHARS as MAX_INPUT_CHARS
from assistant.cli.args import MAX_NUMBER as MAX_NUMBER
from assistant.cli.args import CliError as CliError
from assistant.cli.args import Handler as Handler
from assistant.cli.args import Parser as Parser
from assistant.cli.args import dumps as dumps
from assistant.cli.args import emit as emit
from assistant.cli.args import finite as finite
from assistant.cli.args import json_safe as json_safe
from assistant.cli.args import number as number
from assistant.cli.args import positive_int as positive_int
from assistant.cli.args import quantity as quantity
from assistant.cli.args import share as share
from assistant.cli.args import shown as shown
from assistant.cli.args import validation_to_cli as validation_to_cli


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
    except argparse.ArgumentTypeError as exc:
        sys.stderr.write(f"advisor: error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("advisor: interrupted\n")
        return 130
    except (OverflowError, ArithmeticError) as exc:  # a figure out of range after all checks
        sys.stderr.write(f"advisor: error: a number is out of range ({type(exc).__name__}); use smaller values\n")
        return 2
    except BrokenPipeError:
        return 0
    except Exception as exc:  # one line, never a traceback
        sys.stderr.write(f"advisor: error: unexpected {type(exc).__name__}; please report it with the command\n")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
