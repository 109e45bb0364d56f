"""Searches kept by the corpus they ran over: the same search finds the same passages without asking the
vector store again; a user's new document is found by its owner at once, and never by anyone else."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from knowledge.extract import chunk_user_file
from knowledge.index import KnowledgeIndex

QUERY = "self-hosting versus API cost at about 100M tokens a day"


@pytest.fixture
def index(full_index: KnowledgeIndex, tmp_path: Path) -> KnowledgeIndex:
    """A copy of the built index (a user's documents are added to it)."""
    shutil.copytree(full_index.path, tmp_path / "index")
    return KnowledgeIndex(tmp_path / "index")


def _count_queries(index: KnowledgeIndex, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []
    real = index._collection

    def counted(name: str, create: bool = False) -> Any:
        col = real(name, create)
        if getattr(col, "counted", False):
            return col
        original = col.query
        col.counted = True

        def query(*args: Any, **kwargs: Any) -> Any:
            asked.append(name)
            return original(*args, **kwargs)

        col.query = query
        return col

    monkeypatch.setattr(index, "_collection", counted)
    return asked


def test_the_same_search_is_answered_once(index: KnowledgeIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _count_queries(index, monkeypatch)
    first = index.retrieve(QUERY, 3, owner="ana")
    second = index.retrieve(QUERY, 3, owner="raj")  # nobody has documents: everyone finds the same
    assert first and [p.model_dump() for p in first] == [p.model_dump() for p in second]
    assert len(asked) == 1
    first[0].text = "changed by a caller"
    assert index.retrieve(QUERY, 3, owner="ana")[0].text != "changed by a caller"
    index.retrieve(QUERY, 4, owner="ana")  # another depth is another search
    assert len(asked) == 2


def test_a_new_document_is_found_by_its_owner_only(index: KnowledgeIndex) -> None:
    before = index.retrieve(QUERY, 4, owner="ana")
    note = "# Our volume\nSelf-hosting versus API cost at about 100M tokens a day: our own quote was $900 a month."
    index.add_user_chunks("quote.md", chunk_user_file("quote.md", note, owner="ana"), owner="ana")
    mine = index.retrieve(QUERY, 4, owner="ana")
    theirs = index.retrieve(QUERY, 4, owner="raj")
    assert any(p.source == "user:quote.md" for p in mine)
    assert not any(p.kind == "user" for p in theirs)
    assert before and not any(p.kind == "user" for p in before)
    index.remove_user_file("quote.md", owner="ana")
    assert not any(p.kind == "user" for p in index.retrieve(QUERY, 4, owner="ana"))
