import pytest

from tools.numbers import QuantityError, format_tokens, format_usd, parse_quantity


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("50M", 50e6),
        ("2.5B", 2.5e9),
        ("1.5k", 1500),
        ("10_000", 10000),
        ("1,500", 1500),
        ("1,500,000", 1.5e6),
        ("1e6", 1e6),
        ("3 million", 3e6),
        ("0", 0),
        ("  7 ", 7),
        ("$3.50", 3.5),
        ("2bn", 2e9),
        ("-5", -5),
        (".5", 0.5),
        ("1T", 1e12),
    ],
)
def test_parse_quantity_reads_common_spellings(text: str, value: float) -> None:
    assert parse_quantity(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["abc", "", "5 zillion", "1,50", "12,34,567", "nan", "inf", "M"])
def test_parse_quantity_rejects_garbage(text: str) -> None:
    with pytest.raises(QuantityError):
        parse_quantity(text)


def test_formatting() -> None:
    assert format_tokens(3.9e9) == "3.9B"
    assert format_tokens(8.53e6) == "8.53M"
    assert format_usd(13275) == "$13,275"
    assert format_usd(0.4) == "$0.40"
    assert format_usd(0.00024) == "$0.00024"
