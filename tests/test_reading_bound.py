"""Where the data may go, volumes, counts and latency ranges as people actually say them (task "bound").

Each test states what a person means in plain terms; the values are worked out by hand (30 days a month,
21.67 working days a month: 52 weeks x 5 days / 12).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.reading import parsed as read

DAY = 30
WORKING_DAYS = 52 * 5 / 12


def facts(text: str, expecting: list[str] | None = None) -> dict[str, Any]:
    return {u.field: u.value for u in read(text, expecting).updates}


# ------------------------------------------------------------- where GPUs sit is not where the data may go


@pytest.mark.parametrize(
    "text",
    [
        "We have a leasing contract for 6 A100, for two years, they are in our rack in Torino, and now they are "
        "used only 40%.",
        "We lease 8 A100s from a hoster, they sit in our cage in Frankfurt, only 3 of them busy at night.",
        "Our 2 H100 boxes are in the server room, we bought them last year and they are only used about 20%.",
        "gpus: 4x L40S in our own rack, paid off, only half used lol",
        "Per contract we rent 4 H100 for 12 months, installed in our datacenter in Lyon, used only 30% now.",
        "our 2 L40S cards live in the server room downstairs, only half used most days",
    ],
)
def test_where_the_gpus_sit_is_no_data_boundary(text: str) -> None:
    got = facts(text)
    assert "data_boundary" not in got
    assert "owned_gpus" in got  # the cards themselves are read


@pytest.mark.parametrize(
    "text",
    [
        "The GPUs are in our own data centre and the data must never leave it.",
        "Our GPU boxes are in our rack, and only that rack may see customer data.",
        "we own 8 H100 in our data center and data can only be processed on our own servers",
    ],
)
def test_a_rule_about_the_data_beside_the_gpus_is_still_on_prem(text: str) -> None:
    assert facts(text)["data_boundary"] == "on_prem"


# ------------------------------------------------------------- the data's owners agreed to the vendor


@pytest.mark.parametrize(
    "text",
    [
        "No compliance. Clients agree that code goes to OpenAI or Anthropic, it is in our terms.",
        "Our end users have agreed in the terms that their chats are processed by OpenAI.",
        "customers opted in to their tickets going to a third-party LLM provider, it's in the contract",
        "per our ToS, documents are sent to Anthropic for analysis",
        "our privacy notice already names OpenAI as a subprocessor, users accepted it",
    ],
)
def test_owners_who_agreed_to_a_vendor_allow_any_vendor(text: str) -> None:
    assert facts(text)["data_boundary"] == "any_vendor"


@pytest.mark.parametrize(
    "text",
    [
        "our customers never agreed that their data goes to OpenAI",
        "if customers agree that their data goes to OpenAI, could we use it?",
        "We still need to ask clients whether they agree that code goes to Anthropic.",
        "one of our clients agreed that their code goes to Anthropic, the others did not",
    ],
)
def test_consent_denied_asked_or_someone_elses_allows_nothing(text: str) -> None:
    assert facts(text).get("data_boundary") != "any_vendor"


# ------------------------------------------------------------- no rule keeping the data from vendors


@pytest.mark.parametrize(
    "text",
    [
        "There's no requirement to keep it out of third-party APIs as long as DPAs are in place.",
        "Legal confirmed there is no requirement to keep the data away from external LLM providers.",
        "nothing in our policies says we must keep prompts out of public APIs",
        "We're not obliged to keep it off third-party APIs, GDPR is handled with DPAs.",
        "we are not required to keep the data away from external providers",
        "no rule that says data has to stay away from vendor APIs for us",
    ],
)
def test_no_rule_keeping_data_from_vendors_allows_any_vendor(text: str) -> None:
    assert facts(text)["data_boundary"] == "any_vendor"


@pytest.mark.parametrize(
    "text",
    [
        "The policy requires us to keep customer data away from third-party APIs.",
        "we have to keep it away from external providers",
    ],
)
def test_data_kept_from_vendors_asks_where_it_may_go(text: str) -> None:
    out = read(text)
    assert "data_boundary" not in out.fields()  # own servers or own cloud? not said
    assert "data_boundary" in out.clarify


def test_a_question_about_a_rule_keeping_data_from_vendors_says_nothing() -> None:
    out = read("is there a rule that we keep prompts out of public APIs?")
    assert "data_boundary" not in out.fields()


# ------------------------------------------------------------- permissions on the usual paper are kept


@pytest.mark.parametrize(
    "text",
    [
        "we can use an American API if there is an EU DPA",
        "external LLM providers are ok for us provided they sign a DPA",
        "Our DPO says a US vendor is fine as long as we have a data processing agreement.",
        "The data can go also to an external API if the provider is in the EU, no problem for our DPO.",
        "APIs are okay if the provider is located in the EU.",
    ],
)
def test_a_vendor_allowed_on_a_dpa_or_in_the_eu_is_any_vendor(text: str) -> None:
    # a DPA and an EU-located provider are ordinary terms every large provider offers: the permission stands
    assert facts(text)["data_boundary"] == "any_vendor"


def test_a_question_whether_a_dpa_would_do_allows_nothing() -> None:
    assert "data_boundary" not in facts("would an American API be ok if there is an EU DPA?")


def test_an_eu_region_of_their_own_tenant_is_data_residency() -> None:
    # "must stay ... in EU regions" keeps the data in the EU: a residency rule besides GDPR, region eu
    got = facts("GDPR applies. Data must stay inside our own Azure tenant in EU regions; no public APIs of any kind.")
    assert got["compliance"] == ["data_residency", "gdpr"]
    assert got["data_region"] == "eu"
    assert got["data_boundary"] == "cloud_tenant"


# ------------------------------------------------------------- a statement with a question tagged on


@pytest.mark.parametrize(
    ("text", "requests_a_month"),
    [
        ("Volume? We do around 300 articles a day, is that a lot?", 300 * DAY),
        ("we get roughly 2k support emails a day, is that a lot?", 2000 * DAY),
        ("so we handle about 500 claims a day, is that normal?", 500 * DAY),
    ],
)
def test_a_count_with_is_that_a_lot_is_said(text: str, requests_a_month: float) -> None:
    out = read(text)
    assert out.pending is not None
    assert out.pending["requests"] == pytest.approx(requests_a_month)


def test_a_volume_with_does_that_matter_is_said() -> None:
    assert facts("so we do about 15M tokens a day, does that matter for the price?")["tokens_per_month"] == 15e6 * DAY


@pytest.mark.parametrize(
    "text",
    [
        "would 20M tokens a day be a lot?",
        "if we did 5M tokens a day, is that a lot?",
        "the API would cost around $8k a month at that volume, right?",
    ],
)
def test_a_conditional_with_a_tag_question_is_still_a_question(text: str) -> None:
    got = facts(text)
    assert "tokens_per_month" not in got
    assert "current_spend_usd_per_month" not in got


def test_a_bare_regime_with_a_tag_question_is_still_a_question() -> None:
    assert "compliance" not in facts("HIPAA, is that relevant for us?")


# ------------------------------------------------------------- a latency range said as acceptable


@pytest.mark.parametrize(
    ("text", "limit_ms"),
    [
        # what is acceptable is everything up to the top of the range, so the top is the limit
        ("latency 2-3 seconds is fine", 3000),
        ("Response within 5-8 seconds is totally acceptable, it's an internal tool", 8000),
        ("answers can take 10 to 15 secs, nobody is in a hurry", 15000),
        ("p95 of 1-2 s would be ok for us", 2000),
        ("ttft 300-500ms is fine", 500),
        ("Response time: 2–3 s is acceptable.", 3000),
    ],
)
def test_an_acceptable_latency_range_stores_its_top(text: str, limit_ms: float) -> None:
    assert facts(text)["latency_p99_ms"] == limit_ms


@pytest.mark.parametrize(
    "text",
    [
        "answers take 10-20 seconds",  # how long they take, not what is acceptable
        "it currently takes 4-6 seconds and users complain",
        "is 2-3 seconds ok?",
        "2-3 seconds is not ok, we need under one second",
        "the old system took 10-20 seconds and that was fine",
        "1-3 s, depends",
    ],
)
def test_a_latency_range_not_said_acceptable_is_asked(text: str) -> None:
    out = read(text)
    assert "latency_p99_ms" not in out.fields()


# ------------------------------------------------------------- counts


@pytest.mark.parametrize(
    ("text", "per_day"),
    [
        ("we do 100 to 300 a day", 200),
        ("roughly 1000 to 2500 a day", 1750),
    ],
)
def test_a_range_of_requests_is_read_at_its_middle(text: str, per_day: float) -> None:
    out = read(text, ["tokens_per_month"])
    assert out.pending is not None
    assert out.pending["requests"] == pytest.approx(per_day * DAY)


def test_a_range_of_hours_is_no_count() -> None:
    out = read("we are open 8 to 18 every day", ["tokens_per_month"])
    assert out.pending is None
    assert "tokens_per_month" not in out.fields()


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("4k docs and 6k emails a day, each 1k tokens", (4000 + 6000) * 1000 * DAY),
        ("we handle 3k invoices and 1k contracts a day, ~2k tokens each", (3000 + 1000) * 2000 * DAY),
        ("1.5k chats, 500 emails and 200 calls per day; each about 1,200 tokens", (1500 + 500 + 200) * 1200 * DAY),
        ("roughly 300 tickets, 200 chats and 50 emails a day, ~800 tokens each", (300 + 200 + 50) * 800 * DAY),
    ],
)
def test_counts_of_different_things_sharing_one_size_are_added(text: str, per_month: float) -> None:
    assert facts(text)["tokens_per_month"] == pytest.approx(per_month)


def test_the_same_thing_counted_twice_is_not_added() -> None:
    got = facts("3k msgs a day, wait, make that 4k msgs a day, 500 tokens each")
    assert got["tokens_per_month"] == pytest.approx(4000 * 500 * DAY)


@pytest.mark.parametrize(
    "text",
    [
        "we don't process 4k docs a day and 6k emails a day, each 1k tokens",
        "we do not scan 5k receipts a day, each receipt is 2k tokens",
    ],
)
def test_a_denied_count_or_list_makes_no_volume(text: str) -> None:
    out = read(text)
    assert "tokens_per_month" not in out.fields()
    assert out.pending is None


# ------------------------------------------------------------- a day's volume on weekdays only


def test_a_daily_volume_on_weekdays_only_counts_the_working_days() -> None:
    # "2M a day, only on weekdays": each weekday carries 2M, weekends none, so a month holds ~21.67 such days
    # (43.3M), not 30 (60M). The reply says so beside the figure, and "every day" would change it.
    got = facts("approximately 2 million tokens per day, only during the shifts on weekdays, from 8:00 to 17:00")
    assert got["tokens_per_month"] == pytest.approx(2e6 * WORKING_DAYS, rel=1e-3)


# ------------------------------------------------------------- a ratio of the sides is no request's size


@pytest.mark.parametrize(
    ("text", "share"),
    [
        ("for every 1000 tokens in we get 250 tokens out", 1000 / 1250),
        ("for each 1k tokens of input we get about 300 tokens back", 1000 / 1300),
        ("per 1000 input tokens we generate roughly 100 output tokens", 1000 / 1100),
    ],
)
def test_tokens_out_per_tokens_in_is_a_mix_not_a_size(text: str, share: float) -> None:
    out = read(text)
    got = {u.field: u.value for u in out.updates}
    assert got["input_share"] == pytest.approx(share, abs=1e-3)
    assert "request_input_tokens" not in got and "request_output_tokens" not in got
    assert out.pending is None  # no volume "per day or per month?" either


def test_one_requests_sides_are_still_its_size() -> None:
    got = facts("each request is 1000 tokens in and 250 out")
    assert (got["request_input_tokens"], got["request_output_tokens"]) == (1000, 250)


@pytest.mark.parametrize(
    ("text", "per_month"),
    [
        ("budget of $5k for 500 users, each sends 10 messages a day, 500 tokens each", 500 * 10 * 500 * DAY),
        ("we spend $2000 on 300 users, each sends 10 messages a day, 500 tokens each", 300 * 10 * 500 * DAY),
    ],
)
def test_people_counted_beside_money_are_still_people(text: str, per_month: float) -> None:
    assert facts(text)["tokens_per_month"] == pytest.approx(per_month)
