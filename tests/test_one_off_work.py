"""One-time work with no monthly volume (session 44): the generic example volume was priced after "just tell me",
whatever the job said; now the job is priced as if done within a month, or spread over the months the user names."""

from __future__ import annotations

import pytest

from assistant.conversation.session import AdvisorSession
from assistant.interview.quantities.one_off import as_a_month, months_spread
from tests.offline_chat import talk

LAB = (
    "We're a small research group (two postdocs, no engineers) and we have to tag roughly 12 million forum posts for "
    "sentiment, one-off. Each post with its prompt is about 300 tokens in; the answer is 10 tokens. Any vendor is "
    "fine, no compliance rules."
)
ARCHIVE = "One-time job: a backlog of 2 billion tokens of scanned letters to summarise. Data can go to any vendor."


def _volume(session: AdvisorSession) -> float:
    return float(session.profile.summary()["tokens_per_month"]["value"])


def test_a_one_off_count_is_priced_as_a_months_work_when_no_volume_comes() -> None:
    session, replies = talk([LAB, "just tell me", "just tell me"])
    priced = [r for r in replies if "### Recommendation" in r]
    assert priced and "as if it were all done within one month" in priced[0]
    assert _volume(session) == pytest.approx(12e6 * 310)  # 12M posts, 300 in + 10 out each


def test_one_off_tokens_are_priced_as_a_months_work() -> None:
    session, _ = talk([ARCHIVE, "just tell me", "just tell me"])
    assert _volume(session) == pytest.approx(2e9)


def test_one_off_work_spread_over_months_said_later() -> None:
    session, _ = talk([LAB, "let's say we spread it over 4 months"])
    assert _volume(session) == pytest.approx(12e6 / 4 * 310, rel=1e-3)


def test_a_monthly_volume_said_wins_over_the_one_off() -> None:
    session, _ = talk([LAB, "actually we also get 5M tokens a day of new posts, that's the ongoing part"])
    assert _volume(session) == pytest.approx(5e6 * 30)


@pytest.mark.parametrize(
    ("words", "month"),
    [
        ("classify about 40 million posts for stance", "classify about 40 million posts a month for stance"),
        ("a backlog of 40,000 pages", "a backlog of 40,000 pages a month"),
    ],
)
def test_one_off_words_said_as_a_month(words: str, month: str) -> None:
    assert as_a_month(words) == month


@pytest.mark.parametrize(
    ("text", "months"),
    [("spread it over 6 months", 6), ("over the next three months, say", 3), ("in 2 weeks", None), ("ok", None)],
)
def test_the_months_a_later_message_spreads_the_work_over(text: str, months: float | None) -> None:
    assert months_spread(text) == months
