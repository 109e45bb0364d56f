"""Readings from the misreads found in session 46 (probe 55 and new helpers' files): each case here was read wrong
before the change beside it; the variants are other voices saying the same."""

from __future__ import annotations

import pytest

from tests.reading import facts_and_asked, parsed


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # 15,000 x (800 + 200) x 30
        ("we r doing aprox 15k reqs/day, avg 800 tokns in 200 out, trafic is flat 24/7", 450_000_000),
        ("15k requests a day, average 800 tokens in 200 out", 450_000_000),
        # 2,000 x (1,500 + 500) x 30
        ("2k calls/day, avg 1500 tokens in 500 out", 120_000_000),
    ],
)
def test_sizes_after_an_average_keep_both_sides(text: str, tokens: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["tokens_per_month"] == pytest.approx(tokens)
    assert facts["request_output_tokens"] > 0


@pytest.mark.parametrize(
    "text",
    [
        "latncy doesnt matter much, can be batched hourly.",
        "it can be batched",
        "fine to batch them every hour",
        "these could be batched overnight, nobody is waiting",
    ],
)
def test_work_said_fit_to_batch(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("batch_ok") is True
    assert "traffic_shape" not in facts


@pytest.mark.parametrize(
    ("text", "batch_ok"),
    [
        ("we could batch, but users need it live", False),
        ("it cannot be batched", None),
        ("can we batch it?", None),
        ("users need it live", False),
    ],
)
def test_batching_weighed_denied_or_asked_is_no_batch_tolerance(text: str, batch_ok: bool | None) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("batch_ok") is batch_ok


def test_traffic_every_hour_of_the_day_is_still_steady() -> None:
    facts, _ = facts_and_asked("we get traffic every hour of the day, same load at night")
    assert facts.get("traffic_shape") == "steady"


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("1.2M req/mo, ~500 in/100 out, p99 < 2s full response", 720_000_000),  # 1.2M x 600
        ("2L req/day · ~1500 in / ~250 out", 10_500_000_000),  # 200,000 x 1,750 x 30
        (
            "Daily we get around 2 lakh requests, each request approx 1500 input tokens and 250 output.",
            10_500_000_000,
        ),
        ("One crore tokens daily. Real-time. Non-negotiable.", 300_000_000),  # 10M x 30
        ("tokens/mo ≈ 1.2bn | in:out ≈ 4:1 | load flat 24/7", 1_200_000_000),
        ("vol=50k req/d; in≈1.2k; out≈80; shape=flat 24/7", 1_920_000_000),  # 50k x 1,280 x 30
        # 12,000 x 30 / 7 x 1,850
        ("- ~12k inbound emails / week\n- thread ≈ 1,500 tokens in, draft reply ≈ 350 out", 95_142_857),
        ("about 12k emails a week, all in business hours. thread is ~1500 tokens, drafted reply ~350", 95_142_857),
        # 40,000 x 1,000 x 21.67 working days: never forty calls a conversation
        (
            "we get roughly forty thousand calls each working day and each one is about a thousand tokens all in",
            866_800_000,
        ),
        ("8k q/business day × (2.5k in + 300 out)", 485_408_000),  # 8,000 x 2,800 x 21.67
        (
            "about six thousand visit notes a day transcripts are around four thousand tokens and the summary is about "
            "five hundred",
            810_000_000,
        ),
        ("The workload is a nightly job of approximately 30 million tokens per run.", 900_000_000),
    ],
)
def test_volumes_from_new_voices(text: str, tokens: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["tokens_per_month"] == pytest.approx(tokens, rel=1e-3)


def test_a_peak_hour_rate_is_asked_about_not_stored() -> None:
    facts, asked = facts_and_asked("lunch rush = ~3k calls/hr, prompt like 2k toks, reply ~150. rest of the day chill")
    assert "tokens_per_month" not in facts and "tokens_per_month" in asked


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("We push about 1.2bn tokens a month, roughly four tokens in for every one out.", 0.8),
        ("3.5M tok/wk; in-share ≈ 0.95", 0.95),
        # the answer a third of the prompt: 900 in, 300 out
        (
            "Roughly 100k requests a week. Prompts run about 900 tokens and the outputs are around a third of that.",
            0.75,
        ),
        (
            "100k requests weekly; prompts average maybe 900 tokens, with outputs roughly one third of that length.",
            0.75,
        ),
    ],
)
def test_mixes_said_as_ratios_and_relative_sizes(text: str, share: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["input_share"] == pytest.approx(share, abs=0.005)


@pytest.mark.parametrize(
    "text",
    [
        "nobody needs it live, next mornign is fine",
        "Processing can be deferred: results are required by the following business morning.",
        "every night we run the descriptions through it and it just has to be finished by six a m",
        "It's okay if it lags one or two hours.",
        "an hour or two of delay is fine",
    ],
)
def test_more_ways_of_saying_the_answers_can_wait(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("batch_ok") is True


def test_waiting_only_asked_about_is_no_batch_tolerance_nor_deadline() -> None:
    facts, _ = facts_and_asked(
        "Is batching even worth considering? Like, would letting things wait until the next morning save real money?"
    )
    assert "batch_ok" not in facts and "batch_deadline_hours" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "Support follows the sun (Manila, then Dublin, then Austin) so there's never a quiet stretch.",
        "we run a follow-the-sun support desk",
    ],
)
def test_follow_the_sun_is_steady(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("traffic_shape") == "steady"


def test_another_features_latency_target_is_not_ours() -> None:
    facts, _ = facts_and_asked(
        "The 200ms target people keep quoting was for the old search feature, not this assistant. We haven't set one "
        "here.",
        "latency_p99_ms",
    )
    assert "latency_p99_ms" not in facts


@pytest.mark.parametrize(
    ("text", "boundary"),
    [
        (
            "We purchased sixteen A100 40GB GPUs last year for our own data centre, and all processing must stay "
            "there.",
            "on_prem",
        ),
        ("everything must remain inside our on-prem environment", "on_prem"),
        ("data must stay within our own Azure environment", "cloud_tenant"),
    ],
)
def test_where_the_data_must_stay_named_by_the_place(text: str, boundary: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("data_boundary") == boundary


def test_an_environment_of_their_own_is_asked_about_leaning_to_the_strictest() -> None:
    result = parsed(
        "Citizen case files must remain in our FedRAMP High environment; the public website FAQ bot may use any "
        "commercial vendor."
    )
    assert "data_boundary" not in {u.field for u in result.updates}
    assert "data_boundary" in result.clarify and result.leaning["data_boundary"] == "cloud_tenant"


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        ("Claude 3.5 Sonnet, ~$22K/month. Nothing below that quality. Sending data to Anthropic is fine.", "frontier"),
        ("- model: Claude 3.5 Sonnet\n- spend: $22k/mo\n- quality: can't drop below this", "frontier"),
        (
            "We self-host Llama 3 70B, the cloud bill for it is about $3,200 a month and the quality is fine.",
            "open_weight_ok",
        ),
        ("llama 3 70b self-hosted, ~$3.2k/mo, quality's fine", "open_weight_ok"),
        ("quality must be at least as good as llama 3.3 70b", "open_weight_ok"),
        (
            "we tried llama 3 70b for a month and it was rubish next to sonnet, so were sticking with claude 3.5 "
            "sonnet",
            "frontier",
        ),
        ("Honestly we gave Llama a proper go last quarter and the product descriptions were rubbish.", "frontier"),
    ],
)
def test_quality_bars_through_the_model_in_use_or_one_tried(text: str, quality: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("quality") == quality


@pytest.mark.parametrize(
    "text",
    [
        "at my last job we tried llama and it was rubbish",
        "we tried llama 2 back in 2023 and it was rubbish, but the new ones are fine",
    ],
)
def test_an_old_or_someone_elses_trial_sets_no_bar(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("quality") != "frontier"


def test_the_model_kept_after_a_trial_is_the_one_in_use() -> None:
    facts, _ = facts_and_asked("we tried mistral for a month but we're sticking with gpt-4o")
    assert facts.get("current_model") == "gpt-4o"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("4o-mini, ~$1.8k/mo, good enough", "current_spend_usd_per_month", 1800),
        ("We're paying about $12k a month for GPT-4o and leadership wants it under $5k.", "budget_usd_per_month", 5000),
        ("gpt-4o costing us 12k usd/month, need to get it below 5k", "budget_usd_per_month", 5000),
        ("gpt-4o costing us 12k usd/month, need to get it below 5k", "current_model", "gpt-4o"),
    ],
)
def test_money_and_the_model_in_terse_notes(text: str, field: str, value: object) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get(field) == value


def test_a_latency_wanted_is_no_budget() -> None:
    facts, _ = facts_and_asked("we spend $8k a month on gpt-4o and want it under 2 seconds")
    assert "budget_usd_per_month" not in facts and facts["latency_p99_ms"] == 2000


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("Peer banks report $100K+/month on LLM APIs. Context only.", "current_spend_usd_per_month"),
        (
            "our customer's a hospital so they care a lot about HIPAA, but what we're building never touches their "
            "patient data",
            "compliance",
        ),
        ("Fine-tuning keeps coming up in meetings but we haven't committed either way.", "fine_tuning"),
        ("At my last place we fine-tuned BERT for everything and ran it all on k8s.", "fine_tuning"),
        ("At my last place we fine-tuned BERT for everything and ran it all on k8s.", "team"),
        ("model=gpt-4o-mini; spend≈1800 USD/month; quality: fine as is", "fine_tuning"),
    ],
)
def test_others_undecided_and_elsewhere_state_nothing(text: str, field: str) -> None:
    facts, _ = facts_and_asked(text)
    assert field not in facts


def test_i_mean_opening_a_message_is_no_correction() -> None:
    assert "correction" not in parsed("I mean, GPT-4o quality is fine for us, and we spend about $96k a year.").intents
    assert "correction" in parsed("40k requests a day. I mean a week.").intents


def test_a_former_workplace_then_here_none_denies() -> None:
    facts, _ = facts_and_asked("back at my old place we had a sick GPU cluster. here? lol no")
    assert facts["team"] == {"gpu_infra": False}


# Probe 56: ten conversations in new voices (written by a helper, not shown the code).


def test_a_range_of_words_is_words_not_the_pages_said_before() -> None:
    facts, _ = facts_and_asked(
        "maybe two thousand drafts a month all up. the brief is usually about a page, the draft comes out 1,000-1,500 "
        "words",
        "tokens_per_month",
    )
    # 1,250 words at 4 words to 3 tokens, about 1,700 (never 1,250 pages)
    assert facts["request_output_tokens"] == pytest.approx(1700)
    assert facts["tokens_per_month"] == pytest.approx(2000 * (500 + 1700))


def test_a_side_described_never_takes_the_other_sides_figure() -> None:
    facts, _ = facts_and_asked(
        "each post maybe 300 tokens once you include the instructions (honestly the prompt is most of it), and the "
        "output is tiny, like 20 tokens of JSON. we collect roughly 2 million new posts a week, same shape."
    )
    assert (facts["request_input_tokens"], facts["request_output_tokens"]) == (300, 20)


@pytest.mark.parametrize(
    "text",
    [
        "my PI asked me to figure out the LLM situation for our project, which is basically classifying posts",
        "our project is about housing posts",
    ],
)
def test_our_project_alone_is_the_work_not_a_cloud_project(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "data_boundary" not in facts


def test_gpus_shared_with_other_groups_are_still_ours() -> None:
    facts, _ = facts_and_asked("our lab co-owns two nodes with 8x H100 each, shared with two other groups")
    assert facts["owned_gpus"] == {"gpu": "h100", "count": 16, "paid_for": True}


def test_a_backlog_due_in_weeks_is_no_latency() -> None:
    facts, _ = facts_and_asked("the backlog needs to be done in about six weeks because of a conference deadline.")
    assert "latency_kind" not in facts and "latency_p99_ms" not in facts


def test_one_cloud_allowed_on_terms_asks_where_the_data_may_go() -> None:
    result = parsed(
        "Client confidentiality is sacrosanct, but our GC is comfortable with Azure in UK South under our enterprise "
        "agreement, provided nothing is retained or used for training. We are not wedded to on-prem."
    )
    assert "data_boundary" in result.clarify and result.leaning["data_boundary"] == "cloud_tenant"


@pytest.mark.parametrize(
    "text",
    [
        "What moves the needle is accuracy.",
        "the only thing that matters is accuracy",
        "quality wise we tried gpt-4o-mini for a week and tickets escalated to humans went up noticably so we switched "
        "back",
    ],
)
def test_accuracy_said_to_decide_or_a_small_model_found_wanting_is_frontier(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("quality") == "frontier"


@pytest.mark.parametrize(
    "text",
    [
        "what matters is cost, accuracy is fine",
        "we tried llama and complaints didn't go up at all",
        "DPO still hasnt signed off on the anthropic DPA, so no idea yet if we can use apis",
    ],
)
def test_no_bar_nor_tuning_said(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("quality") != "frontier" and "fine_tuning" not in facts


def test_the_model_in_use_beside_what_is_being_weighed() -> None:
    facts, _ = facts_and_asked(
        "we have a support chatbot on gpt-4o and the bill is creeping up, trying to figure out if we shoud self host"
    )
    assert facts.get("current_model") == "gpt-4o"


def test_todays_latency_then_anothers_target_after_and() -> None:
    facts, asked = facts_and_asked(
        "This one is the problem - today with Gemini Flash the p95 is ~900 ms and search team says the full rewrite "
        "must be under 150 ms p95 or search feels slow."
    )
    assert facts["latency_p99_ms"] == 150 and "latency_p99_ms" not in asked


@pytest.mark.parametrize("text", ["Is batch.", "it's batch", "Output 350 tokens. Is batch."])
def test_is_batch_said_short(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("batch_ok") is True


@pytest.mark.parametrize(
    "text",
    [
        "Currently we spend about 38.000 EUR per month on an external service company that does the manual data entry.",
        "we spend 20k a month on people doing this by hand",
    ],
)
def test_money_paid_for_peoples_work_is_no_inference_spend(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "current_spend_usd_per_month" not in facts


def test_a_wait_made_longer_by_an_error_is_no_live_use() -> None:
    facts, _ = facts_and_asked(
        "the documents are processed in batches and results are needed by next morning. When a field is extracted "
        "wrong, a claim is paid wrongly or the customer waits longer."
    )
    assert facts.get("batch_ok") is True


def test_processing_abroad_on_the_vendors_signature_allows_vendors() -> None:
    facts, _ = facts_and_asked(
        "Data: legal says transcripts can be processed outside Nigeria if the vendor signs our DPA and the NDPA "
        "transfer clauses. Not a hard on-prem rule."
    )
    assert facts["data_boundary"] == "any_vendor"


@pytest.mark.parametrize(
    "text",
    [
        "groq keeps bragging about like 100ms to first token. cool story, we haven't even thought about what we need",
        "Vendor says 200ms TTFT. Our target: unknown.",
        "A future voice product would presumably require sub-300 ms first-token latency; however, no such product is "
        "planned.",
        "old POC (2023): ~8 s/answer\nrequirement: none defined",
    ],
)
def test_a_vendors_boast_or_a_target_said_to_be_unset_is_no_target(text: str) -> None:
    facts, _ = facts_and_asked(text, "latency_p99_ms")
    assert "latency_p99_ms" not in facts


@pytest.mark.parametrize(
    ("text", "ms"),
    [("vendor says 200ms TTFT but we need under 1s", 1000), ("groq claims 100ms, we need 500ms first token", 500)],
)
def test_our_target_beside_a_vendors_claim(text: str, ms: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["latency_p99_ms"] == ms


@pytest.mark.parametrize(
    ("text", "boundary"),
    [
        (
            "so the rule is the data stays in kenya full stop and it has to be on our own machines not the cloud our "
            "head of compliance signed that off last month",
            "on_prem",
        ),
        (
            "the ethics board approval says the patient text never leaves the hospital so it has to be our own "
            "servers in the building no cloud of any kind",
            "on_prem",
        ),
        ("hosting: own DCs (JKT + SUB)", "on_prem"),
        ("Model host must have no network connection. Compliance requirement.", "air_gapped"),
        (
            "Everyone hears 'defence supplier' and assumes air-gapped, but no — our servers are on the internet just "
            "fine. The only rule is nothing goes to public cloud or outside vendors; it runs on our own hardware.",
            "on_prem",
        ),
    ],
)
def test_boundaries_said_through_rules_and_places(text: str, boundary: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("data_boundary") == boundary


def test_a_new_clause_after_so_is_out_of_a_denials_reach() -> None:
    facts, _ = facts_and_asked("no vendor api and it must run on our own servers")
    assert facts.get("data_boundary") == "on_prem"


@pytest.mark.parametrize(
    ("text", "team"),
    [
        (
            "We have two engineers for machine learning and one man who is doing the servers and the network, only "
            "him.",
            {"ml_engineers": 2, "devops": 1},
        ),
        ("just andres, hes the ml engineer AND does all our devops lol. one guy", {"ml_engineers": 1, "devops": 1}),
        ("We don't have a single ops person — the developers push their own stuff", {"devops": 0}),
    ],
)
def test_teams_said_loosely(text: str, team: dict[str, int]) -> None:
    facts, _ = facts_and_asked(text, "team")
    assert facts["team"] == team


def test_an_implementation_partners_engineers_are_not_ours() -> None:
    facts, _ = facts_and_asked(
        "Our implementation partner, a consultancy in Bangalore, has over twenty ML engineers they could assign.",
        "team",
    )
    assert "team" not in facts


def test_several_things_sent_in_one_request_divide_the_count() -> None:
    facts, _ = facts_and_asked(
        "moderation: ~2 million chat message per day, we batch 20 message in one request, so ~1,200 token in, ~60 "
        "token out (only labels)."
    )
    assert facts["tokens_per_month"] == pytest.approx(2_000_000 / 20 * 1_260 * 30)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # about 200 tokens a minute of speech
        ("We handle about 1.2 million minutes of calls per day, average call is 6 minutes", 1_200_000 * 200 * 30),
        ("we transcribe 50,000 minutes of audio a day", 50_000 * 200 * 30),
    ],
)
def test_minutes_of_speech_over_a_period_are_a_volume(text: str, tokens: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["tokens_per_month"] == pytest.approx(tokens)


def test_a_side_holding_something_said_in_brackets_keeps_the_pair() -> None:
    facts, _ = facts_and_asked(
        "Key facts: • ~6,500 staff users • est. 25,000 requests per working day (Sun–Thu) • ~2,500 tokens in "
        "(retrieved policy chunks) and ~500 out per request"
    )
    assert (facts["request_input_tokens"], facts["request_output_tokens"]) == (2500, 500)
    assert facts["tokens_per_month"] == pytest.approx(25_000 * 3_000 * 21.67)


def test_either_of_two_own_places_is_the_wider_one() -> None:
    facts, _ = facts_and_asked("Either on-prem in our Riyadh DCs or a cloud region in KSA under our own account.")
    assert facts["data_boundary"] == "cloud_tenant"


def test_either_place_still_being_decided_is_not_stored() -> None:
    facts, _ = facts_and_asked("we're deciding: either on-prem or our own AWS account, not sure yet")
    assert "data_boundary" not in facts


def test_an_answer_a_share_of_what_goes_in_is_the_mix_the_right_way_round() -> None:
    facts, _ = facts_and_asked("QA = second call over source+target, output short, maybe 5% of what goes in")
    assert facts["input_share"] == pytest.approx(1 / 1.05, abs=0.005)  # never 5% input


def test_a_colo_rack_owned_is_no_rule_on_where_the_data_goes() -> None:
    facts, _ = facts_and_asked(
        "IT is 8 people, good with Linux and networks, we have our own colo rack in Monterrey, but no GPUs, never "
        "touched them, and no data scientists at all."
    )
    assert "data_boundary" not in facts


@pytest.mark.parametrize(
    ("text", "field", "usd"),
    [
        ("budget is like 2 grand euros monthly max, not more", "budget_usd_per_month", 2077.8),  # at 1.0389
        ("we pay 5 grand in pounds a month", "current_spend_usd_per_month", 6264.62),  # at 1.2529
        ("budget 3 grand a month", "budget_usd_per_month", 3000),
    ],
)
def test_grand_in_the_currency_said_after_it(text: str, field: str, usd: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts[field] == pytest.approx(usd, abs=0.01)
