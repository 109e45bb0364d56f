"""GPU memory sizing: weights by precision, KV cache by architecture, GPUs of a type needed."""

from __future__ import annotations

import math

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tools.catalog import Catalog
from tools.perf_specs import BYTES_PER_PARAM, ModelShape, Precision, find_gpu, find_model, model_shapes
from tools.results import Result
from tools.sources import Source

__all__ = ["BYTES_PER_PARAM", "DEFAULT_GPU", "Precision", "SizingInput", "SizingResult", "size_deployment"]
DEFAULT_GPU = "a100-80gb"
SINGLE_NODE_GPUS = 8


class SizingInput(BaseModel):
    """What to size: a preset model or a parameter count, at a precision, context and concurrency."""

    model_config = ConfigDict(extra="forbid")

    model: str | None = Field(default=None, description="open-weight preset, e.g. llama-3.3-70b")
    params_b: float | None = Field(default=None, gt=0, le=10_000, description="billions of params")
    precision: Precision = Field(default="fp16", description="weight precision")
    kv_precision: Precision = Field(default="fp16", description="KV-cache precision")
    context_tokens: int = Field(default=4096, ge=1, le=10_000_000, description="tokens per sequence")
    concurrency: int = Field(default=1, ge=1, le=100_000, description="sequences held at once")
    gpu: str = Field(default=DEFAULT_GPU, description="GPU type or rental offer")
    layers: int | None = Field(default=None, gt=0)
    kv_heads: int | None = Field(default=None, gt=0)
    head_dim: int | None = Field(default=None, gt=0)
    usable_vram_fraction: float = Field(
        default=0.9, gt=0, le=1, description="share of VRAM the server may use (vLLM default 0.9)"
    )

    @model_validator(mode="after")
    def _needs_size(self) -> SizingInput:
        if self.model is None and self.params_b is None:
            raise ValueError("give a model preset or a parameter count")
        return self


class SizingResult(Result):
    """Memory a deployment needs and how many GPUs of a type hold it."""

    model: str
    params_b: float
    precision: str
    weights_gb: float
    kv_cache_gb: float
    kv_cache_gb_per_sequence: float
    total_gb: float
    gpu: str
    gpu_vram_gb: float
    gpus_needed: int
    fits_single_node: bool


def _nearest_preset(params_b: float) -> ModelShape:
    dense = [m for m in model_shapes().values() if not m.is_moe and m.kv_latent_dim is None]
    return min(dense, key=lambda m: abs(math.log(m.params_b / params_b)))


def resolve_architecture(catalog: Catalog, spec: SizingInput) -> tuple[ModelShape, list[str]]:
    """The model facts to size with, and what had to be assumed to get them."""
    notes: list[str] = []
    if spec.model:
        preset = find_model(spec.model, catalog)
        if spec.params_b and abs(spec.params_b - preset.params_b) / preset.params_b > 0.05:
            scale = spec.params_b / preset.params_b
            active = preset.active_params_b * scale if preset.active_params_b else None
            preset = preset.model_copy(update={"params_b": spec.params_b, "active_params_b": active})
            notes.append(f"parameter count {spec.params_b:g}B overrides the preset")
    else:
        assert spec.params_b is not None
        nearest = _nearest_preset(spec.params_b)
        preset = nearest.model_copy(
            update={
                "slug": f"custom-{spec.params_b:g}b",
                "name": f"{spec.params_b:g}B model",
                "params_b": spec.params_b,
                "aliases": (),
            }
        )
        if not (spec.layers and spec.kv_heads and spec.head_dim):
            notes.append(
                f"KV-cache shape taken from the nearest preset, {nearest.name} "
                f"({preset.layers} layers, {preset.kv_heads} KV heads of {preset.head_dim})"
            )
    if spec.layers or spec.kv_heads or spec.head_dim:
        preset = preset.model_copy(
            update={
                "layers": spec.layers or preset.layers,
                "kv_heads": spec.kv_heads or preset.kv_heads,
                "head_dim": spec.head_dim or preset.head_dim,
            }
        )
    return preset, notes


def kv_shape(model: ModelShape) -> str:
    """The KV-cache shape in words, for assumptions."""
    if model.kv_latent_dim:
        text = f"{model.layers} layers x one {model.kv_latent_dim}-value latent per token (MLA)"
    else:
        text = f"2 x {model.layers} layers x {model.kv_heads} KV heads x {model.head_dim}"
    if model.windowed_layers and model.window_tokens:
        text += f", {model.windowed_layers} of the layers keeping only the last {model.window_tokens:,} tokens"
    return text


def size_deployment(spec: SizingInput, catalog: Catalog) -> SizingResult:
    """Weights plus KV cache, and the GPUs of the chosen type that hold them."""
    model, notes = resolve_architecture(catalog, spec)
    gpu = find_gpu(spec.gpu, catalog)
    weights_gb = model.params_b * BYTES_PER_PARAM[spec.precision]
    per_seq_gb = model.kv_bytes(spec.context_tokens, spec.kv_precision) / 1e9
    kv_gb = per_seq_gb * spec.concurrency
    total = weights_gb + kv_gb
    usable = gpu.memory_gb * spec.usable_vram_fraction
    raw_needed = max(1, math.ceil(total / usable))
    # Tensor parallelism splits attention heads evenly: 1, 2, 4, 8 ... GPUs.
    gpus = 1 << (raw_needed - 1).bit_length()
    if spec.context_tokens > model.context_window:
        notes.append(
            f"{spec.context_tokens:,} tokens is beyond {model.name}'s {model.context_window:,}-token context window"
        )
    if model.is_moe:
        notes.append(
            f"mixture of experts: all {model.params_b:g}B parameters are held in memory, though each token "
            f"uses only {model.active_b:g}B"
        )
    if gpus > SINGLE_NODE_GPUS:
        notes.append(
            f"needs {gpus} x {gpu.name}: more than one {SINGLE_NODE_GPUS}-GPU node, so pipeline "
            "parallelism across nodes, or a lower precision"
        )
    sources: list[Source] = [model.cite(), gpu.cite()]
    return SizingResult(
        model=model.slug,
        params_b=model.params_b,
        precision=spec.precision,
        weights_gb=round(weights_gb, 2),
        kv_cache_gb=round(kv_gb, 2),
        kv_cache_gb_per_sequence=round(per_seq_gb, 3),
        total_gb=round(total, 2),
        gpu=gpu.slug,
        gpu_vram_gb=gpu.memory_gb,
        gpus_needed=gpus,
        fits_single_node=gpus <= SINGLE_NODE_GPUS,
        assumptions=[
            f"weights: {model.params_b:g}B parameters x {BYTES_PER_PARAM[spec.precision]:g} bytes ({spec.precision})",
            f"KV cache: {kv_shape(model)} x {BYTES_PER_PARAM[spec.kv_precision]:g} bytes "
            f"({spec.kv_precision}) x {spec.context_tokens:,} tokens x {spec.concurrency} sequences",
            f"{spec.usable_vram_fraction:.0%} of each GPU's {gpu.memory_gb:g} GB is usable",
            "GPU count rounded up to a power of two for tensor parallelism",
            *notes,
        ],
        sources=sources,
    )
