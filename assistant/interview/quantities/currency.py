"""Which currency an amount is said in: "$12k", "9.500 €", "R$ 40.000", "5 lakh rupees", "CHF 800", "kr 9000".

The symbols and words come from the exchange-rate data (``tools/data/fx.toml``), so a currency added there is
read here. A sign or word that names more than one currency ("kr", "kroner") is ambiguous: the caller asks.
"""

from __future__ import annotations

from functools import cache

import assistant.interview.patterns as rx
from tools.fx import fx_table

# US dollars are the catalog's own currency: no rate, always known
_USD_BEFORE = ("$", "us$", "usd", "us dollars")
_USD_AFTER = ("dollars", "dollar", "usd", "bucks", "us dollars", "$")
# amounts in currencies without a rate in the data: recognised, so they are asked about, never read as dollars
# ISO codes of currencies without a rate, written before or after an amount ("NGN 1.8m", "1.8m ngn")
_UNKNOWN_CODES = (
    "ars|cop|clp|mxn|aed|sar|rub|idr|thb|myr|vnd|ngn|kes|ils|huf|ron|uah|bdt|pkr|egp|bgn|ghs|ghc|zmw|mwk|etb|kzt|"
    "gel|pen|crc|gtq|kwd|bhd|jod|omr|qar|tnd|dzd|xof|xaf|tsh|ugx|rwf|mad|nis|tzs|lkr|npr|mmk|khr|lak|mnt|uzs|azn|"
    "byn|mdl|rsd|mkd|isk|dop|jmd|ttd|uyu|pyg|ves|aoa|mzn|nad|bwp|mur|scr|sdg|lyd|iqd|irr|syp|lbp|yer|afn|bnd|fjd|pgk"
)
UNKNOWN_AFTER = rx.compile(
    r"\s*(?:(?:de|of)\s+)?(?:pesos?|dirhams?|riyals?|rubles?|roubles?|rupiah|baht|ringgit|"
    r"dong|naira|shillings?|shekels?|forints?|lei|hryvni?a|taka|leva?|cedis?|kwacha|birr|tenge|lari|soles?|bolivianos?|"
    r"colones?|quetzal(?:es)?|dinars?|rials?|francs? cfa|cfa|shilingi|kyats?|riels?|"
    r"" + _UNKNOWN_CODES + r")\b"
)
UNKNOWN_BEFORE = rx.compile(r"(?:ar\$|col\$|clp\$|₱|₦|₪|₫|฿|₴|₽|₵|(?<![a-z])(?:" + _UNKNOWN_CODES + r")\.?)\s*$")


@cache
def _lexicon() -> tuple[tuple[tuple[str, frozenset[str]], ...], tuple[tuple[str, frozenset[str]], ...]]:
    """(signs written before an amount, words written after it), longest first, each with its ISO codes."""
    table = fx_table()
    before: dict[str, set[str]] = {s: {"USD"} for s in _USD_BEFORE}
    after: dict[str, set[str]] = {w: {"USD"} for w in _USD_AFTER}
    for code, cur in table.currencies.items():
        for s in (*cur.symbols, code.lower()):
            before.setdefault(s, set()).add(code)
        for w in (*cur.words, code.lower()):
            after.setdefault(w, set()).add(code)

    def ordered(d: dict[str, set[str]]) -> tuple[tuple[str, frozenset[str]], ...]:
        return tuple(sorted(((k, frozenset(v)) for k, v in d.items()), key=lambda kv: -len(kv[0])))

    return ordered(before), ordered(after)


def _alnum(ch: str) -> bool:
    return ch.isalnum() or ch == "$"


def currency_before(text: str) -> frozenset[str]:
    """ISO codes of the sign ending ``text`` ("... we pay €" -> {EUR}; "r$" -> {BRL}); empty when none."""
    tail = text.rstrip()
    for sign, codes in _lexicon()[0]:
        if not tail.endswith(sign):
            continue
        prev = tail[-len(sign) - 1] if len(tail) > len(sign) else " "
        if _alnum(prev) and (sign[0].isalnum() or sign == "$"):
            continue  # "ar$" is not "$"; "ainr" is not "inr"
        return codes
    return frozenset()


def currency_after(text: str) -> tuple[frozenset[str], int]:
    """ISO codes of the word starting ``text`` ("€ a month" -> {EUR}) and how many characters it takes."""
    lead = len(text) - len(text.lstrip())
    of = rx.match(r"(?:de|of|d')\s+", text[lead:])  # "2 millones de euros", "1.5 million of dollars"
    if of is not None:
        lead += of.end()
    rest = text[lead:]
    for word, codes in _lexicon()[1]:
        if not rest.startswith(word):
            continue
        nxt = rest[len(word) : len(word) + 1]
        if word[-1].isalnum() and nxt and (nxt.isalnum() or nxt == "$"):
            continue  # "eurobonds" is not "euro"
        return codes, lead + len(word)
    return frozenset(), 0


def other_currency(before: str, after: str) -> bool:
    """A currency the exchange-rate data has no rate for ("5000 pesos", "AED 3,000")."""
    return bool(UNKNOWN_AFTER.match(after) or UNKNOWN_BEFORE.search(before))
