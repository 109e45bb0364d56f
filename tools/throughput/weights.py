"""The bytes of a model's weights: held in memory, and read by one decode step (the experts a batch's
tokens route to, for a mixture of experts); the single-stream ceiling those bytes set on a GPU's bandwidth."""

from __future__ import annotations

from tools.perf_specs import WEIGHT_BYTES_PER_PARAM, GpuPerf, ModelShape


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
