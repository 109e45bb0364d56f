"""A rule on who may receive the data, by where the company is based ("nothing may go to a US company"): read as
said, kept apart from where the processing stays, and binding the advice (every option from such a company is
excluded, with the reason)."""

from __future__ import annotations

import pytest

from assistant.decision.rules import provider_data
from assistant.interview.reading import parse_message
from assistant.interview.whatif import detect
from tests.profiles import conversation


def excluded(text: str) -> object:
    return {u.field: u.value for u in parse_message(text).updates}.get("vendor_homes_excluded")


@pytest.mark.parametrize(
    ("text", "homes"),
    [
        ("no data may be sent to any American provider", ["us"]),
        ("Legal says: no American AI companies, period.", ["us"]),
        ("US hyperscalers are a no-go for us (Schrems II)", ["us"]),
        ("we avoid US-owned cloud providers entirely", ["us"]),
        ("US providers are out, legal was clear", ["us"]),
        ("We cannot use Chinese model providers like DeepSeek.", ["cn"]),
        ("ok with any API really, but no chinese vendors pls", ["cn"]),
        ("only European providers please", ["us", "cn"]),
        ("we can't use US-based providers", ["us"]),
        ("Legal says a US provider is not acceptable, also not with an EU region, because of the CLOUD Act.", ["us"]),
        ("US providers are not allowed", ["us"]),
        ("Chinese vendors are simply not an option", ["cn"]),
        ("The vendor must be an EU-based company.", ["us", "cn"]),
        ("no non-EU companies get our data", ["us", "cn"]),
        (
            "Neither US nor Chinese vendors are acceptable to our board. No US companies, no Chinese companies.",
            ["us", "cn"],
        ),
        # the cloud by its owner's nationality (probe 58)
        (
            "we are small clinic group in Lyon, patient notes cannot go to american cloud, but OVH in France is fine",
            ["us"],
        ),
        ("nothing of ours on American-owned clouds", ["us"]),
    ],
)
def test_a_rule_against_companies_from_a_country_is_stored(text: str, homes: list[str]) -> None:
    assert excluded(text) == homes


@pytest.mark.parametrize(
    "text",
    [
        "can we send it to a US company?",
        "is a US provider ok for GDPR?",
        "we sold nothing to a US company last year",
        "our data goes to a US company today",
        "our customers are US companies",
        "we are a US company, no compliance",
        "We don't have a preference, US providers are fine",
        "a US provider is acceptable to us",
        "no PCI, we use a US provider today",
        "we used to avoid US vendors but not anymore",
        "unlike our competitors we have no problem with US vendors",
        "no US servers",  # where, not who: a residency rule
        "we can't use american cloud regions",  # a place
        "no US cloud regions for us",
        "is an American cloud ok for patient notes?",
    ],
)
def test_no_rule_on_who_gets_the_data_is_stored_otherwise(text: str) -> None:
    assert excluded(text) is None


def test_where_the_processing_stays_is_still_a_region() -> None:
    facts = {u.field: u.value for u in parse_message("our data must not be sent to the US").updates}
    assert facts.get("data_region") == "not_us"
    assert "vendor_homes_excluded" not in facts


def test_a_permission_beside_the_rule_keeps_the_other_vendors_allowed() -> None:
    facts = {
        u.field: u.value for u in parse_message("We are fine with any API provider, but no Chinese vendors.").updates
    }
    assert facts.get("data_boundary") == "any_vendor" and facts.get("vendor_homes_excluded") == ["cn"]


def test_every_provider_says_where_it_is_based() -> None:
    homes = {row.provider: row.home for row in provider_data().providers}
    assert homes["openai"] == homes["anthropic"] == homes["azure"] == homes["aws"] == "us"
    assert homes["mistral"] == "eu" and homes["deepseek"] == "cn"
    assert all(h is not None for h in homes.values())


def test_no_us_company_excludes_us_apis_and_cloud_deployments_with_the_reason(catalog) -> None:
    _, session = conversation(
        catalog,
        "about 5M tokens a day, mostly input, 2 ML engineers, open models are fine, steady, no compliance",
        "client confidentiality matters: nothing can go to a US company",
        "just tell me",
    )
    analysis = session.analyze_baseline()
    us_names = ("GPT", "Claude", "Gemini", "Azure", "Bedrock", "Vertex", "Together", "Groq", "Meta", "Grok")
    assert not any(n in analysis.chosen.name for n in us_names)
    gpt5 = next(o for o in analysis.excluded if o.name == "GPT-5")
    assert gpt5.constraint == "data_boundary" and "US company" in gpt5.reason
    mistral = [o for o in analysis.excluded if o.name.startswith("Mistral")]  # a European company's API
    assert all(o.constraint != "data_boundary" for o in mistral)
    assert "no US company may receive the data" in session.turns[1].assistant  # told back in plain words


@pytest.mark.parametrize(
    ("text", "homes"),
    [
        ("what if no US company may get the data?", ["us"]),
        ("what if we had to avoid Chinese vendors", ["cn"]),
        ("what if we could only use European providers?", ["us", "cn"]),
    ],
)
def test_a_rule_on_vendors_is_a_what_if(text: str, homes: list[str]) -> None:
    change = detect(text)
    assert change is not None and change.exclude_vendor_homes == homes
