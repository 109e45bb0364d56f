"""Readings from probe 40 (new voices written for this session: a lawyer's careful prose, a student, a Polish
software house, a CTO quoting her board, a German data-protection officer, ...): the best model wanted with a
flagship as the example, a market that is no residency rule, a pseudo-cleft that is no question, batches said at a
time of day, another's view the user sets aside, money said again in dollars."""

from __future__ import annotations

import pytest

from tests.reading import facts_and_asked


@pytest.mark.parametrize(
    "text",
    [
        "Quality is very important for us, so we would like to use the most high-performance model, like GPT-4 class.",
        "my prof says we have to use the best model avaiable for the benchmark comparision, like gpt-4 level, so yeah "
        "frontier it is",
        "we want the strongest model out there, something like GPT-4o",
        "we need GPT-4 level quality",  # a flagship required as the floor (session 40; read open-weight before)
    ],
)
def test_the_best_model_wanted_with_a_flagship_as_example_is_the_frontier(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("quality") == "frontier"


@pytest.mark.parametrize(
    "text",
    [
        "we don't need the best model, GPT-4 level is enough",
        "GPT-4o level is fine, it doesn't have to be the best model out there",
        "The board keeps saying we need 'the best AI money can buy', i.e. GPT-4-class. Honestly, I think a fine-tuned "
        "open model is plenty for ticket triage",
    ],
)
def test_a_flagship_as_the_bar_without_the_best_wanted_stays_open_weight(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("quality") == "open_weight_ok"


@pytest.mark.parametrize(
    "text",
    [
        "We're not regulated in any way — no GDPR, no HIPAA, nothing. US-only consumer app.",
        "our app is US-only",
        "EU-only customers for now",
    ],
)
def test_a_market_said_only_is_no_residency_rule(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "data_residency" not in (facts.get("compliance") or [])
    assert "data_region" not in facts


@pytest.mark.parametrize(("text", "region"), [("EU-only hosting", "eu"), ("data must be EU-only", "eu")])
def test_data_said_only_in_a_place_stays_a_residency_rule(text: str, region: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("data_region") == region


@pytest.mark.parametrize(
    "text",
    [
        "We don't have any special compliance, no HIPAA, no PCI, nothing like this.",
        "We don't have any special compliance",
    ],
)
def test_no_special_compliance_said_with_have(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("compliance") == ["none"]


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("What procurement cares about is a current SOC 2 Type II report.", "compliance", ["soc2"]),
        ("What our legal team requires is that data stays in our VPC.", "data_boundary", "cloud_tenant"),
    ],
)
def test_what_someone_requires_is_a_statement_not_a_question(text: str, fact: str, value: object) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get(fact) == value


@pytest.mark.parametrize(
    "text",
    [
        "i can leave it going overnight",
        "lol we do NOT need realtime 😅 it's a weekley digest email. p99 doesn't matter",
        "we do not need realtime",
        "The processing can be done as night-time batch.",
        "Turnaround of the review may reasonably be measured in days rather than seconds.",
    ],
)
def test_answers_that_may_wait_said_in_new_words(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("batch_ok") is True


def test_monthly_reports_named_as_a_workload_say_nothing_of_waiting() -> None:
    facts, _ = facts_and_asked("- chatbot: gemini-2.5-flash\n- monthly reports: claude sonnet 4.5")
    assert "batch_ok" not in facts


@pytest.mark.parametrize(
    ("text", "boundary"),
    [
        ("Everything must run in our own Rechenzentrum in Hamburg.", "on_prem"),
        ("Processing must occur on hardware owned and controlled by the firm, within its own premises.", "on_prem"),
        (
            "Our CISO thinks we should be fully air-gapped. That's his personal view; the actual written policy just "
            "says customer data stays inside our GCP project.",
            "cloud_tenant",
        ),
    ],
)
def test_where_the_data_may_go_in_new_words(text: str, boundary: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("data_boundary") == boundary


@pytest.mark.parametrize(
    "text",
    [
        "the vendor runs it on hardware owned by the vendor",
        "The model must be hosted on infrastructure operated by the company; no external service provider may process "
        "the data.",
    ],
)
def test_hardware_someone_operates_is_no_premises_of_ours(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("data_boundary") != "on_prem"


@pytest.mark.parametrize(
    ("text", "field", "usd"),
    [
        ("Budget maximum is 8000 euro per month, this is about 9300 USD.", "budget_usd_per_month", 9300),
        ("we pay €9,500 a month (roughly $10k) for the API", "current_spend_usd_per_month", 10_000),
        ("spend is 4.500 € per month, that is about 4,900 dollars", "current_spend_usd_per_month", 4_900),
    ],
)
def test_money_said_again_in_dollars_takes_the_users_dollars(text: str, field: str, usd: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get(field) == pytest.approx(usd)


def test_a_currency_named_after_the_monthly_figure_is_that_currency() -> None:
    facts, _ = facts_and_asked("About nine grand a month, in pounds, all of it on GPT-4.1.")
    spent = facts.get("current_spend_in_currency")
    assert isinstance(spent, dict) and spent.get("currency") == "GBP"
    assert facts.get("current_spend_usd_per_month") != 9000


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "We'd only go to a frontier model if the open ones can't hit our eval bar, and we haven't run the evals "
            "yet.",
            "quality",
        ),
        (
            "Assuming the DPA gets countersigned, Anthropic's API would be acceptable to us. It hasn't been yet.",
            "data_boundary",
        ),
        (
            "Quality is good, but we want to check if some cheaper open model also can do the job — we are not sure "
            "yet.",
            "quality",
        ),
        ("we want to test whether llama 70b is good enough", "quality"),
    ],
)
def test_a_choice_said_under_a_condition_or_still_to_be_tested_is_not_stored(text: str, fact: str) -> None:
    facts, _ = facts_and_asked(text)
    assert fact not in facts


def test_a_figure_assumed_stays_a_fact() -> None:
    facts, _ = facts_and_asked("assuming 22 working days, we do 40M tokens a month")
    assert facts.get("tokens_per_month") == pytest.approx(40e6)


def test_a_budget_that_holds_only_after_the_pilot_gives_way_to_todays() -> None:
    facts, _ = facts_and_asked(
        "Budget could go up to $10k a month if the pilot proves out; for now it's capped at $3k."
    )
    assert facts.get("budget_usd_per_month") == pytest.approx(3_000)


@pytest.mark.parametrize(
    ("text", "facts_said"),
    [
        (
            "curently paying arround 450 dollars/month, would like to stay under 300 if posible",
            {"current_spend_usd_per_month": 450, "budget_usd_per_month": 300},
        ),
        ("we do 40M tokens a day, and if we grow, maybe 80M", {"tokens_per_month": 1.2e9}),
    ],
)
def test_a_wish_or_a_condition_in_a_later_clause_leaves_the_figure_before_it(
    text: str, facts_said: dict[str, float]
) -> None:
    facts, _ = facts_and_asked(text)
    for field, value in facts_said.items():
        assert facts.get(field) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "They don't have to be Shakespeare, honestly one of the open models would totally do, my friend at another "
        "agency uses Mistral for exactly this.",
        "I would not characterise our needs as requiring the most advanced system available.",
        "our needs do not require the most advanced system available",
    ],
)
def test_a_modest_bar_said_beside_anothers_story_or_as_the_top_not_needed(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("quality") == "open_weight_ok"


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # a correction after a short aside
        (
            "We're at about 50k requests a month, no wait, I just checked the dashboard, it's 80k. Avg prompt ~2,200 "
            "tokens, completion ~450.",
            80_000 * 2_650,
        ),
        # the period put right straight after the correction word
        ("About 600 req per day, sorry, per HOUR, avg 3.2k tokens/request total.", 600 * 24 * 30 * 3_200),
        # ... but "no" before another period word is no correction
        ("We burn through about 14 million tokens a week and it's super even, no real daily pattern", 14e6 * 30 / 7),
        # the share of the things counted that reaches the model
        (
            "Clinic network sees about 4,000 patient visits a day. ~35% of visits would get an AI-drafted after-visit "
            "summary, ~3k tokens in / 600 out.",
            4_000 * 0.35 * 3_600 * 30,
        ),
        (
            "we see 10k orders a week, 20% of orders need an LLM-written reply, 1k tokens each",
            10_000 * 0.2 * 1_000 * 30 / 7,
        ),
        # the share of the people who use it, each at the rate said of "those who do"
        (
            "~80k smart thermostats in the field. only about 5% of owners actually use the voice assistant, but those "
            "who do average 4 queries/day. queries are small: ~300 tokens in incl. system prompt, ~60 out.",
            80_000 * 0.05 * 4 * 360 * 30,
        ),
        (
            "2M MAU. around 8% of MAU actually use it, and active users average ~10 conversations a month. A "
            "conversation is ~1,500 tokens all in.",
            2e6 * 0.08 * 10 * 1_500,
        ),
    ],
)
def test_volumes_said_in_new_ways(text: str, tokens: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens)


def test_a_share_that_is_simple_is_no_share_reaching_the_model() -> None:
    facts, _ = facts_and_asked("4,000 tickets a day, 35% of them are password resets, 3k tokens each")
    assert facts.get("tokens_per_month") == pytest.approx(4_000 * 3_000 * 30)
    assert facts.get("simple_share") == pytest.approx(0.35)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # typos in the words that carry the rate
        (
            "we hav aroud 1200 usres, each sends like 25 promts a day (weekdays only), ~800 tokns in 200 out",
            650_100_000,
        ),
        # pages of each document, the summary's tokens said after them
        (
            "Right now we process ~1,500 documents a day on weekdays, average doc length 12 pages, and we produce a "
            "~400 token summary per doc.",
            1_500 * 6_400 * 21.67,
        ),
        # a second workload said as "another" in the unit and period of the first
        ("support bot is ~18M tokens/day, plus a nightly summarisation job that's another 4M", 22e6 * 30),
        # a translation as long as its source: the output counted again
        (
            "Per month we translate approx. 4.000 pages, the source text is input and the translation is output, about "
            "same length.",
            4e6,
        ),
    ],
)
def test_more_volumes_said_in_new_ways(text: str, tokens: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens, rel=0.01)


@pytest.mark.parametrize(
    "text",
    ["it uses gpt-4 for paging the on-call", "possibly one question per user session", "employers pay for it"],
)
def test_real_words_near_the_new_key_words_are_left_alone(text: str) -> None:
    from assistant.interview.quantities.spelling import spell

    assert spell(text) == text


def test_a_count_beside_a_size_is_no_volume_of_that_many_tokens() -> None:
    facts, asked = facts_and_asked("contracts of about 20k tokens, 300 a month")
    assert "tokens_per_month" not in facts
    assert "tokens_per_month" in asked


def test_a_volume_then_its_output_added_gives_the_mix() -> None:
    facts, _ = facts_and_asked(
        "Roughly 10M tokens a day. Actually that's just input; output adds maybe another 2M/day."
    )
    assert facts.get("tokens_per_month") == pytest.approx(360e6)
    assert facts.get("input_share") == pytest.approx(10 / 12)


def test_another_figure_of_a_different_size_is_not_taken_for_the_volume_unit() -> None:
    facts, _ = facts_and_asked("chat is about 2M tokens a day, plus another 500 from the search box")
    assert facts.get("tokens_per_month") != pytest.approx(2e6 * 30 + 500 * 30)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # things named shorter than counted ("each class" after "210 classrooms"), sessions of so many turns
        (
            "We're rolling the tutor bot out to 210 classrooms. Each class uses it about 3 sessions a week; a session "
            "is ~25 student turns, and each turn is ~700 tokens in (with history) and ~120 out.",
            210 * 3 * 25 * 820 * 30 / 7,
        ),
        # people on the phones per shift, shifts said as "in three 8-hour shifts", one person as the subject
        (
            "We run 24/7 in three 8-hour shifts with roughly 85 agents on the phones per shift. An agent handles about "
            "40 calls a shift. Transcripts average ~4,000 tokens.",
            85 * 3 * 40 * 4_000 * 30,
        ),
        # the median user named as the one whose rate it is
        ("3,000 seats, the median user does 30 requests a week, 4k tokens each", 3_000 * 30 * 4_000 * 30 / 7),
    ],
)
def test_volumes_built_from_people_and_sessions(text: str, tokens: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens, rel=0.01)


def test_one_person_said_without_a_count_of_people_is_no_volume() -> None:
    facts, _ = facts_and_asked("An agent handles about 40 calls a day.")
    assert "tokens_per_month" not in facts


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        ("somewhere around 30-50k requests/day, prompts ~1.5k, outputs ~0.5k", (1_500, 500)),
        ("prompts run ~2k tokens, answers are usually ~300 tok", (2_000, 300)),
    ],
)
def test_each_side_with_its_hedged_size_and_no_verb(text: str, sizes: tuple[int, int]) -> None:
    facts, _ = facts_and_asked(text)
    assert (facts.get("request_input_tokens"), facts.get("request_output_tokens")) == sizes


@pytest.mark.parametrize("text", ["answers about 2k topics", "prompts ~2k a day"])
def test_a_side_word_before_a_count_of_something_is_no_size(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "request_input_tokens" not in facts and "request_output_tokens" not in facts


def test_the_parts_each_thing_has_make_the_count_when_the_size_is_a_parts() -> None:
    facts, _ = facts_and_asked(
        "Currently we process about 18,000 applications per month, each with ~5 documents; every document is roughly "
        "1,100 tokens after OCR and the extraction output is ~200 tokens."
    )
    assert facts.get("tokens_per_month") == pytest.approx(18_000 * 5 * 1_300)


def test_the_parts_each_thing_has_leave_the_count_when_the_size_is_the_things() -> None:
    facts, _ = facts_and_asked("we get 300 claims a day, each with 4 photos, 1k tokens per claim")
    assert facts.get("tokens_per_month") == pytest.approx(300 * 1_000 * 30)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        (
            "We have 640 inpatient beds. We summarise notes twice a day per bed. Input is ~1,800 tokens of notes, "
            "output ~250 tokens.",
            640 * 2 * 2_050 * 30,
        ),
        (
            "1,150 stores; a briefing generated once per store per day; prompt around 6k tokens; the briefing itself "
            "is ~900 tokens",
            1_150 * 6_900 * 30,
        ),
        ("200 trucks, each pinged 3 times a day per truck, 1k tokens each", 200 * 3 * 1_000 * 30),
    ],
)
def test_how_often_each_thing_gets_one_said_in_times(text: str, tokens: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # a site running K shifts said with any subject; five words between "each" and the count
        (
            "Warehouse runs 2 shifts Mon-Fri, ~60 pickers per shift, each asks the handheld assistant ~20 questions a "
            "shift. ~500 tok prompt / ~80 tok answer",
            120 * 20 * 580 * 21.67,
        ),
        # the people of a shift said with the shift first, the shifts as "2 x 12h shifts a day"
        (
            "Plant has 4 crews rotating through 2 x 12h shifts a day, 7 days a week. Each shift has 35 operators, and "
            "each operator files ~6 incident reports per shift that we want auto-classified. A report is ~450 tokens, "
            "output ~40.",
            70 * 6 * 490 * 30,
        ),
    ],
)
def test_people_per_shift_said_in_more_ways(text: str, tokens: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens, rel=0.01)


def test_a_share_of_the_people_counted_with_their_number() -> None:
    facts, _ = facts_and_asked(
        "For the pilot, around 60% of our 1,900 teachers will use the planning assistant, and each active teacher "
        "generates about 5 lesson plans per week. A lesson plan comes out to ~1,000 words from a ~200-word prompt."
    )
    assert facts.get("tokens_per_month") == pytest.approx(1_900 * 0.6 * 5 * 30 / 7 * 1_596, rel=0.05)


def test_a_budget_of_tokens_is_a_volume_not_money() -> None:
    facts, _ = facts_and_asked("annual token budget is roughly 24 billion, split about 70/30 input/output")
    assert "budget_usd_per_month" not in facts
    assert facts.get("tokens_per_month") == pytest.approx(2e9)


@pytest.mark.parametrize("text", ["our monthly token budget is $5k", "token budget: 5k USD a month"])
def test_a_token_budget_in_money_stays_a_budget(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("budget_usd_per_month") == pytest.approx(5_000)


def test_the_last_seven_days_are_a_week() -> None:
    facts, _ = facts_and_asked("prod numbers last 7d: 84M in, 21M out. that's a normal week.")
    assert facts.get("tokens_per_month") == pytest.approx(105e6 * 30 / 7)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("we were at ~30M tokens/month but that was last year's number, traffic has roughly doubled since then", 60e6),
        ("we were at 30M tokens a month; it has doubled since", 60e6),
    ],
)
def test_a_past_figure_with_its_growth_since_is_todays(text: str, tokens: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens)


@pytest.mark.parametrize(
    "text",
    [
        "split 50/50 between two teams",
        "We have one DGX H100, shared roughly 50/50 with a computer-vision program.",
    ],
)
def test_something_else_shared_evenly_is_no_mix(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "input_share" not in facts


def test_an_even_split_between_the_sides_stays_a_mix() -> None:
    facts, _ = facts_and_asked("roughly 50/50 between input and output")
    assert facts.get("input_share") == pytest.approx(0.5)


def test_everyday_at_the_start_of_a_sentence_is_every_day() -> None:
    facts, _ = facts_and_asked("Everyday we receive around 120.000 email, 900 tokens each")
    assert facts.get("tokens_per_month") == pytest.approx(120_000 * 900 * 30)


def test_a_models_size_said_in_dutch_is_no_volume() -> None:
    _, asked = facts_and_asked("Ik vergelijk een frontier-model met een open model van ongeveer 8B.")
    assert "tokens_per_month" not in asked


@pytest.mark.parametrize(
    "text",
    [
        "Our research institute has an 8-GPU cluster, but it's grant-funded and off limits to us.",
        "the university has 40 A100s but we have no quota on them",
    ],
)
def test_gpus_out_of_our_reach_are_no_team_fact(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "team" not in facts and "owned_gpus" not in facts


def test_the_size_each_thing_comes_with_is_no_rate_per_person() -> None:
    facts, _ = facts_and_asked(
        "We estimate 1,800 summaries per day, each with around 6,000 tokens of chart text as input and a 400-token "
        "summary as output. My team is two analysts who know Python and one data scientist."
    )
    assert facts.get("tokens_per_month") == pytest.approx(1_800 * 6_400 * 30)


@pytest.mark.parametrize("text", ["I will not accept a lesser model.", "we won't accept anything less than the best"])
def test_nothing_less_than_the_best_accepted_is_the_frontier(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("quality") == "frontier"


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("Ik werk alleen en heb nog nooit Kubernetes of Docker gebruikt.", {"kubernetes": False}),
        ("Ekipte 2 ML mühendisi var, Kubernetes kullanıyoruz ama MLOps tecrübemiz yok.", {"mlops": False}),
        ("Wir haben keine GPUs und kein Kubernetes.", {"kubernetes": False}),
    ],
)
def test_denials_in_other_languages_deny(text: str, team: dict[str, bool]) -> None:
    facts, _ = facts_and_asked(text)
    got = facts.get("team")
    assert isinstance(got, dict)
    for key, value in team.items():
        assert got.get(key) is value


def test_an_api_not_available_to_us_keeps_the_rule_said_with_it() -> None:
    facts, _ = facts_and_asked("Public APIs are not available to us because of HIPAA.")
    assert facts.get("compliance") == ["hipaa"]


@pytest.mark.parametrize(
    "text", ["Budget: maximaal €50 in totaal, uit eigen zak.", "Budget: 5.000 € insgesamt für das Projekt"]
)
def test_a_total_said_in_another_language_is_no_monthly_budget(text: str) -> None:
    facts, asked = facts_and_asked(text)
    assert "budget_usd_per_month" not in facts
    assert "budget_usd_per_month" in asked


def test_a_models_size_after_about_is_no_volume_when_the_volume_was_asked() -> None:
    from tests.reading import parsed

    result = parsed(
        "Ik vergelijk een frontier-model met een open model van ongeveer 8B. Ik moet 2.000 prompts per model draaien.",
        "tokens_per_month",
    )
    assert all(u.field != "tokens_per_month" for u in result.updates)
    assert (result.pending or {}).get("tokens") != 8e9  # never asked as "8,000,000,000 tokens per day, or per month?"
    facts, _ = facts_and_asked("a model of about 8B, and we do about 2B tokens a month", "tokens_per_month")
    assert facts.get("tokens_per_month") == pytest.approx(2e9)
