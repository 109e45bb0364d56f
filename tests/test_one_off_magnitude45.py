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


def test_a_count_of_people_put_right_rereads_the_volume_made_of_it() -> None:
    session, _ = talk(
        [
            "hey, solo dev here. i have a little journaling app (ios). ~2k monthly active users",
            "each entry is like 300 tokens in with the system prompt, reply around 120 tokens. people write maybe 3 "
            "entries a week on average",
            "oh wait i said monthly actives but 2k is downloads, actual MAU is closer to 700. sorry",
        ]
    )
    volume = session.profile.facts["tokens_per_month"]
    assert float(volume.value) == pytest.approx(700 * 3 * 30 / 7 * 420)


def test_a_count_of_people_no_volume_was_made_of_changes_nothing() -> None:
    session, _ = talk(["we process about 20M tokens a day", "we have 2,000 users", "sorry, it's actually 700 users"])
    assert float(session.profile.facts["tokens_per_month"].value) == pytest.approx(20e6 * 30)
