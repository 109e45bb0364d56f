"""The size of one request answered in pages or tokens, one side at a time: "doc 25 page maybe 12000 token in, test
case 5 page out" is 12,000 in and 2,500 out (the tokens are the prompt's, not the pages' own count); "requirement doc
20-30 page" is the prompt's size (the item named right before its size); a count of pages is never taken for tokens.
People counted by their role ("40 tester") make a later rate per person their rate."""

from __future__ import annotations

import pytest

from assistant.interview.reading import resolve_pending
from tests.profiles import conversation
from tools.catalog import load_catalog
from tools.results import Conventions

WAITING = {"requests": 36_000.0, "unit": "request", "quote": "1,200 requests a day"}  # 1,200 a day, size asked
PAGE = 500  # tokens a page (the data's assumption)


def _sizes(text: str) -> dict[str, float]:
    return {u.field: float(u.value) for u in resolve_pending(text, WAITING, Conventions()).updates}


@pytest.mark.parametrize(
    ("text", "inp", "out"),
    [
        ("doc 25 page maybe 12000 token in, test case 5 page out", 12_000, 5 * PAGE),
        ("requirement doc 20-30 page, test case output maybe 5 page.", 25 * PAGE, 5 * PAGE),
        ("i dont know token sorry. requirement doc 20-30 page, test case output maybe 5 page.", 25 * PAGE, 5 * PAGE),
        ("contracts ~40 pages, the memo back is 2 pages", 40 * PAGE, 2 * PAGE),
        ("1500 tokens in, half a page out", 1_500, PAGE / 2),
    ],
)
def test_both_sides_of_one_request(text: str, inp: float, out: float) -> None:
    got = _sizes(text)
    assert got["request_input_tokens"] == pytest.approx(inp)
    assert got["request_output_tokens"] == pytest.approx(out)
    assert got["tokens_per_month"] == pytest.approx(36_000 * (inp + out))


def test_the_prompt_alone_in_tokens_is_the_size() -> None:
    got = _sizes("the spec is maybe 12000 token in")
    assert got["tokens_per_month"] == pytest.approx(36_000 * 12_000)


@pytest.mark.parametrize(
    "text",
    ["we have 40 pages of docs", "about 25 pages", "25 page"],
)
def test_a_count_of_pages_is_never_tokens(text: str) -> None:
    got = _sizes(text)
    assert got.get("tokens_per_month") != pytest.approx(36_000 * 25)
    assert got.get("tokens_per_month") != pytest.approx(36_000 * 40)


@pytest.mark.parametrize(
    ("first", "second", "per_day"),
    [
        ("we are a QA outsourcing company in Da Nang, 40 tester.", "each tester use maybe 30 request per day", 1_200),
        ("we got 220 techs out in the field", "each tech writes maybe 5 notes a day", 1_100),
        ("about 2,000 farmers are registered", "each farmer sends around 2 questions a day", 4_000),
    ],
)
def test_people_counted_by_their_role_make_a_later_rate_theirs(first: str, second: str, per_day: int) -> None:
    _, session = conversation(load_catalog(), first, second)
    assert f"about {per_day:,} " in session.turns[-1].assistant.split("\n")[0]


@pytest.mark.parametrize("text", ["the alert + 30 txns is maybe a page of text", "it reads 5 emails and answers"])
def test_a_figure_counting_other_things_is_no_size(text: str) -> None:
    got = _sizes(text)
    assert got.get("tokens_per_month") not in (pytest.approx(36_000 * 30), pytest.approx(36_000 * 5))


def test_each_one_of_the_items_said_with_its_size_is_no_rate_per_person() -> None:
    _, session = conversation(
        load_catalog(),
        "fraud team at a credit union, ~180k members",
        "2,500 alerts a day, each one is about a page (500 words) in and a paragraph out",
    )
    first = session.turns[-1].assistant.split("\n")[0]
    assert "million alerts" not in first and "2,500" in first
