"""Sentences of a dev set written in new voices by helpers (session 31: teams, where data may go), each with a near
miss: team roles of one kind listed together add up, a person's second job counts, other organisations' people and
rules are theirs, a rule that is not signed yet or is another team's binds nothing, and plain wordings of "no cloud"
and "any vendor" are read (issue 10)."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.interview.reading import parse_message
from tests.reading import facts as read


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("We have two platform engineers and one SRE.", {"devops": 3}),
        ("2 platform eng + 1 SRE, zero mlops lol", {"devops": 3, "mlops": False}),
        ("Two research engineers and an MLE.", {"ml_engineers": 3}),
        ("4 SREs, 2 sysadmins and 3 ML engineers", {"devops": 6, "ml_engineers": 3}),
        ("Two ML engineers, and one of them doubles as our DevOps person.", {"ml_engineers": 2, "devops": 1}),
        ("two ml engineers and one of them also does all the devops stuff", {"ml_engineers": 2, "devops": 1}),
        ("three server ops folks who run our game servers", {"devops": 3}),
        ("Algorithm team have 8 people, ops team 4 people.", {"ml_engineers": 8, "devops": 4}),
        ("Two founders, Ana does all the ML. We don't have anyone for ops.", {"ml_engineers": 1, "devops": 0}),
    ],
)
def test_team_counts_in_new_voices(text: str, team: dict[str, Any]) -> None:
    got = read(text, ["team"]).get("team", {})
    assert {k: got.get(k) for k in team} == team


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("ML team of 4: 2 MLEs and 2 research engineers", {"ml_engineers": 4}),  # a team's size and its parts
        ("we have 3 SREs and the 3 SREs rotate on call", {"devops": 3}),  # the same people said twice
        ("we have 3 servers and 2 GPUs", {}),  # things, not people
    ],
)
def test_counts_that_do_not_add_up(text: str, team: dict[str, Any]) -> None:
    got = read(text, ["team"]).get("team", {})
    assert {k: v for k, v in got.items() if k in ("ml_engineers", "devops")} == team


@pytest.mark.parametrize(
    "text",
    [
        "The vendor runs a team of 50 engineers on their Kubernetes clusters.",
        "our customers have huge ML teams, 40 data scientists at some of them",
    ],
)
def test_other_organisations_people_are_not_the_team(text: str) -> None:
    # (a client's people are the workload's: a consultant sizes the client's setup, tests/test_reading_team_scope.py)
    team = read(text).get("team", {})
    assert "devops" not in team and "ml_engineers" not in team


@pytest.mark.parametrize(
    "text",
    [
        "If we land the hospital deal, they'd require on-prem and a full GDPR review. Not signed yet.",
        "big hospital prospect wants everything on prem + hipaa if they sign, but nothing signed yet so idk",
        "Our DPO is still reviewing the proposed DPA with Anthropic; we cannot confirm whether external processing is "
        "permitted.",
        "The analytics team has to keep everything on-prem because of the mainframe, but that's them.",
        "The on-premises requirement applies to the finance division's systems; it has not been extended to our "
        "customer service project.",
    ],
)
def test_a_rule_not_settled_or_another_teams_binds_nothing(text: str) -> None:
    assert "data_boundary" not in read(text)


@pytest.mark.parametrize(
    ("text", "boundary"),
    [
        ("If I understood our CISO right, our own AWS account is fine but the big public APIs aren't.", "cloud_tenant"),
        ("everything stays on prem. that's their rule, and ours too", "on_prem"),
        ("The contract with our biggest customer says their data can't leave the building.", "on_prem"),
        ("Factory data is not allowed to go to cloud, this is company policy.", "on_prem"),
        ("our rule is factory data never goes to any cloud it stays on our servers in the plant", "on_prem"),
        ("Company policy prohibits any transfer of production data to cloud services.", "on_prem"),
        ("our CISO approved using Anthropic's API", "any_vendor"),
        ("it's an internal hackathon tool. throw it at whatever API is cheapest", "any_vendor"),
        ("any LLM vendor OK if SOC 2 + zero data retention", "any_vendor"),
    ],
)
def test_where_data_may_go_in_new_voices(text: str, boundary: str) -> None:
    assert read(text).get("data_boundary") == boundary


@pytest.mark.parametrize(
    "text",
    [
        "we pick whatever model is cheapest",  # a price rule, no permission
        "cloud services are fine for the website; we never go to any cloud in China",
    ],
)
def test_near_misses_of_where_data_may_go(text: str) -> None:
    assert read(text).get("data_boundary") not in ("any_vendor", "on_prem")


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # today's figure said bare after a past one in tokens: in the past one's unit and period
        ("Last year we were doing maybe 50M tokens a month, now we're at about 200M and it's still growing.", 200e6),
        ("Volume has quadrupled YoY: 50M tokens/month then, 200M now.", 200e6),
        ("we were at 10M tokens a day last year. now about 25M", 25e6 * 30),
        # a figure said unsure with a question mark at the end is still said
        ("I believe we're around 400 million tokens a month, and maybe 85% of that is input?", 400e6),
    ],
)
def test_todays_volume_in_new_voices(text: str, tokens: float) -> None:
    assert read(text).get("tokens_per_month") == pytest.approx(tokens)


@pytest.mark.parametrize(
    "text",
    [
        "old job: ~5B tok/mo. here: nothing yet.",  # another job's volume
        "previous company: 5B tokens a month. here: still scoping",
    ],
)
def test_no_volume_of_another_time_or_place(text: str) -> None:
    assert "tokens_per_month" not in read(text)


def test_a_past_figure_and_a_what_if_are_not_todays_volume() -> None:
    assert read("last year 50M tokens a month; what if we hit 200M now?").get("tokens_per_month") != 200e6


@pytest.mark.parametrize(
    "text",
    [
        "our current vendor takes like 8 secs to even start typing, ppl hate it",  # observed, complained about
        "The present provider's time to first token is frequently around eight seconds, which our users find "
        "frustrating.",
        "is 2 sec latency trash for a chat app or nah",  # a question, tagged
    ],
)
def test_no_latency_target_from_an_observation_or_a_question(text: str) -> None:
    got = read(text)
    assert "latency_p99_ms" not in got and "latency_kind" not in got


@pytest.mark.parametrize(
    ("text", "ms", "kind"),
    [
        ("it takes 8 seconds now and users hate it; we need the first token under 1 second", 1000, "ttft"),
        (
            "For the report generation, 30 seconds for the whole thing is acceptable, people expect it to take a bit.",
            30000,
            "total",
        ),
    ],
)
def test_a_target_beside_an_observation_is_read(text: str, ms: float, kind: str) -> None:
    got = read(text)
    assert got.get("latency_p99_ms") == ms and got.get("latency_kind") == kind


def test_a_possibility_later_on_is_no_batch_tolerance() -> None:
    assert "batch_ok" not in read("There's a possibility we'd add some overnight processing later on, maybe.")


# An independent review of this session's rules found these misreads; each is read as a careful human would.
@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("Data is not allowed to go to the cloud outside the EU.", "data_boundary", None),
        ("Our policy prohibits hosting on cloud providers outside the EU.", "data_boundary", None),
        ("GDPR bans transfer of personal data to cloud servers in the US.", "data_boundary", None),
        ("Our data never goes to a cloud outside Switzerland.", "data_boundary", None),
        ("It never goes to the cloud without anonymisation.", "data_boundary", None),
        ("We'll pick whichever vendor is cheapest among those that can deploy on-prem.", "data_boundary", None),
        ("The data must stay on-prem, not approved for any cloud.", "data_boundary", "on_prem"),
        ("Everything stays on-prem, but nothing is decided on hardware yet.", "data_boundary", "on_prem"),
        ("Data must stay on-prem. The rule doesn't apply to the synthetic test data.", "data_boundary", "on_prem"),
        ("The vendor has no access to our data, everything stays on-prem.", "data_boundary", "on_prem"),
        (
            "The provider runs everything in our own VPC, nothing goes to a third party.",
            "data_boundary",
            "cloud_tenant",
        ),
        ("Can't go to the cloud, anonymised or not.", "data_boundary", "on_prem"),
        ("If I am not mistaken, we are not allowed to use any cloud.", "data_boundary", "on_prem"),
        ("Everything must stay on-prem until the review is done.", "data_boundary", "on_prem"),
        ("Should be under 2s p99, streaming or not.", "latency_p99_ms", 2000),
        ("Anything slower than 2s is unusable for our agents.", "latency_p99_ms", 2000),
        ("More than 1 second to first token is too slow for us.", "latency_p99_ms", 1000),
        (
            "We care about time to first token, not the full answer; the current bot takes 3 seconds to start.",
            "latency_kind",
            "ttft",
        ),
        ("50M tokens a month now, more later on", "tokens_per_month", 50e6),
        ("last job = 5M tokens, we run it daily", "tokens_per_month", 150e6),
    ],
)
def test_review_near_misses(text: str, field: str, value: Any) -> None:
    assert read(text).get(field) == value


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("1 devops + 1 SRE", {"devops": 2}),
        ("2 devops and 2 SREs", {"devops": 4}),
        ("3 infra engineers, 1 SRE among them", {"devops": 3}),
        ("ML team 5 people, 2 of them ML engineers", {"ml_engineers": 2}),
        ("We have 3 ML engineers, not approved for more headcount.", {"ml_engineers": 3}),
        (
            "We have 2 ML engineers and the analytics team keeps everything on-prem, but that's them.",
            {"ml_engineers": 2},
        ),
        ("We're 3 ML engineers. That's them, the rest are frontend.", {"ml_engineers": 3}),
        ("If i'm right, we have two devops guys and no ML people.", {"devops": 2, "ml_engineers": 0}),
        ("We have 3 ML engineers and will hire more down the road.", {"ml_engineers": 3}),
        ("We don't have anyone on ops full-time, Jake does it part-time.", {}),
        ("We don't have anyone doing ops except the CTO.", {}),
        ("Only me. I write the AI integration, I've never run a model.", {"ml_engineers": 0}),
    ],
)
def test_review_team_near_misses(text: str, team: dict[str, Any]) -> None:
    got = read(text, ["team"]).get("team", {})
    assert {k: got.get(k) for k in team} == team
    if not team:  # "except the CTO", "Jake does it part-time": not nobody
        assert "devops" not in got


@pytest.mark.parametrize(
    "text",
    [
        "Our users are about 200 data scientists across the company, each running maybe 50 queries a day.",
        "The tool is for our 40 data scientists to search papers.",
    ],
)
def test_data_scientists_who_use_the_tool_are_not_asked_about(text: str) -> None:
    assert "team" not in parse_message(text, []).clarify


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Most days we're around 5M tokens, but Black Friday week it goes 10x and everything melts.", 5e6 * 30),
        ("on a typical day we push 20M tokens", 20e6 * 30),
        ("most days we do 5M tokens a week", 5e6 * 30 / 7),  # its own period said
    ],
)
def test_a_usual_days_volume(text: str, tokens: float) -> None:
    assert read(text).get("tokens_per_month") == pytest.approx(tokens)


def test_a_spike_beside_quiet_days_is_no_days_volume() -> None:
    assert "tokens_per_month" not in read("most days are quiet, a few spike to 5M tokens")


@pytest.mark.parametrize(
    "text",
    [
        "Nobody is data scientist or ML engineer.",  # probe 21 (a helper's non-native voice): a title list denied
        "no one is a data scientist or ML engineer here",
    ],
)
def test_titles_nobody_holds_are_no_ml_engineers(text: str) -> None:
    assert read(text, ["team"]).get("team", {}).get("ml_engineers") == 0
