"""Whole conversations from probes 17 and 18 whose answer went wrong: the working days said after the volume, the
"just tell me" that still got a question, and a vendor requirement read as a permission."""

from __future__ import annotations

import asyncio

import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.interview.reading.message import parse_message
from tools.catalog import Catalog

WORKING_DAYS = 52 * 5 / 12  # tools/data/working_days.toml


def run(catalog: Catalog, *lines: str) -> tuple[AdvisorSession, list[str]]:
    session, advisor = AdvisorSession(catalog), Advisor(OfflineAdvisorModel(), None)
    return session, [asyncio.run(advisor.turn(session, line)).assistant for line in lines]


@pytest.mark.parametrize(
    ("lines", "tokens_per_month"),
    [
        (  # 25 agents x 8 h x 12 calls = 2,400 calls a working day, 1,600 + 50 words each (2,133 + 67 tokens)
            [
                "Voice bot for a call centre: 25 agents on shift, 8 hours a day, each handles ~12 calls an hour",
                "each call ~1,600 words of conversation total, the model sees the whole thing, answer is short, like "
                "50 words",
                "oh and it's per working day, we're closed weekends",
            ],
            2_400 * (2_133 + 67) * WORKING_DAYS,
        ),
        (  # 800 x 15 = 12,000 questions a working day, 3,000 + 400 tokens each
            [
                "Users are about 800 persons, each person asks maybe 15 questions per day.",
                "For each question we put the retrieved manual text, about 3,000 tokens, and the answer is about 400 "
                "tokens.",
                "Usage is only in working time, 8:30 to 17:30 JST, weekdays.",
            ],
            12_000 * 3_400 * WORKING_DAYS,
        ),
    ],
)
def test_working_days_said_after_a_count_and_its_size_recount_the_month(
    catalog: Catalog, lines: list[str], tokens_per_month: float
) -> None:
    session, replies = run(catalog, *lines)
    assert session.profile.get("tokens_per_month") == pytest.approx(tokens_per_month, rel=0.02)
    assert "weekdays only" in replies[-1]


def test_just_tell_me_gives_the_answer_even_beside_unclear_words(catalog: Catalog) -> None:
    _, replies = run(
        catalog,
        "clinical note drafting from visit transcripts. 9k visits/day, transcript ~2,500 words, note out ~400 words.",
        "HIPAA obviously. vendor signs a BAA or it stays in our GCP project. 3 ML eng, GKE.",
        "quality has to be near frontier. note ready within ~30s. steady-ish 7am-10pm across US timezones. just "
        "tell me api or self-host.",
    )
    assert "Recommendation" in replies[-1] or "The recommendation" in replies[-1]
    assert "Could you say it once more" not in replies[-1]


@pytest.mark.parametrize(
    ("text", "boundary"),
    [
        ("Also SOC 2 report is required for any vendor.", None),
        ("a BAA is needed from any provider we use", None),
        ("any vendor is fine", "any_vendor"),
        (
            "data must stay in our own Azure subscription. Public API outside of our tenant is not permitted. Also "
            "SOC 2 report is required for any vendor.",
            "cloud_tenant",
        ),
    ],
)
def test_a_requirement_on_any_vendor_is_no_permission(text: str, boundary: str | None) -> None:
    facts = {u.field: u.value for u in parse_message(text, []).updates}
    assert facts.get("data_boundary") == boundary


@pytest.mark.parametrize("text", ["we prefer top level model", "we need a top-level model for this"])
def test_a_top_level_model_is_frontier(text: str) -> None:
    facts = {u.field: u.value for u in parse_message(text, []).updates}
    assert facts.get("quality") == "frontier"


@pytest.mark.parametrize(
    ("text", "boundary"),
    [
        ("own colo in queretaro preferd, cloud region in mexico also ok", "cloud_tenant"),
        ("on-prem preferred but our azure tenant is fine too", "cloud_tenant"),
        ("we prefer on-prem but AWS in our own account is acceptable", "cloud_tenant"),
        ("on-prem only, no cloud", "on_prem"),
    ],
)
def test_a_place_preferred_beside_a_looser_one_allowed_is_no_rule(text: str, boundary: str) -> None:
    facts = {u.field: u.value for u in parse_message(text, []).updates}
    assert facts.get("data_boundary") == boundary


@pytest.mark.parametrize(
    ("text", "regimes"),
    [
        ("It is not only GDPR, our data protection officer has decided: on-premises only.", ["gdpr"]),
        ("it is not just GDPR, also SOC 2", ["gdpr", "soc2"]),
        ("not only HIPAA but also SOC 2", ["hipaa", "soc2"]),
        ("no HIPAA, not PCI either", ["none"]),
    ],
)
def test_not_only_a_regime_says_it_applies(text: str, regimes: list[str]) -> None:
    facts = {u.field: u.value for u in parse_message(text, []).updates}
    assert sorted(facts.get("compliance") or ["none"]) == regimes  # type: ignore[type-var]


def test_a_region_ruled_out_inside_the_rule_is_no_residency_there() -> None:
    text = (
        "The data must not leave our house. Our data protection officer has decided: on-premises only, no cloud, "
        'also no "EU region" of some US provider.'
    )
    facts = {u.field: u.value for u in parse_message(text, []).updates}
    assert facts.get("data_boundary") == "on_prem" and "data_region" not in facts


def test_the_other_side_said_later_completes_the_volume_without_a_question(catalog: Catalog) -> None:
    # 35 reports a day of 1,500 words (2,000 tokens) first; then 2k in and 150 out: 35 x 2,150 x 30 = 2,257,500
    session, replies = run(
        catalog,
        "we've got ~9,000 reports sitting in a backlog plus about 35 new ones a day. avg report maybe 1,500 words",
        "volume: backlog of 9000 reports once, then 35/day. each ~2k tokens in, ~150 out",
    )
    assert session.profile.get("tokens_per_month") == pytest.approx(35 * 2_150 * 30)
    assert "Which should I use?" not in replies[-1]
