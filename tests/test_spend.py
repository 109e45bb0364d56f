"""The volume a monthly bill implies (tools/spend.py): the bill over the model's price per million
tokens at the input share, by hand."""

from __future__ import annotations

import pytest

from tools.catalog import Catalog
from tools.spend import tokens_from_spend


@pytest.mark.parametrize(("model", "share"), [("gpt-4o", 0.5), ("gpt-4o", 0.9), ("claude-sonnet-4.5", 0.75)])
def test_a_bill_buys_its_amount_over_the_blended_price(catalog: Catalog, model: str, share: float) -> None:
    price = catalog.api_price(model).price
    per_mtok = share * price.input_usd_per_mtok + (1 - share) * price.output_usd_per_mtok
    got = tokens_from_spend(3500, model, catalog, input_share=share)
    assert got is not None
    assert got.tokens_per_month == pytest.approx(3500 / per_mtok * 1e6)
    assert got.blended_usd_per_mtok == pytest.approx(per_mtok)
    assert got.sources and got.sources[0] == price.source  # where the price came from
    assert any(f"{share:.0%}" in a for a in got.assumptions)


def test_gpt_4o_at_list_price_half_input(catalog: Catalog) -> None:
    price = catalog.api_price("gpt-4o").price
    if (price.input_usd_per_mtok, price.output_usd_per_mtok) != (2.5, 10.0):
        pytest.skip("the catalog's GPT-4o price moved")
    got = tokens_from_spend(3500, "gpt-4o", catalog)
    assert got is not None and got.tokens_per_month == pytest.approx(560e6)  # 3500 / 6.25 per million
    assert got.model_name == "GPT-4o"


def test_more_input_means_more_tokens_for_the_same_bill(catalog: Catalog) -> None:
    mostly_in = tokens_from_spend(1000, "gpt-4o", catalog, input_share=0.9)
    even = tokens_from_spend(1000, "gpt-4o", catalog, input_share=0.5)
    assert mostly_in is not None and even is not None
    assert mostly_in.tokens_per_month > even.tokens_per_month  # input tokens are the cheaper ones
