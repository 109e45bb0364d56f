"""Model shapes, accelerator specs and sizing (``tools.perf_specs``, ``tools.sizing``), number parsing, sources
and the hybrid calculators' input checks.

Figures are worked out by hand from the data files (tools/data/model_shapes.toml, gpu_specs.toml,
articles.toml).
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from pydantic import ValidationError

from tools.api_cost import Workload
from tools.catalog import Catalog, UnknownNameError, load_catalog
from tools.hybrid import hybrid_fleet, hybrid_routing
from tools.numbers import QuantityError, format_tokens, format_usd, parse_quantity
from tools.perf_specs import ModelShape, find_gpu, find_model, gpu_perfs, offer_gpu_count
from tools.sizing import SizingInput, size_deployment
from tools.sources import Source, article_source

# ------------------------------------------------------------------------------------------ model shapes

SHAPE = {
    "slug": "m",
    "name": "M",
    "params_b": 10.0,
    "layers": 32,
    "kv_heads": 8,
    "head_dim": 128,
    "context_window": 8192,
}


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"active_params_b": 20.0}, "active parameters exceed total parameters"),
        ({"experts": 8}, "give both experts and experts_per_token"),
        ({"experts": 4, "experts_per_token": 8}, "experts_per_token exceeds experts"),
        ({"windowed_layers": 40, "window_tokens": 4096}, "windowed_layers exceeds layers"),
        ({"windowed_layers": 16}, "windowed_layers needs window_tokens"),
    ],
)
def test_inconsistent_model_shapes_are_refused(extra: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        ModelShape.model_validate({**SHAPE, **extra})


def test_windowed_layers_keep_only_the_window() -> None:
    shape = ModelShape.model_validate({**SHAPE, "windowed_layers": 16, "window_tokens": 1024})
    # per token and layer: 2 x 8 heads x 128 = 2048 values x 2 bytes = 4096 bytes
    # 16 full layers hold 8192 tokens, 16 windowed layers hold 1024
    assert shape.kv_bytes(8192, "fp16") == 4096 * (16 * 8192 + 16 * 1024)


@pytest.mark.parametrize(
    "name",
    ["llama-3.3-70b", "Llama 3.3 70B", "meta-llama/Llama-3.3-70B-Instruct", "meta-llama/Llama-3.3-70B-Instruct-AWQ"],
)
def test_model_names_with_organisation_and_release_suffixes(name: str) -> None:
    assert find_model(name).slug == "llama-3.3-70b"


def test_unknown_model_names_the_closest() -> None:
    with pytest.raises(UnknownNameError) as err:
        find_model("llama-3.3-7b-turbo-ultra")
    assert err.value.what == "open model"
    with pytest.raises(UnknownNameError):
        find_model("completely-unknown-model", load_catalog())


def test_a_model_only_in_the_price_file_is_sized_from_it(tmp_path: Path) -> None:
    f = tmp_path / "prices.toml"
    f.write_text(
        '[[open_models]]\nslug = "acme-13b"\nname = "Acme 13B"\nparams_b = 13.0\nlayers = 40\nkv_heads = 40\n'
        "head_dim = 128\ncontext_window = 4096\n"
        'source = { kind = "spec", title = "Acme model card", as_of = "2025-01" }\n'
    )
    cat = load_catalog(f)
    shape = find_model("acme-13b", cat)
    assert (shape.params_b, shape.layers, shape.kv_heads, shape.head_dim) == (13.0, 40, 40, 128)
    assert shape.cite().title == "Acme model card"
    result = size_deployment(SizingInput(model="acme-13b", gpu="h100"), cat)
    assert result.weights_gb == 26.0  # 13B x 2 bytes
    # 2 x 40 layers x 40 heads x 128 x 2 bytes x 4096 tokens = 3.355 GB
    assert result.kv_cache_gb_per_sequence == pytest.approx(2 * 40 * 40 * 128 * 2 * 4096 / 1e9, abs=1e-3)


# ------------------------------------------------------------------------------------------ accelerators


@pytest.mark.parametrize(
    ("gpu", "precision", "expected"),
    [
        ("h100", "fp4", (1979.0, "fp8")),  # no FP4 tensor cores: FP8
        ("l4", "fp8", (242.0, "fp8")),
        ("a100-80gb", "int8", (624.0, "int8")),
        ("a100-80gb", "fp8", (312.0, "fp16")),  # no FP8 path on the A100
        ("a10g", "int8", (70.0, "fp16")),
        ("h100", "int4", (989.0, "fp16")),  # 4-bit weights are unpacked to FP16
    ],
)
def test_tensor_throughput_per_precision(gpu: str, precision: str, expected: tuple[float, str]) -> None:
    assert gpu_perfs()[gpu].tflops_for(precision) == expected


def test_a_gpu_only_in_the_price_catalog(catalog: Catalog) -> None:
    assert "rtx-6000-ada" not in gpu_perfs()
    gpu = find_gpu("rtx-6000-ada", catalog)
    assert (gpu.slug, gpu.memory_gb, gpu.bandwidth_gb_s, gpu.fp16_tflops) == ("rtx-6000-ada", 48, 960, 182)
    assert gpu.cite().title == "NVIDIA RTX 6000 Ada datasheet"
    # 70.6B at fp16 is 141.2 GB; with a 4k-token fp16 KV cache (1.34 GB), over 90% of 48 GB: 3.3 -> 4 GPUs
    result = size_deployment(SizingInput(model="llama-3.3-70b", gpu="rtx-6000-ada"), catalog)
    assert result.gpus_needed == 4


def test_a_catalog_gpu_without_a_rental_offer_by_its_alias(catalog: Catalog) -> None:
    assert find_gpu("rtx 6000 ada", catalog).slug == "rtx-6000-ada"
    assert find_gpu("NVIDIA RTX 6000 Ada 48GB", catalog).memory_gb == 48
    assert catalog.gpu_spec("rtx6000").slug == "rtx-6000-ada"


def test_a_rental_offer_name_resolves_to_its_gpu(catalog: Catalog) -> None:
    assert find_gpu("h100-lambda", catalog).slug == "h100"
    assert offer_gpu_count("2x-a100-80gb", catalog) == 2
    assert offer_gpu_count("h100", catalog) is None  # a GPU, not an offer
    assert offer_gpu_count("no-such-offer", catalog) is None
    assert offer_gpu_count("2x-a100-80gb", None) is None


def test_unknown_gpu(catalog: Catalog) -> None:
    with pytest.raises(UnknownNameError):
        find_gpu("voodoo-5", catalog)


# ------------------------------------------------------------------------------------------ sizing


def test_a_parameter_count_overrides_the_preset(catalog: Catalog) -> None:
    result = size_deployment(SizingInput(model="llama-3.3-70b", params_b=100, gpu="h100"), catalog)
    assert result.weights_gb == 200.0  # 100B x 2 bytes
    assert any("parameter count 100B overrides the preset" in a for a in result.assumptions)


def test_an_explicit_kv_shape_replaces_the_preset_one(catalog: Catalog) -> None:
    base = size_deployment(SizingInput(model="llama-3.3-70b", gpu="h100"), catalog)
    half = size_deployment(SizingInput(model="llama-3.3-70b", layers=40, gpu="h100"), catalog)
    # 2 x 80 layers x 8 KV heads x 128 x 2 bytes x 4096 tokens = 1.342 GB; 40 layers: half
    assert base.kv_cache_gb_per_sequence == pytest.approx(1.342, abs=1e-3)
    assert half.kv_cache_gb_per_sequence == pytest.approx(0.671, abs=1e-3)


def test_a_bare_parameter_count_with_its_own_shape_needs_no_preset_note(catalog: Catalog) -> None:
    result = size_deployment(SizingInput(params_b=70, layers=80, kv_heads=8, head_dim=128, gpu="h100"), catalog)
    assert not any("nearest preset" in a for a in result.assumptions)
    assert result.weights_gb == 140.0
    assert result.kv_cache_gb_per_sequence == pytest.approx(1.342, abs=1e-3)
    # 141.34 GB over 90% of 80 GB = 1.96 -> 2 GPUs
    assert result.gpus_needed == 2


# ------------------------------------------------------------------------------------------ numbers


@pytest.mark.parametrize("bad", [True, "1..5k", "--5", "", "1,50", "5 zillion", float("nan"), math.inf])
def test_parse_quantity_refuses_what_is_not_a_number(bad: object) -> None:
    with pytest.raises(QuantityError):
        parse_quantity(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(("text", "value"), [(5, 5.0), (2.5, 2.5), ("1,500", 1500.0), ("-2k", -2000.0)])
def test_parse_quantity(text: str | float, value: float) -> None:
    assert parse_quantity(text) == value


@pytest.mark.parametrize(("value", "text"), [(1.5e12, "1.5T"), (820, "820"), (-2.5e6, "-2.5M")])
def test_format_tokens(value: float, text: str) -> None:
    assert format_tokens(value) == text


@pytest.mark.parametrize(("value", "text"), [(1234.4, "$1,234"), (12.5, "$12.50"), (0, "$0.00"), (0.0042, "$0.0042")])
def test_format_usd(value: float, text: str) -> None:
    assert format_usd(value) == text


# ------------------------------------------------------------------------------------------ sources


def test_a_source_date_must_be_a_date() -> None:
    with pytest.raises(ValidationError, match="YYYY"):
        Source(kind="assumption", title="x", as_of="May 2024")
    assert Source(kind="assumption", title="x", as_of="2024-05").label() == "x (2024-05)"


def test_an_unknown_article_lists_the_known_ones() -> None:
    with pytest.raises(ValueError, match="unknown article slug 'nope'; known: "):
        article_source("nope", "intro")


# ------------------------------------------------------------------------------------------ hybrid inputs


def test_hybrid_inputs_are_checked(catalog: Catalog) -> None:
    wl = Workload.from_total(1e9, 0.5, per="month")
    price = catalog.api_price("gpt-5")
    with pytest.raises(ValueError, match="cannot be negative"):
        hybrid_routing(wl, 0.5, price, -1, catalog)
    with pytest.raises(ValueError, match="between 0 and 1"):
        hybrid_fleet(wl, 1.5, price, catalog)
    with pytest.raises(ValueError):
        # Llama 3.1 405B at fp16 (810 GB) does not fit on eight 24 GB L4s
        hybrid_fleet(wl, 0.5, price, catalog, small_model="llama-3.1-405b", gpu="l4", precision="fp16")


# ------------------------------------------------------------------------------------------ genai-prices snapshot


@pytest.mark.parametrize(
    ("ref", "prices"),
    [
        ("openai/gpt-5", (1.25, 10.0)),  # OpenAI's published GPT-5 price per million tokens
        ("anthropic/claude-sonnet-4-5", (3.0, 15.0)),  # Anthropic's published Sonnet 4.5 price
    ],
)
def test_snapshot_prices_by_provider_and_model(ref: str, prices: tuple[float, float]) -> None:
    from tools.genai_catalog import find_catalog_price

    found = find_catalog_price(ref)
    assert found is not None
    assert (found.input_usd_per_mtok, found.output_usd_per_mtok) == prices
    assert found.source.kind == "catalog"


@pytest.mark.parametrize("ref", ["nosuchprov/gpt-5", "no-such-model-xyz"])
def test_snapshot_unknown_references(ref: str) -> None:
    from tools.genai_catalog import find_catalog_price, reseller_origin

    assert find_catalog_price(ref) is None
    assert reseller_origin(ref) is None


def test_prices_are_read_at_noon_utc_of_the_chosen_day() -> None:
    from datetime import UTC, date, datetime

    from tools.genai_catalog import evaluation_time

    assert evaluation_time(date(2025, 1, 2)) == datetime(2025, 1, 2, 12, 0, tzinfo=UTC)
