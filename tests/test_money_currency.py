"""Money said in another currency (issue 10, probe 4): kept in that currency, converted to US dollars only to
compare, at an assumed rate from ``tools/data/fx.toml`` whose source and date are shown.

Expected dollar values are worked out here from the data file's own rates (units per euro and the euro's dollar
rate, read with tomllib), never from the converter under test.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from pydantic import ValidationError

from assistant.decision.analysis import analyze
from assistant.interview.facts import WorkloadProfile
from assistant.interview.reading import parse_message
from tests.offline_chat import grounded_talk
from tests.reading import facts as read
from tools.catalog import Catalog
from tools.fx import FxTable, format_money, fx_table

FX = tomllib.loads((Path(__file__).resolve().parents[1] / "tools" / "data" / "fx.toml").read_text())


def usd(amount: float, code: str) -> float:
    """Dollars for an amount, from the data file's rates (the ECB's units per euro, crossed through EUR/USD)."""
    return amount * FX["usd_per_eur"] / FX["currencies"][code]["units_per_eur"]


# ------------------------------------------------------------------------------------------------ the data


def test_the_rates_are_data_with_a_source_and_a_date_marked_as_an_assumption() -> None:
    table = fx_table()
    assert table.source.kind == "assumption" and table.source.as_of == FX["source"]["as_of"]
    assert "change it if yours differs" in table.source.section
    assert {"EUR", "GBP", "INR", "BRL", "JPY", "CHF", "CAD", "AUD", "SEK"} <= set(table.currencies)


def test_a_bad_rate_file_is_refused() -> None:
    bad = {**FX, "currencies": {**FX["currencies"], "XXX": {"name": "nothing", "units_per_eur": 0}}}
    with pytest.raises(ValidationError):
        FxTable.model_validate(bad)
    with pytest.raises(ValidationError):  # a key that is no ISO code
        FxTable.model_validate({**FX, "currencies": {"euro": FX["currencies"]["EUR"]}})
    with pytest.raises(ValidationError):  # dollars are the catalog's own currency
        FxTable.model_validate({**FX, "currencies": {"USD": {"name": "dollar", "units_per_eur": 1.04}}})


@pytest.mark.parametrize(
    ("amount", "code", "shown"),
    [
        (9500, "EUR", "€9,500"),
        (1250.5, "GBP", "£1,250"),
        (800, "CHF", "CHF 800.00"),
        (40_000, "BRL", "R$40,000"),
        (1_500_000, "JPY", "¥1,500,000"),
        (500_000, "INR", "₹500,000"),
        (12_000, "SEK", "SEK 12,000"),
    ],
)
def test_an_amount_is_shown_in_its_own_currency(amount: float, code: str, shown: str) -> None:
    assert format_money(amount, code) == shown


# ------------------------------------------------------------------------------------------------ reading

SPEND_VOICES = [
    # (message, amount a month, currency)
    ("we pay around 9.500 € per month, my boss say is too much", 9500, "EUR"),
    ("Our OpenAI invoice runs about EUR 4,200 monthly.", 4200, "EUR"),
    ("spending like 3k euros a month on gpt-4o rn", 3000, "EUR"),
    ("we're paying £6k a month for the API right now", 6000, "GBP"),
    ("bill is around 2,500 pounds per month", 2500, "GBP"),
    ("we spend around 5 lakh rupees a month on the api", 500_000, "INR"),
    ("currently paying ₹80,000 a month to openai", 80_000, "INR"),
    ("hoje pagamos R$ 40.000 por mês, we pay that to OpenAI", 40_000, "BRL"),
    ("we pay 1.5M yen per month", 1_500_000, "JPY"),
    ("monthly bill: CHF 1,200, we pay it to Anthropic", 1200, "CHF"),
    ("we currently spend 12k AUD a month", 12_000, "AUD"),
    ("we pay A$12k a month", 12_000, "AUD"),
    ("we're spending about C$8,000 a month on claude", 8000, "CAD"),
    ("annual spend is 120k EUR", 10_000, "EUR"),
    ("we spend 90 000 SEK monthly", 90_000, "SEK"),
]


@pytest.mark.parametrize(("text", "amount", "code"), SPEND_VOICES)
def test_spend_in_another_currency_is_kept_in_it_with_its_dollar_value(text: str, amount: float, code: str) -> None:
    got = read(text)
    said = got["current_spend_in_currency"]
    assert said["currency"] == code
    assert said["amount_per_month"] == pytest.approx(amount)
    assert said["rate"] == "assumed"
    assert got["current_spend_usd_per_month"] == pytest.approx(usd(amount, code), rel=1e-3)
    assert "tokens_per_month" not in got


@pytest.mark.parametrize(
    ("text", "amount", "code"),
    [
        ("budget is 3000 EUR per month", 3000, "EUR"),
        ("we can't go above £2k a month", 2000, "GBP"),
        ("max 50.000 € a year for this", 50_000 / 12, "EUR"),
    ],
)
def test_a_budget_in_another_currency_is_kept_in_it_too(text: str, amount: float, code: str) -> None:
    got = read(text)
    assert got["budget_in_currency"]["currency"] == code
    assert got["budget_in_currency"]["amount_per_month"] == pytest.approx(amount, rel=1e-3)
    assert got["budget_usd_per_month"] == pytest.approx(usd(amount, code), rel=1e-3)


@pytest.mark.parametrize(
    "text",
    [
        "we spend 9000 kr a month",  # Swedish, Norwegian or Danish crowns?
        "we pay around 20000 pesos per month",  # no rate in the data
        "the bill is AED 3,000 monthly, we pay it every month",
    ],
)
def test_an_ambiguous_currency_or_one_without_a_rate_is_asked_about(text: str) -> None:
    reading = parse_message(text, [])
    assert "current_spend_usd_per_month" not in reading.fields()
    assert "current_spend_in_currency" not in reading.fields()
    assert "current_spend_usd_per_month" in reading.clarify


@pytest.mark.parametrize(
    ("text", "value"),
    [("we spend $9,500 a month", 9500), ("we pay 9500 USD monthly", 9500), ("burning 12k dollars a month", 12_000)],
)
def test_dollars_stay_dollars(text: str, value: float) -> None:
    got = read(text)
    assert got["current_spend_usd_per_month"] == value
    assert "current_spend_in_currency" not in got


def test_saying_the_bill_again_in_dollars_drops_the_other_currency() -> None:
    p = WorkloadProfile()
    p.set("current_spend_usd_per_month", usd(9500, "EUR"))
    p.set("current_spend_in_currency", {"amount_per_month": 9500, "currency": "EUR"})
    p.set("current_spend_usd_per_month", 11_000.0)
    assert "current_spend_in_currency" not in p.facts


# ------------------------------------------------------------------------------------------------ the advice


talk = grounded_talk


def test_the_bill_is_confirmed_and_compared_in_the_users_currency_with_the_rates_basis(catalog: Catalog) -> None:
    session, replies = talk(
        catalog,
        [
            "we use gpt-4o on openai and we pay around 9.500 € per month",
            "50k requests per day, 1500 tokens in and 300 out each",
            "no compliance, 2 ML engineers, steady traffic, open models are fine",
        ],
    )
    first = replies[0]
    assert "€9,500" in first and "$9,500" not in first
    dollars = f"${usd(9500, 'EUR'):,.0f}"
    assert dollars in first and "assumed rate" in first and FX["source"]["as_of"] in first
    final = replies[-1]
    assert "you spend about €9,500 a month today" in final
    assert "$9,500" not in final  # never the euro figure read as dollars
    assert session.profile.get("current_spend_usd_per_month") == pytest.approx(usd(9500, "EUR"), rel=1e-4)


def _euro_profile(amount: float, code: str, tokens_per_month: float) -> WorkloadProfile:
    p = WorkloadProfile()
    p.set("tokens_per_month", tokens_per_month)
    p.set("input_share", 0.8)
    p.set("current_model", "gpt-4o")
    p.set("current_spend_usd_per_month", usd(amount, code))
    p.set("current_spend_in_currency", {"amount_per_month": amount, "currency": code, "rate": "assumed"})
    return p


def test_the_volume_check_compares_in_one_currency(catalog: Catalog) -> None:
    # 1B tokens a month, 80% input, on GPT-4o: 800M x $2.50 + 200M x $10 = $4,000 a month. ¥600,000 is about
    # $3,800 at the data's rate: the bill squares with the volume. Read as dollars it would be 150x too much.
    a = analyze(_euro_profile(600_000, "JPY", 1e9), catalog)
    assert a.checks == []
    # ¥6,000,000 (about $38,000) does not square: the check says so in yen, with the dollar figure beside it
    b = analyze(_euro_profile(6_000_000, "JPY", 1e9), catalog)
    (check,) = b.checks
    assert check.kind == "spend_vs_model"
    assert "¥6,000,000" in check.text and f"${usd(6_000_000, 'JPY'):,.0f}" in check.text
    assert check.spend_usd_per_month == pytest.approx(usd(6_000_000, "JPY"), rel=1e-4)


def test_the_rate_is_listed_among_the_assumptions(catalog: Catalog) -> None:
    a = analyze(_euro_profile(9500, "EUR", 2.7e9), catalog)
    line = next(x for x in a.assumptions if x.startswith("exchange rate"))
    assert "€9,500" in line and "1 EUR = 1.039 USD" in line and FX["source"]["as_of"] in line


# ------------------------------------------------------------------------------------------------ your own rate


@pytest.mark.parametrize(
    ("text", "code", "usd_per_unit"),
    [
        ("1 EUR = 1.10 USD", "EUR", 1.10),
        ("pls use 1.08 dollars per euro", "EUR", 1.08),
        ("EUR/USD 1.17", "EUR", 1.17),
        ("we budget at 85 rupees to the dollar", "INR", 1 / 85),
        ("our treasury uses 1 usd = 0.92 eur", "EUR", 1 / 0.92),
    ],
)
def test_a_rate_the_user_gives_is_read(text: str, code: str, usd_per_unit: float) -> None:
    rate = read(text)["exchange_rate"]
    assert rate["currency"] == code
    assert rate["usd_per_unit"] == pytest.approx(usd_per_unit, rel=1e-4)


@pytest.mark.parametrize(
    "lines",
    [
        ["we use gpt-4o and we pay around 9.500 € per month", "actually our rate is 1 EUR = 1.10 USD"],
        ["we use gpt-4o and we pay around 9.500 € per month", "use an exchange rate of 1.1 please"],
        ["1 EUR = 1.10 USD for us", "we use gpt-4o and we pay around 9.500 € per month"],
    ],
)
def test_the_users_rate_replaces_the_assumed_one_whenever_it_is_said(catalog: Catalog, lines: list[str]) -> None:
    session, replies = talk(catalog, lines)
    assert session.profile.get("current_spend_usd_per_month") == pytest.approx(9500 * 1.10)
    said = session.profile.get("current_spend_in_currency")
    assert said["rate"] == "said" and said["amount_per_month"] == 9500
    assert "$10,450 at 1 EUR = 1.1 USD, the rate you gave" in "\n".join(replies)


def test_a_rate_without_a_currency_and_no_money_said_is_asked_about(catalog: Catalog) -> None:
    session, _ = talk(catalog, ["use an exchange rate of 1.1 please"])
    assert "exchange_rate" not in session.profile.facts
