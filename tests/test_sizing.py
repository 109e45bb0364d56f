import pytest
from pydantic import ValidationError

from tools.sizing import SizingInput, size_deployment


@pytest.mark.parametrize(
    ("params", "precision", "weights"),
    [
        (7, "fp16", 14),
        (13, "fp16", 26),
        (70, "fp16", 140),
        (70, "int4", 35),
        (70, "fp8", 70),
        (70, "int8", 70),
        (405, "fp16", 810),
    ],
)
def test_weight_memory_by_precision(catalog, params, precision, weights) -> None:
    assert size_deployment(SizingInput(params_b=params, precision=precision), catalog).weights_gb == weights


def test_kv_cache_follows_the_architecture(catalog) -> None:
    r = size_deployment(SizingInput(model="llama-3.3-70b", context_tokens=8192, concurrency=16), catalog)
    expected = 2 * 80 * 8 * 128 * 2 * 8192 * 16 / 1e9
    assert r.kv_cache_gb == pytest.approx(expected, rel=1e-3)
    assert r.total_gb == pytest.approx(r.weights_gb + r.kv_cache_gb, abs=0.02)
    fp8 = size_deployment(
        SizingInput(model="llama-3.3-70b", context_tokens=8192, concurrency=16, kv_precision="fp8"),
        catalog,
    )
    assert fp8.kv_cache_gb == pytest.approx(expected / 2, rel=1e-3)


def test_gpus_needed_matches_article_hardware_table(catalog) -> None:
    def gpus(params, precision, gpu):
        return size_deployment(SizingInput(params_b=params, precision=precision, gpu=gpu), catalog).gpus_needed

    assert gpus(7, "fp16", "l4") == 1
    assert gpus(70, "int4", "a100-80gb") == 1
    assert gpus(70, "fp16", "a100-80gb") == 2
    assert gpus(405, "int4", "a100-80gb") == 4


def test_model_too_big_for_gpu_is_flagged(catalog) -> None:
    r = size_deployment(SizingInput(params_b=405, precision="fp16", gpu="l4"), catalog)
    assert r.gpus_needed > 8 and not r.fits_single_node
    assert any("more than one" in a for a in r.assumptions)


def test_long_context_beyond_window_is_noted(catalog) -> None:
    r = size_deployment(SizingInput(model="gemma-2-27b", context_tokens=32768), catalog)
    assert any("context window" in a for a in r.assumptions)


def test_presets_and_bad_input(catalog) -> None:
    for slug in ["llama-3.1-8b", "llama-3.1-405b", "qwen2.5-72b", "mistral-7b", "gemma-2-27b"]:
        assert size_deployment(SizingInput(model=slug), catalog).gpus_needed >= 1
    with pytest.raises(ValidationError):
        SizingInput()
    with pytest.raises(ValidationError):
        SizingInput(params_b=-7)
    with pytest.raises(LookupError):
        size_deployment(SizingInput(params_b=7, gpu="tpu"), catalog)
