"""An independent review of session 34's readers (a helper, 463 probes before and after, /work/review34/REVIEW.md)
found over-readings they caused; each is mended and kept here with its sentence, beside the case the rule was for."""

from __future__ import annotations

import pytest

from tests.reading import facts, facts_and_asked

DAY = 30


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acceptance after a model in use is no bar; one turned down is none either
        ("we use GPT-4o today, which is fine", {"current_model": "gpt-4o"}),
        ("we evaluated and now use GPT-4o for everything", {"current_model": "gpt-4o"}),
        ("benchmarked a few and settled on GPT-4.1 mini in production", {"current_model": "gpt-4.1-mini"}),
        # a narrow self-correction: asking something else names no model in use
        (
            "we use GPT-4o for chat; I meant to ask, is Llama 3.3 70B cheaper?",
            {"current_model": "gpt-4o", "candidate_models": ["llama-3.3-70b"]},
        ),
        ("we use GPT-4o, no wait, GPT-4.1", {"current_model": "gpt-4.1"}),
        # only a model refused or put right is no candidate
        ("we don't use GPT-4o today but would like it compared", {"candidate_models": ["gpt-4o"]}),
        ("haven't benchmarked Claude Sonnet 4.5 yet, can you include it?", {"candidate_models": ["claude-sonnet-4.5"]}),
        ("not only GPT-4o but also Claude Sonnet 4.5", {"candidate_models": ["gpt-4o", "claude-sonnet-4.5"]}),
        ("can't decide between GPT-4o and Claude Sonnet 4.5", {"candidate_models": ["gpt-4o", "claude-sonnet-4.5"]}),
        # a heading denying the bullets after it reaches them all
        ("Not required: • HIPAA • SOC 2 • FedRAMP", {}),
        ("None of these apply: • HIPAA • PCI • GDPR", {"compliance": ["none"]}),
        # a total said after items is no size of one
        ("every day, 1,000 calls at 4M tokens total", {"tokens_per_month": 4_000_000 * DAY}),
        ("we don't get 2,500 chats of 1.8k tokens", {}),
        # a chain only when the size is said of the items
        ("500 records per job, 20 jobs a day, one request of 100k tokens", {"tokens_per_month": 20 * 100_000 * DAY}),
        ("5 emails per thread, 1,000 threads a day, 300 tokens per thread", {"tokens_per_month": 1_000 * 300 * DAY}),
        # a small workload whose size is said of a kindred thing is still read
        ("it's a hobby bot: 20 chats a day, 1.5k tokens per conversation", {"tokens_per_month": 20 * 1_500 * DAY}),
        ("we send about 10 emails a day, 500 tokens per message", {"tokens_per_month": 10 * 500 * DAY}),
        # the same length compared with something else doubles nothing
        (
            "results are comparable in length to what GPT-4o gives us today; 3k tickets a day, 800 tokens each",
            {"tokens_per_month": 3_000 * 800 * DAY, "current_model": "gpt-4o"},
        ),
        (
            "the generated text is similar in size to a tweet; 20k requests a day of 300 tokens",
            {"tokens_per_month": 20_000 * 300 * DAY},
        ),
        # people as a label are not requests
        ("users: 3,000/day, each sends ~10 messages of 400 tokens", {"request_input_tokens": 400}),
        # a short model name is a name only where something is said of it
        (
            "we use Gemini 2.5 Flash; the flash sale weekend is fine, traffic triples then",
            {"traffic_shape": "bursty", "current_model": "gemini-2.5-flash"},
        ),
        # running GPUs without trouble is running them
        ("we manage without issue 6 H100 GPUs", {"team": {"gpu_infra": True}}),
        # (second pass over the review's probes)
        ("every day, 500 requests at 128k tokens context window, but most use 2k", {"tokens_per_month": 3_840_000}),
        ("every day, we don't get 2,500 chats of 1.8k tokens, more like 300 chats", {}),
        ("we don't need • HIPAA • SOC 2 • PCI", {}),
        (
            "Must have: • SOC 2 • GDPR. Nice to have, not required: • ISO 27001 • HIPAA",
            {"compliance": ["gdpr", "soc2"]},
        ),
        (
            "we self-host Llama 3.1 8B at 150 ms per request, which is fine, but the answers are weak",
            {"current_model": "llama-3.1-8b", "quality": None},
        ),
        ("we tried Qwen 2.5 7B, it hit 0.6 accuracy, which is fine for a demo but not prod", {}),
        (
            "We use GPT-4o. What I meant earlier is that we'd also like Claude Sonnet 4.5 priced.",
            {"current_model": "gpt-4o", "candidate_models": ["claude-sonnet-4.5"]},
        ),
        (
            "we use GPT-4o, sorry, not GPT-4o mini, and compare with Llama 3.3 70B",
            {"current_model": "gpt-4o", "candidate_models": ["llama-3.3-70b"]},
        ),
        (
            "my bad, forgot to say: we use GPT-4o and want to compare Claude Sonnet 4.5",
            {"candidate_models": ["gpt-4o", "claude-sonnet-4.5"]},
        ),
        ("currently GPT-4o mini, no wait, GPT-4.1 mini", {"current_model": "gpt-4.1-mini"}),
    ],
)
def test_review_near_misses_read_as_a_careful_reader_would(text: str, expected: dict[str, object]) -> None:
    got = facts(text)
    assert {k: got.get(k) for k in expected} == expected
    if not expected:
        assert got == {}


@pytest.mark.parametrize(
    "text",
    [
        "data must stay in our company-managed cloud infrastructure on Azure",
        "our enterprise-hosted cloud infrastructure on GCP is where all data must be",
    ],
)
def test_a_company_managed_cloud_is_no_on_prem(text: str) -> None:
    assert facts(text).get("data_boundary") != "on_prem"


@pytest.mark.parametrize(
    "text",
    [
        "we use our org-managed compute on AWS Bedrock, data can't leave our AWS account",
        "we must use enterprise-managed cloud systems, i.e. our Azure OpenAI tenant",
    ],
)
def test_a_company_managed_cloud_account_stays_the_tenant(text: str) -> None:
    assert facts(text)["data_boundary"] == "cloud_tenant"


@pytest.mark.parametrize(
    "text",
    [
        "Our servers are in house and the model has to run on them.",
        "our servers are in the hospital's data centre and the model must run on them",
    ],
)
def test_servers_in_house_or_in_a_data_centre_are_on_prem(text: str) -> None:
    assert facts(text)["data_boundary"] == "on_prem"


@pytest.mark.parametrize(
    "text",
    [
        "1-2 seconds is fine for the back office, not for customers",
        "1-2 seconds is fine for batch, too slow for live",
        "2-3 sec is acceptable, not ideal, we want 1 s",
    ],
)
def test_a_range_fine_for_one_use_and_not_another_is_asked(text: str) -> None:
    got, asked = facts_and_asked(text, "latency_p99_ms")
    assert "latency_p99_ms" not in got and "latency_p99_ms" in asked


def test_hedges_after_each_month_make_no_rate_per_person() -> None:
    got = facts(
        "we have 40 customers. each month we probably process, I don't know, 300 resumes in total, 1,300 tokens per "
        "resume"
    )
    assert got["tokens_per_month"] == pytest.approx(300 * 1_300)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("what should i do now? upload the csv?", None),
        ("what do you do?", "scope"),
        ("the recommended option is too expensive for us", None),
    ],
)
def test_questions_about_a_step_or_the_assistant_ask_for_no_verdict(text: str, kind: str | None) -> None:
    from assistant.decision.explain.questions import classify

    asked = classify(text, None, has_baseline=True)
    assert (asked.kind if asked else None) == kind


@pytest.mark.parametrize(
    "text",
    [
        "why is the self-host number what it is? what did you assume per GPU hour?",
        "what GPU hourly rate did you use?",
        "how much per GPU hour?",
    ],
)
def test_asking_the_gpu_hourly_rate_gets_the_self_host_arithmetic(text: str) -> None:
    # (probe 34: it had been answered with a generic why, no $/h in it)
    from assistant.decision.explain.questions import classify

    asked = classify(text, None, has_baseline=True)
    assert asked is not None and (asked.kind, asked.topic) == ("how", "self_host")


def test_a_gpu_hourly_price_stated_is_no_question() -> None:
    from assistant.decision.explain.questions import classify

    assert classify("we pay $2 per GPU hour on Lambda", None, has_baseline=True) is None
