"""The reader in voices the first corpus lacked: shorthand, hedged numbers, typos, self-corrections, lists.

Each case is a sentence a person could type; the expectation is what a careful human reads from it
(or that it is asked, not stored, when a careful human would ask).
"""

from __future__ import annotations

from typing import Any

import pytest

from assistant.decision.summary import _count
from assistant.decision.update import change as _delta
from assistant.interview.quantities.spelling import _repair
from assistant.interview.quantities.words import normalize
from assistant.interview.reading import parse_message
from tests.reading import facts_and_asked as read


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        ("maybe 3 mil tokens per day??", 90e6),
        ("prob around 2.5mn tokens a day, could be a bit more", 75e6),
        ("idk, 1bn tokens a month-ish?", 1e9),
        ("about 10M tokns a day, all batch", 300e6),
    ],
)
def test_hedged_numbers_with_short_magnitudes_are_read(text: str, tokens_per_month: float) -> None:
    facts, _ = read(text, "tokens_per_month")
    assert facts["tokens_per_month"] == pytest.approx(tokens_per_month)


@pytest.mark.parametrize("text", ["a few million tokens a day maybe", "several billion a month, hard to say"])
def test_vague_volumes_are_asked_not_stored(text: str) -> None:
    facts, clarify = read(text, "tokens_per_month")
    assert "tokens_per_month" not in facts and "tokens_per_month" in clarify


@pytest.mark.parametrize(
    ("word", "meant"),
    [("promts", "prompts"), ("hippa", "hipaa"), ("complience", "compliance"), ("kubernets", "kubernetes")],
)
def test_typos_of_key_words_are_repaired(word: str, meant: str) -> None:
    assert _repair(word) == meant


@pytest.mark.parametrize("word", ["never", "very", "round", "match", "earnings", "require"])
def test_ordinary_words_are_not_repaired(word: str) -> None:
    assert _repair(word) == word


def test_typos_keep_the_facts() -> None:
    facts, _ = read("we are under hippa and no finetunning planned")
    assert facts["compliance"] == ["hipaa"] and facts["fine_tuning"] is False
    facts, _ = read("promts are long, like 90% of the tokens are promts")
    assert facts["input_share"] == pytest.approx(0.9)


@pytest.mark.parametrize(
    ("text", "asked", "field", "value"),
    [
        ("compliance = none", None, "compliance", ["none"]),
        ("batch = fine", None, "batch_ok", True),
        ("team = me + 1 backend guy", None, "team", {"ml_engineers": 0, "devops": 0}),
        ("me + 2 ML guys", "team", "team", {"ml_engineers": 2}),
        ("k8s: no / gpus: no / mlops: no", None, "team", {"kubernetes": False, "gpu_infra": False, "mlops": False}),
        ("* compliance: none\n* fine-tuning: no", None, "compliance", ["none"]),
    ],
)
def test_shorthand_answers(text: str, asked: str | None, field: str, value: Any) -> None:
    facts, _ = read(text, asked)
    assert facts[field] == value


def test_a_no_carries_over_a_list_only_to_items_of_its_kind() -> None:
    facts, _ = read("no finetuning, soc2, steady load 24/7")
    assert facts["fine_tuning"] is False
    assert facts["compliance"] == ["soc2"] and facts["traffic_shape"] == "steady"
    facts, _ = read("No PCI, no HIPAA, no SOC 2, nothing like that.")
    assert facts["compliance"] == ["none"]


def test_self_corrections_and_withdrawn_facts() -> None:
    facts, _ = read("pci, sorry no, i meant soc2", "compliance")
    assert facts["compliance"] == ["soc2"]
    facts, _ = read("we had k8s for a while but migrated off it to Cloud Run", "team")
    assert facts["team"] == {"kubernetes": False}
    facts, _ = read("We tried fine-tuning last spring, it wasn't worth it, we're not doing that again.")
    assert facts["fine_tuning"] is False


def test_guesses_and_other_peoples_facts_are_not_stored() -> None:
    facts, _ = read("SOC 2 for sure, maybe PCI too, I need to check.", "compliance")
    assert facts["compliance"] == ["soc2"]
    facts, _ = read("my last job had like 200 H100s and a whole SRE army lol")
    assert "team" not in facts
    facts, _ = read("Our old CTO wanted everything air-gapped, thankfully he left")
    assert "data_boundary" not in facts and "compliance" not in facts


def test_numbers_that_are_not_the_workload() -> None:
    facts, _ = read("our database p99 is 40ms")
    assert "latency_p99_ms" not in facts
    facts, _ = read("We have eight H100s on lease through 2027 and a $30k monthly budget.")
    assert facts["budget_usd_per_month"] == 30_000
    facts, _ = read("25k/mo on gpt-5, most of it is FAQ stuff")
    assert facts["current_spend_usd_per_month"] == 25_000 and "tokens_per_month" not in facts
    facts, _ = read("budget's probably around 4 grand a month", "budget_usd_per_month")
    assert facts["budget_usd_per_month"] == 4_000 and "tokens_per_month" not in facts


def test_latency_ranges_and_comparisons_are_asked() -> None:
    for text in ("1-3 s, depends", "Quicker than what we have today, which is about 8 seconds."):
        facts, clarify = read(text, "latency_p99_ms")
        assert "latency_p99_ms" not in facts and "latency_p99_ms" in clarify
    facts, _ = read("The answer must be complete in 1,5 seconds maximum.", "latency_p99_ms")
    assert facts["latency_p99_ms"] == 1500 and facts["latency_kind"] == "total"


def test_mixed_live_and_batch_work_is_asked() -> None:
    facts, clarify = read("both, some live some overnight", "batch_ok")
    assert "batch_ok" not in facts and "batch_ok" in clarify


def test_per_side_volumes_and_each_way_sizes() -> None:
    facts, _ = read("Input: 400M tokens a month. Output: 100M.")
    assert facts["tokens_per_month"] == 500e6 and facts["input_share"] == pytest.approx(0.8)
    facts, _ = read("500k chats/month, ~800 tokens each way")
    assert facts["tokens_per_month"] == 800e6 and facts["input_share"] == pytest.approx(0.5)


def test_number_words_keep_their_and() -> None:
    assert "and 2 devops" in normalize("we have zero ML people and two DevOps engineers")
    facts, _ = read("we have zero ML people and two DevOps engineers")
    assert facts["team"] == {"ml_engineers": 0, "devops": 2}


def test_what_if_wording() -> None:
    assert _delta(0.0) == "no change"
    assert _delta(120.0) == "$120.00 more" and _delta(-5.5) == "$5.50 less"
    assert _count(1, "option") == "1 option" and _count(3, "cheaper option") == "3 cheaper options"


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        ("We need to keep serving our fine-tuned adapters, the base model alone isn't good enough.", None),
        ("the vanilla Llama 3.1 70B is not good enough for contract review; our adapters make the difference", None),
        ("open models are not good enough for us", "frontier"),
        ("Open-weight models won't be good enough, we need GPT-5 class answers.", "frontier"),
    ],
)
def test_not_good_enough_about_the_untuned_model_is_not_a_call_for_frontier_quality(
    text: str, quality: str | None
) -> None:

    read = {u.field: u.value for u in parse_message(text).updates}
    assert read.get("quality") == quality, read


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("We have LoRA adapters on Llama 3.1 70B.", True),
        ("our secret sauce is a set of LoRA adapters we fine-tuned on top of Llama 3.1 70B", True),
        ("lora vs full ft?", None),  # a question
        ("someone on hn said lora is dead, true?", None),  # hearsay
        ("we do not use lora adapters", None),  # denied
    ],
)
def test_own_adapters_are_read_only_when_stated_as_theirs(text: str, own: bool | None) -> None:

    read = {u.field: u.value for u in parse_message(text).updates}
    assert read.get("own_adapters") == own, read


@pytest.mark.parametrize(
    ("text", "expecting", "field", "value"),
    [
        # a Spanish-speaking product owner (this stop's ten-message check): bare role plurals, 24-hour windows
        (
            "in the team we are 2 devops and one data scientist, he never deploy models in production",
            ["team"],
            "team",
            {"devops": 2},
        ),
        ("3 SREs and 2 ML engineers", [], "team", {"devops": 3, "ml_engineers": 2}),
        (
            "the drivers use it mostly in the morning shift, 6 to 14h, in the night almost nothing",
            ["traffic_shape"],
            "traffic_shape",
            "business_hours",
        ),
        ("traffic 08:00-18:00 on weekdays", [], "traffic_shape", "business_hours"),
        ("in the night almost nothing, the day is busy", ["traffic_shape"], "traffic_shape", "business_hours"),
        ("results within 2 to 12h is fine", [], "traffic_shape", None),  # a turnaround, not a working day
        ("the night shift uses it most", [], "traffic_shape", None),
    ],
)
def test_plain_team_and_working_day_phrasings(text: str, expecting: list[str], field: str, value: object) -> None:

    read = {u.field: u.value for u in parse_message(text, expecting).updates}
    if field == "team" and isinstance(value, dict):
        assert {k: read.get("team", {}).get(k) for k in value} == value, read
    else:
        assert read.get(field) == value, read


@pytest.mark.parametrize(
    "text", ["how you calculate the monthly cost?", "how u got this number", "how could you arrive at $504?"]
)
def test_how_questions_without_an_auxiliary_are_about_the_arithmetic(text: str) -> None:
    from assistant.decision import explain
    from tools.catalog import load_catalog

    question = explain.classify(text, explain.resolver_for(load_catalog()), has_baseline=True)
    assert question is not None and question.kind == "how"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # a Brazilian e-commerce developer (this stop's last ten-message check)
        ("maybe 300k conversations per month, each one like 2k tokens total", "tokens_per_month", 600_000_000.0),
        ("300k conversations a day, each of them about 1,500 tokens", "tokens_per_month", 13_500_000_000.0),
        ("most of tokens is the catalog context we put in prompt, answers are short", "input_share", 0.8),
        ("answers are usually short", "input_share", 0.8),
        ("answers are not short", "input_share", None),
    ],
)
def test_requests_each_one_and_short_answers(text: str, field: str, value: object) -> None:

    read = {u.field: u.value for u in parse_message(text, [field]).updates}
    assert read.get(field) == value, read
