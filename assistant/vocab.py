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
CloudProvider = Literal["aws", "azure", "gcp"]
LatencyKind = Literal["ttft", "total"]
OptionKind = Literal["api", "managed_open_weight", "dedicated_deployment", "self_host", "batch_api", "hybrid"]

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
