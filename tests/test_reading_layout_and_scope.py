"""Reading mechanisms added for issue 10's held-out gaps: list layout, labelled items, skills said as novelty,
hedged answers, the quality bar said of "it", per-side request sizes and simple shares. Each case is a phrasing
written by hand with the reading a careful human would give it; the cases beside them must stay unread.
"""

from __future__ import annotations

from typing import Any

import pytest

from assistant.interview.reading import parse_message
from tests.reading import facts as read


def team(text: str, asked: str | None = "team") -> dict[str, Any]:
    value: dict[str, Any] = read(text, asked).get("team", {})
    return value


# --- layout: list markers, lines, key=value runs, labelled items -------------------------------------------


def test_a_dash_opening_a_list_line_is_no_minus_sign() -> None:
    assert team("- 2 ML engineers\n- no GPU experience\n- k8s: yes") == {
        "ml_engineers": 2,
        "gpu_infra": False,
        "kubernetes": True,
    }
    assert team("- 2 ML engineers") == {"ml_engineers": 2}


def test_a_count_on_one_line_does_not_reach_the_role_on_the_next() -> None:
    assert team("- ML engineers: 3\n- devops: 2") == {"ml_engineers": 3, "devops": 2}
    assert team("ML engineers: 3\ndevops: 2") == {"ml_engineers": 3, "devops": 2}


def test_numbered_lines_are_items() -> None:
    got = read("1. 50M tokens a day\n2. HIPAA\n3. 3 ML engineers")
    assert got["tokens_per_month"] == pytest.approx(1.5e9)
    assert got["compliance"] == ["hipaa"]
    assert got["team"] == {"ml_engineers": 3}


def test_key_value_pairs_run_together() -> None:
    assert team("mle=3 sre=2 mlops=no k8s=yes") == {"ml_engineers": 3, "devops": 2, "mlops": False, "kubernetes": True}
    assert team("ML eng = 2 ops = 1") == {"ml_engineers": 2, "devops": 1}


def test_a_none_in_a_labelled_list_denies_only_its_item() -> None:
    assert team("ML: none, DevOps: two") == {"ml_engineers": 0, "devops": 2}
    assert team("ml - none, devops - 2") == {"ml_engineers": 0, "devops": 2}


def test_labelled_sides_still_sum_to_the_volume() -> None:
    got = read("input: 400M a month, output: 100M a month")
    assert got["tokens_per_month"] == pytest.approx(5e8)
    assert got["input_share"] == pytest.approx(0.8)


# --- head counts ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a pair of ML engineers and one ops person", {"ml_engineers": 2, "devops": 1}),
        ("3 ML + 2 infra", {"ml_engineers": 3, "devops": 2}),
        ("ML team size: 5", {"ml_engineers": 5}),
        ("ML engineering consists of 7 people.", {"ml_engineers": 7}),
        ("we're a team of 6, 2 of which are ML", {"ml_engineers": 2}),
        ("ML engineers - we have three", {"ml_engineers": 3}),
        ("5ish ML engineers", {"ml_engineers": 5}),
        ("4 FTE ML engineers", {"ml_engineers": 4}),
        ("three people, all ML", {"ml_engineers": 3}),
        ("we're web developers, we don't do ML", {"ml_engineers": 0}),
    ],
)
def test_head_counts_in_more_forms(text: str, expected: dict[str, Any]) -> None:
    assert team(text) == expected


@pytest.mark.parametrize(
    "text",
    ["ML: a handful of PhDs, maybe 5", "run 3 ML and 2 rule-based models", "we use 2 AI, OpenAI and Claude"],
)
def test_no_head_count_where_none_is_said(text: str) -> None:
    assert "ml_engineers" not in team(text, None)


# --- team skills: novelty, an earlier job, opinions, possession --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GPU ops would be brand new for us", {"gpu_infra": False}),
        ("GPU-wise we're clueless", {"gpu_infra": False}),
        ("we'd have to learn GPU ops from scratch", {"gpu_infra": False}),
        ("Kubernetes is new to our organisation; we have not adopted it yet.", {"kubernetes": False}),
        ("k8s is our bread and butter but GPUs are a black box to us", {"kubernetes": True, "gpu_infra": False}),
        ("I managed a GPU cluster at my last job, but here we have none", {"gpu_infra": False}),
        ("We lack experience operating accelerator hardware.", {"gpu_infra": False}),
        ("we know our way around CUDA and GPU nodes", {"gpu_infra": True}),
        ("we serve it on our own GPUs", {"gpu_infra": True}),
        ("we built our GPU cluster from scratch", {"gpu_infra": True}),
        ("There is no dedicated team for model operations.", {"mlops": False}),
    ],
)
def test_team_skills_read_with_their_scope(text: str, expected: dict[str, Any]) -> None:
    assert team(text) == expected


@pytest.mark.parametrize(
    "text",
    ["managing GPUs sounds like a nightmare", "our own GPUs are paid off", "at my last job we used k8s"],
)
def test_no_team_skill_from_an_opinion_a_purchase_or_another_job(text: str) -> None:
    assert team(text, None) == {}


# --- the regime question answered with a hedged nothing ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I think there is nothing, we are small shop selling furniture.",
        "Hmm, I don't believe so? We've never had an audit.",
        "nothing comes to mind",
        "none I'm aware of",
        "n/a",
        "no speical compliance reqs",
        "we don't handle anything regulated",
    ],
)
def test_a_hedged_nothing_answers_the_regime_question(text: str) -> None:
    assert read(text, "compliance")["compliance"] == ["none"]


def test_a_nothing_with_a_regime_keeps_the_regime() -> None:
    assert read("I think there is nothing except SOC2", "compliance")["compliance"] == ["soc2"]
    assert "compliance" not in read("I'd say none, but our data has to stay in our VPC", "compliance")


# --- quality ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "asked", "expected"),
    [
        ("it's customer facing so it needs to be really good", "quality", "frontier"),
        ("as smart as possible", "quality", "frontier"),
        ("premium", "quality", "frontier"),
        ("mid", "quality", "open_weight_ok"),
        ("We require the most accurate model available; errors are costly.", None, "frontier"),
        ("small models hallucinate too much for us, we tried", None, "frontier"),
        ("needs top-shelf reasoning, no cheap models", None, "frontier"),
        ("Llama 3 70B does the job fine for us already", None, "open_weight_ok"),
        ("honestly the cheap models have been fine for our use", None, "open_weight_ok"),
        ("An open-weight model in the 70B class would meet our quality bar.", None, "open_weight_ok"),
        ("cheaper is better, quality is secondary", None, "open_weight_ok"),
        ("I think a smaller model would cope", None, "open_weight_ok"),
        ("open sorce is fine for us", None, "open_weight_ok"),
    ],
)
def test_quality_in_more_forms(text: str, asked: str | None, expected: str) -> None:
    assert read(text, asked)["quality"] == expected


@pytest.mark.parametrize("text", ["mid", "latency needs to be really good", "we run the most reliable servers"])
def test_no_quality_from_words_about_something_else(text: str) -> None:
    assert "quality" not in read(text)


def test_a_bare_ok_to_the_quality_question_is_asked_again() -> None:
    result = parse_message("ok", ["quality"])
    assert "quality" not in result.fields() and "quality" in result.clarify


# --- request sizes and simple shares -------------------------------------------------------------------------


def test_a_side_named_with_its_size_needs_no_unit() -> None:
    got = read("prompt size ~3k, completion ~250")
    assert (got["request_input_tokens"], got["request_output_tokens"]) == (3000, 250)
    assert got["input_share"] == pytest.approx(3000 / 3250)
    assert "request_input_tokens" not in read("prompt length 2000 characters")


def test_one_side_averaged_is_that_side_only() -> None:
    got = read("replies average around 600 tokens")
    assert got["request_output_tokens"] == 600
    assert "request_input_tokens" not in got and "input_share" not in got


def test_the_unit_of_a_per_unit_size_can_name_its_side() -> None:
    assert read("abt 700 tokns per prompt")["request_input_tokens"] == 700
    assert read("about 400 tokens per answer")["request_output_tokens"] == 400


def test_what_is_sent_per_call_is_the_input() -> None:
    got = read("we send roughly 3k tokens per call and get ~400 back")
    assert (got["request_input_tokens"], got["request_output_tokens"]) == (3000, 400)


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("maybe 1 in 3 questions needs the big model, the rest is trivial", 2 / 3),
        ("only 20% of requests actually need reasoning", 0.8),
        ("the hard cases are maybe 5% of volume", 0.95),
        ("about a third of traffic is greetings and small talk", 1 / 3),
        ("roughly 60 percent of chats are 'where is my package'", 0.6),
    ],
)
def test_simple_share_in_more_forms(text: str, share: float) -> None:
    assert read(text)["simple_share"] == pytest.approx(share, abs=0.01)


def test_an_office_named_as_where_data_stays_is_no_traffic_shape() -> None:
    got = read("the data must stay in our own computers in the office")
    assert got["data_boundary"] == "on_prem" and "traffic_shape" not in got
    assert read("people only use it in the office")["traffic_shape"] == "business_hours"


def test_an_offline_network_is_a_boundary_not_a_batch_job() -> None:
    got = read("the plant network is offline, no internet at all", "data_boundary")
    assert got["data_boundary"] == "air_gapped" and "batch_ok" not in got
    assert read("the reports run offline overnight")["batch_ok"] is True


def test_on_site_and_plain_vendor_permissions() -> None:
    assert read("gotta be on-site, the client insists", "data_boundary")["data_boundary"] == "on_prem"
    assert "data_boundary" not in read("we do on-site training for staff")
    assert read("vendors are okay", "data_boundary")["data_boundary"] == "any_vendor"
    assert "data_boundary" not in read("no vendors are allowed")
    assert "data_boundary" not in read("vendors are fine for quality")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ML (2), Ops (1)", {"ml_engineers": 2, "devops": 1}),
        ("ML—2, ops—1", {"ml_engineers": 2, "devops": 1}),
        ("ML engineers × 3", {"ml_engineers": 3}),
        ("ops (2 people) handle it", {"devops": 2}),
    ],
)
def test_a_role_with_its_count_in_brackets_or_after_a_dash(text: str, expected: dict[str, Any]) -> None:
    assert team(text) == expected


def test_a_model_name_with_a_dash_and_a_digit_is_no_head_count() -> None:
    assert team("the ai-2 model", None) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("we can't go below Sonnet", "frontier"),
        ("nothing below GPT-5", "frontier"),
        ("our evals show open models lag too far behind", "frontier"),
        ("top-of-the-line quality", "frontier"),
        ("a local model is fine for this", "open_weight_ok"),
        ("Mixtral does fine on our evals", "open_weight_ok"),
        ("Gemma is plenty", "open_weight_ok"),
        ("honestly GPT-3.5 level would do", "open_weight_ok"),
    ],
)
def test_quality_floors_and_open_model_families(text: str, expected: str) -> None:
    assert read(text)["quality"] == expected


def test_a_slow_local_model_says_nothing_of_quality() -> None:
    assert "quality" not in read("the local model is slow")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("our SREs handle a fleet of L4 instances for transcription", True),
        ("we host a bunch of models on GPUs for the recommendations", True),
        ("we've had GPU nodes in our k8s for 2 years", True),
        ("we have no GPU nodes", False),
        ("we've never had GPU nodes", False),
    ],
)
def test_gpus_held_and_run_today(text: str, expected: bool) -> None:
    assert team(text)["gpu_infra"] is expected


@pytest.mark.parametrize(
    "text", ["we could host the models on GPUs", "the vendor hosts models on H100s", "we have GPU nodes on order"]
)
def test_gpus_someone_else_runs_or_not_yet_here(text: str) -> None:
    assert "gpu_infra" not in team(text, None)
