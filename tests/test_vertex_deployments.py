"""Google Cloud tenants get the models Google prices for Vertex AI (Gemini, Claude) as dedicated deployments in
their own project, as AWS and Azure tenants get Bedrock and Azure OpenAI; each deployment runs in its own cloud."""

from __future__ import annotations

import pytest

from tests.offline_chat import talk
from tools.catalog import Catalog
from tools.compare import dedicated_price, dedicated_prices
from tools.genai_catalog import find_catalog_price

GCP_FRONTIER = [
    "contract review, ~1.1k contracts a week, 22k tokens in and 900 out each",
    "client data can't go to openai or anthropic directly, our own GCP project is fine",
    "1 ML engineer, we use GKE",
    "quality matters a lot: claude-level at least",
]


def test_claude_is_priced_on_both_clouds_that_carry_it(catalog: Catalog) -> None:
    prices = dedicated_prices("claude-sonnet-4.5", catalog, "Claude Sonnet 4.5")
    assert {p.cloud for p in prices} == {"aws", "gcp"}
    vertex = dedicated_price("claude-sonnet-4.5", catalog, "Claude Sonnet 4.5", cloud="gcp")
    listed = find_catalog_price("google/claude-sonnet-4-5", catalog.as_of)
    assert vertex is not None and listed is not None
    assert vertex.price.name == "Claude Sonnet 4.5 on Google Vertex AI"
    assert (vertex.price.input_usd_per_mtok, vertex.price.output_usd_per_mtok) == (
        listed.input_usd_per_mtok,
        listed.output_usd_per_mtok,
    )
    assert dedicated_price("gpt-5", catalog, cloud="gcp") is None  # not on Google's price list


def test_a_gcp_tenant_needing_frontier_quality_gets_a_deployment_in_its_own_cloud() -> None:
    session, _ = talk(GCP_FRONTIER)
    a = session.baseline
    assert a is not None
    assert a.option == "dedicated_deployment" and a.chosen.name.endswith(" on Google Vertex AI")
    assert not a.relax  # no constraint had to be relaxed
    # deployments in the other clouds are excluded, with the reason in words
    others = [e for e in a.excluded if e.name.endswith((" on AWS Bedrock", " on Azure OpenAI"))]
    assert others and all("Google Cloud tenant" in e.reason for e in others)


@pytest.mark.parametrize(("cloud", "said"), [("aws", "our own AWS account"), ("azure", "our Azure tenant")])
def test_other_tenants_never_get_a_vertex_deployment(cloud: str, said: str) -> None:
    session, _ = talk(
        [
            "about 40M tokens a day, 80% input",
            f"data must stay in {said}, no public APIs",
            "2 ML engineers, kubernetes yes",
            "frontier quality needed",
        ]
    )
    a = session.baseline
    assert a is not None and "Vertex AI" not in a.chosen.name
    assert all(not r.name.endswith(" on Google Vertex AI") for r in a.table)
