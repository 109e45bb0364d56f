"""A user's price file with batch discounts and prompt-cache terms (``tools.catalog.load_catalog(override)``): the
entries cite the file, and sections of the wrong shape are refused with the file, the entry and the field named."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.catalog import CatalogError, load_catalog


def write(tmp_path: Path, name: str, body: str) -> Path:
    f = tmp_path / name
    f.write_text(body, encoding="utf-8")
    return f


def test_a_batch_discount_and_cache_terms_cite_the_file(tmp_path: Path) -> None:
    f = write(tmp_path, "mine.toml", "[batch_discounts]\nxai = 0.4\n\n[cache_terms.xai]\nread_multiplier = 0.25\n")
    cat = load_catalog(f)
    assert cat.batch_discounts["xai"] == 0.4
    source = cat.batch_discount_sources["xai"]
    assert source is not None and (source.kind, source.title) == ("user", "mine.toml")
    terms = cat.cache_terms["xai"]
    assert terms.read_multiplier == 0.25
    assert (terms.source.kind, terms.source.title) == ("user", "mine.toml")


@pytest.mark.parametrize(
    ("body", "needle"),
    [
        ('batch_discount_sources = "mine"\n[batch_discounts]\nxai = 0.4\n', "entry batch_discount_sources"),
        ("[cache_terms]\nxai = 0.5\n", "entry cache_terms: field xai"),
    ],
)
def test_sections_of_the_wrong_shape_are_refused(tmp_path: Path, body: str, needle: str) -> None:
    f = write(tmp_path, "bad.toml", body)
    with pytest.raises(CatalogError, match=needle) as err:
        load_catalog(f)
    assert str(err.value).startswith(f"price file {f}:")
