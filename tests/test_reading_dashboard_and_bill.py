"""Figures read off a usage dashboard ("last month was 410M tokens"), a topic answered after a question mark
("compliance? none"), a one-person team, simple traffic in casual words, models named by version, and a
volume worked out from the bill when the user asks for it."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message
from tests.offline_chat import talk


def _said(text: str, expecting: list[str] | None = None) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text, expecting or []).updates}


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("ok checked the usage dashboard: last month was 410M input tokens and 62M output tokens", 472e6),
        ("last month we used 410M input tokens and 62M output tokens", 472e6),
        ("the past month was about 90M tokens", 90e6),
        ("we did 70M tokens last week", 70e6 * 30 / 7),
        ("previous month were roughly 2B tokens total", 2e9),
    ],
)
def test_a_measured_period_is_the_volume(text: str, tokens: float) -> None:
    assert _said(text).get("tokens_per_month") == pytest.approx(tokens)


@pytest.mark.parametrize(
    "text",
    [
        "it was 30M tokens a day, not 50M",  # an old value being replaced is not the volume
        "we were at 30M tokens a day instead of the 50M I said",
    ],
)
def test_a_replaced_figure_is_still_not_the_volume(text: str) -> None:
    assert _said(text).get("tokens_per_month") != 30e6 * 30


@pytest.mark.parametrize(
    "text",
    [
        "compliance? none, it's a b2c writing app, no health or payments stuff",
        "regulations? none really",
        "compliance? nope, nothing",
    ],
)
def test_a_topic_then_a_question_mark_then_its_answer(text: str) -> None:
    assert _said(text).get("compliance") == ["none"]


@pytest.mark.parametrize(
    "text",
    [
        "no team, it's just me, i can't babysit servers or gpus",
        "i'm a solo dev",
        "one-person company, so no devops",
        "just me, no engineers",
    ],
)
def test_a_one_person_team(text: str) -> None:
    team = _said(text).get("team")
    assert isinstance(team, dict) and team.get("ml_engineers") == 0 and team.get("devops") == 0


def test_just_me_about_something_else_is_not_a_team() -> None:
    assert "team" not in _said("it's just me asking, my boss wants the numbers")


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("maybe 70% of requests are dumb stuff like fixing grammar, the rest needs a smart model", 0.7),
        ("80% is mundane stuff", 0.8),
        ("about 65% of queries are no-brainers", 0.65),
    ],
)
def test_simple_traffic_in_casual_words(text: str, share: float) -> None:
    assert _said(text).get("simple_share") == share


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("i pay openai $3,200 a month for gpt-4.1", "gpt-4.1"),
        ("we're on gpt-4.1-mini right now", "gpt-4.1-mini"),
        ("currently using GPT 4.1 nano", "gpt-4.1-nano"),
    ],
)
def test_the_model_in_use_by_version(text: str, model: str) -> None:
    assert _said(text).get("current_model") == model


_talk = talk


@pytest.mark.parametrize(
    "ask",
    [
        "can't you figure out the volume from the bill?",
        "could you estimate the tokens based on what we pay?",
        "just work it out from our monthly spend",
    ],
)
def test_the_volume_worked_out_from_the_bill_on_request(ask: str) -> None:
    session, replies = _talk(["we pay about $12,000 a month for gpt-4o", ask])
    fact = session.profile.facts["tokens_per_month"]
    # $12,000 at GPT-4o's $2.50 in / $10 out per million tokens, half of the tokens input: $6.25 a million
    assert fact.origin == "assumed"
    assert float(fact.value) == pytest.approx(12_000 / 6.25 * 1e6, rel=1e-6)
    assert "estimated it from what you spend" in replies[1]
    assert "Here is what the articles say" not in replies[1]  # not a retrieval answer


@pytest.mark.parametrize(
    "text",
    [
        "The ethics board was very firm: the machine that processes these must never be connected to the internet.",
        "the box that runs the model can never be hooked up to the internet",
        "everything has to stay completely offline",
    ],
)
def test_a_machine_never_on_the_internet_is_air_gapped(text: str) -> None:
    assert _said(text).get("data_boundary") == "air_gapped"


def test_an_internal_api_is_not_air_gapped() -> None:
    assert _said("the api must not be exposed to the internet").get("data_boundary") != "air_gapped"


@pytest.mark.parametrize(
    "text",
    [
        "Our department has a workstation with two RTX A6000 cards, which I gather are GPUs.",
        "we already own 2 A6000s",
    ],
)
def test_workstation_cards_we_own(text: str) -> None:
    assert _said(text).get("owned_gpus") == {"gpu": "rtx-a6000", "count": 2, "paid_for": True}


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # 70,000 calls a day x 3 model calls x 1,650 tokens x 30 days
        (
            "Per day around 70 thousand calls, 7 days. In each call the assistant runs 3 times, each time 1.500 "
            "tokens input and 150 tokens output.",
            70_000 * 3 * 1_650 * 30,
        ),
        ("70k conversations a day, each with 3 LLM calls of 1,500 in and 150 out", 70_000 * 3 * 1_650 * 30),
        ("20k chats a day, the model gets called about 4 times per chat, 800 in 200 out each", 20_000 * 4 * 1_000 * 30),
        ("70k calls a day at 1,500 in and 150 out", 70_000 * 1_650 * 30),  # one model call a conversation
    ],
)
def test_model_calls_per_conversation_multiply_the_rate(text: str, tokens: float) -> None:
    assert _said(text).get("tokens_per_month") == pytest.approx(tokens)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        (
            "We produce approximately 1 800 letters per day. The input is about 4 000 tokens (extracts of the "
            "record) and the letter is about 800 tokens.",
            1_800 * 4_800 * 30,
        ),
        ("2 500 000 tokens a day", 2_500_000 * 30),
        ("about 12\u202f000 requests a day, 1\u00a0000 tokens each", 12_000 * 1_000 * 30),
    ],
)
def test_thousands_grouped_by_spaces(text: str, tokens: float) -> None:
    assert _said(text).get("tokens_per_month") == pytest.approx(tokens)


@pytest.mark.parametrize(
    ("text", "out"),
    [
        ("the input is about 4,000 tokens and the letter is about 800 tokens", 800.0),
        ("prompts run 3k tokens; the summary comes to roughly 250 tokens", 250.0),
        ("prompts are 1,500 tokens, and we do 1M tokens a day", None),  # a volume, not the answer
        ("input about 2k tokens, and a 32k token context window", None),  # a limit
    ],
)
def test_after_the_input_an_unlabelled_size_is_the_output(text: str, out: float | None) -> None:
    assert _said(text).get("request_output_tokens") == out


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        ("We tried some open models and the Japanese was not natural.", "frontier"),
        ("we tested llama and it was not good enough, we need GPT-4o level", "frontier"),
        ("we tested open-weight models and they were good enough", "open_weight_ok"),
        ("we tried llama 3 and it wasn't bad at all", None),
    ],
)
def test_open_models_tried_and_found_wanting(text: str, quality: str | None) -> None:
    assert _said(text).get("quality") == quality


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # a rate per working day runs on the month's working days (52 x 5 / 12 = 21.67, assumed), not on 30
        ("~4k docs per workday, each abt 3500 tok in, 400 out", 4_000 * 3_900 * 52 * 5 / 12),
        ("5k tickets per work day at 1k tokens each", 5_000 * 1_000 * 52 * 5 / 12),
        ("20M tokens per week", 20e6 * 30 / 7),  # a week is still a week
    ],
)
def test_a_workday_is_a_day(text: str, tokens: float) -> None:
    assert _said(text).get("tokens_per_month") == pytest.approx(tokens, rel=1e-3)
