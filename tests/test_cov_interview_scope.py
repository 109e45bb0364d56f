"""What a negation reaches: answers, new list items, double negatives and limits, from whole messages."""

from typing import Any

import pytest

from assistant.interview.reading import parse_message


def facts(text: str) -> dict[str, Any]:
    return {u.field: u.value for u in parse_message(text).updates}


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        # "no," answers; what follows is stated: real-time chat cannot wait for a batch
        ("No, it's real-time chat.", "batch_ok", False),
        # a new item after "and" carries its own count
        ("We have zero ML engineers and 2 DevOps engineers.", "team", {"ml_engineers": 0, "devops": 2}),
        # nobody complaining about next-day reports affirms that next-day results are fine
        ("Nobody has complained about the next-day reports.", "batch_ok", True),
        # a double negative affirms the bar
        ("We won't compromise below frontier quality.", "quality", "frontier"),
        # "no later than" states the limit
        ("The first token must arrive no later than 500 ms.", "latency_p99_ms", 500.0),
        ("The first token must arrive no later than 500 ms.", "latency_kind", "ttft"),
        # the negation does not reach past "but we do"
        ("We do not have HIPAA data but we do need SOC2.", "compliance", ["soc2"]),
    ],
)
def test_the_reach_of_a_negation(text: str, field: str, value: object) -> None:
    assert facts(text)[field] == value
