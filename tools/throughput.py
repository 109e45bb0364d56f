"""Tokens per second of one replica, from first principles, calibrated against published measurements.

One replica serves requests of ``input_len`` prompt tokens and ``output_len`` generated tokens, with as
many sequences in flight as its KV-cache memory (after the weights) and the serving engine allow:

* **prefill** is compute-bound: ``input_len x (2 x active params + attention)`` FLOPs at the GPUs' dense
  tensor throughput for the weight precision;
* **decode** is one step per output token for the whole batch. The step runs its kernels one after
  another, each bound by its own bytes or FLOPs (a roofline per kernel): the dense matrix products read
  the always-used weights; the experts' grouped products read the experts the batch's tokens route to
  (``E x (1 - (1 - k/E)^B)`` of them per layer, so about the active parameters at batch 1 and all of them
  at large batches); attention reads every sequence's KV cache. Quantized checkpoints keep the embedding
  and output head in 16 bits;
* **expert layers** reach a share of the dense efficiency that falls with small experts (thin, short
  matrices) and with few tokens per expert in one forward pass (``tokens x k / E``: part-filled tiles of a
  grouped GEMM). A decode step routes the batch; a prefill pass routes thousands of prompt tokens (the
  engine's prefill chunk, from every GPU under expert parallelism), so small experts prefill far closer to
  peak than they decode. Under expert parallelism each expert layer also waits for its most loaded GPU;
* **several GPUs**: tensor parallelism splits every layer and adds two all-reduces per layer and step.
  A mixture of experts can instead run expert parallel with data-parallel attention (TensorRT-LLM's
  recipe): every GPU holds its own copy of the non-expert weights (less room for the KV cache), serves
  its own sequences, and sends tokens to their experts' GPUs and back once per expert layer;
* attention's matrix products run in 16-bit whatever the weights' format (an FP8 cache is dequantized
  as it is read), so FP8/FP4 tensor cores speed up the weights' products but never attention;
* steady state: ``output tokens/s = B x O / (O x decode_step(B) + B x prefill(I))``. A benchmark's finite
  run of N requests (calibration references that state N) never has more than N in flight, and runs in
  waves of B whose last one is part-full.

A handful of global efficiencies (share of peak bandwidth for weights and for the KV cache, share of peak
FLOPs, the latency of an exchange between GPUs, a host cost per sequence for each serving engine) are
fitted once to the published measurements in `tools/data/throughput_calibration.toml` that are not held
out; `benchmarks/throughput_accuracy.py` prints the error against each. Every estimate carries the range
that error implies.
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Callable
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tools.api_cost import Workload
from tools.catalog import Catalog
from tools.perf_specs import (
    DATA_DIR,
    WEIGHT_BYTES_PER_PARAM,
    GpuPerf,
    ModelShape,
    find_gpu,
    offer_gpu_count,
)
from tools.results import Result
from tools.sizing import (
    DEFAULT_GPU,
    Precision,
    SizingInput,
    resolve_architecture,
    size_deployment,
)
from tools.sources import Source, article_source

Engine = Literal["tensorrt-llm", "vllm", "sglang"]
# How a mixture of experts is spread over several GPUs: "tensor" splits every layer over all of them
# (two all-reduces per layer); "expert" keeps a full copy of the attention weights on each GPU, which serves
# its own share of the sequences (attention data parallelism), and spreads the experts over the GPUs
# (expert parallelism): tokens are sent to their experts' GPUs and back once per expert layer.
MoeLayout = Literal["tensor", "expert"]
DEFAULT_ENGINE: Engine = "vllm"
DEFAULT_INPUT_LEN = 1000
DEFAULT_OUTPUT_LEN = 250
ACTIVATION_BYTES = 2  # hidden states exchanged between tensor-parallel GPUs travel in 16-bit
# Every decode step writes each sequence's logits over the whole vocabulary in 32-bit floats and reads
# them back to sample: 8 bytes per vocabulary entry and sequence.
LOGIT_BYTES_PER_ENTRY = 8


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


class ThroughputInput(BaseModel):
    """A replica to estimate: model, precision, GPU type and count, request lengths and load."""

    model_config = ConfigDict(extra="forbid")

    model: str | None = Field(default="llama-3.3-70b", description="open-weight model")
    params_b: float | None = Field(default=None, gt=0, description="billions of parameters")
    precision: Precision = Field(default="fp16", description="weight precision")
    kv_precision: Precision | None = Field(
        default=None, description="KV-cache precision; default fp8 with fp8/fp4 weights on FP8 hardware, else fp16"
    )
    gpu: str = Field(default=DEFAULT_GPU, description="GPU type (or a rental offer such as 8x-h100)")
    gpus: int | None = Field(default=None, ge=1, le=1024, description="GPUs per replica (tensor parallel)")
    input_len: int | None = Field(default=None, ge=1, le=10_000_000, description="prompt tokens per request")
    output_len: int | None = Field(default=None, ge=1, le=1_000_000, description="generated tokens per request")
    batch_size: int | None = Field(
        default=None, ge=1, le=100_000, description="cap on sequences in flight (default: memory and engine)"
    )
    avg_context_tokens: int | None = Field(
        default=None, ge=1, description="older callers: average tokens per sequence (sets input_len)"
    )
    engine: Engine = Field(default=DEFAULT_ENGINE, description="serving engine")
    moe_layout: MoeLayout | None = Field(
        default=None, description="mixture of experts over several GPUs: tensor or expert parallel (engine default)"
    )
    bandwidth_efficiency: float | None = Field(default=None, gt=0, le=1, description="override the fit")
    compute_efficiency: float | None = Field(default=None, gt=0, le=1, description="override the fit")

    def lengths(self) -> tuple[int, int]:
        output = self.output_len or DEFAULT_OUTPUT_LEN
        if self.input_len is not None:
            return self.input_len, output
        if self.avg_context_tokens is not None:
            return self.avg_context_tokens, output
        return DEFAULT_INPUT_LEN, output


class ThroughputResult(Result):
    """Estimated tokens per second of one replica (label: estimate), with its error range."""

    model: str
    gpu: str
    gpus: int
    precision: str
    kv_precision: str
    engine: str
    input_len: int
    output_len: int
    batch_size: int = Field(description="sequences in flight")
    kv_limited: bool = Field(description="the batch is capped by KV-cache memory")
    output_tokens_per_s: float = Field(description="generated tokens per second, whole replica")
    output_tokens_per_s_low: float
    output_tokens_per_s_high: float
    total_tokens_per_s: float = Field(description="prompt plus generated tokens per second")
    requests_per_s: float
    decode_tokens_per_s: float = Field(description="decode rate of the batch, excluding prefill time")
    per_stream_tokens_per_s: float = Field(description="what one user sees while decoding")
    prefill_tokens_per_s: float = Field(description="prompt tokens per second while prefilling")
    time_to_first_token_s: float = Field(description="prefill of one prompt, no queueing")
    bound: str = Field(description="memory, compute or prefill: what limits the replica")
    single_stream_ceiling_tokens_per_s: float = Field(
        description="memory-bandwidth ceiling for one stream: peak bandwidth / bytes read per token"
    )
    error_factor: float = Field(description="estimates fell within this factor of the references")
    label: str = "estimate"


def default_kv_precision(precision: str, gpu: GpuPerf) -> str:
    """FP8 cache beside FP8/FP4 weights on hardware with FP8 cores, else 16-bit."""
    return "fp8" if precision in ("fp8", "fp4") and gpu.fp8_tflops else "fp16"


def _embedding_bytes_per_param(precision: str) -> float:
    """Quantized checkpoints keep the input embedding and the output head in 16 bits."""
    return max(WEIGHT_BYTES_PER_PARAM[precision], 2.0)


def weight_bytes(model: ModelShape, precision: str) -> float:
    """Bytes the weights take in memory (embedding and output head in 16 bits)."""
    emb = model.embedding_b()
    body = (model.params_b - emb) * WEIGHT_BYTES_PER_PARAM[precision]
    return (body + emb * _embedding_bytes_per_param(precision)) * 1e9


def shared_weight_bytes(model: ModelShape, precision: str) -> tuple[float, float]:
    """(held, read per step) bytes of the weights outside the routed experts: the whole of a dense model.
    Every step reads the output head but only looks up rows of the input embedding."""
    shared_b, _ = model.moe_split_b()
    emb, head = model.embedding_b(), model.head_b()
    body = (shared_b - emb) * WEIGHT_BYTES_PER_PARAM[precision]
    ebpp = _embedding_bytes_per_param(precision)
    return (body + emb * ebpp) * 1e9, (body + head * ebpp) * 1e9


def weights_read_per_step(model: ModelShape, precision: str, tokens: float) -> float:
    """Bytes of weights one decode step reads: all of a dense model; for MoE the shared part plus
    the experts at least one of the step's tokens routes to (uniform routing)."""
    _, shared_read = shared_weight_bytes(model, precision)
    _, routed_b = model.moe_split_b()
    if routed_b == 0 or not model.experts or not model.experts_per_token:
        return shared_read
    touched = 1.0 - float((1.0 - model.experts_per_token / model.experts) ** max(tokens, 1.0))
    return shared_read + routed_b * touched * 1e9 * WEIGHT_BYTES_PER_PARAM[precision]


def single_stream_ceiling(model: ModelShape, gpu: GpuPerf, gpus: int, precision: str) -> float:
    """Physical upper bound for one stream: each token reads at least the active weights once."""
    active = weights_read_per_step(model, precision, 1)
    return gpus * gpu.bandwidth_gb_s * 1e9 / active


class _Phases(BaseModel):
    batch: int
    kv_limited: bool
    fits: bool
    step_s: float
    memory_s: float
    compute_s: float
    comm_s: float
    prefill_s: float
    output_tokens_per_s: float


def _per_engine(values: dict[str, float], engine: str) -> float:
    """An engine's own fitted value, else the default engine's (too few references to fit its own)."""
    return values.get(engine, values.get(DEFAULT_ENGINE, 0.0))


def moe_layout_for(model: ModelShape, gpus: int, engine: str, layout: str | None, p: CalibrationParameters) -> str:
    """The layout a replica runs: expert parallel only for a mixture of experts on several GPUs."""
    if gpus < 2 or not model.is_moe:
        return "tensor"
    return layout or p.engine_moe_layout.get(engine, "tensor")


def _routed_share(model: ModelShape) -> float:
    """Share of the routed experts each token goes to (k / E); 0 for a dense model."""
    if not model.experts or not model.experts_per_token:
        return 0.0
    return model.experts_per_token / model.experts


def _moe_efficiency(expert_size_m: float, tokens_per_expert: float, p: CalibrationParameters) -> float:
    """Share of the dense efficiency an expert layer's grouped matrix product reaches: smaller for small
    experts (thin, short matrices) and for few tokens per expert (part-filled tiles)."""
    if not expert_size_m:
        return 1.0
    tokens = max(tokens_per_expert, 1.0)
    return expert_size_m / (expert_size_m + p.moe_half_expert_m) * tokens / (tokens + p.moe_half_tokens)


def _prefill_tokens(engine: str, batch: float, input_len: int, output_len: int, p: CalibrationParameters) -> float:
    """Prompt tokens one scheduler prefills in a forward pass. TensorRT-LLM's trtllm-bench sets
    max_num_tokens to batch x (1 + input / output), at most 32,768 and at least 2,048
    (tensorrt_llm/bench/build/tuning.py, finetune_setting); other engines a fixed token budget."""
    cap = p.engine_prefill_tokens.get(engine, p.engine_prefill_tokens.get(DEFAULT_ENGINE, 8192))
    if engine == "tensorrt-llm":
        return float(min(cap, max(2048.0, batch * (1 + input_len / output_len))))
    return float(min(cap, max(batch * input_len, 1.0)))


def _phases(
    model: ModelShape,
    gpu: GpuPerf,
    gpus: int,
    precision: str,
    kv_precision: str,
    input_len: int,
    output_len: int,
    cap: int | None,
    engine: str,
    p: CalibrationParameters,
    bw_eff: float | None = None,
    compute_eff: float | None = None,
    layout: str | None = None,
) -> _Phases:
    n = gpus
    expert_parallel = moe_layout_for(model, n, engine, layout, p) == "expert"
    # Expert layers run below dense efficiency (small, uneven grouped GEMMs, routing), the more so the
    # smaller the experts: the MoE share applies to the routed experts' arithmetic (reading them is streaming).
    size = model.expert_size_m()
    bw = n * gpu.bandwidth_gb_s * 1e9 * (bw_eff or p.bandwidth_efficiency)
    kv_bw = n * gpu.bandwidth_gb_s * 1e9 * (bw_eff or p.kv_bandwidth_efficiency)
    peak, kind = gpu.tflops_for(precision)
    platform = p.platform_efficiency.get(gpu.vendor, 1.0)
    flops = n * peak * 1e12 * platform * p.math_efficiency.get(kind, 1.0)
    # attention multiplies queries by the cached keys and values in 16-bit whatever the weights' format: an
    # FP8 cache is dequantized as it is read (sgl-project/sglang#10083: "dequantize to BF16/FP16 at the reading
    # time for attention calculation"; FP8 attention kernels are opt-in), so FP8/FP4 tensor cores never help it
    attn_peak, attn_kind = gpu.tflops_for("fp16")
    attn_flops = n * attn_peak * 1e12 * platform * p.math_efficiency.get(attn_kind, 1.0)
    weights = weight_bytes(model, precision)
    shared_b, routed_b = model.moe_split_b()
    # attention data parallelism: every GPU holds (and reads each step) its own copy of the weights outside
    # the routed experts (attention, dense and shared-expert layers, embeddings)
    shared_held, shared_read = shared_weight_bytes(model, precision)
    copies_held = (n - 1) * shared_held if expert_parallel else 0.0
    copies = (n - 1) * shared_read if expert_parallel else 0.0
    free_share = p.engine_kv_free_memory_fraction.get(engine)
    if free_share is not None:
        reserve = p.engine_reserve_gb_per_gpu.get(engine, p.reserve_gb_per_gpu)
        room = free_share * (n * (gpu.memory_bytes - reserve * 1e9) - weights - copies_held)
    else:
        room = n * (gpu.memory_bytes * p.memory_fraction - p.reserve_gb_per_gpu * 1e9) - weights - copies_held
    held = model if engine not in p.engine_kv_full_length else model.model_copy(update={"windowed_layers": 0})
    per_seq_peak = held.kv_bytes(input_len + p.kv_reserve_output_share * output_len, kv_precision)
    fits = room > per_seq_peak
    by_memory = max(1, int(room // per_seq_peak)) if fits else 1
    limit = cap or p.engine_max_sequences.get(engine, 256)
    batch = max(1, min(by_memory, limit))
    kv_limited = fits and by_memory < limit
    avg_ctx = input_len + output_len / 2
    # tokens each expert multiplies in one forward pass: a decode step routes the whole batch (k of E
    # experts per token); a prefill pass routes a chunk of prompt tokens from every scheduler
    ranks = n if expert_parallel else 1
    decode_moe = _moe_efficiency(size, batch * _routed_share(model), p)
    chunk = _prefill_tokens(engine, batch / ranks, input_len, output_len, p)
    prefill_moe = _moe_efficiency(size, ranks * chunk * _routed_share(model), p)
    if expert_parallel:
        decode_moe /= p.expert_parallel_imbalance
        prefill_moe /= p.expert_parallel_imbalance
    routed_active_b = model.active_b - shared_b if routed_b else 0.0
    dense_active_b = model.active_b - routed_active_b
    # decode: one step for the whole batch
    read = weights_read_per_step(model, precision, batch)
    routed_read = read - shared_read
    kv_read = batch * model.kv_bytes(avg_ctx, kv_precision)
    dec_eff = flops * (compute_eff or p.decode_compute_efficiency)
    attn_dec_eff = attn_flops * (compute_eff or p.decode_compute_efficiency)
    attn = model.attention_flops_per_token(avg_ctx)
    # The step runs its kernels one after another, each bound by its own bytes or FLOPs: the dense
    # matrix products (shared weights), the experts' grouped products, and attention over the KV cache.
    dense_read_s, dense_math_s = (read - routed_read + copies) / bw, batch * 2 * dense_active_b * 1e9 / dec_eff
    expert_read_s, expert_math_s = routed_read / bw, batch * 2 * routed_active_b * 1e9 / (dec_eff * decode_moe)
    kv_read = kv_read + batch * (model.vocab_size or 0) * LOGIT_BYTES_PER_ENTRY
    kv_read_s, attn_math_s = kv_read / kv_bw, batch * attn / attn_dec_eff
    memory_s = dense_read_s + expert_read_s + kv_read_s
    compute_s = dense_math_s + expert_math_s + attn_math_s
    sharp = p.roofline_sharpness

    def roof(read_s: float, math_s: float) -> float:
        return float((read_s**sharp + math_s**sharp) ** (1 / sharp))

    gpu_s = roof(dense_read_s, dense_math_s) + roof(expert_read_s, expert_math_s) + roof(kv_read_s, attn_math_s)
    link = gpu.interconnect_gb_s * 1e9 * p.link_efficiency
    latency = p.allreduce_latency_us.get(gpu.vendor, max(p.allreduce_latency_us.values(), default=0.0)) * 1e-6
    # hidden states crossing the GPUs per token: tensor parallel, two all-reduces per layer (each moves
    # 2 (n-1)/n of the vector); expert parallel, each expert layer sends tokens out and back ((n-1)/n each way)
    if n < 2:
        collectives, volume = 0, 0.0
    elif expert_parallel:
        collectives = 2 * (model.moe_layers or model.layers)
        volume = collectives * model.hidden * ACTIVATION_BYTES * (n - 1) / n / link
    else:
        collectives = 2 * model.layers
        volume = collectives * model.hidden * ACTIVATION_BYTES * 2 * (n - 1) / n / link
    # each collective takes log2(n) latency-bound rounds (recursive doubling), plus its volume over each
    # GPU's link
    comm_s = collectives * latency + batch * volume if n > 1 else 0.0
    if expert_parallel:
        comm_s += collectives * p.expert_exchange_us * 1e-6
    host_s = batch * _per_engine(p.engine_us_per_sequence, engine) * 1e-6
    # the host schedules the next step while the GPUs run this one: the slower of the two sets the pace
    step_s = max(gpu_s + comm_s, host_s) + _per_engine(p.step_overhead_ms, engine) * 1e-3
    # prefill: compute-bound, causal attention over half the prompt on average
    pre_eff = flops * (compute_eff or p.prefill_compute_efficiency)
    attn_pre_eff = attn_flops * (compute_eff or p.prefill_compute_efficiency)
    pre_attn = model.attention_flops_per_token(input_len / 2)
    prefill_s = input_len * (
        2 * dense_active_b * 1e9 / pre_eff
        + pre_attn / attn_pre_eff
        + 2 * routed_active_b * 1e9 / (pre_eff * prefill_moe)
        + volume
    )
    out = batch * output_len / (output_len * step_s + batch * prefill_s)
    return _Phases(
        batch=batch,
        kv_limited=kv_limited,
        fits=fits,
        step_s=step_s,
        memory_s=memory_s,
        compute_s=compute_s,
        comm_s=comm_s,
        prefill_s=prefill_s,
        output_tokens_per_s=out,
    )


def _default_gpus(spec: ThroughputInput, model: ModelShape, gpu: GpuPerf, catalog: Catalog) -> int:
    """Enough GPUs (a power of two) for the weights plus room for a working batch of KV cache."""
    counted = offer_gpu_count(spec.gpu, catalog)
    if counted:
        return counted
    input_len, output_len = spec.lengths()
    need = weight_bytes(model, spec.precision) + 16 * model.kv_bytes(input_len + output_len, "fp16")
    per_gpu = gpu.memory_bytes * 0.9
    raw = max(1, math.ceil(need / per_gpu))
    return 1 << (raw - 1).bit_length()


def estimate_throughput(spec: ThroughputInput, catalog: Catalog) -> ThroughputResult:
    """Output tokens per second of one replica for requests of the given lengths."""
    p = calibration_parameters()
    input_len, output_len = spec.lengths()
    sizing_in = SizingInput(
        model=spec.model,
        params_b=spec.params_b,
        precision=spec.precision if spec.precision != "fp4" else "int4",
        gpu=spec.gpu,
        context_tokens=input_len + output_len,
    )
    model, notes = resolve_architecture(catalog, sizing_in)
    gpu = find_gpu(spec.gpu, catalog)
    gpus = spec.gpus or _default_gpus(spec, model, gpu, catalog)
    kv_precision = spec.kv_precision or default_kv_precision(spec.precision, gpu)
    layout = moe_layout_for(model, gpus, spec.engine, spec.moe_layout, p)
    ph = _phases(
        model,
        gpu,
        gpus,
        spec.precision,
        kv_precision,
        input_len,
        output_len,
        spec.batch_size,
        spec.engine,
        p,
        spec.bandwidth_efficiency,
        spec.compute_efficiency,
        layout,
    )
    if not ph.fits:
        notes.append(
            f"the weights ({weight_bytes(model, spec.precision) / 1e9:,.0f} GB) and one sequence's KV cache do not "
            f"fit on {gpus} x {gpu.name}: the estimate is hypothetical; add GPUs or lower the precision"
        )
    elif ph.kv_limited:
        notes.append(f"{ph.batch} sequences in flight: KV-cache memory after the weights holds no more")
    if input_len + output_len > model.context_window:
        notes.append(
            f"{input_len + output_len:,} tokens is beyond {model.name}'s {model.context_window:,}-token window"
        )
    peak, math_kind = gpu.tflops_for(spec.precision)
    if math_kind != spec.precision and spec.precision not in ("bf16", "int4"):
        notes.append(f"{gpu.name} has no {spec.precision} tensor cores: the math runs in {math_kind}")
    prefill_share = ph.batch * ph.prefill_s / (output_len * ph.step_s + ph.batch * ph.prefill_s)
    bound = "prefill" if prefill_share > 0.5 else "memory" if ph.memory_s >= ph.compute_s else "compute"
    factor = math.exp(p.log_error_max)
    out = ph.output_tokens_per_s
    requests = out / output_len
    mode = "KV-cache memory" if ph.kv_limited else ("your cap" if spec.batch_size else f"{spec.engine}'s default cap")
    ceiling = single_stream_ceiling(model, gpu, gpus, spec.precision)
    return ThroughputResult(
        model=model.slug,
        gpu=gpu.slug,
        gpus=gpus,
        precision=spec.precision,
        kv_precision=kv_precision,
        engine=spec.engine,
        input_len=input_len,
        output_len=output_len,
        batch_size=ph.batch,
        kv_limited=ph.kv_limited,
        output_tokens_per_s=round(out, 1),
        output_tokens_per_s_low=round(out / factor, 1),
        output_tokens_per_s_high=round(out * factor, 1),
        total_tokens_per_s=round(requests * (input_len + output_len), 1),
        requests_per_s=round(requests, 3),
        decode_tokens_per_s=round(ph.batch / ph.step_s, 1),
        per_stream_tokens_per_s=round(1 / ph.step_s, 1),
        prefill_tokens_per_s=round(input_len / ph.prefill_s, 1),
        time_to_first_token_s=round(ph.prefill_s, 4),
        bound=bound,
        single_stream_ceiling_tokens_per_s=round(ceiling, 1),
        error_factor=round(factor, 3),
        assumptions=[
            f"requests of {input_len:,} prompt + {output_len:,} generated tokens; {ph.batch} in flight (limit: {mode})",
            f"{gpus} x {gpu.name}: {gpu.bandwidth_gb_s:g} GB/s and {peak:g} dense {math_kind} TFLOPS each"
            + (f", {gpu.interconnect} {gpu.interconnect_gb_s:g} GB/s between them" if gpus > 1 else ""),
            f"weights {spec.precision} ({weight_bytes(model, spec.precision) / 1e9:,.0f} GB), KV cache {kv_precision}"
            + (
                f"; mixture of experts: {model.params_b:g}B parameters held, {model.active_b:g}B used per token"
                if model.is_moe
                else ""
            ),
            *(
                [
                    "experts spread over the GPUs, each GPU keeping its own copy of the attention and other "
                    "shared weights and serving its own share of the sequences (expert parallel, data-parallel "
                    "attention)"
                    if layout == "expert"
                    else f"every layer split over the {gpus} GPUs (tensor parallel)"
                ]
                if model.is_moe and gpus > 1
                else []
            ),
            f"calibrated efficiencies: {p.bandwidth_efficiency:.0%} of peak bandwidth reading weights, "
            f"{p.kv_bandwidth_efficiency:.0%} reading the KV cache, "
            f"{p.prefill_compute_efficiency:.0%} of peak FLOPs in prefill"
            + (
                f", {_per_engine(p.step_overhead_ms, spec.engine):.2g} ms per step"
                if _per_engine(p.step_overhead_ms, spec.engine) >= 0.01
                else ""
            )
            + (
                f", {p.allreduce_latency_us.get(gpu.vendor, 0):.2g} µs per exchange between the GPUs"
                if gpus > 1
                else ""
            ),
            f"{spec.engine} engine; against {len(calibration_references())} published measurements the model "
            f"is within x{factor:.2f} (median error {math.exp(p.log_error_median) - 1:.0%})",
            "an estimate: measure your own traffic on the real server before committing",
            *notes,
        ],
        sources=[model.cite(), gpu.cite()],
    )


class ArticleThroughput(BaseModel):
    """A throughput figure an article quotes, beside our estimate for the same setup."""

    claim: str
    low_tokens_per_s: float
    high_tokens_per_s: float
    estimate_tokens_per_s: float
    ceiling_tokens_per_s: float | None = Field(
        default=None, description="physical single-stream ceiling, for single-stream claims"
    )
    verdict: str = Field(description="plausible, optimistic or impossible")
    source: Source


def _verdict(low: float, high: float, estimate: float, ceiling: float | None, factor: float) -> str:
    """impossible: the claim (or its upper end) is above the physical ceiling; optimistic / pessimistic:
    outside the estimate's error range; else plausible."""
    if ceiling is not None and high > ceiling:
        return "impossible"
    if low > estimate * factor:
        return "optimistic"
    if high < estimate / factor:
        return "pessimistic"
    return "plausible"


def article_throughput_checks(catalog: Catalog) -> list[ArticleThroughput]:
    """Our estimate against each throughput figure the articles quote."""
    cases = [
        (
            "Llama 3.3 70B on one H100, single stream (fp8 to fit)",
            40,
            60,
            ThroughputInput(model="llama-3.3-70b", precision="fp8", gpu="h100", gpus=1, batch_size=1),
            article_source("self-hosting-worth-it-2026", "What Does the Internet Say Self-Hosting Costs?"),
            "per_stream",
        ),
        (
            "Llama 3.3 70B (4-bit) on one A100 80GB, batched output throughput",
            1000,
            3000,
            ThroughputInput(model="llama-3.3-70b", precision="int4", gpu="a100-80gb", gpus=1),
            article_source(
                "devtk-real-cost-breakdown-2026",
                "Breakeven Analysis: Setup: Llama 3.3 70B on a Single A100 80GB",
            ),
            "output",
        ),
        (
            "Llama 3.2 90B on 8 x H100, one stream",
            180,
            180,
            ThroughputInput(model="llama-3.2-90b", precision="fp16", gpu="h100", gpus=8, batch_size=1),
            article_source("math-ml-strategy-2026", "The Scenario That Favors APIs in 2026"),
            "per_stream",
        ),
    ]
    out = []
    for claim, low, high, spec, source, which in cases:
        est = estimate_throughput(spec, catalog)
        single = which == "per_stream"
        value = est.per_stream_tokens_per_s if single else est.output_tokens_per_s
        ceiling = est.single_stream_ceiling_tokens_per_s if single else None
        out.append(
            ArticleThroughput(
                claim=claim,
                low_tokens_per_s=low,
                high_tokens_per_s=high,
                estimate_tokens_per_s=value,
                ceiling_tokens_per_s=ceiling,
                verdict=_verdict(low, high, value, ceiling, est.error_factor),
                source=source,
            )
        )
    return out


class CapacityPlan(Result):
    """Replicas and GPUs needed to carry a workload's peak with headroom."""

    avg_input_tokens_per_s: float
    avg_output_tokens_per_s: float
    peak_to_average: float
    replicas: int
    gpus_per_replica: int
    gpus: int
    capacity_tokens_per_month: float = Field(
        description="tokens a month all replicas carry at the target utilisation, at this mix"
    )
    utilization_at_average: float


def replica_tokens_per_month(
    replica: ThroughputResult, input_share: float, seconds_per_month: float, utilization: float
) -> float:
    """Tokens a month one replica serves at this input/output mix and utilisation (prefill + decode)."""
    seconds_per_token = input_share / replica.prefill_tokens_per_s + (1 - input_share) / replica.decode_tokens_per_s
    return seconds_per_month * utilization / seconds_per_token


def plan_capacity(
    workload: Workload,
    replica: ThroughputResult,
    peak_to_average: float = 1.5,
    headroom: float = 0.2,
    target_utilization: float = 0.7,
) -> CapacityPlan:
    """GPUs needed for the peak load with headroom, at a target utilisation."""
    if peak_to_average < 1:
        raise ValueError("peak-to-average must be at least 1")
    if not 0 < target_utilization <= 1:
        raise ValueError("target utilisation must be in (0, 1]")
    seconds = workload.conventions.days_per_month * 86400
    in_tps = workload.input_tokens_per_month / seconds
    out_tps = workload.output_tokens_per_month / seconds
    # Share of one replica's time the average load takes: prefill plus decode.
    busy = in_tps / replica.prefill_tokens_per_s + out_tps / replica.decode_tokens_per_s
    peak = busy * peak_to_average * (1 + headroom)
    replicas = max(1, math.ceil(peak / target_utilization - 1e-9))
    capacity = replicas * replica_tokens_per_month(replica, workload.input_share, seconds, target_utilization)
    return CapacityPlan(
        avg_input_tokens_per_s=round(in_tps, 2),
        avg_output_tokens_per_s=round(out_tps, 2),
        peak_to_average=peak_to_average,
        replicas=replicas,
        gpus_per_replica=replica.gpus,
        gpus=replicas * replica.gpus,
        capacity_tokens_per_month=round(capacity, 0),
        utilization_at_average=round(busy / replicas, 4),
        assumptions=[
            workload.conventions.statement(),
            f"peak is {peak_to_average:g}x the average, plus {headroom:.0%} headroom",
            f"replicas run at most {target_utilization:.0%} busy at peak",
            f"throughput per replica is an estimate for {replica.input_len:,}-token prompts and "
            f"{replica.output_len:,}-token answers (see the throughput assumptions)",
        ],
        sources=replica.sources,
    )


def estimate_reference(ref: CalibrationReference, params: CalibrationParameters | None = None) -> float:
    """The model's output tokens/s for one calibration reference's setup (no catalog needed)."""
    from tools.perf_specs import find_gpu as _gpu
    from tools.perf_specs import find_model as _model

    p = params or calibration_parameters()
    model, gpu = _model(ref.model), _gpu(ref.gpu)

    def run(cap: int | None) -> _Phases:
        return _phases(
            model,
            gpu,
            ref.gpus,
            ref.precision,
            ref.kv_precision,
            ref.input_len,
            ref.output_len,
            cap,
            ref.engine,
            p,
            layout=ref.moe_layout,
        )

    ph = run(ref.concurrency)
    if ref.metric == "per_stream_tokens_per_s":
        return 1 / ph.step_s
    if ref.requests is None:
        return ph.output_tokens_per_s
    return finite_run_output_tokens_per_s(ph, ref.requests, ref.output_len, run)


def finite_run_output_tokens_per_s(
    full: _Phases, requests: int, output_len: int, run: Callable[[int], _Phases]
) -> float:
    """Output tokens/s of a finite run of ``requests`` identical requests all queued at once (a benchmark):
    never more in flight than there are requests, and they run in waves of ``full.batch``; the last wave
    holds the remainder and still takes all ``output_len`` steps, each reading all the weights."""
    batch = min(full.batch, requests)
    waves, rest = divmod(requests, batch)
    first = full if batch == full.batch else run(batch)
    seconds = waves * (batch * first.prefill_s + output_len * first.step_s)
    if rest:
        last = run(rest)
        seconds += rest * last.prefill_s + output_len * last.step_s
    return requests * output_len / seconds


__all__ = [
    "ArticleThroughput",
    "CalibrationParameters",
    "CalibrationReference",
    "CapacityPlan",
    "ThroughputInput",
    "ThroughputResult",
    "article_throughput_checks",
    "calibration_parameters",
    "calibration_references",
    "estimate_reference",
    "estimate_throughput",
    "plan_capacity",
    "replica_tokens_per_month",
    "size_deployment",
]
