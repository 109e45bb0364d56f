"""Readings from the misreads found in session 44 (most in the dev file ``boundary_tuning_43.yaml``): each case here
was read wrong before the change beside it; the variants are other voices saying the same."""

from __future__ import annotations

import pytest

from tests.reading import facts_and_asked, parsed


@pytest.mark.parametrize(
    "text",
    [
        "We rent 4 A100s at a GPU cloud, mostly for ASR training.",
        "the L4s are busy with speech training most nights",
        "Our vision training runs on the other cluster.",
        "No staff training is planned for this rollout.",
    ],
)
def test_another_kind_of_models_or_peoples_training_is_no_fine_tuning(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "fine_tuning" not in facts


@pytest.mark.parametrize(
    "text", ["we'd like some custom training.", "Fine-tuning: yes, on our tickets.", "We want to do LoRA training."]
)
def test_training_of_the_model_stays_fine_tuning(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["fine_tuning"] is True


@pytest.mark.parametrize(
    ("text", "gpu", "count", "paid"),
    [
        ("We hold 1-year reserved instances for four g6.xlarge boxes - one L4 each.", "l4", 4, False),
        ("we've got three p4 machines: one A100 apiece, bought outright last spring", "a100-80gb", 3, True),
        ("8x A10G on 1yr RIs in our own account.", "a10g", 8, False),
        ("We have 3 PCs with RTX 4090", "rtx-4090", 3, True),
    ],
)
def test_machines_with_one_gpu_each_and_reserved_instances(text: str, gpu: str, count: int, paid: bool) -> None:
    """A GPU each said after a dash, machines counted in words or named by an instance type with a dot, and GPUs on
    reserved instances ("RIs") were not read as held."""
    facts, _ = facts_and_asked(text)
    assert facts["owned_gpus"] == {"gpu": gpu, "count": count, "paid_for": paid}


@pytest.mark.parametrize(
    "text",
    [
        "If we win the hospital contract we'd need everything in German data centres, but that's a year away.",
        "Should the Ministry deal come through, all processing has to stay in France. Until then, nothing applies.",
        "if the bank contract is signed, data must stay in the EU",
    ],
)
def test_a_residency_rule_that_waits_on_an_event_is_no_rule_today(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "data_residency" not in (facts.get("compliance") or [])
    assert "data_region" not in facts


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("If we use an API, the data must stay in the EU.", "eu"),
        ("We won the contract last year, so data must stay in Germany.", "de"),
    ],
)
def test_a_rule_on_a_choice_or_after_an_event_past_still_binds(text: str, region: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["data_region"] == region


@pytest.mark.parametrize(
    "text",
    [
        "Our consultant says we should air-gap the lab network, but no one has decided yet.",
        "The auditors may want a full air gap, we don't know until their report lands.",
        "We're tendering for a contract where the client site is air-gapped. Nothing is certain yet.",
    ],
)
def test_an_air_gap_not_yet_decided_is_not_stored(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "air_gapped" not in (facts.get("compliance") or [])
    assert facts.get("data_boundary") != "air_gapped"


def test_an_air_gap_said_with_something_else_undecided_stands() -> None:
    facts, _ = facts_and_asked("Our plant network is air-gapped, and nothing is decided on the model yet.")
    assert facts["data_boundary"] == "air_gapped"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Patient records must stay in Ghana by law.", "Ghana"),
        ("the regulator requires the data to stay in Uganda", "Uganda"),
        ("Everything has to remain in Costa Rica.", "Costa Rica"),
        ("Data can't leave Zimbabwe.", "Zimbabwe"),
    ],
)
def test_any_countrys_residency_rule_is_read(text: str, country: str) -> None:
    """Only about fifty countries with no region of their own were known; a rule naming another read nothing."""
    facts, _ = facts_and_asked(text)
    assert facts["data_country"] == country
    assert "data_residency" in facts["compliance"]


@pytest.mark.parametrize(
    "text",
    [
        "Jordan on our team has to stay in the loop.",
        "We're a Panama-based logistics company.",
        "Our office in Georgia runs the pilot.",
    ],
)
def test_a_name_or_a_company_home_is_no_residency_rule(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "data_country" not in facts
    assert "data_residency" not in (facts.get("compliance") or [])


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("own Azure subscription, Australia East only.", "au"),
        ("Only the Germany West Central region is allowed.", "de"),
        ("UK South only, in our own tenant", "uk"),
    ],
)
def test_azure_regions_written_as_words_are_places(text: str, region: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["data_region"] == region


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("OpenAI is fine as long as processing happens in the EU.", "eu"),
        ("Any provider works, provided hosting is within Canada.", "ca"),
    ],
)
def test_a_vendor_allowed_on_condition_of_where_it_processes(text: str, region: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["data_region"] == region
    assert "data_residency" in facts["compliance"]


@pytest.mark.parametrize(
    "text",
    [
        "Legal's position: no customer data to vendors hosted in the United States.",
        "EU vendors are OK. Nothing to US-hosted ones.",
    ],
)
def test_no_data_to_vendors_hosted_in_the_us(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["data_region"] == "not_us"


def test_labels_after_a_slash_are_each_read() -> None:
    """A value before " / " kept its trailing space, so the next label was never found."""
    facts, _ = facts_and_asked("data: any vendor / regs: none / fine-tuning: no")
    assert facts["data_boundary"] == "any_vendor"
    assert facts["compliance"] == ["none"]
    assert facts["fine_tuning"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Back when I was at a payments company it was PCI everything. Here I don't know yet.",
        "When I worked for a hospital, HIPAA ruled our lives; this startup is different.",
    ],
)
def test_a_regime_of_a_past_job_is_not_todays(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert not {"pci_dss", "hipaa"} & set(facts.get("compliance") or [])


@pytest.mark.parametrize(
    "text",
    [
        "Hospital group, HIPAA. Vendors fine if they'll sign a BAA.",
        "vendors ok w/ a DPA in place",
        "The board is ok with ChatGPT-style services as long as a DPA is signed.",
        "honestly send the data anywhere, it's public recipes",
    ],
)
def test_vendors_allowed_on_a_condition_or_anywhere(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["data_boundary"] == "any_vendor"


@pytest.mark.parametrize("text", ["vendors must sign a BAA first.", "No vendors, ever."])
def test_vendors_bound_or_refused_are_no_permission(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("data_boundary") != "any_vendor"


@pytest.mark.parametrize(
    "text",
    [
        "All of it lives in our own OVH project in Gravelines; no outside AI vendors.",
        "own Scaleway account only, nothing to external LLM APIs",
    ],
)
def test_an_account_at_a_smaller_cloud_is_the_tenant(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["data_boundary"] == "cloud_tenant"


def test_torn_between_two_places_is_no_boundary() -> None:
    facts, _ = facts_and_asked(
        "We're torn between our own Azure subscription and just calling OpenAI; the DPO hasn't ruled yet."
    )
    assert "data_boundary" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "The board is ok with OpenAI as long as a DPA is signed.",
        "Legal is fine with Anthropic provided there's a BAA.",
    ],
)
def test_a_vendor_allowed_with_a_contract_term_after_it(text: str) -> None:
    """The term's opener was taken as the first "with" before it, blanking the permission's own "with"."""
    facts, _ = facts_and_asked(text)
    assert facts["data_boundary"] == "any_vendor"


@pytest.mark.parametrize(
    ("text", "usd"),
    [
        ("Spend was $18k/month - well, that was last month; this month is trending toward $25k.", 25_000),
        ("Last month we spent $18k, this month we're tracking toward 25k.", 25_000),
        ("We were at $20k a month; now $11k.", 11_000),
        ("our API bill used to be $6,000 monthly, currently $4,500", 4_500),
    ],
)
def test_the_newer_figure_with_its_own_sign_or_said_as_this_months(text: str, usd: float) -> None:
    """The newer figure was read only when bare ("now 11k"); with its own dollar sign it had no period and was
    dropped, and "this month is trending toward" was no word for today."""
    facts, _ = facts_and_asked(text)
    assert facts["current_spend_usd_per_month"] == pytest.approx(usd)


@pytest.mark.parametrize(
    "text",
    [
        "Our contracts prohibit sending client data to third-party AI providers.",
        "We're barred from using outside AI vendors for anything with PII.",
        "Several clients' engagement letters forbid sending their documents to third-party AI providers.",
    ],
)
def test_a_prohibition_on_vendors_asks_where_the_data_may_go(text: str) -> None:
    """Read as nothing, or as vendors allowed (the prohibition's verb negated nothing)."""
    facts, asked = facts_and_asked(text)
    assert facts.get("data_boundary") != "any_vendor"
    assert "data_boundary" in asked


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("1500 chats a day; a chat is maybe 8 messages of 150 tokens", 1500 * 8 * 150 * 30),
        ("1500 chats a day. A chat is about 8 messages, ~200 tokens each", 1500 * 8 * 200 * 30),
        ("we get 400 conversations a day and a conversation has about 6 turns of 300 tokens", 400 * 6 * 300 * 30),
    ],
)
def test_sessions_of_turns_with_the_size_of_each_turn(text: str, tokens: float) -> None:
    """The session's words were blanked with the size said after them, so the turns were counted with no size."""
    facts, _ = facts_and_asked(text)
    assert facts["tokens_per_month"] == pytest.approx(tokens)


@pytest.mark.parametrize(
    ("text", "tokens_in", "tokens_out"),
    [
        ("100 requests a day; in: 2400, out: 600", 2400, 600),
        ("100 requests a day; input=2.4k output=600", 2400, 600),
        ("prompt=900 completion=150, 2000 calls a day", 900, 150),
    ],
)
def test_each_side_of_a_request_labelled(text: str, tokens_in: float, tokens_out: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["request_input_tokens"] == tokens_in
    assert facts["request_output_tokens"] == tokens_out


def test_a_label_pair_that_is_not_a_size() -> None:
    facts, _ = facts_and_asked("Data in: EU, out: none")
    assert "request_input_tokens" not in facts


def test_an_hourly_rate_times_its_hours_on_weekdays() -> None:
    """ "900 req/h x 8h" was 900 x 8 an hour (24 hours a day), and the weekdays said after the hours were lost."""
    facts, _ = facts_and_asked("900 req/h x 8h, weekdays only; in=2400, out=600")
    working_days = 52 * 5 / 12
    assert facts["tokens_per_month"] == pytest.approx(900 * 8 * 3000 * working_days, rel=1e-3)


@pytest.mark.parametrize(
    "text",
    [
        "We could queue them up and run them in one go at the end of each day, that's totally fine.",
        "we can collect the requests and process them in bulk overnight or whenever",
        "send them in batches at the end of the shift, nobody minds",
    ],
)
def test_work_done_all_at_once_later_may_wait(text: str) -> None:
    """'queue them up' never matched (no space before 'up' in the cue), and work run in one go at the end of the day
    was no cue at all."""
    facts, _ = facts_and_asked(text)
    assert facts["batch_ok"] is True


def test_work_refused_in_bulk_is_live() -> None:
    facts, _ = facts_and_asked("we can't run them in bulk, agents need each answer live")
    assert facts["batch_ok"] is False


@pytest.mark.parametrize("text", ["Our infra guy (singular!) also does billing.", "our ops person, just the one."])
def test_one_person_in_a_role_said_to_be_the_only_one(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["team"]["devops"] == 1


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("Each of our ~300 reps drafts maybe 20 emails a day with it, 400 tokens each", 300 * 20 * 400 * 30),
        ("each of our about 1,200 agents handles 30 chats a day, 800 tokens each", 1200 * 30 * 800 * 30),
    ],
)
def test_each_of_an_approximate_head_count(text: str, tokens: float) -> None:
    """A head count said with "~" or "about" was not taken as the people the rate is each of."""
    facts, _ = facts_and_asked(text)
    assert facts["tokens_per_month"] == pytest.approx(tokens)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        (
            "Volume: 120 req/s at peak, maybe a third of that on average; requests ~1k tokens, responses ~200.",
            40 * 86_400 * 30 * 1_200,
        ),
        ("2k requests per hour at peak, about half of that on average, 500 tokens each", 1_000 * 24 * 30 * 500),
    ],
)
def test_an_average_said_as_a_part_of_the_peak(text: str, tokens: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["tokens_per_month"] == pytest.approx(tokens, rel=1e-3)


def test_requests_set_against_responses_are_the_two_sides() -> None:
    facts, _ = facts_and_asked("requests are about 2k tokens and responses about 300")
    assert (facts["request_input_tokens"], facts["request_output_tokens"]) == (2000, 300)


# probe 53 (ten messages by a helper who did not see the code): the misreads, each with a variant in another voice


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        (
            "We run 8 urgent care clinics in Arizona. Each one sees about 60 patients a day, seven days a week. The "
            "visits are maybe 12 minutes of talking and the note is like a page.",
            8 * 60 * 30 * 2_400,
        ),
        ("our vet practice sees 40 patients a day, each consult is 10 minutes of talking", 40 * 30 * 2_000),
    ],
)
def test_patients_seen_are_visits_and_minutes_of_talking_are_speech(text: str, tokens: float) -> None:
    """'patients a day' was no count of anything (patients are people), and 'minutes of talking' no speech."""
    facts, _ = facts_and_asked(text)
    assert facts["tokens_per_month"] == pytest.approx(tokens)


def test_patients_served_are_not_visits() -> None:
    facts, _ = facts_and_asked("We serve about 2,000 patients.")
    assert "tokens_per_month" not in facts


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        (
            "maybe 3k users — ok, 2.7k weekly actives if I'm honest. Each does, I think, 8 queries a workday. Each "
            "query is around 8k tokens in, maybe 600 out.",
            2_700 * 8 * (52 * 5 / 12) * 8_600,
        ),
        ("12k users, 4k daily actives; each asks 5 questions a day, 1k tokens each", 4_000 * 5 * 30 * 1_000),
    ],
)
def test_the_active_users_are_the_ones_a_rate_is_each_of(text: str, tokens: float) -> None:
    """Two groups of users counted left "each" with nobody to multiply; a hedge between the verb and the count
    ("each does, I think, 8 queries") hid the rate's person."""
    facts, _ = facts_and_asked(text)
    assert facts["tokens_per_month"] == pytest.approx(tokens, rel=1e-3)


@pytest.mark.parametrize(
    "text", ["We have $100k in GCP credits, no GPUs.", "There's 40k of Azure credits we can burn through."]
)
def test_credits_granted_are_no_budget(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "budget_usd_per_month" not in facts


def test_a_budget_in_credits_a_month_stays() -> None:
    facts, _ = facts_and_asked("our budget is $5k of Azure credits a month")
    assert facts["budget_usd_per_month"] == 5_000


def test_sides_parted_by_a_spaced_slash_are_no_price_unit() -> None:
    """With money anywhere in the message, "... / out ~250 tok" was read as a price per output token and lost."""
    facts, _ = facts_and_asked("avg ~400 req/min; in ~3k tok / out ~250 tok per req. GPUs reserved, ~$19k/mo.")
    assert facts["request_output_tokens"] == 250
    assert facts["tokens_per_month"] == pytest.approx(400 * 60 * 24 * 30 * 3_250)


@pytest.mark.parametrize(
    ("text", "cloud"),
    [
        ("Customer data may not leave the Bank's Azure tenant; Azure OpenAI in the tenant is acceptable.", "azure"),
        ("Data may not leave our AWS account.", "aws"),
        ("Any cloud service must be FedRAMP authorized; the county already uses Azure Government.", "azure"),
    ],
)
def test_the_cloud_the_data_is_kept_in_is_the_tenants(text: str, cloud: str) -> None:
    """A denial on leaving read as a denial of the cloud ("may not leave our Azure tenant" named no cloud), so a
    bank on Azure was sent to Google's Vertex AI."""
    facts, _ = facts_and_asked(text)
    assert facts["cloud_provider"] == cloud


def test_a_cloud_denied_is_not_the_tenant() -> None:
    facts, _ = facts_and_asked("We don't have an Azure tenant.")
    assert "cloud_provider" not in facts


def test_a_neighbouring_organisations_spend_is_not_ours() -> None:
    facts, _ = facts_and_asked("The City next door told us they spend about $12,000 a month on Copilot.")
    assert "current_spend_usd_per_month" not in facts


@pytest.mark.parametrize(
    "text", ["Nothing needs to be fast — next business day is fine.", "results by the next working day are ok"]
)
def test_the_next_business_day_may_wait(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts["batch_ok"] is True


def test_work_that_must_run_on_university_hardware_is_on_prem() -> None:
    facts, _ = facts_and_asked("The data can't go to commercial APIs, so it has to run on university hardware.")
    assert facts["data_boundary"] == "on_prem"


def test_a_one_off_count_written_with_a_capital_is_quoted_whole() -> None:
    result = parsed("We need to label ~2 million Reddit posts for stance. It's a one-off run.")
    assert result.once is not None and "2 million Reddit posts" in result.once


@pytest.mark.parametrize(
    ("text", "tokens_out"),
    [
        ("each transcript is 3 pages and the summary is about a page.", 500),
        ("we get 900 applications a week, each around 15 pages; summaries can be a page or less", 500),
        ("480 visits a day, each 12 minutes of talking; the summary is about a page", 500),
    ],
)
def test_an_answer_said_as_a_page(text: str, tokens_out: float) -> None:
    """Only "half a page" said as a side's size was read; "a page" (or "a page or less") was taken as said in
    passing."""
    facts, _ = facts_and_asked(text)
    assert facts["request_output_tokens"] == tokens_out


@pytest.mark.parametrize(
    "text", ["We want a one-page summary of each contract.", "Input documents are long; the output is one paragraph."]
)
def test_a_page_in_passing_or_a_loose_length_is_no_size(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "request_output_tokens" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "Any solution must comply with PCI DSS, and vendors must provide a current SOC 2 Type II report.",
        "We need a vendor with a SOC 2 report.",
        "providers are required to hold valid SOC 2 attestation",
    ],
)
def test_a_report_every_vendor_must_hold_is_our_rule(text: str) -> None:
    """Said of vendors, SOC 2 was taken as a vendor's property told, not the workload's rule on who may get the data."""
    facts, _ = facts_and_asked(text)
    assert "soc2" in facts["compliance"]


def test_a_vendors_report_told_is_not_our_rule() -> None:
    facts, _ = facts_and_asked("OpenAI has a SOC 2 report.")
    assert "soc2" not in (facts.get("compliance") or [])


@pytest.mark.parametrize(
    ("text", "usd"),
    [
        ("We have 5,000 users and can spend up to $2 per user per month.", 10_000),
        ("180k daily active players. Target cost: under $0.03 per player per month.", 5_400),
        ("our budget is $1 per seat per month, 2,000 seats", 2_000),
        ("~180k daily active players at launch. Target cost: under 3 cents per player per month.", 5_400),
    ],
)
def test_a_budget_per_head_with_the_heads_counted(text: str, usd: float) -> None:
    """Per player, it was a budget of $0.03 a month (per seat or user, nothing): the price for each of the people
    counted in the message is their total."""
    facts, _ = facts_and_asked(text)
    assert facts["budget_usd_per_month"] == pytest.approx(usd)


@pytest.mark.parametrize("text", ["$99 a month per seat", "Target cost: under $0.03 per player per month."])
def test_a_price_per_head_without_the_heads_is_no_total(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "budget_usd_per_month" not in facts
    assert "current_spend_usd_per_month" not in facts


@pytest.mark.parametrize(
    ("text", "usd"),
    [
        ("We rent 2x H100 on Lambda for about $4.5k/month.", 4_500),
        ("We rent 2 H100s on Lambda at about $4,500 a month.", 4_500),
    ],
)
def test_gpus_rented_by_the_month_said_with_the_rent_are_spend(text: str, usd: float) -> None:
    """'rent' marked any sum as no spend (an office's rent); said of GPUs, it is what inference costs today."""
    facts, _ = facts_and_asked(text)
    assert facts["current_spend_usd_per_month"] == usd


def test_an_offices_rent_is_no_spend() -> None:
    facts, _ = facts_and_asked("we rent office space for $4,500 a month")
    assert "current_spend_usd_per_month" not in facts
