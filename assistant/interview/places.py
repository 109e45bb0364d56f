"""Countries people name as where their data must stay that have no region of their own in the vocabulary
(``assistant.vocab.DataRegion``): a rule naming one keeps the data in that country (the ``data_country`` fact), and
no offer in the catalog is known to keep processing there. Data only.
"""

from __future__ import annotations

from typing import get_args

import assistant.interview.patterns as rx
from assistant.interview.cloud_regions import CLOUD_REGIONS, spelling
from assistant.vocab import DataRegion

# Names as people write them, lower case, and the name shown back. Adjectives are left out: "in Portuguese" is a
# language, not a place.
COUNTRY_NAMES: dict[str, str] = {
    **{
        name.lower(): name
        for name in (
            "Portugal Austria Belgium Denmark Finland Greece Czechia Hungary Romania Bulgaria Croatia Slovakia "
            "Slovenia Estonia Latvia Lithuania Luxembourg Malta Cyprus Iceland Liechtenstein Mexico Argentina Chile "
            "Colombia Peru Uruguay China Taiwan Indonesia Malaysia Thailand Vietnam Philippines Qatar Bahrain Kuwait "
            "Oman Israel Turkey Egypt Morocco Nigeria Kenya Ukraine Pakistan Bangladesh Serbia Kazakhstan Russia"
        ).split()
    },
    "czech republic": "Czechia",
    "mainland china": "China",
    "hong kong": "Hong Kong",
    "hk": "Hong Kong",
    "new zealand": "New Zealand",
    "saudi arabia": "Saudi Arabia",
    "saudi": "Saudi Arabia",
    "ksa": "Saudi Arabia",
    "türkiye": "Turkey",
    "turkiye": "Turkey",
    "south africa": "South Africa",
    "sri lanka": "Sri Lanka",
}
# Cloud regions in those countries, by their provider's code ("af-south-1" is South Africa).
_CODES: dict[str, str] = {
    spelling(code): where for code, where in CLOUD_REGIONS.items() if where not in get_args(DataRegion)
}
# The names and codes as one alternation for regular expressions (matched on word bounds), longest first.
COUNTRIES_WITHOUT_REGION = "|".join(sorted([*COUNTRY_NAMES, *_CODES], key=len, reverse=True))


def country_name(words: str) -> str | None:
    """The country a spelling or a cloud region's code names, as shown back ("türkiye" is "Turkey", "af-south-1"
    is "South Africa"); None for any other words."""
    said = " ".join(words.lower().split())
    return COUNTRY_NAMES.get(said) or next((c for p, c in _CODES.items() if rx.fullmatch(p, said)), None)
