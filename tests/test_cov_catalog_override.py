"""A user's price file (``tools.catalog.load_catalog(override)``): the entries it may add, the sources they get,
and what it refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.catalog import CatalogError, load_catalog


def write(tmp_path: Path, name: str, body: str) -> Path:
    f = tmp_path / name
    f.write_text(body, encoding="utf-8")
    return f


def test_a_new_gpu_with_its_offer_is_found_by_the_gpu_name(tmp_path: Path) -> None:
    f = write(
        tmp_path,
        "gpus.toml",
        '[[gpu_specs]]\nslug = "mi250"\nname = "AMD MI250 128GB"\nvram_gb = 128\nbandwidth_gb_s = 3277\n'
        "fp16_tflops = 362\nwatts = 500\n\n"
        '[[gpu_offers]]\nslug = "mi250-cloud"\ngpu = "mi250"\ncount = 1\nusd_per_hour = 1.75\n',
    )
    cat = load_catalog(f)
    offer = cat.gpu_offer("mi250")  # the GPU's name gives its single on-demand offer
    assert (offer.slug, offer.usd_per_hour, offer.count) == ("mi250-cloud", 1.75, 1)
    assert cat.gpu_spec("mi250").vram_gb == 128
    # entries without a source cite the file
    assert offer.source.kind == "user" and offer.source.title == "gpus.toml"


def test_hardware_and_quality_tier_cite_the_file(tmp_path: Path) -> None:
    f = write(
        tmp_path,
        "mine.toml",
        '[[hardware]]\nslug = "dgx-spark"\nname = "DGX Spark"\nmemory_gb = 128\nprice_usd = 3999\nwatts = 170\n'
        "bandwidth_gb_s = 273\nfp16_tflops = 100\n\n"
        '[[api]]\nslug = "acme-chat"\nname = "Acme Chat"\nprovider = "acme"\ninput_usd_per_mtok = 0.5\n'
        'output_usd_per_mtok = 1.5\nquality_tier = "strong"\nbatch_discount = 0.3\n\n'
        "[spot_discount]\nlow = 0.5\nhigh = 0.7\n",
    )
    cat = load_catalog(f)
    item = cat.hardware_item("dgx-spark")
    assert item.source.title == "mine.toml" and item.spec_source.title == "mine.toml"
    price = cat.api_price("acme-chat").price
    assert price.quality_tier == "strong"
    assert price.quality_source is not None and price.quality_source.title == "mine.toml"
    # a provider without a published batch discount uses the entry's own, cited to the file
    discount, source = cat.batch_discount(price)
    assert discount == 0.3 and source is not None and source.title == "mine.toml"
    assert cat.spot_discount is not None and (cat.spot_discount.low, cat.spot_discount.high) == (0.5, 0.7)
    assert cat.spot_discount.source.title == "mine.toml"


@pytest.mark.parametrize(
    ("name", "body", "needle"),
    [
        ("list.json", "[1, 2, 3]", "top level must be a table of sections"),
        ("bad.json", "{not json", "not valid json"),
        ("bad.toml", "[[gpu_offers]]\nslug = 5\n", "gpu_offers[0]"),
        ("bad2.toml", "gpu_offers = [5]\n", "gpu_offers[0]"),
    ],
)
def test_a_bad_price_file_is_refused_with_its_name(tmp_path: Path, name: str, body: str, needle: str) -> None:
    f = write(tmp_path, name, body)
    with pytest.raises(CatalogError) as err:
        load_catalog(f)
    assert needle in str(err.value) and name in str(err.value)
