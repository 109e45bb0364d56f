"""Fine-tuning said as a plan or as the past, read through ``parse_message``.

Decision (see the brief on "we'll fine-tune eventually"): a firm plan to fine-tune later is ``fine_tuning: true``
for the advice, since whatever is chosen must then serve their own weights; a maybe, a condition or a "not now" is
not. A fine-tune done before on another model, with this workload's tuning denied, is ``false``.

Expected values are worked out by hand from each sentence.
"""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


def tuning(text: str, expecting: list[str] | None = None) -> object:
    got = {u.field: u.value for u in parse_message(text, expecting or []).updates}
    return got.get("fine_tuning")


@pytest.mark.parametrize(
    "text",
    [
        "we'll fine-tune eventually",
        "We plan to fine-tune later on our support transcripts.",
        "gonna finetune it down the road for sure",
        "Our plan is to fine-tune the model in a later phase.",
        "We will definitely fine-tune at some point.",
    ],
)
def test_a_firm_plan_to_fine_tune_later_is_fine_tuning(text: str) -> None:
    assert tuning(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "we might fine-tune later",
        "maybe we fine-tune later, who knows",
        "We're going to fine-tune it down the road, if we ever get labels.",
        "our partner will fine-tune eventually",
        "will we fine-tune eventually?",
        "not for v1, but we'll fine-tune later",
    ],
)
def test_a_maybe_a_condition_or_someone_else_stores_no_plan(text: str) -> None:
    assert tuning(text) is not True


@pytest.mark.parametrize(
    "text",
    [
        "we fine-tuned a model before, we won't fine-tune this one",
        "We fine-tuned a Mistral model last year. For this project we will not fine-tune.",
        "fine-tuned BERT in the past, no plans to fine-tune here",
        "we did fine-tune on a previous project, but we won't fine-tune this one",
        "we fine-tuned a model, we won't fine-tune this one",
    ],
)
def test_a_fine_tune_done_before_with_this_one_denied_is_no_fine_tuning(text: str) -> None:
    assert tuning(text) is False


@pytest.mark.parametrize(
    "text",
    [
        "we fine-tuned llama before and now we serve those weights",
        "Llama 3.1 8B fine-tuned for tagging already passes our evals",
    ],
)
def test_a_fine_tune_in_use_today_is_still_fine_tuning(text: str) -> None:
    assert tuning(text) is True


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("Probably not, prompting seems to work.", ["fine_tuning"]),
        ("not rn, mayb later", ["fine_tuning"]),
        ("Customisation will be limited to system prompts and retrieval.", []),
        ("RAG already does the job for us", []),
        ("The model weights will not be modified.", []),
    ],
)
def test_prompting_said_to_work_or_not_now_is_no_fine_tuning(text: str, expecting: list[str]) -> None:
    assert tuning(text, expecting) is False


def test_prompting_said_not_to_work_is_no_denial_of_tuning() -> None:
    assert tuning("prompting alone doesn't work for us, we need to fine-tune") is True
