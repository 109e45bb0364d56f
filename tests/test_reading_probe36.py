"""Readings from probes 34 and 35 (a Lagos fintech in terse notes, a team with GPUs busy elsewhere): amounts in
currencies without a rate written by their code, cloud regions by their provider's code, regulators' rules, a
quality bar named as today's model, a residency wish that is no rule, GPUs busy with other work or partly free."""

from __future__ import annotations

import asyncio

import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.interview import whatif
from tests.reading import facts_and_asked, parsed
from tools.catalog import load_catalog


@pytest.mark.parametrize(
    "text",
    [
        "we pay NGN 1.8m monthly to openai",
        "KES 250,000 a month on GPT-4o",
        "our bill is ₦1.8m a month",
        "spend is about 1.8m naira per month",
        "we spend GHS 40,000 a month on the API",
        "we spend EGP 90,000 a month on openai",
    ],
)
def test_an_amount_in_a_currency_without_a_rate_is_asked_never_read_as_dollars(text: str) -> None:
    facts, asked = facts_and_asked(text)
    assert "current_spend_usd_per_month" not in facts
    assert "current_spend_usd_per_month" in asked


@pytest.mark.parametrize(
    ("text", "key", "where"),
    [
        ("data must stay in af-south-1 (Cape Town)", "data_country", "South Africa"),
        ("everything must stay in europe-west4", "data_region", "eu"),
        ("data has to remain in eu-central-1", "data_region", "de"),
        ("data must stay in eu-west-2", "data_region", "uk"),
        ("data must remain in me-central1", "data_country", "Qatar"),  # Google's Doha
        ("data must stay in me-central-1", "data_region", "ae"),  # AWS's UAE
        ("we must keep it in us-east-1", "data_region", "us"),
        ("our data can never leave uksouth", "data_region", "uk"),
        ("all processing has to happen in ap-southeast-2", "data_region", "au"),
        ("we're on AWS af-south-1, data cant leave that region", "data_country", "South Africa"),
        ("hosted in eu-central-1 and it must stay in the same region", "data_region", "de"),
    ],
)
def test_a_cloud_region_named_by_its_code_is_where_the_data_stays(text: str, key: str, where: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get(key) == where
    assert "data_residency" in facts["compliance"]


@pytest.mark.parametrize(
    "text",
    [
        "Our stack runs in us-east-1; no data residency rule",
        "we run in us-east-1. does data have to stay in that region?",
        "we're on eu-west-2; data doesn't need to stay in that region",
        "our staging env is in eu-west-1",
    ],
)
def test_a_region_code_without_a_rule_keeps_nothing_anywhere(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "data_region" not in facts and "data_country" not in facts
    assert "data_residency" not in (facts.get("compliance") or [])


@pytest.mark.parametrize(
    "text",
    [
        "compliance: NDPA + CBN rules",
        "we must follow CBN guidelines on outsourcing",
        "we are regulated by the CBN",
        "we're licensed by the central bank",
        "SAMA cloud regulations apply to us",
    ],
)
def test_a_regulator_s_rules_the_profile_has_no_value_for_are_asked(text: str) -> None:
    facts, asked = facts_and_asked(text)
    assert "compliance" in asked
    assert "compliance" not in facts


@pytest.mark.parametrize(
    ("text", "reference", "quality"),
    [
        # (a closed flagship in use kept as the floor asks for what they have, as "has to be at least as good as
        # GPT-4o" does: frontier since session 42, as the development labels read "at least as good as what GPT-4o
        # gives us today")
        ("we use gpt-4o today and quality must be >= what we have now", "gpt-4o", "frontier"),
        ("we're on claude sonnet 4.5; no drop in quality please", "claude-sonnet-4.5", "frontier"),
        ("currently on gpt-4o-mini, answers can't get worse than today", "gpt-4o-mini", "open_weight_ok"),
    ],
)
def test_a_bar_named_as_today_s_model_in_the_same_message_is_that_model(
    text: str, reference: str, quality: str
) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["quality_reference"] == reference
    assert facts["quality"] == quality


@pytest.mark.parametrize(
    "text",
    [
        "quality must be >= what we have now",
        "the answers need to be at least as good as our current model",
        "we need to keep the same quality",
        "quality can't drop",
    ],
)
def test_a_bar_named_as_today_s_model_waits_for_which_model_that_is(text: str) -> None:
    result = parsed(text)
    assert result.bar_at_current
    assert "quality" not in result.fields()


@pytest.mark.parametrize(
    "text",
    [
        "latency no worse than today",
        "at least what we have now",
        "is it as good as what we have now?",
        "the vendor says it is as good as what we use today",
    ],
)
def test_no_bar_on_quality_is_read_from_other_comparisons_with_today(text: str) -> None:
    result = parsed(text)
    assert not result.bar_at_current
    assert "quality_reference" not in result.fields()


def test_today_s_model_said_before_sets_the_bar_of_a_later_message() -> None:
    session = AdvisorSession(load_catalog())
    session.prepare("we use gpt-4o today, about 30M tokens a day")
    session.prepare("quality must be >= what we have now")
    assert session.profile.get("quality_reference") == "gpt-4o"
    assert session.profile.get("quality") == "frontier"  # (GPT-4o kept as the floor: what they have, since session 42)
    assert session.profile.facts["quality"].said


def test_a_bar_at_today_s_model_unknown_asks_about_quality() -> None:
    session = AdvisorSession(load_catalog())
    session.prepare("about 30M tokens a day")
    plan = session.prepare("quality must be >= what we have now")
    assert not session.profile.knows("quality")
    assert any("quality" in q.lower() for q in plan.questions)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("we'd rather keep it in the US if we can", "the US"),
        ("ideally data stays in the EU", "the EU"),
        ("data should preferably stay in the EU", "the EU"),
        ("if possible keep the data in Canada", "Canada"),
        ("ideally the data stays in Nigeria", "Nigeria"),
    ],
)
def test_a_residency_wish_with_no_rule_is_noted_not_stored(text: str, where: str) -> None:
    result = parsed(text)
    facts = {u.field: u.value for u in result.updates}
    assert "data_region" not in facts and "data_country" not in facts
    assert "data_residency" not in (facts.get("compliance") or [])
    assert any(where in n and "preference" in n for n in result.notes)


@pytest.mark.parametrize(
    ("text", "key", "where"),
    [
        ("data must stay in the EU, ideally Germany", "data_region", "eu"),
        ("by law the data must stay in Canada; ideally in Toronto", "data_region", "ca"),
        ("data must stay in Nigeria", "data_country", "Nigeria"),
    ],
)
def test_a_rule_beside_a_wish_is_still_a_rule(text: str, key: str, where: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts[key] == where


@pytest.mark.parametrize(
    "text",
    [
        "we own 8 A100s, but they're fully used by training",
        "we have 4 H100s for another project",
        "we own 8 A100s that are busy with research most of the time",
        "there are 16 L40S in our DC but they're earmarked for the vision team",
        "we have 2 H100 boxes, all booked by the data science team",
    ],
)
def test_gpus_busy_with_other_work_are_not_the_workload_s(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "owned_gpus" not in facts
    assert "fine_tuning" not in facts


@pytest.mark.parametrize(
    ("text", "gpu", "count"),
    [
        ("we own 8 A100s, half are free", "a100-80gb", 4),
        ("we have 16 H100s in house, 4 of them are idle", "h100", 4),
        ("we own 8 L40S, all booked by the vision team, but 2 are free", "l40s", 2),
        ("we own 8 A100s", "a100-80gb", 8),
    ],
)
def test_the_free_part_of_owned_gpus_is_what_is_priced(text: str, gpu: str, count: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["owned_gpus"]["gpu"] == gpu
    assert facts["owned_gpus"]["count"] == count


@pytest.mark.parametrize("text", ["we will need some training.", "custom training", "we need training"])
def test_training_of_the_model_is_still_fine_tuning(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["fine_tuning"] is True


def test_the_owned_gpus_question_is_not_asked_again_once_the_user_moves_on() -> None:
    session = AdvisorSession(load_catalog())
    asked = []
    for text in [
        "about 40M tokens a day, mostly input, steady traffic, no compliance needs",
        "we have 3 ML engineers who run GPUs in production on kubernetes",
        "rented, not owned",
        "open weights are fine",
        "fine",
        "ok",
    ]:
        plan = session.prepare(text)
        asked.append(any("own GPUs" in q for q in plan.questions))
    assert asked[1]  # asked after the team said it runs GPUs
    assert sum(asked) <= 2 and not any(asked[3:])  # (its own topic passed: before, the team topic stood for it)


def test_a_per_user_rate_put_right_to_another_period_says_its_arithmetic_in_the_user_s_terms() -> None:
    session = AdvisorSession(load_catalog())
    session.prepare("about 2k active users, each does ~6 chats a month, ~800 tokens per chat")
    plan = session.prepare("no wait, the 6 is per week not per month")
    fact = session.profile.facts["tokens_per_month"]
    # 2,000 users x 6 chats a week x 800 tokens = 9.6M tokens a week, x 30/7 weeks a month
    assert fact.value == pytest.approx(2_000 * 6 * 800 * 30 / 7, rel=1e-6)
    said = " ".join(plan.acknowledged)
    assert "6 chats a week, not a month" in said and "9.6M a month said before" in said
    assert "1,600,000 tokens" not in said  # (before: each chat priced as the whole user base's tokens)


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        # 3,000 users x 10 messages x 500 tokens: the 10 counted once (it was counted again as turns: 10x)
        ("3,000 users per day, each sends ~10 messages of about 500 tokens", 3_000 * 10 * 500),
        ("3,000 users a day, each sends about 10 messages, ~500 tokens each", 3_000 * 10 * 500),
        ("12k students use it daily, each asks 5 questions of ~400 tokens", 12_000 * 5 * 400),
    ],
)
def test_a_rate_per_person_counts_each_person_s_messages_once(text: str, per_day: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["tokens_per_month"] == pytest.approx(per_day * 30)


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        # 500 sessions x (20 minutes x 2 messages a minute) x 300 tokens, 30 days
        (
            "users chat for about 20 minutes a session, roughly 2 messages a minute, 500 sessions a day, "
            "300 tokens per message",
            500 * 40 * 300 * 30,
        ),
        (
            "500 chat sessions a day, each about 20 minutes, 2 messages a minute, 300 tokens per message",
            500 * 40 * 300 * 30,
        ),
        # 1,000 chats a week x (30 minutes x 3 a minute) x 200 tokens, 30/7 weeks a month
        (
            "our 30-minute tutoring chats: 3 messages a minute, 1,000 chats a week, ~200 tokens a message",
            1_000 * 90 * 200 * 30 / 7,
        ),
    ],
)
def test_a_typed_session_s_length_times_its_pace_is_its_messages(text: str, per_month: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["tokens_per_month"] == pytest.approx(per_month)


@pytest.mark.parametrize(
    "text",
    ["2,000 coaching sessions a day, 30-minute sessions, transcribed", "600 calls a day, 10-minute calls"],
)
def test_minutes_of_spoken_sessions_are_still_speech(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["tokens_per_month"] > 0


def test_a_rate_per_minute_alone_is_still_the_workload_s_rate() -> None:
    facts, _ = facts_and_asked("we get 2 requests a minute, 300 tokens each")
    assert facts["tokens_per_month"] == pytest.approx(2 * 60 * 24 * 30 * 300)


# --- probe 36: twelve conversations in voices unlike ours (a subagent's; /work/probe36/voices.json in the note)


def test_people_counted_per_shift_of_several_shifts_are_everyone_who_works_a_day() -> None:
    result = parsed(
        "For your reference, we have around 400 agents on the floor per shift, 3 shifts, 24/7 including holidays. "
        "Each agent handles an average of 40 calls per shift."
    )
    assert result.pending is not None
    # 400 agents x 3 shifts x 40 calls a day, every day (24/7): the size of a call is asked next
    assert float(result.pending["requests"]) == pytest.approx(400 * 3 * 40 * 30)


@pytest.mark.parametrize(
    ("text", "key", "where"),
    [
        ("support bot for exchange. SG. MAS regulated (TRM + outsourcing guidelines). data stays in SG, no exceptions.",
         "data_region", "sg"),
        ("data must stay in HK", "data_country", "Hong Kong"),
    ],
)  # fmt: skip
def test_places_written_short_keep_the_data_there(text: str, key: str, where: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts[key] == where


@pytest.mark.parametrize("text", ["we are MAS-licensed", "we follow the MAS TRM guidelines", "RBI regulated NBFC"])
def test_a_regulator_named_with_its_licence_is_asked(text: str) -> None:
    _, asked = facts_and_asked(text)
    assert "compliance" in asked


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("24/7 but spikes 10x+ when market dumps", "bursty"),
        ("runs 24/7, spikes of 10x during sales", "bursty"),
        ("traffic is steady with peaks about 2x at lunch", "steady"),  # a peak of 2x is no burst
        ("steady, spikes maybe 3x", "steady"),
        ("9 to 5 traffic, spikes 5x on mondays", "business_hours"),  # a window stays a window
    ],
)
def test_spikes_many_times_the_average_make_traffic_bursty(text: str, shape: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["traffic_shape"] == shape


def test_the_turns_of_a_conversation_put_right_redo_the_volume() -> None:
    session = AdvisorSession(load_catalog())
    session.prepare("about 15k chat sessions a day, average 5 turns each, each turn ~800 tokens in and ~120 out")
    assert session.profile.get("tokens_per_month") == pytest.approx(15_000 * 5 * 920 * 30)
    plan = session.prepare(
        "Sorry, correction: 5 turns is what I saw for escalated chats. Overall average is closer to 3 turns."
    )
    assert session.profile.get("tokens_per_month") == pytest.approx(15_000 * 3 * 920 * 30)
    assert any("3 turns a conversation, not 5" in a for a in plan.acknowledged)


def test_turns_said_again_without_a_correction_leave_the_volume() -> None:
    session = AdvisorSession(load_catalog())
    session.prepare("about 15k chat sessions a day, average 5 turns each, each turn ~800 tokens in and ~120 out")
    session.prepare("escalated chats run about 9 turns")
    assert session.profile.get("tokens_per_month") == pytest.approx(15_000 * 5 * 920 * 30)


def test_how_many_times_a_person_uses_it_is_their_rate() -> None:
    facts, _ = facts_and_asked(
        "we have about 800 daily players. each player talks to npcs ~60 times a day, ~600 tokens in and 60 out"
    )
    assert facts["tokens_per_month"] == pytest.approx(800 * 60 * 660 * 30)
    facts, asked = facts_and_asked(
        "avg player talks to npcs like 60 times a day, each call is ~600 tokens in and ~60 out"
    )
    assert "tokens_per_month" not in facts and "tokens_per_month" in asked  # how many players: asked
    facts, _ = facts_and_asked("we restart the server 3 times a day")
    assert "tokens_per_month" not in facts


def test_the_players_counted_before_carry_a_later_rate_per_player() -> None:
    session = AdvisorSession(load_catalog())
    advisor = Advisor(OfflineAdvisorModel(), None)  # the turns the session keeps are the earlier messages
    for line in [
        "we're a 2 person studio, npcs talk with an llm, ~800 daily players",
        "avg player talks to npcs like 60 times a day, each call is ~600 tokens in and ~60 out.",
    ]:
        asyncio.run(advisor.turn(session, line))
    assert session.profile.get("tokens_per_month") == pytest.approx(800 * 60 * 660 * 30)


@pytest.mark.parametrize(
    ("text", "spend"),
    [
        ("we pay 600 dollars a month altogether for openai", 600.0),
        ("were on gpt-4o-mini rn, last months bill was $212.", 212.0),
        ("together with our partners we spend $500 a month on gpt-4o", 500.0),
    ],
)
def test_everyday_together_is_no_provider_and_last_month_s_bill_is_a_month_s(text: str, spend: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["current_spend_usd_per_month"] == spend
    assert "together" not in str(facts.get("current_model", "")) + str(facts.get("candidate_models", ""))


@pytest.mark.parametrize("text", ["we run llama on Together", "we use together.ai"])
def test_together_the_provider_is_still_read(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["current_model"] == "together/llama-3.3-70b"


def test_a_bill_over_past_months_is_no_monthly_spend() -> None:
    facts, _ = facts_and_asked("in past months we spent $5k on a pilot")
    assert "current_spend_usd_per_month" not in facts


@pytest.mark.parametrize(
    ("text", "ms", "kind"),
    [
        ("if the npc doesnt start talking in like 500ms it feels janky af. and i mean p99 not avg", 500, "ttft"),
        ("if it doesn't start answering within 500 ms users leave", 500, "ttft"),
        ("if the bot doesn't respond in 2 seconds it feels broken", 2000, None),
    ],
)
def test_a_limit_said_by_what_happens_when_it_is_missed_is_the_target(text: str, ms: float, kind: str | None) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["latency_p99_ms"] == ms
    assert facts.get("latency_kind") == kind


@pytest.mark.parametrize(
    "text",
    [
        "We don't use Kubernetes, I don't think? I'd have to ask.",
        "we use kubernetes, not sure",
        "we use k8s, I'd have to check with IT",
    ],
)
def test_a_hedge_said_after_a_statement_leaves_it_unsaid(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "kubernetes" not in (facts.get("team") or {})


def test_a_hedge_about_something_else_leaves_the_statement() -> None:
    facts, _ = facts_and_asked("we run k8s. I'd have to check the version though")
    assert facts["team"]["kubernetes"] is True


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        ("our tests with Llama were not good at Sheng", "frontier"),  # an open model tried and found wanting
        ("our pilot with mistral was not accurate enough", "frontier"),
        ("llama is fine", "open_weight_ok"),
    ],
)
def test_an_open_model_tested_and_found_wanting_is_no_open_model_bar(text: str, quality: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["quality"] == quality


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        # the user's tokens a page, said tokens first: 40 pages x 600 tokens a contract
        ("3,000 contracts a month, 40 pages each at ~600 tokens/page", 3_000 * 40 * 600),
        # each page counted a day is a request of that size (as before)
        ("we get 2,000 pages a day, about 700 tokens per page", 2_000 * 700 * 30),
        ("we scan 5k pages daily at 700 tokens/page", 5_000 * 700 * 30),
        # model calls made for each thing counted: 5 passes, each the contract in and 1,500 out
        (
            "~3,000 contracts/month, avg 40 pages, we estimate ~600 tokens/page, 5 passes per contract, each pass "
            "outputs ~1,500 tokens",
            3_000 * 5 * (40 * 600 + 1_500),
        ),
        ("12k tickets a day, 3 LLM calls per ticket, ~900 tokens per call", 12_000 * 3 * 900 * 30),
    ],
)
def test_tokens_a_page_and_passes_per_item_are_the_user_s_arithmetic(text: str, per_month: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["tokens_per_month"] == pytest.approx(per_month)


@pytest.mark.parametrize(
    ("text", "tokens_in"),
    [
        ("250 reports a day in Japanese, around 2,000 characters each, summary ~500 tokens", 2_000),
        ("500 contracts a day in Chinese, 3,000 characters in, 400 tokens out", 3_000),
        ("250 reports a day, around 2,000 characters each, summary ~500 tokens", 500),  # English: 4 characters a token
    ],
)
def test_characters_of_chinese_japanese_or_korean_text_are_about_a_token_each(text: str, tokens_in: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["request_input_tokens"] == tokens_in


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        # 2M posts over 6 months, each 1,200 in and 100 out
        (
            "On size: we have about 2 million posts. Well, actually, that's after filtering; the raw scrape is about "
            "5 million, but we'll only run the model on the filtered 2 million. Average post plus our instructions and "
            "a few examples comes to maybe 1,200 tokens, and the label output is short, say 100 tokens. It's a "
            "one-time pass, more or less, which we'd like to spread over the next six months or so.",
            2_000_000 / 6 * 1_300,
        ),
        (
            "a backlog of 60,000 contracts, one-time, we want to get through them in 3 months, each about 8k tokens in "
            "and 500 out",
            60_000 / 3 * 8_500,
        ),
    ],
)
def test_a_one_time_amount_spread_over_months_is_a_month_s_share(text: str, per_month: float) -> None:
    result = parsed(text)
    facts = {u.field: u.value for u in result.updates}
    assert facts["tokens_per_month"] == pytest.approx(per_month, rel=1e-4)
    assert any("spread the one-time work over" in n for n in result.notes)


def test_a_one_time_amount_not_spread_is_still_left_out() -> None:
    result = parsed("a backlog of 40,000 pages, one-time, then ongoing 2,000 pages a month, 500 tokens per page")
    facts = {u.field: u.value for u in result.updates}
    assert facts["tokens_per_month"] == pytest.approx(2_000 * 500)
    assert any("left the one-time amount" in n for n in result.notes)


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("ED never stops so it's round the clock, busier during the day but not dramatically.", "steady"),
        ("24/7, a bit busier in the daytime", "steady"),
    ],
)
def test_around_the_clock_with_a_mild_daytime_bump_is_steady(text: str, shape: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["traffic_shape"] == shape


@pytest.mark.parametrize(
    "text", ["24/7 but most traffic during office hours", "round the clock, busier during the day"]
)
def test_around_the_clock_and_busier_by_day_unqualified_is_still_asked(text: str) -> None:
    facts, asked = facts_and_asked(text)
    assert "traffic_shape" not in facts and "traffic_shape" in asked


def test_two_letters_set_apart_are_no_comparison_asked() -> None:
    session = AdvisorSession(load_catalog())
    session.prepare("about 900 studies a day, ~3,000 tokens in and ~250 out")
    plan = session.prepare(
        "Latency: under 10 s total is fine. We tried Llama 3 8B in a sandbox last yr, it flipped laterality (L vs R) "
        "a couple times, which is a never event for us."
    )
    assert plan.action != "what_if"
    assert session.profile.get("latency_p99_ms") == 10_000
    assert whatif.asks_what_if("gpt-4o vs llama 70b?")  # two options set side by side still are


def test_an_average_size_said_bare_is_never_a_volume_awaiting_its_period() -> None:
    session = AdvisorSession(load_catalog())
    session.prepare(
        "Volume:\n- ~3,000 contracts/month\n- avg 40 pages, we estimate ~600 tokens/page\n- each pass outputs ~1,500 "
        "tokens\n- nobody's waiting on it live."
    )
    session.prepare("Correction: 3,000 was our Q1 total, not monthly. Monthly is ~1,000 contracts.")
    volume = session.profile.facts.get("tokens_per_month")
    # before: "avg 24000 tokens" (40 pages) waited as a volume, and "monthly" made it 24,000 tokens a month
    assert volume is None or float(volume.value) > 1_000_000


# --- ten further messages in new voices (a second subagent's; /work/probe36/ten.json in the note)


def test_a_whole_request_said_in_total_is_no_input_side() -> None:
    facts, _ = facts_and_asked("40,000 chats daily, each chat comes to about 1,500 tokens in total")
    assert facts["tokens_per_month"] == pytest.approx(40_000 * 1_500 * 30)
    assert "request_input_tokens" not in facts


def test_falling_under_no_regulation_is_no_regime() -> None:
    facts, _ = facts_and_asked("Our board checked with our lawyer and we don't fall under any special data regulations")
    assert facts["compliance"] == ["none"]


@pytest.mark.parametrize(
    ("text", "usd"),
    [
        ("We pay around $45,000 a month - pesos, not dollars, jaja.", None),  # which pesos: asked
        ("we spend $2,000 a month, in euros not dollars", "EUR"),
        ("we pay $3,000 a month (AUD) on gpt-4o", "AUD"),
        ("OpenAI API usage  $4,212.50 (Oct)", "USD"),  # a month named, no currency
    ],
)
def test_a_currency_put_right_after_the_sign_is_the_one_meant(text: str, usd: str | None) -> None:
    facts, asked = facts_and_asked(text)
    if usd is None:
        assert "current_spend_usd_per_month" not in facts and "current_spend_usd_per_month" in asked
    elif usd == "USD":
        assert "current_spend_in_currency" not in facts and facts["current_spend_usd_per_month"] > 0
    else:
        assert facts["current_spend_in_currency"]["currency"] == usd


def test_a_time_to_be_ready_within_is_the_whole_answer() -> None:
    facts, _ = facts_and_asked("The summary must be ready within the 30 seconds wrap-up time of the agent")
    assert (facts["latency_p99_ms"], facts["latency_kind"]) == (30_000, "total")


@pytest.mark.parametrize(
    "text",
    [
        "Nobody on the team is technical, like at all, our 'IT guy' is a freelancer who set up our Zapier lol.",
        "we have no engineers on staff",
    ],
)
def test_nobody_technical_runs_no_models_nor_gpus(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["team"] == {"ml_engineers": 0, "devops": 0, "mlops": False, "gpu_infra": False}


def test_one_time_tokens_spread_over_months_are_a_month_s_share() -> None:
    result = parsed("50M tokens one-time, we will run it over 3 months")
    assert {u.field: u.value for u in result.updates}["tokens_per_month"] == pytest.approx(50e6 / 3, rel=1e-6)
    assert any("over 3 months" in n for n in result.notes)


@pytest.mark.parametrize(
    "text",
    [
        "Our customer-care assistant handles roughly 40,000 chats daily, and each chat comes to about 1,500 tokens "
        "in total, mostly the customer's message and our policy documents going in.",
        "our customer service bot handles 40,000 chats daily, each about 1,500 tokens",
    ],
)
def test_a_function_named_after_customers_is_no_part_of_the_volume(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["tokens_per_month"] == pytest.approx(40_000 * 1_500 * 30)


def test_one_customer_s_share_is_still_asked() -> None:
    facts, asked = facts_and_asked("our biggest customer alone sends 500k a day")
    assert "tokens_per_month" not in facts and "tokens_per_month" in asked


@pytest.mark.parametrize(
    "text",
    [
        "Any reputable vendor is fine, I'd just prefer it's hosted in the US.",
        "our lawyer said is better the data of the clients stay in Brazil, but I am not sure if is obligatory or only "
        "recommendation.",
    ],
)
def test_a_residency_said_as_a_preference_or_unsure_is_noted_not_a_rule(text: str) -> None:
    result = parsed(text)
    facts = {u.field: u.value for u in result.updates}
    assert "data_residency" not in (facts.get("compliance") or []) and "data_region" not in facts
    assert any("preference, not a rule" in n for n in result.notes)


def test_a_quality_bar_in_words_of_its_own_stays_beside_a_small_model_s_share() -> None:
    facts, _ = facts_and_asked(
        "tbh quality doesnt need to be genius level, theyre goblins and shopkeepers. like 70% of npc lines are "
        "basically barks that a tiny model could do."
    )
    assert facts["quality"] == "open_weight_ok" and facts["simple_share"] == pytest.approx(0.7)
    facts, _ = facts_and_asked("75% are password resets a small model handles fine")
    assert "quality" not in facts  # the small model is for that share
