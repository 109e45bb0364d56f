"""Answers as people give them when they do not know the numbers: a bill and a head count instead of tokens,
"idk", slang units, someone else's opinion beside a fact, a peak rate beside the average, and "is
self-hosting cheaper?" after the advice."""

from __future__ import annotations

import pytest

from assistant.decision.explain.questions import classify
from assistant.interview.reading import parse_message
from assistant.interview.whatif import detect
from tests.profiles import conversation


def stored(text: str) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text).updates}


@pytest.mark.parametrize(
    "text",
    [
        "we spend like 8 grand a month on openai and my boss thinks thats crazy",
        "We spend $8,000 a month on OpenAI, my CFO says it's too much",
        "our bill is about 8k a month and the CEO hates it",
    ],
)
def test_a_bill_is_kept_when_someone_elses_opinion_of_it_follows(text: str) -> None:
    assert stored(text).get("current_spend_usd_per_month") == 8000


@pytest.mark.parametrize(
    "text",
    [
        "our cto thinks we spend 20k a month",  # what someone else believes we spend: not said by the user
        "my boss says competitors spend 20k a month",
    ],
)
def test_a_bill_someone_else_believes_in_is_not_stored(text: str) -> None:
    assert "current_spend_usd_per_month" not in stored(text)


@pytest.mark.parametrize("text", ["idk the token counts tbh", "dunno", "idk", "beats me"])
def test_chat_speak_for_i_dont_know_skips_the_question(text: str) -> None:
    assert "skip" in parse_message(text).intents


@pytest.mark.parametrize("text", ["we skipped nothing", "it is a sidekick bot for kids"])
def test_words_that_only_contain_the_letters_do_not_skip(text: str) -> None:
    assert "skip" not in parse_message(text).intents


def test_convos_are_conversations_whose_size_is_asked() -> None:
    result = parse_message("maybe 300k convos a month")
    assert result.pending is not None
    assert result.pending["requests"] == 300_000
    assert result.pending["unit"] == "conversation"
    assert "tokens_per_month" not in stored("maybe 300k convos a month")


@pytest.mark.parametrize(
    ("text", "per_second", "size", "peak"),
    [
        ("p50 prompt 3.2k tok, completion ~250 tok. 40 rps peak, avg maybe 12 rps.", 12, 3450, 40 / 12),
        ("averaging 12 requests per second with peaks of 40 requests per second, 3k in / 250 out", 12, 3250, 40 / 12),
        ("normally 10 requests a second and at peak 40 requests a second; 2k in 200 out", 10, 2200, 4.0),
        ("peaks of 40 requests per second and 12 requests per second on average, 3k in 250 out", 12, 3250, 40 / 12),
    ],
)
def test_the_average_rate_makes_the_volume_and_the_peak_its_multiple(
    text: str, per_second: float, size: float, peak: float
) -> None:
    facts = stored(text)
    assert facts["tokens_per_month"] == pytest.approx(per_second * 86_400 * 30 * size)
    assert facts["peak_to_average"] == pytest.approx(peak)


@pytest.mark.parametrize("text", ["40 rps peak, 3k in 250 out", "peaks of 40 requests per second, 2k tokens each"])
def test_a_peak_rate_alone_is_not_read_as_the_average(text: str) -> None:
    result = parse_message(text)
    assert "tokens_per_month" not in {u.field for u in result.updates}
    assert "tokens_per_month" in result.clarify


def test_a_count_whose_size_nobody_knows_is_priced_at_an_example_size_said_so(catalog) -> None:
    _, session = conversation(catalog, "we run a support bot, maybe 300k convos a month", "idk the token counts tbh")
    volume = session.profile.facts["tokens_per_month"]
    assert volume.origin == "assumed"
    assert float(volume.value) == pytest.approx(300_000 * 2_000)  # the policy's example request: 2,000 tokens
    reply = session.turns[-1].assistant
    assert "2,000 tokens" in reply and "10,000 conversations a day" in reply
    assert "I didn't find a figure" not in reply


def test_a_bill_and_the_one_model_named_give_the_volume_when_none_is_said(catalog) -> None:
    _, session = conversation(
        catalog,
        "we spend $8,000 a month on openai right now",
        "it's a customer support bot, gpt-4o",
        "just tell me what to do",
    )
    volume = session.profile.facts["tokens_per_month"]
    assert volume.origin == "assumed"
    # GPT-4o at $2.50 in and $10 out per million tokens, half input: $6.25 a million, so $8,000 buys 1.28B
    assert float(volume.value) == pytest.approx(8_000 / 6.25 * 1e6, rel=0.01)
    assert "estimated it from what you spend" in session.turns[-1].assistant


@pytest.mark.parametrize(
    "text",
    [
        "is self hosting cheaper?",
        "just tell me if self hosting is cheaper",
        "would self-hosting be cheaper for us",
        "so is it cheaper to run it ourselves?",
        "let me know whether running it ourselves would save money",
        "is batching worth it?",
    ],
)
def test_which_way_is_cheaper_is_answered_with_the_why(text: str) -> None:
    q = classify(text, None, has_baseline=True)
    assert q is not None and q.kind == "why"


@pytest.mark.parametrize(
    "text",
    [
        "would it be cheaper if we had 2 ML engineers?",  # a what-if
        "would self-hosting be cheaper with 3x volume?",
        "tell me if it would be cheaper with 2 ML engineers",
    ],
)
def test_cheaper_under_a_condition_is_not_the_why(text: str) -> None:
    q = classify(text, None, has_baseline=True)
    assert q is None or q.kind != "why"


@pytest.mark.parametrize(
    "text",
    [
        "what would it cost per month?",
        "how much will it cost?",
        "whats the monthly cost",
        "so what does it cost us a year?",
        "how much would that be per month",
    ],
)
def test_what_it_costs_is_the_arithmetic_of_the_pick(text: str) -> None:
    q = classify(text, None, has_baseline=True)
    assert q is not None and q.kind == "how" and not q.models


@pytest.mark.parametrize(
    ("text", "factor"),
    [
        ("what would it cost if we doubled?", 2.0),
        ("how much would we pay if usage tripled", 3.0),
        ("what would the bill be if we grew 3x", 3.0),
    ],
)
def test_a_cost_asked_under_a_change_of_volume_is_a_what_if(text: str, factor: float) -> None:
    assert classify(text, None, has_baseline=True) is None
    change = detect(text)
    assert change is not None and change.volume_factor == factor


@pytest.mark.parametrize("text", ["what if prices drop 20%?", "what if the bill doubled?"])
def test_a_change_of_price_or_bill_is_no_change_of_volume(text: str) -> None:
    change = detect(text)
    assert change is None or change.volume_factor is None


@pytest.mark.parametrize(
    "text",
    [
        "client confidentiality is a big deal for us, nothing can go to a US company",
        "it must not go to a US vendor",
        "nothing may be sent to an American provider",
    ],
)
def test_nothing_to_a_us_company_is_a_rule_on_who_gets_the_data(text: str) -> None:
    facts = stored(text)
    assert facts.get("vendor_homes_excluded") == ["us"]
    assert "data_region" not in facts  # a US company's EU region is still a US company's
    assert facts.get("data_boundary") != "any_vendor"  # "sent to an American provider" is no permission


@pytest.mark.parametrize(
    "text",
    [
        "can we send it to a US company?",
        "we sold nothing to a US company last year",
        "our data goes to a US company today",
    ],
)
def test_a_us_company_named_otherwise_sets_no_region(text: str) -> None:
    assert "data_region" not in stored(text)


def test_a_peak_multiple_is_told_back_rounded(catalog) -> None:
    _, session = conversation(catalog, "3k tokens in and 250 out per request, 40 rps peak, avg maybe 12 rps")
    assert "3.3 times the average" in session.turns[-1].assistant
    assert "3.33333" not in session.turns[-1].assistant


@pytest.mark.parametrize(
    ("first", "then", "per_day"),
    [
        (
            "we're a small law firm (30 lawyers) looking at drafting letters with AI",
            "each lawyer would maybe do 20 drafts a day, 3k tokens in and 500 out",
            30 * 20 * 3500,
        ),
        (
            "Our contact centre has two hundred agents.",
            "Every agent handles about 40 chats a day, each ~1,200 tokens all in.",
            200 * 40 * 1200,
        ),
    ],
)
def test_a_rate_per_person_counts_the_people_said_in_an_earlier_message(
    catalog, first: str, then: str, per_day: float
) -> None:
    _, session = conversation(catalog, first, then)
    volume = session.profile.facts["tokens_per_month"]
    assert volume.origin == "said"
    assert float(volume.value) == pytest.approx(per_day * 30)


def test_a_rate_per_person_of_people_never_counted_is_asked_not_stored(catalog) -> None:
    # 20 drafts a day is one lawyer's: neither the 3 developers' nor the firm's volume (was stored as the firm's)
    _, session = conversation(
        catalog, "we have 3 developers on this", "each lawyer would maybe do 20 drafts a day, 3k tokens in and 500 out"
    )
    volume = session.profile.facts.get("tokens_per_month")
    assert volume is None or not volume.said
    assert float(session.profile.facts["request_input_tokens"].value) == 3000


def test_counts_of_people_are_found_in_earlier_messages() -> None:
    from assistant.interview.quantities.people import heads_said

    said = heads_said(["a small law firm (30 lawyers)", "we have thirty lawyers and 5 paralegals", "$30 per user"])
    assert said == {"lawyer": 30, "paralegal": 5}


@pytest.mark.parametrize("text", ["why not just use the A100s?", "why not run it on our A100s instead"])
def test_why_not_a_gpu_asks_about_the_fleets_on_that_gpu(catalog, text: str) -> None:
    from assistant.decision import explain

    q = explain.classify(text, explain.resolver_for(catalog), has_baseline=True)
    assert q is not None and q.kind == "why" and q.topic == "self_host"
    assert q.gpus and all("a100" in g for g in q.gpus)


def test_why_not_the_gpus_you_own_prices_the_fleet_on_them(catalog) -> None:
    _, session = conversation(
        catalog,
        "about 300M tokens a day, 3k tokens in and 250 out per request, steady",
        "SOC 2 only",
        "We own 8x A100 80GB sitting in a colo, mostly idle.",
        "Team: 3 MLEs, k8s yes, we've run vLLM in prod before.",
        "Llama 3.3 70B quality is acceptable per our evals.",
        "why not just use the A100s?",
    )
    reply = session.turns[-1].assistant
    asked = reply.split("**The option you asked about", 1)[1].split("**The facts", 1)[0]
    lines = [line for line in asked.splitlines() if line.startswith("- ")]
    assert lines, reply[:800]
    assert all("A100" in line for line in lines)  # never another GPU's fleet
    assert "of your 8" in lines[0]  # the GPUs they own come first


@pytest.mark.parametrize(
    "reply",
    [
        "We have a small IT team, 6 persons, but no experience with AI or GPUs. We use VMware, not kubernetes.",
        "4 hospitals",
        "we have 6 people and they do 2000 a day",
    ],
)
def test_a_count_of_people_or_things_is_not_the_size_of_one_request(reply: str) -> None:
    from assistant.interview.reading import resolve_pending

    pending = {"requests": 36_000.0, "unit": "report", "quote": "Around 1200 reports per day"}
    assert not [u for u in resolve_pending(reply, pending).updates if u.field == "tokens_per_month"]


@pytest.mark.parametrize(
    ("reply", "size"),
    [("about 2000", 2000), ("roughly 1500 each I think", 1500), ("It is about 2500 each, the dictation is long", 2500)],
)
def test_a_bare_size_still_answers_the_size_question(reply: str, size: float) -> None:
    from assistant.interview.reading import resolve_pending

    pending = {"requests": 36_000.0, "unit": "report", "quote": "Around 1200 reports per day"}
    volume = [u for u in resolve_pending(reply, pending).updates if u.field == "tokens_per_month"]
    assert volume and volume[0].value == pytest.approx(36_000 * size)


@pytest.mark.parametrize(
    ("text", "per_day_requests"),
    [
        ("8,000 employees, 15% daily active, each asks ~6 questions a day, 4k tokens in and 400 out", 8000 * 0.15 * 6),
        ("2,000 agents, 20 chats per agent a day, 1k tokens each", 2000 * 20),
        ("about 300 users, roughly 10 queries per active user per day, 2k tokens in and 500 out", 300 * 10),
    ],
)
def test_people_times_their_share_active_times_their_rate(text: str, per_day_requests: float) -> None:
    volume = stored(text)["tokens_per_month"]
    sizes = {"4k tokens in and 400 out": 4400, "1k tokens each": 1000, "2k tokens in and 500 out": 2500}
    size = next(v for k, v in sizes.items() if k in text)
    assert volume == pytest.approx(per_day_requests * size * 30)


def test_the_people_and_their_share_active_said_over_three_messages(catalog) -> None:
    _, session = conversation(
        catalog,
        "We're evaluating an internal knowledge assistant across the company (8,000 employees).",
        "Expect roughly 15% daily active usage, ~6 questions per active user per day.",
        "Typical question with retrieved context ≈ 4,000 tokens; answers ≈ 400 tokens.",
    )
    volume = session.profile.facts["tokens_per_month"]
    assert float(volume.value) == pytest.approx(8000 * 0.15 * 6 * 4400 * 30)


def test_a_count_whose_size_never_came_is_priced_at_the_example_size(catalog) -> None:
    _, session = conversation(
        catalog,
        "Around 1200 reports per day in total.",
        "Patient data cannot leave our datacenter.",
        "We have a small IT team, 6 persons, no GPU experience.",
        "just tell me what you recommend",
    )
    volume = session.profile.facts["tokens_per_month"]
    assert volume.origin == "assumed"
    assert float(volume.value) == pytest.approx(1200 * 30 * 2000)


@pytest.mark.parametrize(
    ("text", "kind", "topic"),
    [
        ("What you recommend and how much it cost?", "report", None),
        ("Please give me the recommendation and show the breakeven.", "how", "breakeven"),
        ("how much it cost", "how", None),
    ],
)
def test_plainly_worded_asks_after_the_advice(text: str, kind: str, topic: str | None) -> None:
    q = classify(text, None, has_baseline=True)
    assert q is not None and (q.kind, q.topic) == (kind, topic)


@pytest.mark.parametrize(
    ("text", "heads", "factor"),
    [
        ("What if we go to 10 hospitals next year?", {"hospital": 4.0}, 2.5),
        ("what if we open 6 more stores?", {"store": 12.0}, 1.5),
        ("and if we only had 100 agents?", {"agent": 200.0}, 0.5),
    ],
)
def test_a_new_count_of_what_the_traffic_comes_from_scales_the_volume(
    text: str, heads: dict[str, float], factor: float
) -> None:
    change = detect(text, heads=heads)
    assert change is not None and change.volume_factor == pytest.approx(factor)


def test_a_count_of_something_never_counted_changes_nothing() -> None:
    change = detect("What if we go to 10 hospitals next year?", heads={"lawyer": 30.0})
    assert change is None or change.volume_factor is None


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("5k runs a day, each run is 30-50 LLM calls of 20k tokens in and 800 out", 5000 * 40 * 20_800),
        ("we do ~5k agent runs/day, ~40 calls per run, 20k in / 800 out per call", 5000 * 40 * 20_800),
        ("5k sessions a day with 8 calls each, 2k in 300 out", 5000 * 8 * 2300),
        ("300k conversations a day, each ~6 turns of ~500 tokens", 300_000 * 6 * 500),
    ],
)
def test_calls_per_run_multiply_the_runs(text: str, per_day: float) -> None:
    assert stored(text)["tokens_per_month"] == pytest.approx(per_day * 30)


def test_a_size_said_per_run_is_not_multiplied_again() -> None:
    assert stored("10k tickets a day, each ticket is 2k tokens")["tokens_per_month"] == pytest.approx(
        10_000 * 2000 * 30
    )


def test_calls_per_run_said_before_the_runs_multiply_them(catalog) -> None:
    _, session = conversation(
        catalog,
        "each agent run is like 30-50 LLM calls, prompts are chunky, 20k tokens avg w/ context, outputs ~800",
        "we do ~5k runs/day now, growing fast",
    )
    assert float(session.profile.facts["tokens_per_month"].value) == pytest.approx(5000 * 40 * 20_800 * 30)
    assert "40 calls" in session.turns[-1].assistant


@pytest.mark.parametrize(
    ("unit", "text", "calls"),
    [
        ("run", "each agent run is like 30-50 LLM calls", 40),
        ("run", "~40 calls per run", 40),
        ("job", "every job makes 12 model calls", 12),
        ("ticket", "each ticket is 2k tokens", None),
        ("run", "we run 3 calls a day", None),
    ],
)
def test_calls_per_unit_as_said(unit: str, text: str, calls: float | None) -> None:
    from assistant.interview.quantities.rates import calls_per

    assert calls_per(unit, text) == calls


@pytest.mark.parametrize(
    "text",
    ["The doctor can wait 1 minute, no problem.", "users can wait a few minutes", "happy to wait about 30 seconds"],
)
def test_a_wait_of_seconds_or_minutes_is_no_batch_tolerance(text: str) -> None:
    assert stored(text).get("batch_ok") is False


@pytest.mark.parametrize("text", ["they can wait until tomorrow", "nobody waits, it runs overnight"])
def test_a_wait_of_a_night_is_batch_tolerance(text: str) -> None:
    assert stored(text).get("batch_ok") is True


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("no ML team, quality must be top", "quality", "frontier"),
        ("No ML engineers, and the quality has to be top tier", "quality", "frontier"),
        ("no GPUs here, traffic is steady all day", "traffic_shape", "steady"),
        ("nope no compliance stuff, data can go to any vendor", "data_boundary", "any_vendor"),
    ],
)
def test_a_no_heading_one_item_does_not_reach_a_clause_with_its_own_verb(text: str, field: str, value: str) -> None:
    assert stored(text).get(field) == value


@pytest.mark.parametrize("text", ["no PCI, HIPAA or GDPR", "no fancy stuff, GDPR or HIPAA"])
def test_a_no_heading_a_list_of_regimes_still_stores_none_of_them(text: str) -> None:
    assert not [r for r in stored(text).get("compliance", []) if r in ("hipaa", "gdpr")]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("text", "field", "tokens"),
    [
        ("Dictation is maybe 3 minutes", "request_input_tokens", 600.0),  # 200 tokens a minute of speech
        ("each dictation runs about 2 minutes", "request_input_tokens", 400.0),
        ("the summary is maybe half a page", "request_output_tokens", 250.0),  # 500 tokens a page
    ],
)
def test_a_size_said_in_speech_or_pages_for_one_side_is_read(text: str, field: str, tokens: float) -> None:
    assert stored(text).get(field) == tokens


@pytest.mark.parametrize("text", ["we have a page on our website about it", "the answer page loads in a second"])
def test_a_page_said_in_passing_is_no_size(text: str) -> None:
    assert not {"request_input_tokens", "request_output_tokens"} & set(stored(text))


@pytest.mark.parametrize(
    "text",
    [
        "peak is mondays, weekends are dead",
        "we are busiest on Monday mornings, weekends are quiet",
        "traffic follows the working week, nothing on weekends",
    ],
)
def test_a_working_week_with_quiet_weekends_is_business_hours(text: str) -> None:
    assert stored(text).get("traffic_shape") == "business_hours"


@pytest.mark.parametrize(
    "text", ["are weekends quiet for you?", "our weekends are not quiet at all", "weekends are dead for competitors"]
)
def test_quiet_weekends_asked_denied_or_someone_elses_are_no_traffic_shape(text: str) -> None:
    assert "traffic_shape" not in stored(text)


@pytest.mark.parametrize(
    "text",
    [
        "rn its like 50k generations a day?? each one is ~800 tokens in and ~600 out",
        "we do maybe 50k generations a day? each is 800 tokens in and 600 out",
        "currently its about 50k generations a day?, each one ~800 in, ~600 out",
    ],
)
def test_a_figure_said_unsure_with_a_question_mark_is_still_said(text: str) -> None:
    assert stored(text).get("tokens_per_month") == pytest.approx(50_000 * 1_400 * 30)


@pytest.mark.parametrize("text", ["so 10M tokens a day is too much for self-hosting?", "is it like 50k a day?"])
def test_a_figure_inside_a_real_question_is_not_stored(text: str) -> None:
    assert "tokens_per_month" not in stored(text)


@pytest.mark.parametrize(
    "text",
    [
        "DAU about 200k. around 30% of user talk with NPC, avg 8 line per day each. prompt ~600 token, answer 100",
        "200k daily active users, 30% of them chat with the bot, about 8 messages a day each, 600 tokens in, 100 out",
        "Players: roughly 200k. 30% of players talk to an NPC, 8 lines per day each; 600 tokens in and 100 out",
    ],
)
def test_people_times_the_share_who_use_it_times_their_rate_makes_the_volume(text: str) -> None:
    # 200,000 x 30% x 8 a day = 480,000 a day, of 700 tokens each, over 30 days
    assert stored(text).get("tokens_per_month") == pytest.approx(200_000 * 0.3 * 8 * 700 * 30)


@pytest.mark.parametrize("text", ["we review 5000 lines of code a day", "each prompt is 200 lines of python"])
def test_lines_of_code_are_no_requests(text: str) -> None:
    assert "tokens_per_month" not in stored(text)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # 1,200 x 25 pages x 500 tokens + 300 x 60 pages x 500 tokens
        (
            "Volumes: approx. 1,200 RFQ answers per month with on average 25 pages, and approx. 300 framework "
            "contracts per month with 60 pages.",
            1_200 * 12_500 + 300 * 30_000,
        ),
        ("1,200 answers a month, 12k tokens each and 300 contracts a month, ~30k tokens each", 1_200 * 12_000 + 9e6),
        ("300 contracts a month with 60 pages", 300 * 30_000),
        ("ca. 2000 tickets a day with about 800 tokens", 2_000 * 800 * 30),
    ],
)
def test_counts_listed_each_with_its_own_size_add_up(text: str, tokens: float) -> None:
    assert stored(text).get("tokens_per_month") == pytest.approx(tokens)


def test_a_count_with_people_is_no_size() -> None:
    assert "tokens_per_month" not in stored("we get 2000 tickets a day with 3 agents")


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        # 70,000 calls a day x 6 minutes of speech (200 tokens a minute) x 30 days
        ("approx 70,000 calls per day, average handle time is around 6 minutes; we give transcripts", 2.52e9),
        ("our agents handle 200 calls a day, talk time about 4 min", 200 * 800 * 30),
        ("1,500 calls daily, AHT: 5 minutes", 1_500 * 1_000 * 30),
    ],
)
def test_a_contact_centres_handle_time_is_the_length_of_each_call(text: str, tokens: float) -> None:
    assert stored(text).get("tokens_per_month") == pytest.approx(tokens)


def test_a_count_restated_bare_while_its_size_is_asked_is_not_read_as_tokens(catalog) -> None:
    _, session = conversation(
        catalog,
        "approx 70,000 calls per day across all processes",
        "Sorry one correction, the 70k per day includes the healthcare process which is 12k calls/day for a US client.",
    )
    assert "tokens_per_month" not in session.profile.facts  # not "70k tokens a day"
    assert session.dialogue.pending is not None and session.dialogue.pending["requests"] == pytest.approx(70_000 * 30)


@pytest.mark.parametrize(
    ("text", "brl"),
    [
        ("we spend R$ 15 mil a month", 15_000),  # "mil" is a thousand in Portuguese and Spanish
        ("we spend 15 mil reais a month", 15_000),
        ("R$ 2,5 mil por mês com a OpenAI", 2_500),
    ],
)
def test_mil_with_reais_is_a_thousand(text: str, brl: float) -> None:
    local = stored(text).get("current_spend_in_currency")
    assert isinstance(local, dict) and local["amount_per_month"] == brl and local["currency"] == "BRL"


def test_mil_alone_in_english_stays_a_million() -> None:
    assert stored("we spend 15 mil a month on openai").get("current_spend_usd_per_month") == 15_000_000


@pytest.mark.parametrize(
    ("text", "usd"),
    [
        ("Today we spend around R$ 15 mil per month with OpenAI, more or less US$ 2,700, mostly gpt-4o.", 2_700),
        ("we spend about €9,500 a month, roughly $10k", 10_000),
        ("our bill is £4,000 a month (about $5k)", 5_000),
    ],
)
def test_money_said_again_in_dollars_takes_the_dollars_said(text: str, usd: float) -> None:
    facts = stored(text)
    assert facts.get("current_spend_usd_per_month") == usd
    local = facts.get("current_spend_in_currency")
    assert isinstance(local, dict) and local["rate"] == "said"


def test_a_budget_in_dollars_beside_a_bill_in_euros_is_no_restatement() -> None:
    facts = stored("we spend €9,500 a month and our budget is $5k")
    assert facts.get("budget_usd_per_month") == 5_000
    assert facts.get("current_spend_usd_per_month") != 5_000


def test_the_model_most_of_the_bill_goes_to_is_the_current_one() -> None:
    assert stored("we spend R$ 15 mil a month with OpenAI, mostly gpt-4o").get("current_model") == "gpt-4o"


@pytest.mark.parametrize(
    ("text", "field", "tokens"),
    [
        ("the reply is short, maybe 150-200 tokens", "request_output_tokens", 175.0),
        ("prompt 2-3k tokens", "request_input_tokens", 2_500.0),
    ],
)
def test_a_narrow_range_for_one_requests_size_is_read_at_its_middle(text: str, field: str, tokens: float) -> None:
    assert stored(text).get(field) == tokens


def test_a_wide_range_for_one_requests_size_is_not_picked_from() -> None:
    assert "request_output_tokens" not in stored("replies 100 to 500 tokens")


def test_a_period_corrected_in_a_later_message_keeps_what_each_item_came_to(catalog) -> None:
    _, session = conversation(
        catalog,
        "Around 40k conversations a week, 6 messages per conversation. Each call we send about 1,500 tokens and the "
        "reply is maybe 150-200 tokens.",
        "Sorry, correction — 40k conversations per MONTH not per week. Per week is ~10k.",
    )
    volume = session.profile.facts["tokens_per_month"]
    # 40,000 conversations a month, each 6 calls of 1,500 + 175 tokens
    assert float(volume.value) == pytest.approx(40_000 * 6 * 1_675)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("On a monthly basis we handle approx. 2.500 documents, average 12 pages, mostly in Dutch.", 2_500 * 6_000),
        ("we handle 2500 documents a month, average 6000 tokens", 2_500 * 6_000),
        ("1000 chats a day, average 800 tokens", 1_000 * 800 * 30),
    ],
)
def test_an_average_size_after_a_count_is_each_ones_size(text: str, tokens: float) -> None:
    assert stored(text).get("tokens_per_month") == pytest.approx(tokens)


def test_a_fraction_of_the_people_who_use_it_scales_their_rate() -> None:
    got = parse_message(
        "we have approx. 650 employees, we expect that about one third will use it, let's say 8 to 10 questions "
        "per working day per user."
    ).pending
    assert got is not None  # 650 x 1/3 x 9 a working day, over the month's working days
    assert float(got["requests"]) / (650 / 3 * 9) == pytest.approx(21.67, abs=0.1)


def test_a_correction_about_another_kind_of_thing_does_not_recount_the_volume(catalog) -> None:
    _, session = conversation(
        catalog,
        "On a monthly basis we handle approx. 2.500 documents, average 12 pages.",
        "I have to make a small correction: the 12 pages is the median. Some are 300 pages or more.",
    )
    assert float(session.profile.facts["tokens_per_month"].value) == pytest.approx(2_500 * 6_000)
    assert "source audit" not in session.turns[-1].assistant  # the user's own figures, not the articles' notes


def test_a_count_restated_bare_after_its_volume_is_no_new_volume(catalog) -> None:
    _, session = conversation(
        catalog,
        "Volumes: approx 70,000 calls per day, average handle time is around 6 minutes; we give transcripts only.",
        "Sorry one correction, the 70k per day includes the healthcare process which is 12k calls/day for a US client.",
    )
    # 70,000 calls a day of 1,200 tokens stay: neither "70k tokens a day" nor the 12k part replaces them
    assert float(session.profile.facts["tokens_per_month"].value) == pytest.approx(70_000 * 1_200 * 30)


@pytest.mark.parametrize("text", ["want fine-tune for character tone, LoRA maybe 30 character.", "500 tokens"])
def test_a_tiny_figure_in_tokens_is_no_volume_to_ask_the_period_of(text: str) -> None:
    result = parse_message(text, ["tokens_per_month"])
    assert result.pending is None and result.confirm is None


@pytest.mark.parametrize(
    ("text", "gpu", "count"),
    [
        ("We are having 2 servers with 8 x L40S each in our Pune DC, purchased last year", "l40s", 16),
        ("we have 3 nodes with 8 H100 each", "h100", 24),
        ("we have 2 DGX boxes, 8 H100 per box", "h100", 16),
        ("our cluster has 8 GPU nodes, each 4x A100 80GB; I could ring-fence 8 of the A100s for this", "a100-80gb", 8),
        ("we have 2 servers and 4 H100s", "h100", 4),  # no "each": the GPUs counted in all
    ],
)
def test_gpus_counted_per_machine_are_multiplied_and_a_share_set_aside_is_what_counts(
    text: str, gpu: str, count: int
) -> None:
    owned = stored(text).get("owned_gpus")
    assert isinstance(owned, dict) and owned["gpu"] == gpu and owned["count"] == count


@pytest.mark.parametrize(
    ("text", "quality"),
    [
        ("Quality-wise the chat needs to be good enough that people stop using their personal ChatGPT", "frontier"),
        ("quality wise users dont care much as long as it sounds human and not cringe", "open_weight_ok"),
        ("our users dont care much about quality", "open_weight_ok"),
    ],
)
def test_a_quality_bar_said_by_who_reads_it(text: str, quality: str) -> None:
    assert stored(text).get("quality") == quality


@pytest.mark.parametrize(
    "text", ["do users care much about quality?", "we dont care much about latency as long as it finishes"]
)
def test_caring_asked_or_about_something_else_is_no_quality_bar(text: str) -> None:
    assert "quality" not in stored(text)


@pytest.mark.parametrize(
    "text",
    [
        "Yes we are a covered entity, this is all PHI. Our IT director said anything with PHI has to stay in our "
        "Microsoft Azure environment and we need a BAA with whoever touches it.",
        "everything must remain within our GCP project",
    ],
)
def test_data_kept_in_the_users_own_cloud_environment_is_cloud_tenant(text: str) -> None:
    assert stored(text).get("data_boundary") == "cloud_tenant"


def test_asking_whether_data_must_stay_in_the_cloud_environment_stores_nothing() -> None:
    assert "data_boundary" not in stored("does data have to stay in our azure environment?")


@pytest.mark.parametrize(
    "text",
    [
        "We're not in a rush on these, we have 30-60 days to file, so if the computer works on them overnight that's "
        "totally fine.",
        "we're not in a rush",
        "if it runs overnight that's totally fine",
    ],
)
def test_no_rush_or_overnight_allowed_is_batch_tolerance(text: str) -> None:
    assert stored(text).get("batch_ok") is True


@pytest.mark.parametrize("text", ["if it ran overnight would that be fine?", "if it runs overnight the users complain"])
def test_overnight_asked_or_complained_about_is_no_batch_tolerance(text: str) -> None:
    assert stored(text).get("batch_ok") is not True
