"""Readings from the misreads found in session 41: each case here was read wrong before the change beside it."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message
from tests.reading import facts_and_asked


@pytest.mark.parametrize(
    "text",
    [
        "~120M tokens/month, roughly 70/30 input/output, flat 24/7.",
        "input/output about 70/30, running 24/7",
        "in/out: 24/7",
    ],
)
def test_around_the_clock_is_no_request_size_nor_mix(text: str) -> None:
    """ "24/7" was read as 24 tokens in and 7 out (or a 24:7 mix)."""
    facts, _ = facts_and_asked(text)
    assert "request_input_tokens" not in facts and "request_output_tokens" not in facts
    assert facts.get("input_share") in (None, 0.7)
    assert facts.get("traffic_shape") == "steady"


@pytest.mark.parametrize(
    "text",
    [
        "Obviously HIPAA, and our CISO will not sign off on PHI leaving our data center, BAA or not.",
        "our CISO won't approve PHI leaving our data center",
        "legal will never sign off on patient data leaving the building",
        "no way our security team lets customer data leave our own servers",
    ],
)
def test_someone_refusing_the_data_leaving_the_building_is_on_prem(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("data_boundary") == "on_prem"


def test_people_not_let_out_of_the_building_are_no_data_boundary() -> None:
    facts, _ = facts_and_asked("they don't allow us to leave the building before 6")
    assert "data_boundary" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "The data must not go outside of Germany, this is requirement from our clients, not only GDPR. We have "
        "already own server room with 4 pieces A100 40GB but they are used now for other project until end of year.",
        "Nothing may be processed outside the EU. We also have our own server room for the ERP.",
    ],
)
def test_a_country_the_data_may_not_leave_makes_no_server_room_a_rule(text: str) -> None:
    """A country named as the edge read as "no outside vendor", so the server room described became on-prem."""
    facts, _ = facts_and_asked(text)
    assert facts.get("data_boundary") != "on_prem"
    assert "data_residency" in facts.get("compliance", [])


@pytest.mark.parametrize(
    ("text", "spend", "budget"),
    [
        ("OpenAI bill was $14.2k last month, up from $9k in March", 14_200, None),
        ("our API spend is $6k a month, down from $9k before caching", 6_000, None),
        (
            "[Priya 10:02] OpenAI bill was $14.2k last month, up from 9k in March\n"
            "[Priya 10:09] finance wants us under $8k/mo by Q4",
            14_200,
            8_000,
        ),
        ("the board wants it under $8k a month", None, 8_000),
        ("finance wants us under $5,000/month", None, 5_000),
    ],
)
def test_the_figure_before_and_the_ceiling_wanted(text: str, spend: float | None, budget: float | None) -> None:
    """ "Up from 9k" is the old figure; a line break ends the sentence a newer figure would be in; a ceiling someone
    wants, said with its dollar sign, is a budget."""
    facts, _ = facts_and_asked(text)
    assert facts.get("current_spend_usd_per_month") == spend
    assert facts.get("budget_usd_per_month") == budget


@pytest.mark.parametrize(
    "text",
    [
        "Our friends at another studio (Riftbound) say it costs them $40k a month. We make games.",
        "A competitor (Acme) pays $40k a month for this. We have 2 ML engineers.",
    ],
)
def test_what_another_company_pays_past_a_bracket_is_theirs(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "current_spend_usd_per_month" not in facts


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        ("Bob says it is great. Our budget is $25k/mo.", "budget_usd_per_month", 25_000),
        ("Another studio says it costs them $40k a month. We have 3 ML engineers.", "team", {"ml_engineers": 3}),
        ("My cofounder claims an H100 is $2 an hour. We do about 20M tokens a day.", "tokens_per_month", 600_000_000),
    ],
)
def test_a_figure_someone_said_beside_the_workload_is_no_audit(text: str, fact: str, value: object) -> None:
    """Read before as a figure to check, and nothing else in the message was read."""
    result = parse_message(text)
    assert "audit" not in result.intents
    assert {u.field: u.value for u in result.updates}.get(fact) == value


@pytest.mark.parametrize(
    "text",
    [
        "The DevTk article says self-hosting costs $4,000 a month. We do 20M tokens a day.",
        "A colleague says an H100 costs $2 an hour, is that right?",
    ],
)
def test_an_article_figure_or_a_lone_claim_is_still_checked(text: str) -> None:
    assert "audit" in parse_message(text).intents


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("Players notice if an NPC takes more than half a second to start talking.", 500),
        ("users bail if it takes more than 2 seconds to start replying", 2000),
        ("customers hang up if the bot takes longer than 3 seconds to answer", 3000),
    ],
)
def test_how_long_people_put_up_with_is_the_latency_target(text: str, ms: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("latency_p99_ms") == ms


def test_a_latency_observed_today_is_still_no_target() -> None:
    facts, _ = facts_and_asked("it takes more than 2 seconds now")
    assert "latency_p99_ms" not in facts


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        # 50k players x 30 lines x 1.5 sessions a day x (1,200 + 33) tokens x 30 days
        (
            "We have around 50k daily active players. In playtests each player triggered about 30 NPC lines per "
            "session and played ~1.5 sessions a day. Lines are short (think 25 words out), but the prompt with "
            "character sheet + recent context is ~1,200 tokens.",
            50_000 * 30 * 1.5 * 1_233 * 30,
        ),
        # 50k users x 10 messages x 2 sessions a day x 600 tokens x 30 days
        (
            "50k DAU, each user sends 10 messages per session and has 2 sessions a day; 500 tokens in, 100 out",
            50_000 * 10 * 2 * 600 * 30,
        ),
        (
            "50k daily active players. each player sends 10 messages a day; 500 tokens in, 100 out",
            50_000 * 10 * 600 * 30,
        ),
    ],
)
def test_people_times_their_sessions_times_what_each_session_sends(text: str, tokens_per_month: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens_per_month, rel=1e-6)


def test_a_pasted_chat_transcript_on_one_line_keeps_each_speakers_line_apart() -> None:
    """The tags ("[Tom 10:04]") end a line: the question on the next line made the bill before it a question."""
    text = (
        "Pasting the thread: [Priya 10:02] OpenAI bill was $14.2k last month, up from 9k in March "
        "[Tom 10:04] that's mostly the nightly enrichment job right? [Priya 10:09] finance wants us under $8k/mo by Q4"
    )
    facts, _ = facts_and_asked(text)
    assert facts.get("current_spend_usd_per_month") == 14_200
    assert facts.get("budget_usd_per_month") == 8_000


@pytest.mark.parametrize(
    "text",
    [
        "We're in PCI scope as a company but card data never reaches the prompt; it's tokenized upstream.",
        "PCI applies to the company, but card numbers never reach the model",
        "we're PCI compliant but no card data goes to the LLM",
        "HIPAA applies to us as a hospital, but no PHI goes into the model, it is redacted first",
    ],
)
def test_a_regime_whose_data_never_reaches_the_model_is_not_this_workloads(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert not {"pci_dss", "hipaa"} & set(facts.get("compliance", []))


@pytest.mark.parametrize(
    ("text", "regime"),
    [
        ("we handle card data in the prompts, so PCI applies", "pci_dss"),
        ("patient notes with PHI go into every prompt, so HIPAA applies", "hipaa"),
    ],
)
def test_a_regime_whose_data_reaches_the_model_still_applies(text: str, regime: str) -> None:
    facts, _ = facts_and_asked(text)
    assert regime in facts.get("compliance", [])


@pytest.mark.parametrize(
    "text",
    [
        "We own one 8x H100 node, but it's booked for fine-tuning through March.",
        "our A100s are busy with fine-tuning jobs until June",
    ],
)
def test_gpus_busy_with_fine_tuning_ask_for_no_tuned_model(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "fine_tuning" not in facts


def test_fine_tuning_wanted_beside_busy_gpus_is_still_wanted() -> None:
    facts, _ = facts_and_asked("we need fine-tuning; our GPUs are busy with fine-tuning jobs until June")
    assert facts.get("fine_tuning") is True


def test_a_rule_on_something_else_makes_no_server_room_a_rule() -> None:
    """ "Answer must start fast" after the server room is about latency, not where the data may go."""
    facts, _ = facts_and_asked(
        "We have our own server room with 4 A100s, used for OCR until end of year. Answer must start fast because the "
        "customer is waiting, under 1 second is good."
    )
    assert facts.get("data_boundary") != "on_prem"
    facts, _ = facts_and_asked("We host on-prem with 4 A100s. That's non-negotiable.")
    assert facts.get("data_boundary") == "on_prem"


def test_a_volume_asked_as_a_clarifying_question_is_not_asked_again_after_just_tell_me() -> None:
    """ "just tell me" after "I couldn't pin down one usual volume" asked the volume a second time, no answer."""
    from assistant.conversation.session import AdvisorSession
    from tools.catalog import load_catalog

    session = AdvisorSession(load_catalog())
    first = session.prepare(
        "The LLM thing is maybe 2k requests per minute at peak and about a tenth of that off-peak. Each call sends a "
        "~800 token prompt, and we cap output at 50 tokens."
    )
    assert first.action == "ask"
    then = session.prepare("just tell me")
    assert then.action == "analyze" and not then.questions
    assert any("example" in n for n in then.notes)


def test_credits_burned_are_no_spend() -> None:
    facts, _ = facts_and_asked("we're burning through $25k of Azure startup credits on GPT-4o")
    assert facts.get("current_spend_usd_per_month") in (None, 0)


@pytest.mark.parametrize(
    "text",
    [
        "We already serve our own tuned Mistral on two L40S cards we bought last spring.",
        "we run llama 3 8b on 4 A10Gs",
    ],
)
def test_an_open_model_served_on_gpus_of_their_own_is_gpu_infra(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("team", {}).get("gpu_infra") is True


@pytest.mark.parametrize("text", ["we want to run Llama on H100s", "we could host Mistral on two L40S cards"])
def test_serving_on_gpus_wished_for_is_no_gpu_infra(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("team", {}).get("gpu_infra") is not True


@pytest.mark.parametrize(
    ("text", "model"),
    [
        ("Our prototype ran on gpt-4o-mini, but prod is Gemini 2.0 Flash now.", "gemini-2.0-flash"),
        (
            "- prototype: gpt-4o-mini (retired)\n- production: gemini 2.0 flash\n- traffic: 9-6 weekdays",
            "gemini-2.0-flash",
        ),
        (
            "We benchmark everything against Claude 3 Opus, but what's actually serving traffic is our own fine-tuned "
            "Llama 3.1 8B.",
            "llama-3.1-8b",
        ),
        ("prod: fine-tuned llama 3.1 8b. opus 3 is just our eval reference.", "llama-3.1-8b"),
        (
            "right now we're on gpt four turbo there's talk of moving to gemini one point five pro next week but "
            "nothing's switched yet",
            "gpt-4-turbo",
        ),
        ("gpt-4o-mini now. llama 3 8b was bad when we tried it last yr.", "gpt-4o-mini"),
        ("Our pilot ran on Llama 3.1 8B via a hosted provider and customers were satisfied.", "llama-3.1-8b"),
    ],
)
def test_the_model_serving_today_beside_a_prototype_a_yardstick_or_a_plan(text: str, model: str) -> None:
    """Two models named made a question, though one was a prototype's, an eval reference or a plan."""
    facts, asked = facts_and_asked(text)
    assert facts.get("current_model") == model
    assert "current_model" not in asked


def test_a_pilot_only_planned_is_no_model_in_use() -> None:
    facts, _ = facts_and_asked("we plan a pilot with Llama 3.1 8B next month")
    assert "current_model" not in facts


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("Input/output is about 60/40. No wait, sorry, I misread the chart, it's more like 90/10.", 0.9),
        ("Input/output is about 60/40. Sorry, it's more like 90/10.", 0.9),
        ("input:output 70:30, actually 80:20", 0.8),
    ],
)
def test_a_split_put_right_is_the_new_split(text: str, share: float) -> None:
    """The correction changed one figure of the pair ("90/40"), read as 90 tokens in and 40 out."""
    facts, _ = facts_and_asked(text)
    assert facts.get("input_share") == pytest.approx(share)
    assert "request_input_tokens" not in facts


def test_work_said_to_be_done_once_in_its_own_sentence_is_left_out_and_said_so() -> None:
    """The count of a job said to be one-off in the next sentence was silently dropped (no note, no volume)."""
    result = parse_message(
        "We want to annotate a corpus of ~30 million Reddit comments (avg ~60 tokens each). It's a one-off job, "
        "though we'll rerun it 2-3 times."
    )
    assert "tokens_per_month" not in result.fields()
    assert any("30 million Reddit comments" in n and "done once" in n for n in result.notes)


def test_a_one_off_set_up_beside_a_daily_rate_leaves_the_rate_alone() -> None:
    result = parse_message("We process 30k tickets a day. It's a one-off job to set up.")
    assert not any("done once" in n for n in result.notes)


@pytest.mark.parametrize(
    "text",
    [
        "We're getting quotes for four H100 servers right now but nothing's signed, so assume we have zero GPUs today.",
        "We've ordered a B200 box, eight GPUs, but delivery isn't until March, so for now we've got nothing to run on.",
        "we plan to buy 4 H100s next quarter",
    ],
)
def test_gpus_quoted_ordered_or_planned_are_not_owned(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert "owned_gpus" not in facts


@pytest.mark.parametrize("text", ["we own 4 A100s", "we bought 4 A100s last year"])
def test_gpus_bought_are_owned(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("owned_gpus", {}).get("count") == 4


@pytest.mark.parametrize(
    "text",
    [
        "three hundred thousand requests a day and it runs twenty four seven pretty evenly",
        "about four hundred thousand tokens an hour all day, it doesnt really go up or down",
        "requests come in fairly evenly across the day",
    ],
)
def test_traffic_said_to_be_even_is_steady(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("traffic_shape") == "steady"


def test_a_typo_of_working_hours_is_business_hours() -> None:
    facts, _ = facts_and_asked("traffic is mostly workng hours")
    assert facts.get("traffic_shape") == "business_hours"


def test_users_all_over_the_place_say_where_they_are_not_how_traffic_comes() -> None:
    facts, _ = facts_and_asked("Our users are all over the place and nobody has asked us to keep data in one country.")
    assert facts.get("traffic_shape") != "bursty"
    facts, _ = facts_and_asked("traffic is all over the place")
    assert facts.get("traffic_shape") == "bursty"


@pytest.mark.parametrize(
    ("text", "key"),
    [("MLE quit in March. 0 now.", "ml_engineers"), ("ops guy quit. nobody now", "devops")],
)
def test_the_one_who_left_and_none_now_in_the_next_short_sentence(text: str, key: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("team", {}).get(key) == 0


def test_someone_who_left_with_others_still_there_is_no_zero() -> None:
    facts, _ = facts_and_asked("MLE quit in March. We have 2 data engineers.")
    assert facts.get("team", {}).get("ml_engineers") != 0


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        (
            "about 3,000 documents a day, avg ~1,500 tokens in and 200 out. Actually scratch that, that was last "
            "quarter; with the new shipper we signed it's closer to 5,000 a day.",
            5_000 * 1_700 * 30,
        ),
        ("we do 3,000 docs a day, 2k tokens each. sorry, with the holidays it's 4,000", 4_000 * 2_000 * 30),
    ],
)
def test_a_count_put_right_after_a_reason_and_beyond_the_sizes(text: str, tokens_per_month: float) -> None:
    """The new count replaced the request size said between (1,500 -> 5,000 tokens in), or nothing."""
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens_per_month)


@pytest.mark.parametrize(
    ("text", "fact", "value"),
    [
        (
            "Budget is whatever beats $900 — actually no, I'd pay up to $2k if quality is clearly better.",
            "budget",
            2_000,
        ),
        ("budget $5k a month, actually no, $4k a month", "budget", 4_000),
        ("we spend $3k a month, sorry, I mean $3.5k", "current_spend", 3_500),
    ],
)
def test_money_taken_back_gives_way_to_the_figure_after(text: str, fact: str, value: float) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get(f"{fact}_usd_per_month") == value


def test_a_model_switched_off_since_is_not_the_model_in_use() -> None:
    facts, _ = facts_and_asked(
        "We're self-hosting Mistral 7B on two rented L4s right now — well, technically we turned that off two weeks "
        "ago and everything's back on GPT-4.1."
    )
    assert facts.get("current_model") == "gpt-4.1"


def test_what_was_spent_at_a_previous_employer_is_theirs() -> None:
    facts, _ = facts_and_asked(
        "At my previous employer (HUK) we used Claude via the public API and spent around €15k a month, but they "
        "had ten times our volume."
    )
    assert "current_spend_usd_per_month" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "latency doesn't matter, the reflection can arrive as a push notification in the morning.",
        "This is a one-off batch; we'd like it done in a few weeks, and there's no latency need.",
    ],
)
def test_an_answer_that_may_come_next_morning_or_a_one_off_batch_can_wait(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("batch_ok") is True


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        (
            "Today we have around 1.200 pedidos (orders) per day and each order has more or less 3 messages of the "
            "customer, each message together with the answer is like 400 tokens.",
            1_200 * 3 * 400 * 30,
        ),
        ("we have 1200 orders per day and each order has 3 messages, each message is 400 tokens", 1_200 * 3 * 400 * 30),
        ("2k tickets a day, each ticket with its answer about 900 tokens", 2_000 * 900 * 30),
    ],
)
def test_parts_of_each_item_and_a_size_with_its_answer(text: str, tokens_per_month: float) -> None:
    """A glossed word ("pedidos (orders)"), "each order has 3 messages" and a size said "together with the answer"
    (read before as 400 in and 400 out, or the count lost)."""
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(tokens_per_month)


def test_a_model_name_with_a_dash_is_no_negative_amount() -> None:
    result = parse_message("Our spend now with GPT-4o is R$ 3,5 mil per month")
    assert not result.problems
    assert any(u.field == "current_spend_usd_per_month" for u in result.updates)
    assert parse_message("our spend is -500 dollars").problems


@pytest.mark.parametrize(
    "text",
    [
        "Our spend is $3k a month and the director says we cannot pass $5k.",
        "We spend $3k a month; our CFO said we can't exceed $5k a month.",
    ],
)
def test_a_ceiling_from_the_users_own_company_is_a_budget_not_a_figure_to_check(text: str) -> None:
    facts, _ = facts_and_asked(text)
    assert facts.get("budget_usd_per_month") == 5_000
    assert facts.get("current_spend_usd_per_month") == 3_000


def test_a_budget_imagined_is_none() -> None:
    facts, _ = facts_and_asked("hypothetically 50k/mo budget -> gpt-5 everywhere?")
    assert "budget_usd_per_month" not in facts


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        # 9,000 x (12 pages x 500 words = 6,000 words = 8,000 tokens in + 300 words = 400 tokens out)
        (
            "it's now about 9,000 claims per month, and each claim file is roughly 12 pages (~500 words per page) "
            "that we'd summarise into about 300 words.",
            9_000 * 8_400,
        ),
        ("each memo is 20 pages of about 400 words each", None),
    ],
)
def test_pages_said_with_their_words_and_what_each_is_summarised_into(
    text: str, tokens_per_month: float | None
) -> None:
    """The words per page were read as one request's size (9,000 x 667 tokens) and the summary was lost."""
    facts, _ = facts_and_asked(text)
    if tokens_per_month is not None:
        assert facts.get("tokens_per_month") == pytest.approx(tokens_per_month)
    else:  # 20 x 400 words = 8,000 words, about 10,700 tokens
        assert facts.get("request_input_tokens") == pytest.approx(10_667, rel=0.05)


@pytest.mark.parametrize(
    "text",
    [
        "3 plants, 2 shifts a day each, about 50 questions per shift per plant, 500 tokens each",
        "3 plants, 2 shifts a day each, about 50 questions per plant per shift, 500 tokens each",
    ],
)
def test_a_count_per_shift_per_site_times_the_sites_and_their_shifts(text: str) -> None:
    """Read before as one plant's one shift (or each shift a person's working day): 3 x 2 x 50 questions a day."""
    facts, _ = facts_and_asked(text)
    assert facts.get("tokens_per_month") == pytest.approx(3 * 2 * 50 * 500 * 30)


def test_memoranda_a_quarter_with_their_pages_said_again_in_words() -> None:
    """ "memoranda" was no count of requests, "some 20" no figure, and "20 pages (c. 10,000 words)" two sizes."""
    facts, _ = facts_and_asked(
        "Expected volume is approximately 1,500 memoranda per quarter, each some 20 pages (c. 10,000 words), condensed "
        "to a two-page summary."
    )
    # 500 a month x (10,000 words = 13,000 tokens in + 2 pages = 1,000 tokens out)
    assert facts.get("tokens_per_month") == pytest.approx(500 * 14_000)


def test_a_count_with_only_its_answer_sized_is_priced_with_a_prompt_in_the_mix_then_redone() -> None:
    """The count was dropped and the volume asked in general words; now it waits with the answer's size, priced at
    that plus a prompt in the mix (said so), and the prompt's size said next redoes it."""
    from assistant.conversation.session import AdvisorSession
    from tools.catalog import load_catalog

    result = parse_message("about 300 questions a day, with answers of about 800 tokens.")
    assert result.pending is not None and result.pending.get("answer") is True
    assert result.pending["unit_tokens"] == 800 and "tokens_per_month" not in result.clarify
    session = AdvisorSession(load_catalog())
    first = session.prepare("about 300 questions a day, with answers of about 800 tokens.")
    assert any("answer to one question" in n for n in first.notes)
    volume = session.profile.facts["tokens_per_month"]
    assert volume.origin == "assumed" and float(volume.value) == pytest.approx(300 * 1_600 * 30)
    session.prepare("each question is about 200 tokens")
    volume = session.profile.facts["tokens_per_month"]
    assert volume.said and float(volume.value) == pytest.approx(300 * (200 + 800) * 30)


def test_a_bare_figure_after_a_count_of_people_is_more_of_them_not_tokens() -> None:
    """ "~400 DAUs right now, maybe 2k if the launch goes ok" was asked as "Is that 2,000 tokens per day, or per
    month?" when the volume was expected; a bare "about 2k" answering it still is."""
    reading = parse_message(
        "~400 DAUs right now, maybe 2k if the Product Hunt launch goes ok lol.", ["tokens_per_month"]
    )
    assert reading.confirm is None and reading.pending is None
    assert parse_message("about 2k", ["tokens_per_month"]).confirm is not None
