"""The physics of one replica: the time of a decode step (a roofline per kernel: dense products,
the experts' grouped products, attention over the KV cache, exchanges between GPUs, the host's share) and of
prefilling one prompt, for a batch as large as the KV-cache memory and the engine allow (``_phases``)."""

from __future__ import annotations

from pydantic import BaseModel

from tools.perf_specs import GpuPerf, ModelShape
from tools.throughput.calibration import DEFAULT_ENGINE, CalibrationParameters
from tools.throughput.weights import shared_weight_bytes, weight_bytes, weights_read_per_step

ACTIVATION_BYTES = 2  # hidden states exchanged between tensor-parallel GPUs travel in 16-bit
# Every decode step writes each sequence's logits over the whole vocabulary in 32-bit floats and reads
# them back to sample: 8 bytes per vocabulary entry and sequence.
LOGIT_BYTES_PER_ENTRY = 8


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
