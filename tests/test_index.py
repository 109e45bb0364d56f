import shutil
from pathlib import Path

import pytest

from knowledge.documents import BASE_DIR
from knowledge.evaluate import evaluate, load_questions
from knowledge.index import KnowledgeIndex
from knowledge.ingest import MAX_BYTES, IngestError, ingest

SMALL = ["devtk-real-cost-breakdown-2026/03-breakeven.md", "cost-illusion/03-routing-batch-matrix.md"]


@pytest.fixture
def small_base(tmp_path: Path) -> Path:
    base = tmp_path / "base"
    for rel in SMALL:
        (base / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(BASE_DIR / rel, base / rel)
    return base


@pytest.fixture
def small_index(tmp_path: Path, small_base: Path) -> KnowledgeIndex:
    index = KnowledgeIndex(tmp_path / "idx", base_dir=small_base, include_audit=False)
    assert index.ensure() == "no index yet"
    return index


def test_build_status_and_no_rebuild_when_fresh(small_index: KnowledgeIndex) -> None:
    status = small_index.status()
    assert status.fresh and status.base_chunks == len(small_index.expected[0]) > 5
    assert small_index.ensure() is None
    again = KnowledgeIndex(small_index.path, base_dir=small_index.base_dir, include_audit=False)
    assert again.ensure() is None


def test_rebuilds_when_knowledge_changes(small_index: KnowledgeIndex, small_base: Path) -> None:
    f = small_base / SMALL[1]
    f.write_text(f.read_text() + "\n## Zebra pricing\nStriped GPUs cost exactly 42 dollars.\n")
    changed = KnowledgeIndex(small_index.path, base_dir=small_base, include_audit=False)
    assert changed.ensure() == "the knowledge files or embedding model changed"
    top = changed.retrieve("striped zebra GPUs", k=1)[0]
    assert "42 dollars" in top.text and top.section.endswith("> Zebra pricing")


def test_missing_index_directory_is_rebuilt(small_index: KnowledgeIndex) -> None:
    assert small_index.path is not None
    shutil.rmtree(small_index.path)
    small_index._reset_client()
    fresh = KnowledgeIndex(small_index.path, base_dir=small_index.base_dir, include_audit=False)
    assert fresh.ensure() == "no index yet"
    assert fresh.retrieve("batch API discount", k=1)


def test_corrupted_index_is_moved_aside_and_rebuilt(small_index: KnowledgeIndex) -> None:
    path = small_index.path
    assert path is not None
    small_index._reset_client()
    (path / "chroma.sqlite3").write_bytes(b"this is not a database" * 100)
    broken = KnowledgeIndex(path, base_dir=small_index.base_dir, include_audit=False)
    reason = broken.ensure()
    assert reason is not None and "unreadable" in reason
    assert list(path.parent.glob("idx.broken-*")), "the broken files are kept for inspection"
    assert broken.status().fresh
    assert broken.retrieve("when does self-hosting beat GPT-5", k=2)


def test_retrieval_returns_citations_and_scores(small_index: KnowledgeIndex) -> None:
    results = small_index.retrieve("How much cheaper is OpenAI's batch API?", k=3)
    assert len(results) == 3
    top = results[0]
    assert top.source == "cost-illusion" and top.title == "The Cost Illusion"
    assert "Batch versus real time" in top.section and "50%" in top.text
    assert 0 < results[-1].score <= results[0].score <= 1
    assert small_index.retrieve("   ", k=3) == []
    for mode in ("dense", "lexical"):
        assert small_index.retrieve("breakeven against DeepSeek", k=2, mode=mode)


def _pdf(text: str) -> bytes:
    """A minimal one-page PDF with a line of Helvetica text."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)


def test_ingest_each_file_type_and_cite_by_file_name(small_index: KnowledgeIndex, tmp_path: Path) -> None:
    files = {
        "policy.md": "# Vendor policy\n\n## Approved vendors\nOnly quokka-cloud may host our models.\n",
        "notes.txt": "Maintenance\nSponsored\nOur Budget Plan\nWe cap inference at 9000 dollars a month.\n",
        "page.html": "<html><body><nav>Menu</nav><h1>Latency SLO</h1><p>p99 must stay below 180 ms.</p></body></html>",
    }
    paths = []
    for name, body in files.items():
        (tmp_path / name).write_text(body)
        paths.append(tmp_path / name)
    (tmp_path / "contract.pdf").write_bytes(_pdf("The GPU contract ends in March 2027"))
    paths.append(tmp_path / "contract.pdf")
    results = ingest(paths, small_index)
    assert [r.kind for r in results] == ["markdown", "text", "html", "pdf"]
    assert small_index.status().user_chunks == sum(r.chunks for r in results)
    hit = small_index.retrieve("which vendor may host our models", k=1)[0]
    assert hit.source == "user:policy.md" and hit.title == "policy.md" and "Approved vendors" in hit.section
    assert small_index.retrieve("when does the GPU contract end", k=1)[0].source == "user:contract.pdf"
    assert "Sponsored" not in small_index.retrieve("inference budget cap", k=1)[0].text
    assert small_index.retrieve("quokka-cloud", k=3, include_user=False)[0].kind == "base"
    # re-ingesting replaces the file's chunks
    (tmp_path / "policy.md").write_text("# Vendor policy\n\nOnly wombat-cloud now.\n")
    before = small_index.status().user_chunks
    ingest([tmp_path / "policy.md"], small_index)
    assert small_index.status().user_chunks == before - results[0].chunks + 1
    assert "wombat" in small_index.retrieve("which vendor may host our models", k=1)[0].text
    assert small_index.remove_user_file("policy.md") == 1


def test_bad_files_get_clear_errors_and_change_nothing(
    small_index: KnowledgeIndex, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = tmp_path / "good.md"
    good.write_text("# Good\nfine text\n")
    cases = {
        "slides.docx": (b"PK\x03\x04", "unsupported file type"),
        "empty.txt": (b"", "no text found"),
        "blank.md": (b"   \n\n", "no text found"),
        "binary.txt": (b"\x00\x01\x02" * 100, "binary"),
        "broken.pdf": (b"%PDF-1.4 garbage", "cannot read PDF"),
    }
    for name, (data, message) in cases.items():
        (tmp_path / name).write_bytes(data)
        with pytest.raises(IngestError, match=message):
            ingest([good, tmp_path / name], small_index)
    with pytest.raises(IngestError, match="no such file"):
        ingest([tmp_path / "missing.md"], small_index)
    monkeypatch.setattr("knowledge.ingest.MAX_BYTES", 10)
    with pytest.raises(IngestError, match="limit"):
        ingest([good], small_index)
    assert MAX_BYTES > 1_000_000
    assert small_index.status().user_chunks == 0


def test_no_three_near_identical_chunks_in_top_three(small_index: KnowledgeIndex, tmp_path: Path) -> None:
    text = (BASE_DIR / SMALL[1]).read_text().split("---", 2)[2]
    copies = []
    for i in range(3):
        copies.append(tmp_path / f"copy{i}.md")
        copies[-1].write_text(text)
    ingest(copies, small_index)
    top = small_index.retrieve("OpenAI Batch API half price time arbitrage", k=3)
    batch_like = [r for r in top if "Batch API prices tokens at 50%" in r.text]
    assert len(batch_like) == 1


def test_retrieval_quality_on_the_evaluation_set(full_index: KnowledgeIndex) -> None:
    assert len(load_questions()) >= 40
    report = evaluate(full_index, "hybrid")
    assert report.hit_at_3 >= 0.9, report.misses
    assert report.mrr >= 0.75


def test_every_expected_answer_exists(full_index: KnowledgeIndex) -> None:
    chunks = full_index.expected[0]
    for question in load_questions():
        for source, section in question.answers:
            assert any(c.source == source and c.section.startswith(section) for c in chunks), (
                source,
                section,
            )


def test_audit_corrections_are_retrievable(full_index: KnowledgeIndex) -> None:
    top = full_index.retrieve("Is $45 a day right for Claude 3.5 Sonnet at 5M input and 1M output tokens?", k=3)
    assert any(r.source == "source-audit" and "$30.00" in r.text for r in top)


def test_chroma_server_path(chroma_server: int, small_base: Path) -> None:
    port = chroma_server
    remote = KnowledgeIndex(host="127.0.0.1", port=port, base_dir=small_base, include_audit=False)
    assert remote.location == f"chroma server 127.0.0.1:{port}"
    assert remote.ensure() == "no index yet"
    assert remote.status().fresh
    assert remote.retrieve("breakeven against GPT-5", k=1)[0].source == "devtk-real-cost-breakdown-2026"
    other = KnowledgeIndex(host="127.0.0.1", port=port, base_dir=small_base, include_audit=False)
    assert other.ensure() is None  # a second client sees the same, fresh index
