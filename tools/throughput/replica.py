"""What the throughput model is asked and what it answers: ``ThroughputInput`` (a replica: model,
precision, GPU type and count, request lengths, load) and ``ThroughputResult`` (its tokens per second, with
the error range and assumptions)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from tools.results import Result
from tools.sizing import DEFAULT_GPU, Precision
from tools.throughput.calibration import DEFAULT_ENGINE, Engine, MoeLayout

DEFAULT_INPUT_LEN = 1000
DEFAULT_OUTPUT_LEN = 250


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
