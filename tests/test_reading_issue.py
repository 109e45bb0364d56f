"""The phrasings issue 10 reported as misread, and the reading rules around them."""

from typing import Any

import pytest

from assistant.interview.reading import parse_message
from tools.results import Conventions


def facts(text: str, expecting: list[str] | None = None) -> dict[str, Any]:
    return {u.field: u.value for u in parse_message(text, expecting).updates}


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("a couple of seconds of latency is fine", "latency_p99_ms", 2000),
        ("roughly half input half output", "input_share", 0.5),
        ("a mid-tier model is enough", "quality", "open_weight_ok"),
        ("we need GPT-class quality honestly", "quality", "frontier"),
        ("no special compliance", "compliance", ["none"]),
        ("SOC2, not PCI", "compliance", ["soc2"]),
        ("we need HIPAA and GDPR but no PCI", "compliance", ["gdpr", "hipaa"]),
        ("can stay in our Azure tenant but not a public API", "data_boundary", "cloud_tenant"),
        ("the data must never leave our own servers", "data_boundary", "on_prem"),
        ("mostly 9-5 weekdays, dead at night", "traffic_shape", "business_hours"),
        ("we used to fine-tune but not anymore", "fine_tuning", False),
        ("time to first token under 300 ms", "latency_kind", "ttft"),
    ],
)
def test_plain_answers_are_understood(text: str, field: str, value: object) -> None:
    got = facts(text)
    assert got.get(field) == pytest.approx(value) if isinstance(value, float | int) else got.get(field) == value


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("nobody on the team has run GPUs in production", {"gpu_infra": False}),
        ("two platform engineers but no ML infra team", {"devops": 2, "mlops": False}),
        ("a 10-person ML infrastructure team", {"ml_engineers": 10, "mlops": True}),
        ("no ML engineers, one DevOps person", {"ml_engineers": 0, "devops": 1}),
    ],
)
def test_team_denials_and_counts(text: str, team: dict[str, Any]) -> None:
    got = facts(text)["team"]
    assert {k: got.get(k) for k in team} == team


def test_a_platform_team_of_four_is_four_engineers() -> None:
    assert facts("a platform team of 4 ML infra engineers")["team"]["ml_engineers"] == 4


def test_team_holds_only_the_stated_keys() -> None:
    assert set(facts("we run Kubernetes")["team"]) == {"kubernetes"}


def test_no_data_residency_rule_is_not_data_residency() -> None:
    assert "data_residency" not in (facts("no data residency rule").get("compliance") or [])


def test_an_industry_word_is_asked_about_not_stored() -> None:
    result = parse_message("we're a fintech")
    assert "compliance" not in result.fields()
    assert "compliance" in result.clarify


def test_model_size_is_not_a_volume() -> None:
    assert "tokens_per_month" not in facts("we want to run a 70B model")
    assert facts("llama 3.1 70b, about 10M tokens daily")["tokens_per_month"] == pytest.approx(300e6)


def test_money_is_never_tokens() -> None:
    got = facts("we spend $12k a month on GPT-4o")
    assert "tokens_per_month" not in got
    assert got["current_spend_usd_per_month"] == pytest.approx(12_000)
    assert got["current_model"] == "gpt-4o"


def test_rates_give_volume_mix_and_request_sizes() -> None:
    got = facts("120k requests a day, ~1,500 tokens in and 300 out")
    assert got["tokens_per_month"] == pytest.approx(120e3 * 1800 * 30)
    assert got["input_share"] == pytest.approx(1500 / 1800, abs=1e-3)
    assert got["request_input_tokens"] == 1500 and got["request_output_tokens"] == 300


def test_days_per_month_come_from_the_caller() -> None:
    got = {u.field: u.value for u in parse_message("10M tokens a day", None, Conventions(days_per_month=31)).updates}
    assert got["tokens_per_month"] == pytest.approx(310e6)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twenty million tokens a day", 600e6),
        ("half a billion tokens a month", 500e6),
        ("one and a half million tokens a day", 45e6),
        ("a dozen requests per second at 2k tokens each", 12 * 2000 * 86400 * 30),
    ],
)
def test_number_words(text: str, value: float) -> None:
    assert facts(text)["tokens_per_month"] == pytest.approx(value)


def test_ratio_input_to_output() -> None:
    assert facts("3:1 input to output")["input_share"] == pytest.approx(0.75)


def test_a_correction_is_marked_and_takes_the_new_value() -> None:
    result = parse_message("actually 15M a day, not 40M")
    (update,) = [u for u in result.updates if u.field == "tokens_per_month"]
    assert update.value == pytest.approx(450e6) and update.correction
    plain = parse_message("about 15M tokens a day")
    assert not plain.updates[0].correction


def test_a_contradiction_is_asked_about() -> None:
    result = parse_message("100% input and 50% output")
    assert "input_share" not in result.fields() and "input_share" in result.clarify


def test_new_facts() -> None:
    assert facts("we already own 16 H100s")["owned_gpus"] == {"gpu": "h100", "count": 16, "paid_for": True}
    assert facts("75% are password resets")["simple_share"] == pytest.approx(0.75)
    assert facts("our budget is $5k a month")["budget_usd_per_month"] == pytest.approx(5000)


@pytest.mark.parametrize(
    ("text", "expecting", "field", "value"),
    [
        ("none", ["compliance"], "compliance", ["none"]),
        ("nope", ["compliance"], "compliance", ["none"]),
        ("yes", ["batch_ok"], "batch_ok", True),
        ("no", ["fine_tuning"], "fine_tuning", False),
        ("3", ["team"], "team", {"ml_engineers": 3}),
        ("just me", ["team"], "team", {"ml_engineers": 0, "devops": 0}),
        ("the second one", ["traffic_shape"], "traffic_shape", "business_hours"),
    ],
)
def test_bare_answers_answer_the_question_asked(text: str, expecting: list[str], field: str, value: object) -> None:
    assert facts(text, expecting)[field] == value
    assert field not in facts(text)


@pytest.mark.parametrize(
    "text",
    [
        "what does HIPAA cost us?",
        "our competitor self-hosts on H100s",
        "is bursty traffic bad for self-hosting?",
        "should we fine-tune?",
        "say we grew to a billion tokens a month, would the answer change?",
    ],
)
def test_questions_and_other_peoples_facts_state_nothing(text: str) -> None:
    assert parse_message(text).fields() == []
