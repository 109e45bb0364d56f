"""Categorical facts read with their scope: whose setup, which regime, who does what, what is allowed.

Each case is a sentence a person could type; the expectation is what a careful human reads from it, or
that it is asked rather than stored when a careful human would ask.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.reading import facts_and_asked as read

# --- regimes the profile has no value for become a question, never a wrong or dropped regime ---------------


@pytest.mark.parametrize(
    "text",
    [
        "we fall under LGPD, our users are in Brazil",
        "PIPEDA is the law we answer to",
        "compliance: we must follow the CCPA",
        "ISO 27001 certified and nothing else",
    ],
)
def test_a_regime_outside_the_vocabulary_is_asked(text: str) -> None:
    facts, clarify = read(text)
    assert "compliance" not in facts
    assert "compliance" in clarify


def test_a_known_regime_beside_an_unknown_one_is_kept() -> None:
    facts, _ = read("GDPR and LGPD both apply to us")
    assert facts["compliance"] == ["gdpr"]


def test_a_sovereign_cloud_is_not_a_residency_rule() -> None:
    facts, _ = read("we host on a sovereign cloud")
    assert "data_residency" not in (facts.get("compliance") or [])


@pytest.mark.parametrize(
    "text",
    ["none of HIPAA, PCI or GDPR apply here", "neither of SOC 2 or PCI matters to us"],
)
def test_none_of_a_list_denies_every_item(text: str) -> None:
    facts, _ = read(text)
    assert not set(facts.get("compliance") or []) - {"none"}


# --- someone else's setup is not the user's ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "one of our clients has an air-gapped plant, our own product is plain SaaS",
        "a hospital we spoke with insists on on-prem, we don't",
        "our customer's network is air gapped",
    ],
)
def test_a_customers_boundary_is_not_ours(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("data_boundary") not in ("air_gapped", "on_prem")
    assert "air_gapped" not in (facts.get("compliance") or [])


def test_another_workload_is_not_this_one() -> None:
    facts, _ = read("the analytics team fine-tunes churn models, which has nothing to do with this assistant")
    assert "fine_tuning" not in facts


# --- head counts from names, role lists and what people can do -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("Lena and Omar run infra, nobody does ML", {"devops": 2, "ml_engineers": 0}),
        ("Priya handles the ML side; Tom, Wei and Ana look after the servers", {"ml_engineers": 1, "devops": 3}),
        ("ML is Sara and Jon. Ops is Kim.", {"ml_engineers": 2, "devops": 1}),
        ("4 SREs + an ML engineer", {"devops": 4, "ml_engineers": 1}),
        ("30 devs in total, of which 3 do machine learning", {"ml_engineers": 3}),
        ("we have five engineers who can deploy models", {"ml_engineers": 5}),
        ("two of them have an ML background", {"ml_engineers": 2}),
        ("ML engineers? we have three", {"ml_engineers": 3}),
        ("our squad: 2x MLE, 1x SRE", {"ml_engineers": 2, "devops": 1}),
        ("Our platform group (6 engineers) runs it all", {"devops": 6}),
    ],
)
def test_head_counts_from_names_lists_and_skills(text: str, team: dict[str, Any]) -> None:
    facts, _ = read(text)
    got = facts.get("team") or {}
    assert {k: got.get(k) for k in team} == team


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Jenkins runs the deployments", "devops"),
        ("Bedrock is fine for us", "devops"),
        ("we need 2 ML engineers to maintain it, I think", "ml_engineers"),
        ("we have a single MLE and half of an SRE", "devops"),
    ],
)
def test_tools_needs_and_fractions_are_not_head_counts(text: str, key: str) -> None:
    facts, _ = read(text)
    assert key not in (facts.get("team") or {})


# --- GPUs the team operates, not GPUs a model needs or someone else runs -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Llama 70B runs on 2 H100s",
        "we'd have to run the GPUs ourselves, which worries me",
        "vendors run the GPUs for us, we only call an endpoint",
        "the model would be served on four L4s",
    ],
)
def test_gpus_the_team_does_not_operate(text: str) -> None:
    facts, _ = read(text)
    assert (facts.get("team") or {}).get("gpu_infra") is not True


@pytest.mark.parametrize(
    "text",
    ["the ops folks have babysat GPU nodes for years", "We operate two DGX boxes for research already"],
)
def test_gpus_the_team_operates(text: str) -> None:
    facts, _ = read(text)
    assert (facts.get("team") or {}).get("gpu_infra") is True


def test_gpus_in_production_would_be_new() -> None:
    facts, _ = read("GPUs in prod would be new for us")
    assert (facts.get("team") or {}).get("gpu_infra") is False


# --- where data may go: permission and prohibition around any third party -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "calling Anthropic directly is fine by legal",
        "We're allowed to use SaaS AI vendors.",
        "we're ok sending prompts to a third party",
        "Third parties may process the data under contract.",
        "our DPA with OpenAI covers this",
    ],
)
def test_third_parties_allowed(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("data_boundary") == "any_vendor"


@pytest.mark.parametrize(
    "text",
    [
        "sending this text to an external LLM API is a no-go",
        "We cannot have data going to OpenAI or Anthropic",
        "Nothing may be sent to an external service",
    ],
)
def test_third_parties_ruled_out_ask_where_then(text: str) -> None:
    facts, clarify = read(text)
    assert "data_boundary" not in facts
    assert "data_boundary" in clarify


@pytest.mark.parametrize(
    "text",
    ["we are fine with the API latency", "OpenAI is fine for quality, legal hasn't decided yet"],
)
def test_a_vendors_latency_or_quality_is_not_the_boundary(text: str) -> None:
    facts, _ = read(text)
    assert "data_boundary" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "the cloud provider is fine, but only inside our own account",
        "cloud is ok as long as it stays in our VPC",
    ],
)
def test_a_permission_narrowed_keeps_the_narrower_boundary(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("data_boundary") == "cloud_tenant"


@pytest.mark.parametrize(("text", "value"), [("anywhere", "any_vendor"), ("strictly in-house", "on_prem")])
def test_bare_boundary_answers(text: str, value: str) -> None:
    facts, _ = read(text, "data_boundary")
    assert facts.get("data_boundary") == value


# --- quality words said of something else --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["top-tier GPUs only, we have H100s", "our ML team is top notch, 5 people", "state of the art infra, all on k8s"],
)
def test_quality_words_about_hardware_or_people_are_not_the_model(text: str) -> None:
    facts, _ = read(text)
    assert "quality" not in facts


# --- fine-tuning: the untouched model as the approach, opinions, explorations --------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("stock model + RAG, that's the plan", False),
        ("using it out of the box", False),
        ("just prompting, nothing else", False),
        ("We do not intend to alter model weights.", False),
        ("It has to learn our SKU codes", True),
        ("we'd like it tuned on our manuals", True),
    ],
)
def test_fine_tuning_said_in_other_words(text: str, value: bool) -> None:
    facts, _ = read(text)
    assert facts.get("fine_tuning") is value


@pytest.mark.parametrize(
    "text",
    ["fine-tuning sounds expensive tbh", "we looked into LoRA but not for now", "we thought about fine-tuning"],
)
def test_opinions_and_explorations_are_not_plans(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("fine_tuning") is not True


@pytest.mark.parametrize(("text", "value"), [("nah just the vanilla thing", False), ("yes, on our own tickets", True)])
def test_an_opening_yes_or_no_answers_the_question(text: str, value: bool) -> None:
    facts, _ = read(text, "fine_tuning")
    assert facts.get("fine_tuning") is value


def test_no_idea_is_not_a_no() -> None:
    facts, _ = read("no idea, maybe later", "fine_tuning")
    assert "fine_tuning" not in facts


# --- latency: the beginning or the end of the output, however named -----------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("users should see the reply begin in under a second", "ttft"),
        ("it's a voice agent, the first audio chunk has to go out in 700ms", "ttft"),
        ("as long as tokens start flowing within a second we're happy", "ttft"),
        ("we render the answer all at once, so 4s for the entire thing", "total"),
        ("the label has to be returned in 200ms", "total"),
    ],
)
def test_latency_kind(text: str, kind: str) -> None:
    facts, _ = read(text)
    assert facts.get("latency_kind") == kind


# --- a topic put as a short question and answered at once; teams that ended ---------------------------------


@pytest.mark.parametrize(
    ("text", "key", "value"),
    [
        ("GPUs in prod? nope, never", "gpu_infra", False),
        ("mlops? nah. k8s? yes", "mlops", False),
        ("mlops? nah. k8s? yes", "kubernetes", True),
        ("We had an ML platform team until the reorg in May. Now it's gone.", "mlops", False),
        ("had an mlops person. left. not replaced", "mlops", False),
        ("GPU in production, we never did it until now", "gpu_infra", False),
    ],
)
def test_answered_topics_and_ended_teams(text: str, key: str, value: bool) -> None:
    facts, _ = read(text)
    assert (facts.get("team") or {}).get(key) is value


def test_a_topic_question_without_an_answer_states_nothing() -> None:
    facts, _ = read("is k8s a must for self-hosting?")
    assert "kubernetes" not in (facts.get("team") or {})


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("ops team = me + Dana, that's it", {"devops": 2}),
        ("our CTO does all the ops stuff himself, nobody else", {"devops": 1}),
        ("Our ML engineers number five; our DevOps team numbers two.", {"ml_engineers": 5, "devops": 2}),
        ("7 ML nerds, 4 ops wizards", {"ml_engineers": 7, "devops": 4}),
    ],
)
def test_more_head_count_forms(text: str, team: dict[str, Any]) -> None:
    facts, _ = read(text)
    got = facts.get("team") or {}
    assert {k: got.get(k) for k in team} == team


@pytest.mark.parametrize(
    "text",
    ["no ML folks, no GPUs, no k8s, ~2M tokens a day", "our dashboard drops to zero at night"],
)
def test_no_kubernetes_and_dropping_traffic_are_not_ops_head_counts(text: str) -> None:
    facts, _ = read(text)
    assert "devops" not in (facts.get("team") or {})


# --- an air gap is a boundary and a regime; PHI the data, not Phi the model ----------------------------------


@pytest.mark.parametrize(
    "text",
    ["It's a disconnected enclave. No egress, ever.", "the servers have zero connection to the internet"],
)
def test_an_air_gap_in_other_words(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("data_boundary") == "air_gapped"
    assert "air_gapped" in facts.get("compliance", [])


@pytest.mark.parametrize(("text", "hipaa"), [("we process PHI for clinics", True), ("tried phi-3, too weak", False)])
def test_phi(text: str, hipaa: bool) -> None:
    facts, _ = read(text)
    assert ("hipaa" in (facts.get("compliance") or [])) is hipaa


@pytest.mark.parametrize("text", ["we see latency spikes at p99", "costs are predictable, that's what matters"])
def test_shape_words_about_latency_or_cost_are_not_traffic(text: str) -> None:
    facts, _ = read(text)
    assert "traffic_shape" not in facts
