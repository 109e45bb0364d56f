"""No cloud of any kind means the user's own machines; "air-gapped" and "on our own servers" said one after the
other are one place; air-gapped is explained in plain words; a what-if naming an open-weight model self-hosts it."""

from __future__ import annotations

import pytest

from assistant.decision.constraints import needs_from
from assistant.interview.facts import WorkloadProfile
from assistant.interview.reading import parse_message
from assistant.interview.whatif import detect
from tests.profiles import conversation
from tools.catalog import Catalog


def _boundary(text: str) -> object:
    return next((u.value for u in parse_message(text).updates if u.field == "data_boundary"), None)


@pytest.mark.parametrize(
    "text",
    [
        "the model cannot touch any commercial cloud.",
        "Everything is export-controlled; the model cannot touch any commercial cloud, including GovCloud.",
        "nothing may go to any cloud",
        "we cannot use the cloud at all",
        "our data can't be put in a public cloud",
        "legally we are not allowed to use any public cloud",
    ],
)
def test_no_cloud_of_any_kind_is_the_users_own_machines(text: str) -> None:
    assert _boundary(text) == "on_prem"


@pytest.mark.parametrize(
    "text",
    [
        "we cant use the cloud for training but inference is fine",  # only one use of it is ruled out
        "is it true we cannot use the cloud?",  # a question
        "we can't use any cloud credits this year",  # money, not where data goes
    ],
)
def test_a_cloud_rule_that_is_not_about_where_data_goes_stores_no_boundary(text: str) -> None:
    assert _boundary(text) != "on_prem"


def test_govcloud_named_as_where_they_run_is_their_cloud() -> None:
    assert _boundary("we run everything in AWS GovCloud") == "cloud_tenant"


def test_air_gapped_then_own_servers_is_no_contradiction(catalog: Catalog) -> None:
    _, session = conversation(
        catalog,
        "Defense work. Air-gapped only, nothing may ever reach a network. We own 16 H100s.",
        "On-prem. Our own servers inside the facility. No data leaves, period.",
    )
    assert session.profile.facts["data_boundary"].value == "air_gapped"
    assert not any("Which should I use?" in t.assistant for t in session.turns)
    _, session = conversation(catalog, "it all runs on-prem in our own data centre", "in fact it's air-gapped")
    assert session.profile.facts["data_boundary"].value == "air_gapped"


def test_an_air_gapped_regime_is_explained_in_plain_words() -> None:
    profile = WorkloadProfile()
    profile.set("compliance", ["air_gapped"])
    needs = needs_from(profile)
    assert needs.boundary == "air_gapped"
    assert "How Should You" not in needs.boundary_reason and "own isolated machines" in needs.boundary_reason


def test_air_gapped_is_explained_in_plain_words_not_an_article_heading(catalog: Catalog) -> None:
    _, session = conversation(
        catalog,
        "Air-gapped only. We own 16 H100s. About 2B tokens a month, 90% input, business hours.",
        "3 ML engineers who run vLLM on Kubernetes. Open models are fine, no batch.",
    )
    a = session.current()
    assert a is not None
    text = " ".join([*a.reasons, *a.constraints])
    assert "How Should You" not in text and "air-gapped" in text


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("What if we ran a bigger model, Llama 3.1 405B, on 8 of the H100s instead?", "llama-3.1-405b"),
        ("what if we self-host qwen 2.5 72b instead", "qwen2.5-72b"),
        ("and what if we used llama 3.1 8b on our own gpus?", "llama-3.1-8b"),
        ("what if we served Mistral Small 24B ourselves?", "mistral-small-24b"),
    ],
)
def test_a_what_if_naming_an_open_model_self_hosts_it(text: str, model: str) -> None:
    change = detect(text)
    assert change is not None and change.open_model == model


@pytest.mark.parametrize(
    ("text", "models"),
    [
        ("what if we used claude sonnet 4.5?", ["claude-sonnet-4.5"]),
        ("what about mistral small?", ["mistral-small-3.1"]),
    ],
)
def test_a_what_if_naming_an_api_model_compares_it_instead(text: str, models: list[str]) -> None:
    change = detect(text)
    assert change is not None and change.open_model is None and change.compare_models == models


def test_the_open_model_what_if_prices_the_bigger_model_on_the_owned_gpus(catalog: Catalog) -> None:
    _, session = conversation(
        catalog,
        "Air-gapped only. We own 16 H100s, paid for. About 2B tokens a month, 90% input, business hours.",
        "3 ML engineers who run vLLM on Kubernetes. Open models are fine, no batch.",
        "What if we ran Llama 3.1 405B instead?",
    )
    base, scenario = session.baseline, session.current()
    assert base is not None and scenario is not None
    assert "Llama 3.1 405B" in scenario.chosen.name and "Llama 3.1 405B" not in base.chosen.name
    assert scenario.chosen.monthly_usd > base.chosen.monthly_usd  # more GPUs busy: more power and people


def test_an_air_gap_is_confirmed_once(catalog: Catalog) -> None:
    _, session = conversation(catalog, "Air-gapped on-prem only. We have 16 H100s already in our SCIF.")
    reply = session.turns[-1].assistant.split("\n")[0]
    assert reply.count("air-gapped") == 1
