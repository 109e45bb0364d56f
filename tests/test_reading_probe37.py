"""Readings from probe 37 (a county hospital's nurse informaticist, a Turkish marketplace, a Lyon insurer's DPO, a
Discord bot, an Ontario credit union, ...): a limit said firmly ("10 seconds, no longer"), a whole piece of output
with its time, a permission on condition of a place, a yes/no fact denied beside other sentences, things counted
each with their own rate."""

from __future__ import annotations

import pytest

from assistant.conversation.session import AdvisorSession
from tests.reading import facts_and_asked
from tools.catalog import load_catalog


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("I'd say the whole note within about 10 seconds, no longer", 10_000),
        ("answers within 3 seconds, no longer.", 3_000),
        ("first token in 800 ms, not more", 800),
        ("the summary should be ready in 20 seconds and no longer", 20_000),
    ],
)
def test_no_longer_after_a_limit_says_it_firmly(text: str, ms: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("latency_p99_ms") == ms


@pytest.mark.parametrize(
    "text",
    [
        "we no longer need answers within 2 seconds",
        "we had a 2 second target for the old bot, but no longer",
    ],
)
def test_a_limit_that_no_longer_holds_is_no_target(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "latency_p99_ms" not in facts


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("the whole note within about 10 seconds", 10_000),
        ("the full description in under 5 seconds", 5_000),
        ("each complete memo within 30 seconds please", 30_000),
        ("the entire brief in less than 45 seconds is fine", 45_000),
    ],
)
def test_a_whole_piece_of_output_with_its_time_is_the_total(text: str, ms: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("latency_p99_ms") == ms
    assert facts.get("latency_kind") == "total"


@pytest.mark.parametrize(
    "text",
    [
        "we process 2M pages in 3 days",
        "the page loads in under 2 seconds on our website",
    ],
)
def test_in_under_a_time_of_something_else_is_no_target(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "latency_p99_ms" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "It can't be an overnight thing. We use Azure for email.",
        "So it can't be an overnight thing. Our CFO signs off on the vendor anyway.",
        "Results can't wait until the next morning. Our team is two people.",
    ],
)
def test_a_denied_yes_no_fact_holds_beside_other_sentences(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("batch_ok") is False


@pytest.mark.parametrize(
    ("text", "boundary", "region"),
    [
        (
            "He says he'd accept our own Azure tenant if it's in a US region and covered under the BAA, just not "
            "some consumer AI service.",
            "cloud_tenant",
            "us",
        ),
        ("our own AWS account is fine if it's in an EU region", "cloud_tenant", "eu"),
        ("any vendor is ok as long as it's hosted in Canada", "any_vendor", "ca"),
    ],
)
def test_a_permission_on_condition_of_a_place_is_a_rule(text: str, boundary: str, region: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("data_boundary") == boundary
    assert facts.get("data_region") == region
    assert "data_residency" in facts["compliance"]


@pytest.mark.parametrize(
    "text",
    [
        "if it's in a US region we could use our own tenant",
        "we might use our own AWS account if it's cheaper",
    ],
)
def test_a_real_condition_is_no_rule(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "data_boundary" not in facts
    assert "data_region" not in facts


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        # 200 x 3 x 6,500 x 30
        ("200 occupied beds, each gets 3 handoff notes a day, each note 6,000 tokens in and 500 out", 117_000_000),
        # 40 x 100 x 300 x 30
        ("we have 40 trucks, each sends 100 messages a day of 300 tokens", 36_000_000),
        # 25 x 48 x 1,000 x 30
        ("25 cameras on site, each produces 48 incident captions a day, ~1k tokens per caption", 36_000_000),
    ],
)
def test_things_counted_each_with_their_own_rate_make_the_volume(text: str, tokens_per_month: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens_per_month, rel=0.01)


@pytest.mark.parametrize(
    ("text", "gpu_infra"),
    [
        ("1 platform guy who's built GPU nodes before", True),
        ("our SRE has assembled GPU servers at her last two jobs", True),
        ("nobody here has built GPU servers", False),
    ],
)
def test_building_gpu_machines_is_gpu_experience(text: str, gpu_infra: bool) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("team", {}).get("gpu_infra") is gpu_infra


def test_a_plan_to_build_gpu_machines_is_no_experience_yet() -> None:
    facts, _ = facts_and_asked("we plan to build a GPU cluster next year")
    assert "gpu_infra" not in facts.get("team", {})


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        # Indian English: a "doubt" is a student's question; 60,000 x 1,500 x 30
        ("around 60 thousand doubts per day, each doubt is roughly 1,500 tokens", 2_700_000_000),
        ("we clear ~8k doubts a day, each doubt about 900 tokens", 216_000_000),
    ],
)
def test_doubts_counted_are_questions_not_a_hedge(text: str, tokens_per_month: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens_per_month, rel=0.01)


def test_a_doubt_said_as_a_hedge_still_denies() -> None:
    facts, _ = facts_and_asked("I doubt we need HIPAA")
    assert "hipaa" not in facts.get("compliance", [])


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        ("around 60 thousand doubts per day, each doubt + solution is roughly 1,500 tokens total", 2_700_000_000),
        ("60k questions a day, question plus answer about 1,500 tokens", 2_700_000_000),
        ("2,000 tickets a day; ticket and reply together come to ~1.1k tokens", 66_000_000),
    ],
)
def test_an_item_and_its_answer_sized_together_are_one_request(text: str, tokens_per_month: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens_per_month, rel=0.01)
    assert "request_output_tokens" not in facts or facts["request_output_tokens"] < 1_100


def test_each_side_with_its_own_figure_stays_two_sides() -> None:
    facts, _ = facts_and_asked("the prompt is 2,000 tokens and the answer is about 300 tokens")
    assert facts.get("request_input_tokens") == 2_000
    assert facts.get("request_output_tokens") == 300


@pytest.mark.parametrize(
    "text",
    [
        "60k chats a day, prompt and answer together ~1.2k tokens",
        "question and answer together are about 900 tokens",
        "six hundred dollars a month all together",
        "we put together a prototype last week",
    ],
)
def test_together_as_an_everyday_word_names_no_provider(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert not any("together" in str(m) for m in facts.get("candidate_models", []))
    assert "together" not in str(facts.get("current_model", ""))


@pytest.mark.parametrize(
    "text",
    ["we run llama on together", "we use Together AI for llama", "our bot calls together's API"],
)
def test_together_named_as_a_provider_is_its_llama(text: str) -> None:
    facts, _ = facts_and_asked(text)
    named = [facts.get("current_model"), *facts.get("candidate_models", [])]
    assert "together/llama-3.3-70b" in named


@pytest.mark.parametrize(
    ("text", "inp", "out"),
    [
        (
            "each report comes out around three thousand tokens and the summary back would be maybe four hundred "
            "tokens",
            3_000,
            400,
        ),
        ("each ticket works out to roughly 900 tokens, the reply is about 200", 900, 200),
    ],
)
def test_an_item_that_comes_out_at_a_size_is_what_goes_in_when_the_answer_is_named(
    text: str, inp: int, out: int
) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("request_input_tokens") == inp
    assert facts.get("request_output_tokens") == out


@pytest.mark.parametrize(
    ("text", "usd"),
    [
        ("board wants it under 10k dollars a month", 10_000),
        ("has to cost less than 5000 dollars per month", 5_000),
        ("finance needs the bill below 2,000 USD a month", 2_000),
    ],
)
def test_a_ceiling_someone_wants_is_the_budget(text: str, usd: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("budget_usd_per_month") == usd
    assert "current_spend_usd_per_month" not in facts


@pytest.mark.parametrize(
    ("earlier", "correction", "tokens_per_month"),
    [
        (
            "Currently around 60 thousand doubts per day, each doubt + solution is roughly 1,500 tokens total.",
            "Actually correction - it's more like 90 thousand doubts a day now, we grew last quarter. Same token size "
            "per doubt. The ₹17 lakh was last month's lower volume.",
            4_050_000_000,  # 90,000 x 1,500 x 30
        ),
        (
            "we get about 400 claims a day, each claim packet maybe 3k tokens",
            "sorry, it's 600 claims a day since last month, the size is the same",
            54_000_000,  # 600 x 3,000 x 30
        ),
    ],
)
def test_a_corrected_count_keeps_the_size_said_before(earlier: str, correction: str, tokens_per_month: int) -> None:
    session = AdvisorSession(load_catalog())
    session.prepare(earlier)
    session.prepare(correction)
    assert session.profile.get("tokens_per_month") == pytest.approx(tokens_per_month, rel=0.01)


@pytest.mark.parametrize(
    "text",
    [
        "The summaries need not be immediate; a delay until the following morning is entirely acceptable.",
        "a turnaround to the next business day is fine for these reports",
    ],
)
def test_an_answer_by_the_next_morning_accepted_can_wait(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("batch_ok") is True


@pytest.mark.parametrize(
    ("text", "usd"),
    [
        ("uses gpt-4o-mini rn, costs me like a dollar a month fr", 1),
        ("the whole thing runs me a buck a month on the API", 1),
    ],
)
def test_one_of_a_currency_at_a_monthly_rate_is_the_spend(text: str, usd: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("current_spend_usd_per_month") == usd


def test_one_dollar_per_request_is_no_monthly_spend() -> None:
    facts, _ = facts_and_asked("we pay a dollar per request")
    assert "current_spend_usd_per_month" not in facts


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        # 15 x 20 x 300 x 30
        (
            "server has like 80 ppl but maybe 15 actually use it. each person does ~20 msgs a day to the bot. msgs "
            "are tiny, like 200 tokens in and 100 out",
            2_700_000,
        ),
        # 300 x 10 x 500 x 30
        (
            "we have 2,000 employees but only 300 of them actually use the assistant, each asks ~10 questions a day "
            "of 500 tokens",
            45_000_000,
        ),
    ],
)
def test_the_part_of_a_group_who_use_it_are_the_users(text: str, tokens_per_month: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens_per_month, rel=0.01)


@pytest.mark.parametrize(
    "text",
    [
        "oh and my bros startup is on claude opus paying like 2k a month but thats not me",
        "my brother's startup pays 2k a month for claude opus",
        "my sister's company spends about 5k a month on GPT-4o",
    ],
)
def test_a_relative_s_business_is_someone_else_s(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "current_spend_usd_per_month" not in facts
    assert "current_model" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "quality doesnt matter much as long as its funny",
        "quality isn't a big deal for us, it's an internal tool",
        "honestly quality does not really matter that much here",
    ],
)
def test_quality_said_to_matter_little_is_an_open_model_bar(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("quality") == "open_weight_ok"


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        # 100,000 x 3 x 2,750
        (
            "across a month we handle roughly 100,000 conversations, and the copilot gets called maybe 3 times per "
            "conversation. Each call is around 2,500 tokens in and 250 out.",
            825_000_000,
        ),
        # 2,000 x 2 x 1,000 x 30
        ("we get 2,000 tickets a day and the model is invoked twice per ticket, 1k tokens a call", 120_000_000),
    ],
)
def test_the_model_called_several_times_for_each_thing_multiplies_it(text: str, tokens_per_month: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens_per_month, rel=0.01)


@pytest.mark.parametrize(
    "text",
    [
        "Team's thin: I'm the only one who's done any ML, plus two sysadmins who keep the RHEL boxes alive.",
        "it's just me doing the ML stuff",
        "only I have ML experience, the rest are frontend devs",
    ],
)
def test_the_speaker_as_the_one_person_doing_ml_is_one_ml_engineer(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("team", {}).get("ml_engineers") == 1


def test_the_one_person_without_ml_is_no_ml_engineer() -> None:
    facts, _ = facts_and_asked("I'm the only one who hasn't done ML")
    assert "ml_engineers" not in facts.get("team", {})


def test_a_shift_s_clock_hours_are_no_mix_after_the_mix_question() -> None:
    text = (
        "Roughly 300 engineers are cleared, maybe a third would use it daily, ~25 queries each per day. Each query "
        "is ~4k tokens in, ~600 out. Day shift only, roughly 7 to 4, nobody's in at night."
    )
    facts, asked = facts_and_asked(text, ["tokens_per_month", "input_share"])
    assert facts.get("input_share") == pytest.approx(4_000 / 4_600, rel=0.01)
    assert "input_share" not in asked
    assert facts.get("tokens_per_month") == pytest.approx(100 * 25 * 4_600 * 30, rel=0.02)


@pytest.mark.parametrize(
    ("text", "share"),
    [("input to output is about 3 to 1", 0.75), ("prompts are long, output short, maybe 4 to 1", 0.8)],
)
def test_a_ratio_said_in_words_is_still_the_mix(text: str, share: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("input_share") == pytest.approx(share)


def test_a_corpus_of_a_few_hundred_thousand_pages_beside_a_volume_is_no_vague_volume() -> None:
    text = (
        "engineers query a few hundred thousand pages of technical manuals. 100 engineers use it, ~25 queries each "
        "per day, each query ~4k tokens in and ~600 out."
    )
    facts, asked = facts_and_asked(text, "tokens_per_month")
    assert facts.get("tokens_per_month") == pytest.approx(100 * 25 * 4_600 * 30, rel=0.01)
    assert "tokens_per_month" not in asked


@pytest.mark.parametrize(
    "text", ["a few million tokens a day", "we do a few hundred thousand requests, each 1k tokens"]
)
def test_a_vague_volume_is_still_asked(text: str) -> None:
    facts, asked = facts_and_asked(text)
    assert "tokens_per_month" not in facts
    assert "tokens_per_month" in asked


TABLE = """Here's where we are:

| Item | Value |
|---|---|
| Requests / day | ~40k |
| Avg prompt tokens | 1,200 |
| Avg completion tokens | 200 |
| Traffic | weekdays, office hours |
| HIPAA | n/a (no US health data) |
| GPU experience | none |
| Kubernetes | yes, EKS |
"""


def test_a_markdown_table_is_read_row_by_row() -> None:
    facts, _ = facts_and_asked(TABLE)
    assert facts.get("request_input_tokens") == 1_200
    assert facts.get("request_output_tokens") == 200
    assert facts.get("tokens_per_month") == pytest.approx(40_000 * 1_400 * 30, rel=0.01)
    assert facts.get("traffic_shape") == "business_hours"
    assert "hipaa" not in facts.get("compliance", [])
    assert facts.get("team", {}).get("gpu_infra") is False
    assert facts.get("team", {}).get("kubernetes") is True
    assert "vendor_homes_excluded" not in facts


def test_a_table_flattened_onto_one_line_is_read_the_same() -> None:
    flat = TABLE.replace("\n", " ")
    assert facts_and_asked(flat)[0] == facts_and_asked(TABLE)[0]


def test_a_team_table_under_its_own_heading_counts_its_rows() -> None:
    text = "| Team | |\n|---|---|\n| ML engineers | 2 |\n| SREs | 3 |\n| GPU experience | yes, we run vLLM on L4s |"
    facts, _ = facts_and_asked(text)
    assert facts.get("team", {}).get("ml_engineers") == 2
    assert facts.get("team", {}).get("gpu_infra") is True


def test_a_pipe_that_is_no_table_is_left_alone() -> None:
    facts, _ = facts_and_asked("input | output ratio is 3:1, about 20M tokens a day")
    assert facts.get("input_share") == pytest.approx(0.75)
    assert facts.get("tokens_per_month") == pytest.approx(600_000_000)


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("The resumen has to be ready en menos de 30 segundos total porque sale publicado junto con la nota.", 30_000),
        ("a resposta tem que chegar em menos de 5 segundos", 5_000),
    ],
)
def test_spanish_and_portuguese_seconds_are_seconds(text: str, ms: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("latency_p99_ms") == ms


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        ("geramos umas 5 mil descrições por mês, cada uma com 300 tokens", 1_500_000),  # 5,000 x 300
        ("nos piden 25 mil notas al mes, cada nota unos 1.600 tokens", 40_000_000),  # 25,000 x 1,600
        ("Publicamos como 450 notas al día. cada nota tiene como 1,600 tokens", 21_600_000),  # 450 x 1,600 x 30
    ],
)
def test_counts_said_in_spanish_or_portuguese_make_the_volume(text: str, tokens_per_month: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens_per_month, rel=0.01)


@pytest.mark.parametrize(
    ("text", "inp"),
    [
        (
            "mean abstract length is 310 tokens, our prompt template adds 450, and the JSON output averages 180 tokens",
            760,
        ),
        ("each ticket is 800 tokens and the system prompt adds another 1,200 tokens; replies are ~150", 2_000),
    ],
)
def test_a_part_said_to_add_to_the_item_is_part_of_the_prompt(text: str, inp: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("request_input_tokens") == inp


def test_an_open_model_measured_and_its_gap_accepted_is_an_open_model_bar() -> None:
    facts, _ = facts_and_asked(
        "On quality: we benchmarked Llama 3.1 70B against GPT-4o on 500 hand-labelled abstracts, 91.2% vs 93.5% "
        "field-level F1, and that gap is acceptable for us. We'd probably want to fine-tune a smaller model "
        "eventually, but we're not committed."
    )
    assert facts.get("quality") == "open_weight_ok"


def test_an_open_model_s_gap_not_accepted_is_no_open_model_bar() -> None:
    facts, _ = facts_and_asked("we tested llama 70b against gpt-4o and the gap is not acceptable")
    assert facts.get("quality") != "open_weight_ok"


def test_a_formal_correction_of_the_count_keeps_the_size() -> None:
    session = AdvisorSession(load_catalog())
    session.prepare(
        "Our claims department handles approximately 12,000 claim files per month. A file represents on average "
        "20,000 tokens, and the summary approximately 800 tokens."
    )
    session.prepare(
        "I must correct one element: the figure of 12,000 concerns motor claims only. Including property and health "
        "claims, the total is closer to 18,000 files per month, of the same average size."
    )
    assert session.profile.get("tokens_per_month") == pytest.approx(18_000 * 20_800, rel=0.01)


def test_a_team_operating_our_own_data_centre_is_no_rule_on_the_data() -> None:
    facts, _ = facts_and_asked(
        "Regarding personnel: our IT department comprises a team operating our own data centre and an OpenShift "
        "(Kubernetes) platform, but we have no machine-learning specialists.",
        "data_boundary",
    )
    assert "data_boundary" not in facts
    assert facts["team"] == {"ml_engineers": 0, "kubernetes": True}


@pytest.mark.parametrize(
    "text",
    [
        "But they accept that we use OpenAI or Anthropic with zero-retention contract, it is in our agreements.",
        "our clients allow us to use Anthropic",
    ],
)
def test_a_public_vendor_accepted_by_whoever_decides_is_any_vendor(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("data_boundary") == "any_vendor"


def test_a_vendor_not_approved_is_no_permission() -> None:
    facts, _ = facts_and_asked("legal has not approved that we use OpenAI")
    assert facts.get("data_boundary") != "any_vendor"


@pytest.mark.parametrize(
    ("text", "region", "boundary"),
    [
        ("Data must stay in our own data centre in Germany, no cloud", "de", "on_prem"),
        ("everything must be hosted in our AWS account in eu-central-1", "de", "cloud_tenant"),
        ("it has to stay in our own tenant in Azure Canada Central", "ca", "cloud_tenant"),
    ],
)
def test_a_place_reached_by_way_of_our_own_machines_or_tenant_is_the_rule(
    text: str, region: str, boundary: str
) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("data_region") == region
    assert facts.get("data_boundary") == boundary
    assert "data_residency" in facts["compliance"]


def test_where_our_servers_stand_is_still_no_rule() -> None:
    facts, _ = facts_and_asked("our servers are in Frankfurt")
    assert "data_region" not in facts


def test_reading_and_writing_are_the_two_sides() -> None:
    facts, _ = facts_and_asked(
        "About 90,000 conversations a month, averaging 12 turns; on each turn the model would suggest a reply to the "
        "counselor, reading ~1,500 tokens and writing ~120."
    )
    assert facts.get("request_input_tokens") == 1_500
    assert facts.get("request_output_tokens") == 120
    assert facts.get("tokens_per_month") == pytest.approx(90_000 * 12 * 1_620, rel=0.01)


@pytest.mark.parametrize("text", ["We can't risk a weak model here.", "we cannot accept mediocre answers"])
def test_a_weak_model_ruled_out_is_a_frontier_bar(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("quality") == "frontier"


def test_a_bigger_model_too_dear_is_no_frontier_bar() -> None:
    facts, _ = facts_and_asked("we can't afford a bigger model")
    assert "quality" not in facts


def test_a_brazilian_fintech_in_portuguese_and_english() -> None:
    facts, _ = facts_and_asked(
        "Oi! Fintech de crédito em São Paulo. We process around 1.2 bi tokens/mês, ~85% input. Pico no horário "
        "comercial, basically nothing after 8pm. Hoje usamos GPT-4.1."
    )
    assert facts.get("tokens_per_month") == pytest.approx(1_200_000_000)
    assert facts.get("input_share") == pytest.approx(0.85)
    assert facts.get("traffic_shape") == "business_hours"
    assert facts.get("current_model") == "gpt-4.1"


@pytest.mark.parametrize(
    "text",
    [
        "We rent 2 A10Gs on AWS for the OCR, don't own any hardware.",
        "the 4 L4s we have run our speech-to-text; they're for the transcription",
    ],
)
def test_gpus_run_for_another_named_job_are_not_the_workload_s(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "owned_gpus" not in facts


def test_gpus_bought_for_training_and_inference_are_still_ours() -> None:
    facts, _ = facts_and_asked("we bought 8 H100s for training and inference")
    assert facts["owned_gpus"]["count"] == 8


@pytest.mark.parametrize(
    "text",
    [
        "My boss is convinced open models are fine for this. I'm less sure, and we haven't actually tested anything.",
        "Our CTO believes a Llama model will do the job, but honestly we have not run any test to confirm it.",
    ],
)
def test_a_boss_s_belief_the_user_doubts_is_no_quality_bar(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "quality" not in facts


def test_a_boss_s_belief_the_user_tested_holds() -> None:
    facts, _ = facts_and_asked("my CTO believes open models are fine and we tested llama, it was good")
    assert facts.get("quality") == "open_weight_ok"


@pytest.mark.parametrize("text", ["I've fine-tuned ESM models, so I count as ML", "i guess i count as the ml person"])
def test_the_speaker_counting_themselves_as_ml_is_one_ml_engineer(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("team", {}).get("ml_engineers") == 1


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        # 1,500 x 3 x 1,050 x 30
        ("~1.5k DAU, each does ~3 AI reflections/day, ~800 tok in / 250 out", 141_750_000),
        # 200 x 40 x 900 x 30
        ("200 interns, each writes 40 legal summaries a day, ~700 tokens in and 200 out", 216_000_000),
    ],
)
def test_items_with_a_word_saying_their_kind_are_still_counted(text: str, tokens_per_month: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens_per_month, rel=0.01)


def test_a_case_handler_is_one_person_not_a_case() -> None:
    facts, _ = facts_and_asked(
        "Users: ca. 350 case handlers. Volume: ca. 40 requests per case handler per working day. Each request: ca. "
        "2 500 input tokens and ca. 500 output tokens."
    )
    # 350 x 40 x 3,000 a working day, about 21.7 working days a month (the convention)
    assert facts.get("tokens_per_month") == pytest.approx(350 * 40 * 3_000 * 21.67, rel=0.02)


def test_japanese_ten_thousands_are_counted() -> None:
    facts, _ = facts_and_asked(
        "We receive about 3万件 inquiries per month. For each inquiry about 1,500 tokens of input and about 400 tokens "
        "of output."
    )
    assert facts.get("tokens_per_month") == pytest.approx(30_000 * 1_900, rel=0.01)


def test_yen_in_ten_thousands_is_an_amount_in_yen() -> None:
    facts, _ = facts_and_asked("Currently we use Claude Haiku 4.5 via Bedrock, about 3.5万円 per month.")
    assert facts["current_spend_in_currency"]["currency"] == "JPY"
    assert facts["current_spend_in_currency"]["amount_per_month"] == 35_000


@pytest.mark.parametrize(
    "text",
    [
        "Because na patient data, NDPA dey apply — HIPAA no concern us o, we no dey America.",
        "HIPAA is no concern of ours; we only serve EU patients",
    ],
)
def test_a_regime_of_no_concern_is_denied(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "hipaa" not in facts.get("compliance", [])


def test_a_bare_no_before_another_regime_still_belongs_to_it() -> None:
    facts, _ = facts_and_asked("HIPAA no PCI")
    assert facts.get("compliance") == ["hipaa"]


@pytest.mark.parametrize(
    "text",
    [
        "We have cero GPUs — the CFO talks about buying 8 x H100 next fiscal year but nothing is approved.",
        "we have none today; our CTO talks about buying 4 A100s next budget year",
    ],
)
def test_gpus_talked_of_for_next_year_are_not_owned(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "owned_gpus" not in facts


@pytest.mark.parametrize(
    ("text", "count"),
    [("we own 8 H100s, bought last fiscal year", 8), ("we have, in the basement, 4 A100s", 4)],
)
def test_gpus_held_are_still_owned(text: str, count: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["owned_gpus"]["count"] == count


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("our internal policy says données personnelles must stay au Canada", "ca"),
        ("les données must stay en Europe, that's the rule", "eu"),
    ],
)
def test_a_french_place_after_au_or_en_is_the_rule_s_place(text: str, region: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("data_region") == region


@pytest.mark.parametrize(
    ("text", "ml"),
    [
        ("Team: 6 ML engineers, 2 of them do MLOps, we run our own k8s.", 6),
        ("we have 6 ML engineers; two of them also handle MLOps", 6),
        ("2 ML engineers and 3 MLOps engineers", 5),
    ],
)
def test_some_of_those_counted_are_no_one_more(text: str, ml: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["team"]["ml_engineers"] == ml
    assert facts["team"]["mlops"] is True


def test_people_named_in_another_language_with_an_english_gloss_are_counted() -> None:
    facts, _ = facts_and_asked(
        "We have about 180,000 active wakulima (farmers) and on average each sends 6 messages a month. Input is ~900 "
        "tokens per message; ~120 tokens out."
    )
    assert facts.get("tokens_per_month") == pytest.approx(180_000 * 6 * 1_020, rel=0.01)


@pytest.mark.parametrize(
    "text",
    [
        "The farmer's question is short, maybe 60 tokens, but we add a prompt with their crop and location info so "
        "input is ~900 tokens per message; the reply must fit in 2 SMS so ~120 tokens out.",
        "the question is maybe 60 tokens, but with our prompt the input is ~900 tokens per message; ~120 tokens out.",
    ],
)
def test_the_input_labelled_as_such_is_the_input(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("request_input_tokens") == 900
    assert facts.get("request_output_tokens") == 120


@pytest.mark.parametrize(
    "text",
    [
        "Average email ~800 tokens, plus our prompt ~1 200 tokens, so input ~2 000; the draft reply is ~350 tokens.",
        "We receive about 12 000 courriels par jour from clients, 7 jours sur 7. Average courriel ~800 tokens, "
        "plus our prompt ~1 200 tokens, so input ~2 000; the draft réponse is ~350 tokens.",
    ],
)
def test_parts_added_after_a_comma_are_one_input(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("request_input_tokens") == 2_000
    assert facts.get("request_output_tokens") == 350


def test_the_quebec_insurer_s_volume_in_french_words() -> None:
    facts, _ = facts_and_asked(
        "We receive about 12 000 courriels par jour from clients, 7 jours sur 7. Average courriel ~800 tokens, plus "
        "our prompt ~1 200 tokens, so input ~2 000; the draft réponse is ~350 tokens."
    )
    assert facts.get("tokens_per_month") == pytest.approx(12_000 * 2_350 * 30, rel=0.01)


def test_waves_of_traffic_are_no_requests() -> None:
    facts, _ = facts_and_asked(
        "For each note the model would read roughly 6,000 tokens of chart and write about 500 tokens. All the notes "
        "are needed in the half hour before each shift change, so it comes in three big waves a day — 7, 3 and 11."
    )
    assert "tokens_per_month" not in facts  # three waves a day are when the notes come, not three notes


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("on each turn the model would suggest a reply to the counselor", False),
        ("on every call we summarise the transcript", False),
        ("on H100s?", True),
        ("with spot pricing?", True),
    ],
)
def test_a_clause_about_each_thing_counted_is_no_what_if(text: str, asked: bool) -> None:
    from assistant.interview import whatif

    assert whatif.asks_what_if(text) is asked


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        # 14 x 3 x 6,400 x 30
        (
            "We got 14 frac crews, and every crew turns in daily reports on about 3 wells a day, 7 days a week. Each "
            "report's maybe 6,000 tokens going in and the summary's about 400 coming out.",
            8_064_000,
        ),
        # 6 x 20 x 1,000 x 30
        ("6 drilling rigs, each rig sends 20 status digests a day, ~1k tokens each", 3_600_000),
    ],
)
def test_crews_and_rigs_each_with_their_own_rate_make_the_volume(text: str, tokens_per_month: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens_per_month, rel=0.01)


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        (
            "Roughly 600 staff, each asking maybe 25 questions a day; the centre is open 8am–6pm weekdays, call it 21 "
            "business days a month. RAG context is ~4,000 tokens in, ~300 out.",
            1_354_500_000,  # 600 x 25 x 21 x 4,300
        ),
        (
            "Users: ca. 350 case handlers. Volume: ca. 40 requests per case handler per working day. We count with 21 "
            "working days per month. Each request: ca. 2 500 input tokens and ca. 500 output tokens.",
            882_000_000,  # 350 x 40 x 21 x 3,000
        ),
    ],
)
def test_the_working_days_a_month_the_user_counts_with_are_used(text: str, tokens_per_month: int) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens_per_month, rel=0.001)


def test_a_rate_a_day_with_no_working_days_said_runs_every_day() -> None:
    facts, _ = facts_and_asked("50k chats a day, 2k tokens each")
    assert facts.get("tokens_per_month") == pytest.approx(50_000 * 2_000 * 30)


def test_portuguese_sides_entrada_and_saida() -> None:
    facts, _ = facts_and_asked(
        "Estimativa: 2 mil conversas por dia na safra; fora da safra cai pela metade, mas queremos dimensionar pela "
        "safra. Cada conversa uns 3 mil tokens de entrada e 500 de saída."
    )
    assert facts.get("request_input_tokens") == 3_000
    assert facts.get("request_output_tokens") == 500
    assert facts.get("tokens_per_month") == pytest.approx(2_000 * 3_500 * 30)


@pytest.mark.parametrize(
    "text",
    [
        "we have 4 A100s sitting idle and about 60M tokens a day of RAG traffic — would self-hosting on those actually "
        "beat GPT-4o mini for us?",
        "could a self-hosted Llama outperform Claude Sonnet 4.5 on our tickets?",
    ],
)
def test_a_model_to_beat_is_not_the_model_in_use(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "current_model" not in facts


def test_a_model_in_use_is_still_read() -> None:
    facts, _ = facts_and_asked("we use GPT-4o mini today, 30M tokens a day")
    assert facts.get("current_model") == "gpt-4o-mini"
