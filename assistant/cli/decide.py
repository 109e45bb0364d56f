"""`advisor breakeven`, `advisor hybrid`, `advisor outcome` and `advisor audit`."""

from __future__ import annotations

import argparse
from functools import partial
from typing import Any

from pydantic import ValidationError

from assistant.cli.args import CliError, emit, finite, quantity, share, shown, validation_to_cli
from assistant.cli.common import (
    add_common,
    add_conventions,
    add_prices,
    add_volume,
    catalog_for,
    conventions,
    guard,
    price_mode,
    table,
    workload,
)
from assistant.cli.selfhost import TCO_FLAGS, add_tco_options, tco_from_args
from tools.api_cost import Workload
from tools.audit import audit_figures
from tools.breakeven import Breakeven, breakeven, fleet_breakeven
from tools.catalog import Catalog
from tools.compare import ComparisonInput, default_hidden_costs, self_host_options
from tools.hybrid import hybrid_fleet, hybrid_routing
from tools.numbers import format_tokens, format_usd
from tools.outcome import OutcomeOption, cost_per_outcome
from tools.results import Conventions
from tools.tco import TcoInput, preset_tco, presets


def register(sub: Any) -> None:
    p = sub.add_parser("breakeven", help="volume where self-hosting equals an API model")
    p.add_argument("--model", action="append", required=True, help="API model (repeatable)")
    p.add_argument("--input-share", type=share, default=0.5)
    p.add_argument("--self-host-monthly", type=quantity, help="self-host monthly cost in USD")
    p.add_argument(
        "--fleet",
        metavar="GPU",
        help="self-host as a fleet on this GPU type (replicas added as volume grows, N+1, staff per GPU)",
    )
    p.add_argument("--open-model", default="llama-3.3-70b", help="open model of the --fleet")
    p.add_argument("--precision", default="int4", choices=["fp16", "bf16", "fp8", "int8", "int4"])
    add_tco_options(p)
    add_prices(p)
    add_conventions(p)
    add_common(p)
    p.set_defaults(handler=cmd_breakeven)

    p = sub.add_parser("hybrid", help="route a share of traffic to a small self-hosted model")
    p.add_argument("--small-share", type=share, required=True, help="share routed to the small model")
    p.add_argument("--api-model", required=True, help="API model for the rest")
    p.add_argument("--small-preset", default="small-7b-l4", help="TCO preset of the small model")
    p.add_argument("--small-monthly", type=quantity, help="small model monthly cost instead")
    p.add_argument("--small-capacity", type=quantity, help="tokens/month one small replica carries")
    p.add_argument("--self-host-monthly", type=quantity, help="all-self-host monthly cost to compare")
    add_prices(p)
    add_volume(p)
    add_conventions(p)
    add_common(p)
    p.set_defaults(handler=cmd_hybrid)

    p = sub.add_parser("outcome", help="cost per successful outcome across options")
    p.add_argument(
        "--option",
        action="append",
        required=True,
        help="NAME,COST_PER_ATTEMPT,SUCCESS_RATE[,MAX_ATTEMPTS[,HUMAN_CORRECTION_USD]]",
    )
    add_common(p)
    p.set_defaults(handler=cmd_outcome)

    p = sub.add_parser("audit", help="recompute every figure the source articles state")
    p.add_argument("--failing", action="store_true", help="only figures that do not follow")
    add_common(p)
    p.set_defaults(handler=cmd_audit)


def cmd_breakeven(args: argparse.Namespace) -> None:
    catalog = catalog_for(args)
    conv = conventions(args)
    tco_given = args.preset or any(
        getattr(args, k) is not None
        for k in vars(args)
        if k.startswith("tco_") and k != "tco_capacity_tokens_per_month"
    )
    capacity = args.tco_capacity_tokens_per_month
    if args.fleet:
        if args.self_host_monthly is not None:
            raise CliError("--fleet", "give either --fleet or --self-host-monthly")
        _fleet_breakeven(args, catalog, conv)
        return
    if args.self_host_monthly is not None:
        if tco_given:
            raise CliError("--self-host-monthly", "give either --self-host-monthly or TCO options")
        monthly = args.self_host_monthly
    elif tco_given:
        tco = tco_from_args(args, catalog)
        monthly = tco.monthly_usd
        capacity = capacity or tco.capacity_tokens_per_month
    else:
        raise CliError("--self-host-monthly", "give --self-host-monthly USD or TCO options (--preset)")
    mode = price_mode(args)

    def one(model: str) -> Breakeven:
        return breakeven(catalog.api_price(model, mode), monthly, catalog, args.input_share, capacity, conv)

    results = [guard("--model", partial(one, m)) for m in args.model]
    if len(results) == 1:
        emit(args, results[0], _human(results[0]))
    else:
        emit(
            args,
            {"results": [r.model_dump(mode="json") for r in results]},
            "\n".join(_human(r) for r in results),
        )


def _fleet_breakeven(args: argparse.Namespace, catalog: Catalog, conv: Conventions) -> None:
    """Breakeven against a fleet priced by the same model the analysis uses."""
    given = {f: getattr(args, f"tco_{f}") for f in TCO_FLAGS if getattr(args, f"tco_{f}", None) is not None}
    base = presets()[args.preset].tco.model_dump() if args.preset else default_hidden_costs().model_dump()
    try:
        hidden_costs = TcoInput.model_validate({**base, **given, "throughput_tokens_per_s": None})
        spec = ComparisonInput(
            workload=Workload.from_total(1e6, args.input_share, conventions=conv),
            models=[],
            open_model=args.open_model,
            precision=args.precision,
            gpu_types=[catalog.gpu_spec(args.fleet).slug],
            hidden_costs=hidden_costs,
            traffic_shape=hidden_costs.traffic_shape,
            peak_to_average=hidden_costs.peak_to_average or 1.5,
        )
    except ValidationError as exc:
        raise validation_to_cli(exc, TCO_FLAGS) from exc
    except LookupError as exc:
        raise CliError("--fleet", str(exc)) from exc
    hosts, skipped = guard("--open-model", lambda: self_host_options(spec, catalog))
    if not hosts:
        raise CliError("--fleet", "; ".join(skipped) or "the model does not fit")
    line = hosts[0].line
    mode = price_mode(args)

    def one(model: str) -> Breakeven:
        return fleet_breakeven(catalog.api_price(model, mode), line, catalog, args.input_share, conv)

    results = [guard("--model", partial(one, m)) for m in args.model]
    if len(results) == 1:
        emit(args, results[0], _human(results[0]))
    else:
        emit(args, {"results": [r.model_dump(mode="json") for r in results]}, "\n".join(_human(r) for r in results))


def _human(b: Breakeven) -> str:
    if b.breakeven_tokens_per_month is None:
        if b.reachable is False:
            return f"{b.model}: a full self-hosted replica costs more per token than this API: never breaks even"
        return f"{b.model}: free at this mix, self-hosting never breaks even"
    reach = {True: "reachable", False: "NOT reachable with this capacity", None: "capacity unknown"}
    return (
        f"{b.model}: self-hosting at {format_usd(b.self_host_monthly_usd)}/month breaks even at "
        f"{format_tokens(b.breakeven_tokens_per_month)} tokens/month "
        f"({format_tokens(b.breakeven_tokens_per_day or 0)}/day), {reach[b.reachable]}"
    )


def cmd_hybrid(args: argparse.Namespace) -> None:
    catalog = catalog_for(args)
    wl = workload(args)
    assert wl is not None
    price = guard("--api-model", lambda: catalog.api_price(args.api_model, price_mode(args)))
    small_capacity = args.small_capacity
    if args.small_monthly is None and small_capacity is None:
        # size the small model's fleet from its share, like any self-hosted fleet
        if args.small_preset not in presets():
            raise CliError("--small-preset", f"unknown preset {args.small_preset!r}; known: {', '.join(presets())}")
        hidden = presets()[args.small_preset].tco
        r = guard(
            "--small-share",
            lambda: hybrid_fleet(
                wl, args.small_share, price, catalog, hidden=hidden, all_self_host_monthly_usd=args.self_host_monthly
            ),
        )
    else:
        if args.small_monthly is not None:
            small = args.small_monthly
        else:
            tco = guard("--small-preset", lambda: preset_tco(args.small_preset, catalog))
            small = tco.monthly_usd
        r = guard(
            "--small-share",
            lambda: hybrid_routing(wl, args.small_share, price, small, catalog, small_capacity, args.self_host_monthly),
        )
    emit(
        args,
        r,
        f"{r.small_share:.0%} to the small model ({r.small_replicas} replica(s), "
        f"{format_usd(r.self_host_monthly_usd)}) + "
        f"rest on {r.api_model} ({format_usd(r.api_monthly_usd)}) = "
        f"{format_usd(r.blended_monthly_usd)}/month; all-API "
        f"{format_usd(r.all_api_monthly_usd)}; saving {r.savings_vs_all_api_pct:g}%",
    )


def cmd_outcome(args: argparse.Namespace) -> None:
    options = []
    for raw in args.option:
        parts = [p.strip() for p in raw.split(",")]
        if not 3 <= len(parts) <= 5:
            raise CliError("--option", f"expected NAME,COST,SUCCESS_RATE[,MAX_ATTEMPTS[,HUMAN_USD]]: {raw!r}")
        try:
            numbers = [finite(float(p.rstrip("%")) / (100 if p.endswith("%") else 1), "each figure") for p in parts[1:]]
        except (ValueError, argparse.ArgumentTypeError) as exc:
            raise CliError("--option", f"not a finite number in {shown(raw)}") from exc
        fields: dict[str, Any] = {
            "name": parts[0],
            "cost_per_attempt_usd": numbers[0],
            "success_rate": numbers[1],
        }
        if len(numbers) > 2:
            fields["max_attempts"] = int(numbers[2])
        if len(numbers) > 3:
            fields["human_correction_usd"] = numbers[3]
        try:
            options.append(OutcomeOption(**fields))
        except ValidationError as exc:
            err = exc.errors()[0]
            raise CliError("--option", f"{err['loc'][0]}: {err['msg']} in {shown(raw)}") from exc
    r = cost_per_outcome(options)
    rows = [
        [
            o.name,
            f"{o.expected_attempts:g}",
            f"{o.model_success_probability:.1%}",
            format_usd(o.cost_per_successful_outcome_usd),
        ]
        for o in r.rows
    ]
    emit(args, r, table(rows, ["option", "attempts", "model success", "per success"]))


def cmd_audit(args: argparse.Namespace) -> None:
    catalog = catalog_for(args)
    checks = audit_figures(catalog)
    shown = [c for c in checks if not c.follows] if args.failing else checks
    emit(
        args,
        {
            "checks": [c.model_dump(mode="json") for c in shown],
            "total": len(checks),
            "not_following": sum(not c.follows for c in checks),
        },
        "\n".join(("  ok  " if c.follows else "  !!  ") + f"[{c.id}] " + c.verdict() for c in shown)
        + f"\n\n{sum(not c.follows for c in checks)} of {len(checks)} figures do not follow",
    )
