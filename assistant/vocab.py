"""The shared vocabularies: Literal types and the words users see for each value.

Every layer imports its ids from here, so a regime, a data boundary or an option kind is spelled once.
"""

from __future__ import annotations

from typing import Literal

Origin = Literal["said", "assumed"]
TrafficShape = Literal["steady", "business_hours", "bursty"]
Regime = Literal["hipaa", "gdpr", "pci_dss", "soc2", "fedramp", "data_residency", "air_gapped", "none"]
Quality = Literal["frontier", "open_weight_ok"]
DataBoundary = Literal["any_vendor", "cloud_tenant", "on_prem", "air_gapped"]
# An air gap is the strictest kind of the user's own premises: said beside (or after) "on our own servers" it is no
# contradiction, and the stricter one stands.
NESTED_BOUNDARIES: frozenset[DataBoundary] = frozenset({"on_prem", "air_gapped"})
CloudProvider = Literal["aws", "azure", "gcp"]
LatencyKind = Literal["ttft", "total"]
OptionKind = Literal["api", "managed_open_weight", "dedicated_deployment", "self_host", "batch_api", "hybrid"]
# Where a data residency rule keeps the data: a region ("eu": the EU/EEA, which people also call Europe), a
# country with cloud regions of its own, or "not_us" (anywhere but the United States: "no US servers").
DataRegion = Literal[
    "eu",
    "uk",
    "ch",
    "us",
    "ca",
    "in",
    "au",
    "jp",
    "kr",
    "sg",
    "br",
    "ae",
    "de",
    "fr",
    "it",
    "es",
    "nl",
    "se",
    "pl",
    "ie",
    "no",
    "not_us",
]
# Where an API provider's company is based (its home country or union), for a rule that no company from there may
# receive the data ("nothing may go to a US company": the US CLOUD Act reaches a US company's servers anywhere).
VendorHome = Literal["us", "eu", "cn"]

TRAFFIC_LABELS: dict[str, str] = {
    "steady": "steady around the clock",
    "business_hours": "concentrated in business hours",
    "bursty": "bursty, with spikes",
}
REGIME_LABELS: dict[str, str] = {
    "hipaa": "HIPAA",
    "gdpr": "GDPR",
    "pci_dss": "PCI-DSS",
    "soc2": "SOC 2",
    "fedramp": "FedRAMP",
    "data_residency": "data residency",
    "air_gapped": "air-gapped",
    "none": "no compliance regime",
}
QUALITY_LABELS: dict[str, str] = {
    "frontier": "frontier quality (GPT-5 / Claude class)",
    "open_weight_ok": "a strong open-weight model is good enough",
}
DATA_BOUNDARY_LABELS: dict[str, str] = {
    "any_vendor": "data may go to a third-party API",
    "cloud_tenant": "data may stay in your own cloud tenant, not a public API",
    "on_prem": "data may not leave your own servers",
    "air_gapped": "air-gapped: no network connection out",
}
CLOUD_LABELS: dict[str, str] = {"aws": "AWS", "azure": "Azure", "gcp": "Google Cloud"}
LATENCY_KIND_LABELS: dict[str, str] = {"ttft": "time to first token", "total": "time to the whole answer"}
OPTION_LABELS: dict[str, str] = {
    "api": "Use an API",
    "managed_open_weight": "Use a managed open-weight host",
    "dedicated_deployment": "Use a dedicated cloud deployment",
    "self_host": "Self-host",
    "batch_api": "Use a batch API",
    "hybrid": "Hybrid routing",
}
OPTION_KIND_LABELS: dict[str, str] = {  # an option's kind in a table's column
    "api": "API",
    "managed_open_weight": "Managed open-weight",
    "dedicated_deployment": "Dedicated cloud",
    "self_host": "Self-host",
    "batch_api": "Batch API",
    "hybrid": "Hybrid",
}
REGION_LABELS: dict[str, str] = {
    "eu": "the EU",
    "uk": "the UK",
    "ch": "Switzerland",
    "us": "the US",
    "ca": "Canada",
    "in": "India",
    "au": "Australia",
    "jp": "Japan",
    "kr": "South Korea",
    "sg": "Singapore",
    "br": "Brazil",
    "ae": "the UAE",
    "de": "Germany",
    "fr": "France",
    "it": "Italy",
    "es": "Spain",
    "nl": "the Netherlands",
    "se": "Sweden",
    "pl": "Poland",
    "ie": "Ireland",
    "no": "Norway",
    "not_us": "outside the US",
}
VENDOR_HOMES: tuple[VendorHome, ...] = ("us", "eu", "cn")
VENDOR_HOME_LABELS: dict[str, str] = {"us": "US", "eu": "European", "cn": "Chinese"}
# A region inside a wider one: an offer that keeps data in Germany keeps it in the EU too, and anywhere but the
# US is outside it. "eu" stands for the EU and the EEA (Norway is in the EEA, so in it).
REGION_WITHIN: dict[str, tuple[str, ...]] = {
    **{c: ("eu", "not_us") for c in ("de", "fr", "it", "es", "nl", "se", "pl", "ie", "no")},
    **{r: ("not_us",) for r in ("eu", "uk", "ch", "ca", "in", "au", "jp", "kr", "sg", "br", "ae")},
}


def region_within(inner: str, outer: str) -> bool:
    """Data kept in ``inner`` is kept in ``outer`` (the same region, or one inside it)."""
    return inner == outer or outer in REGION_WITHIN.get(inner, ())


def region_words(region: str) -> str:
    """'in the EU', 'in Germany', 'outside the US': where the data stays, in words."""
    label = REGION_LABELS.get(region, region)
    return label if region == "not_us" else f"in {label}"
