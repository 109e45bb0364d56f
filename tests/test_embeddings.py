import json
from pathlib import Path

import numpy as np
import pytest

from knowledge.embeddings import HttpEmbedder, MiniLMEmbedder, default_embedder, make_embedder
from tests.net import JsonHandler, serve

GOLDEN = json.loads((Path(__file__).parent / "data" / "minilm_golden.json").read_text())


def test_matches_sentence_transformers_reference() -> None:
    ours = default_embedder().embed(GOLDEN["texts"])
    reference = np.asarray(GOLDEN["embeddings"], dtype=np.float32)
    assert ours.shape == reference.shape == (len(GOLDEN["texts"]), 384)
    assert np.abs(ours - reference).max() < 1e-5


def test_unit_length_and_batch_independence() -> None:
    e = default_embedder()
    texts = ["short", "a much longer sentence about renting GPUs for a 70B model " * 3, "third"]
    together = e.embed(texts)
    alone = np.vstack([e.embed([t]) for t in texts])
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert np.abs(together - alone).max() < 1e-5
    assert e.embed([]).shape == (0, 384)


def test_related_texts_are_closer() -> None:
    v = default_embedder().embed(
        [
            "GPU rental price per hour",
            "How much does an H100 cost to rent?",
            "My cat likes to sleep in the sun",
        ]
    )
    assert v[0] @ v[1] > v[0] @ v[2] + 0.2


def test_missing_model_directory_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="embedding model not found"):
        MiniLMEmbedder(tmp_path)


class _Fake(JsonHandler):
    def do_POST(self) -> None:
        body = self.read_json()
        vectors = [[float(len(t)), 1.0, 0.0] for t in body["input"]]
        if self.path == "/v1/embeddings":
            assert self.headers["Authorization"] == "Bearer sk-test"
            out = {"data": [{"index": i, "embedding": v} for i, v in reversed(list(enumerate(vectors)))]}
        else:
            assert self.path == "/api/embed"
            out = {"embeddings": vectors}
        self.reply(out)


def test_openai_and_ollama_embeddings_over_http() -> None:
    with serve(_Fake) as url:
        openai = make_embedder("openai:text-embedding-3-small", "sk-test", openai_url=url + "/v1")
        assert isinstance(openai, HttpEmbedder) and openai.name == "openai:text-embedding-3-small"
        got = openai.embed(["ab", "abcd"])
        assert got.shape == (2, 3)
        assert got[1][0] > got[0][0]  # order restored from the response's indices
        ollama = make_embedder("ollama:nomic-embed-text", ollama_url=url)
        assert np.allclose(np.linalg.norm(ollama.embed(["x", "yy"]), axis=1), 1.0)
