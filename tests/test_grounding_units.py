"""Grounding by unit: a figure matches only a value of its unit, in a view that makes sense for the unit,
at the precision it is written with, and (shares and volumes) about the same thing.

The property test runs the offline advisor over seeded random profiles and follow-ups: every figure of
its own answers must be accepted by the guard the agent uses, while random figures planted in those
answers ("$X,XXX", "NN%", "N.NB tokens") must be rejected at least 99% of the time.
"""

from __future__ import annotations

import asyncio
import functools
import random
from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest

from assistant.agent.grounding import Allowed, allowed_values, figures_in, first_ungrounded, ungrounded
from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.decision.inputs import AnalysisOptions
from tools.catalog import Catalog
from tools.results import Conventions

# ------------------------------------------------------------------------------ reading units


@pytest.mark.parametrize(
    ("text", "written", "value", "unit", "period"),
    [
        ("it costs $3,240.50 a month", "$3,240.50", 3240.5, "usd", "month"),
        ("about $43.2k/yr", "$43.2k", 43200.0, "usd", "year"),
        ("billed at 2.50 USD per hour", "2.50", 2.5, "usd", "hour"),
        ("80% input", "80", 80.0, "share", ""),
        ("roughly 40 percent cheaper", "40", 40.0, "share", ""),
        ("576M tokens a month", "576M", 576e6, "tokens", "month"),
        ("19.2M a day", "19.2M", 19.2e6, "tokens", "day"),
        ("1,900,800,000 input + 475,200,000 output", "1,900,800,000", 1.9008e9, "tokens", ""),
        ("2 x H100 (fp8)", "2 x", 2.0, "gpus", ""),
        ("14 GPUs at peak", "14", 14.0, "gpus", ""),
        ("2.29x the raw GPU bill", "2.29x", 2.29, "ratio", ""),
        ("p99 under 350 ms", "350", 350.0, "ms", ""),
        ("a 0.35 s first token", "0.35", 350.0, "ms", ""),
        ("3,000 requests an hour", "3,000", 3000.0, "number", ""),
    ],
)
def test_a_figure_is_read_with_its_unit_and_period(
    text: str, written: str, value: float, unit: str, period: str
) -> None:
    figure = next(f for f in figures_in(text) if f.written == written)
    assert figure.value == pytest.approx(value)
    assert (figure.unit, figure.period) == (unit, period)


def test_the_second_figure_of_a_range_takes_the_first_ones_unit() -> None:
    assert [f.unit for f in figures_in("budget $3,000-5,000 a month")] == ["usd", "usd"]
    assert [f.unit for f in figures_in("spot is 40-60% cheaper")] == ["share", "share"]


# ------------------------------------------------------------------------------ views, precision, units


def test_money_a_month_is_also_money_a_year_and_nothing_else() -> None:
    allowed = allowed_values([{"monthly_usd": 1250.0}], [])
    assert ungrounded("$1,250 a month, $15,000 a year, $15k/yr", allowed) == []
    assert ungrounded("$1,250 a day", allowed) == ["$1,250"]  # the wrong period
    assert ungrounded("$41.67 a day", allowed) == ["$41.67"]  # no daily view of money
    assert ungrounded("125,000% more", allowed) == ["125,000"]  # dollars are no share
    assert ungrounded("1,250 ms", allowed) == ["1,250"]


def test_a_volume_a_month_is_also_a_volume_a_day_with_the_conversations_days() -> None:
    payload = [{"tokens_per_month": 3e8}]
    at_22 = allowed_values(payload, [], Conventions(days_per_month=22))
    assert ungrounded("your workload: 300M tokens a month (13.6M a day)", at_22) == []
    assert ungrounded("your workload: 10M tokens a day", at_22) == ["10M"]
    assert ungrounded("your workload: 10M tokens a day", allowed_values(payload, [])) == []  # 30 days by default
    assert ungrounded("your workload: 300M tokens a day", at_22) == ["300M"]  # the wrong period
    assert ungrounded("your workload: $300M", at_22) == ["$300M"]  # a volume is not money
    # the workload's own volume is about the user's traffic, not any volume at all
    assert ungrounded("a pilot would use 300M tokens a month", at_22) == ["300M"]


def test_a_share_is_a_percentage_about_what_its_field_names() -> None:
    allowed = allowed_values([{"input_share": 0.8, "monthly_usd": 37.0, "notes": ["replicas at most 70% busy"]}], [])
    assert ungrounded("80% of your tokens are input; replicas run at most 70% busy", allowed) == []
    assert ungrounded("self-hosting saves 80% of the bill", allowed) == ["80"]  # 80% of something else
    assert ungrounded("a 37% discount", allowed) == ["37"]  # a dollar amount is no percentage
    assert ungrounded("GPU utilisation of 70%", allowed_values([{"note": "70 GPUs"}], [])) == ["70"]


def test_figures_match_at_their_written_precision_only() -> None:
    allowed = allowed_values([{"monthly_usd": 1687.5}], [])
    assert ungrounded("$1,687.50, about $1,688, or $1.7k a month", allowed) == []
    # within 0.5% but not what the tool said at this precision
    assert ungrounded("$1,690 a month", allowed) == ["$1,690"]
    assert ungrounded("$1,687.55 a month", allowed) == ["$1,687.55"]


def test_plain_numbers_from_a_source_match_any_unit_as_written() -> None:
    assert first_ungrounded("$3,240 a month, 12 GPUs", lambda: [3240.0, 12.0]) == []
    assert first_ungrounded("$3,241 a month", lambda: [3240.0]) == ["$3,241"]


def test_the_users_volume_counts_in_either_period_and_their_share_about_its_words() -> None:
    allowed = allowed_values([], ["we do about 50M tokens a day, 70% of it input"], Conventions(days_per_month=22))
    assert ungrounded("50M tokens a day (1.1B a month), 70% input", allowed) == []
    assert ungrounded("a 70% discount", allowed) == ["70"]


def test_allowed_values_iterate_as_plain_numbers() -> None:
    allowed = allowed_values([{"monthly_usd": 100.0}], [])
    assert isinstance(allowed, Allowed)
    assert list(allowed) == [100.0, 1200.0] and len(allowed) == 2 and 1200.0 in allowed
    assert allowed.values("usd") == [100.0, 1200.0] and allowed.values("share") == []


# ------------------------------------------------------------------------------ the property test

SEED = 20261125
PROFILES = 16
PLANTS_PER_ANSWER = 12
FOLLOW_UPS = [
    "what if volume triples?",
    "what if we ran on H100s with spot instances?",
    "why did you pick that?",
    "how did you compute that?",
    "what do you know about us?",
    "back to baseline",
    "what if we had 2 ML engineers?",
    "compare with claude sonnet 4.5",
    "what if volume halves?",
    "we just signed a HIPAA customer",
    "make this the baseline",
]
# planted sentences: claims an invented figure could make, in the answer's own vocabulary
TEMPLATES: dict[str, list[str]] = {
    "usd": [
        "A reserved deal would cost {} a month.",
        "Budget {} a month for the extra monitoring.",
        "The switch itself costs about {}.",
        "Self-hosting would come to {} a month all in.",
    ],
    "share": [
        "Spot capacity would cut the GPU bill by {}.",
        "Expect {} lower latency on dedicated hardware.",
        "Quality drops by about {} on long documents.",
        "That is {} cheaper than the alternative.",
    ],
    "tokens": [
        "A pilot would use about {} tokens a month.",
        "Plan for {} tokens of growth next quarter.",
        "The fleet's headroom covers another {} tokens a month.",
        "Caching would save roughly {} tokens a month.",
    ],
}


def _planted(kind: str, rng: random.Random) -> str:
    if kind == "usd":
        return f"${rng.randint(1000, 9999):,}"
    if kind == "share":
        return f"{rng.randint(10, 99)}%"
    return f"{rng.randint(10, 99) / 10:.1f}B"


def _profile_text(rng: random.Random) -> str:
    per = rng.choice(["a day", "a month"])
    volume = 10 ** rng.uniform(6, 9.3) * (30 if per == "a month" else 1)
    amount = f"{volume / 1e6:.0f}M" if volume < 1e9 else f"{volume / 1e9:.1f}B"
    parts = [
        f"We process about {amount} tokens {per}",
        f"{rng.randint(50, 95)}% input",
        rng.choice(["steady traffic around the clock", "business hours traffic", "spiky bursty traffic"]),
        rng.choice(
            ["no compliance regime", "we are under HIPAA", "SOC 2 only", "GDPR with EU data residency", "air-gapped"]
        ),
        rng.choice(["no ML engineers", "1 ML engineer", "3 ML engineers who run Kubernetes", "an MLOps team of 5"]),
        rng.choice(["open models are fine", "we need GPT-5 level quality"]),
    ]
    if rng.random() < 0.3:
        parts.append(f"p99 latency under {rng.choice([300, 800, 1500, 3000])} ms")
    return ", ".join(parts)


def test_offline_answers_are_grounded_and_planted_figures_are_rejected(catalog: Catalog, full_index: Any) -> None:
    """With the knowledge base: the article passages a search returns are among the sources too."""
    rng = random.Random(SEED)  # the conversations
    plant = random.Random(SEED + 1)  # the planted figures: its own stream, so the conversations do not
    # depend on how long the answers before them were
    advisor = Advisor(OfflineAdvisorModel(), full_index)
    answers = 0
    unsupported: list[tuple[str, list[str]]] = []
    planted: Counter[str] = Counter()
    passed: Counter[str] = Counter()
    for _ in range(PROFILES):
        options = AnalysisOptions(days_per_month=rng.choice([30.0, 22.0, 31.0]))
        session = AdvisorSession(catalog, options)
        for text in [_profile_text(rng), *rng.sample(FOLLOW_UPS, 4)]:
            record = asyncio.run(advisor.turn(session, text))
            payloads = [c.result for c in record.tool_calls]
            sources: list[Callable[[], Allowed]] = [
                functools.cache(s) for s in advisor.grounding_sources(payloads, session, text, record.plan)
            ]
            answers += 1
            bad = first_ungrounded(record.assistant, *sources)
            if bad:
                unsupported.append((text, bad))
            if not figures_in(record.assistant):
                continue
            lines = record.assistant.split("\n")
            for kind, templates in TEMPLATES.items():
                for _ in range(PLANTS_PER_ANSWER):
                    figure = _planted(kind, plant)
                    at = plant.randint(0, len(lines))
                    answer = "\n".join([*lines[:at], plant.choice(templates).format(figure), *lines[at:]])
                    planted[kind] += 1
                    if figure.rstrip("%") not in first_ungrounded(answer, *sources):
                        passed[kind] += 1
    assert answers >= PROFILES * 5
    # every figure of the offline advisor's own answers is supported
    assert unsupported == []
    # planted figures: at most 1% of each kind get through
    rates = {kind: passed[kind] / planted[kind] for kind in planted}
    assert all(n >= 500 for n in planted.values()), planted
    assert all(rate <= 0.01 for rate in rates.values()), rates
