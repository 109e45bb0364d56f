"""``estimate_throughput``: a replica's tokens per second from its input, with the error range the
calibration implies and every assumption in words."""

from __future__ import annotations

import math

from tools.catalog import Catalog
from tools.perf_specs import GpuPerf, ModelShape, find_gpu, offer_gpu_count
from tools.sizing import SizingInput, resolve_architecture
from tools.throughput.calibration import calibration_parameters, calibration_references
from tools.throughput.phases import _per_engine, _phases, moe_layout_for
from tools.throughput.replica import ThroughputInput, ThroughputResult
from tools.throughput.weights import single_stream_ceiling, weight_bytes


def default_kv_precision(precision: str, gpu: GpuPerf) -> str:
    """FP8 cache beside FP8/FP4 weights on hardware with FP8 cores, else 16-bit."""
    return "fp8" if precision in ("fp8", "fp4") and gpu.fp8_tflops else "fp16"


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
