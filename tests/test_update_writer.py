"""One writer of what changed: the offline policy's answer after new facts and the chat's card for the same
turn say the same words and figures (the card only shows amounts in the web's display), and a settings
change says its verdict and moved costs in those words too."""

from __future__ import annotations

import asyncio
import re

import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.records import TurnRecord
from assistant.conversation.session import AdvisorSession
from assistant.web.answers import settings_change_markdown
from assistant.web.render import message_content
from tools.catalog import Catalog

FACTS = (
    "we run 50k requests a day, about 1500 tokens in and 300 out each, steady traffic, "
    "no ML engineers, open source is fine"
)
LATER = [
    "we just learned GDPR applies and the data must stay in the EU",  # the pick changes
    "no kubernetes either",  # nothing moves
    "sorry, it's 80k requests a day",  # the pick stays, its cost moves
]
OPENINGS = ("The recommendation ", "Nothing in the analysis moved")


def _whole_dollars(text: str) -> str:
    """Every dollar amount rounded to whole dollars: the two displays may differ in cents, nothing else."""
    return re.sub(r"\$([\d,]+(?:\.\d+)?)", lambda m: f"${round(float(m.group(1).replace(',', ''))):,}", text)


def _from_verdict(text: str) -> list[str]:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    start = next(i for i, ln in enumerate(lines) if ln.startswith(OPENINGS))
    return [_whole_dollars(ln) for ln in lines[start:]]


def _turn(advisor: Advisor, session: AdvisorSession, text: str) -> TurnRecord:
    return asyncio.run(advisor.turn(session, text))


def test_the_chat_text_and_the_web_card_of_an_update_say_the_same(catalog: Catalog) -> None:
    session = AdvisorSession(catalog)
    advisor = Advisor(OfflineAdvisorModel(), None)
    _turn(advisor, session, FACTS)
    _turn(advisor, session, "just give me the numbers")
    seen = set()
    for text in LATER:
        record = _turn(advisor, session, text)
        assert record.replaced is not None, text
        card = message_content(record, session)
        chat = _from_verdict(record.assistant)
        assert _from_verdict(card) == chat, (text, record.assistant, card)
        seen.add(chat[0].split(":")[0])
    # the three kinds of update were all compared
    assert seen == {"The recommendation changes", "Nothing in the analysis moved", "The recommendation stays"}


def _dollars(value: float) -> str:
    return f"${round(value):,}"


@pytest.mark.parametrize("hourly", [9.0, 0.5])
def test_a_settings_change_says_its_verdict_and_moved_costs_as_the_update_does(catalog: Catalog, hourly: float) -> None:
    session = AdvisorSession(catalog)
    advisor = Advisor(OfflineAdvisorModel(), None)
    _turn(advisor, session, "about 400M tokens a day, 70% input, steady, 2 ML engineers, we run kubernetes")
    _turn(advisor, session, "just give me the numbers")
    before = session.baseline
    assert before is not None
    session.options = session.options.model_copy(update={"gpu": "h100", "gpu_hourly_usd": hourly})
    after = session.analyze_baseline()
    text = settings_change_markdown(["GPU price catalog price → another"], before, after)
    lines = [_whole_dollars(ln) for ln in text.splitlines() if ln.strip()]
    assert lines[0].startswith("Settings changed: ")
    if after.chosen.name == before.chosen.name:
        assert lines[1] == _whole_dollars(f"The recommendation stays: **{after.headline}**.")
    else:
        assert lines[1] == _whole_dollars(
            f"The recommendation changes: **{after.headline}** (was {before.chosen.name}, "
            f"{_dollars(before.chosen.monthly_usd)} a month)."
        )
    assert lines[2] == "| Cost | Before | After | Change |"
    # the full self-hosting cost moves with the GPU price: its row, in the update's words
    old, new = before.self_host.monthly_usd, after.self_host.monthly_usd
    assert old != new
    rows = [ln for ln in lines[4:] if _dollars(old) in ln and _dollars(new) in ln]
    assert rows, text
    change = f"{_dollars(abs(new - old))} {'more' if new > old else 'less'}"
    assert any(ln.endswith(f"| {change} |") for ln in rows), (change, rows)
