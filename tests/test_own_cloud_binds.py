"""The cloud a company runs in binds the advice: a dedicated deployment in another cloud is one more vendor to
onboard, not "your tenancy"; it is excluded, and offered only as the constraint to relax, said so. "Why X?" with
a fact said again is still a question about the advice."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message
from tests.profiles import conversation
from tools.catalog import Catalog


@pytest.mark.parametrize(
    ("text", "cloud"),
    [
        ("we are an Azure shop", "azure"),
        ("we're a Microsoft shop, so whatever runs there", "azure"),
        ("we're on Microsoft everything so Azure is fine", "azure"),
        ("everything we run is on GCP", "gcp"),
        ("We are an AWS house, no other clouds.", "aws"),
        ("We're all-in on AWS (ca-central-1)", "aws"),
        ("anything with PHI has to stay in our Microsoft Azure environment", "azure"),
    ],
)
def test_the_one_cloud_a_company_runs_in_is_read(text: str, cloud: str) -> None:
    assert {u.field: u.value for u in parse_message(text).updates}.get("cloud_provider") == cloud


@pytest.mark.parametrize(
    "text",
    ["we are not an AWS shop", "is everything on azure?", "our client is an AWS shop", "we're a Python shop"],
)
def test_a_cloud_not_their_own_is_not_read(text: str) -> None:
    assert "cloud_provider" not in {u.field for u in parse_message(text).updates}


ACTUARY = [
    "We read claims adjuster notes: about 1,100 claims a day, notes average 2,500 tokens, output maybe 150 tokens.",
    "One data engineer; no ML ops. We're all-in on AWS and PIPEDA applies, data should stay in Canada. "
    "It's an overnight batch. A good open model is fine.",
]


def test_a_deployment_in_another_cloud_is_not_recommended_as_if_it_were_theirs(catalog: Catalog) -> None:
    _, session = conversation(catalog, *ACTUARY)
    a = session.current()
    assert a is not None
    if a.chosen.name.endswith(("Google Vertex AI", "Azure OpenAI")):  # only as the relaxation, said so
        assert not a.feasible and "the cloud you run in" in a.headline
        assert "your cloud tenancy" not in " ".join(a.reasons)
    others = [e for e in a.excluded if e.name.endswith(("on Google Vertex AI", "on Azure OpenAI"))]
    assert others and all("your own AWS tenant" in e.reason for e in others)


def test_why_x_beside_a_fact_said_again_is_answered(catalog: Catalog) -> None:
    _, session = conversation(catalog, *ACTUARY, "Why Google? I said we're on AWS.")
    reply = session.turns[-1].assistant
    assert reply.startswith("### Why") and "I didn't find a change" not in reply
