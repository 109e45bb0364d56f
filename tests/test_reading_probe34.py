"""Readings mended from a conversation in a new voice (a Turkish furniture webshop, probe 33) and the near misses
each rule must leave alone. Expected values are worked out by hand (a day is 1/30 of a month)."""

from __future__ import annotations

import pytest

from tests.profiles import conversation
from tests.reading import facts, facts_and_asked

DAY = 30


# ------------------------------------------------------------------------------ where servers stand is no rule


@pytest.mark.parametrize(
    "text",
    [
        "Customer datas must be stay inside EU, we are Turkish company but our servers is in Frankfurt.",
        "Customer data must stay inside the EU, but our servers are in Frankfurt.",
        "our servers are located in Ohio; data can go to any vendor",
    ],
)
def test_where_our_servers_stand_is_no_on_prem_rule(text: str) -> None:
    assert facts(text).get("data_boundary") != "on_prem"


@pytest.mark.parametrize(
    "text",
    [
        "data must stay on our servers",
        "Our data centre is in Dublin, and that's where it has to stay.",
        "patient data must be processed on our own servers",
    ],
)
def test_data_kept_on_our_own_machines_is_still_on_prem(text: str) -> None:
    assert facts(text)["data_boundary"] == "on_prem"


def test_the_eu_rule_beside_the_servers_place_stays() -> None:
    got = facts("Customer datas must be stay inside EU, we are Turkish company but our servers is in Frankfurt.")
    assert got["data_region"] == "eu" and "data_residency" in got["compliance"]


# --------------------------------------------------------------------------------- chat-speak "w/" and "w/o"


def test_with_written_w_slash_is_no_per_and_the_range_top_is_the_target() -> None:
    # "fine w/ 2-3 sec" had been read as "per 2-3 sec" and the target dropped (asked again in the conversation)
    got = facts("latency wise ppl r fine w/ 2-3 sec till first word tbh, its chat not voice lol")
    assert got == {"latency_p99_ms": 3000.0, "latency_kind": "ttft"}


@pytest.mark.parametrize("text", ["we run w/o any GPUs", "we run without any GPUs", "we run our app without any GPUs"])
def test_running_without_gpus_denies_gpu_experience(text: str) -> None:
    # "run ... GPUs" had counted as running GPUs whatever stood between, "without" included
    assert facts(text).get("team", {}).get("gpu_infra") is False


@pytest.mark.parametrize("text", ["we run a few A100 nodes", "we run four GPU servers in prod"])
def test_running_gpus_is_still_gpu_experience(text: str) -> None:
    assert facts(text)["team"]["gpu_infra"] is True


# ------------------------------------------------------------------------------------ a range said acceptable


@pytest.mark.parametrize("text", ["2-3 sec is fine for us", "2-3 seconds is fine, not more"])
def test_a_range_said_acceptable_in_secs_is_its_top(text: str) -> None:
    assert facts(text)["latency_p99_ms"] == 3000.0


@pytest.mark.parametrize("text", ["2-3 seconds, which is not fine", "2-3 seconds is not fine", "2-3 sec is too slow"])
def test_a_range_turned_down_is_asked(text: str) -> None:
    got, asked = facts_and_asked(text)
    assert "latency_p99_ms" not in got and "latency_p99_ms" in asked


# ------------------------------------------------------------------------------------- the usual day's count


@pytest.mark.parametrize(
    "text",
    [
        "on a normal day we get about 2,500 chats, each 1.5k tokens in and 300 out",
        "every day, 2,500 chats of 1.8k tokens",
        "on a typical day, 2,500 chats of 1.8k tokens",
        "per day: 2,500 chats of 1.8k tokens",
    ],
)
def test_a_count_said_after_its_day_with_each_ones_size(text: str) -> None:
    # 2,500 x 1,800 tokens a day; "every day, 2,500 chats of 1.8k tokens" had stored 1.8k tokens a day (54k a month)
    assert facts(text)["tokens_per_month"] == pytest.approx(2_500 * 1_800 * DAY)


def test_a_busy_day_is_not_the_usual_one() -> None:
    assert "tokens_per_month" not in facts("on a busy day we get 4,000 chats", "tokens_per_month")


def test_the_usual_day_corrects_a_peak_day_taken_for_it(catalog) -> None:
    _, session = conversation(
        catalog,
        "hi. support bot for furniture webshop. ~4k chats/day, each chat maybe 1.5k tokens in, 300 out",
        "sorry, not 4k a day, 4k was our peak day. normal day is more like 2,500 chats",
    )
    assert session.profile.summary()["tokens_per_month"]["value"] == pytest.approx(2_500 * 1_800 * DAY)
