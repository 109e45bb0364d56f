"""Readings from the misreads found in session 40: each case here was read wrong before the change beside it."""

from __future__ import annotations

import pytest

from tests.reading import facts_and_asked


@pytest.mark.parametrize(
    "text",
    [
        "Whatever we move to has to be at least as good as what GPT-4o gives us today.",
        "bar = gpt-4o quality or better. 3 ML engs.",
        "it has to be as good as gpt4o which is what we run now no worse than that",
        "The replacement must match the output quality of our current GPT-4o integration.",
        "We need GPT-4.1 level answers, our lawyers read them.",
        "bar: ≥ gpt-4o quality",
        "we need GPT-4 class quality",
    ],
)
def test_a_closed_flagship_required_as_the_floor_is_frontier(text: str) -> None:
    """Asked for what they have, not for an open model that may only come close (read before: open_weight_ok)."""
    facts, _ = facts_and_asked(text)
    assert facts.get("quality") == "frontier"


@pytest.mark.parametrize(
    "text",
    [
        "GPT-4o level quality is fine for us",
        "something like gpt-4o would do",
        "gpt-4o quality is good enough",
        "we are happy with gpt-4o quality",
        "GPT-4o quality would be fine, we need it fast though",  # the need is about speed
    ],
)
def test_a_closed_flagship_said_to_suffice_stays_open_weight(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("quality") == "open_weight_ok"


def test_a_blind_test_between_an_open_model_and_a_flagship_is_no_requirement() -> None:
    facts, _ = facts_and_asked("we ran a blind test and users couldn't tell the Llama 70B answers from the GPT-4o ones")
    assert facts.get("quality") == "open_weight_ok"


def test_a_flagship_class_said_unnecessary_with_a_hyphen_is_denied() -> None:
    facts, _ = facts_and_asked("GPT-4-class models are unnecessary; a mid-sized open model would meet our needs.")
    assert facts.get("quality") == "open_weight_ok"


def test_a_flagship_that_was_good_with_open_models_untried_is_asked() -> None:
    facts, asked = facts_and_asked(
        "GPT-4o was good in our test. We did not try open models, I don't know if they're enough."
    )
    assert "quality" not in facts and "quality" in asked


@pytest.mark.parametrize(
    "text",
    [
        "it's 30k a week now. Our p95 target is 500 ms to first token",
        "about 12k a day; time to first token under 800ms",
        "roughly 40k a month, and streaming at 50 tokens per second is fine",
    ],
)
def test_a_count_said_bare_is_not_tokens_because_a_latency_or_speed_names_tokens(text: str) -> None:
    """'first token' and 'tokens per second' name no volume's unit (read before: 128,571 tokens a month)."""
    facts, _ = facts_and_asked(text)
    assert "tokens_per_month" not in facts


def test_tokens_named_as_the_subject_still_count_a_bare_figure() -> None:
    facts, _ = facts_and_asked("we do 30M a day, it's tokens. time to first token under 1s")
    assert facts.get("tokens_per_month") == 900_000_000


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("on gpt-4o now, want to know if llama is good enough", "gpt-4o"),
        ("we run claude 3.5 haiku today, wondering if an open model could replace it", "claude-3.5-haiku"),
        ("currently on gpt-4.1 mini, I'd like to know what self-hosting would cost", "gpt-4.1-mini"),
    ],
)
def test_the_model_in_use_stays_when_a_question_follows_after_a_comma(text: str, model: str) -> None:
    """The question after the comma is a clause of its own (read before: the model in use as a candidate)."""
    facts, _ = facts_and_asked(text)
    assert facts.get("current_model") == model


@pytest.mark.parametrize(
    "text",
    [
        "Processing must occur within FedRAMP High authorized environments or agency-owned facilities.",
        "on-prem only, or at most a FedRAMP High environment",
    ],
)
def test_own_premises_or_an_authorized_cloud_is_the_cloud(text: str) -> None:
    """The looser place allowed is the rule (read before: on_prem)."""
    facts, _ = facts_and_asked(text)
    assert facts.get("data_boundary") == "cloud_tenant"


def test_own_premises_alone_stay_own_premises() -> None:
    facts, _ = facts_and_asked("Processing must occur in agency-owned facilities; FedRAMP is not enough for us.")
    assert facts.get("data_boundary") == "on_prem"


@pytest.mark.parametrize(
    "text", ["Now we use the Claude model by API, it works very nice", "we're on claude through bedrock today"]
)
def test_claude_alone_as_the_model_in_use_is_asked_which(text: str) -> None:
    """Read before as nothing at all; a version is not guessed either."""
    facts, asked = facts_and_asked(text)
    assert "current_model" not in facts and "current_model" in asked


def test_claude_with_its_version_is_the_model_in_use() -> None:
    facts, _ = facts_and_asked("we use claude 3.5 haiku in production")
    assert facts.get("current_model") == "claude-3.5-haiku"


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Budget is hard to say. Somewhere in the five figures a month, maybe?", False),
        ("Our logging is a mess. I think we might be doing something like 100k requests a day?", False),
        ("self host or api?", True),
        ("We looked at a few options. Should we self-host, roughly speaking?", True),
        ("No idea about the volume yet. What would it cost at around 5M a day?", True),
        ("Is 5M a day a lot? Maybe?", True),
        ("Our setup is unclear. About how much does an H100 cost per hour?", True),
        ("Not sure about volume yet. Self-hosting, roughly how much would that cost?", True),
    ],
)
def test_a_hedged_last_sentence_with_a_question_mark_is_no_question(text: str, asked: bool) -> None:
    """Read before as a question for the articles: the first answer was two article passages."""
    from assistant.interview.reading import parse_message

    assert ("question" in parse_message(text).intents) is asked


@pytest.mark.parametrize(
    ("text", "turns_per_month"),
    [
        (
            "about 30,000 conversations a month. Wait, no, that's last quarter's number; it's 30k a week now. "
            "Each conversation is maybe 8 turns.",
            30_000 * 30 / 7 * 8,
        ),
        ("12,000 tickets a week. sorry, no, my mistake: it's 12k a day", 12_000 * 30),
    ],
)
def test_a_count_said_again_with_its_period_after_a_correction_takes_that_period(
    text: str, turns_per_month: float
) -> None:
    """Read before: the old period kept, or 'last quarter's number' taken as the count's period (80,000 turns)."""
    from assistant.interview.reading import parse_message

    pending = parse_message(text).pending
    assert pending is not None and pending["requests"] == pytest.approx(turns_per_month, rel=0.01)


@pytest.mark.parametrize(
    ("text", "requests", "prompt"),
    [
        ("We get 40k calls a month, each summary prompt is about 2000 tokens.", 40_000, 2000),
        ("5,000 tickets a day, the prompt is around 1,500 tokens", 150_000, 1500),
    ],
)
def test_a_count_with_only_its_prompt_sized_is_priced_at_it_not_asked_as_two_volumes(
    text: str, requests: float, prompt: float
) -> None:
    """Read before: 'I read two different volumes; roughly how many tokens ...?' with the count and size dropped."""
    from assistant.interview.reading import parse_message

    r = parse_message(text)
    assert "tokens_per_month" not in r.clarify
    assert r.pending is not None and r.pending["requests"] == pytest.approx(requests, rel=0.01)
    assert r.pending["unit_tokens"] == prompt and r.pending["prompt"] is True


def test_the_answer_size_said_after_a_prompt_sized_count_redoes_the_volume(catalog: object) -> None:
    import asyncio

    from assistant.agent.loop import Advisor
    from assistant.agent.offline import OfflineAdvisorModel
    from assistant.conversation.session import AdvisorSession

    session, advisor = AdvisorSession(catalog), Advisor(OfflineAdvisorModel(), None)  # type: ignore[arg-type]
    first = asyncio.run(advisor.turn(session, "We get 40k calls a month, each summary prompt is about 2000 tokens."))
    assert "but not its answer" in first.assistant
    assert session.profile.facts["tokens_per_month"].origin == "assumed"
    asyncio.run(advisor.turn(session, "the summary is about 150 tokens"))
    assert session.profile.get("tokens_per_month") == pytest.approx(40_000 * 2_150, rel=0.01)


@pytest.mark.parametrize(
    "text",
    [
        "Our group company is using Mistral Large and paying 20 thousand dollars per month.",
        "Our parent company runs everything on GPT-4o and spends about $30k a month.",
        "an affiliated company of ours keeps its data on-prem",
    ],
)
def test_a_company_of_the_same_group_speaks_for_itself(text: str) -> None:
    """Read before as the user's own model, spend and rules."""
    facts, _ = facts_and_asked(text)
    assert not {"current_model", "current_spend_usd_per_month", "data_boundary"} & set(facts)


def test_money_before_an_arrow_to_a_new_figure_is_the_old_one() -> None:
    facts, _ = facts_and_asked("spend: $20k/mo (gpt-4o, until Mar) → $8k/mo now (gpt-4o-mini)")
    assert facts.get("current_spend_usd_per_month") == 8000


@pytest.mark.parametrize(
    "text",
    [
        "Finance capped us at $5k a month for all the AI stuff. We're at about $3,200 today, so there's some headroom.",
        "we are at about $3,200 right now",
    ],
)
def test_money_we_are_at_now_is_the_spend_by_the_month(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("current_spend_usd_per_month") == 3200


@pytest.mark.parametrize(
    "text",
    [
        "Plant network is fully offline. Air-gapped, no exceptions.",
        "Everything must run inside, offline.",
        "Our site LAN is completely offline, no internet at all.",
    ],
)
def test_offline_said_of_the_network_is_no_batch(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "batch_ok" not in facts


@pytest.mark.parametrize("text", ["it's all offline processing, nobody waits", "it is fully offline, results next day"])
def test_offline_said_of_the_processing_is_batch(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("batch_ok") is True


def test_a_live_workload_and_a_nightly_job_beside_it_asks_which_waits() -> None:
    facts, asked = facts_and_asked("Chat is about 100M tokens a month, and the nightly summary job adds another 50M.")
    assert "batch_ok" not in facts and "batch_ok" in asked


@pytest.mark.parametrize(
    "text",
    [
        "100M tokens a month for chat plus 50M a month for summaries",
        "Chat is about 100M tokens a month, and the nightly summary job adds another 50M on top of that.",
    ],
)
def test_a_further_workload_said_with_plus_or_adds_is_added(text: str) -> None:
    """Read before as the first workload's 100M alone."""
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == 150_000_000


def test_another_figure_of_something_else_is_not_added() -> None:
    facts, _ = facts_and_asked("about 2M tokens a day, and another 3M users")
    assert facts.get("tokens_per_month") == 60_000_000


@pytest.mark.parametrize(
    ("text", "gpu_infra"),
    [
        ("the company itself owns and operates no GPU servers.", False),  # read before: True
        ("we operate a few GPU servers", True),
        ("we're on EKS with g5 GPU nodes already serving our ranking models.", True),  # read before: nothing
        ("no GPU nodes in production", False),
    ],
)
def test_gpus_operated_or_not(text: str, gpu_infra: bool) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("team", {}).get("gpu_infra") is gpu_infra


def test_two_traffic_shapes_at_once_get_a_question_naming_the_shapes(catalog: object) -> None:
    """Asked before as 'I'm not sure I understood this part: traffic shape. Could you say it once more?'"""
    import asyncio

    from assistant.agent.loop import Advisor
    from assistant.agent.offline import OfflineAdvisorModel
    from assistant.conversation.session import AdvisorSession

    session, advisor = AdvisorSession(catalog), Advisor(OfflineAdvisorModel(), None)  # type: ignore[arg-type]
    reply = asyncio.run(
        advisor.turn(session, "~50k req/day, 1.5k tokens in, 300 out. bursty, mostly 9-5 eastern.")
    ).assistant
    assert "mostly within business hours" in reply and "say it once more" not in reply
    asyncio.run(advisor.turn(session, "mostly business hours"))
    assert session.profile.get("traffic_shape") == "business_hours"


@pytest.mark.parametrize(
    "text",
    [
        "Clinicians won't wait forever, but this isn't a chat — under 20 seconds per summary is fine.",
        "We need about 45 seconds for each report at most.",
    ],
)
def test_a_time_for_each_thing_produced_is_the_whole_answer(text: str) -> None:
    """Read before without its kind, so priced as time to first token."""
    facts, _ = facts_and_asked(text)
    assert facts.get("latency_kind") == "total"


def test_a_peak_rate_beside_a_usual_count_with_its_prompt_asks_nothing() -> None:
    from assistant.interview.reading import parse_message

    r = parse_message(
        "Roughly two hundred thousand minutes of audio a month, call it forty thousand calls, and each summary prompt "
        "is a couple thousand tokens. Traffic peaks around three hundred calls an hour mid-morning."
    )
    assert "tokens_per_month" not in r.clarify
    assert r.pending is not None and r.pending["requests"] == 40_000 and r.pending["unit_tokens"] == 2_000


def test_a_peak_rate_alone_still_asks_the_volume() -> None:
    facts, asked = facts_and_asked("we peak at 300 calls an hour")
    assert "tokens_per_month" not in facts and "tokens_per_month" in asked


@pytest.mark.parametrize(
    "text",
    [
        "I saw on Anthropic's trust page that they do SOC 2 Type II and can sign a BAA, which is nice I guess.",
        "The vendor told us in the demo they are GDPR compliant and have servers in Europe.",
        "a customer of ours is air-gapped.",
        "If we land the defence contract we're bidding on, then yeah, it would probably need to be air-gapped.",
    ],
)
def test_a_vendors_claims_a_customers_setup_and_a_contract_not_won_are_no_regime_of_ours(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert [r for r in facts.get("compliance", []) if r != "none"] == [] and "data_boundary" not in facts


def test_our_own_regime_beside_a_vendors_claim_stays() -> None:
    facts, _ = facts_and_asked("we are SOC 2 certified; our vendor said they are too")
    assert facts.get("compliance") == ["soc2"]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("customer data has to stay in brasil", "br"),
        ("our data must remain in España", "es"),
        ("the data has to stay in Polska", "pl"),
    ],
)
def test_a_country_in_its_own_spelling_is_a_residency_rule(text: str, region: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("data_region") == region and "data_residency" in facts.get("compliance", [])


def test_marketing_copy_as_the_product_is_no_hearsay() -> None:
    """'it's public marketing copy' had made the whole message someone else's words (no compliance read)."""
    facts, _ = facts_and_asked("there are no compliance requirements here, it's public marketing copy")
    assert facts.get("compliance") == ["none"]


def test_marketing_copy_that_claims_is_hearsay() -> None:
    facts, _ = facts_and_asked("their marketing copy says they are HIPAA compliant")
    assert "compliance" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "Our total cloud bill is about $40k a month, AI is a small part of it.",
        "we pay our annotators $3k a month",
        "Azure credits: $150k for the year",
    ],
)
def test_money_paid_to_people_for_the_whole_cloud_or_granted_is_no_inference_spend(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "current_spend_usd_per_month" not in facts


def test_inference_spend_beside_other_costs_stays() -> None:
    facts, _ = facts_and_asked("we spend $4k a month on the API and our contractors cost more")
    assert facts.get("current_spend_usd_per_month") == 4000


def test_money_approved_to_buy_hardware_is_no_monthly_budget() -> None:
    """Read before as a budget of $60,000 a month."""
    facts, asked = facts_and_asked("the CFO approved $60k for GPUs")
    assert "budget_usd_per_month" not in facts and "budget_usd_per_month" in asked


def test_a_monthly_budget_for_gpus_stays() -> None:
    facts, _ = facts_and_asked("budget is $5k a month for GPUs")
    assert facts.get("budget_usd_per_month") == 5000


@pytest.mark.parametrize(
    ("text", "paid_for"),
    [
        ("we have access to 8 A100s on our AWS account", False),  # read before: paid for (sunk)
        ("we have 4 H100s via EC2", False),
        ("we own 8 A100s in our colo", True),
    ],
)
def test_gpus_in_a_cloud_account_are_rented_not_paid_for(text: str, paid_for: bool) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["owned_gpus"]["paid_for"] is paid_for


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        ("we need 40 tokens per second, about 30M a day", 900_000_000),  # read before: 1.0B (the speed added)
        ("we need to handle 5000 tokens per second", 5000 * 86_400 * 30),  # a rate to handle stays the traffic
    ],
)
def test_a_speed_asked_for_is_no_volume(text: str, tokens_per_month: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens_per_month)
