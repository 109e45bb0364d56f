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

Modules, lowest first (each imports only modules above it in this list):

- ``calibration``: the serving engines, the fitted parameters and the published references, read from the data file.
- ``replica``: ``ThroughputInput`` (the replica asked about) and ``ThroughputResult`` (the estimate).
- ``weights``: bytes of the weights held and read per decode step; the single-stream ceiling.
- ``phases``: the decode step and the prefill of one replica, batch and memory included (``_phases``).
- ``references``: the model run on one calibration reference's setup, finite benchmark runs included.
- ``estimate``: ``estimate_throughput``, with its error range and assumptions.
- ``articles``: the articles' throughput figures beside our estimates, with a verdict.
- ``capacity``: replicas and GPUs for a workload's peak; tokens a month per replica.

Here, for the rest of the application: the names in ``__all__``.

May import: ``tools.api_cost``, ``tools.catalog``, ``tools.perf_specs``, ``tools.results``, ``tools.sizing`` and
``tools.sources``; nothing of ``assistant`` or ``knowledge``.
"""

from tools.sizing import size_deployment
from tools.throughput.articles import ArticleThroughput, article_throughput_checks
from tools.throughput.calibration import (
    CalibrationParameters,
    CalibrationReference,
    calibration_parameters,
    calibration_references,
)
from tools.throughput.capacity import CapacityPlan, plan_capacity, replica_tokens_per_month
from tools.throughput.estimate import estimate_throughput
from tools.throughput.references import estimate_reference
from tools.throughput.replica import ThroughputInput, ThroughputResult

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
