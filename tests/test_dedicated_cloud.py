"""Where a dedicated deployment runs is a typed field on its price and its option (``cloud``), set from the
catalog's deployment list, never read back from the option's name: a renamed row ("... (fine-tuned)") or a
display name keeps its cloud."""

from __future__ import annotations

import pytest

from assistant.decision.api_options import api_candidates, hybrid_candidate
from assistant.decision.constraints import Needs
from assistant.decision.inputs import AnalysisOptions
from tools.api_cost import Workload
from tools.catalog import Catalog
from tools.compare import ComparisonInput, compare, dedicated_price, dedicated_prices

# written here, not taken from the code: the cloud behind each deployment service
CLOUD_OF_SERVICE = {"Azure OpenAI": "azure", "AWS Bedrock": "aws", "Google Vertex AI": "gcp"}
WORKLOAD = Workload.from_total(300e6, 0.8, per="month")


def _service(name: str) -> str:
    return next(s for s in CLOUD_OF_SERVICE if f" on {s}" in name)


def test_every_dedicated_option_carries_the_cloud_it_runs_in(catalog: Catalog) -> None:
    spec = ComparisonInput(workload=WORKLOAD, models=["gpt-5", "claude-sonnet-4.5", "gemini-2.5-pro"], gpu_types=[])
    options = compare(spec, catalog).options
    dedicated = [o for o in options if o.kind == "dedicated_deployment"]
    assert {o.cloud for o in dedicated} == {"aws", "azure", "gcp"}
    assert all(o.cloud == CLOUD_OF_SERVICE[_service(o.name)] for o in dedicated)
    assert all(o.cloud is None for o in options if o.kind != "dedicated_deployment")


@pytest.mark.parametrize("in_region", [False, True])
def test_the_cloud_is_on_the_price_whatever_the_display_name(catalog: Catalog, in_region: bool) -> None:
    prices = dedicated_prices("claude-haiku-4.5", catalog, "Our house model", in_region)
    assert sorted(p.cloud or "" for p in prices) == ["aws", "gcp"]
    vertex = dedicated_price("claude-haiku-4.5", catalog, "Our house model", in_region, cloud="gcp")
    assert vertex is not None and vertex.price.name == "Our house model on Google Vertex AI"
    assert vertex.source.section.startswith("google / ")


def test_a_hybrid_on_a_renamed_deployment_prices_its_api_part_in_that_deployments_cloud(catalog: Catalog) -> None:
    """The fine-tuning path renames a deployment's row ('... (fine-tuned)'); the hybrid built on it still
    routes the rest of the traffic to the deployment in the same cloud (Vertex here, not the first-listed
    Bedrock)."""
    opts = AnalysisOptions()
    spec = ComparisonInput(workload=WORKLOAD, models=["claude-sonnet-4.5"], gpu_types=[], in_region=True)
    needs = Needs(input_tokens=2000, output_tokens=300, boundary="cloud_tenant", cloud="gcp")
    cands = api_candidates(compare(spec, catalog), needs, opts, catalog)
    [vertex] = [c for c in cands if c.traits.kind == "dedicated_deployment" and c.traits.provider == "gcp"]
    renamed = vertex.model_copy(
        update={"row": vertex.row.model_copy(update={"name": f"{vertex.row.name} (fine-tuned)"})}
    )
    made = hybrid_candidate(WORKLOAD, renamed, 0.3, catalog, opts, needs, spec, None)
    assert made is not None
    candidate, result = made
    sections = {s.section for s in result.sources if s.kind == "catalog"}
    assert any(s.startswith("google / claude-sonnet-4-5") for s in sections), sections
    assert not any(s.startswith("aws / ") for s in sections), sections
    assert candidate.traits.provider == "gcp"
