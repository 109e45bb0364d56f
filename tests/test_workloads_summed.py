"""Several workloads in one conversation: their volumes add up, in one message or in a later one."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message
from tests.offline_chat import talk


def _said(text: str) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text, []).updates}


@pytest.mark.parametrize(
    ("text", "tokens", "input_share"),
    [
        # 2 req/s x 86,400 s x 30 days x 720 tokens + 300M a week x 30/7
        (
            "First thing: NPC chat, 2 requests per second, 600 in and 120 out. Second thing: translation, "
            "every week 150 million tokens input and 150 million output.",
            2 * 86_400 * 30 * 720 + 300e6 * 30 / 7,
            (2 * 86_400 * 30 * 600 + 150e6 * 30 / 7) / (2 * 86_400 * 30 * 720 + 300e6 * 30 / 7),
        ),
        ("we run two apps: app A does 10M tokens a day, app B 2M tokens a day", 12e6 * 30, None),
        (
            "Two use cases. Contract review: 3,500 documents per month, 24,000 tokens each, and the answer is about "
            "2,000 tokens. "
            "The other one is a website chatbot, around 500 conversations per day, 1,000 tokens in and 200 out.",
            3_500 * 26_000 + 500 * 30 * 1_200,
            (3_500 * 24_000 + 500 * 30 * 1_000) / (3_500 * 26_000 + 500 * 30 * 1_200),
        ),
        (
            "1) support bot, 40M tokens a month, mostly input (say 90%) "
            "2) code review, 10M tokens a month, split 50/50 in/out",
            50e6,
            (40e6 * 0.9 + 10e6 * 0.5) / 50e6,
        ),
    ],
)
def test_listed_workloads_are_summed(text: str, tokens: float, input_share: float | None) -> None:
    said = _said(text)
    assert said.get("tokens_per_month") == pytest.approx(tokens)
    if input_share is not None:
        assert said.get("input_share") == pytest.approx(input_share)
    assert "request_input_tokens" not in said  # one workload's size is not the whole's


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("10M tokens a day, so about 300M a month", 300e6),  # one volume said twice
        ("we also have GDPR. 5M tokens a day", 150e6),
        ("2 requests per second, 600 tokens in and 120 out", 2 * 86_400 * 30 * 720),  # "per second" is no item
    ],
)
def test_one_workload_is_not_split(text: str, tokens: float) -> None:
    assert _said(text).get("tokens_per_month") == pytest.approx(tokens)


_talk = talk


@pytest.mark.parametrize(
    "later",
    [
        "One more thing, we'd put letter drafting on the same setup: 800 letters a day, 8,000 tokens in and 1,200 out",
        "Second use case: letter drafting, 800 letters a day, 8,000 tokens in and 1,200 out each",
        "oh and we also want to run letter drafting, about 800 letters a day at 8,000 in / 1,200 out",
        # "can wait" is patience, not "wait, I meant...": the message adds, it does not correct
        "Second thing: letter drafting, 800 letters a day, 8,000 tokens in and 1,200 out. This one can wait until "
        "the next day, no problem.",
    ],
)
def test_a_later_workload_adds_to_the_volume(later: str) -> None:
    first = "We handle about 120k calls a month. Transcripts average 5,000 tokens; the summary is ~300."
    session, replies = _talk([first, later])
    volume = session.profile.facts["tokens_per_month"]
    assert float(volume.value) == pytest.approx(120_000 * 5_300 + 800 * 30 * 9_200)
    share = float(session.profile.facts["input_share"].value)
    assert share == pytest.approx((120_000 * 5_000 + 800 * 30 * 8_000) / (120_000 * 5_300 + 800 * 30 * 9_200))
    # the first workload's request size still stands
    assert float(session.profile.facts["request_input_tokens"].value) == 5_000
    assert "said before" in replies[1]


def test_a_correction_still_replaces_the_volume() -> None:
    session, _ = _talk(["about 20M tokens a day", "sorry, not 20M, it's 30M tokens a day"])
    assert float(session.profile.facts["tokens_per_month"].value) == pytest.approx(30e6 * 30)


@pytest.mark.parametrize(
    ("text", "corrects"),
    [
        ("this one can wait until next day", False),
        ("answers can wait a few hours", False),
        ("I'd rather use an API", False),
        ("wait, it's 20M not 30M", True),
        ("ok wait, make it 20M", True),
        ("40M, or rather 50M", True),
    ],
)
def test_wait_is_a_correction_only_at_the_start_of_a_clause(text: str, corrects: bool) -> None:
    assert ("correction" in parse_message(text, []).intents) is corrects


def test_a_later_workload_keeps_its_other_facts_and_drops_a_mix_the_first_never_had() -> None:
    session, _ = talk(
        ["about 20M tokens a day", "one more thing: a second workload, 5M tokens a day, 90% input, and GDPR applies"]
    )
    assert float(session.profile.facts["tokens_per_month"].value) == pytest.approx(25e6 * 30)
    assert "input_share" not in session.profile.facts  # the second workload's mix is not the whole's
    assert "gdpr" in session.profile.facts["compliance"].value  # a regime said with it still holds
