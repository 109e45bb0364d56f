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
            "Oman Israel Turkey Egypt Morocco Nigeria Kenya Ukraine Pakistan Bangladesh Serbia Kazakhstan Russia "
            # the rest of the world's countries, but for names that are also common words or first names (Chad,
            # Jordan, Georgia, Guinea), which would read a person or a US state as a country
            "Afghanistan Albania Algeria Andorra Angola Armenia Azerbaijan Bahamas Barbados Belarus Belize Benin "
            "Bhutan Bolivia Bosnia Botswana Brunei Burundi Cambodia Cameroon Comoros Congo Cuba Djibouti Ecuador "
            "Eritrea Eswatini Ethiopia Fiji Gabon Gambia Ghana Grenada Guatemala Guyana Haiti Honduras Iran Iraq "
            "Jamaica Kosovo Kyrgyzstan Laos Lebanon Lesotho Liberia Libya Madagascar Malawi Maldives Mauritania "
            "Mauritius Moldova Monaco Mongolia Montenegro Mozambique Myanmar Namibia Nepal Nicaragua Niger Panama "
            "Paraguay Rwanda Samoa Senegal Seychelles Somalia Sudan Suriname Syria Tajikistan Tanzania Tunisia "
            "Turkmenistan Uganda Uzbekistan Venezuela Yemen Zambia Zimbabwe Palestine"
        ).split()
    },
    "bosnia and herzegovina": "Bosnia",
    "burkina faso": "Burkina Faso",
    "cape verde": "Cape Verde",
    "cabo verde": "Cape Verde",
    "costa rica": "Costa Rica",
    "ivory coast": "Côte d'Ivoire",
    "côte d'ivoire": "Côte d'Ivoire",
    "cote d'ivoire": "Côte d'Ivoire",
    "dominican republic": "Dominican Republic",
    "el salvador": "El Salvador",
    "north macedonia": "North Macedonia",
    "papua new guinea": "Papua New Guinea",
    "san marino": "San Marino",
    "sierra leone": "Sierra Leone",
    "south sudan": "South Sudan",
    "trinidad and tobago": "Trinidad and Tobago",
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
    "naija": "Nigeria",  # (Nigerian English for the country)
}
# States of the US, kept with the US (its regions include the states' own: "student data stays in Texas" is met by a
# US region in Texas, asked no further); names that are also first names or countries (Georgia, Virginia,
# Washington) are left out
US_STATES = (
    r"texas|california|new york state|florida|illinois|ohio|pennsylvania|michigan|north carolina|new jersey|arizona|"
    r"massachusetts|tennessee|indiana|maryland|missouri|wisconsin|colorado|minnesota|south carolina|alabama|louisiana|"
    r"kentucky|oregon|oklahoma|connecticut|utah|iowa|nevada|arkansas|mississippi|kansas|new mexico|nebraska|idaho|"
    r"west virginia|hawaii|new hampshire|rhode island|delaware|south dakota|north dakota|alaska|vermont|wyoming|"
    r"montana|maine"
)
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
