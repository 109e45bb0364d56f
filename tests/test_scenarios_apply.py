"""A scenario is one ``Change.apply(profile, options)``: what-ifs price it, "make this the baseline" keeps it.

The end-to-end checks run the offline advisor through the session: a what-if that changes only analysis
options (GPU type, pricing) must survive being made the baseline, in the stored options, in the new
baseline's numbers, and in the what-ifs asked after it.
"""

from __future__ import annotations

import asyncio

import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.decision.inputs import AnalysisOptions
from assistant.interview.facts import WorkloadProfile
from assistant.interview.whatif import Change
from tools.catalog import Catalog

START = [
    "We process about 400M tokens a day, 80% input",
    "steady traffic around the clock, no compliance regime, 3 ML engineers who run GPUs on Kubernetes, "
    "open models are fine",
]


def _profile() -> WorkloadProfile:
    p = WorkloadProfile()
    p.set("tokens_per_month", 3e9, quote="3B a month")
    p.set("compliance", ["soc2"], quote="SOC 2")
    return p


def test_apply_changes_copies_of_both_halves_and_leaves_the_inputs_alone() -> None:
    profile, options = _profile(), AnalysisOptions(prices="articles", engineering_rate_usd=150)
    change = Change(
        label="triple on spot H100s with HIPAA", volume_factor=3, gpu="h100", pricing="spot", add_compliance=["hipaa"]
    )
    new_profile, new_options = change.apply(profile, options)
    assert new_profile.get("tokens_per_month") == pytest.approx(9e9)
    assert new_profile.regimes() == ["hipaa", "soc2"]
    assert new_profile.facts["tokens_per_month"].quote == "what-if: triple on spot H100s with HIPAA"
    assert (new_options.gpu, new_options.pricing) == ("h100", "spot")
    # everything the change does not name is kept
    assert (new_options.prices, new_options.engineering_rate_usd) == ("articles", 150)
    assert type(new_options) is AnalysisOptions
    # the inputs are untouched
    assert profile.get("tokens_per_month") == pytest.approx(3e9) and profile.regimes() == ["soc2"]
    assert (options.gpu, options.pricing) == (None, None)


def test_a_change_of_facts_only_keeps_the_options_and_an_options_only_change_keeps_the_facts() -> None:
    profile, options = _profile(), AnalysisOptions(gpu="a100-80gb", pricing="reserved")
    facts_only, same = Change(label="bursty", traffic_shape="bursty").apply(profile, options)
    assert facts_only.get("traffic_shape") == "bursty" and same == options
    kept, moved = Change(label="on L4", gpu="l4").apply(profile, options)
    assert kept.model_dump() == profile.model_dump()
    assert (moved.gpu, moved.pricing) == ("l4", "reserved")


@pytest.fixture(scope="module")
def advisor() -> Advisor:
    return Advisor(OfflineAdvisorModel(), None)


def _talk(advisor: Advisor, session: AdvisorSession, text: str) -> str:
    record = asyncio.run(advisor.turn(session, text))
    assert not record.notices, record.notices
    return record.assistant


def test_make_this_the_baseline_keeps_the_scenarios_gpu_and_pricing(advisor: Advisor, catalog: Catalog) -> None:
    session = AdvisorSession(catalog)
    for text in START:
        _talk(advisor, session, text)
    base = session.baseline
    assert base is not None and base.self_host.available
    assert (base.self_host.gpu, base.self_host.pricing) != ("H100", "spot")

    _talk(advisor, session, "what if we ran it on H100s with spot instances?")
    scenario = session.current()
    assert scenario is not None and session.active is not None
    assert "h100" in scenario.self_host.gpu.lower() and scenario.self_host.pricing == "spot"
    assert session.options.gpu is None and session.options.pricing is None  # a what-if leaves the baseline alone

    reply = _talk(advisor, session, "make this the baseline")
    assert "is now the baseline" in reply
    adopted = session.baseline
    assert adopted is not None and session.active is None and session.scenarios == []
    # the baseline carries the scenario's options, and so its numbers
    assert (session.options.gpu, session.options.pricing) == ("h100", "spot")
    assert "h100" in adopted.self_host.gpu.lower() and adopted.self_host.pricing == "spot"
    assert adopted.self_host.monthly_usd == pytest.approx(scenario.self_host.monthly_usd)
    assert [(r.name, r.monthly_usd) for r in adopted.table] == [(r.name, r.monthly_usd) for r in scenario.table]
    assert adopted.headline in reply

    # a later what-if starts from the adopted baseline: still spot H100s, now at double the volume
    _talk(advisor, session, "what if volume doubles?")
    doubled = session.current()
    assert doubled is not None and doubled.tokens_per_month == pytest.approx(2 * adopted.tokens_per_month)
    assert "h100" in doubled.self_host.gpu.lower() and doubled.self_host.pricing == "spot"

    # and the saved conversation resumes with the adopted options
    restored = AdvisorSession.from_dict(session.to_dict(), catalog)
    assert (restored.options.gpu, restored.options.pricing) == ("h100", "spot")


def test_adopting_a_volume_and_gpu_scenario_keeps_both_halves(advisor: Advisor, catalog: Catalog) -> None:
    session = AdvisorSession(catalog)
    for text in START:
        _talk(advisor, session, text)
    base = session.baseline
    assert base is not None
    _talk(advisor, session, "what if volume triples and we move to reserved A100s?")
    scenario = session.current()
    assert scenario is not None and scenario.tokens_per_month == pytest.approx(3 * base.tokens_per_month)
    _talk(advisor, session, "make this the baseline")
    adopted = session.baseline
    assert adopted is not None
    assert adopted.tokens_per_month == pytest.approx(scenario.tokens_per_month)
    assert session.profile.get("tokens_per_month") == pytest.approx(3 * base.tokens_per_month)
    assert (session.options.gpu, session.options.pricing) == ("a100-80gb", "reserved")
    assert adopted.chosen.name == scenario.chosen.name
    assert adopted.chosen.monthly_usd == pytest.approx(scenario.chosen.monthly_usd)
    # "back to baseline" now returns to the adopted one, not the first
    _talk(advisor, session, "back to baseline")
    assert session.current() is adopted
