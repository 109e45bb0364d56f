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


def test_mixture_of_experts_needs_memory_for_every_expert(catalog) -> None:
    r = size_deployment(SizingInput(model="deepseek-v3", precision="fp8", gpu="h200", context_tokens=4096), catalog)
    assert r.weights_gb == pytest.approx(671, abs=1)  # total, not the 37B active
    assert r.gpus_needed == 8  # 671 GB over 141 GB x 0.9 = 5.3 -> a power of two
    assert any("each token uses only 37B" in a for a in r.assumptions)
    # latent attention: one 576-value vector per token and layer, 61 layers, 2 bytes
    assert r.kv_cache_gb_per_sequence == pytest.approx(61 * 576 * 2 * 4096 / 1e9, abs=1e-3)


def test_new_accelerators_and_sliding_windows(catalog) -> None:
    b200 = size_deployment(SizingInput(model="llama-3.1-405b", precision="fp8", gpu="b200"), catalog)
    assert b200.gpu_vram_gb == 180 and b200.gpus_needed == 4  # 406 GB / (180 x 0.9)
    mi = size_deployment(SizingInput(model="llama-3.1-405b", precision="fp8", gpu="mi300x"), catalog)
    assert mi.gpus_needed == 4  # 406 GB / (192 x 0.9) = 2.3 -> 4
    gemma = size_deployment(SizingInput(model="gemma-3-27b", context_tokens=32768), catalog)
    full = 2 * 16 * 128 * 2 * (10 * 32768 + 52 * 1024) / 1e9  # 10 global layers, 52 keep 1,024 tokens
    assert gemma.kv_cache_gb_per_sequence == pytest.approx(full, abs=1e-3)
    assert not any("context window" in a for a in gemma.assumptions)
