"""The one number format, and the pattern check that guards every message."""

from __future__ import annotations

import pytest

from assistant.web import fmt


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (3600, "$3,600/mo"),
        (3528.4, "$3,528/mo"),
        (96.0, "$96/mo"),
        (4.5, "$4.50/mo"),
        (1_234_567, "$1.23M/mo"),
        (0, "$0/mo"),
    ],
)
def test_monthly(value: float, expected: str) -> None:
    assert fmt.monthly(value) == expected


def test_other_formats() -> None:
    assert fmt.yearly(43_200) == "$43.2k/yr"
    assert fmt.tokens(14_017_800_381, "month") == "14.0B/month"
    assert fmt.tokens(2_250_000) == "2.25M"
    assert fmt.share(0.8) == "80%" and fmt.share(0.125) == "12.5%"
    assert fmt.multiplier(2.61) == "2.6x" and fmt.multiplier(186.0) == "186x"
    assert fmt.delta_money(7200) == "+$7,200/mo" and fmt.delta_money(-350.4) == "-$350/mo"
    assert fmt.change_pct(3528, 6000) == "+70%" and fmt.change_pct(100, 300) == "3.0x as much"
    assert fmt.fact("compliance", ["pci_dss", "soc2"]) == "PCI-DSS, SOC 2"
    assert (
        fmt.fact("team", {"ml_engineers": 2, "devops": 1, "kubernetes": True}) == "2 ML engineers, 1 DevOps, Kubernetes"
    )
    assert fmt.fact("latency_p99_ms", 1000.0) == "1 s"
    assert fmt.setting("engineering_rate_usd", 150.0) == "$150/h"


def test_pattern_check_catches_what_the_issue_saw_and_passes_the_format() -> None:
    bad = [
        "$3,600.00",
        "14,017,800,381 tokens a month",
        "427.98% more",
        "186.0x",
        "engineering rate usd: 100 → 150.0",
        "latency target: 1000.0",
        '["pci_dss", "soc2"]',
        "1200000000.0",
        "value: None",
    ]
    for text in bad:
        assert fmt.looks_internal(text), text
    good = "$3,600/mo or $43.2k/yr, 14.0B/month, 80%, 2.6x, $4.50 a month, GPT-5, llama-3.3-70b"
    assert fmt.looks_internal(good) == []


def test_tidy_rewrites_other_layers_numbers() -> None:
    text = fmt.tidy("about $3,600.00 a month at 3,135,000,000 tokens, 3.732x the GPU bill (on_demand), 28.22%")
    assert fmt.looks_internal(text) == [], text
    assert "$3,600" in text and "3.13B" in text and "3.7x" in text
