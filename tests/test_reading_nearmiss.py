"""Quality, traffic timing, waiting, latency and the input/output mix mentioned without the user's own fact: questions,
hearsay, marketing copy, vendors' SLAs, a previous job or old system, what-ifs, vague words, a feature named after
its timing ("a nightly report feature" is one feature, not whether people can wait): nothing stored. Twins stored."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message

FACTS = ("quality", "traffic_shape", "batch_ok", "latency_p99_ms", "input_share", "fine_tuning")

STATED = [
    ("an open model like llama is good enough for us", {"quality": "open_weight_ok"}),
    ("for our FAQ bot a 7B model is totally fine", {"quality": "open_weight_ok"}),
    ("our traffic comes in bursts around 9am", {"traffic_shape": "bursty"}),
    ("traffic is flat all day", {"traffic_shape": "steady"}),
    ("Load is roughly constant around the clock.", {"traffic_shape": "steady"}),
    ("the reports run overnight, nobody waits for them", {"batch_ok": True}),
    ("results by next morning are fine", {"batch_ok": True}),
    ("users wait on screen for each answer", {"batch_ok": False}),
    ("nobody's waiting on these, overnight is fine", {"batch_ok": True}),
    ("agents sit there waiting for the reply, it has to be live", {"batch_ok": False}),
    ("p99 must be under 800 ms", {"latency_p99_ms": 800}),
    ("answers need to come back within 2 seconds at p99", {"latency_p99_ms": 2000}),
]

MENTIONED_ONLY = [
    "is quality good enough with the small models?",
    "Does the quality drop much with a 7B model?",
    "quality of open models - acceptable or not?",
    "would llama be good enough for us?",
    "quality matters",
    "we care about quality and speed, like everyone",
    "good answers are important to us obviously",
    "Quality is important, of course.",
    "We read that good enough quality is fine for most FAQ bots.",
    'Our marketing page says "lightning-fast answers, top quality".',
    "Apparently competitors get by with open models.",
    "A friend's startup says llama is good enough for them.",
    "quality? dunno",
    "not sure yet what quality bar we need",
    "no idea if an open model would cut it",
    "Does it matter if traffic is bursty?",
    "if traffic were bursty, would that change things?",
    "is steady traffic cheaper to self-host?",
    "do spikes hurt self-hosting?",
    "Our competitor's traffic spikes on Mondays.",
    "another team has steady traffic all day",
    "I heard Acme's bot gets hammered every lunch hour.",
    "the vendor's traffic graph looks flat, they told us",
    "our old system had spiky traffic",
    "at my previous job traffic was dead flat",
    "in a previous company we had crazy spikes at 9am",
    "traffic pattern - no idea yet",
    "peaks? will check with ops",
    "not sure how traffic spreads over the day",
    "We're launching a morning briefing feature for execs.",
    "we plan a weekend digest feature too",
    "does batch help with cost?",
    "would a batch API be cheaper?",
    "Can users wait? I need to ask the PM.",
    "what do you mean by batch?",
    "is overnight processing an option for this kind of tool?",
    "Acme runs everything overnight in batch, I heard.",
    "OpenAI's batch endpoint gives 50% off, right?",
    "apparently most banks run these jobs overnight",
    "our competitor processes claims in nightly batches",
    "in a previous job we ran nightly batches",
    "at my old compnay we did evrything overnight",
    "our old system ran the reports in batch",
    "hypothetically, if answers could wait an hour, what then?",
    "If we had batch jobs we would save money, I guess.",
    "if users could wait until morning would self-hosting win?",
    "we're adding a nightly report feature",
    "The roadmap includes an overnight digest feature.",
    "a weekly summary email feature is in the backlog",
    "what latency do people usually need?",
    "what's a typical p99?",
    "is 2 seconds fast enough for chat?",
    "does p99 of 500ms make sense for us?",
    "it's important to be fast",
    "speed is important",
    "fast answers matter, you know",
    "Low latency is nice to have.",
    "The vendor's SLA promises 200 ms p99.",
    "Some vendors promise 99.9% uptime and 300ms latency.",
    "the competitor's bot answers in under a second",
    "The provider's marketing claims 150 ms latency.",
    "I read somewhere that 300ms feels instant.",
    "latency? not sure yet",
    "no idea what latency we need",
    "how much of the tokens are input vs output usually?",
    "is output usually longer than input?",
    "does the input/output mix matter for cost?",
    "good question about the input/output mix, no idea",
    "I don't know how long prompts are vs answers",
    "the blog said most chatbots are 80% input tokens",
    "apparently for summarisation it's mostly input",
    "The product is a chatbot.",
    "We're building a summary tool for lawyers.",
    "you asked whether users can wait - good question, let me check",
    "last year our traffic was flat, now not sure",
    'Forwarded: "Vendor X offers batch processing at half price and 99.9% uptime."',
    "FYI the sales deck says our answers are instant and best in class",
    "we ask us if open model is enough, what you think?",
    "for other customers of yours, is llama ok?",
    "in old project quality was bad with small model",
    "Our previous vendor's quality was poor, that's history.",
    "traffic of our competitor is very spiky, we read in news",
    "how is traffic normally for such bots?",
    "if traffic come in peaks, it is problem?",
    "other companies have rush at lunch, maybe we too, don't know",
    "batch is possible in general? how it works?",
    "some companies do it overnight, for us not clear yet",
    "in my last company reports was overnight",
    "vendors offer batch discount 50%, we saw on pricing page",
    "their app feels snappy, like 200ms",
    "how fast is fast enough tbh?",
    "at my old gig we had a 1s p99",
    "the provider's status page shows 400 ms p99",
    "Industry reports suggest an 80/20 input-output split is common.",
    "Would a 3:1 input to output ratio be typical?",
    "In our previous product the prompts were mostly input.",
    "Quick one: does a bursty pattern make self-hosting worse?",
    'Board deck line: "real-time AI, enterprise-grade quality". Just a slogan.',
    'FWD from sales: "Competitor Y guarantees sub-second responses."',
]


@pytest.mark.parametrize(("text", "expected"), STATED)
def test_mention_said_is_stored(text: str, expected: dict[str, object]) -> None:
    got = {u.field: u.value for u in parse_message(text).updates if u.field in FACTS}
    for field, value in expected.items():
        assert got.get(field) == value, (text, got)


@pytest.mark.parametrize("text", MENTIONED_ONLY)
def test_mention_mentioned_only_stores_nothing(text: str) -> None:
    got = {u.field: u.value for u in parse_message(text).updates if u.field in FACTS}
    assert got == {}, (text, got)
