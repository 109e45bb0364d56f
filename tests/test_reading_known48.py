"""Readings from the misreads found in session 48 (probe 59's leftovers, a new helper's file of dev voices, probe
60): each case here was read wrong before the change beside it; the variants are other voices saying the same."""

from __future__ import annotations

import pytest

from tests.reading import facts_and_asked


def _facts(text: str, expecting: list[str] | None = None) -> dict[str, object]:
    facts, _ = facts_and_asked(text, expecting) if expecting else facts_and_asked(text)
    return facts


@pytest.mark.parametrize(
    ("text", "tokens_in"),
    [
        # 400 words (533 tokens) plus half a page (250 tokens)
        (
            "question is one or two sentences, the lesson is about 400 words, plus instructions of about half a page; "
            "answer 100-150 words",
            783,
        ),
        # three pages (1,500) plus the instructions' own 500 tokens: the tokens are another part, not the pages' count
        ("the input is a 3 page contract plus 500 tokens of instructions, output 300 tokens", 2000),
        ("each request: 2 pages of policy text + 800 tokens of instructions, answer ~200 tokens", 1800),
        ("prompt = 3 pages of claim notes plus a page of rules; reply 300 tokens", 2000),
    ],
)
def test_a_prompt_said_as_parts_adds_them_up(text: str, tokens_in: float) -> None:
    facts = _facts(text)
    assert facts["request_input_tokens"] == pytest.approx(tokens_in, abs=2)


def test_pages_with_their_own_token_count_keep_it() -> None:
    # the tokens said beside the pages are their count, with no other part between
    facts = _facts("contracts are 40 pages, call it 30,000 tokens in, and the answer is about 500 tokens")
    assert facts["request_input_tokens"] == pytest.approx(30_000)


@pytest.mark.parametrize(
    ("text", "team"),
    [
        # a bare count of a role after a count of people by role, in a list
        (
            "- on-prem only (factory server room)\n- 2 ML engineers, 1 infra\n- fine-tuning on manuals: decided",
            {"ml_engineers": 2, "devops": 1},
        ),
        ("we're 3 ML engineers + 2 ops", {"ml_engineers": 3, "devops": 2}),
        # people said by what they can do, without "who are"
        (
            "two engineers capable of deploying models plus one infrastructure engineer",
            {"ml_engineers": 2, "devops": 1},
        ),
        ("we have 3 devs able to train models", {"ml_engineers": 3}),
        # what they do in brackets after the title
        (
            "team: 2x quant dev (deploy + serve our models, torch/triton), 1x SRE. +1 SRE signed, starts on the 1st.",
            {"ml_engineers": 2, "devops": 1},
        ),
        ("3 backend devs (deploy and run our models on k8s)", {"ml_engineers": 3}),
        # someone named who left
        ("we had 2 devops guys but kev quit last wk so its just marco keeping the servers up now", {"devops": 1}),
        ("3 SREs, and priya left in june", {"devops": 2}),
        # nobody of us / none of whom
        (
            "In our factory IT section we are four persons, but nobody of us has experience of machine learning.",
            {"ml_engineers": 0},
        ),
        (
            "Our IT section has four staff members, none of whom has any machine learning experience.",
            {"ml_engineers": 0},
        ),
        # named people by what they do
        ("Ngozi deployed the models and Emeka sets up the servers", {"ml_engineers": 1, "devops": 1}),
    ],
)
def test_team_said_by_what_people_do(text: str, team: dict[str, int]) -> None:
    got = _facts(text).get("team") or {}
    assert {k: got.get(k) for k in team} == team


@pytest.mark.parametrize(
    "text",
    [
        # "me n tunde" is two people, not a one-person shop (it was read as nobody for ML or ops)
        "its just me n tunde. tunde does all the servers + network, he also trained the fraud model thats live now. i "
        "just do admin / vendors",
        "2 analysts (build dashboards)",
    ],
)
def test_no_zero_or_count_from_a_pair_or_other_work(text: str) -> None:
    team = _facts(text).get("team") or {}
    assert team.get("ml_engineers") not in (0, 2) and team.get("devops") != 0
