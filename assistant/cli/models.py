"""`advisor models check`: try the configured model provider once and say plainly how it did."""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from assistant.cli.args import CliError, emit
from assistant.cli.common import settings_or_fail


def register(sub: Any) -> None:
    p = sub.add_parser("models", help="the configured language model (ADVISOR_MODEL)")
    msub = p.add_subparsers(dest="models_command", metavar="ACTION", parser_class=type(p))
    c = msub.add_parser("check", help="try the provider once: does it answer, how fast, does it call tools")
    c.add_argument("--timeout", type=float, default=None, help="seconds per request (default: the turn deadline)")
    c.add_argument("--json", action="store_true", help="print one JSON object")
    c.set_defaults(handler=cmd_check)
    p.set_defaults(handler=lambda args: p.print_help())


def cmd_check(args: argparse.Namespace) -> None:
    from assistant.agent.models import ModelCheck, ModelConfigError, check_model, make_model, model_traits

    settings = settings_or_fail()
    timeout = args.timeout if args.timeout is not None else settings.turn_deadline_s
    if timeout <= 0:
        raise CliError("--timeout", "must be a positive number of seconds")
    if settings.model == "offline":
        emit(
            args,
            ModelCheck(model="offline", answered=True, reply_ok=True, calls_tools="yes"),
            "ADVISOR_MODEL is 'offline': the built-in advisor answers, with no provider to check. "
            "Set ADVISOR_MODEL (and ADVISOR_BASE_URL for a local server) to try a language model.",
        )
        return
    key = settings.api_key.get_secret_value() if settings.api_key else None
    try:
        model = make_model(settings.model, base_url=settings.base_url, api_key=key, timeout_s=timeout, max_tokens=200)
    except ModelConfigError as exc:
        raise CliError("ADVISOR_MODEL", str(exc)) from exc
    result = asyncio.run(check_model(settings.model, model, model_traits(settings.model, settings.base_url), timeout))
    where = f" at {settings.base_url}" if settings.base_url else ""
    lines = [f"Model {settings.model}{where}"]
    if not result.answered:
        lines.append(f"Answered: no ({result.problem}). The advisor would use its offline model with a notice.")
    else:
        lines.append(f'Answered: yes, in {result.seconds:.1f} s: "{result.preview}"')
        lines.append("Reply usable: yes" if result.reply_ok else f"Reply usable: no, {result.problem}")
        tools = {
            "yes": "yes",
            "when_forced": "only when told which tool (the advisor does that on turns that need one)",
            "no": "no" + (f" ({result.tool_problem})" if result.tool_problem else ""),
            "unknown": "unknown" + (f" ({result.tool_problem})" if result.tool_problem else ""),
        }[result.calls_tools]
        took = (
            f", {result.tool_seconds:.1f} s" if result.tool_seconds is not None and result.calls_tools != "no" else ""
        )
        lines.append(f"Calls tools: {tools}{took}")
        if result.seconds is not None and result.seconds > settings.turn_deadline_s / 2:
            lines.append(
                f"Slow: a turn needs two or three such calls within {settings.turn_deadline_s:g} s "
                "(ADVISOR_TURN_DEADLINE_S); expect offline answers."
            )
    emit(args, result, "\n".join(lines))
    if not result.answered:
        raise SystemExit(1)
