"""Readings from the misreads found in session 45 (in the dev voices and in new helpers' files): each case here was
read wrong before the change beside it; the variants are other voices saying the same."""

from __future__ import annotations

import pytest

from tests.reading import facts_and_asked, parsed


@pytest.mark.parametrize(
    ("text", "usd"),
    [
        ("spend ~₹6L/month on APIs. 3 infra folks.", 7009.06),
        ("curent bill ~INR 4L/month, model is 4o-mini", 4672.7),
        ("we pay Rs. 3L per month on the api", 3504.53),
        ("our openai spend is 2 lakh rupees monthly", 2336.35),
    ],
)
def test_rupees_in_lakh_however_written(text: str, usd: float) -> None:
    facts, _ = facts_and_asked(text, "current_spend_usd_per_month")
    assert facts["current_spend_usd_per_month"] == pytest.approx(usd, abs=0.01)


@pytest.mark.parametrize(
    "text",
    [
        "I think the quote we got was something like 2.5 bucks per million in and ten per million out? Don't hold me "
        "to that.",
        "the reseller quoted 3 euros per million in, 12 per million out",
    ],
)
def test_a_price_by_the_million_is_no_volume_mix_nor_spend(text: str) -> None:
    facts, _ = facts_and_asked(text, "current_spend_usd_per_month")
    assert not {"current_spend_usd_per_month", "tokens_per_month", "input_share"} & set(facts)


def test_a_sum_said_to_be_no_ai_spend_is_none() -> None:
    facts, _ = facts_and_asked("aws is like 40k a month but zero of that is AI stuff rn. all on eks")
    assert "current_spend_usd_per_month" not in facts
    assert facts["team"] == {"kubernetes": True}


@pytest.mark.parametrize(
    "text",
    [
        "50/50 haiku 3 and 4o-mini. $1.8k/mo total.",
        "It's roughly half and half between Claude 3 Haiku and GPT-4o-mini. Together it's about $1,800 a month.",
    ],
)
def test_the_monthly_total_of_the_models_named_is_the_spend(text: str) -> None:
    facts, _ = facts_and_asked(text, "current_model")
    assert facts["current_spend_usd_per_month"] == 1800


def test_a_total_without_models_named_stays_unread() -> None:
    facts, _ = facts_and_asked("Our tooling is $1.8k/mo total.")
    assert "current_spend_usd_per_month" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "I want to ask you first, the open models like Llama are really same quality like GPT-4o for summary?",
        "Quick question, open models are good enough for support?",
    ],
)
def test_a_question_opened_by_its_asker_stores_no_bar(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "quality" not in facts


@pytest.mark.parametrize(
    ("text", "bar"),
    [
        ("tried llama and qwen, honestly not good enogh for our agent flows. we use claude 3.5 sonnet now", "frontier"),
        ("we tested mistral large, frankly not usable for legal drafting", "frontier"),
        (
            "so mixtral was fine in the pilot we don't need anything better than that and it's just me as the ml "
            "engineer nobody on ops",
            "open_weight_ok",
        ),
        ("Management would like to halve it without falling below frontier-model quality.", "frontier"),
        ("We would like to cut costs without losing GPT-4o quality", "frontier"),
    ],
)
def test_the_bar_said_around_other_words(text: str, bar: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["quality"] == bar


def test_a_bar_kept_only_if_something_happens_is_no_bar() -> None:
    facts, _ = facts_and_asked("if we moved, we would like to keep frontier quality")
    assert "quality" not in facts


@pytest.mark.parametrize(
    ("text", "ran"),
    [
        ("ml=7 (2 research), sre=3, k8s=EKS, gpu_prod=yes (g5), mlops=sagemaker pipelines", True),
        ("GPUs in prod: yes", True),
        ("gpu_prod=no", False),
        ("gpu experience = my gaming rig at home 😅 that's it", False),
        ("GPU experience: a gaming pc", False),
        (
            "We run a Ray cluster on plain EC2 GPU instances — no Kubernetes — and it's been in production for about a "
            "year.",
            True,
        ),
        ("we have gpu nodes but nothing in production", False),
        ("we've got gpu servers, not in production yet", False),
        ("we have gpu nodes in prod", True),
    ],
)
def test_gpus_run_in_production_said_as_a_note_or_a_home_machine(text: str, ran: bool) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["team"]["gpu_infra"] is ran


@pytest.mark.parametrize(
    "text",
    [
        "We use gpt-4o-mini now and pay around 1200 dollar per month. We can go until 2000 dollar.",
        "on 4o-mini rn, paying ~1.2k usd/mo, could strech to 2k. hipaa covered data btw",
    ],
)
def test_a_ceiling_said_after_the_spend_is_the_budget(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["current_spend_usd_per_month"] == 1200
    assert facts["budget_usd_per_month"] == 2000


@pytest.mark.parametrize(
    ("text", "share"),
    [
        (
            "For every nine tokens we send, we get roughly one back. The reports are long and the answers are short.",
            0.9,
        ),
        ("for every 4 tokens out there is one in", 0.2),
        (
            "* 60,000 scanned pages / month (old cattle registry books)\n* each page sent on its own: ~900 tokens in\n"
            "* ~100 tokens of extracted fields out",
            0.9,
        ),
    ],
)
def test_sides_said_as_a_ratio_or_on_lines_of_their_own(text: str, share: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["input_share"] == pytest.approx(share)


def test_a_size_said_with_an_apostrophe_s_is_read() -> None:
    facts, _ = facts_and_asked(
        "ticket firehose is ~7k a week, each thread's like 1200 tokens and the drafted reply is ~300"
    )
    assert facts["tokens_per_month"] == pytest.approx(7000 * 1500 * 30 / 7)
    assert (facts["request_input_tokens"], facts["request_output_tokens"]) == (1200, 300)


@pytest.mark.parametrize(
    "text",
    [
        "For the documents backlog, even if it takes one full day to return, it is okay for us.",
        "latency doesn't really matter it all runs overnight and we read it in the morning",
        "it's a night batch so latency doesn't matter",
        "Results are only needed the following morning.",
        "answers may be produced overnight; nothing is user-facing.",
    ],
)
def test_a_wait_accepted_in_other_words_is_batch(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["batch_ok"] is True


@pytest.mark.parametrize(
    "text",
    [
        "Live customer chat. p99 under 3 s for the full reply.",
        "It's an interactive chat widget, used during the working week 9 to 6, and we want the first token in half a "
        "second.",
        "We looked at OpenAI's Batch API, but our users need answers within seconds, so that's out.",
        "We checked the Batch API of OpenAI, but it is not possible for us, because user needs answer immediately.",
    ],
)
def test_a_live_product_or_a_batch_api_ruled_out_is_no_batch(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["batch_ok"] is False


@pytest.mark.parametrize(
    "text", ["if it takes one full day to return, it is okay for us?", "it doesn't run overnight", "overnight? no way"]
)
def test_a_wait_asked_about_or_denied_is_no_batch(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("batch_ok") is not True


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("Our usage is 1.2 billion tokens per month. Sorry, it is 120 million, I wrote one zero too many.", 120e6),
        ("1.2B/mo. no, 120M, typo", 120e6),
        ("35M tok/day, no wait per week", 150e6),
        ("35M tokens/day, sorry, per week", 150e6),
        ("Last I checked the usage dashboard said around 80M tokens for the month, but don't hold me to it.", 80e6),
        ("we did 5M tokens for the whole week", 5e6 * 30 / 7),
    ],
)
def test_a_volume_put_right_or_said_for_the_month(text: str, volume: float) -> None:
    facts, _ = facts_and_asked(text, "tokens_per_month")
    assert facts["tokens_per_month"] == pytest.approx(volume)


@pytest.mark.parametrize(
    "text",
    [
        "¥1.5M a month, roughly",
        "The pilot did about 2M tokens a day with 50 users. Rolling out to all 2,000 staff is on the table but not "
        "decided.",
        "pilot (done): ~2M tok/day, 50 users. prod: ???",
        "The Fireworks representative suggested customers of our size typically run about 500M tokens a month, but "
        "that is his estimate, not our data.",
        "we need 2M tokens for the day's report",
    ],
)
def test_money_a_pilot_or_a_vendors_guess_is_no_volume(text: str) -> None:
    facts, _ = facts_and_asked(text, "tokens_per_month")
    assert "tokens_per_month" not in facts


def test_a_pilot_running_today_gives_the_volume() -> None:
    facts, _ = facts_and_asked("our pilot does 2M tokens a day")
    assert facts["tokens_per_month"] == pytest.approx(60e6)


def test_an_invoices_total_is_the_spend() -> None:
    facts, _ = facts_and_asked(
        "from last month's invoice:\nAnthropic API | claude-3-5-sonnet-20241022 | input 400M tok $1,200.00 | output "
        "100M tok $1,500.00 | total $2,700.00",
        "current_spend_usd_per_month",
    )
    assert facts["current_spend_usd_per_month"] == 2700


@pytest.mark.parametrize(
    "text",
    [
        "Budget is somewhere between 5 and 8k a month, finance hasn't locked it down.",
        "$5-8K/mo range. Not final.",
        "If the board approves the Q3 plan we'd have about $10k a month, but that's not decided.",
        "budget TBD. maybe 10k/mo if the board signs off",
    ],
)
def test_a_budget_not_settled_is_asked_about(text: str) -> None:
    facts, asked = facts_and_asked(text, "budget_usd_per_month")
    assert "budget_usd_per_month" not in facts
    assert "budget_usd_per_month" in asked


def test_a_settled_budget_beside_another_undecided_thing_stands() -> None:
    facts, _ = facts_and_asked("Fine-tuning is not decided. Budget is 5k a month.")
    assert facts["budget_usd_per_month"] == 5000


@pytest.mark.parametrize(
    ("text", "spend"),
    [
        ("We're spending about $9k a month on OpenAI. Sorry, that's the quarterly number. So ~$3k a month.", 3000),
        ("actual: gpt-4o · ~1.200 €/mes", 1246.68),
    ],
)
def test_spend_put_right_or_said_in_a_note(text: str, spend: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["current_spend_usd_per_month"] == pytest.approx(spend, abs=0.01)


def test_another_products_past_spend_is_none() -> None:
    facts, _ = facts_and_asked(
        "Last year we were at roughly $15k a month on GPT-4, but that was for a different product we've since shut "
        "down. This new one hasn't launched."
    )
    assert "current_spend_usd_per_month" not in facts


@pytest.mark.parametrize(
    ("text", "model"),
    [
        (
            "pasting from our cost sheet:\nService | Model | Monthly cost | Owner\nOpenAI API | gpt-4o-mini | $640 | "
            "support-eng",
            "gpt-4o-mini",
        ),
        ("actual: gpt-4o · ~1.200 €/mes", "gpt-4o"),
    ],
)
def test_the_one_model_beside_todays_spend_is_the_one_in_use(text: str, model: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["current_model"] == model


def test_a_model_asked_about_beside_the_spend_is_no_model_in_use() -> None:
    facts, _ = facts_and_asked("we spend $2k a month; would gpt-4o be cheaper?")
    assert "current_model" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "I'm the tech director for a K-12 district in Texas. Board policy says student info has to stay in-state, and "
        "whatever we use has to run inside our own Azure tenant (South Central US).",
        "district policy: student data stays in Texas, our own azure tenant only, no outside AI vendors",
        "Only in Europe, the data. Is a requirement from our legal department.",
    ],
)
def test_a_residency_rule_on_a_state_or_fronted(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["compliance"] == ["data_residency"]


def test_a_us_state_is_a_us_region() -> None:
    facts, _ = facts_and_asked("district policy: student data stays in Texas, our own azure tenant only")
    assert facts["data_region"] == "us"


@pytest.mark.parametrize(
    "text",
    [
        "Our sister hospital across the state runs everything on-prem because of HIPAA, but I honestly don't know yet "
        "what our own policy will be for this.",
        "so our other contract the one with the navy that one is fully air gapped but this one is the unclassified "
        "benefits portal and I honestly don't know yet what the rule is",
        "Vietnam has those data localization rules, but we only sell in Thailand and Malaysia, so that doesn't touch "
        "us.",
        "We're PCI DSS level 1 for checkout, but the support bot never sees card numbers, so PCI shouldn't matter for "
        "this one.",
        "PCI covers our payments stack only, chatbot's out of scope",
    ],
)
def test_another_sites_rules_or_a_regime_out_of_this_scope_is_none(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "compliance" not in facts
    assert "data_boundary" not in facts


@pytest.mark.parametrize(
    ("text", "regimes"),
    [("HIPAA applies, but GDPR doesn't touch us", ["hipaa"]), ("we're under HIPAA and it does matter", ["hipaa"])],
)
def test_the_regime_that_applies_stays_beside_one_set_aside(text: str, regimes: list[str]) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["compliance"] == regimes


@pytest.mark.parametrize(
    ("text", "boundary"),
    [
        (
            "were a hosptial so hipaa applies, and our CISO wont approve anything leaving the building. not even our "
            "own azure subscription",
            "on_prem",
        ),
        (
            "Technically we could use OpenAI if we wanted, legal signed off on it last quarter. We'd just prefer to "
            "keep things in our own AWS account if the cost works out.",
            "any_vendor",
        ),
        ("We'd prefer to keep data in our own AWS account, it is required by legal", "cloud_tenant"),
    ],
)
def test_a_refused_sign_off_a_permission_and_a_preference(text: str, boundary: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["data_boundary"] == boundary


def test_a_place_only_wished_for_is_no_boundary() -> None:
    facts, _ = facts_and_asked("we'd prefer everything stays on our own servers, if the numbers work")
    assert "data_boundary" not in facts


def test_a_model_needed_beside_the_spend_is_no_model_in_use() -> None:
    facts, _ = facts_and_asked(
        "about 60% of prompts are easy classification, the rest really need GPT-5; we spend $40k a month"
    )
    assert "current_model" not in facts


@pytest.mark.parametrize(
    ("text", "team"),
    [
        (
            "two AI engineers and one half-time SRE (she splits her week with the payments squad)",
            {"ml_engineers": 2, "devops": 1},
        ),
        ("Our team is ML engineer 2 people, devops 1 people.", {"ml_engineers": 2, "devops": 1}),
        ("priya + tom do the servers", {"devops": 2}),
        ("Rafael and Inês run our infra.", {"devops": 2}),
        ("In the team we have Priya and Tom that take care of the servers.", {"devops": 2}),
        ("Wei, he is our ML engineer", {"ml_engineers": 1}),
        ("three of them are ML engineers and one is our platform engineer", {"ml_engineers": 3, "devops": 1}),
        ("3 ML engs + Dmitri, aka the guy who keeps the EKS cluster alive", {"ml_engineers": 3, "devops": 1}),
        (
            "We're three ML engineers and one poor soul (Dmitri) whose whole job is keeping our EKS cluster from "
            "falling over.",
            {"ml_engineers": 3, "devops": 1},
        ),
        ("we have 2 SREs, our new hire starts in march", {"devops": 2}),
    ],
)
def test_people_counted_by_name_role_or_what_they_keep_running(text: str, team: dict[str, int]) -> None:
    facts, _ = facts_and_asked(text, "team")
    said = facts["team"]
    assert {k: said.get(k) for k in team} == team


@pytest.mark.parametrize(
    "text",
    [
        "We have never operated GPUs, and the MLOps engineer we hired does not start until January.",
        "own DC only. never ran gpus. mlops hire starts jan.",
    ],
)
def test_a_hire_who_has_not_started_is_not_on_the_team(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "mlops" not in facts["team"]


def test_a_hire_not_started_leaves_todays_zero() -> None:
    facts, _ = facts_and_asked(
        "At this moment we don't have any devops person. One SRE is hired, she will start in March.", "team"
    )
    assert facts["team"]["devops"] == 0


def test_a_makeshift_practice_is_none() -> None:
    facts, _ = facts_and_asked("never touched a GPU in prod. our mlops = a notebook and a prayer")
    assert facts["team"] == {"mlops": False, "gpu_infra": False}


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("p95 maybe 800ms?", 800),
        ("Ideally 300 ms end-to-end, but 500 is the hard ceiling.", 500),
        ("ideally three hundred milliseconds end to end but five hundred is the absolute max", 500),
        ("ideally 300ms, hard max 500ms", 500),
    ],
)
def test_a_hedged_target_or_the_hard_limit_beside_a_wish(text: str, ms: float) -> None:
    facts, _ = facts_and_asked(text, "latency_p99_ms")
    assert facts["latency_p99_ms"] == ms
    assert "budget_usd_per_month" not in facts


def test_a_latency_target_not_settled_is_asked() -> None:
    facts, asked = facts_and_asked(
        "We haven't settled the latency target. Product wants 1 s, eng says 3 s is realistic.", "latency_p99_ms"
    )
    assert "latency_p99_ms" not in facts
    assert "latency_p99_ms" in asked


def test_a_budget_beside_a_latency_in_one_sentence_stays() -> None:
    facts, _ = facts_and_asked("latency under 800ms and budget 5k a month max")
    assert (facts["latency_p99_ms"], facts["budget_usd_per_month"]) == (800, 5000)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("It's autocomplete in our IDE plugin, so it has to feel instant.", "batch_ok", False),
        (
            "We're two ML engineers and one DevOps guy, everything runs on AKS, and nothing is allowed to leave our "
            "Azure tenant.",
            "data_boundary",
            "cloud_tenant",
        ),
        (
            "Important is first token come in 300ms. After that it is streaming so total time is ok.",
            "latency_kind",
            "ttft",
        ),
        ("needs to start spitting out text in under a sec", "latency_kind", "ttft"),
    ],
)
def test_more_ways_to_say_live_a_tenant_and_the_first_token(text: str, field: str, value: object) -> None:
    facts, _ = facts_and_asked(text)
    assert facts[field] == value


def test_people_who_tend_the_servers_say_nothing_of_where_data_goes() -> None:
    facts, _ = facts_and_asked(
        "Priya and Tom keep our servers running. Wei is the one who trains and deploys the models."
    )
    assert "data_boundary" not in facts


def test_a_parent_companys_cluster_is_not_ours() -> None:
    facts, _ = facts_and_asked(
        "The group (our mother company) has big platform team with OpenShift. We are not allowed to use it, we are "
        "separate firm."
    )
    assert "kubernetes" not in facts.get("team", {})


def test_gpus_in_production_said_in_a_note() -> None:
    facts, _ = facts_and_asked("gpus: 8x L40S (purchased, racked, in prod for image gen)")
    assert facts["team"]["gpu_infra"] is True


@pytest.mark.parametrize(
    "text",
    [
        "we get about thirty thousand chats a day from smallholder farmers, and it goes completely nuts around "
        "harvest.",
        "across the ski season we process roughly 900 million tokens per quarter, with pronounced peaks on weekends in "
        "january and february.",
        "we chew thru like 900m tokens a quarter, absolutely slammed on winter weekends tho, dead in between",
        "the day the ferry schedules go live we see like ten times the normal load for a few hours, then it drops "
        "right back.",
        "on match days the club app peaks around three million tokens an hour, the rest of the week it's a trickle.",
    ],
)
def test_peaks_said_in_other_words_are_bursty(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["traffic_shape"] == "bursty"


@pytest.mark.parametrize(
    "text",
    [
        "simple_share ≈ 0.7 (opening hours, ferry times); rest needs actual reasoning",
        "Honestly around 60% of what comes in is dumb FAQ stuff, password resets, opening hours, that kind of thing.",
        "5-15k/mo, varies a lot",
        "the rule they gave us is Bedrock is fine and OpenAI directly isn't. That part's been consistent, at least.",
        "Our main website gets slammed on Black Friday, but the assistant we're building is for the warehouse staff, "
        "so no idea what its traffic will look like yet.",
        "The storefront is super spiky around sales, but this internal tool is kind of a different thing and I don't "
        "really know its pattern, sorry.",
        "Our largest customer experiences heavy seasonal peaks around tax season; our own platform traffic has not yet "
        "been analysed.",
        "traffic would be spiky if we launched in the US",
    ],
)
def test_a_shape_word_about_something_else_is_no_traffic(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "traffic_shape" not in facts


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("traffic (office hours only)", "business_hours"),
        ("usage is only during opening hours", "business_hours"),
        (
            "Marketing keeps talking about a Super Bowl ad that would spike us like crazy, but nobody's signed off on "
            "it, and today traffic is pretty steady day and night.",
            "steady",
        ),
    ],
)
def test_the_shape_said_beside_those_stays(text: str, shape: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["traffic_shape"] == shape


@pytest.mark.parametrize(
    ("text", "ran"),
    [
        (
            "We own four A100 80GB cards, purchased last year, which already run our computer-vision models in "
            "production.",
            True,
        ),
        ("Earlier was gpt-3.5-turbo, now Qwen2.5 14B on 2x RTX 4090 (our own, bought), in prod.", True),
        (
            "We serve our own fine-tuned Mistral 7B for rewriting product descriptions. It runs on two A10G instances "
            "that we rent on-demand from AWS, no reservations.",
            True,
        ),
        ("we have 2 A100s but nothing in production yet", False),
    ],
)
def test_gpus_said_to_serve_in_production(text: str, ran: bool) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["team"]["gpu_infra"] is ran


@pytest.mark.parametrize(
    "text",
    ["we plan to buy 4 H100s to serve our models in production", "we want to serve llama. it would run on two A10Gs"],
)
def test_gpus_planned_to_serve_are_no_experience(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "gpu_infra" not in facts.get("team", {})


def test_a_product_of_millions_is_written_back_without_an_exponent() -> None:
    # 25 million conversations x 6 messages is 150,000,000 messages: once written "1.5e+08", read as 8 messages
    facts, _ = facts_and_asked(
        "The chat have around 25 mil conversations per month, each conversation is like 6 messages, more or less 700 "
        "tokens in and 150 tokens out for each message."
    )
    assert facts["tokens_per_month"] == pytest.approx(25e6 * 6 * 850)


def test_east_asian_scales_of_millions_are_read_whole() -> None:
    facts, _ = facts_and_asked("we have 500万 tokens a day")
    assert facts["tokens_per_month"] == pytest.approx(5e6 * 30)


@pytest.mark.parametrize(
    ("text", "volume"),
    [
        ("~60M tokens in. Out maybe 5M. Per week, not month.", 65e6 * 30 / 7),
        ("~60M tokens in, out maybe 5M, per week", 65e6 * 30 / 7),
    ],
)
def test_sides_said_one_figure_first_one_label_first(text: str, volume: float) -> None:
    facts, _ = facts_and_asked(text, "tokens_per_month")
    assert facts["tokens_per_month"] == pytest.approx(volume)
    assert facts["input_share"] == pytest.approx(60 / 65)


def test_monthly_active_users_are_people_not_tokens() -> None:
    result = parsed("~2k monthly active users", "tokens_per_month")
    assert "tokens_per_month" not in result.fields()
    assert result.confirm is None


def test_people_writing_so_many_on_average_is_a_rate_per_person() -> None:
    from assistant.interview.reading import parse_message

    text = "each entry is like 300 tokens in, reply around 120 tokens. people write maybe 3 entries a week on average"
    with_heads = parse_message(text, [], heads={"user": 2000.0})
    volume = next(u.value for u in with_heads.updates if u.field == "tokens_per_month")
    assert volume == pytest.approx(2000 * 3 * 30 / 7 * 420)
    alone = parse_message(text, [])
    assert "tokens_per_month" not in alone.fields()
    assert "tokens_per_month" in alone.clarify


@pytest.mark.parametrize(
    ("text", "tuning"),
    [
        ("We looked at fine-tuning pretty seriously last quarter and decided against it.", False),
        ("We had a proper look at fine-tuning and binned the idea, far too much faff for what we'd gain.", False),
        ("We already serve a fine-tuned Mistral for headlines on four A100 80GB cards we bought last year.", True),
        ("we want to fine-tune, the old plan was dropped", True),
    ],
)
def test_fine_tuning_turned_down_or_already_served(text: str, tuning: bool) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["fine_tuning"] is tuning


def test_someone_elses_fine_tune_is_no_plan() -> None:
    facts, _ = facts_and_asked("it's a community fine-tune of Mistral off HF, not ours")
    assert "fine_tuning" not in facts


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("3 AI engineers + 1 devops, gpt-4o-mini ~$900 a month, big spikes on sale days", "bursty"),
        ("baseline ~3 RPS, harvest (Nov-Dec) peaks ~60 RPS", "bursty"),
        ("patch drops, everyone logs on, npc chat gets absolutely hammered for like 48h then back to chill", "bursty"),
        ("Usage is near zero most of the year and goes mental at harvest.", "bursty"),
        ("our discord bot gets absolutely cooked on weekends lol. like 10x the weekday load", "bursty"),
        (
            "The usage is mainly during office hours, by evening time it has dropped drastically, and Saturday and "
            "Sunday nobody is using it.",
            "business_hours",
        ),
    ],
)
def test_more_shapes_in_new_voices(text: str, shape: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["traffic_shape"] == shape


def test_zero_usage_denied_is_still_a_denial() -> None:
    facts, _ = facts_and_asked("there are zero spikes, it's flat")
    assert facts.get("traffic_shape") != "bursty"


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("About 70% of calls are bin days, council tax due dates and opening hours. Dead simple stuff.", 0.7),
        ("Approximately seventy per cent of enquiries are routine and could be handled by a basic model.", 0.7),
        ("prob 60/40 easy vs hard", 0.6),
        (
            "Roughly 30% of queries are just 'what's the weather doing' or 'can I spray today' type stuff, the other "
            "70% need proper agronomy reasoning.",
            0.3,
        ),
    ],
)
def test_simple_shares_in_new_voices(text: str, share: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["simple_share"] == pytest.approx(share)
    assert "traffic_shape" not in facts


def test_a_share_of_users_is_no_share_of_requests() -> None:
    facts, _ = facts_and_asked(
        "80% of our users only ever use the parcel tracking lookup, the rest poke at everything."
    )
    assert "simple_share" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "The tool is for our 200 call-centre agents, who work 8am to 6pm Monday to Friday. Each agent handles about "
        "150 calls a day and we'd summarise every single call: roughly 3,000 tokens of transcript in and a 250-token "
        "summary out.",
        "200 agents, Mon-Fri 8-6, ~150 calls each per working day; each summary is ~3k tokens in, ~250 out.",
    ],
)
def test_a_rate_per_person_is_no_count_of_turns_besides(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["tokens_per_month"] == pytest.approx(200 * 150 * 3250 * 21.67, rel=0.01)


@pytest.mark.parametrize(
    "text",
    [
        '{"peak_rpm": 300, "prompt_tokens_avg": 1200, "completion_tokens_avg": 400, "ttft_p99_ms": 700}',
        "llm_workload:\n  peak_rpm: 300\n  avg_prompt_tokens: 1200\n  avg_completion_tokens: 400\n  p99_ttft_ms: 700",
    ],
)
def test_a_notes_keys_written_as_code(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert (facts["request_input_tokens"], facts["request_output_tokens"]) == (1200, 400)
    assert (facts["latency_p99_ms"], facts["latency_kind"]) == (700, "ttft")
    assert "tokens_per_month" not in facts  # a peak rate is no month's volume


def test_a_requests_a_day_note_with_sides_as_code() -> None:
    facts, _ = facts_and_asked("ml_eng=1, sre=2, k8s=EKS, req/day=20000, tok_in=1500, tok_out=300")
    assert facts["tokens_per_month"] == pytest.approx(20000 * 1800 * 30)


@pytest.mark.parametrize(
    "text", ["2.5bn tok/mo, 90% prompt, 4o-mini", "200M tokens/month, all gpt-4o-mini, budget $3k/month"]
)
def test_the_one_model_beside_todays_volume_is_the_one_in_use(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["current_model"] == "gpt-4o-mini"


@pytest.mark.parametrize(
    "text",
    [
        "we do 200M tokens a month and are thinking about llama 3.3 70b",
        "200M tokens a month; is gpt-4o-mini good enough?",
    ],
)
def test_a_model_weighed_beside_the_volume_is_no_model_in_use(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "current_model" not in facts
