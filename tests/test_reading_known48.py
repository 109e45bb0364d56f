"""Readings from the misreads found in session 48 (probe 59's leftovers, a new helper's file of dev voices, probe
60): each case here was read wrong before the change beside it; the variants are other voices saying the same."""

from __future__ import annotations

import pytest

from tests.reading import facts_and_asked


def _facts(text: str, expecting: list[str] | None = None) -> dict[str, object]:
    facts, _ = facts_and_asked(text, expecting) if expecting else facts_and_asked(text)
    return facts


@pytest.mark.parametrize(
    ("text", "tokens_in"),
    [
        # 400 words (533 tokens) plus half a page (250 tokens)
        (
            "question is one or two sentences, the lesson is about 400 words, plus instructions of about half a page; "
            "answer 100-150 words",
            783,
        ),
        # three pages (1,500) plus the instructions' own 500 tokens: the tokens are another part, not the pages' count
        ("the input is a 3 page contract plus 500 tokens of instructions, output 300 tokens", 2000),
        ("each request: 2 pages of policy text + 800 tokens of instructions, answer ~200 tokens", 1800),
        ("prompt = 3 pages of claim notes plus a page of rules; reply 300 tokens", 2000),
    ],
)
def test_a_prompt_said_as_parts_adds_them_up(text: str, tokens_in: float) -> None:
    facts = _facts(text)
    assert facts["request_input_tokens"] == pytest.approx(tokens_in, abs=2)


def test_pages_with_their_own_token_count_keep_it() -> None:
    # the tokens said beside the pages are their count, with no other part between
    facts = _facts("contracts are 40 pages, call it 30,000 tokens in, and the answer is about 500 tokens")
    assert facts["request_input_tokens"] == pytest.approx(30_000)


@pytest.mark.parametrize(
    ("text", "team"),
    [
        # a bare count of a role after a count of people by role, in a list
        (
            "- on-prem only (factory server room)\n- 2 ML engineers, 1 infra\n- fine-tuning on manuals: decided",
            {"ml_engineers": 2, "devops": 1},
        ),
        ("we're 3 ML engineers + 2 ops", {"ml_engineers": 3, "devops": 2}),
        # people said by what they can do, without "who are"
        (
            "two engineers capable of deploying models plus one infrastructure engineer",
            {"ml_engineers": 2, "devops": 1},
        ),
        ("we have 3 devs able to train models", {"ml_engineers": 3}),
        # what they do in brackets after the title
        (
            "team: 2x quant dev (deploy + serve our models, torch/triton), 1x SRE. +1 SRE signed, starts on the 1st.",
            {"ml_engineers": 2, "devops": 1},
        ),
        ("3 backend devs (deploy and run our models on k8s)", {"ml_engineers": 3}),
        # someone named who left
        ("we had 2 devops guys but kev quit last wk so its just marco keeping the servers up now", {"devops": 1}),
        ("3 SREs, and priya left in june", {"devops": 2}),
        # nobody of us / none of whom
        (
            "In our factory IT section we are four persons, but nobody of us has experience of machine learning.",
            {"ml_engineers": 0},
        ),
        (
            "Our IT section has four staff members, none of whom has any machine learning experience.",
            {"ml_engineers": 0},
        ),
        # named people by what they do
        ("Ngozi deployed the models and Emeka sets up the servers", {"ml_engineers": 1, "devops": 1}),
    ],
)
def test_team_said_by_what_people_do(text: str, team: dict[str, int]) -> None:
    got = _facts(text).get("team") or {}
    assert {k: got.get(k) for k in team} == team


@pytest.mark.parametrize(
    "text",
    [
        # "me n tunde" is two people, not a one-person shop (it was read as nobody for ML or ops)
        "its just me n tunde. tunde does all the servers + network, he also trained the fraud model thats live now. i "
        "just do admin / vendors",
        "2 analysts (build dashboards)",
    ],
)
def test_no_zero_or_count_from_a_pair_or_other_work(text: str) -> None:
    team = _facts(text).get("team") or {}
    assert team.get("ml_engineers") not in (0, 2) and team.get("devops") != 0


@pytest.mark.parametrize(
    "text",
    [
        "We've kicked around fine-tuning on our call transcripts, but nobody's committed to anything.",
        "fine tuning has come up in a couple of meetings but there's no decision on it",
    ],
)
def test_fine_tuning_raised_but_undecided_is_no_fact(text: str) -> None:
    assert "fine_tuning" not in _facts(text)


@pytest.mark.parametrize(
    ("text", "tuning"),
    [
        (
            "We discussed about fine-tuning in our team and concluded we will not do it. We use only retrieval of "
            "documents.",
            False,
        ),
        ("we looked at fine-tuning and decided not to do it", False),
        # a tune made in the past and in use today: a fine-tuned model served
        (
            "Last year our team made LoRA fine-tuning of a Japanese open model with our maintenance manuals, and now "
            "it is "
            "used in the service department. We want to continue this way.",
            True,
        ),
    ],
)
def test_fine_tuning_decided_or_in_use(text: str, tuning: bool) -> None:
    assert _facts(text).get("fine_tuning") is tuning


def test_a_skill_of_the_team_is_still_no_need() -> None:
    assert "fine_tuning" not in _facts("two of our devs have done some LoRA at a hackathon")


@pytest.mark.parametrize(
    "text",
    [
        "Under our procurement directive, processing is only permitted within our own Azure tenant in the Germany West "
        "Central region; external AI services are excluded.",
        "- own Azure tenant only, region Germany West Central\n- no external AI APIs (procurement rules)\n- GDPR",
    ],
)
def test_a_tenant_rule_with_its_region_is_residency(text: str) -> None:
    facts = _facts(text)
    assert facts.get("data_region") == "de" and "data_residency" in (facts.get("compliance") or [])


def test_naija_is_nigeria() -> None:
    facts = _facts("cbn says data stay in naija, we have own DC in lagos")
    assert facts.get("data_country") == "Nigeria"


@pytest.mark.parametrize(
    "text",
    ["Client is air-gapped. We're not; we only handle their public data.", "our client is air-gapped, we are not"],
)
def test_another_partys_trait_set_against_ours_is_theirs(text: str) -> None:
    facts = _facts(text)
    assert facts.get("data_boundary") != "air_gapped" and "air_gapped" not in (facts.get("compliance") or [])


def test_a_shared_trait_stays_ours() -> None:
    assert "hipaa" in (_facts("our client is under HIPAA so we are too").get("compliance") or [])


@pytest.mark.parametrize(
    "text",
    [
        "load: ~70% of daily reqs in 09:30–10:00 ET (the open), thin tail rest of session.",
        "when the TV spot airs we get like 30x traffic for 15 min and then it's dead again, it's nuts",
        "Most of the volume hits in the first half hour after the open. Quiet after.",
        "It's a finance tool, so it's sleepy most of the month and then absolutely slammed during month-end close, the "
        "last three working days.",
    ],
)
def test_bursts_said_by_their_shape(text: str) -> None:
    assert _facts(text).get("traffic_shape") == "bursty"


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("~60% land between 07:00 and 13:00", None),  # 2.4x the average hour: a peak, no burst
        ("we expect 3x traffic next year", None),  # growth, not a burst
        ("5 working days a week, office hours", "business_hours"),
        (
            "The group's retail arm sees pronounced peaks on promotion days; our unit's application is independent of "
            "that, and its usage pattern is not yet known.",
            None,
        ),
    ],
)
def test_no_burst_from_a_wide_window_growth_or_another_arm(text: str, shape: str | None) -> None:
    assert _facts(text).get("traffic_shape") == shape


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        (
            "We ran Llama 3.1 70B side by side with GPT-4o on 300 of our support tickets and the agents honestly "
            "couldn't "
            "tell which was which most of the time. That's good enough for us.",
            "open_weight_ok",
        ),
        (
            "The open-model cost experiment failed: partners flagged missed clauses within days. We're back on Claude "
            "3.5 "
            "Sonnet and need that level.",
            "frontier",
        ),
        ("Our bar is 85% on our text-to-SQL eval. Qwen2.5 72B scored 86, so it clears.", "open_weight_ok"),
        (
            "The task is drafting responses to regulatory inquiries. In our trials, only the leading closed models "
            "produced usable drafts.",
            "frontier",
        ),
        ("the open source pilot failed because of GPU shortages", None),
        ("we only use the closed models for the hard stuff", None),
    ],
)
def test_quality_bar_said_by_a_trial(text: str, quality: str | None) -> None:
    assert _facts(text).get("quality") == quality


@pytest.mark.parametrize(
    ("text", "tuning"),
    [
        ("Fine-tuning, I don't know, maybe later.", None),
        ("Fine-tuning - skip, don't know what that is.", None),
        (
            "fine-tuning: would love NPCs that stay in character better, we have ~30k lines written by our writers.",
            None,
        ),
        ("fine-tune on client code: not allowed to mix clients' code, so no.", None),
        ("For fine-tuning we have 200 thousand emails already classified by humans, if it helps.", None),
        ("fine-tuning: yes, on our support tickets", True),
        ("fine tuning - already doing it, LoRA on llama", True),
        ("Fine-tuning: no", False),
    ],
)
def test_fine_tuning_named_as_a_topic_is_decided_by_its_answer(text: str, tuning: bool | None) -> None:
    assert _facts(text).get("fine_tuning") is tuning


@pytest.mark.parametrize(
    "text",
    [
        "Data: manuals and drawings are confidential. Information security dept rule: no external cloud, no API. Must "
        "stay inside our company network. No exception.",
        "the data stays within our corporate network",
    ],
)
def test_kept_inside_the_company_network_is_on_prem(text: str) -> None:
    assert _facts(text).get("data_boundary") == "on_prem"


def test_no_external_cloud_apis_rules_out_vendors_only() -> None:
    assert _facts("no external cloud APIs, our Azure tenant is fine").get("data_boundary") == "cloud_tenant"


@pytest.mark.parametrize(
    "text",
    [
        "Legal is fine with it, we have a DPA, EU-only processing is not a hard requirement for us.",
        "EU-only processing isn't required",
    ],
)
def test_a_residency_rule_said_not_to_be_required_is_none(text: str) -> None:
    facts = _facts(text)
    assert "data_region" not in facts and "data_residency" not in (facts.get("compliance") or [])


def test_a_count_in_an_hour_is_no_budget() -> None:
    facts = _facts("after big football matches we get spikes of up to 6,000 in one hour")
    assert "budget_usd_per_month" not in facts
    assert _facts("we can pay up to 6,000 a month")["budget_usd_per_month"] == 6000


def test_pesos_after_de_are_asked_not_dollars() -> None:
    facts, asked = facts_and_asked(
        "The budget the director approved for the LLM only is max 1.5 millones de pesos per month."
    )
    assert "budget_usd_per_month" not in facts and "budget_usd_per_month" in asked


@pytest.mark.parametrize(
    ("text", "usd"),
    [("leasing + maintenance max CHF 6'000 per month", 6000 * 1.1038), ("budget: 2'500 USD a month", 2500)],
)
def test_thousands_grouped_by_an_apostrophe(text: str, usd: float) -> None:
    assert _facts(text)["budget_usd_per_month"] == pytest.approx(usd, rel=0.01)


def test_mil_glossed_in_brackets_is_the_bracketed_figure() -> None:
    facts = _facts("the bot takes around 60 mil calls per day (60,000), each call is 2,000 tokens in total")
    assert facts["tokens_per_month"] == pytest.approx(60_000 * 2000 * 30, rel=0.01)


def test_a_busy_hour_with_its_share_of_the_day_is_a_peak_not_the_traffic_window() -> None:
    facts = _facts("Busy time is 9:00-10:00 Japan time, maybe 15% of questions of the day.")
    assert facts.get("peak_to_average") == pytest.approx(0.15 * 24)
    assert "business_hours_per_week" not in facts and facts.get("traffic_shape") != "business_hours"


def test_a_clock_span_said_with_a_places_time_is_read_whole() -> None:
    facts = _facts("we work 8:00-17:00 Lagos time")
    assert facts.get("business_hours_per_week") == pytest.approx(45)


def test_messages_per_session_multiply_the_sessions_that_wait_for_a_size() -> None:
    from assistant.interview.reading import parse_message

    read = parse_message(
        "We have about 900k active app users. maybe 15% of them chat with support in a month, around 2 sessions each, "
        "roughly 6 messages per session."
    )
    assert read.pending is not None and read.pending["unit"] == "message"
    assert read.pending["requests"] == pytest.approx(900_000 * 0.15 * 2 * 6)


def test_a_corrected_head_count_redoes_the_volume_made_of_it() -> None:
    from tests.offline_chat import talk

    session, _ = talk(
        [
            "Users: 250 engineers. One engineer makes about 2 sessions per day, 6 questions in each session. One "
            "question is about 3,000 tokens input and 400 tokens output. Only working days.",
            "Sorry, correction. 250 is whole service department. Users of this system are field engineers only, 180 "
            "persons.",
        ]
    )
    # 180 x 2 x 6 x 3,400 tokens on 21.67 working days (52 x 5 / 12)
    assert float(session.profile.get("tokens_per_month")) == pytest.approx(180 * 2 * 6 * 3400 * 52 * 5 / 12, rel=0.01)


def test_a_corrected_head_count_redoes_the_count_that_waits_for_its_size() -> None:
    from tests.offline_chat import talk

    session, _ = talk(
        [
            "We have about 900k active app users. From our current chat data maybe 15% of them chat with support in a "
            "month, around 2 sessions each, roughly 6 messages per session.",
            "Sorry let me correct that, 900k is registered users. Monthly active is about 620k. The 15% is of the "
            "active users.",
            "The vendor said maybe 1,800 tokens in and 150 out per message.",
        ]
    )
    assert float(session.profile.get("tokens_per_month")) == pytest.approx(620_000 * 0.15 * 2 * 6 * 1950, rel=0.01)


@pytest.mark.parametrize(
    "text",
    [
        "Next year we migrate the postpaid lines to the bot too, that roughly doubles the calls. What happens then?",
        "next year volume doubles, what then?",
        "we expect the traffic to triple next year - how does that change things?",
    ],
)
def test_a_growth_told_then_asked_about_is_a_what_if(text: str) -> None:
    from assistant.interview import whatif

    change = whatif.detect(text)
    assert change is not None and change.volume_factor in (2.0, 3.0)


@pytest.mark.parametrize("text", ["traffic doubles at christmas", "we grew 20% last year. what happens then?"])
def test_a_growth_without_a_question_or_past_is_no_what_if(text: str) -> None:
    from assistant.interview import whatif

    assert whatif.detect(text) is None


def test_turns_of_each_call_multiply_the_calls_that_wait_for_a_size() -> None:
    from assistant.interview.reading import parse_message

    read = parse_message("the bot takes around 60,000 calls per day, every day of the week. Each call is ~7 LLM turns.")
    assert read.pending is not None and read.pending["unit"] == "turn"
    assert read.pending["requests"] == pytest.approx(60_000 * 7 * 30)


def test_turns_corrected_after_the_size_redo_the_volume() -> None:
    from tests.offline_chat import talk

    session, _ = talk(
        [
            "Volume: the bot takes around 60 mil calls per day (60,000), every day of the week. Each call is ~7 LLM "
            "turns.",
            "Per turn ~2,500 tokens in. Output is short because it's spoken, ~60 tokens.",
            "Correction on the turns: I checked the pilot dashboard, average is 5.5 turns per call, not 7.",
        ]
    )
    assert float(session.profile.get("tokens_per_month")) == pytest.approx(60_000 * 5.5 * 2560 * 30, rel=0.01)


@pytest.mark.parametrize(
    ("text", "peak"),
    [
        ("Peaks at lunch and 7-9 pm, the top hour is about 9% of the day's calls.", 0.09 * 24),
        ("the busiest hour is maybe 10% of the day", 0.1 * 24),
    ],
)
def test_the_busiest_hours_share_of_the_day_is_the_peak(text: str, peak: float) -> None:
    facts = _facts(text)
    assert facts["peak_to_average"] == pytest.approx(peak)
    assert facts.get("traffic_shape") != "business_hours"


def test_all_on_one_cloud_and_its_region_kept() -> None:
    facts = _facts("We are 100% on AWS, region São Paulo (sa-east-1), so processing only there.")
    assert facts.get("cloud_provider") == "aws" and facts.get("data_region") == "br"


@pytest.mark.parametrize(
    ("text", "ms", "kind"),
    [
        ("Hard constraints: our own racks, no cloud; sub-1.5-second end-to-end at p99.", 1500, "total"),
        ("need sub-200ms first token", 200, "ttft"),
    ],
)
def test_sub_a_time_is_under_it(text: str, ms: float, kind: str) -> None:
    facts = _facts(text)
    assert facts["latency_p99_ms"] == ms and facts["latency_kind"] == kind


def test_processing_exclusively_in_our_own_data_centre_is_on_prem() -> None:
    text = (
        "To summarise our framework conditions: processing exclusively in our own data centre; the GDPR applies; usage "
        "only during the administration's office hours; and no fine-tuning, as decided by the steering group."
    )
    assert _facts(text).get("data_boundary") == "on_prem"


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "We moved our contract summaries from Claude 3.5 Sonnet to a Mixtral model to save money and the lawyers "
            "revolted within two days. We switched back. It has to be top-tier.",
            "claude-3.5-sonnet",
        ),
        ("we switched from GPT-4o to Gemini Flash and it's great", "gemini-2.5-flash"),
    ],
)
def test_the_model_left_and_returned_to_is_todays(text: str, model: str) -> None:
    assert _facts(text).get("current_model") == model


def test_a_persons_word_naming_a_thing_is_no_per_head_rate() -> None:
    facts = _facts(
        "First one is comment moderation: every reader comment goes through the model before it's published, we get "
        "around 45,000 comments a day. The moderation policy prompt is long, about 1,200 tokens, plus the comment "
        "itself ~150, and the output is just a label and a one-line reason, ~30 tokens."
    )
    assert facts["tokens_per_month"] == pytest.approx(45_000 * 1380 * 30)


def test_weekends_at_a_share_of_the_weekday_recount_the_volume() -> None:
    from tests.offline_chat import talk

    session, _ = talk(
        [
            "we get around 45,000 comments a day. The moderation policy prompt is about 1,200 tokens, plus the "
            "comment itself ~150, and the output is ~30 tokens.",
            "Correction: the 45k is weekdays, weekends are about half that.",
        ]
    )
    per_day = (5 * 45_000 + 2 * 22_500) / 7
    assert float(session.profile.get("tokens_per_month")) == pytest.approx(per_day * 1380 * 30, rel=0.01)


def test_one_requests_size_beside_a_count_a_day_is_no_days_volume() -> None:
    facts, asked = facts_and_asked(
        "pilot w/ 30 devs: ~300 completion req/dev/day, ~1.5k tok in (FIM context), ~60 out. working days only."
    )
    assert "tokens_per_month" not in facts and "tokens_per_month" in asked
    assert _facts("we do about 5k tokens a day, tiny")["tokens_per_month"] == 150_000


def test_odd_after_a_count_is_about_it() -> None:
    facts = _facts(
        "Resource consent applications, we get about sixty a week and they're chunky, thirty-odd pages each usually."
    )
    # 60 a week (x 30/7 a month), each 30 pages of 500 tokens
    assert facts["tokens_per_month"] == pytest.approx(60 * 30 / 7 * 30 * 500, rel=0.01)


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("We have 2 collections per year, every collection around three thousand five hundred new SKU.", 7000 / 12),
        ("we run 4 campaigns a year, each campaign about 20000 emails", 80_000 / 12),
    ],
)
def test_batches_over_a_period_times_the_things_in_each(text: str, per_month: float) -> None:
    from assistant.interview.reading import parse_message

    read = parse_message(text)
    assert read.pending is not None and read.pending["requests"] == pytest.approx(per_month)


def test_a_share_that_never_reaches_the_model_comes_off_the_volume() -> None:
    from tests.offline_chat import talk

    session, _ = talk(
        [
            "We receive about 85,000 emails per week in the claims mailbox. Each is about 3,500 tokens in and 400 out.",
            "Ah, sorry, correction: the 85,000 is everything that arrives. Around 20% is spam, newsletters, automatic "
            "replies, we filter them before with rules, so these don't go to the LLM.",
        ]
    )
    assert float(session.profile.get("tokens_per_month")) == pytest.approx(85_000 * 30 / 7 * 3900 * 0.8, rel=0.01)


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("about 30% are duplicates which get dropped", 0.3),
        ("90% is input", None),
        ("if 20% is spam we filter it", None),
    ],
)
def test_share_excluded(text: str, share: float | None) -> None:
    from assistant.interview.quantities.recount import share_excluded

    found = share_excluded(text)
    assert (found[0] if found else None) == share


def test_the_time_another_part_takes_is_no_latency_target() -> None:
    facts = _facts(
        "Latency is the hard part: STT + TTS already eat ~800 ms, so the LLM first token must come under 700 ms p95 or "
        "the customer hears silence."
    )
    assert facts["latency_p99_ms"] == 700 and facts["latency_kind"] == "ttft"


def test_money_in_a_currency_without_a_rate_is_no_count() -> None:
    facts, asked = facts_and_asked(
        "The budget the director approved for the LLM only is max 1.5 millones de pesos per month."
    )
    assert "tokens_per_month" not in asked and "tokens_per_month" not in facts


@pytest.mark.parametrize(
    ("text", "adds"),
    [
        ("#2 localisation: each patch (2/month) has ~60k tokens of new/changed strings.", True),
        ("#3 QA files ~2,000 bug reports a week", True),
        ("Second: for every article we generate a summary", True),
        ("#1 live NPC dialogue in our game", False),
    ],
)
def test_a_numbered_item_after_the_first_is_another_workload(text: str, adds: bool) -> None:
    from assistant.interview.quantities.workloads import adds_workload

    assert adds_workload(text) is adds


def test_a_further_workload_that_can_wait_leaves_the_live_one_live() -> None:
    from tests.offline_chat import talk

    session, replies = talk(
        [
            "#1 live NPC dialogue. ~15k daily players, each triggers ~20 generated NPC lines a day. prompt about "
            "1,200 tok, reply ~80 tok.",
            "NPC first token has to be under 800 ms or the character looks frozen.",
            "#2 localisation: each patch (2/month) we send ~250k tok and get ~80k back. no rush, a day is fine.",
        ]
    )
    assert session.profile.get("batch_ok") is not True
    assert "needs answers live" in replies[-1]


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("on GPT-4.1 because our translators said mini was worse", False),
        ("with glossary + context we send ~250k tok per language", False),
        ("on H100s?", True),
        ("with caching, since most of the prompt repeats?", True),
    ],
)
def test_a_statement_opening_with_on_or_with_is_no_what_if(text: str, asks: bool) -> None:
    from assistant.interview import whatif

    assert whatif.asks_what_if(text) is asks


def test_a_point_between_digits_ends_no_clause_of_the_users_words() -> None:
    from assistant.interview.describe import own_words

    text = "Email body and OCR text (the photos we don't send) is average 3.500 tokens. Output around 400 tokens."
    assert (
        own_words("is average 3500 tokens", text)
        == "Email body and OCR text (the photos we don't send) is average 3.500 tokens"
    )


@pytest.mark.parametrize(
    "text",
    [
        "hw: we own a build/bake farm with 24x RTX 6000 Ada 48GB in our server room here. busy 22:00-06:00 CET with "
        "nightly builds + lighting bakes, daytime maybe 30% used.",
        "the GPUs sit idle from 1 to 7am",
    ],
)
def test_the_machines_own_hours_and_jobs_are_not_the_traffics(text: str) -> None:
    facts = _facts(text)
    assert "batch_ok" not in facts and "business_hours_per_week" not in facts
    assert facts.get("traffic_shape") != "business_hours"


def test_the_traffics_hours_beside_busy_servers_stay() -> None:
    assert _facts("traffic 8:00-18:00, our servers are busy then")["business_hours_per_week"] == 50
