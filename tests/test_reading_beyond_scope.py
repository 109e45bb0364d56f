"""'No X beyond / besides / aside from Y': Y applies; the denial covers only what lies outside it. 'No compliance
regimes beyond normal SOC2' had stored no regime at all, dropping the SOC 2 the user named."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


def _compliance(text: str) -> list[str] | None:
    r = parse_message(text, [])
    return next((list(u.value) for u in r.updates if u.field == "compliance"), None)


@pytest.mark.parametrize(
    ("text", "regimes"),
    [
        ("no compliance regimes beyond normal SOC2", ["soc2"]),
        ("nothing besides SOC 2 tbh", ["soc2"]),
        ("no compliance stuff aside from soc2 type 2", ["soc2"]),
        ("no regs beyond the usual GDPR stuff", ["gdpr"]),
        ("Compliance: nothing beyond HIPAA.", ["hipaa"]),
    ],
)
def test_what_lies_within_the_exception_applies(text: str, regimes: list[str]) -> None:
    assert _compliance(text) == regimes


@pytest.mark.parametrize("text", ["no HIPAA, beyond that nothing", "no PCI, no HIPAA, nothing beyond"])
def test_a_denial_before_beyond_that_stores_no_regime(text: str) -> None:
    regimes = _compliance(text)
    assert regimes is None or "hipaa" not in regimes
