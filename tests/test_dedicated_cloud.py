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


# list prices per million tokens (input, output) as Azure OpenAI publishes them for Global deployments, written
# here from the price page, not read from the snapshot
AZURE_LIST_USD_PER_MTOK = {"gpt-4o-mini": (0.15, 0.60), "gpt-4.1-mini": (0.40, 1.60), "gpt-4.1": (2.00, 8.00)}


@pytest.mark.parametrize("model", sorted(AZURE_LIST_USD_PER_MTOK))
def test_a_model_named_by_the_user_is_priced_in_their_azure_tenant_too(catalog: Catalog, model: str) -> None:
    """Today's model, named by the user and priced from the snapshot under its vendor's id, also runs as a
    dedicated deployment: an Azure-tenant user on GPT-4o mini was told to move to GPT-5 on Azure at 12x the cost."""
    spec = ComparisonInput(workload=WORKLOAD, models=[model], gpu_types=[])
    [azure] = [o for o in compare(spec, catalog).options if o.kind == "dedicated_deployment"]
    assert azure.cloud == "azure" and azure.name.endswith(" on Azure OpenAI")
    usd_in, usd_out = AZURE_LIST_USD_PER_MTOK[model]
    assert azure.monthly_usd == pytest.approx(240 * usd_in + 60 * usd_out)  # 300M a month, 80% input


def test_a_resellers_copy_of_a_model_is_no_dedicated_deployment(catalog: Catalog) -> None:
    spec = ComparisonInput(workload=WORKLOAD, models=["openrouter/openai/gpt-4o-mini"], gpu_types=[])
    assert not [o for o in compare(spec, catalog).options if o.kind == "dedicated_deployment"]


def test_an_azure_tenant_user_on_gpt_4o_mini_is_priced_on_it_in_their_tenant() -> None:
    from tests.offline_chat import talk

    session, _ = talk(
        [
            "We run a support bot on Azure OpenAI, gpt-4o-mini today, about 400M tokens a month, 85% input. Data has "
            "to stay in our Azure tenant, no public APIs.",
            "steady traffic, no compliance regime beyond that, 1 ML engineer, quality of 4o-mini is enough",
        ]
    )
    a = session.current()
    assert a is not None and a.option == "dedicated_deployment"
    assert a.chosen.name == "GPT-4o mini on Azure OpenAI"
    assert a.chosen.monthly_usd == pytest.approx(340 * 0.15 + 60 * 0.60)  # Azure's list price, $/Mtok in and out
