"""Readings from the misreads found in session 49 (probe 60's leftovers, probe 61): each case here was read wrong
before the change beside it; the variants are other voices saying the same."""

from __future__ import annotations

import pytest

from tests.reading import facts_and_asked, parsed


def _facts(text: str, expecting: list[str] | None = None) -> dict[str, object]:
    facts, _ = facts_and_asked(text, expecting) if expecting else facts_and_asked(text)
    return facts


@pytest.mark.parametrize(
    ("text", "tokens_in", "tokens_out", "per_month"),
    [
        # probe 60 #8: the customer questions were 4,500 tokens a month (150 a day read as tokens)
        (
            "Second thing: customer questions from the marketplaces, around 150 per day, also weekend. Input with "
            "product info + our return policy about 1,200 tokens, answer 200.",
            1200,
            200,
            150 * 30 * 1400,
        ),
        (
            "prompt including the schema and the examples, about 2k tokens; output 300 tokens; 5k calls a day",
            2000,
            300,
            5000 * 30 * 2300,
        ),
        (
            "5k calls a day, answer with the reasoning and a citation about 300 tokens, prompt 2k tokens",
            2000,
            300,
            5000 * 30 * 2300,
        ),
        (
            "ca. 300 tickets daily; the prompt containing ticket, customer history & macros is usually 3k tokens, "
            "reply 250 tokens",
            3000,
            250,
            300 * 30 * 3250,
        ),
    ],
)
def test_what_a_side_holds_named_before_its_size(
    text: str, tokens_in: float, tokens_out: float, per_month: float
) -> None:
    facts = _facts(text)
    assert facts["request_input_tokens"] == pytest.approx(tokens_in)
    assert facts["request_output_tokens"] == pytest.approx(tokens_out)
    assert facts["tokens_per_month"] == pytest.approx(per_month)


@pytest.mark.parametrize(
    "text",
    [
        "customer questions, around 150 per day. Whole exchange with our policy text is like 1,400 tokens.",
        "roughly 80 per day come in; one with all its attachments can be 6,000 tokens",
    ],
)
def test_a_day_too_small_for_one_thing_sized_is_a_count_asked_about(text: str) -> None:
    facts, asked = facts_and_asked(text)
    assert "tokens_per_month" not in facts
    assert "tokens_per_month" in asked


@pytest.mark.parametrize(
    "text",
    [
        "For every SKU we need text in 7 languages: Turkish, English, German, French, Arabic, Russian, Spanish. We do "
        "one request per language, around 900 tokens in, output about 350 tokens.",
        "the summaries have to be text in 3 formats, 1,000 tokens in and 200 out",
    ],
)
def test_text_in_a_number_of_things_is_no_first_token_latency(text: str) -> None:
    assert "latency_kind" not in _facts(text)


@pytest.mark.parametrize(
    "text",
    ["text on screen within a second, latency 1s", "I want words within 2 seconds, latency matters"],
)
def test_text_on_screen_within_a_time_is_first_token(text: str) -> None:
    assert _facts(text)["latency_kind"] == "ttft"


@pytest.mark.parametrize(
    "text",
    [
        # probe 61 #1
        "UK GDPR, the DSPT. And before you ask, HIPAA has nothing to do with us, we're NHS Scotland.",
        "PCI has no bearing here, we never see card numbers",
        "hipaa, pci: nothing to do with us",
        "HIPAA and PCI have nothing to do with what we do",
        "hipaa, pci: not relevant",
    ],
)
def test_a_regime_said_to_have_nothing_to_do_with_us_is_not_stored(text: str) -> None:
    regimes = _facts(text).get("compliance") or []
    assert "hipaa" not in regimes and "pci_dss" not in regimes


@pytest.mark.parametrize(
    ("text", "team"),
    [
        # probe 61 #1: "experience running GPUs in production" was stored
        (
            "Team-wise I've two people on the cloud platform side who know Azure inside out, and nobody, genuinely "
            "nobody, who has done any machine learning or run a GPU in anger.",
            {"devops": 2, "ml_engineers": 0, "gpu_infra": False},
        ),
        ("nobody, and I mean nobody, has run GPUs in production", {"gpu_infra": False}),
        ("no one - literally no one - has done ML here", {"ml_engineers": 0}),
    ],
)
def test_a_denial_said_twice_for_emphasis_is_still_a_denial(text: str, team: dict[str, object]) -> None:
    got = _facts(text)["team"]
    assert isinstance(got, dict)
    assert {k: got.get(k) for k in team} == team


@pytest.mark.parametrize(
    ("text", "tokens_in", "tokens_out"),
    [
        # probe 61 #1: read as a question ("what ..."), so nothing was read
        (
            "we write 1,400 letters a day. What goes in is the ward notes plus the meds list and results, which our "
            "informatics lead reckons is about 900 words on average, and what comes out is short, maybe 150 words. On "
            "top of that our prompt template (instructions, house style, a couple of worked examples) is about 400 "
            "tokens.",
            1600,
            200,
        ),
        ("1,400 letters a day. What goes in is about 1200 tokens, what comes out maybe 200 tokens.", 1200, 200),
        (
            "500 tickets a day, each ticket about 800 tokens, reply 200 tokens. Plus the system prompt is another "
            "1,000 tokens.",
            1800,
            200,
        ),
    ],
)
def test_the_sides_named_by_what_goes_in_and_comes_out(text: str, tokens_in: float, tokens_out: float) -> None:
    facts = _facts(text)
    assert facts["request_input_tokens"] == pytest.approx(tokens_in, abs=1)
    assert facts["request_output_tokens"] == pytest.approx(tokens_out, abs=1)


@pytest.mark.parametrize("text", ["what goes in?", "what comes out of it, roughly?"])
def test_what_goes_in_asked_is_still_a_question(text: str) -> None:
    assert _facts(text) == {}


def test_a_figure_said_was_last_quarters_counts_nothing() -> None:
    # probe 61 #3: "Got it: about 4 was a day" ("350 was last quarter" read as 350 "was" a quarter)
    result = parsed("Sorry, correction: 350 was last quarter's figure. As of this month we are at 530 active farmers.")
    assert result.pending is None and not result.updates


def test_people_at_a_rate_each_getting_one_item_count_the_items() -> None:
    # probe 61 #1: "1,400 patients a day and every discharge gets a letter" counted nothing
    facts = _facts(
        "we discharge roughly 1,400 patients a day and every discharge gets a letter. What goes in is about 1,600 "
        "tokens and what comes out maybe 200 tokens."
    )
    assert facts["tokens_per_month"] == pytest.approx(1400 * 30 * 1800)


def test_a_planned_prompt_its_instructions_and_the_question_add_up() -> None:
    # probe 61 #3: nothing was read ("we plan to" set the sizes aside; "so it reads well" made the reply an input)
    facts = _facts(
        "A typical farmer question is short, maybe 50 words, often Pidgin or Hausa or Yoruba mixed with English. We "
        "plan to send an instruction of about 400 words plus the last 5 exchanges as context, and the reply should "
        "be around 120 words so it reads well on a phone.",
        ["request_size"],
    )
    assert facts["request_input_tokens"] == pytest.approx(600, abs=2)  # (50 + 400 words) x 1.33
    assert facts["request_output_tokens"] == pytest.approx(160, abs=1)


def test_how_a_reply_reads_is_no_input() -> None:
    facts = _facts("the reply should be around 120 words so it reads well on a phone", ["request_size"])
    assert "request_input_tokens" not in facts
    assert facts["request_output_tokens"] == pytest.approx(160, abs=1)


@pytest.mark.parametrize(
    "text",
    [
        "Latency I am not sure, WhatsApp users are patient, a few seconds is OK.",
        "not sure about latency, a few seconds is fine I guess",
    ],
)
def test_a_loose_wait_beside_not_sure_is_not_asked_again(text: str) -> None:
    facts, asked = facts_and_asked(text)
    assert "latency_p99_ms" not in facts and "latency_p99_ms" not in asked


def test_a_pasted_config_is_read_as_words() -> None:
    # probe 61 #4: nothing of the config was read
    facts = _facts(
        "From the PoC config: `users: 450 | queries_per_user_per_day: 15 | retrieved_chunks: 6 | chunk_tokens: 500 | "
        'avg_answer_tokens: 300 | service_hours: "08:00-18:00 CET, Mon-Fri"`. The question itself is short, ca. 50 '
        "tokens."
    )
    assert facts["request_input_tokens"] == pytest.approx(3000)  # 6 chunks x 500
    assert facts["request_output_tokens"] == pytest.approx(300)
    weekdays = 52 * 5 / 12
    assert facts["tokens_per_month"] == pytest.approx(450 * 15 * weekdays * 3300, rel=0.001)


@pytest.mark.parametrize(
    ("text", "ms"),
    [
        ("first token within 2 seconds, full answer within ca. 15 seconds is acceptable.", 2000),
        ("first words under 800 ms and the whole answer within 6 s", 800),
    ],
)
def test_a_first_token_limit_beside_a_whole_answer_limit_is_the_target(text: str, ms: float) -> None:
    facts, asked = facts_and_asked(text)
    assert facts["latency_p99_ms"] == ms and facts["latency_kind"] == "ttft"
    assert not asked


def test_a_lora_left_open_is_no_adapter_of_their_own() -> None:
    facts = _facts("Fine-tuning is not planned for now; maybe later a LoRA on our terminology, this is open.")
    assert facts.get("fine_tuning") is False and "own_adapters" not in facts


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        # probe 61 #6: "12,00,000" was read as 12 (Indian digit grouping), "per annum" as no period
        (
            "Volume: we receive approx 12,00,000 grievances per annum. Each is 1,500 tokens in and 160 out.",
            1_200_000 / 12 * 1660,
        ),
        ("about 7,50,000 requests p.a., 1,000 tokens each", 750_000 / 12 * 1000),
    ],
)
def test_counts_grouped_the_indian_way_and_per_annum(text: str, per_month: float) -> None:
    assert _facts(text)["tokens_per_month"] == pytest.approx(per_month, rel=0.001)


def test_management_wanting_tuning_the_user_doubts_is_no_need() -> None:
    facts = _facts(
        'Higher management wants the model to be "trained on our data", I am not sure this is really needed, please '
        "advise."
    )
    assert "fine_tuning" not in facts


@pytest.mark.parametrize(
    "text",
    [
        "Output required is the category code plus a draft reply of about 120 words in the same language the citizen "
        "wrote in.",
        "a reply of about 160 tokens in the same language as the question",
    ],
)
def test_where_a_reply_is_written_is_no_input_side(text: str) -> None:
    facts = _facts(text, ["request_size"])
    assert "request_input_tokens" not in facts and facts["request_output_tokens"] == pytest.approx(160, abs=1)


@pytest.mark.parametrize(
    ("text", "usd_per_month"),
    [
        ("Budget is $360,000 for 3 years", 10_000),
        ("budget: 90k over two years", 3_750),
        ("we have $120k for the year", 10_000),
    ],
)
def test_a_budget_for_several_years_is_spread_over_their_months(text: str, usd_per_month: float) -> None:
    # probe 61 #9: "1 200 000 PLN net for 3 years" was a budget of 1.2M PLN a month
    assert _facts(text)["budget_usd_per_month"] == pytest.approx(usd_per_month)


def test_a_budget_in_another_currency_for_several_years() -> None:
    facts = _facts("Budget is 1 200 000 PLN net for 3 years including hardware, software, implementation and support.")
    money = facts["budget_in_currency"]
    assert isinstance(money, dict) and money["currency"] == "PLN"
    assert money["amount_per_month"] == pytest.approx(1_200_000 / 36, rel=0.001)


def test_a_table_pasted_onto_one_line_is_read_as_labelled_items() -> None:
    # probe 61 #9: the corpus's 40,000 pages were waiting as 20M tokens, asked "per day or per month?"
    result = parsed(
        "From the business requirements document (pasted): | Users | 60 engineers | | Questions | ~25 per engineer "
        "per shift | | Shifts | 3 per day, 24/7, also holidays | | Sources | technical manuals and procedures, ~40 000 "
        "pages, PL and EN | | Answer language | Polish |"
    )
    facts = {u.field: u.value for u in result.updates}
    assert facts["traffic_shape"] == "steady" and facts["languages"] == ["Polish"]
    assert result.pending is None and "tokens_per_month" not in facts


@pytest.mark.parametrize(
    "text",
    ["Sources: technical manuals and procedures, ~40 000 pages, PL and EN.", "our knowledge base is about 2M tokens"],
)
def test_the_documents_searched_are_no_traffic(text: str) -> None:
    result = parsed(text)
    assert result.pending is None and "tokens_per_month" not in {u.field for u in result.updates}


@pytest.mark.parametrize(
    ("text", "field", "zar"),
    [
        ("budget R50,000 a month", "budget_in_currency", 50_000),
        ("we spend R12k/month", "current_spend_in_currency", 12_000),
    ],
)
def test_rand_written_with_its_sign_is_money(text: str, field: str, zar: float) -> None:
    # probe 61 #8: "maybe R50,000/month all in" was read as 4M tokens a month
    money = _facts(text)[field]
    assert isinstance(money, dict) and money["currency"] == "ZAR" and money["amount_per_month"] == zar


@pytest.mark.parametrize(
    "text", ["budget would be in rand, maybe R50,000/month all in.", "we keep backups in Cloudflare R2, nothing else"]
)
def test_rand_or_a_product_name_is_never_tokens(text: str) -> None:
    assert "tokens_per_month" not in _facts(text)


def test_a_first_token_limit_measured_from_our_server_is_no_data_rule() -> None:
    # probe 61 #7: "data may not leave your own servers" was stored, and the 150 ms target was asked about
    facts, asked = facts_and_asked(
        "Very important: the LLM must return the first token within 150 ms, measured from our server in Tokyo, "
        "otherwise the pause in the conversation feels unnatural. In our PoC, GPT-4o-mini quality was OK but first "
        "token was 400-600 ms. This is a hard requirement from our CX director."
    )
    assert "data_boundary" not in facts
    assert (facts["latency_p99_ms"], facts["latency_kind"]) == (150, "ttft")
    assert not asked


def test_a_peak_rate_over_its_hours_and_the_other_hours_rate_make_the_day() -> None:
    # probe 61 #7: the peak's 1,800 calls an hour were counted for all 13 open hours (23,400 a day, not 8,400)
    result = parsed(
        "Call volume: peak is 1,800 calls per hour from 18:00 to 21:00, other times about 300 calls per hour. The "
        "line is open 8:00 to 21:00, every day."
    )
    assert result.pending is not None
    assert result.pending["requests"] == pytest.approx((3 * 1800 + 10 * 300) * 30)


@pytest.mark.parametrize("text", ["budget would be in rand, maybe R50,000/month all in", "we could pay $5k/month"])
def test_money_a_month_is_no_period_for_a_token_figure_waiting(text: str) -> None:
    # probe 61 #8: "typical data room 8,000 pages" waited as 4M tokens; "R50,000/month" made it 4M tokens a month
    from assistant.interview.reading.pending import resolve_pending

    assert not resolve_pending(text, {"tokens": 4e6, "quote": "8,000 pages"}).updates


def test_a_period_said_beside_money_still_answers() -> None:
    from assistant.interview.reading.pending import resolve_pending

    [update] = resolve_pending("a month, and we pay $5k/month", {"tokens": 4e6, "quote": "8,000 pages"}).updates
    assert update.value == 4e6
