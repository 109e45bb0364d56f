"""The knowledge base is ours: written from the articles, not copied from them."""

import re
from pathlib import Path

import pytest

from tools.sources import ARTICLES

BASE = Path(__file__).parents[1] / "knowledge" / "base"
SEEDS = Path(__file__).parents[2] / "shared" / "seeds"
RUN = 8  # words


def _words(text: str) -> list[str]:
    for title, *_ in ARTICLES.values():
        text = text.replace(title, " ")
    return re.findall(r"[a-z0-9$%.,/-]+", text.lower())


def _body(path: Path) -> str:
    return path.read_text().split("---", 2)[2]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="source articles not beside the repository")
def test_no_sentence_is_copied_from_the_articles() -> None:
    seed_words = _words(" ".join(p.read_text() for p in SEEDS.glob("*.txt")))
    grams = {tuple(seed_words[i : i + RUN]) for i in range(len(seed_words) - RUN)}
    copied = {}
    for path in BASE.rglob("*.md"):
        w = _words(_body(path))
        hits = [" ".join(w[i : i + RUN]) for i in range(len(w) - RUN) if tuple(w[i : i + RUN]) in grams]
        if hits:
            copied[path.name] = hits
    assert copied == {}


def test_every_article_has_files_with_front_matter() -> None:
    slugs = {p.parent.name for p in BASE.rglob("*.md")}
    assert slugs == set(ARTICLES)
    for path in BASE.rglob("*.md"):
        head = path.read_text().split("---", 2)[1]
        for field in ("source:", "title:", "publisher:", "date:", "section:"):
            assert field in head, (path, field)
        assert f"source: {path.parent.name}" in head
