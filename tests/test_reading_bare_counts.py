"""A bare count a day answering the volume question ("so call it 450 a day", no "tokens", no size said) is too
small for a day's tokens: it is taken as requests (in the unit said before it, if any), their size is asked, and
the volume is the count times the size; "tokens" in reply takes the figure as tokens after all. Figures large
enough to be a day's tokens, or said in tokens, stay tokens."""

from __future__ import annotations

import pytest

from tests.offline_chat import talk

OPENING = "we're building a support bot for our customers"


@pytest.mark.parametrize(
    ("said", "per_day"),
    [
        ("450 a day", 450),
        ("so call it 450 a day.", 450),
        ("roughly 3000/day i think", 3_000),
        ("hmm maybe 1.2k per day", 1_200),
        ("like 800 daily, not more", 800),
    ],
)
def test_a_bare_small_count_is_requests_whose_size_is_asked(said: str, per_day: int) -> None:
    session, replies = talk([OPENING, said, "each is about 1,200 tokens in and 300 out"])
    assert "as requests" in replies[1] and "how many tokens is one request" in replies[1]
    assert session.profile.get("tokens_per_month") == pytest.approx(per_day * 1_500 * 30)
    assert session.profile.get("input_share") == pytest.approx(0.8)


def test_the_unit_said_before_the_count_is_kept() -> None:
    said = "we get roughly 900 emails a day, maybe half could go to the bot. So call it 450 a day."
    session, replies = talk([OPENING, said, "about 2,000 tokens each"])
    assert "one email" in replies[1] and "450 emails a day" in replies[1]
    assert session.profile.get("tokens_per_month") == pytest.approx(450 * 2_000 * 30)


def test_tokens_in_reply_takes_the_figure_as_tokens() -> None:
    session, _ = talk([OPENING, "450 a day", "tokens"])
    assert session.profile.get("tokens_per_month") == pytest.approx(450 * 30)


@pytest.mark.parametrize(
    ("said", "per_month"),
    [
        ("about 50k a day", 50_000 * 30),  # enough to be a day's tokens for a small bot: read as said
        ("2M a day", 2e6 * 30),
        ("maybe 900 tokens a day, it's a tiny pilot", 900 * 30),  # tokens named: tokens
    ],
)
def test_figures_that_can_be_tokens_stay_tokens(said: str, per_month: float) -> None:
    session, replies = talk([OPENING, said])
    assert session.profile.get("tokens_per_month") == pytest.approx(per_month)
    assert "as requests" not in replies[1]


def test_a_count_beside_a_size_said_before_is_multiplied_at_once() -> None:
    session, replies = talk([OPENING, "each chat is about 1,000 tokens in and 200 out", "450 a day"])
    assert session.profile.get("tokens_per_month") == pytest.approx(450 * 1_200 * 30)
    assert "as requests" not in replies[2]


@pytest.mark.parametrize(
    ("said", "per_month"),
    [
        (
            "Approximately 1,100 studies per day; each transcript roughly 900 tokens, the draft roughly 400.",
            1_100 * 1_300 * 30,
        ),
        ("we handle 300 shipments a day, each about 2k tokens in and 300 out", 300 * 2_300 * 30),
        ("~40 consultations a day, each one around 1,500 tokens all in", 40 * 1_500 * 30),
    ],
)
def test_a_count_of_things_of_any_name_beside_one_things_size_is_the_volume(said: str, per_month: float) -> None:
    session, _ = talk([OPENING, said])
    assert session.profile.get("tokens_per_month") == pytest.approx(per_month)


@pytest.mark.parametrize(
    "said",
    [
        "we run 2 shifts a day, each prompt about 900 tokens",  # a working pattern
        "about 40 dollars a day, each request 900 tokens",  # money
        "3 engineers a day look at it, each request 900 tokens",  # people
    ],
)
def test_money_people_and_time_are_no_count_of_requests(said: str) -> None:
    session, _ = talk([OPENING, said])
    assert session.profile.get("tokens_per_month") is None


@pytest.mark.parametrize(
    "said", ["we're open 9 to 5 every day", "support runs 8-6 daily", "from 9am till 5pm each day"]
)
def test_the_end_of_a_span_of_hours_is_no_count(said: str) -> None:
    session, replies = talk([OPENING, said])
    assert "as requests" not in replies[1] and session.profile.get("tokens_per_month") is None
