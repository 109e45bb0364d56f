"""Where the data may go, when the stricter place is only a wish: "on-prem preferred, but a public API is not ok"
rules out public APIs (the data may stay in the team's own cloud tenant), it does not make own servers the rule.
A rule said after a comma stands beside a wish about something else ("it would be nice to have GPT-5 quality, data
must stay on our own servers")."""

from __future__ import annotations

import pytest

from tests.reading import facts as read


@pytest.mark.parametrize(
    "text",
    [
        "on-prem preferred, but a public API is not ok",
        "Ideally on our own servers; a public API is a no-go though.",
        "on-prem would be nice, but a public API is not allowed",
        "own datacenter would be ideal. third-party APIs are out of the question",
        "we'd prefer in-house hosting, no public APIs",
        "Preferably our own servers. External APIs are forbidden by our security team.",
    ],
)
def test_a_wished_own_server_beside_no_public_api_is_the_own_cloud(text: str) -> None:
    assert read(text).get("data_boundary") == "cloud_tenant"


@pytest.mark.parametrize(
    "text",
    [
        "data must stay on-prem, public APIs are not ok",
        "it has to run on our own servers, a public API is not allowed",
        "we prefer GPT-5 but data must stay on our own servers",
        "it would be nice to have GPT-5 quality, data must stay on our own servers",
        "would be great to use Claude, but everything has to stay on our own hardware",
    ],
)
def test_an_own_server_rule_stays_on_prem(text: str) -> None:
    assert read(text).get("data_boundary") == "on_prem"


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("latency would be nice under a second, data has to stay in the EU", "eu"),
        ("a cheaper model would be great, the data must remain in the EU", "eu"),
    ],
)
def test_a_residency_rule_after_a_wish_stands(text: str, region: str) -> None:
    facts = read(text)
    assert facts.get("data_region") == region
    assert "data_residency" in (facts.get("compliance") or [])
