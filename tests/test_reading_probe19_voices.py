"""Sentences in the voices of ten new personas (a terse CTO, a Polish insurer, a chatty PM, a furniture marketplace,
...), each reading checked against figures worked by hand, with near misses that must keep their old reading."""

from __future__ import annotations

import pytest

from assistant.interview.reading.message import parse_message
from tests.profiles import conversation
from tests.reading import facts as read
from tools.catalog import Catalog

WORKDAYS = 52 * 5 / 12


@pytest.mark.parametrize(
    ("text", "inp", "out"),
    [
        # one side said as parts added up
        (
            "each one gets the item attributes (~400 tokens) plus our style guide (~1,100 tokens), output is ~350 "
            "tokens",
            1500,
            350,
        ),
        ("prompt = 400 tokens of attributes + 1100 tokens of style guide, output 350", 1500, 350),
        (
            "system prompt 2k tokens + user message 300 tokens + retrieved docs 1500 tokens, answer 400 tokens",
            3800,
            400,
        ),
        # "plus" between the two sides, or across a comma, adds nothing
        ("400 tokens in plus 350 out", 400, 350),
        (
            "each speech is maybe 2,000 tokens on average, and we ask for a short label plus rationale of roughly 100 "
            "tokens",
            2000,
            100,
        ),
    ],
)
def test_parts_of_one_side_are_added(text: str, inp: float, out: float) -> None:
    facts = read(text)
    assert (facts.get("request_input_tokens"), facts.get("request_output_tokens")) == (inp, out)


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        # a plural magnitude, the period first with "working", the user's own tokens a page
        (
            "Every working day we receive around 9 thousands claims. One claim have in average 12 pages, our IT say "
            "one page is about 500 tokens. The summary should be short, maybe 400 tokens.",
            9_000 * (12 * 500 + 400) * WORKDAYS,
        ),
        ("each business day we get 300 tickets, 1k tokens each", 300 * 1_000 * WORKDAYS),
        ("we receive 2 millions tokens a day", 2e6 * 30),
        # any plural thing counted with its period
        ("~40k PRs/mo. each review = diff + surrounding files, avg 6k tok in, ~800 out", 40_000 * 6_800),
        ("we process 12k widgets a day, 900 tokens each", 12_000 * 900 * 30),
        # a count per shift and the shifts said after it
        (
            "We estimate 2,500 questions per shift, three shifts, seven days a week. Each question would retrieve "
            "roughly 3,000 tokens of manual text, and answers would be around 300 tokens.",
            7_500 * 3_300 * 30,
        ),
        # the answer's side said by "come back" with its figure bare
        (
            "about 40 questions per working day, so roughly 1,200 tokens go in and maybe 200 come back.",
            40 * 1_400 * WORKDAYS,
        ),
        # a quarter's calls said first, the model's turns in a call named "LLM turns"
        (
            "Last quarter we took 310,000 calls. Our engineer says an average call is about 9 LLM turns; the prompt "
            "averages around 1,800 tokens per turn, and each reply is short, ~50 tokens.",
            310_000 / 3 * 9 * 1_850,
        ),
    ],
)
def test_volumes_in_new_voices(text: str, tokens_per_month: float) -> None:
    assert read(text, ["tokens_per_month"]).get("tokens_per_month") == pytest.approx(tokens_per_month, rel=0.01)


def test_the_users_own_page_size_counts_the_pages() -> None:
    facts = read("each claim is 12 pages, one page is about 600 tokens")
    assert facts.get("request_input_tokens") == 7_200
    assert "tokens_per_month" not in read("one page is about 600 tokens")  # a rate alone is no size


@pytest.mark.parametrize(
    "text", ["about 5 releases a month", "we spend 40 hours a week on it", "3 GPUs a month", "12 engineers a day"]
)
def test_no_count_of_requests_from_things_no_model_is_asked_about(text: str) -> None:
    reading = parse_message(text, ["tokens_per_month"])
    assert reading.pending is None and "tokens_per_month" not in read(text, ["tokens_per_month"])


def test_a_count_written_in_capitals_is_asked_about_as_written() -> None:
    reading = parse_message("~40k PRs/mo", ["tokens_per_month"])
    assert reading.pending is not None and reading.pending["unit"] == "PR"
    assert reading.confirm is not None and "one PR," in reading.confirm


@pytest.mark.parametrize(
    ("noun", "side"),
    [("claim", "request_input_tokens"), ("invoice", "request_input_tokens"), ("letter", "request_input_tokens")],
)
def test_a_thing_that_arrives_is_the_input(noun: str, side: str) -> None:
    assert read(f"each {noun} is about 6000 tokens").get(side) == 6_000


@pytest.mark.parametrize("noun", ["request", "chat"])
def test_a_whole_exchange_is_no_side(noun: str) -> None:
    facts = read(f"each {noun} is about 6000 tokens")
    assert "request_input_tokens" not in facts and "request_output_tokens" not in facts


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("quality > cost. async - comments within ~2h is fine, next day is not", 2.0),
        ("results within 2 hours are fine", 2.0),
        ("async is fine, within 3h", 3.0),
    ],
)
def test_a_time_to_the_whole_result_in_hours_is_a_deadline(text: str, hours: float) -> None:
    facts = read(text)
    assert facts.get("batch_deadline_hours") == hours


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        ("quality > cost. has to catch real bugs not nitpick.", "frontier"),
        ("quality beats price for us", "frontier"),
        (
            "Quality: it needs to be good, not genius - we tried an open model on Together last month and users "
            "didn't notice.",
            "open_weight_ok",
        ),
        ("we tested qwen, users did not see a difference", "open_weight_ok"),
        ("we tried llama 70b for a week and nobody complained", "open_weight_ok"),
        # an open model found wanting is still the frontier bar
        ("we tried mistral, it wasn't good enough", "frontier"),
        ("we tried llama and it didn't work for our legal docs", "frontier"),
    ],
)
def test_quality_from_what_was_tried(text: str, quality: str) -> None:
    assert read(text).get("quality") == quality


@pytest.mark.parametrize("text", ["cost > quality", "quality is not more important than cost"])
def test_cost_first_is_no_frontier_bar(text: str) -> None:
    assert read(text).get("quality") != "frontier"


def test_what_others_think_after_otherwise_leaves_the_target() -> None:
    facts = read(
        "The only latency thing I care about is the first words showing up in under a second, otherwise people "
        "think it's broken."
    )
    assert facts.get("latency_p99_ms") == 1_000 and facts.get("latency_kind") == "ttft"


def test_a_trial_told_is_no_comparison_nor_what_if(catalog: Catalog) -> None:
    _, session = conversation(
        catalog,
        "we do about 50k descriptions a week, 1,500 tokens in and 350 out, spiky, nobody waits on it",
        "we ran an A/B of llama 3.1 70b vs gpt-4o last quarter, no measurable difference in conversion, so open "
        "models are fine. no regulated data, any vendor is ok",
    )
    reply = session.turns[-1].assistant
    assert "What if" not in reply and "Compared with" not in reply
    facts = session.profile.facts
    assert facts["quality"].value == "open_weight_ok" and facts["quality"].said
    assert facts["data_boundary"].value == "any_vendor"


@pytest.mark.parametrize("ask", ["so? api or not", "bottom line?", "tl;dr: self-host or api?"])
def test_the_verdict_asked_again_is_the_pick_and_why(catalog: Catalog, ask: str) -> None:
    _, session = conversation(
        catalog, "40k PRs a month, 6k tokens in, 800 out, steady, SOC 2, 3 ML engineers, frontier quality", ask
    )
    reply = session.turns[-1].assistant
    assert reply.startswith("### Why:") and "I didn't find a change" not in reply


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        # people, the share of them using it on a day, one session a day of so many messages
        (
            "We have around 180k daily actives and roughly 15% of them open the assistant on a given day - our "
            "analytics person swears by that number. A session is about 4 messages. Each message we send maybe "
            "1,200 tokens and get ~300 back.",
            180_000 * 0.15 * 4 * 1_500 * 30,
        ),
        (
            "20k users, 10% of them use the bot daily. a conversation is about 6 turns, 800 tokens in and 200 out "
            "per turn",
            20_000 * 0.10 * 6 * 1_000 * 30,
        ),
    ],
)
def test_sessions_of_messages_a_day(text: str, tokens_per_month: float) -> None:
    assert read(text, ["tokens_per_month"]).get("tokens_per_month") == pytest.approx(tokens_per_month, rel=0.01)


def test_a_count_of_people_is_no_count_of_tokens() -> None:
    reading = parse_message("We have around 180k daily actives, most of them on mobile.", ["tokens_per_month"])
    assert reading.pending is None and "tokens_per_month" not in read("around 180k daily actives")


@pytest.mark.parametrize(
    ("text", "peak"),
    [
        ("Traffic is super dinner-shaped, like 5 to 7:30pm local it's easily 4x the average, dead at 3am.", 4.0),
        ("traffic peaks 5-7:30pm at about 4x the average", 4.0),
    ],
)
def test_the_hours_of_a_peak_are_no_business_hours(text: str, peak: float) -> None:
    facts = read(text)
    assert facts.get("traffic_shape") == "bursty" and facts.get("peak_to_average") == peak
    assert "business_hours_per_week" not in facts


@pytest.mark.parametrize(
    ("text", "hours"), [("we run 9 to 5, weekdays", 40.0), ("office hours 9-18, peak at lunch", 45.0)]
)
def test_office_hours_with_a_peak_inside_stay_office_hours(text: str, hours: float) -> None:
    facts = read(text)
    assert facts.get("traffic_shape") == "business_hours" and facts.get("business_hours_per_week") == hours


def test_a_separate_workload_that_can_wait_leaves_the_first_one_live(catalog: Catalog) -> None:
    _, session = conversation(
        catalog,
        "chat assistant: 27k sessions a day, 4 messages each, 1,200 tokens in and 300 out per message",
        "Oh, separate thing, totally different pipeline: creators upload about 3,500 new recipes a week and we want "
        "to auto-tag them. That one can run whenever, nobody's waiting on it.",
    )
    assert "batch_ok" not in session.profile.facts


def test_a_model_tried_is_no_model_in_use() -> None:
    facts = read("we tried an open model on Together last month and users didn't notice")
    assert "current_model" not in facts and facts.get("quality") == "open_weight_ok"
    assert read("we switched from claude 3.5 sonnet to gpt-5 last week").get("current_model") == "gpt-5"


@pytest.mark.parametrize(
    "text",
    [
        "A small fine-tuned model is fine, we have ~400k labeled queries - no need for a frontier model.",
        "an 8B model would do",
        "we don't need a big model for this",
        "honestly a smaller open model is good enough",
    ],
)
def test_a_small_model_said_good_enough(text: str) -> None:
    facts = read(text)
    assert facts.get("small_model_ok") is True and facts.get("quality") == "open_weight_ok"


@pytest.mark.parametrize(
    "text",
    [
        "small models aren't good enough",
        "is a small model enough?",
        "my boss thinks a small model is fine",
        "a 70B model is fine",
    ],
)
def test_no_small_model_bar_where_none_is_said(text: str) -> None:
    assert "small_model_ok" not in read(text)
