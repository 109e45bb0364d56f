"""A mix worked out from request sizes is kept exact: the monthly split it gives adds up to round figures
(50,000 a day x (1,500 + 300) tokens x 30 days is 2.25B in and 450M out, never 2,249,910,000 + 450,090,000)."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


def test_the_mix_from_sizes_is_the_exact_ratio() -> None:
    facts = {u.field: u.value for u in parse_message("50,000 requests a day, 1,500 tokens in and 300 out", []).updates}
    assert facts["tokens_per_month"] == pytest.approx(50_000 * 1_800 * 30)
    share = float(facts["input_share"])
    assert share == pytest.approx(1500 / 1800, rel=1e-12)
    assert round(2.7e9 * share) == 2_250_000_000
