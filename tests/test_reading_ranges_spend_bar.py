"""Ranges with a settled point, ranges alone, ceilings; spend said by the year, week or with a vendor; quality bars
said as "the cheapest that is decent". Voices unlike the corpus: terse, chatty, non-native, typos, hedges, lists."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message
from tests.reading import facts as read

DAY = 30.0  # the default days per month


def note_of(text: str, field: str) -> str:
    return next(u.note or "" for u in parse_message(text, []).updates if u.field == field)


# --- ranges: the settled point, the middle of a narrow range, a wide range or a ceiling asked about ---


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("between 20 and 30 thousand chats a day... let's say 25 thousand, each ~1500 tokens", 25e3 * 1500 * DAY),
        ("10k-20k req/day, ballpark 15k, 2k tokens per request", 15e3 * 2e3 * DAY),
        ("we do like 4 to 6 million tokens daily, call it 5M", 5e6 * DAY),
        ("tokens/day: anywhere from 30 to 50M, realistically ~40M", 40e6 * DAY),
        ("- volume: 200-300M tokens / month, say 250M\n- steady", 250e6),
    ],
)
def test_a_range_with_a_settled_point_reads_the_point(text: str, per_month: float) -> None:
    assert read(text)["tokens_per_month"] == pytest.approx(per_month)


def test_the_settled_point_is_noted_beside_the_users_range() -> None:
    note = note_of("we do like 4 to 6 million tokens daily, call it 5M", "tokens_per_month")
    assert "settled" in note and "4 to 6 million" in note


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("2-5M tokens a day", 3.5e6 * DAY),
        ("somewhere between 2 and 5 million tokens daily i guess", 3.5e6 * DAY),
        ("mebbe 300 to 500 milion tokens per month", 400e6),
        ("100-200k tokens an hour round the clock", 150e3 * 24 * DAY),
    ],
)
def test_a_narrow_range_alone_is_read_at_its_middle_and_says_so(text: str, per_month: float) -> None:
    assert read(text)["tokens_per_month"] == pytest.approx(per_month)
    assert "middle of your range" in note_of(text, "tokens_per_month")


@pytest.mark.parametrize(
    "text",
    [
        "somewhere between 50 and 200 million a month",  # four times its bottom: too loose
        "1-10M tokens a day, no idea really",
        "up to 40k requests a day, 1k tokens each",  # a ceiling, not the usual day
        "at most 5M tokens daily",
        "we peak at 2M tokens a day",
        "as many as 3 million tokens per day",
    ],
)
def test_a_wide_range_or_a_ceiling_is_asked_about(text: str) -> None:
    reading = parse_message(text, [])
    assert "tokens_per_month" not in reading.fields()
    assert "tokens_per_month" in reading.clarify


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("on average 3M tokens a day, up to 5M on busy days", 3e6 * DAY),  # the average beside its ceiling
        ("we work 9 to 5, about 2M tokens a day", 2e6 * DAY),  # hours of the day are no range of counts
        ("3 and 4 year contracts aside, 2M tokens a day", 2e6 * DAY),
    ],
)
def test_near_misses_keep_the_figure_said(text: str, per_month: float) -> None:
    assert read(text)["tokens_per_month"] == pytest.approx(per_month)


def test_a_ceiling_of_the_traffic_is_no_budget() -> None:
    got = read("on average 3M tokens a day, up to 5M on busy days")
    assert "budget_usd_per_month" not in got
    assert read("we can go up to 5k a month, we do 2M tokens a day")["budget_usd_per_month"] == 5000


def test_a_range_of_people_or_seconds_is_not_rewritten() -> None:
    assert "tokens_per_month" not in read("we have 2-3 engineers")
    assert "latency_p99_ms" not in read("between 1 and 2 seconds")


def test_a_range_of_requests_waiting_for_their_size_keeps_its_note() -> None:
    reading = parse_message("Between 20 and 30 thousand chats a day... let's say 25 thousand", [])
    assert reading.pending is not None
    assert reading.pending["requests"] == pytest.approx(25e3 * DAY)
    assert "20 to 30 thousand" in str(reading.pending.get("note"))


# --- spend said by the year, the week, with a vendor, in a currency with an unread word, or as nothing ---


@pytest.mark.parametrize(
    ("text", "usd_per_month"),
    [
        ("we paid 36k last year to OpenAI", 3000),
        ("last year we spent $36k on the OpenAI API", 3000),
        ("our openai bill for 2025 was $36,000", 3000),
        ("about 400 a week on Anthropic", 400 * DAY / 7),
        ("we pay around 400 a week for claude", 400 * DAY / 7),
        ("spend = 150/day on gemini", 150 * DAY),
    ],
)
def test_spend_said_by_another_period_or_with_a_vendor(text: str, usd_per_month: float) -> None:
    assert read(text)["current_spend_usd_per_month"] == pytest.approx(usd_per_month, rel=1e-3)


@pytest.mark.parametrize(
    "text",
    [
        "Currently we spend nothing on AI, this is a new project.",
        "we don't spend anything on LLMs today",
        "zero spend so far",
        "current spend: 0",
        "we pay nothing for the model right now, its a free trial",
    ],
)
def test_nothing_spent_is_a_spend_of_zero(text: str) -> None:
    assert read(text)["current_spend_usd_per_month"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "we can't pay anything upfront",
        "we don't want to pay anything for GPUs",
        "we spend nothing on marketing",
        "if we spend nothing on infra, what then?",
    ],
)
def test_nothing_spent_on_something_else_is_no_spend(text: str) -> None:
    assert "current_spend_usd_per_month" not in read(text)


def test_an_amount_with_an_unread_word_before_its_currency_is_asked_not_dollars() -> None:
    reading = parse_message("we pay about 400 bin TL per month for gpt-4o-mini", [])
    assert "current_spend_usd_per_month" not in reading.fields()
    assert "current_spend_usd_per_month" in reading.clarify


# --- the quality bar said as "the cheapest that is decent" ---


@pytest.mark.parametrize(
    "text",
    [
        "the cheapest thing that's decent",
        "good enough is good enough",
        "honestly? good enough is good enough for us",
        "whatever's cheapest that still works",
        "any decent model will do",
        "we just need the cheapest one that does an ok job",
        "it doesnt need to be a genius, just answer faq",
        "model dont have to be the brightest, just cheap",
    ],
)
def test_a_modest_bar_is_open_weight_ok(text: str) -> None:
    assert read(text)["quality"] == "open_weight_ok"


@pytest.mark.parametrize(
    "text",
    [
        "the cheapest gpu that's decent",  # said of the hardware
        "latency: good enough is good enough",
        "is the cheapest thing that's decent enough?",  # a question
    ],
)
def test_a_modest_bar_said_of_something_else_is_not_the_quality(text: str) -> None:
    assert "quality" not in read(text)


def test_a_modest_bar_turned_down_is_frontier() -> None:
    assert read("we don't want the cheapest thing that's decent, we want the best")["quality"] == "frontier"


# --- request sizes said in pages, words, characters, sentences, paragraphs or minutes of speech ---


@pytest.mark.parametrize(
    ("text", "inp", "out"),
    [
        ("each request is about 3 pages in, 2 pages out", 1500, 1000),  # two significant figures: rules of thumb
        ("prompts are ~1,200 words and answers about 300 words", 1600, 400),
        ("we send around 8000 characters per request and get 1500 chars back", 2000, 375),
        ("30-minute calls, transcribed, and we write a 200-word summary", 6000, 267),
        ("- input: 10 pgs\n- output ~ 2 paragraphs", 5000, 200),
        ("contract average 40 page, model write report of 3 page", 20000, 1500),
    ],
)
def test_sizes_in_units_of_text_are_read_as_tokens(text: str, inp: float, out: float) -> None:
    got = read(text)
    assert got["request_input_tokens"] == pytest.approx(inp)
    assert got["request_output_tokens"] == pytest.approx(out)


@pytest.mark.parametrize(
    ("text", "inp", "out"),
    [
        ("a paragraph in, a page out", 100, 500),
        ("3 pages in, half a page out", 1500, 250),
        ("input is one page of text, output 3 sentences", 500, 60),
        ("the bot writes a page for each ticket, tickets are a paragraph", 100, 500),
    ],
)
def test_sizes_spelled_out_answer_the_size_question(text: str, inp: float, out: float) -> None:
    got = read(text, ["tokens_per_month", "request_size"])
    assert got["request_input_tokens"] == pytest.approx(inp)
    assert got["request_output_tokens"] == pytest.approx(out)


def test_a_converted_size_says_how_it_was_counted_and_from_what_source() -> None:
    reading = parse_message("a paragraph in, a page out", ["tokens_per_month", "request_size"])
    note = next(u.note or "" for u in reading.updates if u.field == "request_input_tokens")
    assert "1 paragraph read as about 100 tokens" in note and "OpenAI Help Center" in note


@pytest.mark.parametrize(
    "text",
    [
        "a paragraph in, a page out",  # spelled out, said in passing: read only as the answer to the size question
        "we send a one-page summary to the client",
        "a sentence or two in",  # a loose "or two" going in (one coming back reads as 1-2 sentences)
    ],
)
def test_sizes_spelled_out_in_passing_or_loosely_are_not_stored(text: str) -> None:
    got = read(text)
    assert "request_input_tokens" not in got and "request_output_tokens" not in got


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("our calls last about 8 minutes, 2000 calls a day", 2000 * 1600 * DAY),
        ("we process 2000 documents a day, each 10 pages", 2000 * 5000 * DAY),
        ("Bout 600 reports a day. Each one's 8 to 10 pages, call it 9. Summary's 1 page.", 600 * 5000 * DAY),
    ],
)
def test_a_count_times_a_size_in_text_units_is_the_volume(text: str, per_month: float) -> None:
    assert read(text)["tokens_per_month"] == pytest.approx(per_month)


@pytest.mark.parametrize(
    "text",
    [
        "in a word: cheap",
        "the answer shows on a page within 2 seconds",
        "it reads 200 words a minute",  # a speed
        "max 4 pages per doc",  # a limit
        "answers within 2 minutes please",  # a latency, not speech
    ],
)
def test_text_units_that_are_no_size_are_not_read_as_one(text: str) -> None:
    got = read(text)
    assert "request_input_tokens" not in got and "request_output_tokens" not in got


def test_a_count_of_pages_a_day_stays_a_count_whose_size_is_asked() -> None:
    reading = parse_message("5k pages a day", [])
    assert "tokens_per_month" not in reading.fields()
    assert reading.pending is not None and reading.pending["unit"] == "page"


def test_a_size_on_the_next_line_keeps_its_own_side() -> None:
    got = read("- input: 6700 tokens\n- output about 200 tokens")
    assert (got["request_input_tokens"], got["request_output_tokens"]) == (6700, 200)


def test_every_text_unit_rate_carries_a_source() -> None:
    from assistant.interview.quantities.text_units import text_units

    units = text_units().units
    assert {"word", "character", "page", "paragraph", "minute_of_speech"} <= set(units)
    assert all(u.source.section for u in units.values())


# --- a model called "fine" or "good enough" about something else is no quality bar ---


@pytest.mark.parametrize(
    "text",
    [
        "latency with gpt-4o-mini is good enough",
        "the data can go to Azure OpenAI, gpt-4o there is fine",
        "for latency, llama 8b is fine",
        "price-wise claude haiku is ok",
    ],
)
def test_a_model_fine_for_latency_data_or_price_sets_no_quality(text: str) -> None:
    assert "quality" not in read(text)


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        ("gpt-4o-mini is good enough", "open_weight_ok"),
        ("quality-wise a small model is fine, latency 1s", "open_weight_ok"),
        ("at least as good as gpt-5, latency under 2s", "frontier"),
        ("we need GPT-5 level answers but it has to be cheap", "frontier"),
    ],
)
def test_a_model_as_the_bar_beside_other_topics_still_sets_quality(text: str, quality: str) -> None:
    assert read(text)["quality"] == quality


# --- where data may go, said as the data allowed out or kept in ---


@pytest.mark.parametrize(
    ("text", "boundary"),
    [
        ("data can leave, it's all public info", "any_vendor"),
        ("doesnt matter where the model runs", "any_vendor"),
        ("External inference is allowed for this project.", "any_vendor"),
        ("data never leaves our building", "on_prem"),
        ("the transcripts never goes out of our data center", "on_prem"),
    ],
)
def test_where_data_may_go_in_other_words(text: str, boundary: str) -> None:
    assert read(text)["data_boundary"] == boundary


@pytest.mark.parametrize(
    "text",
    ["the data can't leave, sorry", "does it matter where the model runs?", "external inference is not allowed"],
)
def test_data_kept_in_without_a_place_or_asked_is_no_boundary_allowed_out(text: str) -> None:
    assert read(text).get("data_boundary") != "any_vendor"


# --- a rate restated as the figure to use; a count never read as tokens beside it ---


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("we get roughly 900 contacts a day, maybe half could go through the bot. So call it 450 a day.", 450),
        ("2000 chats a day, call it 2k", 2000),
        ("we get 900 contacts a day, that's 27000 a month", 900),
        ("how many questions? no idea. somewhere between 100 and 1000 a day, call it 300.", 300),
    ],
)
def test_a_rate_restated_is_the_figure_settled_on(text: str, per_day: float) -> None:
    reading = parse_message(text, ["tokens_per_month"])
    assert "tokens_per_month" not in reading.fields()  # a count of contacts is never tokens
    assert reading.pending is not None
    assert reading.pending["requests"] == pytest.approx(per_day * DAY)


@pytest.mark.parametrize(
    "text",
    [
        "3000 requests a day, that is 30% of all calls",  # a share, not the rate restated
        "5000 tickets a day; we answer each in 2 minutes, call it 3 per agent",  # another count
    ],
)
def test_a_figure_after_a_rate_that_is_something_else_keeps_the_rate(text: str) -> None:
    reading = parse_message(text, [])
    assert reading.pending is not None and reading.pending["requests"] in (3000 * DAY, 5000 * DAY)


def test_tokens_per_word_are_a_conversion_not_a_request_size() -> None:
    got = read("3.5 million words a month; our test shows 1 word is about 2 tokens in and 1.6 tokens out.")
    assert "request_input_tokens" not in got and "request_output_tokens" not in got


@pytest.mark.parametrize(
    "text",
    ["Right now we pay about 7,200 cedis a month to OpenAI for gpt-4o-mini.", "we pay 90k kwacha monthly for the api"],
)
def test_spend_in_a_currency_without_a_rate_is_asked_not_dollars(text: str) -> None:
    reading = parse_message(text, [])
    assert "current_spend_usd_per_month" not in reading.fields()
    assert "current_spend_usd_per_month" in reading.clarify


# --- a shape said of the staff or of incidents is not the traffic's ---


@pytest.mark.parametrize(
    "text",
    ["our on-call team handles spikes in incidents", "our SRE works weekdays only", "IT team is in 9-5"],
)
def test_a_shape_said_of_staff_is_not_the_traffic(text: str) -> None:
    assert "traffic_shape" not in read(text)


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("huge spikes around campaign launches", "bursty"),
        ("traffic spikes when our team ships releases", "bursty"),
        ("the model answers staff questions during office hours", "business_hours"),
    ],
)
def test_a_shape_of_the_traffic_beside_staff_words_stands(text: str, shape: str) -> None:
    assert read(text)["traffic_shape"] == shape


# --- spend as a bill line: a month named, several vendors added up ---


@pytest.mark.parametrize(
    ("text", "usd"),
    [
        ("OpenAI API usage  $4,212.50 (Oct)", 4212.5),
        ("Bill from OpenAI for September: $2,340", 2340),
        ("our gpt-4o bill was $7k in october", 7000),
        ("monthly: openai $1.2k, anthropic $800", 2000),
        ("we pay openai $3k a month and anthropic $2k a month", 5000),
    ],
)
def test_spend_as_a_bill_line(text: str, usd: float) -> None:
    assert read(text)["current_spend_usd_per_month"] == pytest.approx(usd)


@pytest.mark.parametrize(
    "text",
    ["we paid $5k for the hackathon in march", "we'll spend 10k on openai in june"],
)
def test_a_one_off_or_future_amount_in_a_named_month_is_no_spend(text: str) -> None:
    assert "current_spend_usd_per_month" not in read(text)


def test_one_vendor_named_twice_is_not_added_up() -> None:
    assert read("we pay $3k a month to openai, was $5k before")["current_spend_usd_per_month"] == 3000


@pytest.mark.parametrize(
    ("text", "boundary"),
    [
        ("we can call any hosted model", "any_vendor"),
        ("sending prompts to a SaaS LLM is not an issue for us", "any_vendor"),
        ("Infosec approved OpenAI, so that's fine", "any_vendor"),
        ("we cannot use cloud, everything in house", "on_prem"),
        ("all our data is kept in house", "on_prem"),
        ("it runs in our own azure subscription", "cloud_tenant"),
    ],
)
def test_where_data_may_go_said_as_approvals_and_places(text: str, boundary: str) -> None:
    assert read(text)["data_boundary"] == boundary


@pytest.mark.parametrize(
    "text",
    [
        "we built everything in house",  # made in house, not kept there
        "infosec has not approved OpenAI",
        "can we call any hosted model?",
        "sending prompts to a SaaS LLM is not ok",
    ],
)
def test_near_misses_of_a_boundary_store_none_allowing_vendors(text: str) -> None:
    got = read(text).get("data_boundary")
    assert got != "any_vendor" and (got != "on_prem" or "built" not in text)


# --- the kind of latency: the one with a target, the other said to have none ---


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("first chunk back within 500ms", "ttft"),
        ("initial response in under a second, full answer can take longer", "ttft"),
        ("the full answer within 3 seconds, first token doesn't matter", "total"),
        ("results back within 2 seconds", "total"),
        ("the whole answer can take up to 5 seconds", "total"),
    ],
)
def test_the_latency_kind_with_the_target(text: str, kind: str) -> None:
    assert read(text)["latency_kind"] == kind


def test_two_targets_of_two_kinds_keep_the_first_words_limit() -> None:
    # both said: asking "which one?" asks again what the user just said; the first words' limit is the one the
    # advice checks, the whole answer's is noted
    reading = parse_message("first token in 1s, whole answer in 5s", [])
    values = {u.field: u.value for u in reading.updates}
    assert (values["latency_p99_ms"], values["latency_kind"]) == (1000, "ttft")
    assert not {"latency_kind", "latency_p99_ms"} & set(reading.clarify)
    assert any("5 s" in (u.note or "") for u in reading.updates if u.field == "latency_p99_ms")


@pytest.mark.parametrize(
    ("text", "usd"),
    [
        ("we spent 36k on openai in the past 12 months", 3000),
        ("over the last twelve months we paid anthropic $24,000", 2000),
    ],
)
def test_spend_counted_over_the_past_year_is_a_monthly_spend(text: str, usd: float) -> None:
    assert read(text)["current_spend_usd_per_month"] == pytest.approx(usd)


@pytest.mark.parametrize(
    "text", ["in the past we spent 36k a year on openai", "if we spent 36k in the past year, what then?"]
)
def test_a_spend_of_the_past_or_a_hypothetical_is_no_spend(text: str) -> None:
    assert "current_spend_usd_per_month" not in read(text)


@pytest.mark.parametrize(
    ("text", "usd"),
    [("token bill is 1.5k a month", 1500), ("we raised $2M and spend $3k a month on openai", 3000)],
)
def test_a_token_bill_is_money_beside_the_companys_own(text: str, usd: float) -> None:
    assert read(text)["current_spend_usd_per_month"] == usd


@pytest.mark.parametrize(
    "text",
    [
        "Our revenue is $4M a year, so the LLM line item matters.",
        "ARR around 1.2M, we're seed stage",
        "our sales team costs 40k a month",
    ],
)
def test_the_companys_own_money_is_no_spend(text: str) -> None:
    assert "current_spend_usd_per_month" not in read(text)


# --- a new level said without its period takes the period of the figure it replaces ---


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("we were at 2 billion a month last year but it's dropped to about 1 billion now", 1e9),
        ("we did 50M tokens a day last year, now 20M", 20e6 * DAY),
        ("usage grew to 8M from 5M tokens a day", None),  # the earlier figure is said after: nothing to carry
    ],
)
def test_a_new_level_takes_the_period_of_the_old_one(text: str, per_month: float | None) -> None:
    got = read(text, ["tokens_per_month"]).get("tokens_per_month")
    if per_month is None:
        assert got != pytest.approx(8e6)  # never 8M tokens a month read from a figure without its period
    else:
        assert got == pytest.approx(per_month)


def test_a_change_by_an_amount_is_no_new_level() -> None:
    assert read("30M tokens a day, up 5M since march")["tokens_per_month"] == pytest.approx(30e6 * DAY)
