"""Data residency that names a region (issue 10, probe 4): the region read from what people say (never from where
the company merely is), providers' in-region processing offers as sourced data, options kept or excluded by
where they process, dedicated deployments priced from the catalog's regional entries, and the answer saying
where the chosen option runs.

Expected prices are the snapshot's list prices read by hand: Claude Haiku 4.5 on Bedrock, global profile
$1.00 in / $5.00 out per million tokens, regional entry $1.10 / $5.50.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.decision.analysis import analyze
from assistant.decision.constraints import Traits, check, needs_from
from assistant.decision.inputs import AnalysisOptions
from assistant.decision.rules import provider_data, rules
from assistant.interview.facts import WorkloadProfile
from assistant.interview.reading.message import parse_message
from assistant.interview.reading.region import asked_region, read_region
from assistant.interview.whatif import detect
from assistant.vocab import REGION_LABELS
from tools.api_cost import Workload
from tools.catalog import Catalog
from tools.compare import ComparisonInput, compare, dedicated_price


def profile(**facts: object) -> WorkloadProfile:
    p = WorkloadProfile()
    for k, v in facts.items():
        p.set(k, v, quote=f"user said {k}")
    return p


def said(text: str, expecting: list[str] | None = None) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text, expecting or []).updates}


# ------------------------------------------------------------------ reading the region


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("GDPR yes ofc, data of customers must stay in europe, no us servers pls", "eu"),
        ("Everything has to be hosted in the EU.", "eu"),
        ("EU-only hosting, that's a hard requirement", "eu"),
        ("we need EEA data residency", "eu"),
        ("data residency: European Union", "eu"),
        ("only european providers can touch it", "eu"),
        ("patient records cannot leave Germany", "de"),
        ("all data must remain in Switzerland", "ch"),
        ("UK data residency applies to us", "uk"),
        ("our customers' data needs to stay in Canada", "ca"),
        ("must be processed within India only", "in"),
        ("Australian data must stay in Australia", "au"),
        ("data has to stay in japan", "jp"),
        ("No US servers.", "not_us"),
        ("nothing should go to the US", "not_us"),
        ("we are a German bank and the data must stay in the country", "de"),
        ("we are in EU not USA. data must stay in europe", "eu"),
        ("must stay in Germany, which is in the EU anyway", "de"),
        ("Hosting must be in Frankfurt", "de"),
        ("GDPR -> data in EU only", "eu"),
        ("we can't use US-hosted servers", "not_us"),  # "US-based providers" is who, not where: test_vendor_home
        ("Our DPO says nothing may be processed outside the EEA", "eu"),
        ("Residency requirement: UK only.", "uk"),
        ("we need Swiss hosting", "ch"),
        ("data shouldn't leave europe", "eu"),
        ("its all gotta stay in the eu, legal insists", "eu"),
        ("data stays in-country (we're a Japanese company)", "jp"),
    ],
)
def test_a_residency_rule_names_its_region_in_many_voices(text: str, region: str) -> None:
    assert read_region(text) == (region, False)
    facts = said(text)
    assert facts["data_region"] == region
    compliance = facts["compliance"]
    assert isinstance(compliance, list) and "data_residency" in compliance


@pytest.mark.parametrize(
    "text",
    [
        "ciao! we are small company from Bologna, we do chatbot for insurance claims (italian customers)",
        "we're a German company, about 40 people",
        "we are based in Toronto",
        "our users are mostly in the US and Europe",
        "no data residency rule, data can go anywhere",
        "it doesn't have to stay in europe",
        "does the data have to stay in the EU?",
        "keep it with us, we'll decide later",
        "GDPR applies",
        "we use EU hosting today but could move",
        "we're a startup in London",
        "everything runs in AWS eu-central-1 today",
        "we have data residency rules",
    ],
)
def test_where_the_company_is_or_a_denied_rule_names_no_region(text: str) -> None:
    assert read_region(text) == (None, False)
    assert "data_region" not in said(text)


def test_regions_that_do_not_fit_together_are_asked_about() -> None:
    result = parse_message("data must stay in Canada and must stay in Japan")
    assert "data_region" in result.clarify
    assert "data_region" not in result.fields()


def test_a_bare_place_answers_the_which_region_question() -> None:
    assert said("EU", ["data_region"])["data_region"] == "eu"
    assert said("in germany please", ["data_region"])["data_region"] == "de"
    assert "data_region" not in said("EU")  # not asked: a bare place says nothing


def test_the_region_is_kept_with_the_users_words() -> None:
    session = AdvisorSession(load_catalog(), AnalysisOptions())
    advisor = Advisor(OfflineAdvisorModel(), None)
    asyncio.run(advisor.turn(session, "we are an italian insurer, 50M tokens a day, mostly input"))
    asyncio.run(advisor.turn(session, "GDPR yes, data of customers must stay in europe, no us servers pls"))
    fact = session.profile.facts["data_region"]
    assert fact.value == "eu" and fact.said and fact.quote and "europe" in fact.quote
    assert set(session.profile.regimes()) == {"gdpr", "data_residency"}


def load_catalog() -> Catalog:
    from tools.catalog import load_catalog as load

    return load()


# ------------------------------------------------------------------ the data


def test_every_region_offer_is_sourced_and_no_global_endpoint_counts() -> None:
    for row in provider_data().providers:
        proc = row.processing
        if proc is None:
            continue
        assert proc.url or proc.source.kind == "assumption", row.provider
        assert proc.source.as_of
        for offer in proc.offers:
            assert offer.region in REGION_LABELS
            assert "global" not in offer.where.lower(), (row.provider, offer.where)


def test_providers_known_to_process_in_the_eu() -> None:
    data = provider_data()
    in_eu = {p.provider for p in data.providers if p.region_offer("eu") is not None}
    assert {"mistral", "openai", "azure", "aws", "vertex"} <= in_eu
    assert not {"anthropic", "google", "deepseek", "groq", "together"} & in_eu
    # a country inside the EU is not met by an EU-wide zone, only by a region in that country
    assert data.get("azure").region_offer("de") is not None
    assert data.get("aws").region_offer("de") is None
    # anywhere but the US is met by an EU offer
    assert data.get("aws").region_offer("not_us") is not None


def test_the_residency_rule_reads_differently_once_the_region_is_named() -> None:
    rule = rules().regimes["data_residency"]
    assert rule.boundary == "cloud_tenant" and "no region named" in rule.source.section
    assert rule.named_region is not None and rule.named_region.boundary == "any_vendor"


# ------------------------------------------------------------------ constraints


def api(provider: str, hosting: str = "public_api") -> Traits:
    return Traits.model_validate(
        {"kind": "api", "hosting": hosting, "tier": "strong", "fine_tunable": False, "provider": provider}
    )


def test_eu_residency_keeps_an_eu_hosted_api_and_excludes_one_without_an_eu_offer() -> None:
    needs = needs_from(profile(compliance=["data_residency", "gdpr"], data_region="eu"))
    assert needs.boundary == "any_vendor" and needs.region == "eu"
    assert check(api("mistral"), needs) == []
    assert check(api("openai"), needs) == []
    [broken] = check(api("anthropic"), needs)
    assert broken.constraint == "data_boundary"
    assert "outside the EU" in broken.reason and "Anthropic" in broken.reason
    [broken] = check(api("groq"), needs)
    assert "outside the EU" in broken.reason and "no way to keep" in broken.reason


def test_a_country_rule_keeps_only_providers_with_a_region_there() -> None:
    needs = needs_from(profile(compliance=["data_residency"], data_region="de"))
    assert check(api("azure", "dedicated_cloud"), needs) == []
    [broken] = check(api("aws", "dedicated_cloud"), needs)
    assert "outside Germany" in broken.reason
    assert [b.constraint for b in check(api("mistral"), needs)] == ["data_boundary"]
    rented = Traits.model_validate(
        {"kind": "self_host", "hosting": "cloud_self_host", "tier": "strong", "fine_tunable": True}
    )
    assert check(rented, needs) == []


def test_no_us_servers_keeps_what_can_process_elsewhere() -> None:
    needs = needs_from(profile(compliance=["data_residency"], data_region="not_us"))
    assert check(api("aws", "dedicated_cloud"), needs) == []
    assert check(api("mistral"), needs) == []
    [broken] = check(api("anthropic"), needs)
    assert "in the US" in broken.reason


def test_residency_without_a_region_stays_conservative_and_says_it_is_assumed() -> None:
    needs = needs_from(profile(compliance=["data_residency"]))
    assert needs.boundary == "cloud_tenant" and needs.region is None
    assert [b.constraint for b in check(api("mistral"), needs)] == ["data_boundary"]
    assert any("which region was not said" in n for n in needs.notes)


# ------------------------------------------------------------------ pricing


def test_in_region_a_bedrock_deployment_is_priced_from_the_regional_entry(catalog: Catalog) -> None:
    global_price = dedicated_price("claude-haiku-4.5", catalog)
    regional = dedicated_price("claude-haiku-4.5", catalog, in_region=True)
    assert global_price is not None and regional is not None
    assert "global." in global_price.source.section
    assert "regional." in regional.source.section and "global." not in regional.source.section
    assert (regional.price.input_usd_per_mtok, regional.price.output_usd_per_mtok) == (1.10, 5.50)
    assert (global_price.price.input_usd_per_mtok, global_price.price.output_usd_per_mtok) == (1.0, 5.0)


def test_without_a_regional_entry_the_global_price_is_used_and_said(catalog: Catalog) -> None:
    azure = dedicated_price("gpt-4o", catalog, in_region=True)
    assert azure is not None and azure.notes
    assert "regional price not in the catalog" in azure.notes[0]
    wl = Workload.from_total(1e9, 0.8, per="month")
    result = compare(ComparisonInput(workload=wl, models=["gpt-4o"], gpu_types=[], in_region=True), catalog)
    [row] = [o for o in result.options if o.kind == "dedicated_deployment"]
    assert "regional price not in the catalog" in row.detail and "azure / gpt-4o" in row.source


def test_under_eu_residency_the_bedrock_price_is_not_the_global_profile(catalog: Catalog) -> None:
    # 9B input + 1.8B output a month: regional $1.10 / $5.50 gives 9,000 x 1.10 + 1,800 x 5.50 = $19,800
    p = profile(
        tokens_per_month=10.8e9,
        input_share=9 / 10.8,
        traffic_shape="business_hours",
        compliance=["data_residency", "gdpr"],
        data_region="eu",
        quality="open_weight_ok",
        candidate_models=["claude-haiku-4.5"],
    )
    a = analyze(p, catalog)
    bedrock = [r for r in a.table if r.kind == "dedicated_deployment" and "Bedrock" in r.name]
    assert bedrock and all("global." not in r.source for r in bedrock)
    haiku = next(r for r in bedrock if r.name.startswith("Claude Haiku 4.5"))
    assert haiku.monthly_usd == pytest.approx(19_800)
    assert "regional.anthropic.claude-haiku-4-5" in haiku.source
    assert any("regional.anthropic.claude-haiku-4-5" in s for s in a.price_sources)


# ------------------------------------------------------------------ the decision and its words


def test_eu_residency_decision_keeps_eu_apis_and_names_where_it_runs(catalog: Catalog) -> None:
    p = profile(
        tokens_per_month=1.5e9,
        input_share=0.8,
        traffic_shape="business_hours",
        compliance=["data_residency", "gdpr"],
        data_region="eu",
        quality="open_weight_ok",
    )
    a = analyze(p, catalog)
    assert a.option == "api"  # a public API that can process in the EU is no longer excluded by residency
    assert a.runs_in.startswith("in the EU: ") and a.reasons[0] == f"runs {a.runs_in}"
    provider = next(r for r in provider_data().providers if r.name in a.runs_in)
    assert provider.region_offer("eu") is not None
    out = {e.name: e for e in a.excluded}
    claude = out["Claude Haiku 4.5"]
    assert claude.constraint == "data_boundary" and "outside the EU" in claude.reason
    assert any("data residency" in c and "in the EU" in c for c in a.constraints)


def test_without_a_region_the_same_profile_is_kept_off_public_apis(catalog: Catalog) -> None:
    p = profile(
        tokens_per_month=1.5e9,
        input_share=0.8,
        traffic_shape="business_hours",
        compliance=["data_residency", "gdpr"],
        quality="open_weight_ok",
    )
    a = analyze(p, catalog)
    assert a.option in ("dedicated_deployment", "self_host")
    assert a.runs_in == ""
    assert all("global." not in r.source for r in a.table if r.kind == "dedicated_deployment")


def test_residency_without_a_region_asks_which_region_once(catalog: Catalog) -> None:
    session = AdvisorSession(catalog, AnalysisOptions())
    advisor = Advisor(OfflineAdvisorModel(), None)
    lines = [
        "about 40M tokens a day, mostly input, steady traffic",
        "we have data residency requirements, nothing else",
        "a good open-weight model is enough",
        "no ML engineers, no GPUs, no kubernetes",
    ]
    replies: list[str] = []
    for line in lines:  # until the question comes: before the first recommendation (the region can flip it)
        replies.append(asyncio.run(advisor.turn(session, line)).assistant)
        if "Which region must the data stay in" in replies[-1]:
            break
    assert "Which region must the data stay in" in replies[-1]
    assert not any("### Recommendation" in r for r in replies)
    assert sum("Which region must the data stay in" in r for r in replies) == 1
    reply = asyncio.run(advisor.turn(session, "the EU")).assistant
    assert session.profile.get("data_region") == "eu"
    a = session.current()
    assert a is not None and a.runs_in.startswith("in the EU")
    assert "in the EU" in reply


@pytest.mark.parametrize(
    ("question", "region"),
    [
        ("Is there a model good enough without sending CVs to the US?", "not_us"),
        ("could the data stay in the EU instead?", "eu"),
        ("is there a european provider we could use?", "eu"),
        ("what if it has to stay in Canada?", "ca"),
        ("can we keep it in our region?", None),
    ],
)
def test_a_question_about_keeping_data_somewhere_names_its_region(question: str, region: str | None) -> None:
    assert asked_region(question) == region


def test_asking_to_keep_data_in_a_region_prices_the_options_that_process_there(catalog: Catalog) -> None:
    session = AdvisorSession(catalog, AnalysisOptions())
    advisor = Advisor(OfflineAdvisorModel(), None)
    base = (
        "we process 10M tokens a day, 80% input, steady traffic, no compliance, no ML engineers, open models are fine"
    )
    asyncio.run(advisor.turn(session, base))
    reply = asyncio.run(advisor.turn(session, "what if the data had to stay in the EU?")).assistant
    assert "With the data kept in the EU" in reply and "It runs in the EU: " in reply
    assert "| Claude Haiku 4.5 |" not in reply and "| DeepSeek V3.2" not in reply  # no EU processing known
    assert session.profile.get("data_region") is None  # the baseline is untouched


def test_a_what_if_change_carries_the_region() -> None:
    change = detect("what if the data had to stay in the EU?")
    assert change is not None and change.data_region == "eu" and "data_residency" in change.add_compliance
    new = change.apply_profile(profile(tokens_per_month=1e9))
    assert new.get("data_region") == "eu" and "data_residency" in new.regimes()
    plain = detect("what if we needed data residency?")
    assert plain is not None and plain.data_region is None


def test_the_script_json_keeps_its_shape_and_adds_where_it_runs(advisor: Callable[..., Any], tmp_path: Path) -> None:
    script = tmp_path / "turns.txt"
    script.write_text(
        "we are an italian insurer, about 50M tokens a day, mostly input, office hours traffic\n"
        "GDPR yes, data of customers must stay in europe, no us servers pls\n"
        "3 backend devs, nobody knows ML, no k8s, no GPUs\n"
        "we need Claude-class quality, frontier\n"
    )
    run = advisor("chat", "--script", str(script), "--json")
    assert run.code == 0, run.err
    out = run.json()
    assert {"value", "origin", "quote"} <= set(out["profile"]["data_region"])
    assert out["profile"]["data_region"]["value"] == "eu" and out["profile"]["data_region"]["origin"] == "said"
    rec = out["recommendation"]
    assert {"option", "monthly_usd", "model", "headline", "reasons"} <= set(rec)
    assert rec["runs_in"].startswith("in the EU: ")
    assert "global." not in rec["price_source"]
    for row in rec["excluded"]:
        in_a_cloud = any(cloud in row["name"] for cloud in ("Bedrock", "Vertex AI"))  # both can process in the EU
        if row["name"].startswith("Claude") and not in_a_cloud:
            assert row["constraint"] == "data_boundary" and "outside the EU" in row["reason"]
        if in_a_cloud:
            assert "outside the EU" not in row["reason"]


def test_where_it_runs_and_why_excluded_carry_no_figure_the_grounding_guard_would_question() -> None:
    from assistant.agent.grounding import numbers_in
    from assistant.decision.constraints import region_reason

    for row in provider_data().providers:
        for offer in row.processing.offers if row.processing else ():
            assert numbers_in(offer.where) == [], (row.provider, offer.where)
        for region in REGION_LABELS:
            assert numbers_in(region_reason(region, row)) == [], (row.provider, region)


def test_a_language_is_not_a_place() -> None:
    assert read_region("answers must be in Italian, italian must be perfect") == (None, False)
    assert read_region("replies should be in German; the data must stay in Germany") == ("de", False)
    assert "data_region" not in said("answers in French please", ["data_region"])


def test_a_model_records_the_region_through_the_profile_tool(catalog: Catalog) -> None:
    from assistant.agent.tools import ProfileUpdate

    session = AdvisorSession(catalog, AnalysisOptions())
    session.profile.set("compliance", ["gdpr"], quote="GDPR applies")
    changed = session.update_from_tool(ProfileUpdate(data_region="eu", quote="data must stay in europe"))
    assert set(changed) == {"data_region", "compliance"}
    assert session.profile.get("data_region") == "eu"
    assert set(session.profile.regimes()) == {"gdpr", "data_residency"}
    other = AdvisorSession(catalog, AnalysisOptions())
    assert other.update_from_tool(ProfileUpdate(data_region="atlantis")) == []  # not a region: nothing recorded
