"""Categorical facts, third round of mechanisms (issue 10): a regime named in one sentence of a long message,
a country named as the boundary of the data, a network cut off from the internet, open models tried and found
wanting in a clause of their own.

Each case is a sentence a person could type, in several voices; near-misses and denials must store nothing.
"""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message
from tests.reading import facts_and_asked as read

# --- a regime named in one sentence of a message about many things ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        (
            "Our SLA is a p99 end-to-end latency under 1,500 ms. PCI DSS is in scope. We have five ML engineers "
            "and a dedicated MLOps team.",
            "pci_dss",
        ),
        (
            "steady traffic all day; we're pci dss level 2; about 40M tokens a day, mostly input; "
            "two devops guys, no gpus",
            "pci_dss",
        ),
        (
            "We handle card payments for small shops. Volume is maybe 3 million tokens per day. PCI-DSS applies. "
            "Answers can take a few seconds, nobody is in a hurry.",
            "pci_dss",
        ),
        (
            "k8s yes, gpu no. 10M tokens/day. soc 2 type ii audited. open model is fine for quality.",
            "soc2",
        ),
    ],
)
def test_a_regime_named_in_one_sentence_of_a_long_message_is_kept(text: str, regime: str) -> None:
    facts, _ = read(text)
    assert regime in (facts.get("compliance") or [])


@pytest.mark.parametrize(
    "text",
    [
        "Volume is about 5M tokens a day. We are not PCI scoped, card data never touches us. Two backend devs.",
        "10M tokens a day, business hours only. Do we need SOC 2 for this? No idea yet.",
    ],
)
def test_a_denied_or_asked_regime_in_a_long_message_stays_out(text: str) -> None:
    facts, _ = read(text)
    assert not {"pci_dss", "soc2"} & set(facts.get("compliance") or [])


# --- a network cut off from the internet: the regime and where the data may go, together ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the boxes aren't connected to the internet",
        "our lab machines cannot be connected to the internet at all",
        "The plant network can't be connected to the internet, it's a rule from the client.",
        "we're not allowed to connect it to the internet",
        "nothing on that network can reach the internet",
        "no internet access on that network",
        "2 ml engineers. the cluster isnt connected to the internet, never was",
    ],
)
def test_a_network_cut_off_from_the_internet_is_an_air_gap_both_ways(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("data_boundary") == "air_gapped"
    assert "air_gapped" in (facts.get("compliance") or [])


@pytest.mark.parametrize(
    "text",
    [
        "the model doesn't need to connect to the internet, it only answers from our docs",
        "can our servers be connected to the internet?",
        "our office wifi is connected to the internet like everyone's",
    ],
)
def test_internet_said_of_something_else_or_asked_is_no_air_gap(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("data_boundary") != "air_gapped"
    assert "air_gapped" not in (facts.get("compliance") or [])


# --- a country named as the edge of where the data may go -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("not allowed to send client data outside of Portugal", "Portugal"),
        ("We're not permitted to transfer customer records out of Greece.", "Greece"),
        ("nothing gets processed outside Mexico, its the law here", "Mexico"),
        ("client data isnt allowed to leave Austria", "Austria"),
        ("- data must stay in Portugal\n- 2 devops", "Portugal"),
        ("legal says: patient data can never be moved outside Chile", "Chile"),
    ],
)
def test_a_country_with_no_region_of_its_own_is_a_residency_rule_kept_in_that_country(text: str, country: str) -> None:
    result = parse_message(text, [])
    facts = {u.field: u.value for u in result.updates}
    assert "data_residency" in facts.get("compliance", [])
    assert facts.get("data_country") == country
    assert "data_region" not in facts  # no wider region (the EU) is guessed for one country


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("we can't transfer anything out of the EU", "eu"),
        ("Customer data is not allowed to leave Canada.", "ca"),
        ("we must not send any personal data outside of Germany", "de"),
    ],
)
def test_a_place_with_a_region_of_its_own_named_as_the_edge_is_that_region(text: str, region: str) -> None:
    facts, _ = read(text)
    assert "data_residency" in facts.get("compliance", [])
    assert facts.get("data_region") == region


@pytest.mark.parametrize(
    "text",
    [
        "we're a Portuguese company, based in Lisbon",
        "we have customers outside of Portugal too",
        "we ship products outside of Portugal",
        "is it allowed to send data outside Portugal?",
        "there's no rule against sending data outside of Portugal",
        "it's fine to send data outside of Portugal",
    ],
)
def test_a_country_named_otherwise_is_no_residency_rule(text: str) -> None:
    facts, _ = read(text)
    assert "data_residency" not in (facts.get("compliance") or [])


# --- an open model tried in one clause and found wanting in the next ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we evaluated qwen but it was poor at german",
        "We tested Llama 3 70B, however the answers were not accurate enough for legal work.",
        "tried mistral, but honestly it was bad at french",
        "we benchmarked some open models, but they struggled with our japanese tickets",
    ],
)
def test_an_open_model_tried_and_found_wanting_across_a_but_sets_the_bar_at_frontier(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("quality") == "frontier"


@pytest.mark.parametrize(
    "text",
    [
        "we evaluated qwen but it was not bad at all",
        "we tried qwen but was it good enough?",
        "we haven't tried llama yet but it could be poor at german",
        "we never tested qwen, but it was poor at german according to a friend",
        "we evaluated qwen and it was great",
    ],
)
def test_an_open_model_not_tried_or_found_good_sets_no_bar(text: str) -> None:
    facts, _ = read(text)
    assert "quality" not in facts


# --- the quality bar: the top of the range not needed, the bottom ruled out --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we don't need the fanciest model",
        "a frontier model would be a waste here, its tagging",
        "doesn't have to be anything fancy honestly",
        "medium quality is ok",
        "the biggest model is not necessary for us",
        "Average quality would be fine, it's internal.",
    ],
)
def test_the_top_of_the_range_not_needed_is_open_weight_ok(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("quality") == "open_weight_ok"


@pytest.mark.parametrize(
    "text",
    [
        "small model is not possible, the questions are hard",
        "an open model won't do for our lawyers",
        "the quality must be the maximum, like GPT-5",
        "local models aren't an option, they tried",
    ],
)
def test_the_bottom_of_the_range_ruled_out_is_frontier(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("quality") == "frontier"


def test_the_best_possible_answers_the_quality_question() -> None:
    assert read("Best possible, please.", "quality")[0].get("quality") == "frontier"
    assert "quality" not in read("the best possible latency please", "quality")[0]


@pytest.mark.parametrize(
    "text",
    [
        "the biggest model is necessary",
        "we don't need the biggest GPUs",
        "medium latency is ok",
        "small model is possible",
        "is a small model not enough?",
    ],
)
def test_near_misses_set_no_quality_bar(text: str) -> None:
    facts, _ = read(text)
    assert "quality" not in facts


# --- a place the data may go, denied, is not added by the classifier --------------------------------------------


@pytest.mark.parametrize(("text", "asked"), [("not air-gapped", "data_boundary"), ("no, not on prem", "data_boundary")])
def test_a_denied_place_is_not_stored(text: str, asked: str) -> None:
    facts, _ = read(text, asked)
    assert "data_boundary" not in facts
    assert "air_gapped" not in (facts.get("compliance") or [])


# --- latency: the start of the output or the whole of it, however named -----------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Under 1 second for begin the streaming.", "ttft"),
        ("responses must begin within 700 ms", "ttft"),
        ("frist token undr 200ms pls", "ttft"),
        ("hit enter, words in 400ms, thats the deal", "ttft"),
        ("text should appear within half a second", "ttft"),
        ("Generation of each full draft may take up to 60 seconds.", "total"),
        ("the full suggestion has to be there in under 150 ms", "total"),
        ("2 seconds for all the answer", "total"),
        ("10 sec for the hole answer is fine", "total"),
        ("the whole email in 5 seconds please", "total"),
    ],
)
def test_the_kind_of_latency_however_named(text: str, kind: str) -> None:
    facts, _ = read(text, "latency_p99_ms")
    assert facts.get("latency_kind") == kind


@pytest.mark.parametrize(
    "text",
    [
        "we generate 1000 words in 20 seconds",
        "the full document goes in as context, 2s is fine",
        "500 words in 10 seconds is our throughput",
    ],
)
def test_output_speed_or_input_size_is_no_latency_kind(text: str) -> None:
    facts, _ = read(text, "latency_p99_ms")
    assert "latency_kind" not in facts


# --- whether answers can wait ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "batch"),
    [
        ("we pay 20k a month for an overnight summarisation job", True),
        ("it can take a few hours, no problem", True),
        ("the reports may take up to 6 hours, nobody minds", True),
        ("answers are needed immediately", False),
        ("we need the replies right away, its support chat", False),
        ("answers must be instant", False),
    ],
)
def test_whether_answers_can_wait(text: str, batch: bool) -> None:
    facts, _ = read(text)
    assert facts.get("batch_ok") is batch


def test_a_few_hours_said_of_something_else_is_not_batch() -> None:
    facts, _ = read("the migration could take a few hours but the answers must be instant")
    assert facts.get("batch_ok") is not True


# --- fine-tuning: an opinion about it or a decision not yet made is no plan --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "fine-tuning is a scam change my mind",
        "fine tuning seems like snake oil to me",
        "Fine-tuning is a phase-two discussion; I won't commit today.",
        "fine-tuning is still an open question for us",
        "finetuning: haven't decided yet",
    ],
)
def test_an_opinion_or_an_open_decision_about_fine_tuning_stores_nothing(text: str) -> None:
    facts, _ = read(text)
    assert "fine_tuning" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "fine-tuning is dead simple for us, we do it every week",
        "we will fine-tune on our tickets",
        "we definitely need fine-tuning, our vocabulary is weird",
    ],
)
def test_fine_tuning_done_or_planned_is_stored(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("fine_tuning") is True


@pytest.mark.parametrize(
    "text",
    [
        "GPT-4o-mini has been totally fine for us, so we don't need anything bigger",
        "its about cost, quality just has to be okay",
        "Our evaluation team signed off on open-weight models for this use case.",
        "It's a yes/no on complaints. Even a tiny model gets that right.",
    ],
)
def test_a_modest_bar_or_open_models_cleared_is_open_weight_ok(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("quality") == "open_weight_ok"


@pytest.mark.parametrize(
    "text",
    [
        "for the chat part we need frontier, the tagging part could be any open model",
        "we don't need anything bigger than a laptop GPU",
        "does a small model get that right?",
    ],
)
def test_a_bar_for_part_of_the_traffic_or_for_hardware_is_not_stored(text: str) -> None:
    facts, _ = read(text)
    assert "quality" not in facts


# --- a vendor allowed, or only once someone approves -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "we can use the openai api, legal is ok with it",
        "We may call the Anthropic API directly.",
        "external APIs are fine, legal signed off",
    ],
)
def test_a_vendor_allowed_is_any_vendor(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("data_boundary") == "any_vendor"


@pytest.mark.parametrize(
    "text",
    [
        "we could use a public api if legal agrees",
        "external APIs are fine, pending security review",
        "openai would be ok once our DPO approves",
        "we cannot use the openai api",
    ],
)
def test_a_vendor_waiting_on_approval_or_denied_is_not_any_vendor(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("data_boundary") != "any_vendor"


# --- where the data may go: passive denials, processing allowed, a region as the condition -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "nothing can be shipped to external vendors",
        "data must not be shared with any third party",
        "the client forbids any external processing",
        "the data must be in our private cloud",
    ],
)
def test_third_parties_ruled_out_without_the_place_asks_where(text: str) -> None:
    facts, clarify = read(text)
    assert "data_boundary" not in facts
    assert "data_boundary" in clarify


@pytest.mark.parametrize(
    "text",
    ["we can share data with any third party", "external processing is fine", "Cloud hosting would be OK for us."],
)
def test_processing_by_others_allowed_is_any_vendor(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("data_boundary") == "any_vendor"


def test_a_region_as_the_condition_of_a_permission_is_residency_there() -> None:
    facts, _ = read("ok to use a cloud API as long as it is in europe")
    assert facts.get("data_region") == "eu" and "data_residency" in facts["compliance"]
    facts, _ = read("fine if it stays in the UK")
    assert facts.get("data_region") == "uk"
    assert "data_region" not in read("as long as it is in German the answers are fine")[0]


@pytest.mark.parametrize(
    "text", ["is external processing fine?", "we cannot share data with any third party", "no cloud hosting"]
)
def test_processing_asked_or_denied_is_not_any_vendor(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("data_boundary") != "any_vendor"


# --- a shape word said of the model or its answers is not the traffic --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the model must be stable",
        "the API should be always on",
        "consistent answers matter more than speed",
        "accuracy must be consistent across languages",
        "responses should be stable, same input same output",
    ],
)
def test_a_shape_word_said_of_the_model_or_its_answers_is_no_traffic_shape(text: str) -> None:
    facts, _ = read(text)
    assert "traffic_shape" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "requests are steady all day",
        "the load is consistent",
        "steady requests from the app, answers must be consistent",
    ],
)
def test_a_shape_word_said_of_the_traffic_is_kept(text: str) -> None:
    facts, _ = read(text)
    assert facts.get("traffic_shape") == "steady"


# --- short answers to the quality question ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        ("nothing special", "open_weight_ok"),
        ("cheapest that works", "open_weight_ok"),
        ("cheap is fine", "open_weight_ok"),
        ("no, open is fine", "open_weight_ok"),
        ("closed models only", "frontier"),
        ("proprietary only", "frontier"),
    ],
)
def test_a_short_answer_to_the_quality_question(text: str, quality: str) -> None:
    assert read(text, "quality")[0].get("quality") == quality


@pytest.mark.parametrize(("text", "asked"), [("open?", "quality"), ("cheap?", "quality"), ("open", None)])
def test_a_short_question_or_a_word_out_of_context_sets_no_bar(text: str, asked: str | None) -> None:
    assert "quality" not in read(text, asked)[0]
