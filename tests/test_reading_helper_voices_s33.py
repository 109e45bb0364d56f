"""Readings from a third development set (session 33): volumes and mixes, teams and batch, where data may go, the
quality bar and money. Each rule has sentences in new voices and the near misses it must leave alone; the expected
values are worked out by hand (a day is 1/30 of a month, a working day 1/21.667)."""

from __future__ import annotations

import pytest

from tests.reading import facts, facts_and_asked

DAY = 30
WORKDAY = 21.67  # 52 x 5 / 12, rounded as tools/data/working_days.toml has it


# ---------------------------------------------------------------------------------------- a count's own period


@pytest.mark.parametrize(
    "text",
    [
        "we handle ~40k calls a workday, the call logs are like 2.7k tokens",
        "about 12k support chats per day; a chat transcript is maybe 900 tokens",
        "3,000 invoices every day and the extracted json is around 400 tokens",
    ],
)
def test_a_token_figure_too_small_for_the_count_is_no_volume(text: str) -> None:
    # 2.7k tokens a day for 40k calls would be a fraction of a token each: the size of one, never the day's total
    assert "tokens_per_month" not in facts(text)


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("we get 300 tickets a day and use about 2M tokens", 2e6 * DAY),  # 6.7k tokens a ticket: the day's total
        ("we run 8 hours a day, about 2M tokens", 2e6 * DAY),  # hours are no count of things
        ("we push 5M tokens of text a day", 5e6 * DAY),
    ],
)
def test_a_token_figure_large_enough_shares_the_period(text: str, per_month: float) -> None:
    assert facts(text)["tokens_per_month"] == pytest.approx(per_month)


def test_typos_of_the_items_counted_are_read() -> None:
    got = facts(
        "call centre does ~40k calls a workday, transcrpts are like 2.7k tokens, sumary ~300. we're only open office "
        "hours"
    )
    assert got["request_input_tokens"] == 2700
    assert got["request_output_tokens"] == 300
    assert got["tokens_per_month"] == pytest.approx(40_000 * 3_000 * WORKDAY, rel=0.002)


def test_summarise_is_no_typo_of_summaries() -> None:
    got = facts("we summarise transcripts of 10 minute calls", "request_size")
    assert "request_input_tokens" in got and "request_output_tokens" not in got


# --------------------------------------------------------------------------------- prices, quotas, allowances


@pytest.mark.parametrize(
    "text",
    [
        "budget 10k a month, price $5 per million tokens",
        "Not sure about tokens, but we've got a budget of about fifteen grand a month, and the quote we got was "
        "$2.50 per million tokens.",
        "Our Azure OpenAI deployment has a quota of 2 million tokens per minute.",
        "we have a rate limit of 2M tokens per minute",
        "Our current contract includes 10M tokens a month, but I don't know how much of that we actually use.",
        "the enterprise plan allows 50M tokens a month",
    ],
)
def test_a_price_unit_a_quota_or_an_allowance_is_no_volume(text: str) -> None:
    assert "tokens_per_month" not in facts(text)


def test_usage_beside_its_quota_is_read() -> None:
    assert facts("we use 50M tokens a month, our quota is 100M")["tokens_per_month"] == 50e6


def test_a_vendor_quote_leaves_the_budget_read() -> None:
    got = facts("budget is 15k a month. the quote we got was $2.50.")
    assert got["budget_usd_per_month"] == 15000


def test_an_article_quoted_is_still_checked_not_read() -> None:
    assert facts("the article quotes $4,000 a month for an H100, is that right?") == {}


@pytest.mark.parametrize("text", ["our TPM limit is 2M", "we're throttled at a 2M tokens per minute rate limit"])
def test_a_rate_limit_is_no_money(text: str) -> None:
    got = facts(text)
    assert "budget_usd_per_month" not in got and "current_spend_usd_per_month" not in got


# -------------------------------------------------------------------------------------------- what is spent


@pytest.mark.parametrize(
    "text", ["zero. nothing in prod yet.", "$0", "none so far", "nothing, we don't use any API yet"]
)
def test_nothing_answers_what_is_spent(text: str) -> None:
    assert facts(text, "current_spend_usd_per_month")["current_spend_usd_per_month"] == 0


def test_no_existing_spend_said_unasked() -> None:
    got = facts("We do not currently use any hosted model, so there is no existing inference spend.")
    assert got["current_spend_usd_per_month"] == 0


def test_zero_gpus_is_no_spend() -> None:
    assert "current_spend_usd_per_month" not in facts("zero gpus lol", "current_spend_usd_per_month")


def test_until_now_in_the_present_is_today() -> None:
    got = facts(
        "We have no experience with running GPUs in production, until now we only use gpt-4o, around 3000 dollar "
        "per month."
    )
    assert got["current_model"] == "gpt-4o"
    assert got["current_spend_usd_per_month"] == 3000


def test_until_now_after_a_past_tense_ends_today() -> None:
    assert "team" not in facts("we had 2 SREs until now")


def test_a_spend_until_a_month_gone_by_is_not_today() -> None:
    got = facts("we where at $20k/month on gpt-4o til march, swiched everything to 4o-mini, now its ~$8k a month")
    assert got["current_spend_usd_per_month"] == 8000


# ---------------------------------------------------------------------------------------- corrections, words


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("we do about 4M tokens a month.. wait no sorry 40M, missed a zero", 40e6),
        ("about 4M tokens a month, sorry 40M", 40e6),
        ("150M tokens a month. Oh wait, that 150M is per week, not per month, sorry.", 150e6 * 30 / 7),
    ],
)
def test_a_figure_taken_back_in_the_same_message(text: str, per_month: float) -> None:
    assert facts(text)["tokens_per_month"] == pytest.approx(per_month)


def test_an_apology_before_another_kind_of_figure_corrects_nothing() -> None:
    got = facts("4M tokens a month. sorry for the typos. 3 ML engineers")
    assert got["tokens_per_month"] == 4e6
    assert got["team"] == {"ml_engineers": 3}


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("quarter of a billion per month", 250e6),
        ("three quarters of a million tokens a day", 750e3 * DAY),
        (
            "one point five million requests a month roughly nine hundred tokens in and a hundred fifty out each",
            1.575e9,
        ),
        ("vol: 3M tok / business day", 3e6 * WORKDAY),
        ("3M tokens/workday", 3e6 * WORKDAY),
        (
            "We receive approximately 12,000 requests per one day. Each request has about 1,800 input tokens and about "
            "300 output tokens.",
            12_000 * 2_100 * DAY,
        ),
    ],
)
def test_volumes_in_more_words(text: str, per_month: float) -> None:
    assert facts(text)["tokens_per_month"] == pytest.approx(per_month, rel=0.002)


def test_a_share_of_what_comes_in_is_no_mix() -> None:
    got = facts("so about seventy percent of what comes in is the basic stuff where is my order")
    assert "input_share" not in got
    assert got["simple_share"] == 0.7


def test_a_share_of_what_is_sent_in_is_the_mix() -> None:
    assert facts("70% of what we send in is prompt")["input_share"] == 0.7


# ------------------------------------------------------------------------------------ lists, pasts and hopes


def test_a_bullet_list_keeps_its_volume_beside_the_mix() -> None:
    got = facts(
        "- ~500M tokens/month\n- ~85% of that is input\n- maybe 30% of requests are trivial enough for a small model"
    )
    assert got["tokens_per_month"] == 500e6
    assert got["input_share"] == 0.85


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("- chat: ~100M tok/mo\n- nightly report summaries: ~50M tok/mo", 150e6),
        ("chat: 5M tokens/day\nsummaries: 2M tokens/day", 7e6 * DAY),
    ],
)
def test_workloads_listed_a_line_each_add_up(text: str, per_month: float) -> None:
    assert facts(text)["tokens_per_month"] == pytest.approx(per_month)


@pytest.mark.parametrize(
    "text", ["peak: 10M tokens/day\naverage: 5M tokens/day", "last year: 2M tokens/day\nnow: 5M tokens/day"]
)
def test_lines_of_one_workload_are_not_added(text: str) -> None:
    got, asked = facts_and_asked(text)
    assert "tokens_per_month" not in got  # which one is today's is asked
    assert "tokens_per_month" in asked


@pytest.mark.parametrize(
    "text",
    [
        "Last year we were doing about 2M tokens a day on the old chatbot, but we shut that down and the new product "
        "isn't live yet.",
        "Marketing hopes we'll get to 300 million tokens a month once the feature launches, but that's a wish.",
        "After the launch it will be maybe 200 million tokens monthly, but this is not sure yet",
        "~100k tokens/hour when it's busy",
    ],
)
def test_an_ended_a_hoped_or_a_busy_hour_volume_is_not_today(text: str) -> None:
    assert "tokens_per_month" not in facts(text)


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("the usage will be about 2M tokens a day", 2e6 * DAY),  # a system not yet live states its volume
        ("we do 2M tokens a day, hopefully more soon", 2e6 * DAY),
        ("we shut down the old bot; the new one does 3M tokens a day", 3e6 * DAY),
    ],
)
def test_todays_volume_beside_a_hope_or_an_ended_one(text: str, per_month: float) -> None:
    assert facts(text)["tokens_per_month"] == pytest.approx(per_month)


# ------------------------------------------------------------------------------------------------------ teams


@pytest.mark.parametrize(
    ("text", "team"),
    [
        (
            "We have one ML engineer, and she sort of doubles as our DevOps too, since nobody else does it.",
            {"ml_engineers": 1, "devops": 1},
        ),
        ("just one ml engineer and she also does all the devops", {"ml_engineers": 1, "devops": 1}),
        ("one SRE, who also handles the ML side", {"devops": 1, "ml_engineers": 1}),
        ("one ML engineer; she doubles as our data analyst", {"ml_engineers": 1}),
    ],
)
def test_one_person_doing_both_jobs_counts_in_both(text: str, team: dict[str, int]) -> None:
    assert facts(text)["team"] == team


@pytest.mark.parametrize(
    "text",
    [
        "it's literally just me lol. I do the models AND the servers.",
        "im the only engneer here, doing both the model stuff and the infra.",
        "ml and ops = me",
    ],
)
def test_alone_doing_models_and_servers(text: str) -> None:
    assert facts(text)["team"] == {"ml_engineers": 1, "devops": 1}


def test_alone_calling_an_api_runs_no_models() -> None:
    assert facts("it's just me, I call the OpenAI API", "team").get("team", {}).get("ml_engineers") in (None, 0)


@pytest.mark.parametrize(
    ("text", "ml"),
    [
        ("We had one ML engineer but he left the company in March, so now we don't have any.", 0),
        ("we had 4 MLEs, 2 left in March", 2),
        ("we have 2 MLEs and one is leaving in March", 2),  # still here today
    ],
)
def test_who_left_in_a_month_gone_by(text: str, ml: int) -> None:
    assert facts(text)["team"]["ml_engineers"] == ml


def test_data_scientists_who_deploy_their_own_models_count() -> None:
    got = facts("We have three data scientists, and they deploy and serve their own models on SageMaker endpoints.")
    assert got["team"] == {"ml_engineers": 3}


def test_data_scientists_alone_are_asked_about() -> None:
    got, asked = facts_and_asked("we have 4 data scientists")
    assert "team" not in got and "team" in asked


@pytest.mark.parametrize(
    "text",
    [
        "Our client — a big retail bank — has something like 40 data scientists and their own OpenShift platform, but "
        "none of that is ours; on our side it's just the three of us building this.",
        "For context, the customer has a sizeable ML organisation and runs OpenShift; none of that is available to us "
        "as the vendor.",
    ],
)
def test_a_clients_setup_said_not_to_be_ours(text: str) -> None:
    assert "kubernetes" not in facts(text).get("team", {})


def test_our_own_platform_stays_ours() -> None:
    assert facts("we run EKS, none of that is ours to change")["team"]["kubernetes"] is True


def test_gpu_experience_on_a_home_rig_is_none_in_production() -> None:
    assert facts("our GPU experience is a gaming rig at home")["team"]["gpu_infra"] is False


# ------------------------------------------------------------------------------- where data goes, regimes, money


@pytest.mark.parametrize(
    "text",
    [
        "It's a log-triage bot for our network ops, so it never sleeps",
        "our hardware costs are high",
        "a chatbot for our network team, about 2M tokens a day",
    ],
)
def test_what_works_on_our_network_is_no_boundary(text: str) -> None:
    assert "data_boundary" not in facts(text)


@pytest.mark.parametrize("text", ["it has to stay in our network", "only on our servers"])
def test_our_network_as_a_place_is_on_prem(text: str) -> None:
    assert facts(text)["data_boundary"] == "on_prem"


@pytest.mark.parametrize(
    "text",
    [
        "Client is FedRAMP. We're not in scope.",
        "Our biggest customer is a federal agency and they're FedRAMP everything on their side, but our product isn't "
        "in their scope.",
    ],
)
def test_a_regime_of_a_client_we_are_out_of_scope_of(text: str) -> None:
    assert "compliance" not in facts(text)


def test_a_regime_in_scope_is_ours() -> None:
    assert facts("we are HIPAA, and this product is in scope")["compliance"] == ["hipaa"]


@pytest.mark.parametrize(
    "text",
    [
        "last gig burned 50k/mo on gpt-4, never again",
        "Together quoted us $3,200 a month for a dedicated Llama endpoint, and AWS came back with something like $9k "
        "for reserved GPUs. We haven't signed either.",
    ],
)
def test_a_past_job_or_a_vendor_bid_is_no_spend(text: str) -> None:
    assert "current_spend_usd_per_month" not in facts(text)


def test_usage_covered_by_credits_costs_nothing() -> None:
    got = facts("We currently incur no cost at all; our usage is covered by cloud credits until the end of Q2.")
    assert got["current_spend_usd_per_month"] == 0


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("it's just tagging support tickets into 12 buckets, an 8B would crush it tbh", True),
        ("would an 8B handle it?", False),
        ("an 8B would not handle it", False),
    ],
)
def test_a_small_model_named_by_its_size_alone(text: str, ok: bool) -> None:
    assert (facts(text).get("quality") == "open_weight_ok") is ok


# ------------------------------------------------------------------------------------------------------ batch


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("A 24-hour turnaround is acceptable for the document backlog.", True),
        ("honestly nobody needs these contract reviews back the same day we could run them over the weekend", True),
        ("- contract review\n- same-day: not needed\n- weekend run: fine", True),
        ("Our ETL runs on AWS Batch, but the LLM feature is a live search box on the website.", False),
        ("turnaround: same session | wait hours: no", False),
        ("our agents need the answers within seconds", False),
    ],
)
def test_how_long_answers_may_take(text: str, ok: bool) -> None:
    assert facts(text)["batch_ok"] is ok


def test_a_day_long_turnaround_is_no_round_the_clock_traffic() -> None:
    assert "traffic_shape" not in facts("A 24-hour turnaround is acceptable for the document backlog.")


def test_round_the_clock_hours_are_steady() -> None:
    assert facts("we run 24 hours a day")["traffic_shape"] == "steady"


# ------------------------------------------------------------------------------------------- unit-first notes


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("req/day = 20k; avg tok/req (in+out) = 1.5k", 20_000 * 1_500 * DAY),
        ("convos/wk: ~35k | tok/convo (total): ~4k", 35_000 * 4_000 * 30 / 7),
        ("tokens/day: 2M", 2e6 * DAY),
        ("req/day: 20k, tok/req: 1200 in / 300 out", 20_000 * 1_500 * DAY),
        ("tickets/h = 300, tok/ticket = 900", 300 * 900 * 24 * DAY),
    ],
)
def test_a_note_naming_the_unit_before_its_figure(text: str, per_month: float) -> None:
    assert facts(text)["tokens_per_month"] == pytest.approx(per_month, rel=0.002)


def test_a_price_per_million_in_a_note_is_no_volume() -> None:
    assert "tokens_per_month" not in facts("price: $2/M tok")


@pytest.mark.parametrize(
    "text",
    [
        "50k tokens per user per month, 4000 users",
        "4k users × ~50k tok/user/month",
        "4000 users, 50k tokens per user per month",
    ],
)
def test_a_rate_per_person_said_before_its_period(text: str) -> None:
    assert facts(text)["tokens_per_month"] == pytest.approx(4_000 * 50_000)


def test_a_rate_per_person_without_the_people_is_asked() -> None:
    got, asked = facts_and_asked("about 50k tokens per user per month")
    assert "tokens_per_month" not in got and "tokens_per_month" in asked


@pytest.mark.parametrize(
    "text", ["~250k tok/h × 8h/day, Mon–Fri only", "250k tokens per hour, 8 hours a day, weekdays only"]
)
def test_an_hourly_rate_in_office_hours_with_its_hours_a_day(text: str) -> None:
    assert facts(text)["tokens_per_month"] == pytest.approx(250_000 * 8 * WORKDAY, rel=0.002)


def test_an_hourly_rate_in_office_hours_without_its_hours_is_asked() -> None:
    got, asked = facts_and_asked("3k requests an hour, business hours only, 1k tokens each")
    assert "tokens_per_month" not in got and "tokens_per_month" in asked


@pytest.mark.parametrize(
    ("text", "devops"),
    [
        ("We have four ML researchers and one HPC administrator, who runs our in-house Slurm GPU cluster.", 1),
        ("we have 2 linux admins", 2),
        ("3 network engineers keep the lights on", 3),
    ],
)
def test_administrators_of_servers_count_as_ops(text: str, devops: int) -> None:
    assert facts(text)["team"]["devops"] == devops


@pytest.mark.parametrize("text", ["our cluster has 40 nodes", "2 server racks in the basement"])
def test_servers_counted_are_no_people(text: str) -> None:
    assert "team" not in facts(text)


# ------------------------------------------------------------------------------- probe 33 (conversations by a tester)


def test_one_sides_total_with_the_other_said_in_other_words() -> None:
    got = facts(
        "Roughly eight billion input tokens a month - long contracts, lots of context - and output's much smaller, "
        "maybe three hundred million."
    )
    assert got["tokens_per_month"] == pytest.approx(8.3e9)
    assert got["input_share"] == pytest.approx(8 / 8.3)


def test_one_sides_total_alone_asks_for_the_volume() -> None:
    got, asked = facts_and_asked("8 billion input tokens a month")
    assert "tokens_per_month" not in got and "tokens_per_month" in asked


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Regarding the data, it would be rather difficult for us if customer information were to be processed "
            "outside of Japan. Our compliance department is quite strict on this point, I am afraid.",
            "jp",
        ),
        ("it would be a problem if patient data were stored outside the EU", "eu"),
    ],
)
def test_a_rule_said_politely_as_a_difficulty(text: str, region: str) -> None:
    got = facts(text)
    assert got["compliance"] == ["data_residency"]
    assert got["data_region"] == region


def test_a_difficulty_of_another_kind_is_no_rule() -> None:
    assert facts("it would be difficult if we had to hire more people") == {}


@pytest.mark.parametrize(
    "text",
    [
        "the data is sensible (LGPD), ideally the patients data stay in Brazil... but actually our lawyer say with the "
        "DPA is ok to use API in US",
        "ideally data stays in the EU, but a US API is fine if they sign the DPA",
    ],
)
def test_a_place_wished_for_then_another_allowed_is_no_residency(text: str) -> None:
    got = facts(text)
    assert "data_residency" not in got.get("compliance", [])
    assert "data_region" not in got


def test_a_residency_rule_with_a_vendor_allowed_inside_it_stays() -> None:
    got = facts("data must stay in the EU, but OpenAI is ok if they process it in the EU")
    assert got["data_region"] == "eu"


def test_more_or_less_is_a_hedge_before_a_figure() -> None:
    got = facts(
        "each transcription is more or less 8 thousand tokens and the summary is around 500 tokens", "request_size"
    )
    assert got["request_input_tokens"] == 8000
    assert got["request_output_tokens"] == 500


def test_nor_an_ml_team_is_none() -> None:
    got = facts("And no, we don't have any GPUs, nor an ML team - it's two backend engineers.")
    assert got["team"] == {"ml_engineers": 0, "gpu_infra": False}


@pytest.mark.parametrize(
    ("text", "bar"),
    [
        (
            "Accuracy is paramount; our clinical informatics committee expects a 70B-class model at minimum.",
            "open_weight_ok",
        ),
        ("at least a 70B model", "open_weight_ok"),
        ("anything smaller than 70B won't cut it", "open_weight_ok"),
        ("at least an 8B model", None),  # a small floor sets no strong bar
        ("is a 70B model at least needed?", None),
        ("a 70B model", None),
    ],
)
def test_a_floor_on_the_models_size(text: str, bar: str | None) -> None:
    assert facts(text).get("quality") == bar


def test_a_gpu_standing_in_the_office_says_nothing_of_office_hours() -> None:
    assert "traffic_shape" not in facts("we have one RTX 3090 in the office the designer uses for renders")


@pytest.mark.parametrize("text", ["people use it in the office", "only used in the office"])
def test_used_in_the_office_is_office_hours(text: str) -> None:
    assert facts(text)["traffic_shape"] == "business_hours"
