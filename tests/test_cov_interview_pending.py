"""The answer to "how many tokens is one ticket?" after "we get 2k tickets a day"
(``assistant.interview.reading.resolve_pending``): a size of zero, a corrected rate, and a rate of none.

Expected values are worked out by hand (30 days a month)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.interview.reading import resolve_pending

DAY = 30


def _pending() -> dict[str, Any]:
    return {"requests": 2000.0 * DAY, "unit": "ticket", "quote": "we get 2k tickets a day"}


def test_a_size_of_zero_tokens_makes_no_volume() -> None:
    out = resolve_pending("0 tokens", _pending())
    assert out.updates == []


def test_a_corrected_rate_waits_for_its_size() -> None:
    out = resolve_pending("sorry, 3k per day", _pending())
    assert out.updates == []
    assert out.pending is not None
    assert out.pending["requests"] == pytest.approx(3000 * DAY)
    assert out.pending["unit"] == "ticket"
    assert out.confirm is not None and "one ticket" in out.confirm


def test_a_corrected_rate_of_none_asks_nothing_more() -> None:
    out = resolve_pending("sorry, 0 per day", _pending())
    assert out.updates == []
    assert out.pending is None


@pytest.mark.xfail(
    strict=True,
    reason="a corrected rate per second ('sorry, 1 per second') is not a rate to the pending reader (it knows day, "
    "week, month and hour), so the 1 is read as the size of a ticket: 2k tickets x 1 token",
)
def test_a_corrected_rate_per_second_is_no_size() -> None:
    out = resolve_pending("sorry, 1 per second", _pending())
    assert not any(u.field == "tokens_per_month" for u in out.updates)
