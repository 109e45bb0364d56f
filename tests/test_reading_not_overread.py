"""Near misses of this session's readers, from an independent review: sentences that must keep their old reading.
Each names the reader it guards (one-time amounts, on-prem rules, preferences, countries, sizes, owned GPUs,
hedged figures)."""

from __future__ import annotations

import pytest

from assistant.interview.facts import WorkloadProfile
from assistant.interview.reading.message import parse_message
from assistant.interview.recorded import recorded_facts
from tests.profiles import conversation
from tests.reading import facts as read
from tools.catalog import Catalog


@pytest.mark.parametrize(
    ("text", "tokens_per_month"),
    [
        ("We are a seed startup doing 10k requests a day, 1k tokens each.", 10_000 * 1_000 * 30),
        ("We summarize 2,000 historical records a day, about 1k tokens each.", 2_000 * 1_000 * 30),
        ("We use one-shot prompting for 10k requests a day, 800 tokens each.", 10_000 * 800 * 30),
        ("We do 3,000 lookups a day in the archives, 500 tokens each", 3_000 * 500 * 30),
    ],
)
def test_a_rate_is_no_one_time_amount(text: str, tokens_per_month: float) -> None:
    reading = parse_message(text, [])
    assert {u.field: u.value for u in reading.updates}.get("tokens_per_month") == pytest.approx(tokens_per_month)
    assert not reading.notes


@pytest.mark.parametrize(
    ("text", "boundary"),
    [
        ("We host on-prem with 4 A100s. That's non-negotiable.", "on_prem"),
        ("We're on-prem with 16 L40S. The CISO forbids sending anything out.", "on_prem"),
        ("Our stack is on-prem Kubernetes with 4 H100s. Nothing is allowed off site.", "on_prem"),
        ("On-prem only. We'd prefer Llama. Our AWS account is also not ok for this data.", "on_prem"),
        (
            "Data must stay on our own servers. Ideally Llama 3, and a cloud-hosted Mistral is also fine for the "
            "public FAQ bot.",
            "on_prem",
        ),
        ("Data must stay in Turkey. ML team of 6, on-prem OpenShift. Open-weight is fine.", None),
    ],
)
def test_an_on_prem_rule_in_the_next_sentence_or_beside_a_model_wish_stands(text: str, boundary: str | None) -> None:
    assert read(text).get("data_boundary") == boundary


def test_a_country_ruled_out_is_not_where_the_data_stays() -> None:
    facts = read('On-prem only, no cloud, and no "Mexico region" of some US hyperscaler either.')
    assert "data_country" not in facts and facts.get("data_boundary") == "on_prem"
    assert "data_country" not in read("anywhere except Turkey", ["data_region"])


@pytest.mark.parametrize(
    "text", ["Not just any vendor will do, it has to be HIPAA compliant.", "Not just any provider: it needs a BAA."]
)
def test_not_just_any_vendor_is_no_permission(text: str) -> None:
    assert read(text).get("data_boundary") != "any_vendor"


@pytest.mark.parametrize(
    ("text", "inp", "out"),
    [
        ("Each call transcript is about 6000 tokens and we generate a summary. 18,000 calls a day.", 6000.0, None),
        ("Customers send emails of about 400 tokens that need a reply; 2,000 emails a day.", 400.0, None),
    ],
)
def test_an_output_named_as_an_object_takes_no_size(text: str, inp: float, out: float | None) -> None:
    facts = read(text)
    assert (facts.get("request_input_tokens"), facts.get("request_output_tokens")) == (inp, out)


@pytest.mark.parametrize(
    "text",
    [
        "We don't own GPUs: our cloud vendor reserved 8 A100s for us.",
        "We have no GPUs; the 4 H100s left from the pilot went back to the vendor.",
        "We used 8 A100s left from an earlier project, but they were returned last year.",
    ],
)
def test_gpus_not_held_are_not_owned(text: str) -> None:
    assert "owned_gpus" not in read(text)


@pytest.mark.parametrize(
    "text",
    [
        "so about scaling: could we do 10M tokens a day on one GPU?",
        "we think about going to 500k requests a day, would self-hosting be cheaper then?",
    ],
)
def test_a_question_with_a_figure_stores_nothing(text: str) -> None:
    reading = parse_message(text, [])
    assert "tokens_per_month" not in reading.fields() and reading.pending is None


def test_a_country_recorded_by_the_model_keeps_the_regimes_said_before() -> None:
    profile = WorkloadProfile()
    profile.set("compliance", ["gdpr", "hipaa"])
    facts = recorded_facts({"data_region": "Turkey"}, profile, 30)
    assert facts["data_country"] == "Turkey"
    assert facts["compliance"] == ["data_residency", "gdpr", "hipaa"]


def test_the_ones_counted_are_not_the_size_unit() -> None:
    pending = parse_message("60,000 leases in the archive with 20 pages each, then 300 new ones a month", []).pending
    assert pending is not None and pending["unit"] == "lease" and pending["requests"] == 300


@pytest.mark.parametrize(
    "text",
    ["Our sales are 3x the average in December; 20k requests a day", "We reply within 2 days, business days"],
)
def test_sales_and_reply_times_are_no_peak_or_working_days(text: str) -> None:
    facts = read(text)
    assert "peak_to_average" not in facts
    if "tokens_per_month" in facts:
        assert facts["tokens_per_month"] == pytest.approx(20_000 * 30)


def test_just_tell_me_still_asks_where_the_data_must_stay(catalog: Catalog) -> None:
    _, session = conversation(
        catalog,
        "about 20M tokens a day, mostly input, steady",
        "Data must stay in Germany or France. Just tell me API or self-host.",
    )
    reply = session.turns[-1].assistant
    assert "the region your data must stay in" in reply and "### Recommendation" not in reply
