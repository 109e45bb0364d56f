"""Sentences of a second dev set written in new voices by helpers (session 32: quality and money, traffic and
latency, fine-tuning, GPUs owned and regimes), each beside a near miss (issue 10): a rate per working day says the
days, not the hours; another product's or customer's peaks are not the workload's; a target that is a prospect's,
a condition's or not set is none; a percentile of today is measured; GPUs counted by machines and systems, leased or
reserved; the model in use said in notes; a spend of work that has ended, a vendor's quote and a budget for a whole
year or a whole project."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.interview.reading import parse_message
from tests.reading import facts as read


def clarified(text: str, expecting: list[str] | None = None) -> list[str]:
    return parse_message(text, expecting or []).clarify


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("its a code review bot, ~600 PRs per workday, each one is ~9k tokens in and ~1k out", None),
        ("2k agents x 30 queries per working day x ~1.5k tokens each.", None),
        ("bout 3 mil tokens per working day, it's an office thing so dead on weekends and nights", "business_hours"),
        ("traffic follows the working day", "business_hours"),
        ("If I pull up the Grafana dashboard you see two humps every weekday and nothing overnight", "business_hours"),
        ("Does it matter that we're basically only busy during office hours?", "business_hours"),
        ("news app, when something big breaks traffic goes 20x lol", "bursty"),
        ("the agents work the US night shift so traffic is basically their shift hours only", "business_hours"),
        ("about forty two hundred dollars a month that's been pretty stable", None),
        ("tested Llama 3.3 70B against our current setup, CSAT flat", None),
        ("we've been told flat out we can't use the research cluster", None),
        ("5-15k dollars a month, varies a lot", None),
        ("pretty steady, around 40k a mo", "steady"),
        ("the chat part is live, but the weekly reports can take all night", None),
    ],
)
def test_traffic_shape_in_new_voices(text: str, shape: str | None) -> None:
    assert read(text).get("traffic_shape") == shape


@pytest.mark.parametrize(
    "text",
    [
        "Our main website gets slammed on Black Friday, but the new assistant is for warehouse staff, so no idea "
        "what its traffic will look like yet.",
        "our biggest client goes nuts around tax season but idk what our own traffic looks like",
        "Our largest customer has heavy seasonal peaks; our own platform traffic has not yet been analysed.",
        "Next year we may launch in Brazil, then traffic would be more 24 hours, but today I don't know how it is.",
    ],
)
def test_a_shape_beside_the_workloads_unknown_traffic_is_not_stored(text: str) -> None:
    assert "traffic_shape" not in read(text)
    assert "traffic_shape" not in clarified(text)


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("traffic is spiky, not sure about the exact peaks", "bursty"),  # the peaks unknown, not the traffic
        ("no idea about next year but today traffic is steady", "steady"),
    ],
)
def test_a_shape_said_beside_an_unknown_detail_stands(text: str, shape: str) -> None:
    assert read(text).get("traffic_shape") == shape


@pytest.mark.parametrize(
    "text",
    [
        "Suppose we open it up to the public at some point, then I guess we'd want sub-second responses.",
        "if we open it up to the public, we'd want sub-second responses",
        "The bank we're pitching to wants sub-second responses, but we haven't won the deal yet.",
        "A prospective client has requested sub-second response times; the contract has not been signed.",
        "a prospect wants sub-second latency",
        "p50 ttft ~400ms today; no target set yet",
        "Current p99 is about 8s. That's the problem we're trying to fix.",
    ],
)
def test_latencies_that_are_no_target_of_ours(text: str) -> None:
    assert "latency_p99_ms" not in read(text)


@pytest.mark.parametrize(
    ("text", "ms", "kind"),
    [
        ("What matters is that it starts typing within half a second.", 500, "ttft"),
        ("What matters is that the full agent run completes within ten seconds.", 10_000, "total"),
        ("first token needs to come back within eight hundred milliseconds", 800, "ttft"),
        ("TTFB under 300ms. Non-negotiable, it's a voice product.", 300, "ttft"),
        ("target: <3s e2e", 3000, "total"),
        ("current latency is 3s, we need under 1s", 1000, None),
        ("today it takes 6 seconds and we need it under 2", 2000, None),
    ],
)
def test_latency_targets_and_kinds_in_new_voices(text: str, ms: float, kind: str | None) -> None:
    got = read(text)
    assert got.get("latency_p99_ms") == ms
    if kind is not None:
        assert got.get("latency_kind") == kind


def test_other_conditions_still_hold_their_figures_and_launches_do_not() -> None:
    assert "tokens_per_month" not in read("if we win the deal, we'd do 40M tokens a day")
    assert read("once we launch, we expect 40M tokens a day")["tokens_per_month"] == 1.2e9
    assert read("if I'm honest, about 5M tokens a day")["tokens_per_month"] == 1.5e8


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        ("nah doesn't need to be the fanciest, llama-tier is cool", "open_weight_ok"),
        ("no, we don't need the best model", "open_weight_ok"),
        ("Our users are picky, so we need a top closed model.", "frontier"),
        ("Quality is enough for us, no need the expensive model.", "open_weight_ok"),
        ("That gap doesn't bother us, so an open model works.", "open_weight_ok"),
        ("Quality clearly matters more than cost for us.", "frontier"),
    ],
)
def test_quality_in_new_voices(text: str, quality: str) -> None:
    assert read(text).get("quality") == quality


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        ("- hw: 4× A100 80GB, owned (bought in 2025)", {"gpu": "a100-80gb", "count": 4, "paid_for": True}),
        ("it runs on a single RTX 4090 under my desk, which we bought for this", {"gpu": "rtx-4090", "count": 1}),
        ("there's an 8x A100 box under someone's desk in the Leeds office. It's ours, paid off", {"count": 8}),
        ("We hold a one-year reservation for 16 H100s on AWS.", {"gpu": "h100", "count": 16, "paid_for": False}),
        ("- 4 nodes x 8 A100-40GB\n- leased from the vendor\n- in our own DC", {"gpu": "a100-40gb", "count": 32}),
        ("We've got six workstations with an RTX A6000 each, bought for CAD", {"gpu": "rtx-a6000", "count": 6}),
        ("In the studio we have 3 PC with RTX 4090, the company bought them", {"gpu": "rtx-4090", "count": 3}),
        ("8x MI300X (leased, colo FRA)", {"gpu": "mi300x", "count": 8, "paid_for": False}),
        ("we've got 4 L4s on a 1yr committed-use deal on GCP", {"gpu": "l4", "count": 4, "paid_for": False}),
        ("We operate two DGX H100 systems on-premises, purchased in 2024.", {"gpu": "h100", "count": 16}),
        ("we have 2 servers with 8 x L40S each", {"gpu": "l40s", "count": 16}),
    ],
)
def test_gpus_owned_in_new_voices(text: str, owned: dict[str, Any]) -> None:
    got = read(text).get("owned_gpus") or {}
    assert {k: got.get(k) for k in owned} == owned


@pytest.mark.parametrize(
    "text",
    [
        "research has like 64 H100s but they guard them like dragons, we get none",
        "the research group has a big H100 cluster, we're told we can't use it for product stuff",
    ],
)
def test_gpus_of_another_group_are_not_owned(text: str) -> None:
    assert "owned_gpus" not in read(text)


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("gpt-4o, ~$18k/mo. need top-tier quality", "gpt-4o"),
        ("spend = $240k/yr; model = claude-sonnet-4.5", "claude-sonnet-4.5"),
        ("current: gpt-4o @ ≈ $0.04/request", "gpt-4o"),
        ("- model: GPT-5\n- spend: ~$7.5k/month", "gpt-5"),
        ("Our monthly usage is about 300 million tokens with GPT-4.1 mini", "gpt-4.1-mini"),
        ("gpt-4.1-mini: 300M tok/month, ≈ $350/month", "gpt-4.1-mini"),
        ("We were at $20k a month on GPT-4o until March, then moved everything to 4o-mini", "gpt-4o-mini"),
        ("mistral 7b on one 4090 we bought", "mistral-7b"),
    ],
)
def test_the_model_in_use_in_notes_and_figures(text: str, model: str) -> None:
    assert read(text).get("current_model") == model


@pytest.mark.parametrize(
    "text",
    [
        "gpt-4o: $2.50 per million input tokens",  # a list price
        "running mistral 7b on my box works fine quality wise",  # one person's trial
    ],
)
def test_a_model_named_with_a_price_or_a_trial_is_not_the_one_in_use(text: str) -> None:
    assert "current_model" not in read(text)


def test_the_model_answering_the_question_is_the_one_in_use() -> None:
    assert read("4o-mini", ["current_model"])["current_model"] == "gpt-4o-mini"


@pytest.mark.parametrize(
    "text",
    [
        "Last year we were on GPT-3.5 and paying maybe $2k a month, but that whole project got shelved.",
        "Before, we used gpt-3.5 for the old chatbot and it cost around 2000 dollar monthly. That project is closed.",
        "Our Azure account manager quoted $31,000 per month for provisioned throughput units.",
    ],
)
def test_spend_of_ended_work_or_a_quote_is_not_todays(text: str) -> None:
    assert "current_spend_usd_per_month" not in read(text)


@pytest.mark.parametrize(
    ("text", "usd"),
    [
        ("we spend $3k a month on gpt-4o. the old project is over, but this one runs", 3000),
        ("Our usage dashboard says we're at about $150 a day on API calls.", 4500),
        ("last year we spent $24k on openai", 2000),
    ],
)
def test_spend_said_beside_ended_or_reported_words(text: str, usd: float) -> None:
    assert read(text)["current_spend_usd_per_month"] == usd


@pytest.mark.parametrize(
    "text",
    [
        "Finance signed off on $60K for FY27 inference, full year.",
        "we have 60k usd for teh whole year, thats our cap for the llm stuff",
    ],
)
def test_a_budget_for_a_whole_year_is_a_twelfth_a_month(text: str) -> None:
    assert read(text)["budget_usd_per_month"] == 5000


@pytest.mark.parametrize(
    ("text", "expecting"),
    [
        ("We got $50k approved for this project, not sure yet how long it's supposed to last.", []),
        ("50k USD for the pilot.", ["budget_usd_per_month"]),
    ],
)
def test_a_budget_for_a_whole_project_is_asked_about(text: str, expecting: list[str]) -> None:
    assert "budget_usd_per_month" not in read(text, expecting)
    assert "budget_usd_per_month" in clarified(text, expecting)


def test_a_budget_said_plainly_is_a_month() -> None:
    assert read("budget is 5k")["budget_usd_per_month"] == 5000
    assert read("5k", ["budget_usd_per_month"])["budget_usd_per_month"] == 5000


def test_the_company_one_works_for_is_ones_own() -> None:
    assert read("the company I work for has 3 SREs")["team"] == {"devops": 3}
    assert "team" not in read("a client we worked with had 3 SREs")


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "We maintain a SOC 2 Type II attestation, so any new vendor goes through our vendor risk review.",
            {"compliance": ["soc2"]},
        ),
        ("no compliance stuff at all, it's marketing copy", {"compliance": ["none"]}),
        (
            "Hard requirements: Australian data sovereignty, nothing leaves our AWS tenancy.",
            {"data_boundary": "cloud_tenant"},
        ),
        ("compliance=none; vendors=any", {"compliance": ["none"], "data_boundary": "any_vendor"}),
        ("Security policy forbids the public cloud for customer data.", {"data_boundary": "on_prem"}),
        ("Our government clients make us keep everything onshore in Australia.", {"data_region": "au"}),
        ("data must stay onshore", {"compliance": ["data_residency"]}),
        ("~30 LoRA adapters (one per customer)", {"fine_tuning": True}),
        ("we want it actually trained on five years of our Zendesk history", {"fine_tuning": True}),
        (
            "We serve our own tuned Mistral, so honestly the question is whether to keep doing that.",
            {"fine_tuning": True},
        ),
    ],
)
def test_rules_and_tuning_in_new_voices(text: str, facts: dict[str, Any]) -> None:
    got = read(text)
    assert {k: got.get(k) for k in facts} == facts


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("last company: on-prem A100s, HIPAA. this one: blank slate.", "compliance"),
        ("People keep assuming we're under HIPAA, but we're not a covered entity, legal checked.", "compliance"),
        ("Our Azure account manager quoted $31,000 per month", "data_boundary"),
        ("- GDPR applies\n- data must stay in the EU (DPO's call, not negotiable)", "fine_tuning"),
        ("policy prohibits cloud providers from training on our data", "fine_tuning"),
        ("openai doesn't train on our data", "fine_tuning"),
        ("we have an onshore support team", "compliance"),
        ("median first token ≈ 400 ms currently. target tbd", "latency_kind"),
    ],
)
def test_near_misses_of_rules_tuning_and_latency(text: str, absent: str) -> None:
    assert absent not in read(text)


def test_a_person_assumed_and_a_last_batch_job_are_told_apart() -> None:
    assert (
        read("last job = 5M tokens, we run it daily")["tokens_per_month"] == 1.5e8
    )  # a batch job, not a past employer
    assert read("It should start streaming within half a second or people think it's broken.")["latency_p99_ms"] == 500


def test_e2e_is_end_to_end() -> None:
    got = read("e2e budget 800ms incl. retrieval + generation")
    assert (got.get("latency_p99_ms"), got.get("latency_kind")) == (800, "total")


@pytest.mark.parametrize(
    ("text", "batch"),
    [
        (
            "people use it from like 9 till 5ish and after that the graphs basically flatline until the next morning.",
            None,
        ),
        ("results until the next morning are fine", True),
        ("the reports can take all night, nobody is waiting", True),
    ],
)
def test_a_quiet_night_is_no_batch_and_a_long_report_is(text: str, batch: bool | None) -> None:
    got = read(text)
    assert got.get("batch_ok") is batch
    if batch is None:
        assert "batch_deadline_hours" not in got


def test_a_live_chat_beside_reports_that_can_take_all_night_asks_which() -> None:
    text = "The chat part is live and people are waiting on it, but the weekly reports can take all night."
    assert "batch_ok" not in read(text) and "batch_ok" in clarified(text)


def test_office_hours_said_loosely() -> None:
    assert read("people use it from like 9 till 5ish")["traffic_shape"] == "business_hours"


@pytest.mark.parametrize(
    ("text", "expecting", "share"),
    [
        ("~2/3 easy, 1/3 hard.", [], 0.667),
        ("two-thirds, roughly", ["simple_share"], 0.67),
        ("70% or so", ["simple_share"], 0.7),
    ],
)
def test_shares_of_simple_requests_as_fractions(text: str, expecting: list[str], share: float) -> None:
    assert read(text, expecting)["simple_share"] == share


def test_a_fraction_of_a_mix_and_things_that_are_no_fraction() -> None:
    assert read("3/4 input")["input_share"] == 0.75
    assert "simple_share" not in read("24/7 traffic, we are 3/4 done with the migration")


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("we were at 10M tokens a day last year. now about 25M users", None),  # users, not tokens
        ("Last year we were doing maybe 50M tokens a month, now we're at about 200M and it's still growing.", 2e8),
        ("2B a month last year, dropped to about 1B now", 1e9),
    ],
)
def test_a_bare_figure_after_a_past_volume_counts_tokens_only(text: str, tokens: float | None) -> None:
    assert read(text).get("tokens_per_month") == tokens


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("our data is in the EU and must stay there", "eu"),
        ("it's hosted in Canada and has to remain there", "ca"),
        ("data must stay in West Europe", "eu"),
        ("everything stays in eu-central-1", "de"),
    ],
)
def test_residency_said_as_where_it_is_and_stays_or_as_a_cloud_region(text: str, region: str) -> None:
    got = read(text)
    assert got.get("data_region") == region and got.get("compliance") == ["data_residency"]


def test_where_an_office_is_is_no_residency() -> None:
    assert "compliance" not in read("our office is in the EU and we like it there")


@pytest.mark.parametrize(
    "text",
    [
        "Two or three ML people, depending on how the reorg lands.",
        "Somewhere between 2 and 4 on the ML side, honestly it changes every month.",
        "we have 2-3 SREs",
    ],
)
def test_a_range_of_people_is_asked_about(text: str) -> None:
    team = read(text).get("team", {})
    assert "ml_engineers" not in team and "devops" not in team
    assert "team" in clarified(text)


@pytest.mark.parametrize(
    ("text", "team"),
    [
        (
            "Our team has 12 developers, all backend and frontend, no one is doing machine learning.",
            {"ml_engineers": 0},
        ),
        ("an eight-person algorithm (ML) team and a four-person operations team", {"ml_engineers": 8, "devops": 4}),
        ("algo team=8, ops=4", {"ml_engineers": 8, "devops": 4}),
        ("we have 3 ML engineers and 2 SREs", {"ml_engineers": 3, "devops": 2}),
    ],
)
def test_team_counts_from_dev_set_one(text: str, team: dict[str, Any]) -> None:
    got = read(text).get("team", {})
    assert {k: got.get(k) for k in team} == team


def test_a_wish_is_no_skill() -> None:
    got = read("Nobody here wants to train a model.")
    assert "ml_engineers" not in got.get("team", {})
    assert got.get("fine_tuning") is False


def test_people_on_the_server_ops_side_and_a_providers_own_staff() -> None:
    assert read("3 ppl on the server ops side running our game servers")["team"]["devops"] == 3
    text = "The hosting provider states that it has a dedicated team of 50 engineers managing its Kubernetes clusters."
    assert "team" not in read(text)


# An independent review of this session's rules (helper, /work/review32.md) found these misreads; each is mended.
@pytest.mark.parametrize(
    ("text", "expecting", "field", "value"),
    [
        (
            "Not sure about the load yet, but it's definitely office hours only, internal staff",
            [],
            "traffic_shape",
            "business_hours",
        ),
        ("Right now I don't know. The chatbot is office hours only.", [], "traffic_shape", "business_hours"),
        (
            "business hours. not sure about the load in numbers though",
            ["traffic_shape"],
            "traffic_shape",
            "business_hours",
        ),
        ("If possible, we'd like replies within 2 seconds", [], "latency_p99_ms", 2000),
        ("If my math is right, we're doing about 40M tokens a month", [], "tokens_per_month", 4e7),
        (
            "if the dashboard is accurate, we spend around $3k a month on OpenAI",
            [],
            "current_spend_usd_per_month",
            3000,
        ),
        ("current latency is around 3s, and that's acceptable for our users", [], "latency_p99_ms", 3000),
        (
            "Our chatbot costs $5k/month on Azure OpenAI, and the project is over budget",
            [],
            "current_spend_usd_per_month",
            5000,
        ),
        ("We spend an estimated $3k a month on OpenAI", [], "current_spend_usd_per_month", 3000),
        ("we spend $3k a month, which is the max we've ever spent", [], "current_spend_usd_per_month", 3000),
        ("Our budget is $120k for FY25", [], "budget_usd_per_month", 10_000),
        ("DPO is on our roadmap for Q3 to make the bot less verbose", [], "fine_tuning", True),
        ("we'd pay OpenAI to fine-tune gpt-4o-mini on our tickets", [], "fine_tuning", True),
        ("everything must stay in europe-west3", [], "data_region", "de"),
        ("data must stay in eu-west-2", [], "data_region", "uk"),
        (
            "Per month around 180 million tokens, input approximately 85 percent. Traffic 07 to 18 CET on weekdays.",
            [],
            "input_share",
            0.85,
        ),
    ],
)
def test_review_misreads_mended(text: str, expecting: list[str], field: str, value: Any) -> None:
    assert read(text, expecting).get(field) == value


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("What we need is to know if HIPAA rules out OpenAI", "compliance"),
        ("we have a quote for an H100 server from Dell", "owned_gpus"),
        ("there's an H100 cluster at the university we might get access to", "owned_gpus"),
        ("there's an RTX 4090 in my gaming PC lol, not relevant", "owned_gpus"),
        ("candidate model: llama 3.3 70b", "current_model"),
        ("we want the support jobs to stay onshore, the union insists", "compliance"),
        ("we have e2e tests for latency, but no target yet", "latency_kind"),
        ("the top closed models are too expensive for us", "quality"),
        ("our vendor security questionnaire asks about HIPAA, we don't handle PHI though", "compliance"),
        ("a single request can take hours right now, that's a problem", "batch_ok"),
        ("users started writing longer questions", "latency_kind"),
        ("the team is in the EU and must stay there", "compliance"),
        ("we lease in a colocation facility in Stockholm four NVIDIA L40S cards, mostly idle", "data_boundary"),
    ],
)
def test_review_near_misses_mended(text: str, field: str) -> None:
    assert field not in read(text)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("10M tokens a day last year, we're at about 25M these days", "tokens_per_month", 7.5e8),
        ("we were at 2M tokens a day, now about 6M after onboarding", "tokens_per_month", 1.8e8),
        ("it's mostly a workday thing", "traffic_shape", "business_hours"),
        ("usage jumps 10x in the last week of the quarter", "traffic_shape", "bursty"),
        ("nothing happens until the morning rush; batch jobs must finish by 7am", "batch_ok", True),
    ],
)
def test_second_review_round(text: str, field: str, value: Any) -> None:
    assert read(text).get(field) == value


def test_a_requests_size_going_up_is_no_burst() -> None:
    assert "traffic_shape" not in read("tokens per request go up 5x with the new RAG context")


# Probe 22 (two conversations by a helper in new voices, /work/probe22): misreads found and mended.
def test_hours_of_the_day_are_no_range_of_volume() -> None:
    result = parse_message("Around 180 million tokens a month. Traffic comes 07 to 18 Central European Time.", [])
    volume = next(u for u in result.updates if u.field == "tokens_per_month")
    assert volume.value == 1.8e8 and not (volume.note or "").startswith("the middle of your range")


def test_the_rest_of_a_share_of_questions_is_no_output_share() -> None:
    text = "like 2/3 of the questions are easy, the other 1/3 is maths marking, cant be giving wrong answers"
    got = read(text)
    assert "input_share" not in got and got["simple_share"] == 0.667


@pytest.mark.parametrize(
    ("text", "usd"),
    [("budget is like $300-500 a month max.", 500), ("our budget is $5k-$6k a month", 6000)],
)
def test_a_budget_said_as_a_range_allows_its_top(text: str, usd: float) -> None:
    assert read(text)["budget_usd_per_month"] == usd


def test_a_friends_company_is_not_ours() -> None:
    text = "my padi at another edtech in abuja runs llama on their own A100s, they got like 5 engineers"
    assert read(text).get("team", {}).get("gpu_infra") is not True


# Problems the review found that predate the session, mended at its end.
def test_pre_existing_misreads_from_the_review() -> None:
    assert "data_boundary" not in read("third parties: none allowed")  # it was read as any vendor
    assert read("third parties are allowed")["data_boundary"] == "any_vendor"
    assert "owned_gpus" not in read("we have a meeting with Dell about an 8x H100 box next week")
    got = read("at the moment answers come back in 5s; users complain, needs to be under 2")
    assert got["latency_p99_ms"] == 2000  # the observed 5 s had been stored as the target
