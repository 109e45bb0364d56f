"""Where the team runs things is no rule on the data, even as the answer to where the data may go ("3 ML engineers,
on-prem Kubernetes cluster in Riyadh"): asked again rather than stored. A rule said with it, or a short answer, is
one. "Third-party API is grand" allows any vendor, beside the cloud they run in. The user's own arithmetic ending in
"= N a month" gives N."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message

ASKED = ["data_boundary", "compliance", "team"]  # the question about where data may go, asked with the team's


def _boundary(text: str) -> object:
    return next((u.value for u in parse_message(text, ASKED).updates if u.field == "data_boundary"), None)


@pytest.mark.parametrize(
    "text",
    [
        "3 ML engineers, on-prem Kubernetes cluster in Riyadh, no GPUs yet but budget to buy.",
        "our own datacentre in Amsterdam, 2 sysadmins and a dba",
        "we have two sysadmins who look after the VMware cluster in our server room",
        "team is 4 devs, we got a proxmox box and some racks at a colo",
    ],
)
def test_infrastructure_described_is_no_boundary(text: str) -> None:
    assert _boundary(text) is None


@pytest.mark.parametrize(
    ("text", "boundary"),
    [
        ("our own servers", "on_prem"),
        ("on-prem only, we have a k8s cluster", "on_prem"),
        ("data cannot leave our datacenter, we have 3 racks there", "on_prem"),
        ("our own boxes, nothing in the cloud", "on_prem"),
        ("we're on Azure, third-party API is grand", "any_vendor"),
        ("Third party APIs are alright by us. We run on GCP mostly.", "any_vendor"),
    ],
)
def test_a_rule_or_a_short_answer_is_one(text: str, boundary: str) -> None:
    assert _boundary(text) == boundary


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [
        ("No - 420,000 conversations a month times 8 turns = 3.36 million turns a month.", 3_360_000, "turn"),
        ("2k agents x 40 chats = 80k chats a day", 80_000 * 30, "chat"),
    ],
)
def test_the_result_of_the_users_own_sum_is_the_count(text: str, count: float, unit: str) -> None:
    pending = parse_message(text).pending
    assert pending is not None
    assert pending["requests"] == pytest.approx(count)
    assert pending["unit"] == unit


@pytest.mark.parametrize(
    "text",
    ["so Google Vertex is not acceptable", "bedrock is not ok for us", "Azure OpenAI is not an option for us"],
)
def test_a_dedicated_deployment_refused_is_no_tenant_rule(text: str) -> None:
    assert _boundary(text) != "cloud_tenant"


def test_a_residency_rule_without_a_region_asks_the_region_before_the_answer() -> None:
    from tests.profiles import conversation
    from tools.catalog import load_catalog

    _, session = conversation(
        load_catalog(),
        "About 35,000 calls a day, each summary reads about 1,500 tokens and writes 100",
        "KVKK applies, we have data residency rules. Steady traffic, 6 ML engineers, open-weight is fine.",
    )
    reply = session.turns[-1].assistant
    assert "Which region must the data stay in" in reply
    assert "### Recommendation" not in reply


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("we don't care whose API it is as long as data stays in the EU", "eu"),
        ("no restrictions as long as it stays in the US", "us"),
        ("nothing special, provided that the data stays in the UK", "uk"),
    ],
)
def test_a_condition_states_its_region_past_a_denial_before_it(text: str, region: str) -> None:
    assert next((u.value for u in parse_message(text).updates if u.field == "data_region"), None) == region


@pytest.mark.parametrize("text", ["we don't need it to stay in the EU", "it doesn't have to stay in the EU"])
def test_a_region_denied_is_no_region(text: str) -> None:
    assert not [u for u in parse_message(text).updates if u.field == "data_region"]
