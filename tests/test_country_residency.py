"""Data that must stay in a country with no region id of its own (Turkey, Saudi Arabia, Portugal...): the country
is kept beside the residency rule (``data_country``), no API or cloud deployment is recommended unless the catalog
knows an offer processing there, and what the user says about their own servers beside it is read as such.

The probe behind it: a Turkish bank ("Data must stay in Turkey", 8 A100s of its own) was asked which region and then
told to use Google Vertex AI; a Saudi operator's "in the Kingdom" was not read at all.
"""

from __future__ import annotations

import asyncio

import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.decision.analysis import analyze
from assistant.interview.facts import WorkloadProfile
from assistant.interview.reading.message import parse_message
from assistant.interview.whatif import detect
from tools.catalog import Catalog


def facts_of(text: str, expecting: list[str] | None = None) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text, expecting or []).updates}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("KVKK applies, and banking regulation BDDK. Data must stay in Turkey.", "Turkey"),
        ("customer data can't leave Türkiye, the regulator is strict", "Turkey"),
        ("all of it has to be hosted in Saudi Arabia", "Saudi Arabia"),
        ("we're a clinic chain, patient records must remain in New Zealand", "New Zealand"),
        ("We are a telecom operator in Saudi Arabia. Data must stay in the Kingdom per the regulator.", "Saudi Arabia"),
        ("Hospital group in Israel here; our data may not leave the country", "Israel"),
    ],
)
def test_the_country_a_rule_keeps_data_in_is_stored_by_name(text: str, country: str) -> None:
    facts = facts_of(text)
    assert facts.get("data_country") == country
    assert "data_residency" in facts.get("compliance", [])  # type: ignore[operator]
    assert "data_region" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "we are a Turkish bank",
        "our main office is in Turkey but data can go anywhere",
        "data must stay in Portugal or Greece",  # either of two: asked, not guessed
        "does the data have to stay in Turkey?",
    ],
)
def test_no_country_is_stored_where_no_single_country_rule_is_said(text: str) -> None:
    assert "data_country" not in facts_of(text)


def test_a_country_answers_the_which_region_question() -> None:
    assert facts_of("Turkey", ["data_region"]).get("data_country") == "Turkey"
    assert facts_of("in Saudi Arabia", ["data_region"]).get("data_country") == "Saudi Arabia"
    assert facts_of("Germany", ["data_region"]).get("data_region") == "de"


def test_a_region_and_a_country_replace_each_other() -> None:
    p = WorkloadProfile()
    p.set("data_country", "Turkey")
    p.set("data_region", "eu")
    assert not p.knows("data_country")
    p.set("data_country", "Turkey")
    assert not p.knows("data_region") and p.get("data_country") == "Turkey"


def _turkish_bank(**extra: object) -> WorkloadProfile:
    p = WorkloadProfile()
    facts: dict[str, object] = {
        "tokens_per_month": 1.26e9,
        "input_share": 0.8,
        "traffic_shape": "business_hours",
        "compliance": ["data_residency"],
        "data_country": "Turkey",
        "quality": "open_weight_ok",
        "team": {"ml_engineers": 6, "kubernetes": True},
        **extra,
    }
    for k, v in facts.items():
        p.set(k, v, quote=f"user said {k}")
    return p


def test_no_api_or_cloud_deployment_is_recommended_for_a_country_no_offer_processes_in(catalog: Catalog) -> None:
    a = analyze(_turkish_bank(), catalog)
    assert a.option == "self_host"
    assert a.runs_in.startswith("in Turkey: ")
    kept = [r for r in a.table if r.status != "set_aside"]
    assert kept and all(r.kind == "self_host" for r in kept)
    out = {e.name: e for e in a.excluded}
    vertex = next(e for n, e in out.items() if "Google Vertex AI" in n)
    assert vertex.constraint == "data_boundary" and "outside Turkey" in vertex.reason
    assert any("in Turkey" in c for c in a.constraints)


def test_gpus_owned_in_that_country_are_used(catalog: Catalog) -> None:
    p = _turkish_bank(owned_gpus={"gpu": "a100-80gb", "count": 8, "paid_for": True}, batch_ok=True)
    a = analyze(p, catalog)
    assert a.option == "self_host"
    assert "of your 8" in a.chosen.name and a.runs_in.startswith("in Turkey: on your own hardware")


def test_the_interview_does_not_ask_for_a_region_once_the_country_is_said(catalog: Catalog) -> None:
    session, advisor = AdvisorSession(catalog), Advisor(OfflineAdvisorModel(), None)
    lines = [
        "Call analytics at a bank: 35,000 calls per day, about 1,200 tokens in and 150 out each.",
        "Data must stay in Turkey. ML team of 6, on-prem OpenShift. Open-weight is fine.",
        "Calls come in 09:00-18:00 but overnight batch is ok",
    ]
    replies = [asyncio.run(advisor.turn(session, line)).assistant for line in lines]
    assert not any("Which region must the data stay in" in r for r in replies)
    assert "the data must stay in Turkey" in replies[1]
    # "on-prem OpenShift" describes where they run; the rule said is on the country, not on their own servers
    assert not session.profile.knows("data_boundary")
    a = session.current()
    assert a is not None and a.option == "self_host"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Data must stay in Turkey. ML team of 6, on-prem OpenShift.", None),
        ("Not cloud tenant. On-prem, on our own A100s in Istanbul.", "on_prem"),
        ("no public API. on-prem k8s with our own GPUs.", "on_prem"),
        ("We run everything on-prem on VMware and nothing may leave the building.", "on_prem"),
    ],
)
def test_where_they_run_is_a_rule_on_the_data_only_in_a_sentence_that_says_one(text: str, expected: str | None) -> None:
    assert facts_of(text).get("data_boundary") == expected


@pytest.mark.parametrize(
    "text",
    [
        "We have an ML team of 6, on-prem OpenShift, and 8 A100 80GB left from an earlier project.",
        "You didn't use our GPUs: we OWN 8 x A100 80GB in our Istanbul datacentre.",
        "Did you note we own 8 A100s?",
        "have you factored in that we have 8 A100 80GB sitting idle?",
    ],
)
def test_owned_gpus_said_in_passing_or_insisted_on_are_read(text: str) -> None:
    assert facts_of(text).get("owned_gpus") == {"gpu": "a100-80gb", "count": 8, "paid_for": True}


def test_on_prem_at_the_start_of_a_statement_is_no_what_if() -> None:
    assert detect("On-prem, on our own A100s in Istanbul.") is None
    change = detect("on H100s?")
    assert change is not None and change.gpu == "h100"


def test_facts_said_again_after_the_advice_are_acknowledged_not_called_unusable(catalog: Catalog) -> None:
    session, advisor = AdvisorSession(catalog), Advisor(OfflineAdvisorModel(), None)
    for line in [
        "35,000 calls per day, about 1,200 tokens in and 150 out each. Data must stay in Turkey.",
        "ML team of 6 and we own 8 A100 80GB. Open-weight is fine, overnight batch is ok, steady load.",
    ]:
        asyncio.run(advisor.turn(session, line))
    assert session.current() is not None
    reply = asyncio.run(advisor.turn(session, "You didn't use our GPUs: we OWN 8 x A100 80GB!")).assistant
    assert "Already noted" in reply and "8 A100 80GB" in reply
    assert "didn't find a change" not in reply and "Tell me more about the workload" not in reply
