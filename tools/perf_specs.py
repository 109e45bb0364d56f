"""Model shapes and accelerator specs for the throughput model, validated from `tools/data/`.

`model_shapes.toml` and `gpu_specs.toml` hold the facts (each with its source); a model or GPU they do
not know is taken from the price catalog (the articles' entries or the user's override file), so a user
can still add hardware there. Nothing is read at import time.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tools.catalog import Catalog, UnknownNameError, compact
from tools.sources import Source

DATA_DIR = Path(__file__).parent / "data"

Precision = Literal["fp32", "fp16", "bf16", "fp8", "int8", "int4", "fp4"]
BYTES_PER_PARAM: dict[str, float] = {
    "fp32": 4.0,
    "fp16": 2.0,
    "bf16": 2.0,
    "fp8": 1.0,
    "int8": 1.0,
    "int4": 0.5,
    "fp4": 0.5,
}


# Weights as stored, with their block scales: NVFP4 keeps one 8-bit scale per 16 values (MXFP4 one per 32),
# AWQ / GPTQ 4-bit one 16-bit scale and zero point per group of 128; FP8 and wider formats one scale per
# tensor or channel, which is negligible.
WEIGHT_BYTES_PER_PARAM: dict[str, float] = {
    **BYTES_PER_PARAM,
    "fp4": 0.5 + 1 / 16,
    "int4": 0.5 + 4 / 128,
}


class SpecSource(BaseModel):
    """Where a shape or spec comes from: the model card / datasheet, with its address and date."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str = Field(min_length=1)
    url: str = Field(pattern=r"^https://")
    as_of: str = Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")

    def as_source(self) -> Source:
        return Source(kind="spec", title=self.title, section=self.url, as_of=self.as_of)


class ModelShape(BaseModel):
    """What a model needs in memory and work per token."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    slug: str
    name: str
    params_b: float = Field(gt=0, description="total parameters, billions (memory)")
    active_params_b: float | None = Field(default=None, gt=0, description="parameters used per token (MoE)")
    experts: int | None = Field(default=None, ge=2, description="routed experts per MoE layer")
    experts_per_token: int | None = Field(default=None, ge=1, description="routed experts each token uses")
    moe_layers: int | None = Field(default=None, gt=0, description="layers with experts (default: all)")
    layers: int = Field(gt=0)
    attention_heads: int | None = Field(default=None, gt=0, description="query heads (attention work)")
    kv_heads: int = Field(gt=0)
    head_dim: int = Field(gt=0)
    hidden_size: int | None = Field(default=None, gt=0, description="residual width (TP traffic)")
    context_window: int = Field(gt=0)
    vocab_size: int | None = Field(default=None, gt=0, description="tokens in the vocabulary (embedding, output head)")
    tied_embeddings: bool = Field(default=False, description="the output head reuses the input embedding")
    window_tokens: int | None = Field(default=None, gt=0, description="sliding or chunked window")
    windowed_layers: int = Field(default=0, ge=0, description="layers that keep only the window")
    kv_latent_dim: int | None = Field(
        default=None, gt=0, description="values cached per token and layer with latent attention (MLA)"
    )
    attention_params_b: float | None = Field(
        default=None,
        gt=0,
        description="attention weights of all layers, billions, where the head count formula does not apply (MLA)",
    )
    aliases: tuple[str, ...] = ()
    source: SpecSource | None = None
    catalog_source: Source | None = Field(default=None, description="when taken from the price catalog")

    @model_validator(mode="after")
    def _consistent(self) -> ModelShape:
        if self.active_params_b is not None and self.active_params_b > self.params_b:
            raise ValueError("active parameters exceed total parameters")
        if (self.experts is None) != (self.experts_per_token is None):
            raise ValueError("give both experts and experts_per_token, or neither")
        if self.experts and self.experts_per_token and self.experts_per_token > self.experts:
            raise ValueError("experts_per_token exceeds experts")
        if self.windowed_layers > self.layers:
            raise ValueError("windowed_layers exceeds layers")
        if self.windowed_layers and self.window_tokens is None:
            raise ValueError("windowed_layers needs window_tokens")
        return self

    @property
    def active_b(self) -> float:
        return self.active_params_b or self.params_b

    @property
    def is_moe(self) -> bool:
        return self.active_params_b is not None and self.active_params_b < self.params_b

    @property
    def heads(self) -> int:
        return self.attention_heads or self.kv_heads * 4

    @property
    def hidden(self) -> int:
        return self.hidden_size or self.heads * self.head_dim

    def kv_values_per_token_layer(self) -> int:
        """Numbers cached per token in one layer: keys and values, or one latent vector (MLA)."""
        return self.kv_latent_dim or 2 * self.kv_heads * self.head_dim

    def kv_bytes(self, context_tokens: float, kv_precision: str) -> float:
        """KV cache of one sequence holding this many tokens (windowed layers keep only the window)."""
        per_layer = self.kv_values_per_token_layer() * BYTES_PER_PARAM[kv_precision]
        windowed = min(context_tokens, self.window_tokens or context_tokens)
        full_layers = self.layers - self.windowed_layers
        return per_layer * (full_layers * context_tokens + self.windowed_layers * windowed)

    def attention_flops_per_token(self, context_tokens: float) -> float:
        """Score and value products for one new token against this much context, all layers."""
        windowed = min(context_tokens, self.window_tokens or context_tokens)
        attended = (self.layers - self.windowed_layers) * context_tokens + self.windowed_layers * windowed
        return 4.0 * self.heads * self.head_dim * attended

    def embedding_b(self) -> float:
        """Input embedding plus output head, billions (one matrix when tied)."""
        if not self.vocab_size:
            return 0.0
        return min(self.params_b / 2, self.vocab_size * self.hidden * (1 if self.tied_embeddings else 2) / 1e9)

    def head_b(self) -> float:
        """The output head, billions: read in full for every decode step."""
        return self.vocab_size * self.hidden / 1e9 if self.vocab_size else 0.0

    def attention_b(self) -> float:
        """Attention weights (query, key, value and output projections) of all layers, billions."""
        if self.attention_params_b is not None:
            return self.attention_params_b
        per_layer = self.hidden * self.head_dim * 2 * (self.heads + self.kv_heads)
        return min(self.params_b, self.layers * per_layer / 1e9)

    def moe_split_b(self) -> tuple[float, float]:
        """(always-read, routed-expert) parameters in billions; dense models are all always-read."""
        if not self.is_moe or not self.experts or not self.experts_per_token:
            return self.params_b, 0.0
        share = self.experts_per_token / self.experts
        routed = (self.params_b - self.active_b) / (1 - share)
        return self.params_b - routed, routed

    def expert_size_m(self) -> float:
        """Parameters of one routed expert in one layer, millions (0 for dense models)."""
        _, routed = self.moe_split_b()
        if not routed or not self.experts:
            return 0.0
        return routed * 1e3 / (self.experts * (self.moe_layers or self.layers))

    def cite(self) -> Source:
        if self.source is not None:
            return self.source.as_source()
        assert self.catalog_source is not None
        return self.catalog_source


class GpuPerf(BaseModel):
    """One accelerator's memory, bandwidth, dense tensor throughput by precision, and peer link."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    slug: str
    name: str
    memory_gb: float = Field(gt=0, description="capacity as the datasheet states it")
    memory_unit: Literal["GB", "GiB"] = Field(
        default="GB", description="unit the datasheet capacity is in: HBM stacks come in binary gigabytes"
    )
    bandwidth_gb_s: float = Field(gt=0)
    fp16_tflops: float = Field(gt=0, description="dense FP16/BF16")
    fp8_tflops: float | None = Field(default=None, gt=0, description="dense FP8; none without FP8 cores")
    int8_tops: float | None = Field(default=None, gt=0)
    fp4_tflops: float | None = Field(default=None, gt=0, description="dense FP4 (Blackwell)")
    vendor: Literal["nvidia", "amd", "other"] = Field(default="nvidia", description="software platform (CUDA, ROCm)")
    interconnect: str = "PCIe"
    interconnect_gb_s: float = Field(default=64, gt=0, description="per-device bandwidth to peers")
    aliases: tuple[str, ...] = ()
    source: SpecSource | None = None
    catalog_source: Source | None = None

    @property
    def memory_bytes(self) -> float:
        return self.memory_gb * (2**30 if self.memory_unit == "GiB" else 1e9)

    def tflops_for(self, precision: str) -> tuple[float, str]:
        """Dense throughput used for weights at this precision, and the math it runs in.

        4-bit integer weights (AWQ/GPTQ) are unpacked and multiplied in FP16; FP8 and FP4 use their
        own tensor cores where the device has them, else the next wider format.
        """
        if precision == "fp4" and self.fp4_tflops:
            return self.fp4_tflops, "fp4"
        if precision in ("fp8", "fp4") and self.fp8_tflops:
            return self.fp8_tflops, "fp8"
        if precision == "int8" and (self.int8_tops or self.fp8_tflops):
            return (self.int8_tops or self.fp8_tflops or self.fp16_tflops), "int8"
        return self.fp16_tflops, "fp16"

    def cite(self) -> Source:
        if self.source is not None:
            return self.source.as_source()
        assert self.catalog_source is not None
        return self.catalog_source


class _ShapesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    models: tuple[ModelShape, ...]


class _GpusFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    gpus: tuple[GpuPerf, ...]


def _keys(entries: dict[str, ModelShape] | dict[str, GpuPerf]) -> dict[str, str]:
    keys: dict[str, str] = {}
    for slug, entry in entries.items():
        for name in (slug, *entry.aliases, entry.name):
            keys.setdefault(compact(name), slug)
    return keys


@cache
def model_shapes() -> dict[str, ModelShape]:
    """Every model shape in the data file, by slug."""
    data = _ShapesFile.model_validate(tomllib.loads((DATA_DIR / "model_shapes.toml").read_text()))
    return {m.slug: m for m in data.models}


@cache
def gpu_perfs() -> dict[str, GpuPerf]:
    """Every accelerator in the data file, by slug."""
    data = _GpusFile.model_validate(tomllib.loads((DATA_DIR / "gpu_specs.toml").read_text()))
    return {g.slug: g for g in data.gpus}


@cache
def _model_keys() -> dict[str, str]:
    return _keys(model_shapes())


@cache
def _gpu_keys() -> dict[str, str]:
    return _keys(gpu_perfs())


_SUFFIXES = re.compile(r"(instruct|chat|hf|it|fp8|fp16|bf16|awq|gptq|int4|int8|fp4|nvfp4|mxfp4|dynamic|base)$")


def _model_slug(name: str) -> str | None:
    """Exact key first; then without an organisation prefix (meta-llama/...) and release suffixes."""
    keys = _model_keys()
    key = compact(name)
    if key in keys:
        return keys[key]
    key = key.rsplit("/", 1)[-1].replace("instruct", "").replace("chat", "")
    for _ in range(4):
        if key in keys:
            return keys[key]
        trimmed = _SUFFIXES.sub("", key)
        if trimmed == key:
            break
        key = trimmed
    return keys.get(key)


def find_model(name: str, catalog: Catalog | None = None) -> ModelShape:
    """A model by slug, alias or name; the price catalog's open models are the fallback."""
    shapes = model_shapes()
    slug = _model_slug(name)
    if slug is not None:
        return shapes[slug]
    if catalog is not None:
        try:
            m = catalog.open_model(name)
        except UnknownNameError:
            pass
        else:
            return ModelShape(
                slug=m.slug,
                name=m.name,
                params_b=m.params_b,
                active_params_b=m.active_params_b,
                layers=m.layers,
                kv_heads=m.kv_heads,
                head_dim=m.head_dim,
                context_window=m.context_window,
                catalog_source=m.source,
            )
    hints = difflib.get_close_matches(compact(name), list(_model_keys()), n=6, cutoff=0.6)
    raise UnknownNameError("open model", name, list(dict.fromkeys(_model_keys()[h] for h in hints))[:3])


def find_gpu(name: str, catalog: Catalog | None = None) -> GpuPerf:
    """An accelerator by slug or alias, or by a rental offer's name (e.g. 8x-h100) via the catalog."""
    gpus = gpu_perfs()
    slug = _gpu_keys().get(compact(name))
    if slug is not None:
        return gpus[slug]
    if catalog is not None:
        try:
            spec = catalog.gpu_spec(name)
        except UnknownNameError:
            pass
        else:
            if spec.slug in gpus:
                return gpus[spec.slug]
            return GpuPerf(
                slug=spec.slug,
                name=spec.name,
                memory_gb=spec.vram_gb,
                bandwidth_gb_s=spec.bandwidth_gb_s,
                fp16_tflops=spec.fp16_tflops,
                catalog_source=spec.source,
            )
    hints = difflib.get_close_matches(compact(name), list(_gpu_keys()), n=6, cutoff=0.6)
    raise UnknownNameError("GPU", name, list(dict.fromkeys(_gpu_keys()[h] for h in hints))[:3])


def offer_gpu_count(name: str, catalog: Catalog | None) -> int | None:
    """GPUs in a named rental offer (8x-h100 -> 8), when the name is an offer."""
    if catalog is None or _gpu_keys().get(compact(name)):
        return None
    try:
        return catalog.gpu_offer(name).count
    except LookupError:
        return None
