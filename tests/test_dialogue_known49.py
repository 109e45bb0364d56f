"""Conversations from probe 61 that went wrong before the change beside each (offline advisor, whole turns)."""

from __future__ import annotations

import pytest

from tests.offline_chat import talk

SIZED = (
    "We write discharge letters: roughly 1,400 patients a day and every discharge gets a letter. What goes in is "
    "about 1,600 tokens and what comes out maybe 200 tokens."
)
FACTS = "No compliance regime, any vendor is fine, steady traffic, 2 ML engineers, an open model is fine."


def test_a_typical_weekday_and_the_weekends_said_anew_recount_the_volume() -> None:
    session, replies = talk(
        [
            SIZED,
            FACTS,
            "Right, I need to correct myself on the volume. 1,400 was a peak weekday. A typical weekday is nearer "
            "1,100 discharges across the three sites, and at the weekends it drops to about 400 a day.",
        ]
    )
    weekdays = 52 * 5 / 12  # working days a month (the convention's 21.67)
    letters = 1100 * weekdays + 400 * (30 - weekdays)
    assert session.profile.get("tokens_per_month") == pytest.approx(letters * 1800, rel=0.01)
    assert "1,100 letters a weekday and 400 a weekend day" in replies[-1]


@pytest.mark.parametrize(
    "question",
    [
        "if the Highland board joins us on a shared service next year and the volume roughly triples, does the "
        "recommendation change, and what would it cost us then?",
        "what would it cost if we doubled?",
    ],
)
def test_a_growth_asked_with_what_it_would_cost_is_a_what_if(question: str) -> None:
    session, replies = talk([SIZED, FACTS, question])
    assert replies[-1].startswith("### What if")
    assert session.scenarios and session.scenarios[-1].change.volume_factor in (2.0, 3.0)


def test_how_a_figure_was_computed_stays_a_question_of_the_arithmetic() -> None:
    _, replies = talk([SIZED, FACTS, "how did you compute the self-host cost?"])
    assert replies[-1].startswith("### How I computed")


def test_a_message_opening_with_a_topic_is_no_what_if() -> None:
    # probe 61 #1: "On speed: ..." (facts about speed, hours, today's model) was run as a what-if
    _, replies = talk(
        [
            SIZED,
            FACTS,
            "On speed: the doctor waits for it, so it needs to be back within 20 or 30 seconds. Most discharges happen "
            "between 10am and 6pm.",
        ]
    )
    assert not replies[-1].startswith("### What if")


def test_a_loose_wait_is_asked_as_a_time_not_to_be_said_again() -> None:
    _, replies = talk(["about 50M tokens a day, mostly input", "a few seconds is OK for latency"])
    assert "How long may an answer take, as a time?" in replies[-1]
    assert "say it once more" not in replies[-1]


def test_a_budget_in_a_currency_without_a_rate_asks_for_dollars_or_the_rate() -> None:
    _, replies = talk(["about 50M tokens a day, mostly input", "Our budget is about ₦150,000 per month"])
    assert "What is the monthly budget in US dollars?" in replies[-1]


def test_a_head_count_corrected_after_the_sizes_redoes_the_volume_made_of_it() -> None:
    # probe 61 #3: "I didn't find a figure or a fact I could use in that"
    session, replies = talk(
        [
            "We have 350 active farmers on the platform. Each one sends about 6 messages a week on average.",
            "Each message is about 600 tokens in and 160 out.",
            "Sorry, correction: 350 was last quarter's figure. As of this month we are at 530 active farmers.",
        ]
    )
    messages = 530 * 6 * 30 / 7
    assert session.profile.get("tokens_per_month") == pytest.approx(messages * 760, rel=0.01)
    assert "530 farmers, not 350" in replies[-1]


def test_a_head_count_corrected_by_its_old_figure_and_another_word_redoes_the_volume() -> None:
    # probe 61 #4: "450 is the head count of the department. In phase 1 only ca. 280 analysts get access."
    session, replies = talk(
        [
            "450 users, 15 queries per user per day, 3,000 tokens in and 300 out each, every day.",
            "No compliance regime, any vendor is fine, steady traffic, 2 ML engineers, an open model is fine.",
            "Correction: 450 is the head count of the department. In phase 1 only ca. 280 analysts get access. Please "
            "calculate with 280.",
        ]
    )
    assert session.profile.get("tokens_per_month") == pytest.approx(280 * 15 * 30 * 3300, rel=0.001)
    assert "not 450" in replies[-1]


GRIEVANCES = [
    "Volume: we receive approx 12,00,000 grievances per annum. The prompt with the category list is about 1,500 "
    "tokens.",
    "Output required is the category code plus a draft reply of about 120 words.",
]


def test_the_answers_size_said_after_the_prompts_sizes_the_count_waiting() -> None:
    # probe 61 #6: the count waited for a size with both sides said, one per message; the volume was never made
    session, _ = talk(GRIEVANCES)
    assert session.profile.get("tokens_per_month") == pytest.approx(100_000 * 1660, rel=0.001)
    assert session.profile.get("input_share") == pytest.approx(1500 / 1660, rel=0.001)


def test_the_part_to_price_said_so_is_the_count_corrected() -> None:
    # "12 lakh is the total ... including offline ... Please take 7.5 lakh": a part, but the one to price
    session, replies = talk(
        [
            *GRIEVANCES,
            "Sorry, one correction. 12 lakh is the total for the State including offline/physical letters. Online "
            "portal alone is approx 7,50,000 per annum. Please take 7.5 lakh for the LLM.",
        ]
    )
    assert session.profile.get("tokens_per_month") == pytest.approx(62_500 * 1660, rel=0.001)
    assert "not 1,200,000" in replies[-1]


def test_a_workload_included_in_future_is_a_what_if_on_top_of_todays() -> None:
    session, replies = talk(
        [
            *GRIEVANCES,
            "No compliance regime, any vendor is fine, steady traffic, 2 ML engineers, an open model is fine.",
            "if in future we include 36,000 offline letters a month of 1,000 tokens each, what will be the additional "
            "cost?",
        ]
    )
    assert replies[-1].startswith("### What if")
    assert session.scenarios[-1].analysis.tokens_per_month == pytest.approx(166e6 + 36e6, rel=0.001)


def test_sizes_per_turn_with_the_turns_of_a_call_size_the_calls_waiting() -> None:
    # probe 61 #7: 23,400 calls a day were priced at one turn each (874M a month, not 5.24B)
    session, replies = talk(
        [
            "The bot takes about 2,000 calls a day, every day.",
            "One call has about 6 turns. Our engineer measured average 1,200 input tokens per turn and about 45 output "
            "tokens per turn.",
        ]
    )
    assert session.profile.get("tokens_per_month") == pytest.approx(2000 * 30 * 6 * 1245, rel=0.001)
    assert "6 turns each" in replies[-1]


def test_a_count_waiting_put_right_beside_its_size_is_priced_at_the_new_count() -> None:
    # probe 62 #4: "sorry 40k not 4k. Each request about 500 token input and 200 token output." priced 4k a day
    session, replies = talk(
        [
            "Hello, my company make chatbot for e-commerce shops, we have 4k request per day.",
            "sorry 40k not 4k. Each request about 500 token input and 200 token output.",
        ]
    )
    assert session.profile.get("tokens_per_month") == pytest.approx(40_000 * 30 * 700, rel=0.001)
    assert "40,000, not 4,000" in replies[-1]
