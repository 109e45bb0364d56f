"""Edges of the newer readers, each a behaviour in a voice of its own: ranges that are lists, money, ceilings or
counts of something else; team members who left or are hired help; GPUs rented rather than owned."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message
from tests.reading import facts_and_asked as read


def test_input_and_output_said_together_are_a_list_not_a_range() -> None:
    facts, _ = read("we do 5M input and 1M output tokens a day", ["tokens_per_month"])
    assert facts["tokens_per_month"] == pytest.approx(6e6 * 30)
    assert facts["input_share"] == pytest.approx(5 / 6)


def test_a_range_of_money_is_no_volume() -> None:
    facts, _ = read("budget is 2-5k a month", ["tokens_per_month"])
    assert "tokens_per_month" not in facts and facts.get("budget_usd_per_month") == 5000


def test_a_ceiling_range_is_asked_about() -> None:
    facts, clarify = read("up to 3-4M tokens a day", ["tokens_per_month"])
    assert "tokens_per_month" not in facts and "tokens_per_month" in clarify


def test_a_range_settled_in_tokens_keeps_the_users_tokens() -> None:
    r = parse_message("between 20 and 40 pages, call it 30,000 tokens", ["tokens_per_month"])
    assert not r.updates and r.confirm is not None and "30,000 tokens" in r.confirm


@pytest.mark.parametrize("text", ["2-5 GPUs", "it's 10-20 people"])
def test_a_range_of_hardware_or_people_is_no_volume(text: str) -> None:
    facts, _ = read(text, ["tokens_per_month"])
    assert "tokens_per_month" not in facts


def test_a_narrow_range_answering_the_volume_question_is_read_at_its_middle() -> None:
    facts, _ = read("somewhere 3-4M a day", ["tokens_per_month"])
    assert facts["tokens_per_month"] == pytest.approx(3.5e6 * 30)


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("our ops guy left last month", None),  # not today's team
        ("two contractors do our devops", {"devops": 0}),  # hired help: nobody in-house
        ("an agency with 3 data scientists does our ML", None),
        ("ML engineers? Just the one.", {"ml_engineers": 1}),
    ],
)
def test_who_is_on_the_team_today(text: str, team: dict[str, int] | None) -> None:
    facts, _ = read(text, ["team"])
    assert facts.get("team") == team


def test_gpus_rented_from_a_data_centre_are_not_paid_for() -> None:
    facts, _ = read("we rent 4 L40S from a local DC", ["team"])
    assert facts["owned_gpus"] == {"gpu": "l40s", "count": 4, "paid_for": False}


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("1 ml person, 0 k8s", {"ml_engineers": 1, "kubernetes": False}),  # a zero count denies what it counts
        ("0 gpus, 0 k8s", {"kubernetes": False, "gpu_infra": False}),
        ("we have 0 ML engineers and run k8s", {"ml_engineers": 0, "kubernetes": True}),  # a new predicate
        ("we have zero ML engineers and run k8s", {"ml_engineers": 0, "kubernetes": True}),
        ("no ML engineers, k8s yes", {"ml_engineers": 0, "kubernetes": True}),  # the item answered on its own
        ("scaled from 0 to 40 k8s nodes", {"kubernetes": True}),  # a range from zero denies nothing
    ],
)
def test_zero_reaches_only_what_it_counts(text: str, team: dict[str, object]) -> None:
    facts, _ = read(text, [])
    assert facts.get("team") == team
