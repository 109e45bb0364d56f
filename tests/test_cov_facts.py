"""The interview state (``WorkloadProfile``): defaults, provenance, what is missing, and the workload it implies."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from assistant.interview.facts import ESSENTIAL, FIELDS, OwnedGpus, WorkloadProfile
from tools.results import Conventions


def test_unknown_field_is_refused() -> None:
    with pytest.raises(KeyError, match="tokens_per_day"):
        WorkloadProfile().set("tokens_per_day", 1e6)


def test_defaults_and_peak_from_the_traffic_shape() -> None:
    p = WorkloadProfile()
    assert p.get("input_share") == 0.5
    assert p.get("compliance") == ["none"]
    assert p.get("latency_p99_ms") is None
    # peak-to-average follows the traffic shape unless said: steady 1.5, business hours 3, bursty 5
    assert p.get("peak_to_average") == 1.5
    p.set("traffic_shape", "bursty")
    assert p.get("peak_to_average") == 5.0
    p.set("traffic_shape", "business_hours")
    assert p.get("peak_to_average") == 3.0
    p.set("peak_to_average", 2.0)
    assert p.get("peak_to_average") == 2.0


def test_missing_follows_interview_order_and_skips() -> None:
    p = WorkloadProfile()
    assert p.missing() == ESSENTIAL
    assert not p.ready()
    p.set("tokens_per_month", 3e8)
    p.skipped.append("team")
    assert p.missing() == ["input_share", "traffic_shape", "compliance", "quality"]
    assert not p.ready()
    # answering a skipped field un-skips it
    p.set("team", {"ml_engineers": 2})
    assert "team" not in p.skipped
    for name in ("input_share", "compliance", "quality"):
        p.set(name, {"input_share": 0.8, "compliance": ["none"], "quality": "frontier"}[name])
    assert p.missing() == ["traffic_shape"]
    # batch work runs whenever it is scheduled: its traffic shape is not asked
    p.set("batch_ok", True)
    assert p.missing() == []
    assert p.ready()


def test_ready_needs_the_volume_even_when_the_rest_is_skipped() -> None:
    p = WorkloadProfile(skipped=ESSENTIAL[1:])
    assert p.missing() == ["tokens_per_month"]
    assert not p.ready()


def test_assumed_lists_defaults_and_our_own_guesses() -> None:
    p = WorkloadProfile()
    p.set("input_share", 0.8)  # said: not an assumption
    p.set("quality", "frontier", origin="assumed")
    out = p.assumed()
    assert "quality needs: frontier" in out
    assert "steady traffic" in out
    assert not any(x.startswith("a 50/50 input/output split") for x in out)
    assert len(out) == 4  # traffic shape, compliance, team from defaults; quality assumed


def test_team_merges_with_defaults_and_ml_capacity() -> None:
    p = WorkloadProfile()
    assert p.team == {"ml_engineers": 0, "devops": 1, "gpu_infra": False, "kubernetes": False}
    assert not p.ml_capacity()
    p.set("team", {"gpu_infra": True})
    assert p.team["devops"] == 1 and p.team["gpu_infra"] is True
    assert p.ml_capacity()
    p.set("team", {"ml_engineers": 1})
    assert p.ml_capacity()
    p.set("team", {"mlops": False, "ml_engineers": 0})
    assert not p.ml_capacity()


def test_regimes_drop_none() -> None:
    p = WorkloadProfile()
    assert p.regimes() == []
    p.set("compliance", ["hipaa", "none"])
    assert p.regimes() == ["hipaa"]


def test_workload_uses_the_conventions() -> None:
    p = WorkloadProfile()
    p.set("tokens_per_month", 300e6)
    p.set("input_share", 0.8)
    wl = p.workload()
    assert wl.input_tokens_per_month + wl.output_tokens_per_month == pytest.approx(300e6)
    assert wl.input_tokens_per_month == pytest.approx(240e6)
    # 300M a month over 22 days is 13.6M a day, over 30 days 10M a day
    assert p.workload(Conventions(days_per_month=22)).tokens_per_day == pytest.approx(300e6 / 22)
    assert wl.tokens_per_day == pytest.approx(10e6)


def test_summary_has_every_field_with_its_origin() -> None:
    p = WorkloadProfile(skipped=["team"])
    p.set("tokens_per_month", 1e9, quote="a billion a month")
    s = p.summary()
    assert list(s) == list(FIELDS)
    assert s["tokens_per_month"] == {"value": 1e9, "origin": "said", "quote": "a billion a month"}
    assert s["team"]["origin"] == "skipped"
    assert s["quality"] == {"value": "open_weight_ok", "origin": "default", "quote": None}


def test_owned_gpus_needs_at_least_one() -> None:
    with pytest.raises(ValidationError):
        OwnedGpus(gpu="h100", count=0)
    assert OwnedGpus(gpu="h100", count=2).paid_for is True
