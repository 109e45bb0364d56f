"""Options and helpers shared by the cost subcommands."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from assistant.cli.args import CliError, quantity, share, validation_to_cli
from assistant.settings import Settings, get_settings
from tools.api_cost import Workload
from tools.catalog import Catalog, CatalogError, UnknownNameError, load_catalog
from tools.results import DAYS_PER_MONTH, HOURS_PER_MONTH, Conventions

T = TypeVar("T")


def settings_or_fail() -> Settings:
    try:
        return get_settings()
    except ValidationError as exc:
        err = exc.errors()[0]
        name = "ADVISOR_" + str(err["loc"][0]).upper() if err["loc"] else "settings"
        raise CliError(name, err["msg"].removeprefix("Value error, ")) from exc


def catalog_for(args: argparse.Namespace) -> Catalog:
    """The catalog with the override file from --price-file or the settings."""
    given = getattr(args, "price_file", None)
    path = Path(given) if given else settings_or_fail().price_file
    try:
        return load_catalog(path)
    except CatalogError as exc:
        raise CliError("--price-file", str(exc)) from exc


def add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument("--price-file", help="TOML or JSON file of price overrides")


def add_prices(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--prices",
        choices=["auto", "articles", "catalog"],
        default=None,
        help="price source (default: catalog where it knows the model, else article)",
    )


def price_mode(args: argparse.Namespace) -> Any:
    return args.prices or settings_or_fail().prices


def add_conventions(p: argparse.ArgumentParser, hours: bool = False) -> None:
    p.add_argument(
        "--days-per-month",
        type=quantity,
        help=f"days of traffic per month (default ADVISOR_DAYS_PER_MONTH, else {DAYS_PER_MONTH:g})",
    )
    if hours:
        p.add_argument(
            "--hours-per-month",
            type=quantity,
            help=f"GPU hours billed per month (default ADVISOR_HOURS_PER_MONTH, else {HOURS_PER_MONTH:g})",
        )


def conventions(args: argparse.Namespace) -> Conventions:
    s = settings_or_fail()
    try:
        return Conventions(
            days_per_month=getattr(args, "days_per_month", None) or s.days_per_month,
            hours_per_month=getattr(args, "hours_per_month", None) or s.hours_per_month,
        )
    except ValidationError as exc:
        raise validation_to_cli(exc, {}) from exc


def add_volume(p: argparse.ArgumentParser, required: bool = True) -> None:
    g = p.add_argument_group("volume (one form)")
    g.add_argument("--tokens-per-day", type=quantity, help="total tokens a day, e.g. 50M")
    g.add_argument("--tokens-per-month", type=quantity, help="total tokens a month, e.g. 1.5B")
    g.add_argument("--input-share", type=share, default=None, help="share of tokens that are input")
    g.add_argument("--input-tokens-per-day", type=quantity)
    g.add_argument("--output-tokens-per-day", type=quantity)
    g.add_argument("--input-tokens-per-month", type=quantity)
    g.add_argument("--output-tokens-per-month", type=quantity)
    g.add_argument("--request-input-tokens", type=quantity, help="input tokens per request (tiers)")
    g.add_argument("--cached-share", type=share, default=0.0, help="share of input from cache")
    g.add_argument("--batch-share", type=share, default=0.0, help="share sent via batch API")
    p.set_defaults(volume_required=required)


def workload(args: argparse.Namespace) -> Workload | None:
    """The workload from whichever volume form was given (exactly one)."""
    conv = conventions(args)
    forms = {
        "--tokens-per-day": args.tokens_per_day is not None,
        "--tokens-per-month": args.tokens_per_month is not None,
        "--input-tokens-per-day": args.input_tokens_per_day is not None or args.output_tokens_per_day is not None,
        "--input-tokens-per-month": args.input_tokens_per_month is not None or args.output_tokens_per_month is not None,
    }
    given = [k for k, v in forms.items() if v]
    if len(given) > 1:
        raise CliError(given[1], f"give one volume form, not {' and '.join(given)}")
    if not given:
        if args.volume_required:
            raise CliError("--tokens-per-day", "give a volume, e.g. --tokens-per-day 50M")
        return None
    extra = {
        "request_input_tokens": args.request_input_tokens or None,
        "cached_share": args.cached_share,
        "batch_share": args.batch_share,
        "conventions": conv,
    }
    flags = {"input_tokens_per_month": given[0], "output_tokens_per_month": given[0]}
    try:
        if given[0] in ("--tokens-per-day", "--tokens-per-month"):
            per = "day" if given[0] == "--tokens-per-day" else "month"
            total = args.tokens_per_day if per == "day" else args.tokens_per_month
            input_share = 0.5 if args.input_share is None else args.input_share
            return Workload.from_total(total, input_share, per=per, **extra)
        if args.input_share is not None:
            raise CliError("--input-share", "only with --tokens-per-day or --tokens-per-month")
        per_day = given[0] == "--input-tokens-per-day"
        inp = args.input_tokens_per_day if per_day else args.input_tokens_per_month
        out = args.output_tokens_per_day if per_day else args.output_tokens_per_month
        if inp is None or out is None:
            missing = ("--input" if inp is None else "--output") + given[0][7:]
            raise CliError(missing, "give both input and output tokens")
        scale = conv.days_per_month if per_day else 1.0
        return Workload(input_tokens_per_month=inp * scale, output_tokens_per_month=out * scale, **extra)
    except ValidationError as exc:
        raise validation_to_cli(exc, flags, default=given[0]) from exc


def guard(argument: str, fn: Callable[[], T]) -> T:
    """Run a lookup or calculation; unknown names and bad values name ``argument``."""
    try:
        return fn()
    except UnknownNameError as exc:
        raise CliError(argument, str(exc)) from exc
    except ValidationError as exc:
        raise validation_to_cli(exc, {}) from exc
    except (LookupError, ValueError) as exc:
        raise CliError(argument, str(exc).strip("'\"")) from exc


def table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(lines)
