"""The peak of the traffic as a multiple of its average, said in many ways, and what is not a peak."""

from __future__ import annotations

import pytest

from assistant.conversation.session import AdvisorSession
from assistant.interview.reading import parse_message
from tests.offline_chat import talk


def _peak(text: str) -> float | None:
    found = [u.value for u in parse_message(text).updates if u.field == "peak_to_average"]
    return float(found[0]) if found else None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("traffic mostly office hours 9-18, monday morning peak maybe 3x normal", 3.0),
        ("peak is about 4 times normal", 4.0),
        ("at peak we get 5x", 5.0),
        ("during the evening rush it's roughly double the usual load", 2.0),
        ("the busiest hour is twice the average", 2.0),
        ("spikes of up to 8x when a campaign goes out", 8.0),
        ("Black Friday peaks hit ten times the normal traffic", 10.0),
        ("our peak is like 2.5x the mean", 2.5),
        ("surges to three times baseline around payroll day", 3.0),
        ("peak load around three times the average, latency p99 800ms", 3.0),
        ("normally steady but peaks at 4x, sometimes 6x on launch days", 6.0),
    ],
)
def test_a_stated_peak_multiple_is_read(text: str, expected: float) -> None:
    assert _peak(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "what if the peak doubles?",  # a what-if, not a description
        "what if traffic triples",
        "we peak at 2,000 requests per second",  # a rate at the peak, not a multiple
        "it's 5x cheaper at peak on the spot market",  # money, not load
        "we run 3 replicas at peak",
        "volume doubled last year and latency is 2x better",  # no peak word
        "if peaks ever got to 10x we'd need more GPUs",  # a condition
    ],
)
def test_no_peak_multiple_without_a_stated_one(text: str) -> None:
    assert _peak(text) is None


def test_a_stated_peak_sizes_the_self_hosted_fleet() -> None:
    def fleet(lines: list[str]) -> tuple[AdvisorSession, str]:
        session, replies = talk(lines)
        return session, "\n".join(replies)

    base = [
        "300M tokens a day, 80% input, 2 ML engineers who run GPUs on Kubernetes, no compliance",
        "an open-weight model is fine, latency does not matter much",
    ]
    calm, _ = fleet(base)
    peaky, said = fleet([*base, "oh and the peak is about 4x the average"])
    fact = peaky.profile.facts["peak_to_average"]
    assert (fact.value, fact.origin) == (4.0, "said")
    assert "4 times the average" in said  # confirmed in plain words
    assert calm.baseline is not None and peaky.baseline is not None
    assert peaky.baseline.self_host is not None and calm.baseline.self_host is not None
    # a higher peak needs more of the fleet: the self-hosted monthly cost rises
    assert peaky.baseline.self_host.monthly_usd > calm.baseline.self_host.monthly_usd


def test_a_multiple_far_from_the_peak_word_is_not_the_peak() -> None:
    text = (
        "peaks happen around christmas when the shop sends newsletters to every single customer on our list "
        "and we give 3x loyalty points"
    )
    assert _peak(text) is None
