"""`advisor tco`, `advisor size`, `advisor throughput` and `advisor owned`."""

from __future__ import annotations

import argparse
from typing import Any

from pydantic import ValidationError

from assistant.cli.args import CliError, emit, positive_int, quantity, share, validation_to_cli
from assistant.cli.common import (
    add_common,
    add_conventions,
    add_volume,
    catalog_for,
    conventions,
    guard,
    table,
    workload,
)
from tools.catalog import Catalog
from tools.numbers import format_tokens, format_usd
from tools.owned import OwnedGpuInput, OwnedInput, owned_cost, owned_gpu_cost
from tools.sizing import SizingInput, size_deployment
from tools.tco import TcoInput, TcoResult, compute_tco, presets
from tools.throughput import ThroughputInput, article_throughput_checks, estimate_throughput, plan_capacity
from tools.throughput.calibration import DEFAULT_ENGINE
from tools.throughput.replica import DEFAULT_INPUT_LEN, DEFAULT_OUTPUT_LEN

# TcoInput field -> command-line flag
TCO_FLAGS = {
    "gpu": "--gpu",
    "gpus": "--gpus",
    "gpu_hourly_usd": "--gpu-hourly",
    "gpu_monthly_usd": "--gpu-monthly",
    "pricing": "--pricing",
    "spot_discount": "--spot-discount",
    "reserved_discount": "--reserved-discount",
    "hours_per_month": "--hours-per-month",
    "failover_share": "--failover-share",
    "orchestration_monthly_usd": "--orchestration-monthly",
    "networking_monthly_usd": "--networking-monthly",
    "storage_monthly_usd": "--storage-monthly",
    "monitoring_monthly_usd": "--monitoring-monthly",
    "evaluation_monthly_usd": "--evaluation-monthly",
    "security_patching_monthly_usd": "--security-monthly",
    "guardrails_monthly_usd": "--guardrails-monthly",
    "logging_audit_monthly_usd": "--logging-monthly",
    "overhead_monthly_usd": "--overhead-monthly",
    "engineering_hours_per_month": "--engineering-hours",
    "engineering_rate_usd": "--engineering-rate",
    "engineering_fte_share": "--engineering-fte",
    "fte_annual_usd": "--fte-annual",
    "upgrades_per_year": "--upgrades-per-year",
    "weeks_per_upgrade": "--weeks-per-upgrade",
    "traffic_shape": "--traffic-shape",
    "peak_to_average": "--peak-to-average",
    "throughput_tokens_per_s": "--throughput",
    "capacity_tokens_per_month": "--capacity-tokens-per-month",
    "multiplier": "--multiplier",
}
_SHARES = {"failover_share", "spot_discount", "reserved_discount", "engineering_fte_share"}
_CHOICES = {
    "pricing": ["on_demand", "reserved", "spot"],
    "traffic_shape": ["steady", "business_hours", "bursty"],
}


def add_tco_options(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("self-host TCO")
    g.add_argument("--preset", help="start from a named preset (see tco --list-presets)")
    for field, flag in TCO_FLAGS.items():
        kind: Any = share if field in _SHARES else quantity
        if field in ("gpu",) or field in _CHOICES:
            kind = str
        if field == "gpus":
            kind = positive_int
        g.add_argument(flag, dest=f"tco_{field}", type=kind, choices=_CHOICES.get(field))


def tco_from_args(args: argparse.Namespace, catalog: Catalog) -> TcoResult:
    given = {f: getattr(args, f"tco_{f}") for f in TCO_FLAGS if getattr(args, f"tco_{f}", None) is not None}
    table_ = presets()
    if args.preset and args.preset not in table_:
        raise CliError("--preset", f"unknown preset {args.preset!r}; known: {', '.join(table_)}")
    base = table_[args.preset].tco.model_dump() if args.preset else {}
    if "hours_per_month" not in given and not args.preset:
        given["hours_per_month"] = conventions(args).hours_per_month
    try:
        spec = TcoInput.model_validate({**base, **given})
    except ValidationError as exc:
        raise validation_to_cli(exc, TCO_FLAGS) from exc
    result = guard("--gpu", lambda: compute_tco(spec, catalog))
    if args.preset:
        result.sources.insert(0, table_[args.preset].source)
    return result


def human_tco(r: TcoResult) -> str:
    rows = [[i.name, format_usd(i.monthly_usd), i.note] for i in r.line_items]
    rows.append(["Total", format_usd(r.monthly_usd), f"{r.multiplier:g}x raw GPU"])
    text = table(rows, ["line item", "monthly", "note"])
    if r.capacity_tokens_per_month:
        text += (
            f"\ncapacity: {format_tokens(r.capacity_tokens_per_month)} tokens/month, "
            f"${r.usd_per_mtok_at_capacity:g} per Mtok when full"
        )
    text += f"\nidle share of the GPU bill: {format_usd(r.idle_gpu_monthly_usd)}"
    return text + "".join(f"\nnote: {n}" for n in r.notes)


def register(sub: Any) -> None:
    p = sub.add_parser("tco", help="itemised monthly cost of a self-hosted deployment")
    p.add_argument("--list-presets", action="store_true", help="name the presets")
    add_tco_options(p)
    add_conventions(p)
    add_common(p)
    p.set_defaults(handler=cmd_tco)

    p = sub.add_parser("size", help="GPU memory and GPUs needed for a model")
    p.add_argument("--model", help="open-weight preset, e.g. llama-3.3-70b")
    p.add_argument("--model-params", type=quantity, help="billions of parameters, e.g. 70")
    p.add_argument("--precision", default="fp16", choices=["fp32", "fp16", "bf16", "fp8", "int8", "int4", "fp4"])
    p.add_argument("--kv-precision", default="fp16", choices=["fp16", "bf16", "fp8", "int8"])
    p.add_argument("--context", type=positive_int, default=4096, help="tokens per sequence")
    p.add_argument("--concurrency", type=positive_int, default=1, help="sequences at once")
    p.add_argument("--gpu", default="a100-80gb", help="GPU type")
    p.add_argument("--layers", type=positive_int)
    p.add_argument("--kv-heads", type=positive_int)
    p.add_argument("--head-dim", type=positive_int)
    add_common(p)
    p.set_defaults(handler=cmd_size)

    p = sub.add_parser("throughput", help="estimated tokens/s per replica and GPUs for a load")
    p.add_argument("--model", default="llama-3.3-70b", help="open-weight model, e.g. llama-3.1-8b, qwen3-235b-a22b")
    p.add_argument("--model-params", type=quantity, help="billions of parameters, for a model not listed")
    p.add_argument("--precision", default="fp16", choices=["fp16", "bf16", "fp8", "int8", "int4", "fp4"])
    p.add_argument("--kv-precision", choices=["fp16", "bf16", "fp8"], help="default: fp8 beside fp8/fp4 weights")
    p.add_argument("--gpu", default="a100-80gb", help="GPU type, e.g. h100, h200, b200, l40s, mi300x")
    p.add_argument("--gpus", type=positive_int, help="GPUs per replica, tensor parallel (default: fit the model)")
    p.add_argument("--input-len", type=positive_int, help=f"prompt tokens per request (default {DEFAULT_INPUT_LEN})")
    p.add_argument(
        "--output-len", type=positive_int, help=f"generated tokens per request (default {DEFAULT_OUTPUT_LEN})"
    )
    p.add_argument(
        "--concurrency",
        "--max-concurrency",
        "--batch",
        dest="batch",
        type=positive_int,
        help="cap on requests in flight (default: what KV-cache memory and the engine allow)",
    )
    p.add_argument("--context", type=positive_int, help="older flag: average tokens per sequence (as --input-len)")
    p.add_argument("--engine", default=DEFAULT_ENGINE, choices=["vllm", "sglang", "tensorrt-llm"])
    p.add_argument("--peak-to-average", type=quantity, default=1.5)
    add_volume(p, required=False)
    add_conventions(p)
    add_common(p)
    p.set_defaults(handler=cmd_throughput)

    p = sub.add_parser("owned", help="monthly cost of hardware you own or buy")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--hardware", help="e.g. rtx-4090, mac-m4-max-128gb, or a data-centre GPU such as h100")
    what.add_argument("--gpu", help="data-centre GPU, e.g. h100, a100-80gb, l40s")
    p.add_argument("--units", type=positive_int, default=1)
    p.add_argument("--used", type=positive_int, help="GPUs the workload uses (default: all)")
    p.add_argument("--paid-for", action="store_true", help="already bought: count only running costs")
    p.add_argument("--price", type=non_negative, help="purchase price per unit (0 is valid)")
    p.add_argument("--life-months", type=quantity, help="amortisation period (default 36, data-centre GPUs 48)")
    p.add_argument("--usd-per-kwh", type=non_negative, help="electricity price")
    p.add_argument("--pue", type=quantity, help="power usage effectiveness")
    p.add_argument("--space-per-kw", type=non_negative, help="colocation space and cooling, USD per kW a month")
    p.add_argument("--load-share", type=share, default=1.0)
    p.add_argument("--engineering-hours", type=non_negative, help="operations hours a month (per GPU for --gpu)")
    p.add_argument("--engineering-rate", type=non_negative, default=100, help="USD per engineer-hour")
    p.add_argument("--opportunity-per-gpu-hour", type=non_negative, default=0, help="what a GPU would earn elsewhere")
    add_conventions(p, hours=True)
    add_common(p)
    p.set_defaults(handler=cmd_owned)


def non_negative(text: str) -> float:
    value = quantity(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return value


def cmd_tco(args: argparse.Namespace) -> None:
    if args.list_presets:
        items = [{"name": p.name, "description": p.description, "source": p.source.label()} for p in presets().values()]
        emit(
            args,
            {"presets": items},
            "\n".join(f"{i['name']}: {i['description']}\n    {i['source']}" for i in items),
        )
        return
    catalog = catalog_for(args)
    result = tco_from_args(args, catalog)
    emit(args, result, human_tco(result))


def cmd_size(args: argparse.Namespace) -> None:
    catalog = catalog_for(args)
    if args.model is None and args.model_params is None:
        raise CliError("--model-params", "give --model-params (billions) or --model PRESET")
    flags = {
        "params_b": "--model-params",
        "context_tokens": "--context",
        "model": "--model",
        "concurrency": "--concurrency",
        "gpu": "--gpu",
    }
    try:
        spec = SizingInput(
            model=args.model,
            params_b=args.model_params,
            precision=args.precision,
            kv_precision=args.kv_precision,
            context_tokens=args.context,
            concurrency=args.concurrency,
            gpu=args.gpu,
            layers=args.layers,
            kv_heads=args.kv_heads,
            head_dim=args.head_dim,
        )
    except ValidationError as exc:
        raise validation_to_cli(exc, flags) from exc
    arg = "--model" if args.model else "--gpu"
    result = guard(arg, lambda: size_deployment(spec, catalog))
    emit(
        args,
        result,
        f"{result.model} at {result.precision}: weights {result.weights_gb:g} GB + KV cache "
        f"{result.kv_cache_gb:g} GB = {result.total_gb:g} GB -> {result.gpus_needed} x "
        f"{result.gpu} ({result.gpu_vram_gb:g} GB each)" + "".join(f"\n  assumes: {a}" for a in result.assumptions),
    )


def cmd_throughput(args: argparse.Namespace) -> None:
    catalog = catalog_for(args)
    try:
        spec = ThroughputInput(
            model=None if args.model_params else args.model,
            params_b=args.model_params,
            precision=args.precision,
            kv_precision=args.kv_precision,
            gpu=args.gpu,
            gpus=args.gpus,
            input_len=args.input_len,
            output_len=args.output_len,
            batch_size=args.batch,
            avg_context_tokens=args.context,
            engine=args.engine,
        )
    except ValidationError as exc:
        flags = {
            "batch_size": "--concurrency",
            "params_b": "--model-params",
            "input_len": "--input-len",
            "output_len": "--output-len",
        }
        raise validation_to_cli(exc, flags) from exc
    est = guard("--model", lambda: estimate_throughput(spec, catalog))
    checks = article_throughput_checks(catalog)
    payload: dict[str, Any] = {
        "estimate": est.model_dump(mode="json"),
        "article_figures": [c.model_dump(mode="json") for c in checks],
    }
    text = (
        f"{est.model} on {est.gpus} x {est.gpu} ({est.precision}, {est.engine}), requests of "
        f"{est.input_len:,} in / {est.output_len:,} out, {est.batch_size} in flight:\n"
        f"  ~{est.output_tokens_per_s:,.0f} output tokens/s (range {est.output_tokens_per_s_low:,.0f}-"
        f"{est.output_tokens_per_s_high:,.0f}), {est.requests_per_s:,.2f} requests/s [{est.label}, "
        f"{est.bound}-bound]\n"
        f"  {est.per_stream_tokens_per_s:g} tokens/s per stream while decoding (ceiling for one stream "
        f"{est.single_stream_ceiling_tokens_per_s:,.0f}); first token after ~{est.time_to_first_token_s:.2f} s "
        f"of prefill" + "".join(f"\n  assumes: {a}" for a in est.assumptions)
    )
    wl = workload(args)
    if wl is not None:
        plan = guard(
            "--peak-to-average",
            lambda: plan_capacity(wl, est, peak_to_average=args.peak_to_average),
        )
        payload["plan"] = plan.model_dump(mode="json")
        text += (
            f"\nfor {wl.describe()}: {plan.replicas} replica(s) = {plan.gpus} GPUs at peak "
            f"{plan.peak_to_average:g}x with headroom"
        )
    text += "\n\nArticle figures against this model's estimate:\n" + "\n".join(
        f"  {c.claim}: article {c.low_tokens_per_s:g}-{c.high_tokens_per_s:g}, estimate "
        f"{c.estimate_tokens_per_s:g} tokens/s"
        + (f", physical ceiling {c.ceiling_tokens_per_s:,.0f}" if c.ceiling_tokens_per_s else "")
        + f" ({c.verdict})"
        for c in checks
    )
    emit(args, payload, text)


def _is_datacentre_gpu(args: argparse.Namespace, catalog: Catalog) -> str | None:
    """The GPU to price as data-centre hardware: --gpu, or a --hardware name that is a GPU, not a workstation."""
    if args.gpu:
        return str(args.gpu)
    try:
        catalog.hardware_item(args.hardware)
        return None
    except LookupError:
        try:
            return catalog.gpu_spec(args.hardware).slug
        except LookupError:
            return None


def cmd_owned(args: argparse.Namespace) -> None:
    catalog = catalog_for(args)
    conv = conventions(args)
    gpu = _is_datacentre_gpu(args, catalog)
    if gpu is not None:
        _owned_gpu(args, catalog, gpu, conv.hours_per_month)
        return
    if args.paid_for or args.used or args.space_per_kw is not None:
        raise CliError("--hardware", "--paid-for, --used and --space-per-kw apply to data-centre GPUs (--gpu)")
    try:
        spec = OwnedInput(
            hardware=args.hardware,
            units=args.units,
            price_usd=args.price,
            life_months=args.life_months or 36,
            usd_per_kwh=0.15 if args.usd_per_kwh is None else args.usd_per_kwh,
            pue=args.pue or 1.0,
            load_share=args.load_share,
            hours_per_month=conv.hours_per_month,
            engineering_hours_per_month=args.engineering_hours or 0,
            engineering_rate_usd=args.engineering_rate,
        )
    except ValidationError as exc:
        raise validation_to_cli(exc, {"price_usd": "--price", "usd_per_kwh": "--usd-per-kwh"}) from exc
    r = guard("--hardware", lambda: owned_cost(spec, catalog))
    emit(
        args,
        r,
        f"{r.units} x {r.hardware}: {format_usd(r.monthly_usd)}/month "
        f"({format_usd(r.amortisation_monthly_usd)} amortisation + "
        f"{format_usd(r.electricity_monthly_usd)} electricity)" + "".join(f"\n  note: {n}" for n in r.notes),
    )


def _owned_gpu(args: argparse.Namespace, catalog: Catalog, gpu: str, hours: float) -> None:
    flag = "--gpu" if args.gpu else "--hardware"
    try:
        spec = OwnedGpuInput(
            gpu=gpu,
            units=args.units,
            used_units=args.used,
            paid_for=args.paid_for,
            price_usd_per_gpu=args.price,
            life_months=args.life_months,
            usd_per_kwh=args.usd_per_kwh,
            pue=args.pue,
            space_usd_per_kw_month=args.space_per_kw,
            load_share=args.load_share,
            hours_per_month=hours,
            ops_hours_per_gpu_month=args.engineering_hours,
            engineering_rate_usd=args.engineering_rate,
            opportunity_usd_per_gpu_hour=args.opportunity_per_gpu_hour,
        )
    except ValidationError as exc:
        raise validation_to_cli(
            exc,
            {
                "price_usd_per_gpu": "--price",
                "usd_per_kwh": "--usd-per-kwh",
                "pue": "--pue",
                "life_months": "--life-months",
                "used_units": "--used",
            },
        ) from exc
    r = guard(flag, lambda: owned_gpu_cost(spec, catalog))
    rows = [[i.name, format_usd(i.monthly_usd), i.note] for i in r.line_items]
    rows.append(["Total", format_usd(r.monthly_usd), f"${r.usd_per_gpu_hour:g} per GPU-hour used"])
    text = f"{r.used_units} of {r.units} x {r.gpu} ({'paid for' if r.paid_for else 'bought'}):\n" + table(
        rows, ["line item", "monthly", "note"]
    )
    if r.rental_monthly_usd is not None:
        text += (
            f"\nrenting the same GPU-hours on demand: {format_usd(r.rental_monthly_usd)}/month "
            f"(${r.rental_usd_per_gpu_hour:g} per GPU-hour)"
        )
    emit(args, r, text + "".join(f"\nnote: {n}" for n in r.notes))
