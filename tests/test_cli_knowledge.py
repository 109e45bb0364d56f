from pathlib import Path

import pytest

from knowledge.index import KnowledgeIndex


@pytest.fixture
def indexed(monkeypatch: pytest.MonkeyPatch, full_index: KnowledgeIndex, tmp_path: Path) -> Path:
    from assistant.settings import get_settings
    from knowledge.service import open_index

    assert full_index.path is not None
    monkeypatch.setenv("ADVISOR_INDEX_DIR", str(full_index.path))
    get_settings.cache_clear()
    open_index.cache_clear()
    yield full_index.path
    get_settings.cache_clear()
    open_index.cache_clear()


def test_search_json_shape(advisor, indexed) -> None:
    r = advisor("search", "when does self-hosting beat GPT-5 on cost?", "--k", "3", "--json")
    assert r.code == 0, r.err
    results = r.json()["results"]
    assert len(results) == 3
    for item in results:
        assert set(item) == {"source", "title", "section", "text", "score"}
    assert results[0]["source"] == "devtk-real-cost-breakdown-2026"
    human = advisor("search", "batch API discount", "--k", "1")
    assert human.code == 0 and human.out.startswith("[1] The Cost Illusion")


def test_index_status_and_bad_search_input(advisor, indexed) -> None:
    status = advisor("index", "status", "--json").json()
    assert status["fresh"] is True and status["base_chunks"] > 90
    empty = advisor("search", "   ")
    assert empty.code == 2 and "argument QUESTION" in empty.err
    bad_k = advisor("search", "x", "--k", "0")
    assert bad_k.code == 2 and "--k" in bad_k.err


def test_ingest_command_and_its_errors(advisor, indexed, tmp_path: Path) -> None:
    doc = tmp_path / "runbook.md"
    doc.write_text("# Runbook\n\n## GPU on-call\nThe pager goes to team platypus.\n")
    r = advisor("ingest", str(doc), "--json")
    assert r.code == 0, r.err
    assert r.json()["ingested"][0] == {
        "file": "runbook.md",
        "kind": "markdown",
        "chunks": 1,
        "sections": ["Runbook > GPU on-call"],
    }
    hit = advisor("search", "which team gets the GPU on-call pager", "--k", "1", "--json").json()["results"][0]
    assert hit["source"] == "user:runbook.md"
    bad = tmp_path / "deck.pptx"
    bad.write_bytes(b"PK")
    r = advisor("ingest", str(bad))
    assert r.code == 2 and r.err.count("\n") == 1 and "unsupported file type" in r.err
    assert advisor("ingest").code == 2
    removed = advisor("ingest", "--remove", "runbook.md", "--json").json()
    assert removed == {"removed": "runbook.md", "chunks": 1}


def test_settings_pass_the_openai_key_itself_to_the_embedder(monkeypatch, tmp_path) -> None:
    from assistant.cli.knowledge import open_from_settings
    from assistant.settings import get_settings
    from knowledge.service import open_index

    monkeypatch.setenv("ADVISOR_EMBEDDINGS", "openai:text-embedding-3-small")
    monkeypatch.setenv("ADVISOR_OPENAI_API_KEY", "sk-test-key-123")
    monkeypatch.setenv("ADVISOR_INDEX_DIR", str(tmp_path / "idx"))
    get_settings.cache_clear()
    open_index.cache_clear()
    try:
        index = open_from_settings()
        assert index.embedder.name == "openai:text-embedding-3-small"
        assert index.embedder.api_key == "sk-test-key-123"  # not the masked SecretStr
    finally:
        get_settings.cache_clear()
        open_index.cache_clear()
