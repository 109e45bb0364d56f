"""Hard constraints one by one: what a profile requires, and which kinds of option break it."""

import math

import pytest

from assistant.decision.constraints import Traits, check, needs_from
from assistant.decision.latency import LatencyEstimate, api_latency, max_utilization, self_host_latency
from assistant.decision.rules import model_data, rules
from assistant.interview.facts import WorkloadProfile


def profile(**facts: object) -> WorkloadProfile:
    p = WorkloadProfile()
    for k, v in facts.items():
        p.set(k, v)
    return p


def traits(**kw: object) -> Traits:
    base: dict[str, object] = {
        "kind": "api",
        "hosting": "public_api",
        "tier": "strong",
        "fine_tunable": False,
        "provider": "openai",
    }
    return Traits.model_validate({**base, **kw})


def kinds(t: Traits, p: WorkloadProfile) -> set[str]:
    return {b.constraint for b in check(t, needs_from(p))}


# ---------------------------------------------------------------- data boundary


@pytest.mark.parametrize(
    ("boundary", "allowed"),
    [
        ("any_vendor", {"public_api", "dedicated_cloud", "cloud_self_host", "owned", "bought"}),
        ("cloud_tenant", {"dedicated_cloud", "cloud_self_host", "owned", "bought"}),
        ("on_prem", {"owned", "bought"}),
        ("air_gapped", {"owned", "bought"}),
    ],
)
def test_each_boundary_admits_only_the_hosting_that_keeps_data_inside_it(boundary: str, allowed: set[str]) -> None:
    p = profile(data_boundary=boundary, team={"ml_engineers": 2})
    for hosting in ("public_api", "dedicated_cloud", "cloud_self_host", "owned", "bought"):
        broken = kinds(traits(hosting=hosting, kind="self_host" if "self" in hosting else "api"), p)
        assert ("data_boundary" not in broken) == (hosting in allowed), hosting


def test_regimes_imply_a_boundary_only_where_they_really_do() -> None:
    # SOC 2 and PCI DSS audit your controls: vendors with their own reports fit inside them
    for regime in ("soc2", "pci_dss", "hipaa", "gdpr"):
        assert needs_from(profile(compliance=[regime])).boundary == "any_vendor", regime
    # FedRAMP and residency need a deployment in an authorised or pinned environment
    assert needs_from(profile(compliance=["fedramp"])).boundary == "cloud_tenant"
    assert needs_from(profile(compliance=["data_residency"])).boundary == "cloud_tenant"
    assert needs_from(profile(compliance=["air_gapped"])).boundary == "air_gapped"
    # the stricter of what was said and what a regime implies wins, either way round
    assert needs_from(profile(compliance=["fedramp"], data_boundary="on_prem")).boundary == "on_prem"
    assert needs_from(profile(compliance=["air_gapped"], data_boundary="cloud_tenant")).boundary == "air_gapped"
    # every regime rule names its source
    assert all(r.source.section for r in rules().regimes.values())


def test_hipaa_needs_a_business_associate_agreement_from_the_provider() -> None:
    p = profile(compliance=["hipaa"])
    assert "data_boundary" not in kinds(traits(provider="openai"), p)
    assert "data_boundary" in kinds(traits(provider="deepseek", kind="managed_open_weight"), p)
    assert "data_boundary" in kinds(traits(provider="some-new-host", kind="managed_open_weight"), p)
    # your own GPUs sign nothing with anyone
    assert "data_boundary" not in kinds(traits(hosting="owned", kind="self_host", provider=None), p)


def test_gdpr_rules_out_a_provider_processing_where_transfers_lack_safeguards() -> None:
    p = profile(compliance=["gdpr"])
    assert "data_boundary" in kinds(traits(provider="deepseek", kind="managed_open_weight"), p)
    assert "data_boundary" not in kinds(traits(provider="anthropic"), p)


# ---------------------------------------------------------------- quality and fine-tuning


def test_quality_tiers() -> None:
    frontier = profile(quality="frontier")
    open_ok = profile(quality="open_weight_ok")
    assert "quality" in kinds(traits(tier="strong"), frontier)
    assert "quality" not in kinds(traits(tier="frontier"), frontier)
    assert "quality" in kinds(traits(tier="small"), open_ok)
    assert "quality" not in kinds(traits(tier="strong"), open_ok)
    data = model_data()
    assert data.facts("gpt-5").tier == "frontier"  # type: ignore[union-attr]
    assert data.facts("gpt-4.1-nano").tier == "small"  # type: ignore[union-attr]
    assert data.facts("llama-3.3-70b").tier == "strong"  # type: ignore[union-attr]


def test_a_validated_open_model_is_the_quality_bar() -> None:
    n = needs_from(profile(quality="open_weight_ok"), validated_model="llama-3.3-70b")
    same = traits(kind="managed_open_weight", provider="groq", model="llama-3.3-70b")
    other = traits(kind="managed_open_weight", provider="deepseek", model="deepseek-v3.2")
    assert not check(same, n)
    assert [b.constraint for b in check(other, n)] == ["quality"]


def test_gpt5_cannot_be_fine_tuned_and_the_models_that_can_say_at_what_price() -> None:
    data = model_data()
    gpt5 = data.facts("gpt-5")
    assert gpt5 is not None and gpt5.fine_tuning == "none"
    tuned = [m for m in data.models if m.fine_tuning != "none"]
    assert tuned and all(m.ft_surcharge >= 1 for m in tuned)
    p = profile(fine_tuning=True)
    assert "fine_tuning" in kinds(traits(fine_tunable=False), p)
    assert "fine_tuning" not in kinds(traits(fine_tunable=True), p)
    assert "fine_tuning" not in kinds(traits(fine_tunable=False), profile(fine_tuning=False))


# ---------------------------------------------------------------- time


def test_batch_answers_break_a_real_time_need_only() -> None:
    batch = traits(kind="batch_api", realtime=False)
    assert "realtime" in kinds(batch, profile())
    assert "realtime" not in kinds(batch, profile(batch_ok=True))


def test_api_latency_starts_at_the_articles_network_floor() -> None:
    floor = rules().latency.api_overhead_p99_ms.value
    assert floor == 400  # the high end of the articles' 200-400 ms round trip, at p99
    plain = api_latency(model_data().facts("gpt-4o"), input_tokens=0, output_tokens=0)
    assert plain.ttft_p99_ms == pytest.approx(floor)
    thinking = api_latency(model_data().facts("gpt-5"), input_tokens=0, output_tokens=0)
    assert thinking.ttft_p99_ms > plain.ttft_p99_ms  # a reasoning model thinks before its first token
    longer = api_latency(model_data().facts("gpt-4o"), input_tokens=20_000, output_tokens=0)
    assert longer.ttft_p99_ms > plain.ttft_p99_ms
    whole = api_latency(model_data().facts("gpt-4o"), input_tokens=0, output_tokens=500)
    assert whole.total_p99_ms == pytest.approx(floor + 500 / 100 * 1000)  # 100 tokens/s for GPT-4o


def test_latency_target_excludes_what_cannot_meet_it() -> None:
    slow = LatencyEstimate(ttft_p99_ms=450, total_p99_ms=3000, parts="x")
    voice = profile(latency_p99_ms=100, latency_kind="ttft")
    assert "latency" in kinds(traits(latency=slow), voice)
    assert "latency" not in kinds(traits(latency=slow), profile(latency_p99_ms=500, latency_kind="ttft"))
    # a target on the whole answer is checked against the whole answer
    assert "latency" in kinds(traits(latency=slow), profile(latency_p99_ms=2000, latency_kind="total"))
    # with answers that may wait, a latency target does not apply
    assert "latency" not in kinds(traits(latency=slow), profile(latency_p99_ms=100, batch_ok=True))


def test_self_host_queueing_follows_the_mm1_tail() -> None:
    # 1,000-token prompt at 20,000 tokens/s of prefill: 50 ms; decode of 100 tokens at 2,000 tokens/s: 50 ms,
    # so half the replica's busy time is prefill; at 60% busy the prefill queue is 30% loaded.
    est = self_host_latency(20_000, 2_000, 50, 1_000, 100, 0.6)
    prefill_ms, step_ms, rho = 50.0, 20.0, 0.3
    wait_ms = prefill_ms * math.log(100 * rho) / (1 - rho)
    network = rules().latency.self_host_network_ms.value
    assert est.ttft_p99_ms == pytest.approx(network + prefill_ms + step_ms + wait_ms, abs=0.2)
    assert est.total_p99_ms == pytest.approx(est.ttft_p99_ms + 100 / 50 * 1000, abs=0.2)
    # busier replicas queue longer; an idle one does not queue at all
    assert self_host_latency(20_000, 2_000, 50, 1_000, 100, 0.9).ttft_p99_ms > est.ttft_p99_ms
    idle = self_host_latency(20_000, 2_000, 50, 1_000, 100, 0.01)
    assert idle.ttft_p99_ms == pytest.approx(network + prefill_ms + step_ms, abs=0.2)


def test_the_planned_utilisation_comes_down_to_meet_a_target() -> None:
    args = (20_000, 2_000, 50, 1_000, 100)
    u = max_utilization(200, "ttft", *args, ceiling=0.7)
    assert u is not None and 0.05 < u < 0.7
    assert self_host_latency(*args, u).ttft_p99_ms <= 200
    assert self_host_latency(*args, min(0.7, u + 0.05)).ttft_p99_ms > 200
    assert max_utilization(10_000, "ttft", *args, ceiling=0.7) == 0.7
    assert max_utilization(60, "ttft", *args, ceiling=0.7) is None  # prefill alone takes 50 ms + a decode step


def test_no_people_no_self_hosting() -> None:
    host = traits(kind="self_host", hosting="cloud_self_host", needs_team=True, provider=None)
    assert "team" in kinds(host, profile(team={"ml_engineers": 0}))
    assert "team" not in kinds(host, profile(team={"ml_engineers": 1}))
    assert "team" not in kinds(host, profile(team={"ml_engineers": 0, "gpu_infra": True}))
    # owning GPUs means someone already runs them
    assert "team" not in kinds(host, profile(owned_gpus={"gpu": "h100", "count": 8, "paid_for": True}))


# ---------------------------------------------------------------- batch deadline


def test_a_deadline_shorter_than_the_batch_window_excludes_batch_apis() -> None:
    window = rules().batch_api.completion_window_hours
    assert window.value == 24 and window.source.kind == "vendor"
    batch = traits(kind="batch_api", realtime=False, completion_hours=24.0)
    # eight hours overnight: a 24 h completion window cannot be signed off
    broken = check(batch, needs_from(profile(batch_ok=True, batch_deadline_hours=8.0)))
    assert [b.constraint for b in broken] == ["deadline"]
    assert "24 hours" in broken[0].reason and "8 hours" in broken[0].reason
    # minutes read as minutes
    assert "10 minutes" in check(batch, needs_from(profile(batch_ok=True, batch_deadline_hours=1 / 6)))[0].reason
    # a deadline the window fits, or none at all, leaves the batch API in
    assert not check(batch, needs_from(profile(batch_ok=True, batch_deadline_hours=36.0)))
    assert not check(batch, needs_from(profile(batch_ok=True)))
    # a synchronous API meets any deadline
    assert not check(traits(), needs_from(profile(batch_ok=True, batch_deadline_hours=8.0)))


# ---------------------------------------------------------------- a fine-tune is bound to its base model


def test_a_fine_tune_runs_only_on_the_model_it_was_trained_on() -> None:
    needs = needs_from(profile(fine_tuning=True), "llama-3.3-70b", tuned_model="llama-3.3-70b")
    closed = check(traits(fine_tunable=True, tier="frontier", model="gpt-4o"), needs)
    assert [b.constraint for b in closed] == ["fine_tuning"] and "adapters" in closed[0].reason
    same = traits(kind="self_host", hosting="cloud_self_host", fine_tunable=True, model="llama-3.3-70b")
    assert not check(same, needs.model_copy(update={"team": True}))
    # without fine-tuning, the named model is no fine-tune to carry over
    assert needs_from(profile(fine_tuning=False), "llama-3.3-70b", tuned_model="llama-3.3-70b").tuned_model is None


# ---------------------------------------------------------------- which reason is shown first


def test_the_reason_no_lever_changes_comes_first() -> None:
    order = list(rules().reason_order.order)
    assert order.index("data_boundary") < order.index("team") < order.index("latency")
    host = traits(
        kind="self_host",
        hosting="cloud_self_host",
        needs_team=True,
        latency=LatencyEstimate(ttft_p99_ms=900, total_p99_ms=2000, parts="900 ms prefill"),
    )
    broken = check(host, needs_from(profile(latency_p99_ms=100.0, latency_kind="ttft")))
    # without people to run GPUs, self-hosting is out whatever its latency: staffing is the reason shown
    assert [b.constraint for b in broken] == ["team", "latency"]
    assert broken[1].over == pytest.approx(9.0)


def test_a_named_small_model_lowers_the_quality_bar_to_small() -> None:
    assert needs_from(profile(), small_ok=True).quality == "small"
    assert needs_from(profile(quality="frontier"), small_ok=True).quality == "frontier"
    small = traits(tier="small")
    assert not kinds(small, profile()) - {"quality"}
    assert "quality" in kinds(small, profile())
    assert not check(small, needs_from(profile(), small_ok=True))


def test_every_constraint_has_words_and_a_place_in_the_orders() -> None:
    from typing import get_args

    from assistant.decision.constraints import CONSTRAINT_WORDS
    from assistant.decision.rules import ConstraintKind

    for kind in get_args(ConstraintKind):
        assert CONSTRAINT_WORDS[kind] and kind in rules().reason_order.order, kind
    assert set(rules().relax.order) <= set(get_args(ConstraintKind))


def test_latency_levers_are_data_with_sources() -> None:
    levers = rules().latency_levers
    assert levers.precisions.order and levers.precisions.source.as_of
    assert levers.smaller_models.order and levers.smaller_models.source.section
    assert rules().latency.relaxed_within_factor.value > 1


def test_your_own_adapters_need_a_host_that_loads_custom_weights() -> None:
    needs = needs_from(profile(fine_tuning=True, own_adapters=True))
    assert needs.own_adapters
    provider_tuning = check(traits(fine_tunable=True, tier="frontier"), needs)
    assert [b.constraint for b in provider_tuning] == ["fine_tuning"] and "adapters" in provider_tuning[0].reason
    assert not check(traits(kind="managed_open_weight", fine_tunable=True, custom_weights=True), needs)
    # provider fine-tuning is enough when the fine-tune is not yours to carry
    assert not check(traits(fine_tunable=True, tier="frontier"), needs_from(profile(fine_tuning=True)))
