"""A rule on which vendors may get the data, said by their region: "EU-based vendors only", "the vendor has to be
European", "no American companies" (``vendor_homes_excluded``: where no company receiving the data may be based);
"any provider in EU is ok. not US please" (providers in the EU allowed beside the US ruled out: the data stays in the
EU, and no US company gets it); "must be hosted in Europe, vendor nationality doesn't matter" (where the processing
stays, no rule on who). Questions, someone else's rule, permissions and "not us" the pronoun set nothing."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message

OUTSIDE_EU = ["us", "cn"]


def _said(text: str) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text).updates}


@pytest.mark.parametrize(
    "text",
    [
        "EU-based vendors only",
        "European providers only pls",
        "Our DPO: the vendor has to be European. Where it hosts is secondary.",
        "we'd only work with an EU company",
        "eu vendors exclusively, thats what legal wants",
    ],
)
def test_only_eu_vendors(text: str) -> None:
    assert _said(text).get("vendor_homes_excluded") == OUTSIDE_EU


@pytest.mark.parametrize(
    "text",
    [
        "any provider in EU is ok. not US please, our lawyer dont like it",
        "providers in the EU are fine. Not US!",
        "any provider based in europe is ok, no americans pls",
    ],
)
def test_eu_providers_allowed_and_the_us_ruled_out(text: str) -> None:
    facts = _said(text)
    assert facts.get("data_region") == "eu"
    assert "data_residency" in facts.get("compliance", [])  # type: ignore[operator]
    assert facts.get("vendor_homes_excluded") == ["us"]


def test_hosted_in_europe_whoever_the_vendor_is() -> None:
    facts = _said("must be hosted in Europe, vendor nationality doesn't matter")
    assert facts.get("data_region") == "eu"
    assert "vendor_homes_excluded" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "is it ok to use a provider not US based?",
        "it's not us who decides, any provider works",
        "EU providers are fine too, US also ok",
        "our competitor only works with EU vendors",
        "we used to only use European providers, not anymore",
        "we use an API provider, not US time zone though",
        "providers in the EU are fine",  # a permission, no rule
    ],
)
def test_no_vendor_rule_from_questions_permissions_or_others(text: str) -> None:
    facts = _said(text)
    assert "vendor_homes_excluded" not in facts
    assert facts.get("data_region") is None


@pytest.mark.parametrize(
    "text",
    [
        "providers in europe ok. US ok too.",
        "providers in the EU are fine, US ones too honestly",
        "Providers in the EU are acceptable, as are providers in the United States.",
    ],
)
def test_providers_of_several_places_allowed_is_no_residency_rule(text: str) -> None:
    facts = _said(text)
    assert "data_residency" not in (facts.get("compliance") or [])  # type: ignore[operator]
    assert facts.get("data_region") is None
