"""Fine-tuning someone has done or knows is a skill, not a need of the workload sized: "has fine-tuned", "did some
LoRA at her last job", "experience with fine-tuning" store no fine-tuning fact (the advisor asks). The same words
tied to this workload (the tuned model is served, must be hosted, will be tuned again for it) stay a need.

Expected values are worked out by hand from each sentence.
"""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message
from tests.offline_chat import talk


def tuning(text: str, expecting: list[str] | None = None) -> object:
    got = {u.field: u.value for u in parse_message(text, expecting or []).updates}
    assert "own_adapters" not in got or got.get("fine_tuning") is True
    return got.get("fine_tuning")


EXPERIENCE = [
    "Both of our ML engineers have done quite a bit of fine-tuning in their careers.",
    "one dude on the team has finetuned mistral on his laptop",
    "Our CTO did some QLoRA experiments at his old startup.",
    "we got someone with hands-on experience in fine-tuning, fwiw",
    "Skills: fine-tuning (BERT, T5) from previous roles.",
    "she have trained LoRA adapters for her phd thesis",
    "Ana has fine-tuned Whisper before, for a side project.",
    "FYI the data team has experience with fine-tuning small models.",
    "Our engineers are comfortable with fine-tuning, they did it at university.",
]


@pytest.mark.parametrize("text", EXPERIENCE)
def test_tuning_someone_has_done_is_no_fine_tuning_fact(text: str) -> None:
    assert tuning(text) is None


@pytest.mark.parametrize("text", EXPERIENCE[:5])
def test_experience_is_no_answer_to_the_fine_tuning_question(text: str) -> None:
    assert tuning(text, ["fine_tuning"]) is None


@pytest.mark.parametrize(
    "text",
    [
        "we fine-tuned Llama on our tickets last year and need to keep serving it",
        "We have fine-tuned adapters that must be hosted next to the base model.",
        "the team has done LoRA before and we'll fine-tune this one on our chats as well",
        "he has experience with fine-tuning, and we do plan to fine-tune on our contracts",
        "our ML folks fine-tuned a Qwen for this and it's what we run in production",
        "we did some LoRA on our manuals in 2024 and must keep serving those adapters",
        "we'll need to fine-tune on our tickets",
    ],
)
def test_tuning_tied_to_this_workload_is_a_need(text: str) -> None:
    assert tuning(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "has the team fine-tuned models before?",  # a question
        "nobody here has ever fine-tuned anything",  # denied: no experience either, nothing of the plan
        "we might fine-tune someday, one guy has done it before",  # a maybe beside the experience
    ],
)
def test_near_misses_store_no_fine_tuning_need(text: str) -> None:
    assert tuning(text) is not True


def test_the_team_count_beside_the_experience_is_still_read() -> None:
    said = parse_message("We have 3 ML engineers; all have fine-tuned models before.")
    got = {u.field: u.value for u in said.updates}
    assert got.get("team", {}).get("ml_engineers") == 3
    assert "fine_tuning" not in got


def test_in_a_conversation_experience_leaves_fine_tuning_to_ask() -> None:
    session, _ = talk(["about 20M tokens a month", "two ML engineers, one of them has fine-tuned BERT at his last job"])
    summary = session.profile.summary()
    assert (summary.get("fine_tuning") or {}).get("origin") != "said"
    assert summary["team"]["origin"] == "said"
    assert summary["team"]["value"]["ml_engineers"] == 2


def test_in_a_conversation_a_tuned_model_to_serve_is_said() -> None:
    session, _ = talk(["about 20M tokens a month", "we fine-tuned Mistral on our claims and must keep serving it"])
    tuned = session.profile.summary()["fine_tuning"]
    assert tuned["origin"] == "said"
    assert tuned["value"] is True


def test_experience_beside_gpus_never_run_in_production_is_still_experience() -> None:
    text = (
        "Team: 3 backend devs (Node, Go), 1 data guy who has fine-tuned small models on Colab, nobody has run GPUs "
        "in production and we don't own any."
    )
    assert "fine_tuning" not in {u.field for u in parse_message(text).updates}
