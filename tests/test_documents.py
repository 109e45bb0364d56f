from pathlib import Path

import pytest

from knowledge.clean import clean_web_text, html_to_text
from knowledge.documents import (
    DocumentError,
    chunk_document,
    content_hash,
    load_knowledge_base,
    split_front_matter,
)

SEEDS = Path(__file__).parents[2] / "shared" / "seeds"


def test_front_matter_and_heading_aware_chunks() -> None:
    meta, body = split_front_matter(
        "---\nsource: s\ntitle: T\nsection: Top\npublisher: P\ndate: 2026\n---\nintro\n\n"
        "## First\nalpha beta\n\n### Deeper\ngamma\n## Second\ndelta\n"
    )
    chunks = chunk_document(meta, body, "f.md")
    assert [c.section for c in chunks] == ["Top", "Top > First", "Top > Deeper", "Top > Second"]
    assert chunks[1].text.startswith("First\nalpha beta")
    assert all(c.source == "s" and c.title == "T" and c.publisher == "P" for c in chunks)
    assert len({c.id for c in chunks}) == len(chunks)


def test_long_sections_split_on_paragraphs() -> None:
    body = "## Big\n" + "\n\n".join(f"paragraph {i} " + "word " * 60 for i in range(20))
    chunks = chunk_document({"source": "s", "title": "T", "section": "S"}, body, "f.md")
    assert len(chunks) > 3
    assert all(len(c.text) <= 1700 for c in chunks)
    assert all(c.section == "S > Big" for c in chunks)


def test_bad_documents_are_refused() -> None:
    with pytest.raises(DocumentError, match="lacks"):
        chunk_document({"title": "T"}, "text", "x.md")
    with pytest.raises(DocumentError):
        split_front_matter("---\nsource: s\nno end")


def test_knowledge_base_chunks_carry_citations() -> None:
    chunks = load_knowledge_base()
    assert len(chunks) > 60
    assert {c.source for c in chunks} == {
        "math-ml-strategy-2026",
        "cost-modeling-guide-2026",
        "self-hosting-worth-it-2026",
        "devtk-real-cost-breakdown-2026",
        "cost-illusion",
    }
    assert all(c.title and c.section and c.date for c in chunks)
    assert len({c.id for c in chunks}) == len(chunks)
    h1 = content_hash(chunks, "m")
    assert h1 == content_hash(load_knowledge_base(), "m")
    assert h1 != content_hash(chunks, "other-model")
    assert h1 != content_hash(chunks[:-1], "m")


@pytest.mark.skipif(not SEEDS.is_dir(), reason="source articles not beside the repository")
def test_site_furniture_and_comments_are_removed_from_raw_pages() -> None:
    guide = clean_web_text((SEEDS / "001_b012937bc4117211.txt").read_text())
    assert "Kevin Hagerty" not in guide and "Write a comment" not in guide
    assert "The Token Trap" in guide and "cost-per-successful-outcome" in guide
    opinion = clean_web_text((SEEDS / "000_53b8b94131d11c23.txt").read_text())
    for furniture in (
        "Site is under maintenance",
        "Sponsored",
        "Go to quizzes",
        "No comments yet",
        "Join the discussion",
        "min read",
    ):
        assert furniture not in opinion
    assert "## The Decision Framework" in opinion
    devtk = clean_web_text((SEEDS / "003_345588384222ed56.txt").read_text())
    assert "Use the AI Model Pricing Calculator" not in devtk
    assert "## Breakeven Analysis: When Does Self-Hosting Win?" in devtk


def test_html_to_text_keeps_content_and_headings() -> None:
    html = """<html><head><script>var x=1;</script><style>p{}</style></head><body>
    <nav><a href="/">Home</a> Pricing</nav><header>Site banner</header>
    <article><h1>GPU Costs</h1><p>An H100 costs <b>$3.50</b> an hour.</p>
    <ul><li>spot is cheaper</li><li>reserved needs commitment</li></ul>
    <h2>Breakeven</h2><p>Compare fixed and variable cost.</p></article>
    <div class="comments"><p>Great post!</p></div><footer>(c) 2026</footer></body></html>"""
    text = html_to_text(html)
    assert "## GPU Costs" not in text or "# GPU Costs" in text
    assert "# GPU Costs" in text and "## Breakeven" in text
    assert "An H100 costs $3.50 an hour." in text and "- spot is cheaper" in text
    for junk in ("var x", "Home", "Site banner", "Great post", "(c) 2026"):
        assert junk not in text
