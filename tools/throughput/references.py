"""The model run on one calibration reference's setup (``estimate_reference``), finite benchmark runs
included (waves of the full batch, the last one part-full)."""

from __future__ import annotations

from collections.abc import Callable

from tools.throughput.calibration import CalibrationParameters, CalibrationReference, calibration_parameters
from tools.throughput.phases import _Phases, _phases


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
