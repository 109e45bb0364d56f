"""Near misses found by an independent review of this session's readers: sentences that must not be over-read.
Each names the reader it guards."""

from __future__ import annotations

import pytest

from assistant.interview.reading.intents import trial_told
from assistant.interview.reading.message import parse_message
from assistant.interview.whatif import asks_what_if
from tests.reading import facts as read


@pytest.mark.parametrize(
    "text",
    [
        "we'd prefer on-prem, no third-party APIs, and nothing may leave our building",
        "on-prem preferably, public apis aren't allowed, cloud is also forbidden by our CISO",
        "it would be great to run it on our own hardware, no public API, and no cloud either",
        "ideally on-prem. no external APIs. we don't have a cloud account and won't get one",
    ],
)
def test_a_wished_own_server_with_the_cloud_ruled_out_too_stays_on_prem(text: str) -> None:
    assert read(text).get("data_boundary") == "on_prem"


@pytest.mark.parametrize(
    ("text", "inp", "out"),
    [
        ("the prompt is 1,200 tokens plus a 300 token answer", 1200, 300),
        ("around 1500 tokens of context plus 200 tokens of output", 1500, 200),
        ("prompt: 2k tokens plus 500 tokens generated", 2000, 500),
        ("~900 tokens question plus ~400 tokens answer", 900, 400),
    ],
)
def test_plus_between_the_two_sides_adds_nothing(text: str, inp: float, out: float) -> None:
    facts = read(text)
    assert (facts.get("request_input_tokens"), facts.get("request_output_tokens")) == (inp, out)


def test_parts_of_a_daily_volume_are_no_request_size() -> None:
    facts = read("we process 800k tokens plus 300k tokens every day")
    assert "request_input_tokens" not in facts
    assert facts.get("tokens_per_month", 0) >= 9e6  # never a figure written in exponent form


@pytest.mark.parametrize(
    "text",
    [
        "we see maybe 20 timeouts per hour with openai",
        "3 outages a month",
        "50 GBs a day",
        "We run 2 batches a day, each batch is 5,000 documents.",
    ],
)
def test_no_count_of_requests_from_failures_sizes_or_batches(text: str) -> None:
    reading = parse_message(text, ["tokens_per_month"])
    assert reading.pending is None or reading.pending["unit"] == "document"


@pytest.mark.parametrize(
    ("text", "per_month"),
    [("roughly 40 MTokens/month", 40e6), ("200 ktokens per day", 200e3 * 30), ("3 btokens a month", 3e9)],
)
def test_a_magnitude_written_onto_tokens(text: str, per_month: float) -> None:
    assert read(text, ["tokens_per_month"]).get("tokens_per_month") == pytest.approx(per_month)


def test_sessions_without_their_size_keep_the_people() -> None:
    reading = parse_message(
        "We have around 180k daily actives and roughly 15% of them open the assistant on a given day. A session is "
        "about 4 messages.",
        ["tokens_per_month"],
    )
    assert reading.pending is not None
    assert reading.pending["requests"] == pytest.approx(180_000 * 0.15 * 4 * 30)


def test_a_share_of_the_things_counted_is_no_share_of_people() -> None:
    facts = read(
        "we have 2,000 agents, each handles 40 chats a day, and 30% of the chats open with a greeting, 500 tokens each",
        ["tokens_per_month"],
    )
    assert facts.get("tokens_per_month") == pytest.approx(2_000 * 40 * 30 * 500)


@pytest.mark.parametrize(
    "text",
    [
        "on the last day of each month we receive 5,000 invoices",
        "last year we processed 1.2M documents, this year we expect 2M documents",
        "last month we ran 40k requests as a pilot, in production we expect 10x that",
    ],
)
def test_a_past_period_first_is_read_only_as_a_measured_rate(text: str) -> None:
    reading = parse_message(text, ["tokens_per_month"])
    assert reading.pending is None or reading.pending["requests"] <= 5_000


@pytest.mark.parametrize(
    "text",
    [
        "we handle 400 calls per shift, 4 shifts weekly",
        "about 300 calls per shift, 2 shifts on weekends only",
    ],
)
def test_shifts_a_week_are_no_shifts_a_day(text: str) -> None:
    reading = parse_message(text, ["tokens_per_month"])
    assert reading.pending is None or reading.pending["requests"] < 400 * 4 * 30


@pytest.mark.parametrize(
    "text",
    [
        "we tried claude 3.5 sonnet last year. compare it with gpt-4o-mini",
        "we tested on a100s last year, compare with h100s",
        "i tried it at 10x volume in your other tool, show me at 10x volume here",
    ],
)
def test_a_comparison_asked_plainly_beside_a_trial_is_asked(text: str) -> None:
    assert not trial_told(text) and asks_what_if(text)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("oh and the answers can wait too, nobody needs them before the next morning", "batch_ok"),
        ("and the prompts are long too, about 3k tokens in and 200 out", "request_input_tokens"),
    ],
)
def test_and_too_about_the_same_workload_keeps_its_facts(text: str, field: str) -> None:
    from assistant.interview.quantities.workloads import adds_workload

    assert not adds_workload(text) and field in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "the customer receives a 250-token summary",
        "we write cover letters for applicants, each letter is about 600 tokens",
        "the assistant writes essays for students, an essay is ~1,500 tokens",
    ],
)
def test_what_is_written_is_no_input(text: str) -> None:
    assert "request_input_tokens" not in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "we tried llama 3 70b and users didn't notice for a day, then the complaints poured in",
        "we tried mistral and it didn't notice obvious contract errors",
        "we tried llama and it couldn't tell the difference between a refund and a return request",
    ],
)
def test_an_open_model_that_failed_is_still_the_frontier_bar(text: str) -> None:
    assert read(text).get("quality") == "frontier"


@pytest.mark.parametrize(
    "text",
    [
        "a small model is fine for classification; the summaries need a strong model",
        "the 7B model is fine for tagging but the contract review needs the best available",
        "small models are fine in theory but in our tests they hallucinated a lot",
    ],
)
def test_a_small_model_for_a_part_is_no_small_bar(text: str) -> None:
    assert "small_model_ok" not in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "once we get HIPAA customers, everything must stay on-prem",
        "once we land the bank deal, all data must stay in our own datacenter",
    ],
)
def test_a_rule_after_a_condition_is_the_conditions(text: str) -> None:
    assert "data_boundary" not in read(text)


def test_quality_checked_before_cost_is_no_bar() -> None:
    assert "quality" not in read("we check quality before cost in every vendor review")


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("we use gpt-4o and have tested it thoroughly", "gpt-4o"),
        ("our tried-and-tested setup is gpt-4o-mini on azure", "gpt-4o-mini"),
    ],
)
def test_a_model_in_use_and_tested_is_in_use(text: str, model: str) -> None:
    assert read(text).get("current_model") == model


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("our call center runs 8am to 8pm, peak is 2x average at lunch", 60.0),
        ("we're only open 9am to 5pm, and then traffic is 3x the average", 40.0),
    ],
)
def test_opening_hours_then_a_peak_stay_opening_hours(text: str, hours: float) -> None:
    assert read(text).get("business_hours_per_week") == hours


@pytest.mark.parametrize(
    "text",
    [
        "we re-index the knowledge base within 6 hours of any change, but the chatbot itself is real-time",
        "the ticket bot answers live, and a human reviews flagged answers within 2 hours",
    ],
)
def test_hours_of_other_work_are_no_batch_deadline(text: str) -> None:
    assert "batch_deadline_hours" not in read(text)


def test_a_likeness_said_of_the_answer_beside_an_earlier_figure_is_the_answers_size() -> None:
    facts = read(
        "we summarise contracts for clients, we get maybe 2k contracts per day, each one's about 12 pages, summary "
        "is like half a page"
    )
    assert (facts.get("request_input_tokens"), facts.get("request_output_tokens")) == (6_000, 250)


def test_a_likeness_before_a_figure_gives_way_to_the_figure() -> None:
    reading = parse_message(
        "no clue on tokens. a note is short, like a paragraph, 100 words tops.", ["tokens_per_month", "request_size"]
    )
    assert [u.value for u in reading.updates if u.field == "request_input_tokens"] != [100.0]


@pytest.mark.parametrize(
    "text",
    [
        "quality beats price as long as it's an open model we can host",
        "we need the best model, as long as it's an open model",
    ],
)
def test_an_open_model_as_the_condition_of_the_bar_is_open_weight(text: str) -> None:
    assert read(text).get("quality") == "open_weight_ok"
