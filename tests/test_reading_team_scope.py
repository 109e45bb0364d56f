"""Whose team a message speaks of (issue 10): another project named beside the team is still the team's work,
GPUs freed from that project are the user's to use, and a consultant's client is the workload's team; an earlier
employer, a parent company, a friend or a competitor is not. Expectations written by hand."""

from __future__ import annotations

import pytest

from tests.reading import facts as read

# --- another project: the team is the same team, its GPUs are ours when they are free


def test_a_team_running_gpus_for_another_project_whose_gpus_are_free_now() -> None:
    got = read(
        "Our team have four ML engineers and they run already two A100 in our datacenter for another project, "
        "the GPUs are free now"
    )
    assert got["team"] == {"ml_engineers": 4, "gpu_infra": True}
    assert got["owned_gpus"] == {"gpu": "a100-80gb", "count": 2, "paid_for": True}


@pytest.mark.parametrize(
    ("text", "gpus"),
    [
        ("we have 2 A100s from another project that we could repurpose", {"gpu": "a100-80gb", "count": 2}),
        ("we've 4 h100 from a different project. they're sitting idle now", {"gpu": "h100", "count": 4}),
        ("got 8 L4 in our rack for another product, that project ended so they're unused", {"gpu": "l4", "count": 8}),
    ],
)
def test_gpus_of_another_project_said_to_be_free_are_ours(text: str, gpus: dict[str, object]) -> None:
    got = read(text)["owned_gpus"]
    assert isinstance(got, dict)
    assert {k: got[k] for k in ("gpu", "count")} == gpus


@pytest.mark.parametrize(
    "text",
    [
        "we have 8 H100s but another project uses them all day",  # busy, not free
        "there are 4 A100s for a separate product, fully booked",
        "the other team has 8 idle A100s",  # someone else's, even idle
        "our parent company has 16 H100s sitting idle but we can't use them",
    ],
)
def test_gpus_busy_elsewhere_or_held_by_others_are_not_ours(text: str) -> None:
    assert "owned_gpus" not in read(text)


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("for another project we run GPUs in production", {"gpu_infra": True}),
        ("our infra guys run k8s for a separate product", {"kubernetes": True}),
        ("we run 8 L4s in prod for a different product", {"gpu_infra": True}),
        ("3 ML engineers, they work on another product line at the moment", {"ml_engineers": 3}),
    ],
)
def test_the_teams_work_on_another_project_is_still_the_team(text: str, team: dict[str, object]) -> None:
    assert read(text)["team"] == team


def test_people_said_unavailable_for_this_work_are_not_counted() -> None:
    assert "team" not in read("3 MLEs, but they're on a different project and won't touch this")
    assert "team" not in read("two SREs, both tied up with another product")


def test_another_project_still_keeps_its_figures_out_of_this_workload() -> None:
    got = read("we push 5M tokens a day for another product, unrelated to this")
    assert "tokens_per_month" not in got
    got = read("We have a data science team that fine-tunes forecasting models, but that's a separate project")
    assert "fine_tuning" not in got


def test_a_clause_after_and_they_keeps_its_own_scope() -> None:
    got = read("we have 2 SREs and they run our k8s, another project has the GPUs")
    assert got["team"] == {"devops": 2, "kubernetes": True}


# --- a consultant speaks for the client: the client's team is the workload's team


def test_a_consultant_describes_the_clients_team_and_gpus() -> None:
    got = read("I'm a consultant for a logistics firm. They own 16 L4s and have two MLEs; their infra team runs k8s.")
    assert got["team"] == {"ml_engineers": 2, "kubernetes": True}
    assert got["owned_gpus"] == {"gpu": "l4", "count": 16, "paid_for": True}


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("asking on behalf of a client: they own 16 L4s", "owned_gpus", {"gpu": "l4", "count": 16, "paid_for": True}),
        ("the client has two MLEs", "team", {"ml_engineers": 2}),
        ("my client's ops team is 3 people and they run everything on EKS", "team", {"devops": 3, "kubernetes": True}),
        ("agency here, building for a client - their platform team runs openshift", "team", {"kubernetes": True}),
        ("im advising a clinic, there GPUs r zero, no k8s either", "team", {"gpu_infra": False, "kubernetes": False}),
    ],
)
def test_the_clients_setup_is_the_workloads(text: str, field: str, value: object) -> None:
    assert read(text)[field] == value


@pytest.mark.parametrize(
    "text",
    [
        "my previous employer ran k8s",
        "our parent company has GPUs we can't use",
        "a friend's startup has 3 ML engineers and runs k8s",
        "our competitor owns 40 H100s",
        "they own 16 L4s",  # nobody named: whose GPUs is not said
        "a customer we talked to owns 16 L4s and runs kubernetes",
        "one of our clients has an mlops team",
    ],
)
def test_other_companies_teams_are_not_the_users(text: str) -> None:
    got = read(text)
    assert "team" not in got
    assert "owned_gpus" not in got


def test_a_consultants_own_earlier_job_is_still_not_the_client() -> None:
    got = read("I'm a consultant for a bank. At my previous job we ran a big GPU cluster; the client has no GPUs.")
    assert got["team"] == {"gpu_infra": False}


def test_a_clause_after_a_comma_and_a_pronoun_is_its_own() -> None:
    got = read("we have 3 MLEs, and they don't know k8s")
    assert got["team"] == {"ml_engineers": 3, "kubernetes": False}
    assert read("no GPUs, and we run k8s")["team"] == {"gpu_infra": False, "kubernetes": True}


def test_not_knowing_a_skill_is_a_lack_not_a_hedge() -> None:
    assert read("I don't know k8s at all")["team"] == {"kubernetes": False}
    assert "team" not in read("we don't know yet, maybe a few people")
