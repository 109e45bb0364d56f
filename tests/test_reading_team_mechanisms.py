"""Team facts said in forms the probes found unread or misread (issue 10), each mechanism with near-misses that must
store nothing. Expectations written by hand."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


def team(text: str, expecting: list[str] | None = None) -> dict[str, object]:
    got = {u.field: u.value for u in parse_message(text, expecting or []).updates}
    value = got.get("team", {})
    assert isinstance(value, dict)
    return value


# --- GPUs operated, whatever the verb, the model name or the words between


@pytest.mark.parametrize(
    "text",
    [
        "our HPC team runs a slurm cluster with V100s",
        "we operate a small on-prem cluster of A100s for training",
        "our devops person also handles GPUs",
        "the sre crew looks after a couple of L40S boxes",
        "we self-host a couple of models on our own hardware already",
        "we train our models on our own DGX",
        "Our team manages a rack of H200 nodes in the colo",
    ],
)
def test_gpus_operated_today(text: str) -> None:
    assert team(text).get("gpu_infra") is True


@pytest.mark.parametrize(
    "text",
    [
        "we want to self-host Llama on our own hardware",
        "self-hosting models in-house is the goal",
        "should we self-host models on our own hardware?",
        "we are thinking about self-hosting models on-prem",
        "Our current serving stack batches requests on the GPU for throughput.",
        "the vendor hosts the model on their H100s",
        "two ML engineers who've deployed models to prod on GPUs at their previous jobs",
    ],
)
def test_wishes_questions_and_other_places_are_not_gpus_run(text: str) -> None:
    assert "gpu_infra" not in team(text)


@pytest.mark.parametrize(
    "text",
    [
        "we have no idea how to run gpus",
        "honestly we dont know how to operate GPU servers",
        "we would need to learn how to run GPUs",
        "none of us ever ran inference hardware",
        "we rent gpus on runpod for experiments but nothing in production",
        "only gpus we ever used were on colab for a hackathon lol, nothing prod",
        "We have a few GPUs for research, never in production.",
    ],
)
def test_gpus_unknown_or_kept_out_of_production(text: str) -> None:
    assert team(text).get("gpu_infra") is False


def test_gpus_in_production_are_not_undone_by_another_stage() -> None:
    assert team("we run 4 H100s in production, staging has none").get("gpu_infra") is True
    assert "gpu_infra" not in team("if we had GPUs, not in production at first")


# --- MLOps


def test_mlops_new_to_the_team_is_denied() -> None:
    assert team("MLOps is a foreign word for us") == {"mlops": False}
    assert team("k8s is totally alien to the team") == {"kubernetes": False}


@pytest.mark.parametrize(
    "text",
    [
        "model deployment pipelines are handled by a dedicated team",
        "ML serving is owned by a separate platform team",
        "there's a dedicated squad that owns model deployments",
    ],
)
def test_mlops_said_as_the_work_and_who_does_it(text: str) -> None:
    assert team(text).get("mlops") is True


def test_mlops_said_as_wanted_is_not_a_team() -> None:
    assert "mlops" not in team("we'd love a dedicated team for model deployments someday")


@pytest.mark.parametrize(
    "text",
    [
        "we used to have an MLOps guy, he left in the spring",
        "mlops team got cut in the layofs, so none now",
        "our MLOps lead quit, so right now nobody",
        "The MLOps group was dissolved in the reorg.",
    ],
)
def test_a_role_whose_people_left_is_gone(text: str) -> None:
    assert team(text).get("mlops") is False


# --- lists, questions, plans


def test_a_no_after_its_item_answers_only_that_item() -> None:
    assert team("mlops yes, gpu no, k8s yes") == {"mlops": True, "gpu_infra": False, "kubernetes": True}
    assert team("GPUs: none, kubernetes: yes") == {"gpu_infra": False, "kubernetes": True}
    assert team("no GPUs, HIPAA, or k8s") == {"gpu_infra": False, "kubernetes": False}  # a list it heads


def test_a_question_opened_by_is_or_are_states_nothing() -> None:
    assert team("is k8s a must or can we yolo it on one box") == {}
    assert team("are GPU people really needed for this") == {}


@pytest.mark.parametrize(
    "text",
    [
        "we might move to Kubernetes next year, but we're not on it yet",
        "Kubernetes is on the roadmap but today we're still on plain EC2 instances.",
        "k8s migration planned for Q3, right now we're still on heroku",
    ],
)
def test_a_plan_with_today_without_it_is_a_no(text: str) -> None:
    assert team(text) == {"kubernetes": False}


def test_a_plan_alone_is_not_a_no() -> None:
    assert team("we might move to Kubernetes next year") == {}
    assert team("we're evaluating k8s") == {}


# --- counts


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("we're about to hire an SRE but right now it's zero", {"devops": 0}),
        ("hiring ML engineers, currently none", {"ml_engineers": 0}),
        ("we want to hire 2 devops, right now we have zero", {"devops": 0}),
    ],
)
def test_a_role_still_to_hire_with_todays_count(text: str, want: dict[str, object]) -> None:
    assert team(text) == want


def test_a_role_to_hire_alone_is_not_a_count() -> None:
    assert team("we'd need to hire an SRE") == {}
    assert team("we are looking for 2 ML engineers") == {}


def test_people_by_position_with_the_list_closed() -> None:
    assert team("our cloud guy and our cloud gal, that's the ops team") == {"devops": 2}
    assert team("our devops guy handles everything, nobody else") == {"devops": 1}
    assert team("our devops guy is great") == {}  # not said to be the only one


def test_a_company_the_user_talked_to_is_not_the_team() -> None:
    assert team("we talked to a company with 5 ML engineers and they self host") == {}
    assert team("I spoke with two startups that run k8s") == {}


# --- head counts in more forms


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("We has 2 persons doing machine learning and one for operation", {"ml_engineers": 2, "devops": 1}),
        ("we have one person doing infra part-time", {"devops": 1}),
        ("one person part-time on ops", {"devops": 1}),
        ("three people work with machine learning", {"ml_engineers": 3}),
        ("we're a team of eight, three of them data scientists", {"ml_engineers": 3}),
        ("devops capacity: one engineer", {"devops": 1}),
        ("ML staff of 4", {"ml_engineers": 4}),
        ("ML engineer we have two", {"ml_engineers": 2}),
        ("for the ML we are 2 persons", {"ml_engineers": 2}),
        ("the ML part is done by 3 persons", {"ml_engineers": 3}),
        ("3MLEs, 1 sre", {"ml_engineers": 3, "devops": 1}),
        ("we have three (3) ML engineers", {"ml_engineers": 3}),
        ("Me and 2 other ML engineers", {"ml_engineers": 3}),
        ("ML: me and one other guy", {"ml_engineers": 2}),
    ],
)
def test_head_counts(text: str, want: dict[str, object]) -> None:
    assert team(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("I handle the ops myself", {"devops": 1}),
        ("ops? that's me, part time", {"devops": 1}),
        ("I'm the ML engineer, and there's one devops guy", {"ml_engineers": 1, "devops": 1}),
        ("we hired our first ML engineer last month", {"ml_engineers": 1}),
    ],
)
def test_the_user_alone_in_a_role(text: str, want: dict[str, object]) -> None:
    assert team(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("we don't have any devops", {"devops": 0}),
        ("we dont have any MLEs", {"ml_engineers": 0}),
        ("we lack devops skills completely", {"devops": 0}),
        ("no one on the team does ops", {"devops": 0}),
        ("We do not have dedicated operations staff.", {"devops": 0}),
        ("the ML team? there is none", {"ml_engineers": 0}),
        ("not a single ML engineer", {"ml_engineers": 0}),
    ],
)
def test_a_role_nobody_has(text: str, want: dict[str, object]) -> None:
    assert team(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "there's no devops pipeline yet",  # things, not people
        "we have no devops tooling",
        "we don't have any platform budget",
        "we don't have any cloud",
        "we'd hire an ML engineer if we had budget",
        "our devops guy is great",
    ],
)
def test_no_count_where_nobody_is_counted(text: str) -> None:
    got = team(text)
    assert "devops" not in got
    assert "ml_engineers" not in got


def test_a_total_is_not_the_role_count() -> None:
    assert team("3 out of 8 engineers do ML").get("ml_engineers") != 8  # 8 is everyone
    assert team("2 of our 6 devs know devops") == {"devops": 2}


def test_ml_engineers_who_also_run_the_cluster_are_not_an_ops_team() -> None:
    assert team("our two ML engineers also run k8s") == {"ml_engineers": 2, "kubernetes": True}
    assert team("two backend devs doing DevOps on the side") == {"devops": 2}


# --- a team word as a topic, somebody else's trade, or something the team turned down


@pytest.mark.parametrize(
    "text",
    [
        "MLOps best practices are important to us",
        "our MLOps maturity is low",
        "the mlops consultant we hired last year set things up",
        "we read a book on kubernetes concepts",
    ],
)
def test_a_team_word_as_a_topic_or_a_trade_is_not_the_team(text: str) -> None:
    assert team(text) == {}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("docker compose on a single VM, k8s felt like too much", {"kubernetes": False}),
        ("Our platform runs on Heroku; Kubernetes was considered and rejected.", {"kubernetes": False}),
        ("MLOps is outsourced to a consultancy", {"mlops": False}),
        ("mlops would be a new skill for us", {"mlops": False}),
        ("mlops? what's that lol", {"mlops": False}),
        ("k8s: never heard of it", {"kubernetes": False}),
    ],
)
def test_a_team_word_turned_down_or_unknown(text: str, want: dict[str, object]) -> None:
    assert team(text) == want


def test_a_team_word_kept_is_still_read() -> None:
    assert team("k8s: yes, for years") == {"kubernetes": True}
    assert team("we have an MLOps team of 3") == {"mlops": True, "ml_engineers": 3}


# --- GPUs known only away from production, GPUs not held yet, GPU infra is hardware


@pytest.mark.parametrize(
    "text",
    [
        "GPU experience limited to notebooks",
        "we have experience with GPUs only from university",
        "our GPU work is mostly on colab",
    ],
)
def test_gpus_known_only_away_from_production(text: str) -> None:
    assert team(text).get("gpu_infra") is False


def test_gpu_knowledge_said_plainly() -> None:
    assert team("our team knows CUDA pretty well") == {"gpu_infra": True}
    assert team("we know GPU ops inside out") == {"gpu_infra": True}


def test_gpu_infra_is_hardware_not_people() -> None:
    assert team("GPU infra? we have zero") == {"gpu_infra": False}
    assert team("no GPU infra, 2 devops") == {"gpu_infra": False, "devops": 2}


def test_gpus_on_order_are_not_owned_yet() -> None:
    got = {u.field: u.value for u in parse_message("we've got two A100s on order", []).updates}
    assert "owned_gpus" not in got
    got = {u.field: u.value for u in parse_message("we've got two A100s in the rack", []).updates}
    assert got["owned_gpus"] == {"gpu": "a100-80gb", "count": 2, "paid_for": True}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Our ML capability is two engineers; DevOps is handled by a three-person platform team.",
            {"ml_engineers": 2, "devops": 3},
        ),
        ("The ML side is one person, the ops side is nobody really", {"ml_engineers": 1, "devops": 0}),
        ("we have 2 guys on ML and nobody on infra", {"ml_engineers": 2, "devops": 0}),
        ("our ML engineers (there are two of them) are pretty new", {"ml_engineers": 2}),
        ("two of us: me (ML) and a devops guy", {"ml_engineers": 1, "devops": 1}),
        ("devops-wise it's just Tom", {"devops": 1}),
        ("infra's run by Priya and Jonas", {"devops": 2}),
        (
            "No ML engineers on the team yet, and our sole devops person is stretched thin.",
            {"ml_engineers": 0, "devops": 1},
        ),
        ("We do not employ any machine learning specialists.", {"ml_engineers": 0}),
    ],
)
def test_counts_in_longer_voices(text: str, want: dict[str, object]) -> None:
    assert team(text) == want


def test_nobody_on_a_role_team_who_lacks_a_skill_is_not_an_empty_role() -> None:
    assert "devops" not in team("nobody on the ops team knows GPUs")
    assert "ml_engineers" not in team("nobody on the ML team has run k8s")


def test_a_cluster_run_by_someone_else_is_not_the_teams() -> None:
    assert team("a managed k8s cluster run by the hosting provider") == {}
    assert team("kubernetes yes but it's managed by our cloud team") == {"kubernetes": True}


def test_knowing_nothing_of_a_team_word() -> None:
    assert team("no idea what kubernetes is") == {"kubernetes": False}
    assert team("none yet", ["team"]) == {"ml_engineers": 0}
    assert team("nobody here is an ML engineer") == {"ml_engineers": 0}


@pytest.mark.parametrize(
    ("text", "n"),
    [("just one", 1), ("one guy", 1), ("2 ppl", 2), ("yes, 2", 2), ("we do, three of them", 3), ("~4", 4)],
)
def test_a_short_count_answers_the_team_question(text: str, n: int) -> None:
    assert team(text, ["team"]) == {"ml_engineers": n}


def test_a_short_count_without_the_question_or_with_nobody() -> None:
    assert team("just one") == {}  # no question asked: one of what?
    assert team("we have no one for that", ["team"]) == {"ml_engineers": 0}
    assert team("4-5", ["team"]) == {}  # a range is not one count


def test_the_only_engineer_said_with_as() -> None:
    assert team("As the only engineer here I'd be running this myself") == {"ml_engineers": 0, "devops": 0}
    assert team("as the only ML engineer I also do ops") == {"ml_engineers": 1}


def test_a_team_named_without_a_count_is_no_count() -> None:
    assert team("we have a devops team") == {}
    assert team("a small devops team") == {}
    assert team("no devops team") == {"devops": 0}
    assert team("our platform engineering group is 4 people") == {"devops": 4}


def test_a_team_word_said_to_be_no_trouble_is_had() -> None:
    assert team("k8s isn't a problem for us") == {"kubernetes": True}
    assert team("kubernetes is no big deal") == {"kubernetes": True}
    assert team("k8s is not something we use") == {"kubernetes": False}
    assert team("k8s not needed") == {"kubernetes": False}


def test_a_model_run_on_our_own_gpus_is_the_team_running_them() -> None:
    assert team("inference runs on our own A10G instances") == {"gpu_infra": True}
    assert team("the model would run on our own GPUs") == {}  # a plan
    assert team("Llama 70B runs on 2 H100s") == {}  # sizing


def test_gpu_ops_is_not_the_ops_team() -> None:
    assert team("GPU ops? nope") == {"gpu_infra": False}
    assert team("ops? nope") == {"devops": 0}


def test_something_done_then_stopped_is_over() -> None:
    assert team("we did run GPUs once for a pilot, then stopped") == {"gpu_infra": False}
    assert team("we ran k8s, then moved on to ECS") == {"kubernetes": False}
