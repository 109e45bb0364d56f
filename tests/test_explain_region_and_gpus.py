"""Questions about the advice that rerun or price it: keeping the data in a region (named or not), and a GPU
the catalog cannot rent."""

from __future__ import annotations

from tests.offline_chat import talk

BASE = "about 50M tokens a day, 80% input, steady traffic, no compliance, no ML engineers, an open-weight model is fine"


def test_keeping_the_data_in_an_unnamed_region_reruns_with_residency() -> None:
    session, replies = talk([BASE, "could the data stay in our region?"])
    assert "A public API may process data abroad" in replies[1]
    assert (
        "compliance" not in session.profile.facts or "data_residency" not in session.profile.facts["compliance"].value
    )


def test_keeping_the_data_out_of_a_named_country_reruns_there() -> None:
    _, replies = talk([BASE, "and without sending data to the US?"])
    assert "With the data kept outside the US as a hard constraint" in replies[1]


def test_a_gpu_without_a_rental_price_is_said_so_not_priced() -> None:
    _, replies = talk([BASE, "what about on RTX 4090s?"])
    assert "no cloud rental price in the catalog" in replies[1]
    assert "we own 8 RTX 4090" in replies[1]


def test_the_one_region_a_short_answer_names() -> None:
    from assistant.interview.reading.region import asked_region, named_place

    assert named_place("Germany please") == "de"
    assert named_place("in europe") == "eu"
    assert named_place("us") == "us"
    assert named_place("EU or UK") is None  # two places name no one region
    assert named_place("answers in Italian") is None  # a language
    assert named_place("stay with us") is None  # the pronoun
    assert asked_region("could it run on a european provider?") == "eu"
    assert asked_region("without sending data to the US?") == "not_us"
    assert asked_region("in our region?") is None
