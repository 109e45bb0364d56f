"""A figure corrected by naming the one it replaces ("no wait its 6k docs not 4k", "the contracts are 2,500, not
3,500"): the words that held the old figure are read again with the new one, so a volume built from a count times a
size is multiplied again from the corrected figure, with the period and sizes said with it, in the same message or
a later one; a sum of workloads moves by the corrected part only. A correction of a figure never said, of one said
twice, of money or of people changes no volume.
"""

from __future__ import annotations

import asyncio

import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.interview.quantities.corrections import corrected_inline, replace_figure, said_correction
from assistant.interview.reading import parse_message
from tools.catalog import Catalog

WORKING = 52 * 5 / 12


def _said(text: str) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text, []).updates}


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("~4k docs per workday, each abt 3500 tok in, 400 out. no wait its 6k docs not 4k", 6_000 * 3_900 * WORKING),
        (
            "~4k docs per workday, each abt 3500 tok in, 400 out. the contracts are 2,500, not 3,500",
            4e3 * 2_900 * WORKING,
        ),
        ("we get 4000 tickets a day, 2k tokens each - sorry, not 4000 but 6000", 6_000 * 2_000 * 30),
        ("4k docs a day at 3.5k tokens apiece. correction: 4k -> 6k", 6_000 * 3_500 * 30),
        ("four thousand documents a day, about 3,000 tokens each. sorry, six thousand not four", 6_000 * 3_000 * 30),
        ("3k requests/day with 1k in and 200 out, make that 5k requests instead of 3k", 5_000 * 1_200 * 30),
        ("we do 4k docs a day, 4k tokens each. oops its 6k docs not 4k", 6_000 * 4_000 * 30),  # the docs, by name
        ("- 2000 calls/day\n- 1500 tok per call\n- correction: 2500 calls, not 2000", 2_500 * 1_500 * 30),
        ("4k docs a day at 3k tokens each. oh I meant 6000 docs (not 4000)", 6_000 * 3_000 * 30),
        ("4k docs a day at 3k tokens each. sorry, 6 not 4", 6_000 * 3_000 * 30),  # the magnitude said before
        ("4 thousand docs a day at 3k tokens each, no wait 6 not 4", 6_000 * 3_000 * 30),
        # two workloads said in one message, one of them corrected: the sum is taken again
        (
            "First, contract review: 3,500 documents a month, 24k tokens each. Second, a chatbot: 500 conversations a "
            "day, 1,000 in and 200 out. Oh and it's 2,500 documents, not 3,500.",
            2_500 * 24_000 + 500 * 1_200 * 30,
        ),
    ],
)
def test_a_corrected_figure_is_multiplied_again(text: str, tokens: float) -> None:
    assert _said(text).get("tokens_per_month") == pytest.approx(tokens, rel=1e-3)


def test_a_corrected_size_moves_the_mix_and_the_size() -> None:
    said = _said("~4k docs per workday, each abt 3500 tok in, 400 out. the contracts are 2,500, not 3,500")
    assert said["request_input_tokens"] == 2_500
    assert said["input_share"] == pytest.approx(2_500 / 2_900)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("20M tokens a day, not 40M", 20e6 * 30),  # a replaced volume said with its replacement, as before
        ("4k docs a day at 2k tokens each. we have 3 engineers, not 4", 4_000 * 2_000 * 30),  # people, not docs
        ("4k docs a day at 2k tokens each, we spend $4k not $6k", 4_000 * 2_000 * 30),  # money
        ("4k docs a day at 2k tokens each, 80% not 70% input", 4_000 * 2_000 * 30),  # a share
    ],
)
def test_what_is_not_a_corrected_figure_leaves_the_volume(text: str, tokens: float) -> None:
    assert _said(text).get("tokens_per_month") == pytest.approx(tokens, rel=1e-3)


def test_a_figure_said_twice_is_not_guessed() -> None:
    text = "4k docs a day and 4k emails a day, each 1k tokens. sorry 6k not 4k"
    fix = said_correction(text)
    assert fix is not None and fix.new == 6_000 and fix.old == 4_000
    assert replace_figure(text, fix, before=fix.start) is None  # which of the two? not guessed
    assert corrected_inline(text) is None


def test_a_correction_alone_stores_nothing() -> None:
    for text in ("no wait its 6k docs not 4k", "the contracts are 2,500, not 3,500", "not 4k but 6k"):
        said = _said(text)
        assert not {"tokens_per_month", "request_input_tokens", "request_output_tokens"} & set(said), text


def _talk(catalog: Catalog, *lines: str) -> AdvisorSession:
    advisor = Advisor(OfflineAdvisorModel(), None)
    session = AdvisorSession(catalog)
    for line in lines:
        asyncio.run(advisor.turn(session, line))
    return session


def test_a_later_message_corrects_the_count_and_then_the_size(catalog: Catalog) -> None:
    session = _talk(
        catalog,
        "we review contracts, ~4k docs per workday, each abt 3500 tok in, 400 out",
        "no wait its 6k docs not 4k",
    )
    assert session.profile.get("tokens_per_month") == pytest.approx(6_000 * 3_900 * WORKING, rel=1e-3)
    advisor = Advisor(OfflineAdvisorModel(), None)
    reply = asyncio.run(advisor.turn(session, "and the contracts are 2,500, not 3,500"))
    assert session.profile.get("tokens_per_month") == pytest.approx(6_000 * 2_900 * WORKING, rel=1e-3)
    assert session.profile.get("request_input_tokens") == 2_500
    assert session.profile.get("input_share") == pytest.approx(2_500 / 2_900, abs=1e-3)
    assert "2500 in their place" in reply.assistant  # the confirmation says how it was read


def test_a_sum_of_workloads_moves_by_the_corrected_part(catalog: Catalog) -> None:
    session = _talk(
        catalog,
        "contract review: ~4k docs a day, each 3500 tokens in and 400 out",
        "One more thing, we'd put letter drafting on the same setup: 800 letters a day, 8,000 tokens in and 1,200 out",
        "sorry, it's 6k docs not 4k",
    )
    assert session.profile.get("tokens_per_month") == pytest.approx((6_000 * 3_900 + 800 * 9_200) * 30, rel=1e-3)
    asyncio.run(Advisor(OfflineAdvisorModel(), None).turn(session, "and the letters are 600 a day, not 800"))
    assert session.profile.get("tokens_per_month") == pytest.approx((6_000 * 3_900 + 600 * 9_200) * 30, rel=1e-3)


def test_a_correction_of_a_figure_never_said_changes_nothing(catalog: Catalog) -> None:
    session = _talk(catalog, "4k docs a day, 2k tokens each", "sry, 9k not 7k")
    assert session.profile.get("tokens_per_month") == pytest.approx(4_000 * 2_000 * 30)


def test_a_bare_corrected_volume_keeps_the_period_said_before(catalog: Catalog) -> None:
    session = _talk(catalog, "we do about 20M tokens a day", "sorry, 30M not 20M")
    assert session.profile.get("tokens_per_month") == pytest.approx(30e6 * 30)
    assert session.profile.facts["tokens_per_month"].quote == "we do about 30M tokens a day"  # the user's casing
