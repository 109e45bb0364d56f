"""Money said in another currency: what it is worth in US dollars, at an assumed rate with its source and date.

Every price in the catalog is in US dollars, so a bill or budget said in euros, pounds, rupees ... is kept in
that currency for the user and converted only to compare it. The rates are data (``tools/data/fx.toml``),
validated here; a conversion carries its basis ("at 1 EUR = 1.0389 USD, assumed rate of 2024-12-31").
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from tools.numbers import format_usd
from tools.sources import Source

DATA = Path(__file__).parent / "data" / "fx.toml"
_CODE = re.compile(r"^[A-Z]{3}$")


class Currency(BaseModel):
    """One currency: its rate against the euro and how people write it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str = Field(description="ISO 4217 code, e.g. 'EUR'")
    name: str
    units_per_eur: float = Field(gt=0, description="units of this currency one euro buys (ECB reference rate)")
    decimals: int = Field(default=2, ge=0, le=3, description="decimals shown for small amounts")
    sign: str | None = Field(default=None, description="written before amounts shown ('€', 'R$'); else the code")
    symbols: tuple[str, ...] = Field(default=(), description="written before an amount ('€', 'r$'), lower case")
    words: tuple[str, ...] = Field(default=(), description="written after an amount ('euros', 'lakh'), lower case")

    @field_validator("symbols", "words")
    @classmethod
    def _lower(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(v.strip().lower() for v in value if v.strip())


class FxTable(BaseModel):
    """The rates, one source and date for all of them."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    usd_per_eur: float = Field(gt=0, description="US dollars one euro buys on the as-of date")
    source: Source
    currencies: dict[str, Currency]

    @model_validator(mode="before")
    @classmethod
    def _codes(cls, data: object) -> object:
        if isinstance(data, dict) and isinstance(data.get("currencies"), dict):
            data = {**data, "currencies": {k: {"code": k, **v} for k, v in data["currencies"].items()}}
        return data

    @model_validator(mode="after")
    def _check(self) -> FxTable:
        for code in self.currencies:
            if not _CODE.match(code):
                raise ValueError(f"currency {code!r}: the key must be an ISO 4217 code such as 'EUR'")
        if "USD" in self.currencies:
            raise ValueError("USD is the catalog's own currency: it has no row")
        return self

    def currency(self, code: str) -> Currency:
        cur = self.currencies.get(code.upper())
        if cur is None:
            raise LookupError(f"no exchange rate for {code!r}; known: {', '.join(sorted(self.currencies))}")
        return cur

    def usd_per_unit(self, code: str) -> float:
        """US dollars one unit of this currency buys (1.0 for USD itself)."""
        if code.upper() == "USD":
            return 1.0
        return self.usd_per_eur / self.currency(code).units_per_eur


class Conversion(BaseModel):
    """An amount said in one currency and its value in US dollars, with the rate's basis."""

    model_config = ConfigDict(frozen=True)

    amount: float = Field(ge=0)
    currency: str
    usd: float = Field(ge=0)
    usd_per_unit: float = Field(gt=0)
    source: Source
    rate_said: bool = Field(default=False, description="the user gave the rate; else the assumed one of the data")

    def as_fact(self) -> dict[str, object]:
        """The amount as the profile keeps it (``current_spend_in_currency``, ``budget_in_currency``)."""
        return {
            "amount_per_month": round(self.amount, 2),
            "currency": self.currency,
            "usd_per_unit": self.usd_per_unit,
            "rate": "said" if self.rate_said else "assumed",
        }

    def said(self) -> str:
        """The amount as the user said it: '€9,500', 'CHF 1,200', '₹500,000'."""
        return format_money(self.amount, self.currency)

    def rate_words(self) -> str:
        """'1 EUR = 1.039 USD', or for small units '1 USD = 157 JPY'."""
        if self.usd_per_unit >= 0.1:
            return f"1 {self.currency} = {_sig(self.usd_per_unit)} USD"
        return f"1 USD = {_sig(1 / self.usd_per_unit)} {self.currency}"

    def basis(self) -> str:
        """'at 1 EUR = 1.039 USD, an assumed rate: ECB euro reference rates of 2024-12-31; tell me yours ...'."""
        if self.rate_said:
            return f"at {self.rate_words()}, the rate you gave"
        return (
            f"at {self.rate_words()}, an assumed rate: {self.source.title} of {self.source.as_of}; "
            "tell me yours if it differs"
        )

    def with_usd(self) -> str:
        """'€9,500 (about $9,870 at 1 EUR = 1.039 USD, an assumed rate ...)'."""
        return f"{self.said()} (about {format_usd(self.usd)} {self.basis()})"


def _sig(value: float) -> str:
    text = f"{value:.4g}"
    return f"{float(text):,}" if "e" in text else text


@cache
def fx_table(path: Path = DATA) -> FxTable:
    """The bundled rates (read once, on first use)."""
    with path.open("rb") as f:
        return FxTable.model_validate(tomllib.load(f))


def to_usd(amount: float, currency: str, table: FxTable | None = None, usd_per_unit: float | None = None) -> Conversion:
    """Convert an amount said in ``currency`` (ISO code) to US dollars at the table's rate, or at
    ``usd_per_unit`` when the user gave their own."""
    t = table or fx_table()
    code = currency.upper()
    rate = usd_per_unit if usd_per_unit else t.usd_per_unit(code)
    return Conversion(
        amount=amount,
        currency=code,
        usd=round(amount * rate, 2),
        usd_per_unit=rate,
        source=t.source,
        rate_said=bool(usd_per_unit),
    )


def at_said_rate(
    amount: float, currency: str, said_rate: Mapping[str, Any] | None, table: FxTable | None = None
) -> Conversion:
    """Convert an amount at the rate the user gave (an ``exchange_rate`` fact's value: ``currency`` and
    ``usd_per_unit``) when that rate is for this currency, else at the table's assumed rate. LookupError for a
    currency the table does not know and no rate was given for. The reader's merge and the facts a model
    records both convert here."""
    code = currency.strip().upper()
    given = said_rate or {}
    mine = str(given.get("currency") or "").upper() == code and bool(given.get("usd_per_unit"))
    return to_usd(amount, code, table, usd_per_unit=float(given["usd_per_unit"]) if mine else None)


def from_fact(value: Mapping[str, Any], table: FxTable | None = None) -> Conversion:
    """The conversion an ``*_in_currency`` fact holds (its own rate when the user gave one)."""
    said = value.get("rate") == "said"
    return to_usd(
        float(value["amount_per_month"]),
        str(value["currency"]),
        table,
        usd_per_unit=float(value["usd_per_unit"]) if said and value.get("usd_per_unit") else None,
    )


def format_money(amount: float, currency: str, table: FxTable | None = None) -> str:
    """An amount in its own currency: '€9,500', '£1,250.50', 'CHF 800', '¥1,500,000'."""
    code = currency.upper()
    if code == "USD":
        return format_usd(amount)
    cur = (table or fx_table()).currency(code)
    decimals = 0 if abs(amount) >= 1000 or cur.decimals == 0 else cur.decimals
    figure = f"{amount:,.{decimals}f}"
    return f"{cur.sign}{figure}" if cur.sign else f"{code} {figure}"
