"""'Offline' is two things: answers that wait ("the jobs run offline, no rush", "offline processing is fine")
and a network cut off ("fully offline, no internet", "the whole system stays offline"). A job that runs offline is
no air gap; a network said to have no internet is no batch tolerance."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message


def _facts(text: str) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text, []).updates}


@pytest.mark.parametrize(
    "text",
    [
        "fully offline, no internet",
        "our servers are fully offline, no internet access",
        "the whole system stays offline",
    ],
)
def test_a_network_cut_off_is_an_air_gap_not_batch(text: str) -> None:
    facts = _facts(text)
    assert facts.get("data_boundary") == "air_gapped"
    assert "batch_ok" not in facts


@pytest.mark.parametrize(
    "text",
    ["the jobs run offline, no rush", "it can all be processed offline overnight", "these reports run offline"],
)
def test_work_done_offline_is_batch_not_an_air_gap(text: str) -> None:
    facts = _facts(text)
    assert facts.get("batch_ok") is True
    assert "data_boundary" not in facts


def test_offline_processing_beside_a_network_without_internet_is_both() -> None:
    facts = _facts("offline processing is fine, the network has no internet though")
    assert facts.get("batch_ok") is True and facts.get("data_boundary") == "air_gapped"
