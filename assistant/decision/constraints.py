"""Hard constraints: what the profile requires, and which options break it (with the reason in words).

Data boundary (stated, or implied by a regime only where the regime really implies one), provider
requirements of a regime (a SOC 2 Type II report, a HIPAA business associate agreement, lawful GDPR
transfers; per provider in ``data/providers.toml``), latency at p99,
quality tier, fine-tuning, answers in real time, and people to run self-hosted GPUs.
"""

from __future__ import annotations

import math
from typing import Literal

from pydantic import BaseModel, Field

from assistant.decision.latency import LatencyEstimate
from assistant.decision.rules import (
    BOUNDARY_ORDER,
    Attestation,
    ConstraintKind,
    ProviderCompliance,
    Tier,
    provider_data,
    rules,
)
from assistant.interview.facts import WorkloadProfile
from assistant.interview.places import COUNTRY_NAMES
from assistant.vocab import (
    CLOUD_LABELS,
    DATA_BOUNDARY_LABELS,
    REGIME_LABELS,
    REGION_LABELS,
    VENDOR_HOME_LABELS,
    VENDOR_HOMES,
    CloudProvider,
    DataBoundary,
    DataRegion,
    OptionKind,
    VendorHome,
    region_words,
)
from tools.model_names import named_model
from tools.numbers import format_ms

Hosting = Literal["public_api", "dedicated_cloud", "cloud_self_host", "owned", "bought", "hybrid"]
# The strictest data boundary each way of hosting satisfies.
HOSTING_REACH: dict[str, DataBoundary] = {
    "public_api": "any_vendor",
    "dedicated_cloud": "cloud_tenant",
    "cloud_self_host": "cloud_tenant",
    "hybrid": "any_vendor",
    "owned": "air_gapped",
    "bought": "air_gapped",
}
HOSTING_WORDS: dict[str, str] = {
    "public_api": "a third-party API",
    "dedicated_cloud": "a dedicated deployment in your cloud tenant",
    "cloud_self_host": "rented cloud GPUs",
    "hybrid": "a third-party API for part of the traffic",
    "owned": "your own hardware",
    "bought": "hardware you buy",
}
TIER_RANK: dict[str, int] = {"small": 0, "strong": 1, "frontier": 2}
TIER_WORDS: dict[str, str] = {
    "small": "a small model",
    "strong": "a strong open-weight-class model",
    "frontier": "a frontier model",
}
CONSTRAINT_WORDS: dict[str, str] = {
    "data_boundary": "where your data may go",
    "latency": "your latency target",
    "quality": "your quality bar",
    "fine_tuning": "fine-tuning",
    "team": "people to run GPUs",
    "cloud": "the cloud you run in",
    "realtime": "answers in real time",
    "deadline": "your batch deadline",
}

# What a regime asks of a provider, in the answer's words: short (the constraints list) and as a verb phrase.
NEED_SHORT: dict[str, str] = {
    "soc2_type2": "a SOC 2 Type II report",
    "hipaa_baa": "a BAA",
    "pci_dss": "a PCI DSS attestation",
    "iso_27001": "an ISO/IEC 27001 certificate",
    "eu_transfer": "lawful EU transfers",
}
NEED_VERBS: dict[str, str] = {
    "soc2_type2": "have their own SOC 2 Type II report",
    "hipaa_baa": "sign a business associate agreement",
    "pci_dss": "hold a PCI DSS attestation",
    "iso_27001": "hold an ISO/IEC 27001 certificate",
    "eu_transfer": "keep EU transfers lawful",
}


class Needs(BaseModel):
    """The hard constraints of one profile, in comparable form."""

    boundary: DataBoundary = "any_vendor"
    boundary_reason: str = ""
    cloud: CloudProvider | None = Field(default=None, description="the cloud the user's own tenant is in")
    provider_needs: list[tuple[str, Attestation]] = Field(default_factory=list, description="(regime, need)")
    latency_ms: float | None = None
    latency_kind: Literal["ttft", "total"] = "ttft"
    input_tokens: float
    output_tokens: float
    quality: Tier = "strong"
    quality_reference: str | None = Field(default=None, description="the model the quality bar was named by")
    bar_model: str | None = Field(
        default=None,
        description="a model below the tier asked for that still meets the bar: the one the bar was named by "
        "('at least as good as GPT-4o' keeps GPT-4o beside the frontier models, never GPT-4o's whole tier)",
    )
    languages: list[str] = Field(default_factory=list, description="languages (not English) answers must be good in")
    validated_model: str | None = Field(default=None, description="open-weight model the user validated")
    fine_tuning: bool = False
    tuned_model: str | None = Field(
        default=None, description="open-weight model the user's own fine-tune (adapters or weights) is built on"
    )
    own_adapters: bool = Field(default=False, description="the fine-tune is their own: it must load custom weights")
    team: bool = False
    realtime: bool = True
    deadline_hours: float | None = Field(default=None, description="hours a batch job has to finish")
    notes: list[str] = Field(default_factory=list)
    region: DataRegion | None = Field(
        default=None, description="where a residency rule keeps the data: only providers processing there are kept"
    )
    country: str | None = Field(
        default=None,
        description="a country with no region id a residency rule keeps the data in: no API or cloud offer is known to "
        "keep processing there",
    )
    excluded_homes: list[VendorHome] = Field(
        default_factory=list, description="no company based here may receive the data ('no US company')"
    )
    regime_boundaries: list[tuple[str, DataBoundary]] = Field(
        default_factory=list,
        description="(regime, boundary) for each stated regime that keeps data somewhere, even where a stricter "
        "boundary already applies: every stated regime is listed among the hard constraints",
    )

    @property
    def kept_in(self) -> str:
        """Where a residency rule keeps the data, in words ("in the EU", "in Turkey"); empty without one."""
        if self.region is not None:
            return region_words(self.region)
        return f"in {self.country}" if self.country else ""


class Broken(BaseModel):
    constraint: ConstraintKind
    reason: str
    over: float = Field(default=1.0, description="for latency: the estimate against the target")


class Traits(BaseModel):
    """What an option is, for checking it against the needs."""

    kind: OptionKind
    hosting: Hosting
    model: str = Field(default="", description="open-weight model id when it is one, else the API slug")
    provider: str | None = None
    tier: Tier
    fine_tunable: bool
    latency: LatencyEstimate | None = None
    latency_note: str = ""
    realtime: bool = True
    completion_hours: float | None = Field(default=None, description="the window a batch API promises results in")
    custom_weights: bool = Field(default=False, description="can load weights or adapters you trained yourself")
    needs_team: bool = False


def hours_words(hours: float) -> str:
    """A deadline in words: '8 hours', '10 minutes'."""
    if hours < 1:
        minutes = round(hours * 60)
        return f"{minutes:g} minute{'s' if minutes != 1 else ''}"
    return f"{hours:g} hour{'s' if hours != 1 else ''}"


def needs_from(
    profile: WorkloadProfile,
    validated_model: str | None = None,
    small_ok: bool = False,
    tuned_model: str | None = None,
) -> Needs:
    """The profile's hard constraints; a regime tightens the boundary only where it implies one.

    ``small_ok``: the user named a small open model as good enough, so a small model meets the bar.
    ``tuned_model``: the open model their own fine-tune is built on (its adapters run on nothing else).
    """
    r = rules()
    boundary: DataBoundary = "any_vendor"
    reason = ""
    notes: list[str] = []
    stated = profile.get("data_boundary")
    if stated in BOUNDARY_ORDER:
        fact = profile.facts.get("data_boundary")
        said = "you said" if fact is None or fact.said else "assumed from your words"
        boundary, reason = stated, f"{said}: {DATA_BOUNDARY_LABELS[stated]}"
    provider_needs: list[tuple[str, Attestation]] = []
    regime_boundaries: list[tuple[str, DataBoundary]] = []
    said_region = profile.get("data_region")
    region: DataRegion | None = said_region if said_region in REGION_LABELS else None
    said_country = profile.get("data_country")
    country = str(said_country) if region is None and said_country in COUNTRY_NAMES.values() else None
    for regime in profile.regimes():
        rule = r.regimes.get(regime)
        if rule is None:
            continue
        label = REGIME_LABELS.get(regime, regime)
        named = rule.named_region
        if named is not None:
            if region is not None or country is not None:  # "must stay in the EU": whoever processes there counts
                rule = rule.model_copy(update={"boundary": named.boundary})
                label = f"{label} {region_words(region) if region is not None else f'in {country}'}"
                notes.append(f"{label}: {named.source.section}")
                if rule.boundary == "any_vendor":
                    if rule.provider_needs:
                        provider_needs.append((regime, rule.provider_needs))
                    continue
            else:
                notes.append(f"{label}: which region was not said; {rule.source.section}")
        if rule.boundary != "any_vendor":
            regime_boundaries.append((regime, rule.boundary))
        if BOUNDARY_ORDER[rule.boundary] > BOUNDARY_ORDER[boundary]:
            boundary = rule.boundary
            reason = f"{label}: {rule.means or rule.source.section}"
        elif rule.boundary != "any_vendor" and rule.boundary == boundary and regime != boundary:
            reason += f"; {label} asks the same"  # (air-gapped as a regime is the boundary itself: said once)
        elif rule.boundary == "any_vendor":
            notes.append(f"{label} does not by itself keep data from APIs: {rule.source.section}")
        if rule.provider_needs:
            provider_needs.append((regime, rule.provider_needs))
    lat = r.latency
    target = profile.get("latency_p99_ms")
    quality = profile.get("quality")
    reference = named_model(str(profile.get("quality_reference") or ""))
    bar_model = None
    if (
        reference is not None
        and quality == "frontier"
        and reference.tier != "frontier"
        and same_words(profile, "quality", "quality_reference")
    ):
        bar_model = reference.slug  # "at least as good as GPT-4o": GPT-4o meets it, GPT-4o mini (same tier) not
    elif reference is not None and (reference.tier == "frontier") != (quality == "frontier"):
        reference = None  # the quality said since ("open-weight is fine after all") is the bar now
    if reference is not None and reference.tier == "small":
        small_ok = True  # "GPT-4.1 nano would do the job": a small model meets the bar
    if quality != "frontier" and profile.get("small_model_ok") is True:
        small_ok = True  # "a small fine-tuned model is fine"
    return Needs(
        boundary=boundary,
        boundary_reason=reason,
        cloud=profile.get("cloud_provider"),
        provider_needs=provider_needs,
        latency_ms=float(target) if target else None,
        latency_kind="total" if profile.get("latency_kind") == "total" else "ttft",
        input_tokens=float(profile.get("request_input_tokens") or lat.default_request_input_tokens.value),
        output_tokens=float(profile.get("request_output_tokens") or lat.default_request_output_tokens.value),
        quality="frontier" if quality == "frontier" else "small" if small_ok else "strong",
        quality_reference=reference.name if reference is not None else None,
        bar_model=bar_model,
        languages=[str(x) for x in profile.get("languages") or [] if str(x).lower() != "english"],
        validated_model=validated_model,
        fine_tuning=bool(profile.get("fine_tuning")),
        tuned_model=tuned_model if profile.get("fine_tuning") else None,
        own_adapters=bool(profile.get("fine_tuning") and profile.get("own_adapters")),
        team=profile.ml_capacity() or bool(profile.get("owned_gpus")),
        realtime=not profile.get("batch_ok"),
        deadline_hours=float(deadline) if (deadline := profile.get("batch_deadline_hours")) else None,
        notes=notes + _region_notes(region) + _country_notes(country) + _home_notes(homes := _excluded_homes(profile)),
        region=region,
        country=country,
        excluded_homes=homes,
        regime_boundaries=regime_boundaries,
    )


def same_words(profile: WorkloadProfile, a: str, b: str) -> bool:
    """Whether two facts were read from the same words of the user's (one answer, not a later one)."""
    fa, fb = profile.facts.get(a), profile.facts.get(b)
    return fa is not None and fb is not None and fa.quote is not None and fa.quote == fb.quote


def _excluded_homes(profile: WorkloadProfile) -> list[VendorHome]:
    said = profile.get("vendor_homes_excluded") or []
    return [h for h in VENDOR_HOMES if h in said]


def _home_notes(homes: list[VendorHome]) -> list[str]:
    if not homes:
        return []
    who = " or ".join(VENDOR_HOME_LABELS[h] for h in homes)
    return [
        f"no {who} company may receive the data: APIs and cloud deployments of {who} companies are excluded wherever "
        f"they process (providers' home countries, providers.toml); rented GPUs are assumed from a GPU cloud that is "
        f"not a {who} company, at the catalog's prices (European GPU clouds rent the same GPUs; check their prices)"
    ]


def home_reason(row: ProviderCompliance) -> str:
    """Why a provider fails a rule that no company from its home country may receive the data."""
    return (
        f"{row.name} comes from a {VENDOR_HOME_LABELS[row.home or '']} company, and no such company may get your data"
    )


def _region_notes(region: str | None) -> list[str]:
    if region is None:
        return []
    return [
        f"data stays {region_words(region)}: an API or cloud deployment is kept only where its provider can keep "
        "the processing of your requests there (providers' regional offers, each with its source); rented GPUs are "
        f"assumed available {region_words(region)} at the catalog's prices (the large clouds have regions there; "
        "local prices can be higher); hardware you own or buy runs wherever you put it"
    ]


def _country_notes(country: str | None) -> list[str]:
    if country is None:
        return []
    return [
        f"data stays in {country}: no API or cloud deployment in the catalog is known to keep the processing of your "
        f"requests in {country} (providers' regional offers, each with its source), so only GPUs you run yourself "
        f"remain; rented GPUs are assumed available in {country} at the catalog's cloud rates (check that a cloud "
        f"region or GPU host there offers them: local prices can be higher); hardware you own or buy runs wherever "
        "you put it"
    ]


def country_reason(country: str, row: ProviderCompliance) -> str:
    """Why a provider fails a residency rule naming a country no offer in the catalog processes in."""
    return f"may process outside {country}: no way to keep the processing in {country} is known from {row.name}"


def region_reason(region: str, row: ProviderCompliance) -> str:
    """Why a provider fails a residency rule naming a region, with where that was checked."""
    where = region_words(region)
    away = "in the US" if region == "not_us" else f"outside {REGION_LABELS.get(region, region)}"
    proc = row.processing
    if proc is None or proc.source.kind == "assumption":
        return f"may process {away}: no way to keep the processing {where} is known from {row.name}"
    return f"may process {away}: {row.name} offers no processing {where} ({proc.source.title}, {proc.source.as_of})"


def _lacks(label: str, need: Attestation, row: ProviderCompliance) -> str:
    """Why a provider fails what a regime asks of it, naming where that was checked."""
    if need == "eu_transfer":
        return f"{label}: {row.name} processes data where EU transfers lack safeguards"
    if need == "hipaa_baa":
        return f"{label} needs a business associate agreement, and none is known from {row.name}"
    what = NEED_SHORT[need].split(" ", 1)[1]  # "a SOC 2 Type II report" -> "SOC 2 Type II report"
    if row.source.kind == "assumption":
        return f"{label}: no {what} is known from {row.name}; ask them for one"
    return f"{label}: {row.name} has no {what} ({row.source.title}, {row.source.as_of})"


def check(t: Traits, needs: Needs) -> list[Broken]:
    """Every hard constraint this option breaks, with the reason in words; the one no lever changes first."""
    order = {k: i for i, k in enumerate(rules().reason_order.order)}
    return sorted(_broken(t, needs), key=lambda b: order.get(b.constraint, len(order)))


def _broken(t: Traits, needs: Needs) -> list[Broken]:
    out: list[Broken] = []
    reach = HOSTING_REACH[t.hosting]
    if BOUNDARY_ORDER[reach] < BOUNDARY_ORDER[needs.boundary]:
        out.append(
            Broken(
                constraint="data_boundary",
                reason=f"runs on {HOSTING_WORDS[t.hosting]}, but {needs.boundary_reason or 'your data boundary'}",
            )
        )
    if needs.cloud and t.hosting == "dedicated_cloud" and t.provider in CLOUD_LABELS and t.provider != needs.cloud:
        # a deployment in another cloud is not "your tenant": only another vendor to onboard
        tenant_only = needs.boundary == "cloud_tenant"  # data kept in their tenant, or only where they run
        where = "your data stays in your own" if tenant_only else "you run in your own"
        out.append(
            Broken(
                constraint="data_boundary" if tenant_only else "cloud",
                reason=f"runs in {CLOUD_LABELS[t.provider]}, but {where} {CLOUD_LABELS[needs.cloud]} tenant",
            )
        )
    if t.provider and t.hosting in ("public_api", "dedicated_cloud", "hybrid"):
        row = provider_data().get(t.provider)
        if needs.region is not None and row.region_offer(needs.region) is None:
            out.append(Broken(constraint="data_boundary", reason=region_reason(needs.region, row)))
        if needs.country is not None:
            out.append(Broken(constraint="data_boundary", reason=country_reason(needs.country, row)))
        if needs.excluded_homes and row.home is None:
            reason = f"where {row.name} is based is not known, and some countries' companies may not get the data"
            out.append(Broken(constraint="data_boundary", reason=reason))
        elif row.home in needs.excluded_homes:
            out.append(Broken(constraint="data_boundary", reason=home_reason(row)))
        for regime, need in needs.provider_needs:
            if not row.offers(need):
                out.append(
                    Broken(constraint="data_boundary", reason=_lacks(REGIME_LABELS.get(regime, regime), need, row))
                )
    if TIER_RANK[t.tier] < TIER_RANK[needs.quality] and not (needs.bar_model and t.model == needs.bar_model):
        out.append(
            Broken(
                constraint="quality",
                reason=f"{TIER_WORDS[t.tier]}, and you need {TIER_WORDS[needs.quality]}",
            )
        )
    if (
        needs.validated_model
        and t.model != needs.validated_model
        and TIER_RANK[t.tier] <= TIER_RANK["strong"]
        and needs.quality != "frontier"
    ):
        out.append(
            Broken(
                constraint="quality",
                reason=(
                    f"a different model from the {needs.validated_model} you validated: it would need validating again"
                ),
            )
        )
    if needs.fine_tuning and not t.fine_tunable:
        out.append(Broken(constraint="fine_tuning", reason="cannot be fine-tuned on your data"))
    elif needs.own_adapters and not t.custom_weights:
        out.append(
            Broken(
                constraint="fine_tuning",
                reason="offers only its own provider fine-tuning: it cannot load the adapters or weights you train",
            )
        )
    elif needs.tuned_model and t.model != needs.tuned_model:
        out.append(
            Broken(
                constraint="fine_tuning",
                reason=f"your fine-tune is built on {needs.tuned_model}: its adapters cannot run on this model",
            )
        )
    if needs.realtime and not t.realtime:
        out.append(Broken(constraint="realtime", reason="batch answers arrive within hours, not seconds"))
    if (
        not needs.realtime
        and needs.deadline_hours is not None
        and t.completion_hours is not None
        and needs.deadline_hours < t.completion_hours
    ):
        out.append(
            Broken(
                constraint="deadline",
                reason=(
                    f"a batch API promises results only within {hours_words(t.completion_hours)} (the providers' "
                    f"completion window), and your results are needed within {hours_words(needs.deadline_hours)}"
                ),
            )
        )
    if needs.latency_ms is not None and needs.realtime and t.latency is not None:
        value = t.latency.ttft_p99_ms if needs.latency_kind == "ttft" else t.latency.total_p99_ms
        if value > needs.latency_ms:
            what = "time to first token" if needs.latency_kind == "ttft" else "time to the whole answer"
            out.append(
                Broken(
                    constraint="latency",
                    over=value / needs.latency_ms if needs.latency_ms > 0 else math.inf,
                    reason=(
                        f"p99 {what} about {format_ms(value)} ({t.latency.parts}{t.latency_note}), over your "
                        f"{format_ms(needs.latency_ms)}"
                    ),
                )
            )
    if t.needs_team and not needs.team:
        out.append(
            Broken(
                constraint="team",
                reason="nobody on the team runs GPU inference; self-hosting needs ML or MLOps engineers",
            )
        )
    return out
