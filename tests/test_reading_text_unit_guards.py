"""Sizes said in units of text, answering the size question: a narrow range at its middle, and what is no size
of one request (a loose 'or two', a count of pages a day, a typing speed, a limit); a side under a handful of
tokens is a word misread as a size, never stored."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


def sizes(text: str) -> dict[str, float]:
    read = {u.field: u.value for u in parse_message(text, ["request_size"]).updates}
    return {k: float(v) for k, v in read.items() if k in ("request_input_tokens", "request_output_tokens")}


def test_a_narrow_range_of_pages_is_read_at_its_middle() -> None:
    # 2-3 pages: 2.5 pages at about 500 tokens a page (data/text_units.toml); half a page out
    assert sizes("each request is 2-3 pages in, half a page out") == {
        "request_input_tokens": pytest.approx(1_250, rel=0.05),
        "request_output_tokens": pytest.approx(250, rel=0.05),
    }


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("a sentence or two in, a page out", "request_input_tokens"),  # 'or two': too loose, and no 2 tokens
        ("prompt 3 tokens, answer 200", "request_input_tokens"),  # no request is 3 tokens
        ("we get 5k pages a day, each summary 300 words", "request_input_tokens"),  # a count of pages a day
        ("inputs are up to 3 pages, outputs 400 words", "request_input_tokens"),  # a limit, not a size
    ],
)
def test_what_is_no_size_of_one_request(text: str, absent: str) -> None:
    assert absent not in sizes(text)


def test_a_typing_speed_is_no_size() -> None:
    assert sizes("people type 200 words a minute") == {}
