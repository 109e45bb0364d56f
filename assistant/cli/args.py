"""What every subcommand reads and prints: numbers and shares as typed on the command line (finite, at most
10^15), one-line errors naming the argument, and exactly one JSON object with --json."""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections.abc import Callable
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


MAX_NUMBER = 1e15  # the documented range of every number on the command line: finite, at most 10^15
MAX_INPUT_CHARS = 64  # a number longer than this is not a number anyone means


def shown(text: str) -> str:
    """An argument as quoted back in an error: short, one line."""
    text = " ".join(str(text).split())
    return repr(text if len(text) <= 40 else text[:37] + "...")


def quantity(text: str) -> float:
    """A non-negative finite number up to 10^15, such as 50M, 2.5B, 1.5k, 10_000 or 1,500."""
    if len(text) > MAX_INPUT_CHARS:
        raise argparse.ArgumentTypeError(f"not a number we can use: {shown(text)} is {len(text):,} characters long")
    try:
        value = parse_quantity(text)
    except QuantityError:
        raise argparse.ArgumentTypeError(f"not a finite number: {shown(text)}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {shown(text)}")
    if value > MAX_NUMBER:
        raise argparse.ArgumentTypeError(f"must be at most 1e15 (1,000T): {shown(text)}")
    return value


def number(text: str) -> float:
    """A finite number (negative allowed) within +-10^15, e.g. 1.5 or 2.5k."""
    raw = text.strip()
    negative = raw.startswith("-")
    value = quantity(raw[1:] if negative else raw)
    return -value if negative else value


def finite(value: float, what: str) -> float:
    """A float read by other means (a list inside one argument), held to the same range."""
    if not math.isfinite(value) or abs(value) > MAX_NUMBER:
        raise argparse.ArgumentTypeError(f"{what} must be a finite number within 1e15")
    return value


def share(text: str) -> float:
    """A fraction: 0.8, .8 or 80%."""
    raw = text.strip()
    if len(raw) > MAX_INPUT_CHARS:
        raise argparse.ArgumentTypeError(f"not a share: {shown(text)} (use 0.8 or 80%)")
    try:
        value = float(raw[:-1]) / 100 if raw.endswith("%") else float(raw)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a share: {shown(text)} (use 0.8 or 80%)") from None
    if not math.isfinite(value) or not 0 <= value <= 1:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1 (or 0% and 100%): {shown(text)}")
    return value


def positive_int(text: str) -> int:
    value = quantity(text)
    if value != int(value) or value < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of at least 1: {shown(text)}")
    return int(value)


def json_safe(data: Any) -> Any:
    """Data that is valid JSON: a NaN or an infinity (which JSON has no word for) becomes null."""
    if isinstance(data, float):
        return data if math.isfinite(data) else None
    if isinstance(data, dict):
        return {str(k): json_safe(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [json_safe(v) for v in data]
    return data


def dumps(data: Any, indent: int | None = 2) -> str:
    """Strict JSON (never NaN or Infinity)."""
    return json.dumps(json_safe(data), indent=indent, ensure_ascii=False, allow_nan=False, default=str)


def emit(args: argparse.Namespace, payload: BaseModel | dict[str, Any], human: str) -> None:
    """Print the JSON object with --json, else the human text."""
    if getattr(args, "json", False):
        data = payload.model_dump(mode="json") if isinstance(payload, BaseModel) else payload
        sys.stdout.write(dumps(data) + "\n")
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
