"""Facts said with a hedge or beside something that looks like them, read through ``parse_message``: a range of
hours that is no volume, a product of factors without its period, zero conversations, an on-premises setup that
is today's and not a rule, and a cluster with no internet that says nothing about waiting for answers.

Expected values are worked out by hand from the sentence (30 days a month).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.reading import parsed as read

DAY = 30  # days a month by default


def facts(text: str, expecting: list[str] | None = None) -> dict[str, Any]:
    return {u.field: u.value for u in read(text, expecting).updates}


def test_opening_hours_answering_the_volume_question_are_no_volume() -> None:
    out = read("we're open 9 to 5 every day", ["tokens_per_month"])
    assert "tokens_per_month" not in out.fields()
    assert out.pending is None
    assert facts("we're open 9 to 5 every day")["traffic_shape"] == "business_hours"


def test_a_range_of_requests_answering_the_volume_question_is_read_at_its_middle() -> None:
    # 100 to 300 a day: 200 a day, 6,000 a month, awaiting the size of one
    out = read("we do 100 to 300 a day", ["tokens_per_month"])
    assert out.pending is not None
    assert out.pending["requests"] == pytest.approx(200 * DAY)


def test_a_product_of_factors_without_a_period_is_no_volume() -> None:
    assert "tokens_per_month" not in facts("10k users x 5 chats each x 1,200 tokens")


def test_zero_chats_a_day_is_no_volume_and_no_question_about_their_size() -> None:
    out = read("we get 0 chats a day")
    assert "tokens_per_month" not in out.fields()
    assert out.pending is None


def test_on_premises_today_with_an_api_allowed_is_no_rule() -> None:
    assert facts("we host on our own servers today, though a cloud API is fine too")["data_boundary"] == "any_vendor"


def test_a_cluster_without_internet_says_nothing_about_batch() -> None:
    got = facts("we're fully offline, no internet at all on the cluster")
    assert got["data_boundary"] == "air_gapped"
    assert "batch_ok" not in got


def test_a_correction_to_the_same_figure_changes_nothing() -> None:
    # 4k docs a day x 3,500 tokens x 30 days
    got = facts("we get 4k docs a day at 3500 tokens each, sorry 4k not 4k")
    assert got["tokens_per_month"] == pytest.approx(4000 * 3500 * DAY)


@pytest.mark.parametrize("text", ["not for the mvp", "maybe later, not now"])
def test_fine_tuning_not_for_now_is_no_fine_tuning(text: str) -> None:
    assert facts(text, ["fine_tuning"])["fine_tuning"] is False


def test_two_counts_sharing_one_size_are_added() -> None:
    got = facts("we get 4k docs a day and 6k emails a day, each 1k tokens")
    assert got.get("tokens_per_month") == pytest.approx((4000 + 6000) * 1000 * DAY)


def test_no_regime_and_a_new_clause_allowing_any_api() -> None:
    got = facts("no compliance regime here and we're happy sending it to any API")
    assert got["compliance"] == ["none"]
    assert got["data_boundary"] == "any_vendor"  # the negation does not reach the clause after "and we're"


def test_no_gpu_infra_engineers_is_the_hardware_not_the_people() -> None:
    got = facts("GPU infra engineers: 0")
    assert got["team"] == {"gpu_infra": False}


def test_a_what_if_window_longer_than_a_year_is_no_window() -> None:
    from assistant.interview.whatif import detect

    two_weeks = detect("what if it ran only 2 weeks a year?")
    assert two_weeks is not None
    assert two_weeks.volume_factor == pytest.approx(14 / (12 * DAY))  # 14 days of a 360-day year of traffic
    longer = detect("what if it ran only 13 months a year?")
    assert longer is None or longer.volume_factor is None


def test_data_staying_within_us_names_no_country() -> None:
    # "us" the pronoun, not the United States
    got = facts("the data must stay within us")
    assert "data_region" not in got
    assert facts("our data must stay inside the us")["data_region"] == "us"


@pytest.mark.xfail(
    strict=True, reason="'data must be hosted with us, in the EU' stores data residency but not the region it names"
)
def test_the_region_said_after_with_us_is_read() -> None:
    assert facts("data must be hosted with us, in the EU").get("data_region") == "eu"


def test_two_workloads_one_said_vaguely_ask_for_the_volume() -> None:
    out = read("workload 1: 20M tokens a day; workload 2: a few million tokens a day")
    assert "tokens_per_month" not in out.fields()
    assert "tokens_per_month" in out.clarify


def test_two_workloads_one_without_a_size_do_not_store_the_other_as_the_whole() -> None:
    out = read("first, chat: 20M tokens a day. second, support: 2k tickets a day")
    assert out.pending is not None or "tokens_per_month" in out.clarify


@pytest.mark.parametrize("text", ["actually,", "no wait"])
def test_a_correction_word_alone_says_nothing(text: str) -> None:
    out = read(text)
    assert out.updates == [] and out.clarify == [] and out.pending is None


def test_no_fine_tuning_for_this_workload_after_one_done_before() -> None:
    assert facts("we fine-tuned a model, we won't fine-tune this one").get("fine_tuning") is not True


def test_a_date_is_no_range_of_requests() -> None:
    # 2024-05-10 is a date, not "2024 to 5": 500 requests a day wait for their size
    out = read("since 2024-05-10 we get 500 requests a day")
    assert out.pending is not None
    assert out.pending["requests"] == pytest.approx(500 * DAY)


def test_sizes_in_a_hypothetical_are_not_stored() -> None:
    got = facts("if requests were in/out 2000/500 tokens")
    assert "request_input_tokens" not in got
    assert "request_output_tokens" not in got
