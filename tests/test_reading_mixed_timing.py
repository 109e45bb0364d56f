"""A profile with a live part and a part that may wait ("the chatbot is live, and the KYC documents can run
overnight") never stores that the whole volume can wait: nothing is stored and the advisor asks which part is most
of the volume (a batch API for everything would price the live part wrongly). All of it able to wait, or all of it
live, is stored as said; a launch ("we went live") is no live answer.
"""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


@pytest.mark.parametrize(
    "text",
    [
        "the chatbot is live, and the KYC documents can run overnight",
        "live summaries during calls, QA of yesterday's calls next day",
        "the chat with customers must be real time, but the reports we can do in the night",
        "chatbot = realtime, invoice extraction can b batched overnite",
        "> Support replies are shown live to agents. > The weekly churn analysis runs as a batch job on Sundays.",
        "Customer-facing responses are synchronous; back-office summarisation is asynchronous.",
        "we need live call summaries for the agents, and the quality audit of the calls can happen the day after",
    ],
)
def test_a_live_part_beside_a_part_that_can_wait_stores_no_batch(text: str) -> None:
    out = parse_message(text, [])
    assert "batch_ok" not in out.fields()
    assert "batch_ok" in out.clarify


@pytest.mark.parametrize(
    ("text", "batch"),
    [
        ("it's all overnight", True),
        ("only the nightly reports matter", True),
        ("nothing is live, it all runs overnight", True),
        ("we went live last month, everything runs overnight as a batch", True),
        ("everything is live chat, nothing can wait", False),
        ("the copilot gives agents suggestions during the call", False),
    ],
)
def test_all_of_it_one_way_is_stored(text: str, batch: bool) -> None:
    out = parse_message(text, [])
    assert {u.field: u.value for u in out.updates}.get("batch_ok") is batch
