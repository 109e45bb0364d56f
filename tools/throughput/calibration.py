"""The calibration of the throughput model: the serving engines, the fitted global efficiencies
(``CalibrationParameters``) and the published measurements they were fitted to (``CalibrationReference``),
read once from ``tools/data/throughput_calibration.toml``."""

from __future__ import annotations

import tomllib
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tools.perf_specs import DATA_DIR
from tools.sizing import Precision

Engine = Literal["tensorrt-llm", "vllm", "sglang"]
# How a mixture of experts is spread over several GPUs: "tensor" splits every layer over all of them
# (two all-reduces per layer); "expert" keeps a full copy of the attention weights on each GPU, which serves
# its own share of the sequences (attention data parallelism), and spreads the experts over the GPUs
# (expert parallelism): tokens are sent to their experts' GPUs and back once per expert layer.
MoeLayout = Literal["tensor", "expert"]
DEFAULT_ENGINE: Engine = "vllm"


class CalibrationParameters(BaseModel):
    """The global efficiencies, fitted once to all calibration references (never per reference)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    bandwidth_efficiency: float = Field(
        gt=0, le=1, description="share of peak memory bandwidth reached streaming weights in decode"
    )
    kv_bandwidth_efficiency: float = Field(
        gt=0, le=1, description="share of peak memory bandwidth reached reading the KV cache (attention kernels)"
    )
    decode_compute_efficiency: float = Field(gt=0, le=1, description="share of peak FLOPs in decode")
    prefill_compute_efficiency: float = Field(gt=0, le=1, description="share of peak FLOPs in prefill")
    moe_half_expert_m: float = Field(
        ge=0,
        description="expert size (millions of parameters per expert and layer) at which expert layers reach half "
        "the dense efficiency: a small expert's matrices are thin and short (few tiles, a short inner loop), "
        "so fixed costs per tile weigh more",
    )
    moe_half_tokens: float = Field(
        default=0.0,
        ge=0,
        description="tokens routed to one expert in one forward pass at which its grouped matrix product reaches "
        "half its efficiency: an expert with few tokens fills only part of each tile of rows",
    )
    expert_parallel_imbalance: float = Field(
        default=1.0,
        ge=1,
        description="expert parallel: the most loaded GPU's share of the experts' arithmetic over the mean (routing "
        "is uneven and every expert layer waits for the slowest GPU); one GPU holding every expert has none",
    )
    engine_prefill_tokens: dict[str, int] = Field(
        default_factory=dict,
        description="prompt tokens one forward pass prefills per scheduler (attention data-parallel rank), per "
        "engine; an engine without its own value takes the default engine's",
    )
    platform_efficiency: dict[str, float] = Field(
        default_factory=dict,
        description="share of the compute efficiencies reached per software platform (amd: ROCm kernels)",
    )
    math_efficiency: dict[str, float] = Field(
        default_factory=dict, description="extra factor on compute efficiency per tensor-core format (e.g. fp4)"
    )
    step_overhead_ms: dict[str, float] = Field(
        default_factory=dict, description="fixed time per decode step, per serving engine (scheduling, launches)"
    )
    allreduce_latency_us: dict[str, float] = Field(
        description="latency of one round of a collective (a tensor-parallel all-reduce, or one expert dispatch "
        "or combine takes log2(GPUs) rounds) between the GPUs of one node, per software platform"
    )
    expert_exchange_us: float = Field(
        default=0.0,
        ge=0,
        description="fixed time of each expert-parallel dispatch or combine beyond its transfer: routing, "
        "permuting tokens and waiting for the most loaded GPU",
    )
    link_efficiency: float = Field(gt=0, le=1, description="share of peer-link bandwidth reached")
    memory_fraction: float = Field(gt=0, le=1, description="share of GPU memory the server takes")
    engine_kv_free_memory_fraction: dict[str, float] = Field(
        default_factory=dict,
        description="engines that give the KV cache a share of the memory left after the weights, instead of "
        "a share of the whole GPU (TensorRT-LLM: kv_cache_free_gpu_mem_fraction)",
    )
    engine_kv_full_length: list[str] = Field(
        default_factory=list,
        description="engines that reserve every layer's KV cache for the whole sequence, sliding-window and "
        "chunked-attention layers included (they still read only the window)",
    )
    roofline_sharpness: float = Field(
        default=50.0,
        ge=1,
        description="how sharply a kernel switches from memory- to compute-bound: time = (read^p + math^p)^(1/p); "
        "large p is the ideal roofline max(read, math), small p slows kernels near the ridge point",
    )
    kv_reserve_output_share: float = Field(
        ge=0, le=1, description="share of the answer's KV cache held per sequence when admitting it (paged cache)"
    )
    reserve_gb_per_gpu: float = Field(ge=0, description="activations, CUDA graphs and workspace")
    engine_reserve_gb_per_gpu: dict[str, float] = Field(
        default_factory=dict,
        description="the same for engines that hand the KV cache a share of the memory left after the weights "
        "(what the runtime's buffers keep first); other engines take reserve_gb_per_gpu",
    )
    engine_us_per_sequence: dict[str, float] = Field(
        description="host-side time per sequence and decode step, per serving engine (scheduling, sampling); "
        "an engine without its own value takes the default engine's"
    )
    engine_max_sequences: dict[str, int] = Field(
        description="default cap on sequences in flight per scheduler (one per attention data-parallel rank)"
    )
    engine_moe_layout: dict[str, MoeLayout] = Field(
        default_factory=dict,
        description="how each engine spreads a mixture of experts over several GPUs by default (else tensor)",
    )
    log_error_median: float = Field(ge=0, description="median |ln(estimate / measured)| over references")
    log_error_max: float = Field(ge=0, description="largest |ln(estimate / measured)| over references")
    fitted_on: str = Field(description="date of the fit")


class CalibrationReference(BaseModel):
    """One published measurement, recorded exactly as its source states it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    title: str
    url: str = Field(pattern=r"^https://")
    published: str = Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")
    section: str = Field(description="table or passage the figure is in")
    engine: Engine
    model: str
    precision: Precision
    kv_precision: Precision
    gpu: str
    gpus: int = Field(ge=1)
    input_len: int = Field(ge=1, description="tokens per request (mean for a dataset)")
    output_len: int = Field(ge=1)
    concurrency: int | None = Field(default=None, ge=1, description="sequences in flight; none = saturated")
    requests: int | None = Field(
        default=None,
        ge=1,
        description="requests in the whole run, as the source states (a finite run: never more in flight, and the "
        "last wave runs part-full); none = steady state",
    )
    moe_layout: MoeLayout | None = Field(default=None, description="how the MoE was spread; none = engine default")
    load: str = Field(description="how the source loaded the server")
    metric: Literal["output_tokens_per_s", "per_stream_tokens_per_s"] = Field(
        default="output_tokens_per_s", description="whole-replica output rate, or one stream's decode speed"
    )
    measured_output_tokens_per_s: float = Field(
        gt=0, description="the measured value of `metric`, as stated or derived"
    )
    note: str | None = Field(default=None, description="derivations and anything assumed")
    held_out: bool = Field(default=False, description="not used to fit the parameters")


class _CalibrationFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    parameters: CalibrationParameters
    references: tuple[CalibrationReference, ...]

    @model_validator(mode="after")
    def _unique(self) -> _CalibrationFile:
        ids = [r.id for r in self.references]
        if len(ids) != len(set(ids)):
            raise ValueError("calibration reference ids must be unique")
        return self


@cache
def _calibration() -> _CalibrationFile:
    text = (DATA_DIR / "throughput_calibration.toml").read_text()
    return _CalibrationFile.model_validate(tomllib.loads(text))


def calibration_parameters() -> CalibrationParameters:
    """The fitted global efficiencies."""
    return _calibration().parameters


def calibration_references() -> tuple[CalibrationReference, ...]:
    """Every published measurement the model is compared with."""
    return _calibration().references
