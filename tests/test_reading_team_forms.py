"""Head counts and boundaries in forms the coverage run found untested, each read as a careful human
would (expectations written by hand)."""

from __future__ import annotations

from tests.reading import facts as read


def test_a_hedged_head_count_is_still_the_count() -> None:
    assert read("maybe 3 people do ML")["team"] == {"ml_engineers": 3}


def test_me_on_the_ops_beside_a_counted_role() -> None:
    assert read("2 ML engineers plus me doing the ops")["team"] == {"ml_engineers": 2, "devops": 1}


def test_a_role_asked_and_answered_in_one_message() -> None:
    assert read("ML engineers? three")["team"] == {"ml_engineers": 3}
    assert read("MLOps team? no")["team"] == {"mlops": False}  # no MLOps function, not nobody doing ML


def test_people_named_or_listed_by_what_they_run() -> None:
    assert read("Ana and Raj run the infra")["team"] == {"devops": 2}
    assert read("Ana, Raj and me handle the servers")["team"] == {"devops": 3}
    assert read("our CTO does the devops himself, nobody else")["team"] == {"devops": 1}


def test_our_own_servers_on_an_air_gapped_network() -> None:
    got = read("everything runs on our own servers on an air-gapped network")
    assert got["data_boundary"] == "air_gapped"
    assert got["compliance"] == ["air_gapped"]
