"""The dialogue policy as a pure function: readings are built by hand, so these tests pin the
policy (when to ask, when to recommend, what to keep) independently of how messages are read."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from assistant.interview.facts import FIELDS, WorkloadProfile
from assistant.interview.policy import (
    CONDITIONS,
    DialoguePolicy,
    DialogueState,
    Plan,
    TurnInput,
    load_policy,
    open_topics,
    plan_turn,
)
from assistant.interview.questions import QUESTIONS
from assistant.interview.reading import ParseResult, Update

INTERNAL = re.compile(r"\b(?:True|False|None)\b|[a-z]+_[a-z_]+|\d+\.0\b|[{}\[\]]")


def said(field: str, value: Any, quote: str, **kw: Any) -> Update:
    return Update(field=field, value=value, quote=quote, **kw)


class Conversation:
    """Feeds hand-made readings to the policy and applies its changes, like the session does."""

    def __init__(self, has_baseline: bool = False) -> None:
        self.profile = WorkloadProfile()
        self.state = DialogueState()
        self.has_baseline = has_baseline
        self.plans: list[Plan] = []

    def say(self, text: str, *updates: Update, intents: tuple[str, ...] = (), **parsed: Any) -> Plan:
        reading = ParseResult(updates=list(updates), intents=list(intents), **parsed)
        turn = TurnInput(text=text, parsed=reading, has_baseline=self.has_baseline)
        before = self.profile.model_dump()
        decision = plan_turn(self.profile, turn, self.state, QUESTIONS)
        assert self.profile.model_dump() == before, "plan_turn must not mutate the profile"
        self.profile = decision.change.apply(self.profile)
        self.state = decision.state
        self.plans.append(decision.plan)
        if decision.plan.action == "analyze":
            self.has_baseline = True
        return decision.plan


def volume(text: str = "about 50M tokens a day") -> Update:
    return said("tokens_per_month", 1.5e9, text)


def test_policy_data_is_valid_and_names_real_facts(tmp_path: Path) -> None:
    policy = load_policy()
    assert policy.topics[0].name == "tokens_per_month"
    assert {t.name for t in policy.topics} <= set(QUESTIONS)
    assert all(f in FIELDS for t in policy.topics for f in t.facts)
    assert all(t.ask_when in CONDITIONS for t in policy.topics)
    bad = tmp_path / "bad.toml"
    text = (Path(__file__).parents[1] / "assistant/interview/data/dialogue.toml").read_text()
    bad.write_text(
        text.replace('facts = ["fine_tuning"]', 'facts = ["fine_tunning"]', 1).replace(
            'facts = ["latency_p99_ms", "fine_tuning", "batch_ok"]', 'facts = ["latency_p99_ms", "fine_tunning"]'
        )
    )
    with pytest.raises(ValueError, match="fine_tunning"):
        load_policy.__wrapped__(bad)
    assert isinstance(policy, DialoguePolicy)


def test_recommends_once_every_deciding_topic_was_asked_once() -> None:
    c = Conversation()
    first = c.say("about 50M tokens a day, mostly input", volume(), said("input_share", 0.8, "mostly input"))
    assert first.action == "ask" and first.questions == [QUESTIONS["compliance"], QUESTIONS["team"]]
    # The user answers one question and not the other: the other is assumed, never asked again.
    second = c.say("nothing regulated", said("compliance", ["none"], "nothing regulated"))
    assert second.action == "ask" and second.questions == [QUESTIONS["quality"]]
    third = c.say("open weights are fine", said("quality", "open_weight_ok", "open weights are fine"))
    assert third.action == "analyze"
    asked = [q for p in c.plans for q in p.questions]
    assert asked.count(QUESTIONS["team"]) == 1


def test_questions_that_only_matter_for_self_hosting_come_with_the_answer() -> None:
    c = Conversation()
    c.say("50M a day", volume(), said("input_share", 0.5, "even"))
    c.say(
        "no compliance, 2 ML engineers",
        said("compliance", ["none"], "no compliance"),
        said("team", {"ml_engineers": 2}, "2 ML engineers"),
    )
    plan = c.say("steady, open source is fine", said("quality", "open_weight_ok", "open source is fine"))
    # Self-hosting is plausible (people to run it, open weights are fine): the traffic shape was asked
    # before, and the latency / fine-tuning question comes beside the recommendation.
    assert [p.questions for p in c.plans[:2]][1] == [QUESTIONS["quality"], QUESTIONS["traffic_shape"]]
    assert plan.action == "analyze" and plan.questions == [QUESTIONS["latency_p99_ms"]]
    answered = c.say("p99 under 80ms", said("latency_p99_ms", 80.0, "p99 under 80ms"))
    assert answered.action == "analyze" and c.profile.get("latency_p99_ms") == 80.0


def test_frontier_quality_and_no_ml_team_never_ask_about_latency_or_traffic() -> None:
    c = Conversation()
    c.say("50M a day", volume(), said("input_share", 0.5, "even"))
    c.say(
        "none, no ML engineers",
        said("compliance", ["none"], "none"),
        said("team", {"ml_engineers": 0}, "no ML engineers"),
    )
    plan = c.say("we need the best model", said("quality", "frontier", "the best model"))
    assert plan.action == "analyze" and not plan.questions
    asked = {q for p in c.plans for q in p.questions}
    assert QUESTIONS["traffic_shape"] not in asked and QUESTIONS["latency_p99_ms"] not in asked


def test_no_question_is_asked_more_than_twice_and_unread_turns_do_not_advance() -> None:
    c = Conversation()
    c.say("50M a day", volume())
    for _ in range(8):
        c.say("banana")
    counts = {q: sum(q in p.questions for p in c.plans) for p in c.plans for q in p.questions}
    assert counts and max(counts.values()) <= 2, counts
    assert c.plans[1].notes and "put it another way" in c.plans[1].notes[-1]
    # Once nothing is left to ask, the conversation goes on to the recommendation instead of dead-ending.
    assert c.plans[-1].action in ("analyze",) or any(p.action == "analyze" for p in c.plans)


def test_an_opening_without_figures_gets_the_questions_not_a_complaint() -> None:
    c = Conversation()
    plan = c.say("Hi, we want to work out how to run the chatbot on our support site.")
    assert plan.action == "ask" and plan.questions
    assert not any("another way" in n for n in plan.notes)  # nothing was asked yet, so nothing was missed
    plan = c.say("banana")  # an answer that says nothing, to a question asked: that is worth a word
    assert any("another way" in n for n in plan.notes)


def test_skip_and_just_tell_me_go_ahead_with_stated_assumptions() -> None:
    c = Conversation()
    c.say("50M a day", volume())
    plan = c.say("not sure", intents=("skip", "skip_expected"))
    assert "input_share" in c.profile.skipped and "compliance" in c.profile.skipped
    assert any("assume" in n for n in plan.notes) and plan.action == "ask"
    done = c.say("just give me the numbers", intents=("proceed",))
    assert done.action == "analyze" and not done.questions


def test_just_tell_me_without_a_volume_prices_a_stated_example() -> None:
    c = Conversation()
    c.say("hi", intents=("greeting",))
    plan = c.say("just tell me", intents=("proceed",))
    assert plan.action == "analyze"
    fact = c.profile.facts["tokens_per_month"]
    assert fact.origin == "assumed" and fact.value == pytest.approx(load_policy().example_volume.tokens_per_day * 30)
    assert any("example" in n and "10M tokens a day" in n for n in plan.notes)


def test_volume_is_asked_at_most_twice_then_an_example_is_priced() -> None:
    c = Conversation()
    c.say("we are a startup", said("compliance", ["none"], "nothing regulated"))
    c.say("we have no ML people", said("team", {"ml_engineers": 0}, "no ML people"))
    plan = c.say("open weights are fine", said("quality", "open_weight_ok", "open weights are fine"))
    assert sum(QUESTIONS["tokens_per_month"] in p.questions for p in c.plans) == 2
    assert plan.action == "analyze" and c.profile.facts["tokens_per_month"].origin == "assumed"


def test_a_later_line_does_not_overwrite_a_stated_fact_unless_it_corrects_it() -> None:
    c = Conversation()
    c.say("50M a day, 90% input", volume(), said("input_share", 0.9, "90% input"))
    plan = c.say("mostly input", said("input_share", 0.8, "mostly input", note="read as about 80% input"))
    assert c.profile.get("input_share") == 0.9
    assert plan.action == "ask" and len(plan.questions) == 1
    question = plan.questions[0]
    assert "90%" in question and "80%" in question and "90% input" in question
    assert not INTERNAL.search(question), question
    # Answering the clarifying question settles it.
    c.say("80% is right", said("input_share", 0.8, "80%"))
    assert c.profile.get("input_share") == 0.8
    # A correction overwrites directly.
    c.say("actually 15M a day, not 50M", said("tokens_per_month", 4.5e8, "15M a day", correction=True))
    assert c.profile.get("tokens_per_month") == 4.5e8


def test_a_regime_after_none_is_checked_and_denials_are_kept_apart() -> None:
    c = Conversation()
    c.say("50M a day", volume(), said("compliance", ["none"], "no compliance"))
    plan = c.say("we have SOC 2", said("compliance", ["soc2"], "SOC 2"))
    assert c.profile.get("compliance") == ["none"]
    assert "SOC 2" in plan.questions[0] and "no compliance regime" in plan.questions[0]
    c.say("yes SOC 2 applies", said("compliance", ["soc2"], "SOC 2 applies"))
    assert c.profile.get("compliance") == ["soc2"]
    c.say("and GDPR", said("compliance", ["gdpr"], "GDPR"))
    assert c.profile.get("compliance") == ["gdpr", "soc2"]


def test_unclear_and_contradictory_readings_get_one_clarifying_question() -> None:
    c = Conversation()
    c.say("50M a day", volume())
    plan = c.say(
        "100% input and 50% output", said("input_share", 1.0, "100% input"), said("input_share", 0.5, "50% output")
    )
    assert "input_share" not in c.profile.facts and plan.questions and "input" in plan.questions[0]
    fintech = c.say("we're a fintech", clarify=["compliance"])
    assert "compliance" not in c.profile.facts
    assert "PCI-DSS" in fintech.questions[0] and not INTERNAL.search(fintech.questions[0])


def test_team_facts_merge_and_a_clash_is_asked_about() -> None:
    c = Conversation()
    c.say("50M a day", volume(), said("team", {"ml_engineers": 4}, "4 ML infra engineers"))
    c.say("we run Kubernetes", said("team", {"kubernetes": True}, "we run Kubernetes"))
    assert c.profile.get("team") == {"ml_engineers": 4, "kubernetes": True}
    plan = c.say("one ML person", said("team", {"ml_engineers": 1}, "one ML person"))
    assert c.profile.get("team")["ml_engineers"] == 4
    assert "4 ML engineers" in plan.questions[0] and "1 ML engineer" in plan.questions[0]


def test_confirmations_use_plain_words_and_the_users_phrasing() -> None:
    c = Conversation()
    plan = c.say(
        "we do about 50M tokens a day, latency under 1 second, nobody here has run GPUs",
        volume("about 50M tokens a day"),
        said("latency_p99_ms", 1000.0, "latency under 1 second"),
        said("team", {"gpu_infra": False}, "nobody here has run GPUs"),
    )
    text = " ".join(plan.acknowledged)
    assert "about 50M tokens a day (about 1.5B a month)" in text and "“latency under 1 second”" in text
    assert "no GPU infrastructure" in text
    assert not INTERNAL.search(text), text


def test_questions_about_the_advice_and_what_ifs_are_planned_before_facts() -> None:
    from assistant.interview.policy import AdviceQuestion
    from assistant.interview.whatif import Change

    c = Conversation(has_baseline=True)
    c.profile = WorkloadProfile()
    c.profile.set("tokens_per_month", 1.5e9)
    why = plan_turn(
        c.profile,
        TurnInput(text="why?", parsed=ParseResult(), question=AdviceQuestion(kind="why"), has_baseline=True),
        c.state,
        QUESTIONS,
    )
    assert why.plan.action == "explain" and why.plan.explain == AdviceQuestion(kind="why")
    change = Change(label="we just signed a HIPAA customer", add_compliance=["hipaa"])
    # the planner passes the facts stated before the what-if's own sentences (none here)
    what_if = plan_turn(
        c.profile,
        TurnInput(text="we just signed a HIPAA customer", parsed=ParseResult(), what_if=change, has_baseline=True),
        c.state,
        QUESTIONS,
    )
    assert what_if.plan.action == "what_if" and not what_if.change.facts
    # a fact stated before it is today's workload: stored, and the advice re-run on it first
    stated = plan_turn(
        c.profile,
        TurnInput(
            text="Traffic is spiky. What if we just signed a HIPAA customer?",
            parsed=ParseResult(updates=[said("traffic_shape", "bursty", "spiky")]),
            what_if=change,
            has_baseline=True,
        ),
        c.state,
        QUESTIONS,
    )
    assert stated.plan.action == "analyze" and stated.change.facts["traffic_shape"].value == "bursty"
    assert any("ask the what-if again" in n for n in stated.plan.notes)
    early = plan_turn(
        WorkloadProfile(),
        TurnInput(text="why?", parsed=ParseResult(), question=AdviceQuestion(kind="why")),
        DialogueState(),
        QUESTIONS,
    )
    assert early.plan.action == "ask" and "no recommendation yet" in early.plan.notes[-1]


def test_conditions_follow_the_profile() -> None:
    p = WorkloadProfile()
    assert not CONDITIONS["self_host_possible"](p)
    p.set("data_boundary", "on_prem")
    assert CONDITIONS["self_host_possible"](p) and CONDITIONS["self_host_plausible"](p)
    p.set("quality", "frontier")
    assert not CONDITIONS["self_host_plausible"](p)
    p.set("team", {"gpu_infra": True})
    assert CONDITIONS["has_gpu_infra"](p)
    p.set("owned_gpus", {"gpu": "h100", "count": 16, "paid_for": True})
    assert not CONDITIONS["has_gpu_infra"](p)
    assert "owned_gpus" not in [t.name for t in open_topics(p, DialogueState())]


def test_a_precise_value_replaces_one_read_from_vague_words() -> None:
    c = Conversation()
    c.say("50M a day, mostly input", volume(), said("input_share", 0.8, "mostly input", note="read as about 80% input"))
    plan = c.say("input is 85%", said("input_share", 0.85, "input is 85%"))
    assert c.profile.get("input_share") == 0.85 and plan.action == "ask"
    assert not any("Which should I use" in q for q in plan.questions)
    # ...but a vague line never replaces a precise one
    c.say("mostly input really", said("input_share", 0.8, "mostly input", note="read as about 80% input"))
    assert c.profile.get("input_share") == 0.85


def test_unread_turns_reach_the_advice_once_every_deciding_topic_was_asked_once() -> None:
    c = Conversation()
    c.say("50M a day", volume())
    second = c.say("hmm, let me think")  # nothing read: the topics not yet asked are asked
    assert second.action == "ask" and second.questions and set(second.questions).isdisjoint(c.plans[0].questions)
    third = c.say("ok")
    # every topic that could flip the answer has been put to the user once: recommend on what is known,
    # the rest assumed (listed with the answer), rather than asking the same questions again
    assert third.action == "analyze"
    asked = [q for p in c.plans for q in p.questions]
    assert len(asked) == len(set(asked))


def test_a_question_about_the_advice_gets_the_advice_once_everything_was_asked() -> None:
    c = Conversation()
    c.say("50M a day", volume())
    c.say("hmm")
    plan = c.say("why not run everything through batch to save?", intents=("question",))
    assert plan.action == "analyze" and plan.search


def test_an_unclear_answer_on_a_topic_asked_twice_is_not_asked_a_third_time() -> None:
    c = Conversation()
    c.say("50M a day", volume())
    c.state = c.state.model_copy(update={"asked": {**c.state.asked, "compliance": 2}})
    plan = c.say("not PCI, the bot never sees card numbers", clarify=["compliance"])
    assert not any("compliance" in q or "PCI-DSS" in q for q in plan.questions)
    # a contradiction is still put to the user, however often its topic was asked
    c.state = c.state.model_copy(update={"asked": {**c.state.asked, "input_share": 2}})
    clash = c.say("100% input and 50% output", said("input_share", 1.0, "100% input"), said("input_share", 0.5, "50%"))
    assert clash.questions and "input" in clash.questions[0]
