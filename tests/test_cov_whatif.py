"""What-ifs in the user's words (``assistant.interview.whatif``): each kind of change, and applying it to a copy."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.interview.facts import WorkloadProfile
from assistant.interview.whatif import Change, analysis_options, apply, detect


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("what if it can wait overnight, batch is fine?", {"batch_ok": True}),
        ("what if we run batch jobs", {"batch_ok": True}),
        ("what if we need frontier quality?", {"quality": "frontier"}),
        ("what if we hire two ML engineers?", {"ml_engineers": 2}),
        ("suppose we had 2 ML engineers", {"ml_engineers": 2}),
        ("what if traffic were bursty?", {"traffic_shape": "bursty"}),
        ("what if volume is 5x?", {"volume_factor": 5.0}),
        # the peak is not the volume; peaks five times the average are bursty traffic
        ("what if it doubled with 5x peaks", {"volume_factor": 2.0, "traffic_shape": "bursty"}),
        ("what if we add gdpr", {"add_compliance": ["gdpr"]}),
        ("what if we did 2 billion tokens a day", {"tokens_per_month": 2e9 * 30}),
        ("what if we compare with gpt-5 and deepseek?", {"compare_models": ["gpt-5", "deepseek-v3.2"]}),
    ],
)
def test_each_kind_of_change(text: str, expected: dict[str, Any]) -> None:
    change = detect(text)
    assert change is not None
    assert change.model_dump(exclude_defaults=True) == {"label": text.rstrip("?"), **expected}
    assert analysis_options(change) == {}


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("what about reserved H100s?", {"gpu": "h100", "pricing": "reserved"}),
        ("what if we use on-demand A100 40GB?", {"gpu": "a100-40gb", "pricing": "on_demand"}),
        ("what if we switch to spot L4s?", {"gpu": "l4", "pricing": "spot"}),
        ("what if we committed to a year on A10G?", {"gpu": "a10g", "pricing": "reserved"}),
        ("what about H200s", {"gpu": "h200"}),
    ],
)
def test_gpu_and_pricing_go_to_the_analysis_not_the_profile(text: str, options: dict[str, str]) -> None:
    change = detect(text)
    assert change is not None
    assert analysis_options(change) == options
    baseline = WorkloadProfile()
    assert apply(baseline, change).facts == {}


@pytest.mark.parametrize("text", ["what if?", "about 50M tokens a day", "what about it"])
def test_no_change_is_no_what_if(text: str) -> None:
    assert detect(text) is None


def test_no_change_gives_no_options() -> None:
    assert analysis_options(None) == {}


def test_apply_changes_a_copy_and_quotes_the_what_if() -> None:
    base = WorkloadProfile()
    base.set("tokens_per_month", 1e9)
    base.set("compliance", ["soc2"])
    base.set("candidate_models", ["gpt-5"])
    change = Change(
        label="bigger",
        volume_factor=3,
        traffic_shape="bursty",
        add_compliance=["hipaa"],
        ml_engineers=2,
        batch_ok=False,
        quality="frontier",
        compare_models=["gpt-5", "deepseek-v3.2"],
    )
    new = apply(base, change)
    assert new.get("tokens_per_month") == 3e9
    assert new.get("traffic_shape") == "bursty"
    assert new.get("compliance") == ["hipaa", "soc2"]
    assert new.team["ml_engineers"] == 2 and new.team["devops"] == 1
    assert new.get("batch_ok") is False
    assert new.get("quality") == "frontier"
    assert new.get("candidate_models") == ["gpt-5", "deepseek-v3.2"]
    assert new.facts["traffic_shape"].quote == "what-if: bigger"
    # the baseline is untouched
    assert base.get("tokens_per_month") == 1e9
    assert base.get("compliance") == ["soc2"]
    assert "traffic_shape" not in base.facts


def test_apply_a_new_volume() -> None:
    base = WorkloadProfile()
    new = apply(base, Change(label="2B", tokens_per_month=2e9))
    assert new.get("tokens_per_month") == 2e9
    assert Change(label="x").is_empty()
