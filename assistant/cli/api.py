"""`advisor api-cost`, `advisor prices` and `advisor compare`."""

from __future__ import annotations

import argparse
from functools import partial
from typing import Any

from pydantic import ValidationError

from assistant.cli.args import emit, quantity, share, validation_to_cli
from assistant.cli.common import (
    add_common,
    add_conventions,
    add_prices,
    add_volume,
    catalog_for,
    guard,
    price_mode,
    table,
    workload,
)
from tools.api_cost import ApiCostResult, Workload, api_cost, rank_api_costs
from tools.catalog import Catalog
from tools.compare import FEATURED_MODELS, ComparisonInput, compare
from tools.genai_catalog import snapshot_date, snapshot_version
from tools.numbers import format_tokens, format_usd


def register(sub: Any) -> None:
    p = sub.add_parser("api-cost", help="price a workload on one or more API models")
    p.add_argument(
        "--model",
        action="append",
        required=True,
        help="model name (repeat to rank several; 'featured' for the article set)",
    )
    add_prices(p)
    add_volume(p)
    p.add_argument(
        "--cache-write-share",
        type=share,
        default=0.0,
        help="share of input written to the prompt cache (billed at the write price)",
    )
    add_conventions(p)
    add_common(p)
    p.set_defaults(handler=cmd_api_cost)

    p = sub.add_parser("prices", help="the price catalog with sources and dates")
    p.add_argument("--model", help="one model: its article and catalog prices")
    add_prices(p)
    add_common(p)
    p.set_defaults(handler=cmd_prices)

    p = sub.add_parser("compare", help="rank every way to serve a workload by monthly cost")
    p.add_argument("--model", action="append", help="API models to include (default: featured)")
    p.add_argument("--all-models", action="store_true", help="also rank every catalog model")
    p.add_argument("--open-model", default="llama-3.3-70b", help="open-weight model to self-host")
    p.add_argument("--precision", default="int4", choices=["fp16", "bf16", "fp8", "int8", "int4"])
    p.add_argument("--gpu", action="append", help="GPU types to consider (default: all)")
    p.add_argument("--peak-to-average", type=quantity, default=1.5)
    p.add_argument("--traffic-shape", choices=["steady", "business_hours", "bursty"], default="steady")
    add_prices(p)
    add_volume(p)
    add_conventions(p)
    add_common(p)
    p.set_defaults(handler=cmd_compare)


def _models(args: argparse.Namespace) -> list[str]:
    names: list[str] = []
    for item in args.model or []:
        for name in item.split(","):
            if name.strip().lower() == "featured":
                names += FEATURED_MODELS
            elif name.strip():
                names.append(name.strip())
    return names


def _with_cache_writes(wl: Workload, args: argparse.Namespace) -> Workload:
    written = getattr(args, "cache_write_share", 0.0) or 0.0
    if not written:
        return wl
    try:
        return Workload.model_validate({**wl.model_dump(), "cache_write_share": written})
    except ValidationError as exc:
        raise validation_to_cli(exc, {}, default="--cache-write-share") from exc


def _cache_line(r: ApiCostResult) -> str | None:
    parts = []
    if r.cached_input_usd_per_mtok is not None:
        parts.append(f"cache read ${r.cached_input_usd_per_mtok:g}")
    if r.cache_write_usd_per_mtok is not None:
        parts.append(f"cache write ${r.cache_write_usd_per_mtok:g}")
    return f"  cache: {', '.join(parts)} per Mtok" if parts else None


def _human_cost(r: ApiCostResult) -> str:
    lines = [
        f"{r.name} ({r.model}): {format_usd(r.monthly_usd)}/month, {format_usd(r.daily_usd)}/day, "
        f"{format_usd(r.yearly_usd)}/year",
        f"  prices: ${r.input_usd_per_mtok:g} in / ${r.output_usd_per_mtok:g} out per Mtok "
        f"({r.price_source}: {r.source.label()})",
    ]
    cache = _cache_line(r)
    if cache:
        lines.append(cache)
    if r.batch_discount:
        lines.append(f"  batch API: {r.batch_discount:.0%} off")
    lines += [f"  note: {n}" for n in r.notes]
    lines += [f"  assumes: {a}" for a in r.assumptions]
    return "\n".join(lines)


def cmd_api_cost(args: argparse.Namespace) -> None:
    catalog = catalog_for(args)
    wl = workload(args)
    assert wl is not None
    wl = _with_cache_writes(wl, args)
    names = _models(args)
    mode = price_mode(args)
    if len(names) == 1:
        price = guard("--model", lambda: catalog.api_price(names[0], mode))
        result = api_cost(wl, price, catalog)
        emit(args, result, _human_cost(result))
        return
    ranked = guard("--model", lambda: rank_api_costs(wl, names, catalog, mode))
    rows = [
        [r.model, format_usd(r.monthly_usd), format_usd(r.daily_usd), r.quality_tier or "-", r.price_source]
        for r in ranked.results
    ]
    caveats: dict[str, list[str]] = {}
    for r in ranked.results:
        if r.quality_caveat:
            caveats.setdefault(r.quality_caveat, []).append(r.name)
    text = table(rows, ["model", "monthly", "daily", "quality", "price source"])
    if caveats:
        text += "\n\nQuality caveats:\n" + "\n".join(f"  {', '.join(n)}: {c}" for c, n in caveats.items())
    emit(args, ranked, text)


def _price_row(catalog: Catalog, name: str, mode: Any) -> dict[str, Any]:
    resolved = catalog.api_price(name, mode)
    p = resolved.price
    discount, discount_source = catalog.batch_discount(p)
    return {
        "model": p.slug,
        "name": p.name,
        "provider": p.provider,
        "kind": p.kind,
        "quality_tier": p.quality_tier,
        "quality_source": p.quality_source.model_dump() if p.quality_source else None,
        "input_usd_per_mtok": p.input_usd_per_mtok,
        "output_usd_per_mtok": p.output_usd_per_mtok,
        "cached_input_usd_per_mtok": p.cached_input_usd_per_mtok,
        "cache_write_usd_per_mtok": p.cache_write_usd_per_mtok,
        "cache_write_1h_usd_per_mtok": p.cache_write_1h_usd_per_mtok,
        "cache_source": p.cache_source.model_dump() if p.cache_source else None,
        "tiers": [t.model_dump(mode="json") for t in p.tiers],
        "batch_discount": discount,
        "batch_discount_source": discount_source.model_dump() if discount_source else None,
        "price_source": resolved.origin,
        "source": p.source.model_dump(),
        "notes": list(resolved.notes),
    }


def _tier_text(row: dict[str, Any]) -> str:
    return "; ".join(
        f"above {t['above_input_tokens']:,} input tokens: ${t['input_usd_per_mtok']:g} in / "
        f"${t['output_usd_per_mtok']:g} out per Mtok"
        for t in row["tiers"]
    )


def _one_model_text(row: dict[str, Any]) -> str:
    lines = [
        f"{row['name']}: ${row['input_usd_per_mtok']:g} in / ${row['output_usd_per_mtok']:g} "
        f"out per Mtok ({row['price_source']}: {row['source']['title']}, {row['source']['as_of']})"
    ]
    cache = [
        f"{label} ${row[key]:g}"
        for label, key in (
            ("read", "cached_input_usd_per_mtok"),
            ("write", "cache_write_usd_per_mtok"),
            ("one-hour write", "cache_write_1h_usd_per_mtok"),
        )
        if row[key] is not None
    ]
    if cache:
        src = row["cache_source"] or row["source"]
        lines.append(f"  prompt cache: {', '.join(cache)} per Mtok ({src['title']}, {src['as_of']})")
    if row["tiers"]:
        lines.append(f"  long context: {_tier_text(row)}")
    if row["batch_discount"]:
        src = row["batch_discount_source"] or {"title": "unknown", "as_of": "?"}
        lines.append(f"  batch API: {row['batch_discount']:.0%} off ({src['title']}, {src['as_of']})")
    if row["quality_tier"]:
        lines.append(f"  quality tier: {row['quality_tier']}")
    lines += [f"  note: {n}" for n in row["notes"]]
    return "\n".join(lines)


def _provider_terms(catalog: Catalog) -> list[dict[str, Any]]:
    """Batch discounts and prompt-cache terms per provider, each with its source."""
    providers = sorted(set(catalog.batch_discounts) | set(catalog.cache_terms))
    out = []
    for key in providers:
        terms = catalog.cache_terms.get(key)
        batch_source = catalog.batch_discount_sources.get(key)
        out.append(
            {
                "provider": key,
                "batch_discount": catalog.batch_discounts.get(key),
                "batch_discount_source": batch_source.model_dump() if batch_source else None,
                "cache_read_multiplier": terms.read_multiplier if terms else None,
                "cache_write_multiplier": terms.write_multiplier if terms else None,
                "cache_write_1h_multiplier": terms.write_1h_multiplier if terms else None,
                "cache_source": terms.source.model_dump() if terms else None,
                "cache_note": terms.note if terms else None,
            }
        )
    return out


def cmd_prices(args: argparse.Namespace) -> None:
    catalog = catalog_for(args)
    mode = price_mode(args)
    snapshot = {"name": "genai-prices", "version": snapshot_version(), "date": snapshot_date()}
    if args.model:
        row = guard("--model", lambda: _price_row(catalog, args.model, mode))
        emit(args, {"model": row, "catalog": snapshot}, _one_model_text(row))
        return
    models: list[dict[str, Any]] = []
    unpriced: list[str] = []
    for slug in catalog.api:
        try:
            models.append(_price_row(catalog, slug, mode))
        except LookupError:  # --prices catalog and a model only the articles price
            unpriced.append(slug)
    gpus = [
        {**o.model_dump(mode="json"), "usd_per_gpu_hour": round(o.usd_per_gpu_hour, 4)}
        for o in catalog.gpu_offers.values()
    ]
    hardware = [h.model_dump(mode="json") for h in catalog.hardware.values()]
    discounts = {
        "spot": catalog.spot_discount.model_dump(mode="json") if catalog.spot_discount else None,
        "reserved": catalog.reserved_discount.model_dump(mode="json") if catalog.reserved_discount else None,
    }
    terms = _provider_terms(catalog)

    def opt(value: float | None, fmt: str) -> str:
        return "-" if value is None else format(value, fmt)

    rows = [
        [
            m["model"],
            f"${m['input_usd_per_mtok']:g}",
            f"${m['output_usd_per_mtok']:g}",
            "-" if m["cached_input_usd_per_mtok"] is None else f"${m['cached_input_usd_per_mtok']:g}",
            "-" if m["cache_write_usd_per_mtok"] is None else f"${m['cache_write_usd_per_mtok']:g}",
            opt(m["batch_discount"], ".0%"),
            m["quality_tier"] or "-",
            m["price_source"],
            m["source"]["as_of"],
        ]
        for m in models
    ]
    term_rows = [
        [
            t["provider"],
            opt(t["batch_discount"], ".0%"),
            t["batch_discount_source"]["as_of"] if t["batch_discount_source"] else "-",
            opt(t["cache_read_multiplier"], "g"),
            opt(t["cache_write_multiplier"], "g"),
            opt(t["cache_write_1h_multiplier"], "g"),
            t["cache_source"]["as_of"] if t["cache_source"] else "-",
        ]
        for t in terms
    ]
    tier_lines = [f"  {m['model']}: {_tier_text(m)}" for m in models if m["tiers"]]
    gpu_rows = [
        [
            g["slug"],
            str(g["count"]),
            f"${g['usd_per_hour']:g}/h",
            g["pricing"],
            g["source"]["as_of"],
        ]
        for g in gpus
    ]
    emit(
        args,
        {
            "models": models,
            "unpriced": unpriced,
            "provider_terms": terms,
            "gpus": gpus,
            "hardware": hardware,
            "gpu_discounts": discounts,
            "catalog": snapshot,
        },
        table(
            rows,
            ["model", "in/Mtok", "out/Mtok", "cache read", "cache write", "batch", "tier", "source", "as of"],
        )
        + (f"\n\nNot in the genai-prices snapshot: {', '.join(unpriced)}" if unpriced else "")
        + ("\n\nLong-context prices:\n" + "\n".join(tier_lines) if tier_lines else "")
        + "\n\nBatch discounts and prompt-cache prices (x input price) per provider:\n"
        + table(term_rows, ["provider", "batch", "as of", "cache read", "cache write", "1h write", "as of"])
        + "\n\n"
        + table(gpu_rows, ["gpu offer", "gpus", "price", "pricing", "as of"])
        + f"\n\ncatalog: genai-prices {snapshot['version']} ({snapshot['date']})",
    )


def cmd_compare(args: argparse.Namespace) -> None:
    catalog = catalog_for(args)
    wl = workload(args)
    assert wl is not None
    fields: dict[str, Any] = {
        "workload": wl,
        "open_model": args.open_model,
        "precision": args.precision,
        "peak_to_average": args.peak_to_average,
        "traffic_shape": args.traffic_shape,
        "prices": price_mode(args),
        "all_catalog_models": args.all_models,
    }
    if args.model:
        fields["models"] = _models(args)
    if args.gpu:
        fields["gpu_types"] = [guard("--gpu", partial(_gpu_type, catalog, g)) for g in args.gpu]
    result = guard("--model", lambda: compare(ComparisonInput(**fields), catalog))
    shown = result.options[:20]
    rows = [[o.kind, o.name, format_usd(o.monthly_usd), o.quality_tier or "-", o.detail] for o in shown]
    text = f"Workload: {wl.describe()}\n\n" + table(rows, ["kind", "option", "monthly", "quality", "detail"])
    caveats: dict[str, list[str]] = {}
    for o in shown:
        if o.caveat:
            caveats.setdefault(o.caveat, []).append(o.name)
    if caveats:
        text += "\n\nQuality caveats:\n" + "\n".join(f"  {', '.join(n)}: {c}" for c, n in caveats.items())
    if result.breakevens:
        text += "\n\nBreakeven against the cheapest on-demand self-host option:\n"
        text += "\n".join(
            f"  {b.model}: {format_tokens(b.breakeven_tokens_per_month or 0)} tokens/month (reachable: {b.reachable})"
            for b in result.breakevens
        )
    emit(args, result, text)


def _gpu_type(catalog: Catalog, name: str) -> str:
    return catalog.gpu_offer(name).gpu
