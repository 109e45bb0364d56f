"""The interview state: what we know about the user's workload, and where each fact came from."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from assistant.vocab import DataBoundary, LatencyKind, Origin, Quality, Regime, TrafficShape
from tools.api_cost import Workload
from tools.results import Conventions

__all__ = ["DataBoundary", "Fact", "LatencyKind", "OwnedGpus", "Quality", "Regime", "TrafficShape", "WorkloadProfile"]


class OwnedGpus(BaseModel):
    """GPUs the user already has ("we already own 16 H100s"): value of the ``owned_gpus`` fact."""

    gpu: str = Field(description="catalog GPU id, e.g. 'h100', 'a100-80gb', 'l4'")
    count: int = Field(ge=1)
    paid_for: bool = Field(default=True, description="bought outright (sunk cost) rather than leased")


class Fact(BaseModel):
    """One value and its provenance: the user's words, or our assumption."""

    model_config = ConfigDict(frozen=True)

    value: Any
    origin: Origin = "said"
    quote: str | None = Field(default=None, description="the user's words it was read from")

    @property
    def said(self) -> bool:
        return self.origin == "said"


# Value shapes (JSON-friendly, as ``advisor chat --script --json`` prints them under ``profile``):
#   tokens_per_month: float; input_share: float 0-1; traffic_shape: TrafficShape;
#   compliance: list[Regime] (["none"] when the user said there is none);
#   team: {"ml_engineers": int, "devops": int, "mlops": bool, "gpu_infra": bool, "kubernetes": bool};
#   quality: Quality; latency_p99_ms: float (the target in ms, whatever its kind); latency_kind: LatencyKind;
#   batch_ok: bool; fine_tuning: bool; data_boundary: DataBoundary;
#   owned_gpus: OwnedGpus.model_dump() ({"gpu": "h100", "count": 16, "paid_for": true});
#   simple_share: float 0-1; current_model: catalog slug; current_spend_usd_per_month: float;
#   request_input_tokens / request_output_tokens: float tokens per request;
#   batch_deadline_hours: float hours from a batch job's start to its deadline (23:00 to 07:00 is 8);
#   own_adapters: bool, the fine-tune is the user's own (LoRA adapters, QLoRA, tuned open weights);
#   cloud_provider: CloudProvider, the cloud their own tenant is in ("our Azure tenant", "our AWS account");
#   data_region: DataRegion, where a residency rule keeps the data ("must stay in the EU" is "eu", "no US
#   servers" is "not_us"); never where the company merely is ("we are in Bologna").
#   data_country: str, a country a residency rule keeps the data in that has no region id ("must stay in Turkey" is
#     "Turkey", as places.COUNTRY_NAMES shows it); it and data_region replace each other.
#   vendor_homes_excluded: list[VendorHome], where no company receiving the data may be based ("nothing may go to
#     a US company" is ["us"], "only European providers" is ["us", "cn"]); a rule on vendors, not on regions.
#   current_spend_in_currency / budget_in_currency: {"amount_per_month": 9500.0, "currency": "EUR"}, the money as
#     said when not in US dollars (the *_usd_per_month fact beside it holds its value in dollars at the assumed
#     rate of tools/data/fx.toml);
#   quality_reference: catalog slug of the model a quality bar was named by ("at least as good as GPT-4o mini");
#   small_model_ok: bool, a small model (8B class) is said to be good enough ("a small fine-tuned model is fine");
#   exchange_rate: {"currency": "EUR", "usd_per_unit": 1.1}, a rate the user gave (replaces the assumed one);
#   languages: list of language names that must be handled well (["Italian"]; ["multilingual"] for many).
#   cached_share: float 0-1, the share of input tokens an API serves from its prompt cache (a prefix repeated
#     across requests: "70% of each prompt is the same system prompt", "cache hit rate about 60%").
# Interview order: what matters most to the decision first.
FIELDS: dict[str, str] = {
    "tokens_per_month": "token volume",
    "input_share": "input/output mix",
    "traffic_shape": "traffic shape",
    "compliance": "privacy or compliance regime",
    "team": "team (ML/MLOps engineers, GPU or Kubernetes infrastructure)",
    "quality": "quality needs",
    "latency_p99_ms": "latency target",
    "request_input_tokens": "typical request size",
    "peak_to_average": "peak-to-average ratio",
    "fine_tuning": "fine-tuning needs",
    "candidate_models": "candidate models",
    "budget_usd_per_month": "budget",
    "batch_ok": "whether answers can wait (batch)",
    # Added for the decision's hard constraints and for what-if sizing.
    "data_boundary": "where the data may go",
    "latency_kind": "what the latency target measures",
    "owned_gpus": "GPUs you already own",
    "simple_share": "share of traffic a small model could handle",
    "current_model": "the model you use today",
    "current_spend_usd_per_month": "what you spend today",
    "request_output_tokens": "typical answer size",
    "batch_deadline_hours": "how soon batch results are needed",
    "own_adapters": "your own fine-tune (LoRA adapters or weights) on an open model",
    "cloud_provider": "the cloud your own tenant is in",
    "business_hours_per_week": "hours a week the traffic runs",
    "data_region": "the region your data must stay in",
    "data_country": "the country your data must stay in",
    "vendor_homes_excluded": "companies that may not receive the data",
    "current_spend_in_currency": "what you spend today, in your currency",
    "budget_in_currency": "budget, in your currency",
    "quality_reference": "the model your quality bar is named by",
    "small_model_ok": "whether a small model is good enough",
    "languages": "languages the model must handle well",
    "exchange_rate": "the exchange rate to use",
    "cached_share": "share of input served from the prompt cache",
}
# A money fact in US dollars and the fact keeping the same amount in the currency it was said in: setting the
# dollar figure again (said in dollars) drops the other.
IN_CURRENCY = {"current_spend_usd_per_month": "current_spend_in_currency", "budget_usd_per_month": "budget_in_currency"}
# Facts that say the same thing two ways: setting one drops the other (a region, then a country with no region id).
REPLACES = {"data_region": "data_country", "data_country": "data_region"}
# Asked about when missing; the rest are assumed quietly.
ESSENTIAL = ["tokens_per_month", "input_share", "traffic_shape", "compliance", "team", "quality"]

DEFAULTS: dict[str, Any] = {
    "input_share": 0.5,
    "traffic_shape": "steady",
    "compliance": ["none"],
    "team": {"ml_engineers": 0, "devops": 1, "gpu_infra": False, "kubernetes": False},
    "quality": "open_weight_ok",
    "peak_to_average": None,
    "fine_tuning": False,
    "candidate_models": [],
    "batch_ok": False,
}
DEFAULT_NOTES = {
    "input_share": "a 50/50 input/output split (the split the DevTk article's breakeven tables assume)",
    "traffic_shape": "steady traffic",
    "compliance": "no regime that forbids third-party APIs",
    "team": "no dedicated ML engineers, one DevOps person",
    "quality": "an open-weight model is good enough",
}


class WorkloadProfile(BaseModel):
    """Everything the advisor has learned; unset fields fall back to stated defaults."""

    facts: dict[str, Fact] = Field(default_factory=dict)
    skipped: list[str] = Field(default_factory=list, description="fields the user chose not to answer")

    def get(self, name: str) -> Any:
        fact = self.facts.get(name)
        if fact is not None:
            return fact.value
        default = DEFAULTS.get(name)
        if name == "peak_to_average" and default is None:
            return {"steady": 1.5, "business_hours": 3.0, "bursty": 5.0}[self.get("traffic_shape")]
        return default

    def set(self, name: str, value: Any, origin: Origin = "said", quote: str | None = None) -> None:
        if name not in FIELDS:
            raise KeyError(f"unknown profile field {name!r}")
        self.facts[name] = Fact(value=value, origin=origin, quote=quote)
        if name in IN_CURRENCY:
            self.facts.pop(IN_CURRENCY[name], None)
        if name in REPLACES:
            self.facts.pop(REPLACES[name], None)
        if name in self.skipped:
            self.skipped.remove(name)

    def knows(self, name: str) -> bool:
        return name in self.facts

    def missing(self) -> list[str]:
        """Essential fields neither answered nor skipped, in interview order."""
        batch = self.get("batch_ok")  # batch work runs whenever it is scheduled: its shape does not matter
        return [
            f
            for f in ESSENTIAL
            if f not in self.facts and f not in self.skipped and not (batch and f == "traffic_shape")
        ]

    def ready(self) -> bool:
        """Enough to analyse: the volume, plus answers (or skips) for the rest."""
        return self.knows("tokens_per_month") and not self.missing()

    def assumed(self) -> list[str]:
        """What we filled in ourselves, in words."""
        out = []
        for name in ESSENTIAL[1:]:
            if name not in self.facts and name in DEFAULT_NOTES:
                out.append(DEFAULT_NOTES[name])
            elif name in self.facts and not self.facts[name].said:
                out.append(f"{FIELDS[name]}: {self.facts[name].value}")
        return out

    @property
    def team(self) -> dict[str, Any]:
        return {**DEFAULTS["team"], **(self.get("team") or {})}

    def ml_capacity(self) -> bool:
        """Someone can run inference infrastructure: ML/MLOps engineers or existing GPU clusters."""
        t = self.team
        return bool(t.get("ml_engineers", 0) >= 1 or t.get("mlops") or t.get("gpu_infra"))

    def regimes(self) -> list[str]:
        return [r for r in self.get("compliance") or [] if r != "none"]

    def workload(self, conventions: Conventions | None = None) -> Workload:
        total = float(self.get("tokens_per_month") or 0)
        share = float(self.get("input_share"))
        return Workload.from_total(
            total,
            share,
            per="month",
            request_input_tokens=self.get("request_input_tokens"),
            cached_share=float(self.get("cached_share") or 0),
            conventions=conventions or Conventions(),
        )

    def summary(self) -> dict[str, Any]:
        """Every field with its value and whether the user said it (for prompts, exports, UI)."""
        out: dict[str, Any] = {}
        for name in FIELDS:
            fact = self.facts.get(name)
            value = fact.value if fact else self.get(name)
            origin = fact.origin if fact else ("skipped" if name in self.skipped else "default")
            out[name] = {"value": value, "origin": origin, "quote": fact.quote if fact else None}
        return out
