"""Cloud regions named by their provider's code ("af-south-1", "europe-west4", "uaenorth"), and where each keeps
the data: a region id of the vocabulary (``assistant.vocab.DataRegion``) or, for a country with no id, its name as
shown back (``assistant.interview.places``). Data only: a rule that keeps data "in af-south-1" keeps it in South
Africa. A region inside the EU with no id of its own is the EU (a stricter reading would exclude offers the rule
allows). Codes as AWS, Google Cloud and Azure write them; a hyphen may also be written as a space or left out, and
Azure's run-together names ("australiaeast") may be written apart ("Australia East").
"""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.vocab import DataRegion

CLOUD_REGIONS: dict[str, DataRegion | str] = {
    # AWS
    **dict.fromkeys(["us-east-1", "us-east-2", "us-west-1", "us-west-2", "us-gov-west-1", "us-gov-east-1"], "us"),
    **dict.fromkeys(["ca-central-1", "ca-west-1"], "ca"),
    **dict.fromkeys(["eu-west-1", "eu-west-3", "eu-north-1", "eu-south-1", "eu-south-2"], "eu"),
    "eu-west-2": "uk",
    "eu-central-1": "de",
    "eu-central-2": "ch",
    **dict.fromkeys(["ap-south-1", "ap-south-2"], "in"),
    "ap-southeast-1": "sg",
    **dict.fromkeys(["ap-southeast-2", "ap-southeast-4"], "au"),
    **dict.fromkeys(["ap-northeast-1", "ap-northeast-3"], "jp"),
    "ap-northeast-2": "kr",
    "sa-east-1": "br",
    "me-central-1": "ae",
    "af-south-1": "South Africa",
    "ap-east-1": "Hong Kong",
    "ap-southeast-3": "Indonesia",
    "ap-southeast-5": "Malaysia",
    "ap-southeast-7": "Thailand",
    "me-south-1": "Bahrain",
    "il-central-1": "Israel",
    "mx-central-1": "Mexico",
    # Google Cloud
    **dict.fromkeys(["us-central1", "us-east1", "us-east4", "us-east5", "us-west1", "us-west2", "us-west4"], "us"),
    **dict.fromkeys(["northamerica-northeast1", "northamerica-northeast2"], "ca"),
    **dict.fromkeys(["europe-west1", "europe-west4", "europe-west8", "europe-west9", "europe-north1"], "eu"),
    "europe-west2": "uk",
    "europe-west3": "de",
    "europe-west6": "ch",
    "europe-central2": "pl",
    **dict.fromkeys(["asia-south1", "asia-south2"], "in"),
    "asia-southeast1": "sg",
    **dict.fromkeys(["australia-southeast1", "australia-southeast2"], "au"),
    **dict.fromkeys(["asia-northeast1", "asia-northeast2"], "jp"),
    "asia-northeast3": "kr",
    "southamerica-east1": "br",
    "africa-south1": "South Africa",
    "asia-east2": "Hong Kong",
    "asia-east1": "Taiwan",
    "asia-southeast2": "Indonesia",
    "me-central1": "Qatar",
    "me-central2": "Saudi Arabia",
    "me-west1": "Israel",
    # Azure
    **dict.fromkeys(["eastus", "eastus2", "westus", "westus2", "westus3", "centralus", "southcentralus"], "us"),
    **dict.fromkeys(["canadacentral", "canadaeast"], "ca"),
    **dict.fromkeys(["westeurope", "northeurope"], "eu"),
    **dict.fromkeys(["uksouth", "ukwest"], "uk"),
    **dict.fromkeys(["germanywestcentral", "germanynorth"], "de"),
    **dict.fromkeys(["francecentral", "francesouth"], "fr"),
    **dict.fromkeys(["switzerlandnorth", "switzerlandwest"], "ch"),
    **dict.fromkeys(["norwayeast", "norwaywest"], "no"),
    "swedencentral": "se",
    "polandcentral": "pl",
    "italynorth": "it",
    "spaincentral": "es",
    **dict.fromkeys(["centralindia", "southindia", "westindia"], "in"),
    "southeastasia": "sg",
    **dict.fromkeys(["australiaeast", "australiasoutheast"], "au"),
    **dict.fromkeys(["japaneast", "japanwest"], "jp"),
    **dict.fromkeys(["koreacentral", "koreasouth"], "kr"),
    "brazilsouth": "br",
    "uaenorth": "ae",
    **dict.fromkeys(["southafricanorth", "southafricawest"], "South Africa"),
    "qatarcentral": "Qatar",
    "israelcentral": "Israel",
    "mexicocentral": "Mexico",
}


def spelling(code: str) -> str:
    """A regular expression for a code as people write it: "af-south-1", "af south 1", "afsouth-1". The
    separator before a final number is kept ("me-central-1" is AWS's UAE, "me-central1" Google's Qatar)."""
    head, sep, tail = code.rpartition("-")
    if sep and tail.isdigit():
        return head.replace("-", "[- ]?") + "[- ]" + tail
    if "-" not in code:
        # Azure's codes are its region names run together: "australiaeast" is written "Australia East"
        return "[- ]?".join(_AZURE_WORD.findall(code))
    return code.replace("-", "[- ]?")


_AZURE_WORD = re.compile(r"north|south|east|west|central|[a-z\d]+?(?=north|south|east|west|central|$)")


def _alternation() -> str:
    return "|".join(sorted((spelling(c) for c in CLOUD_REGIONS), key=len, reverse=True))


# A cloud region's code anywhere in a message ("we're on AWS af-south-1").
CODE = rx.compile(rf"(?<![\w.])(?:{_alternation()})(?![\w/])", re.IGNORECASE)


def where_code(word: str) -> str | None:
    """Where the code ``word`` keeps the data: a region id or a country's name; None for any other word."""
    return next((w for c, w in CLOUD_REGIONS.items() if rx.fullmatch(spelling(c), word, re.IGNORECASE)), None)
