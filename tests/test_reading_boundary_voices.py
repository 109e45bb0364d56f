"""Where the data may go and which regimes apply, in voices the corpus lacked (procurement wording, non-native
writers, Slack-terse, hospital IT): each pattern in several phrasings, and near-misses that must store nothing."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.interview.reading.message import parse_message


def stored(text: str, asked: str | None = None) -> dict[str, Any]:
    return {u.field: u.value for u in parse_message(text, [asked] if asked else []).updates}


# --- the data already goes to a vendor today: any vendor is allowed ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we already send all our support tickets to Anthropic through the API",
        "we're already piping everything thru the claude api lol",
        "Our existing ticket data is already processed by Anthropic under an enterprise agreement.",
        "already we are passing the customer emails to OpenAI, it works well",
        "fwiw we already feed the chat logs into the OpenAI API every night",
    ],
)
def test_data_already_sent_to_a_vendor_allows_any_vendor(text: str) -> None:
    assert stored(text).get("data_boundary") == "any_vendor"


@pytest.mark.parametrize(
    "text",
    [
        "are we already sending data to OpenAI?",
        "our competitor already sends everything to OpenAI",
        "we used to send everything to OpenAI but legal stopped it",
        "if we already send it to Anthropic, what changes?",
        "already tried the OpenAI API in a demo, with fake data",
    ],
)
def test_a_vendor_named_without_our_data_going_there_stores_nothing(text: str) -> None:
    assert "data_boundary" not in stored(text)


# --- any vendor will do ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("any provider works, we don't care who hosts it", "data_boundary"),
        ("honestly we can use whichever provider we like", None),
        ("We do not mind who processes it, any API is fine.", "data_boundary"),
        ("there are no restrictions on where the data goes", None),
        ("we send tickets to anthropic and security is ok with it", None),
        ("We already use OpenAI and Anthropic API with no-training agreement and legal team is fine with that.", None),
    ],
)
def test_any_vendor_said_in_other_words(text: str, asked: str | None) -> None:
    assert stored(text, asked).get("data_boundary") == "any_vendor"


@pytest.mark.parametrize(
    "text",
    [
        "do we care who hosts it?",
        "our CISO cares a lot about who hosts it",
        "is legal fine with openai?",
        "we use openai, but legal is not fine with that",
        "are there any rules about where the data goes?",
    ],
)
def test_any_vendor_near_misses_store_nothing(text: str) -> None:
    assert stored(text).get("data_boundary") != "any_vendor"


def test_no_rules_about_where_the_data_goes_is_no_regime() -> None:
    # the boundary, not the regulation: no compliance "none" from "no rules"
    assert "compliance" not in stored("no rules about where our data ends up")


# --- procurement wording for the buyer's own cloud ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "All Customer Data shall remain within the Customer's Microsoft Azure subscription.",
        "Hosting: customer-managed AWS VPC. No third-party subprocessors.",
        "the data must stay inside the company's own AWS account",
        "Deployment target: client-owned Azure tenant",
        "it has to stay in our gcp projct, cant go to openai direct",
    ],
)
def test_the_buyers_own_cloud_in_contract_words_is_cloud_tenant(text: str) -> None:
    assert stored(text).get("data_boundary") == "cloud_tenant"


# --- no network of any kind: air gapped ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "no network at all on those machines",
        "the lab has no internet whatsoever",
        "disconnected site, no internet whatsoever",
        "The servers have no network connection of any kind.",
        "offline network, sneakernet only",
    ],
)
def test_no_network_at_all_is_air_gapped(text: str) -> None:
    facts = stored(text, "data_boundary")
    assert facts.get("data_boundary") == "air_gapped"
    assert "air_gapped" in facts.get("compliance", [])


@pytest.mark.parametrize(
    "text",
    [
        "I wonder if an air-gapped setup would even be possible for us",
        "would an air-gapped install even be feasible?",
        "at my last job everything was air-gapped",
        "the bank we sell to is air-gapped",
        "no network issues at all so far",
    ],
)
def test_an_air_gap_wondered_about_or_of_others_stores_nothing(text: str) -> None:
    facts = stored(text)
    assert "data_boundary" not in facts
    assert "air_gapped" not in facts.get("compliance", [])


# --- someone else's own data centre -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "our partner bank runs everything in their own data center",
        "Many of our customers are hospitals that run everything on-premise.",
        "the insurer keeps it on their own servers, we just get the exports",
        "some of our clients insist on on-prem deployments, others are fine with SaaS",
        "our partner hospital hosts it in its own datacenter",
    ],
)
def test_someone_elses_own_facility_is_not_our_boundary(text: str) -> None:
    assert "data_boundary" not in stored(text)


@pytest.mark.parametrize(
    "text",
    [
        "Patient data never leaves our own servers here at the hospital.",
        "The data are not allowed to leave our building, everything must run on our own hardware.",
        "our own boxes, nothing in the cloud",
        "It stays on our own hardware. Full stop.",
        "we need that the data stay in our servers, in our datacenter in Campinas",
    ],
)
def test_our_own_machines_are_on_prem(text: str) -> None:
    assert stored(text, "data_boundary").get("data_boundary") == "on_prem"


# --- regimes: a resemblance, a vendor's report, a denial after the list -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we keep HIPAA-like rules internally but we're not actually covered by HIPAA",
        "we follow GDPR-style consent rules, we're a US-only app",
        "HIPAA-style safeguards are applied internally, although we are not a covered entity.",
        "our controls are SOC2-ish, no audit though",
        "PCI-like tokenisation for the card-free parts, that's all",
    ],
)
def test_a_regime_named_as_a_resemblance_is_not_stored(text: str) -> None:
    assert not set(stored(text, "compliance").get("compliance", [])) & {"hipaa", "gdpr", "soc2", "pci_dss"}


@pytest.mark.parametrize(
    "text",
    [
        "our vendors all have SOC 2 reports",
        "We only select vendors who can provide a SOC 2 Type II report.",
        "Anthropic sent us their SOC 2 report last week, looked fine",
        "Our provider has SOC 2 and ISO 27001, so it is fine for us.",
        "does OpenAI have SOC 2?",
    ],
)
def test_a_vendors_attestation_is_not_our_regime(text: str) -> None:
    assert "soc2" not in stored(text, "compliance").get("compliance", [])


def test_our_own_soc2_beside_vendors_is_kept() -> None:
    assert stored("we're SOC 2 type II ourselves", "compliance").get("compliance") == ["soc2"]


@pytest.mark.parametrize(
    "text",
    [
        "banks have PCI and all that, we don't",
        "bigger clinics deal with HIPAA, we aren't",
        "FedRAMP, we don't.",
    ],
)
def test_a_regime_denied_after_it_is_not_stored(text: str) -> None:
    assert not set(stored(text).get("compliance", [])) & {"pci_dss", "hipaa", "fedramp"}


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Compliance isn't a factor here.", None),
        ("nah no compliance", "compliance"),
        ("nope, nothing regulated", "compliance"),
        ("regulation isn't an issue for us", None),
        ("no compliance stuff, it's a hobby project", "compliance"),
    ],
)
def test_no_regime_said_plainly_is_none(text: str, asked: str | None) -> None:
    assert stored(text, asked).get("compliance") == ["none"]


@pytest.mark.parametrize("text", ["compliance is a factor for us", "regulation is a big issue here"])
def test_compliance_said_to_matter_is_not_none(text: str) -> None:
    assert stored(text).get("compliance") != ["none"]


@pytest.mark.parametrize(
    "text",
    [
        "we're a fintech",
        "we're a hospital",
        "we mostly work with insurance companies",
        "We serve public sector clients.",
    ],
)
def test_an_industry_alone_is_no_regime(text: str) -> None:
    assert "compliance" not in stored(text, "compliance")
