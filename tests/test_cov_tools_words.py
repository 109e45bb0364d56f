"""Small pieces of the cost engine's wording (``tools.numbers``, ``tools.fx``): a figure with two decimal points, the
plural of an irregular noun, and money in US dollars or in another currency beside its dollars."""

from __future__ import annotations

import pytest

from tools.fx import format_money, fx_table, to_usd
from tools.numbers import QuantityError, parse_quantity, plural


@pytest.mark.parametrize("text", ["1.2.3", "1..5", "1,000.5.5"])
def test_a_figure_with_two_decimal_points_is_not_a_number(text: str) -> None:
    with pytest.raises(QuantityError, match="not a number"):
        parse_quantity(text)


@pytest.mark.parametrize(
    ("noun", "many"),
    [("person", "people"), ("child", "children"), ("analysis", "analyses"), ("ML person", "ML people")],
)
def test_irregular_plurals(noun: str, many: str) -> None:
    assert plural(noun) == many
    assert plural(noun, 1) == noun


def test_a_dollar_is_a_dollar() -> None:
    assert fx_table().usd_per_unit("usd") == 1.0
    assert format_money(1234.5, "usd") == "$1,234"
    assert format_money(12.5, "USD") == "$12.50"


def test_euros_said_with_their_dollars_and_the_rate_used() -> None:
    text = to_usd(9500, "EUR").with_usd()
    assert text.startswith("€9,500 (about $")
    assert "1 EUR = " in text
    assert text.endswith("tell me yours if it differs)")
