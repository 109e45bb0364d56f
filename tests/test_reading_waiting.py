"""Someone waiting for the answer is not batch-tolerant; the latency kind and traffic shape as people say them."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


def _said(text: str) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text).updates}


@pytest.mark.parametrize(
    "text",
    [
        "the dispatchers sit at their consoles waiting for the route",
        "Our advisors wait at the counter for the answer.",
        "patients r on the phone waiting",
        "honestly players won't wait, they just quit",
        "the reviewer clicks 'check' and waits for it",
        "Summaries must be ready within one minute of the meeting ending.",
    ],
)
def test_someone_waiting_rules_out_batch(text: str) -> None:
    assert _said(text).get("batch_ok") is False


@pytest.mark.parametrize(
    "text",
    [
        "the ops engineers wait for approval from legal",
        "our old vendor made users wait",
        "do users have to wait?",
        "customers used to wait days for an email back",
        "the customers of our sister company wait in a queue",
    ],
)
def test_waits_that_are_not_ours_state_nothing(text: str) -> None:
    assert "batch_ok" not in _said(text)


@pytest.mark.parametrize(
    "text", ["nobody waits for these, it's a nightly job", "the analysts don't mind waiting until tomorrow"]
)
def test_nobody_waiting_is_batch_tolerant(text: str) -> None:
    assert _said(text).get("batch_ok") is True


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("we'd like the first results streaming within about two seconds", "ttft"),
        ("answers streaming back in under 700ms", "ttft"),
        ("it should come complete in maybe 3 seconds", "total"),
        ("the report must arrive in full within 5 seconds", "total"),
    ],
)
def test_latency_kind_said_by_streaming_or_complete(text: str, kind: str) -> None:
    assert _said(text).get("latency_kind") == kind


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("traffic = shop hrs, mon-sat", "business_hours"),
        ("load follows clinic hours", "business_hours"),
        ("exam season makes it bursty", "bursty"),
        ("Hiring season makes it spiky.", "bursty"),
        ("working hours of our users, but they are in all time zones, so in total it is steady", "steady"),
    ],
)
def test_traffic_shape(text: str, shape: str) -> None:
    assert _said(text).get("traffic_shape") == shape


def test_hiring_people_is_not_traffic() -> None:
    assert "traffic_shape" not in _said("we're hiring two devops, traffic is spiky")


def test_a_sum_after_a_comma_does_not_settle_the_shape() -> None:
    assert "traffic_shape" not in _said("business hours mostly, overall 30M tokens a day, spiky at month end")
