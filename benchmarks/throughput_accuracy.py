"""Throughput model against published measurements: one row per reference, then the two targets.

    .venv/bin/python benchmarks/throughput_accuracy.py          # table, errors, targets
    .venv/bin/python benchmarks/throughput_accuracy.py --fit    # refit the global parameters and print them

Targets (issue 11): median |ln(estimate / measured)| <= 0.15, and every reference within x1.4.
References marked held out are not used by --fit; their error is reported separately.
It prints; it never fails.
"""

from __future__ import annotations

import argparse
import math
import re
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.throughput import (
    CalibrationParameters,
    CalibrationReference,
    calibration_parameters,
    calibration_references,
    estimate_reference,
)

MEDIAN_TARGET = 0.15
FACTOR_TARGET = 1.4

# Parameters --fit may move, with their bounds; everything else stays as in the data file.
# bandwidth_efficiency is not fitted: one stream's decode reads the weights once per token, so the fit
# set's single-stream measurement fixes it (vllm-llama-3.1-8b-h100x1-fp16-stream: 16.06 GB in 6.48 ms,
# 74% of the H100's 3,350 GB/s); batched references cannot tell it apart from the compute terms.
FITTED: dict[str, tuple[float, float]] = {
    "kv_bandwidth_efficiency": (0.2, 0.95),
    "decode_compute_efficiency": (0.1, 1.0),
    "prefill_compute_efficiency": (0.1, 1.0),
    "moe_half_expert_m": (0.5, 500.0),
    "moe_half_tokens": (0.0, 2000.0),
    "expert_parallel_imbalance": (1.0, 3.0),
    "step_overhead_ms.tensorrt-llm": (0.0, 20.0),
    "step_overhead_ms.vllm": (0.0, 20.0),
    "roofline_sharpness": (4.0, 50.0),
    "kv_reserve_output_share": (0.3, 1.0),
    "engine_reserve_gb_per_gpu.tensorrt-llm": (1.0, 6.0),
    "allreduce_latency_us.nvidia": (1.0, 25.0),
    "allreduce_latency_us.amd": (1.0, 40.0),
    "expert_exchange_us": (0.0, 500.0),
    "math_efficiency.fp4": (0.6, 1.0),
    "platform_efficiency.amd": (0.2, 1.0),
    "engine_us_per_sequence.tensorrt-llm": (0.1, 400.0),
    "engine_us_per_sequence.vllm": (1.0, 400.0),
}


def log_errors(refs: list[CalibrationReference], params: CalibrationParameters) -> list[float]:
    return [math.log(estimate_reference(r, params) / r.measured_output_tokens_per_s) for r in refs]


def _with(params: CalibrationParameters, values: dict[str, float]) -> CalibrationParameters:
    update: dict[str, object] = {}
    for key, value in values.items():
        if "." in key:
            field, sub = key.split(".", 1)
            existing = update.get(field)
            current: dict[str, float] = dict(existing if isinstance(existing, dict) else getattr(params, field))
            current[sub] = value
            update[field] = current
        else:
            update[key] = value
    return params.model_copy(update=update)


def _get(params: CalibrationParameters, key: str) -> float:
    if "." in key:
        field, sub = key.split(".", 1)
        return float(getattr(params, field).get(sub, 1.0))
    return float(getattr(params, key))


def _loss(refs: list[CalibrationReference], params: CalibrationParameters) -> float:
    errs = [abs(e) for e in log_errors(refs, params)]
    # the mean error with a penalty on the worst ones, and a steep one on any fit reference that nears the
    # x1.4 bound (ln 1.4 = 0.336): both targets at once
    return (
        statistics.fmean(errs)
        + 10 * statistics.fmean(max(0.0, e - 0.25) ** 2 for e in errs)
        + 200 * statistics.fmean(max(0.0, e - 0.30) ** 2 for e in errs)
    )


def fit(refs: list[CalibrationReference], params: CalibrationParameters, restarts: int = 3) -> CalibrationParameters:
    """Coordinate search from a few deterministic starting points; the best result wins."""
    import random

    rng = random.Random(11)
    start = {k: _get(params, k) for k in FITTED}
    best_values, best_loss = _search(refs, params, start)
    for _ in range(restarts):
        trial = {
            k: min(hi, max(lo, v * math.exp(rng.uniform(-0.7, 0.7))))
            for (k, (lo, hi)), v in zip(FITTED.items(), best_values.values(), strict=True)
        }
        values, loss = _search(refs, params, trial)
        if loss < best_loss:
            best_values, best_loss = values, loss
    return with_recorded_error(_with(params, {k: float(_num(v)) for k, v in best_values.items()}))


def with_recorded_error(params: CalibrationParameters) -> CalibrationParameters:
    """The parameters with the error over every reference recorded (the range every estimate carries).
    Fitted values are rounded as the data file stores them before the error is measured."""
    errs = [abs(e) for e in log_errors(list(calibration_references()), params)]
    return params.model_copy(
        update={
            "log_error_median": math.ceil(statistics.median(errs) * 1000) / 1000,
            "log_error_max": math.ceil(max(errs) * 1000) / 1000,
        }
    )


def _search(
    refs: list[CalibrationReference], params: CalibrationParameters, values: dict[str, float], rounds: int = 60
) -> tuple[dict[str, float], float]:
    """Coordinate search in log space within bounds (few parameters, cheap model: no solver needed)."""
    values = {k: min(FITTED[k][1], max(v, FITTED[k][0], 1e-4)) for k, v in values.items()}
    best = _loss(refs, _with(params, values))
    step = 0.3
    for _ in range(rounds):
        improved = False
        for key, (low, high) in FITTED.items():
            for direction in (1, -1):
                trial = dict(values)
                base = max(values[key], 1e-3)
                trial[key] = min(high, max(low, base * math.exp(direction * step)))
                loss = _loss(refs, _with(params, trial))
                if loss < best - 1e-9:
                    best, values, improved = loss, trial, True
        if not improved:
            step /= 2
            if step < 0.005:
                break
    return values, best


def table(params: CalibrationParameters, quiet: bool = False) -> None:
    refs = list(calibration_references())
    print(f"{'reference':58} {'estimate':>9} {'measured':>9} {'ratio':>6} {'|ln|':>5}  set")
    for ref in refs:
        est = estimate_reference(ref, params)
        ratio = est / ref.measured_output_tokens_per_s
        flag = "held out" if ref.held_out else "fit"
        if quiet and abs(math.log(ratio)) <= math.log(FACTOR_TARGET):
            continue
        measured = ref.measured_output_tokens_per_s
        print(f"{ref.id:58} {est:9,.0f} {measured:9,.0f} {ratio:6.2f} {abs(math.log(ratio)):5.2f}  {flag}")
    for name, subset in (
        ("all", refs),
        ("fit", [r for r in refs if not r.held_out]),
        ("held out", [r for r in refs if r.held_out]),
    ):
        errs = [abs(e) for e in log_errors(subset, params)]
        med, worst = statistics.median(errs), max(errs)
        within = sum(e <= math.log(FACTOR_TARGET) for e in errs)
        print(
            f"{name:9} n={len(errs):3}  median |ln| {med:.3f} (target <= {MEDIAN_TARGET}: "
            f"{'met' if med <= MEDIAN_TARGET else 'NOT met'})  worst x{math.exp(worst):.2f}  "
            f"within x{FACTOR_TARGET}: {within}/{len(errs)} "
            f"({'met' if within == len(errs) else 'NOT met'})"
        )
    print(f"range carried by every estimate: x{math.exp(params.log_error_max):.2f} (from the data file)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fit", action="store_true", help="refit the global parameters on the fit set")
    parser.add_argument("--write", action="store_true", help="with --fit: write them into the data file")
    parser.add_argument("--quiet", action="store_true", help="list only references outside the x1.4 target")
    args = parser.parse_args()
    params = calibration_parameters()
    if args.fit:
        params = fit([r for r in calibration_references() if not r.held_out], params)
        print("fitted parameters:")
        for key in FITTED:
            print(f"  {key} = {_get(params, key):.4g}")
        print(f"  log_error_median = {params.log_error_median}\n  log_error_max = {params.log_error_max}\n")
        if args.write:
            _write(params)
    table(params, quiet=args.quiet)


def _write(params: CalibrationParameters) -> None:
    """Replace the [parameters] table of the calibration file, keeping everything else."""
    from datetime import date

    from tools.perf_specs import DATA_DIR

    path = DATA_DIR / "throughput_calibration.toml"
    text = path.read_text()
    start = re.search(r"^\[parameters\]$", text, re.M)
    end = re.search(r"^\[\[references\]\]$", text, re.M)
    assert start and end
    lines = ["[parameters]"]
    for name, value in params.model_dump().items():
        if name == "fitted_on":
            value = date.today().isoformat()
        if isinstance(value, dict):
            inner = ", ".join(f'"{k}" = {_value(v)}' for k, v in value.items())
            lines.append(f"{name} = {{ {inner} }}")
        elif isinstance(value, list):
            lines.append(f"{name} = [{', '.join(_value(v) for v in value)}]")
        elif isinstance(value, str):
            lines.append(f'{name} = "{value}"')
        else:
            lines.append(f"{name} = {_num(value)}")
    path.write_text(text[: start.start()] + "\n".join(lines) + "\n\n" + text[end.start() :])
    print(f"written to {path}")


def _value(value: object) -> str:
    return f'"{value}"' if isinstance(value, str) else _num(float(value))  # type: ignore[arg-type]


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() and abs(value) >= 1 else f"{value:.4g}"


if __name__ == "__main__":
    main()
