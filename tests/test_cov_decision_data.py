"""The providers' processing data (``assistant.decision.rules.Processing``) refuses offers it cannot back: an offer
with no page to check it on must be marked an assumption, and the page must be an https address."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from assistant.decision.rules import Processing

VENDOR = {"kind": "vendor", "title": "Provider docs", "section": "data residency", "as_of": "2026-11"}
ASSUMED = {**VENDOR, "kind": "assumption"}
EU = [{"region": "eu", "where": "an EU endpoint"}]


def test_a_vendor_offer_without_a_page_is_refused() -> None:
    with pytest.raises(ValidationError, match="offers without a url must be marked assumption"):
        Processing.model_validate({"offers": EU, "source": VENDOR})


def test_a_page_that_is_not_https_is_refused() -> None:
    with pytest.raises(ValidationError, match="url must be an https address"):
        Processing.model_validate({"offers": EU, "url": "http://example.com/residency", "source": VENDOR})


def test_an_assumed_offer_or_a_vendor_one_with_its_https_page_is_kept() -> None:
    assumed = Processing.model_validate({"offers": EU, "source": ASSUMED})
    assert assumed.offers[0].where == "an EU endpoint"
    checked = Processing.model_validate({"offers": EU, "url": "https://example.com/residency", "source": VENDOR})
    assert checked.url == "https://example.com/residency"
