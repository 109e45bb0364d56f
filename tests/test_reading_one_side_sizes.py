"""A size said of one side of a request is that side's alone (probe 17: "output per episode is maybe 600 words" was
stored as 800 tokens in and 800 out; "the summary per ticket is about 300 tokens" as the input)."""

from __future__ import annotations

import pytest

from assistant.interview.reading.message import parse_message


def sizes(text: str) -> tuple[object, object]:
    facts = {u.field: u.value for u in parse_message(text, []).updates}
    return facts.get("request_input_tokens"), facts.get("request_output_tokens")


@pytest.mark.parametrize(
    ("text", "inp", "out"),
    [
        ("output per episode is maybe 600 words", None, 800.0),  # 600 words at 4 to 3 tokens
        ("the summary per ticket is about 300 tokens", None, 300.0),
        ("each summary is about 300 tokens", None, 300.0),
        ("replies run about 150 words", None, 200.0),
        ("Responses average ~250 tokens.", None, 250.0),
        ("the generated summary per call: roughly 120 tokens", None, 120.0),
        ("prompts are about 2k tokens", 2000.0, None),
        ("input per episode is about 9,000 words", 12000.0, None),
        ("each ticket is about 700 tokens", 700.0, None),
        ("inputs are about 700 tokens; outputs are about 700 tokens as well", 700.0, 700.0),
        ("40k tickets a day, each about 700 tokens, summary about 100 tokens", 700.0, 100.0),
        ("1,000 in, 1,000 out", 1000.0, 1000.0),
    ],
)
def test_a_size_said_of_one_side_is_that_sides(text: str, inp: float | None, out: float | None) -> None:
    assert sizes(text) == (inp, out)
