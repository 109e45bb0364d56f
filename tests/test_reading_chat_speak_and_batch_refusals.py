"""Chat-speak "r" for "are" ("we r on azure", "summaries r short like 100 tok") reads as "are", never the R
language; "we don't want batch", "doctors review them live" deny batch tolerance, a question or a
half-refusal beside "overnight is fine" does not."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


def _facts(text: str) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text, []).updates}


def test_we_r_on_azure_names_the_cloud() -> None:
    facts = _facts("we r on azure, data can stay in our tenant but NOT openai public api")
    assert facts.get("cloud_provider") == "azure" and facts.get("data_boundary") == "cloud_tenant"


def test_sides_said_with_r() -> None:
    facts = _facts("summaries r short like 100 tok, prompts r 2k")
    assert facts.get("request_input_tokens") == 2000.0 and facts.get("request_output_tokens") == 100.0


def test_the_r_language_is_left_alone() -> None:
    assert _facts("we use r for stats, 5M tokens a day").get("tokens_per_month") == 150_000_000.0


@pytest.mark.parametrize(
    "text",
    [
        "hmm actually we do NOT want batch, radiologists read them live",
        "we don't want batch",
        "we wont use the batch api",
        "doctors review them live as they come in",
    ],
)
def test_refusing_batch_is_no_batch(text: str) -> None:
    assert _facts(text).get("batch_ok") is False


@pytest.mark.parametrize(
    "text", ["if we don't use batch, what happens?", "we don't want batch to be the only option but overnight is fine"]
)
def test_no_refusal_in_a_question_or_beside_a_yes(text: str) -> None:
    assert _facts(text).get("batch_ok") is not False
