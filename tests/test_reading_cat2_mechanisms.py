"""Categorical facts: the mechanisms behind misreads found by people writing in new voices.

Each case is a sentence a person could type; the expectation is what a careful human reads from it, or that
nothing (or a question) comes of it when a careful human would not store it.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.reading import facts_and_asked as read

# --- regimes: reasons, corrections, comparisons, what others ask about ---------------------------------------


@pytest.mark.parametrize(
    ("text", "regimes"),
    [
        (
            "For compliance, PCI DSS because we take cards and SOC 2 for our enterprise customers, so no HIPAA",
            ["pci_dss", "soc2"],
        ),
        ("GDPR since half our users are in Spain and SOC2 for the US enterprise deals, no HIPAA", ["gdpr", "soc2"]),
    ],
)
def test_regimes_each_with_its_reason_are_all_kept(text: str, regimes: list[str]) -> None:
    facts, _ = read(text, "compliance")
    assert sorted(facts["compliance"]) == regimes


@pytest.mark.parametrize(
    ("text", "regimes"),
    [
        ("no compliance requirements, well, HIPAA actually", ["hipaa"]),
        ("none... oh wait, GDPR, we have customers in Austria", ["gdpr"]),
        ("nothing regulated, hmm, actually PCI since we store card numbers", ["pci_dss"]),
    ],
)
def test_a_regime_named_after_a_self_correction_wins(text: str, regimes: list[str]) -> None:
    facts, _ = read(text, "compliance")
    assert facts.get("compliance") == regimes


def test_a_regime_named_only_to_compare_does_not_apply() -> None:
    facts, clarify = read("KVKK is our data law, similar to GDPR, but we are not in EU, so GDPR no")
    assert "gdpr" not in (facts.get("compliance") or [])
    assert "compliance" in clarify  # KVKK is a regime the profile has no value for: asked


def test_what_customers_ask_about_is_not_a_regime_of_ours() -> None:
    facts, _ = read("our customers ask about SOC 2 reports sometimes")
    assert "compliance" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "Korean personal info law requires we keep data in Korea",
        "the records must stay in Poland, the regulator is strict",
    ],
)
def test_residency_in_any_country(text: str) -> None:
    facts, _ = read(text)
    assert "data_residency" in facts.get("compliance", [])


@pytest.mark.parametrize("text", ["no privacy regulation applies", "no data protection requirements at all"])
def test_no_regulation_of_a_named_kind_is_none(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("compliance") == ["none"]


# --- data boundary ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "piloting GPT-4o through azure openai",
        "we're trialling claude via bedrock at the moment",
        "currently testing gemini on vertex ai for the summaries",
    ],
)
def test_a_vendor_used_is_not_a_boundary(text: str) -> None:
    facts, clarify = read(text)
    assert "data_boundary" not in facts
    assert "data_boundary" not in clarify


def test_a_cloud_model_service_with_a_rule_is_the_tenant() -> None:
    facts, _ = read("legal says bedrock inside our AWS account is fine but nothing leaves the account")
    assert facts["data_boundary"] == "cloud_tenant"


def test_a_permission_denied_in_its_own_words_is_not_a_permission() -> None:
    facts, _ = read("it has to go through azure openai in our own tenant, public endpoints are not allowed")
    assert facts["data_boundary"] == "cloud_tenant"


@pytest.mark.parametrize(
    ("text", "boundary"),
    [
        ("the hospital board will not allow patient notes outside our own data center, period", "on_prem"),
        ("Per policy, customer data is to remain on company-owned infrastructure.", "on_prem"),
        ("Our datas must not go outside of our Azure, this is the rule of the group", "cloud_tenant"),
        ("we are bank, data never can go out from our servers", "on_prem"),
        ("Patient data, so it stays in our hospital's data centre, end of story.", "on_prem"),
        ("We're a hospital, patient data doesn't leave our own servers.", "on_prem"),
        ("we don't let data out of our own network", "on_prem"),
        ("the ministry requires on-site processing", "on_prem"),
        ("It has to be processed in-house.", "on_prem"),
        ("must never leave the clinic network", "on_prem"),
        ("cloud is a no for us, it's got to be our own boxes", "on_prem"),
        ("Our own Kubernetes cluster in AWS, nowhere else", "cloud_tenant"),
        ("we can use anything deployed inside our GCP project but not external endpoints", "cloud_tenant"),
    ],
)
def test_where_data_must_stay_said_many_ways(text: str, boundary: str) -> None:
    facts, _ = read(text)
    assert facts.get("data_boundary") == boundary


@pytest.mark.parametrize(
    "text",
    [
        "legal has cleared us to use hosted LLM APIs",
        "ethics board doesn't care where it's processed",
        "may be processed by an external vendor provided a DPA is in place",
        "we'd prefer not to send it out but if the vendor signs a BAA it's fine",
        "we send prompts to openai already, that's allowed",
        "our contracts allow us to use subprocessors like OpenAI",
        "external is fine",
    ],
)
def test_a_third_party_allowed_said_many_ways(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("data_boundary") == "any_vendor"


def test_a_place_inside_a_permission_is_its_object() -> None:
    facts, clarify = read("the data can leave our network, no issue")
    assert facts.get("data_boundary") == "any_vendor"
    assert "data_boundary" not in clarify


@pytest.mark.parametrize(
    ("text", "boundary"),
    [
        ("Our cloud, not theirs.", "cloud_tenant"),
        ("no real restrictions", "any_vendor"),
        ("anywhere is fine really", "any_vendor"),
        ("yeah no problem", "any_vendor"),
    ],
)
def test_a_short_answer_to_the_boundary_question(text: str, boundary: str) -> None:
    facts, _ = read(text, "data_boundary")
    assert facts.get("data_boundary") == boundary


def test_the_same_short_words_volunteered_state_no_boundary() -> None:
    facts, _ = read("no real restrictions")
    assert "data_boundary" not in facts


@pytest.mark.parametrize(
    "text", ["Self-hosting is mandatory for us.", "must stay in our private cloud", "internal only"]
)
def test_own_hosting_without_saying_where_is_asked(text: str) -> None:
    facts, clarify = read(text, "data_boundary")
    assert "data_boundary" not in facts
    assert "data_boundary" in clarify


def test_own_cloud_and_no_public_api_is_the_tenant() -> None:
    facts, _ = read("we have Azure in Poland Central region, but no public API of American company")
    assert facts["data_boundary"] == "cloud_tenant"


@pytest.mark.parametrize(
    "text",
    [
        "It runs on a closed network, the machines never touch the internet.",
        "the plant network is not connected to anything outside",
        "it's a classified environment, fully disconnected",
    ],
)
def test_an_isolated_network_is_air_gapped(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("data_boundary") == "air_gapped"


def test_internet_apis_ruled_out_is_not_an_air_gap() -> None:
    facts, _ = read("it can live in our VPC but can't touch the public internet APIs")
    assert facts.get("data_boundary") == "cloud_tenant"


@pytest.mark.parametrize(
    ("text", "boundary"),
    [
        ("We're looking into self-hosting because the data can't leave our VPC.", "cloud_tenant"),
        ("I'm wondering what's cheapest given that patient records must never leave our own servers.", "on_prem"),
        ("We're evaluating vendors, and sending data to a third-party API is fine for us.", "any_vendor"),
        ("If I'm honest the data can't leave our building.", "on_prem"),
    ],
)
def test_a_reason_clause_is_not_governed_by_the_hypothetical_before_it(text: str, boundary: str) -> None:
    facts, _ = read(text)
    assert facts.get("data_boundary") == boundary


# --- team --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "There are no engineers on staff",
        "we don't have any engineers, we're a marketing agency",
        "zero developers here",
    ],
)
def test_no_engineers_at_all_is_nobody_for_either(text: str) -> None:
    facts, _ = read(text)
    assert facts["team"]["ml_engineers"] == 0
    assert facts["team"]["devops"] == 0


def test_no_engineers_of_a_kind_is_only_that_kind() -> None:
    facts, _ = read("we have no engineers who know ML")
    assert "devops" not in facts.get("team", {})


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("3 IT people", {"devops": 3}),
        ("two IT guys who keep the servers running, no ML people", {"devops": 2, "ml_engineers": 0}),
        ("I'm the only ML engineer", {"ml_engineers": 1}),
        ("I'm the only devops person here", {"devops": 1}),
        ("devops? we don't have any", {"devops": 0}),
        ("a dozen people in our ML platform group", {"ml_engineers": 12, "mlops": True}),
        ("2 ppl on infra lol", {"devops": 2}),
        ("There are four of us doing machine learning.", {"ml_engineers": 4}),
        ("ops is one person, me", {"devops": 1}),
        ("two PhD students who are functionally ML engineers", {"ml_engineers": 2}),
        ("no one did ML before", {"ml_engineers": 0}),
        ("one of our backend devs does some ML on the side", {"ml_engineers": 1}),
        ("ML-wise, we have 2.", {"ml_engineers": 2}),
    ],
)
def test_head_counts_said_many_ways(text: str, team: dict[str, Any]) -> None:
    facts, _ = read(text, "team")
    assert facts.get("team") == team


@pytest.mark.parametrize(
    "text",
    ["they know Kubernetes and Linux well", "we're on GCP with GKE", "we moved everything to kubernetes last year"],
)
def test_kubernetes_of_our_own(text: str) -> None:
    facts, _ = read(text)
    assert facts["team"]["kubernetes"] is True


def test_a_team_in_many_time_zones_is_not_steady_traffic() -> None:
    facts, _ = read("fifteen SREs across two time zones", "team")
    assert "traffic_shape" not in facts


def test_something_ended_last_year_is_denied() -> None:
    facts, _ = read("The ML platform group was dissolved in last year's restructuring.")
    assert facts["team"]["mlops"] is False


# --- fine-tuning: the statement about this project governs ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we fine-tuned a llama last year and we will not fine-tune for this project",
        "we did a finetune of mistral in 2023 but for this one no fine-tuning",
    ],
)
def test_a_past_fine_tune_does_not_outweigh_the_plan(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("fine_tuning") is False


def test_a_past_fine_tune_alone_states_nothing() -> None:
    facts, _ = read("we fine-tuned a BERT classifier back in 2021")
    assert "fine_tuning" not in facts


def test_fine_tuning_put_off_to_later_is_not_sized() -> None:
    facts, _ = read("fine-tuning is on the table for later maybe")
    assert facts.get("fine_tuning") is not True


# --- quality, traffic, batch: the subject decides ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the writing has to be really good",
        "answers must be excellent, our readers are picky",
        "needs to reason like gpt-5, nothing less",
        "Quality is the #1 priority, the output goes to regulators",
    ],
)
def test_output_held_to_a_very_high_bar_is_frontier(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("quality") == "frontier"


def test_open_weights_required_is_open_weight() -> None:
    facts, _ = read("Open weights preferred actually, agency wants to inspect the model")
    assert facts.get("quality") == "open_weight_ok"


@pytest.mark.parametrize(
    "text",
    [
        "we expect steady growth of about 10% a month",
        "our budget is predictable",
        "we have 24/7 on-call support",
        "costs spiked last month because of a bug",
        "the team is pretty stable",
    ],
)
def test_shape_words_about_something_else_are_not_traffic(text: str) -> None:
    facts, _ = read(text)
    assert "traffic_shape" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "traffic goes crazy during tax season then nothing",
        "goes up very much in summer and in campaigns, sometimes 4x in one hour",
        "super spiky, depends on when newsletters go out",
    ],
)
def test_peaks_said_many_ways_are_bursty(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("traffic_shape") == "bursty"


@pytest.mark.parametrize(
    "text", ["we run nightly backups of the database", "the API is async under the hood but users see it live"]
)
def test_jobs_that_are_not_the_workload_are_not_batch_tolerance(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("batch_ok") is not True


@pytest.mark.parametrize(
    "text",
    [
        "We're going to skip fine-tuning.",
        "we'll pass on fine-tuning for now",
        "we want to avoid fine-tuning",
        "we considered fine-tuning but decided against it",
        "forget fine-tuning, RAG is enough",
    ],
)
def test_fine_tuning_turned_down_in_many_words(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("fine_tuning") is False


def test_a_model_tuned_by_its_maker_is_not_our_fine_tune() -> None:
    facts, _ = read("the model was fine-tuned by Meta for chat")
    assert "fine_tuning" not in facts


@pytest.mark.parametrize(
    ("text", "field"),
    [("our product is top-tier, customers love it", "quality"), ("our revenue is very seasonal", "traffic_shape")],
)
def test_praise_or_seasons_of_something_else_state_nothing(text: str, field: str) -> None:
    facts, _ = read(text)
    assert field not in facts


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("one guy who does our servers", {"devops": 1}),
        ("two system administrators", {"devops": 2}),
        ("DevOps is just me", {"devops": 1}),
        ("we outsource all infrastructure", {"devops": 0}),
        ("three engineers working on ML", {"ml_engineers": 3}),
    ],
)
def test_ops_and_ml_heads_in_plain_words(text: str, team: dict[str, Any]) -> None:
    facts, _ = read(text, "team")
    assert facts.get("team") == team


def test_a_role_that_is_me_and_a_colleague_is_two() -> None:
    facts, _ = read("Ops is basically me and Priya, the two of us cover everything.", "team")
    assert facts["team"]["devops"] == 2


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("it needs to start answering in under 800ms", "ttft"),
        ("streaming must kick in within half a second", "ttft"),
        ("users should see text appearing within 1s", "ttft"),
        ("for voice, the bot has to start talking within 500ms", "ttft"),
        ("results have to be ready in under 10 seconds", "total"),
        ("each classification must finish in 200ms", "total"),
        ("it should respond completely within 2 seconds", "total"),
    ],
)
def test_the_kind_of_latency_said_in_plain_words(text: str, kind: str) -> None:
    facts, _ = read(text, "latency_p99_ms")
    assert facts.get("latency_kind") == kind


@pytest.mark.parametrize("text", ["none that apply to us", "not really, it's public web content"])
def test_no_regime_said_in_answer(text: str) -> None:
    facts, _ = read(text, "compliance")
    assert facts.get("compliance") == ["none"]


def test_a_no_that_is_about_where_the_data_goes_is_not_no_regime() -> None:
    facts, _ = read("no, it can't leave our servers", "compliance")
    assert "compliance" not in facts


def test_a_regime_waved_off_afterwards_is_denied() -> None:
    facts, _ = read("HIPAA is a pain, glad we don't deal with it")
    assert "hipaa" not in (facts.get("compliance") or [])


@pytest.mark.parametrize(
    "text",
    [
        "Fine-tuning is a buzzword our board loves.",
        "I know fine-tuning exists but I don't know much about it.",
        "The vendor offers fine-tuning as an add-on.",
        "We fine-tuned the retrieval settings last week.",
        "We fine-tune our marketing copy by hand, lol.",
        "Our data scientists fine-tune forecasting models for another product.",
    ],
)
def test_fine_tuning_mentioned_but_not_ours_states_nothing(text: str) -> None:
    facts, _ = read(text)
    assert "fine_tuning" not in facts
    assert "data_boundary" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "Fine-tuning is not something we'll do.",
        "Fine-tuning is too much hassle, we'll stick to prompting.",
        "Fine-tuning? Not a chance.",
    ],
)
def test_fine_tuning_refused_in_plain_words(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("fine_tuning") is False


def test_a_terse_fragment_still_states_the_fine_tune() -> None:
    facts, _ = read("hipaa, lora on clinical notes")
    assert facts.get("fine_tuning") is True
