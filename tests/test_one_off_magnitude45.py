"""A count's magnitude put right in a later message ("when I say 25 mil I mean 25 thousand, not million"): the volume
made of it is rescaled once, never multiplied again by the size said earlier (session 45, probe 54 #4)."""

from __future__ import annotations

import pytest

from tests.offline_chat import talk


def test_a_magnitude_put_right_rescales_the_volume_once() -> None:
    session, _ = talk(
        [
            "The chat have around 25 mil conversations per month, each conversation is like 6 messages, more or less "
            "700 tokens in and 150 tokens out for each message.",
            "Ah, sorry, when I say 25 mil I mean 25 thousand, not million haha.",
        ]
    )
    volume = session.profile.facts["tokens_per_month"]
    assert float(volume.value) == pytest.approx(25_000 * 6 * 850)
    assert volume.said
