"""What a regime asks of an API provider (``assistant/decision/data/providers.toml``): a SOC 2 Type II report,
a HIPAA business associate agreement, lawful EU transfers. An API whose provider lacks one is excluded, with
the provider and the evidence named; self-hosting signs nothing with anyone."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest
from pydantic import ValidationError

from assistant.decision.analysis import analyze
from assistant.decision.constraints import Traits, check, needs_from
from assistant.decision.rules import DATA, ProviderCompliance, ProviderData, provider_data
from assistant.interview.facts import WorkloadProfile
from tools.catalog import Catalog


def profile(**facts: Any) -> WorkloadProfile:
    p = WorkloadProfile()
    for k, v in facts.items():
        p.set(k, v)
    return p


def api(provider: str | None, **kw: Any) -> Traits:
    return Traits.model_validate(
        {"kind": "api", "hosting": "public_api", "tier": "strong", "fine_tunable": False, "provider": provider, **kw}
    )


def reasons(t: Traits, p: WorkloadProfile) -> list[str]:
    return [b.reason for b in check(t, needs_from(p)) if b.constraint == "data_boundary"]


# ---------------------------------------------------------------- the data


def test_every_provider_the_catalog_prices_has_a_row(catalog: Catalog) -> None:
    priced = {p.provider for p in catalog.api.values()} | {"azure", "aws"}  # dedicated deployments
    listed = {p.provider for p in provider_data().providers}
    assert priced <= listed, priced - listed


def test_every_row_says_where_it_was_checked_and_when() -> None:
    for row in provider_data().providers:
        assert row.url is not None or row.source.kind == "assumption", row.provider
        assert row.source.as_of[:4].isdigit()
        assert row.name and row.name != row.provider  # people read "DeepSeek's API", not "deepseek"


def test_a_row_without_evidence_must_be_an_assumption() -> None:
    vendor = {"kind": "vendor", "title": "Trust page", "as_of": "2026-01"}
    with pytest.raises(ValidationError, match="must be marked assumption"):
        ProviderCompliance(provider="x", name="X's API", soc2_type2=True, source=vendor)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="https"):
        ProviderCompliance(provider="x", name="X", url="http://x.example", source=vendor)  # type: ignore[arg-type]
    raw = tomllib.loads((DATA / "providers.toml").read_text())
    twice = {"providers": [raw["providers"][0], raw["providers"][0]]}
    with pytest.raises(ValidationError, match="listed twice"):
        ProviderData.model_validate(twice)


# ---------------------------------------------------------------- SOC 2


def test_soc2_keeps_apis_whose_provider_has_a_report_and_excludes_the_rest() -> None:
    p = profile(compliance=["soc2"])
    for provider in ("openai", "anthropic", "azure", "aws", "mistral"):
        assert reasons(api(provider), p) == [], provider
    (why,) = reasons(api("deepseek", kind="managed_open_weight"), p)
    assert why.startswith("SOC 2: DeepSeek's API has no SOC 2 Type II report (")
    assert "2026" in why  # the date of the evidence


def test_soc2_with_a_provider_nobody_has_checked_asks_for_the_report() -> None:
    p = profile(compliance=["soc2"])
    (why,) = reasons(api("some-new-host", kind="managed_open_weight"), p)
    assert why == "SOC 2: no SOC 2 Type II report is known from some-new-host; ask them for one"
    (meta,) = reasons(api("meta", kind="managed_open_weight"), p)  # listed, but nothing found for it
    assert meta == "SOC 2: no SOC 2 Type II report is known from Meta's Llama API; ask them for one"


def test_no_regime_no_vendor_requirement() -> None:
    assert reasons(api("deepseek", kind="managed_open_weight"), profile(compliance=["none"])) == []


def test_self_hosting_needs_no_report_from_anyone() -> None:
    p = profile(compliance=["soc2", "hipaa"])
    host = Traits(kind="self_host", hosting="cloud_self_host", tier="strong", fine_tunable=True, provider=None)
    assert reasons(host, p) == []


def test_a_saas_under_soc2_is_not_sent_to_deepseek(catalog: Catalog) -> None:
    # 900M tokens a month, nobody runs GPUs, an open-weight model is fine: without SOC 2 the cheapest strong
    # option is DeepSeek's own API; under SOC 2 it is excluded with its reason and another option wins
    facts: dict[str, Any] = {
        "tokens_per_month": 900e6,
        "input_share": 0.7,
        "team": {"ml_engineers": 0, "devops": 2},
        "quality": "open_weight_ok",
    }
    free = analyze(profile(**facts), catalog)
    assert "DeepSeek" in free.chosen.name
    a = analyze(profile(**facts, compliance=["soc2"]), catalog)
    assert a.feasible and "DeepSeek" not in a.chosen.name
    assert a.chosen.monthly_usd > free.chosen.monthly_usd
    (ds,) = [e for e in a.excluded if e.name == free.chosen.name]
    assert ds.constraint == "data_boundary" and "has no SOC 2 Type II report" in ds.reason
    assert any(
        r.startswith("SOC 2 does not rule out APIs, but only providers that have their own SOC 2") for r in a.reasons
    )


# ---------------------------------------------------------------- HIPAA and GDPR from the same table


def test_hipaa_follows_each_providers_agreement() -> None:
    p = profile(compliance=["hipaa"])
    for provider in ("openai", "anthropic", "google", "azure", "aws", "groq"):
        assert reasons(api(provider), p) == [], provider
    for provider in ("deepseek", "together", "mistral"):
        (why,) = reasons(api(provider, kind="managed_open_weight"), p)
        assert why.startswith("HIPAA needs a business associate agreement, and none is known from ")
        assert provider_data().get(provider).name in why


def test_gdpr_excludes_processing_where_eu_transfers_lack_safeguards() -> None:
    p = profile(compliance=["gdpr"])
    assert reasons(api("openai"), p) == []
    assert reasons(api("some-new-host"), p) == []  # unknown is not taken to be outside the EU's safeguards
    (why,) = reasons(api("deepseek", kind="managed_open_weight"), p)
    assert why == "GDPR: DeepSeek's API processes data where EU transfers lack safeguards"


def test_two_regimes_give_two_reasons() -> None:
    got = reasons(api("deepseek", kind="managed_open_weight"), profile(compliance=["soc2", "hipaa"]))
    assert len(got) == 2 and got[0].startswith("SOC 2: ") and got[1].startswith("HIPAA needs")
