"""The reader (``assistant.interview.reading.parse_message``) on messages that reach its less travelled
paths: a lone founder, negated clouds, hours-only rates, mixed timing, labelled answers it cannot read.

Every expectation is what the sentence says, worked out by hand.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.reading import parsed as read


def facts(text: str, expecting: list[str] | None = None) -> dict[str, Any]:
    return {u.field: u.value for u in read(text, expecting).updates}


# ------------------------------------------------------------------------------------------ team


@pytest.mark.parametrize("answer", ["it's just me", "just me", "solo", "one-man band"])
def test_a_lone_founder_answering_the_team_question_has_no_ml_or_ops_people(answer: str) -> None:
    assert facts(answer, ["team"])["team"] == {"ml_engineers": 0, "devops": 0}


def test_just_me_outside_the_team_question_says_nothing_about_the_team() -> None:
    assert "team" not in facts("it's just me")


def test_no_devops_people_is_zero_devops() -> None:
    assert facts("we don't have any devops people")["team"] == {"devops": 0}


def test_it_people_count_like_an_it_team() -> None:
    assert facts("we have 3 IT people")["team"] == {"devops": 3}


def test_it_people_are_not_ml_engineers() -> None:
    assert "ml_engineers" not in facts("we have 3 IT people").get("team", {})


def test_me_and_one_person_of_each_role() -> None:
    assert facts("me plus one ML engineer and a devops guy")["team"] == {"ml_engineers": 1, "devops": 1}


# ------------------------------------------------------------------------------------------ cloud


@pytest.mark.parametrize(
    "text",
    [
        "not our Azure tenant, we want it kept apart",
        "we'd rather do it without our AWS account",
        "never our GCP project, that one is for analytics",
    ],
)
def test_a_cloud_named_in_a_negation_is_not_the_users_cloud(text: str) -> None:
    assert "cloud_provider" not in facts(text)


def test_a_cloud_said_twice_is_one_cloud() -> None:
    assert facts("we're on AWS and our AWS account has credits")["cloud_provider"] == "aws"


# ------------------------------------------------------------------------------------------ timing


def test_a_rate_per_hour_within_business_hours_asks_how_many_hours() -> None:
    # 3,000 an hour for an unknown number of hours a day: no monthly volume can be stored
    out = read("3k requests an hour, business hours only, about 1000 tokens each")
    assert "tokens_per_month" not in out.fields()
    assert "tokens_per_month" in out.clarify
    assert facts("3k requests an hour, business hours only, about 1000 tokens each")["traffic_shape"] == (
        "business_hours"
    )


def test_a_batch_pipeline_beside_a_live_chatbot_asks_which_one_is_sized() -> None:
    out = read("the batch pipeline can wait overnight, but the chatbot needs answers in 2 seconds")
    assert "batch_ok" not in out.fields()
    assert "batch_ok" in out.clarify
    assert {u.field: u.value for u in out.updates}["latency_p99_ms"] == 2000


def test_overnight_jobs_with_a_fast_interactive_answer_ask_about_batch() -> None:
    out = read("reports are generated overnight and the answer must come back within 3 seconds")
    assert "batch_ok" not in out.fields()
    assert "batch_ok" in out.clarify


def test_part_live_part_nightly_asks_about_batch() -> None:
    out = read("part of it is live chat, part of it is nightly batch")
    assert "batch_ok" not in out.fields()
    assert "batch_ok" in out.clarify


# ------------------------------------------------------------------------------------------ labelled answers


@pytest.mark.parametrize(("text", "field"), [("k8s: dunno", "team"), ("compliance: not sure yet", "compliance")])
def test_a_labelled_answer_that_says_nothing_stores_nothing(text: str, field: str) -> None:
    assert field not in facts(text)


def test_a_labelled_batch_answer_covering_part_of_the_traffic_asks_about_batch() -> None:
    out = read("batch: some of it")
    assert "batch_ok" not in out.fields()
    assert "batch_ok" in out.clarify


def test_fine_tuning_some_models_is_fine_tuning() -> None:
    assert facts("we fine-tune some models, others we don't fine-tune")["fine_tuning"] is True


def test_no_fine_tuning_for_now_is_no_fine_tuning() -> None:
    assert facts("we might fine-tune later; no fine-tuning for now")["fine_tuning"] is False


# ------------------------------------------------------------------------------------------ models


def test_a_model_named_three_times_is_the_model_in_use_once() -> None:
    out = read("we use GPT-4o for chat and we also use GPT-4o for summaries; is GPT-4o cheaper self-hosted?")
    assert {u.field: u.value for u in out.updates}["current_model"] == "gpt-4o"
    assert out.fields().count("current_model") == 1


# ------------------------------------------------------------------------------------------ compliance


def test_a_regime_named_as_a_correction_of_none_is_the_regime() -> None:
    assert facts("no compliance requirements, well, HIPAA actually")["compliance"] == ["hipaa"]
