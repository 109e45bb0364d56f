"""The size of the item just counted, said with the item as its subject and no "each" ("1500 mail per day, mail is
maybe 200 words", "our invoices are like 2 pages"), is one item's size: the month's volume is the count times it.
An answer said as a share of the item ("answer shorter, like half", "reply is a third of that") is the output side.
Near-misses store no volume: a question, a hypothetical, a denial, a size of one kind among several counted, a size
of the answer alone. A page is read as 500 tokens and a word as 4/3 of a token (data/text_units.toml)."""

from __future__ import annotations

import pytest

from assistant.interview.reading import parse_message

DAYS = 30  # a month is 30 days; a week is 7 of them


def _said(text: str) -> dict[str, object]:
    return {u.field: u.value for u in parse_message(text, []).updates}


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("we get like 2k tickets/day. ticket is ~350 tokens", 2000 * 350 * DAYS),
        ("lol we do 300 chats a day and chat's like 1k tokens", 300 * 1000 * DAYS),
        ("Per our ops lead: volume is 5,000 claims a month. A claim is typically 3 pages.", 5000 * 1500),
        ("we handle 900 contracts a month, contracts run about 20 pages", 900 * 10_000),
        ("we process 300 invoices a day, our invoices are like 2 pages", 300 * 1000 * DAYS),
        ("1500 emails a day, an email is maybe 200 words", 1500 * 267 * DAYS),
    ],
)
def test_the_counted_item_named_bare_is_one_items_size(text: str, tokens: float) -> None:
    assert _said(text).get("tokens_per_month") == pytest.approx(tokens, rel=0.01)


@pytest.mark.parametrize(
    ("text", "per_item"),
    [
        # 200 words in (267 tokens), an answer half as long (133)
        ("around 1500 mail per day, mail is maybe 200 words and answer shorter, like half", 1500 * 400 * DAYS),
        # 150 words in (200 tokens), 100 out
        ("we recieve 1200 mails daily, mails is around 150 words, answer maybe half", 1200 * 300 * DAYS),
        ("300 tickets a day, each ~400 tokens, the answer should be half as long", 300 * 600 * DAYS),
        # 400 words in (533 tokens), a third of that out (178), 800 a week
        (
            "Approx. 800 complaint letters per week; letters are roughly 400 words each, reply is a third of that",
            800 * 711 * DAYS / 7,
        ),
    ],
)
def test_an_answer_said_as_a_share_of_the_item_adds_the_output(text: str, per_item: float) -> None:
    facts = _said(text)
    assert facts.get("tokens_per_month") == pytest.approx(per_item, rel=0.01)
    assert facts["request_output_tokens"] < facts["request_input_tokens"]  # type: ignore[operator]
    assert "input_share" in facts


def test_a_reply_a_third_of_the_letter_is_no_mix_of_a_third() -> None:
    facts = _said("800 letters a week; letters are roughly 400 words each, reply is a third of that")
    assert facts["input_share"] == pytest.approx(0.75, abs=0.01)  # 533 in, 178 out


@pytest.mark.parametrize(
    "text",
    [
        "we get 1500 emails a day. is an email 200 words? no idea",
        "if we got 500 tickets a day and ticket is 300 tokens, what would it cost?",
        "we get 1500 emails a day, mail is not 200 words, no idea how long",
        "4k docs and 6k tickets a day, tickets are 300 tokens",  # the size of one kind of the two counted
        "400 tickets a day, answers are 300 tokens",  # the answer's size only
        "1500 emails a day - our old vendor said email was 200 words but i doubt it",
    ],
)
def test_no_volume_from_a_size_not_said_of_the_items_counted(text: str) -> None:
    assert "tokens_per_month" not in _said(text)


@pytest.mark.parametrize(
    "text",
    [
        "1500 mails a day, each about 200 words, the bot answers half the time",
        "1500 mails a day, each about 200 words, we answer half of them automatically",
    ],
)
def test_half_of_the_mails_answered_is_no_answer_size(text: str) -> None:
    facts = _said(text)
    assert "request_output_tokens" not in facts
    assert facts.get("tokens_per_month") == pytest.approx(1500 * 267 * DAYS, rel=0.01)


# --- a later correction of the count (or its period) keeps the size said before: the volume is made again, and the
# size is not asked again


def _after(*messages: str) -> tuple[float | None, str | None, object]:
    from tests.profiles import conversation
    from tools.catalog import load_catalog

    _, session = conversation(load_catalog(), *messages)
    volume = session.profile.facts.get("tokens_per_month")
    return (
        (float(volume.value) if volume is not None else None),
        (volume.origin if volume is not None else None),
        session.dialogue.pending,
    )


@pytest.mark.parametrize(
    ("messages", "tokens"),
    [
        (("1500 mails per day, each ~200 words", "sorry, 1500 mails per WEEK not per day"), 1500 * 267 * DAYS / 7),
        (
            ("we get 800 tickets a day, ticket is ~500 tokens", "oops, 800 tickets a WEEK, not a day"),
            800 * 500 * DAYS / 7,
        ),
        (
            (
                "around 1500 mail per day, mail is maybe 200 words and answer shorter, like half",
                "sorry my mistake, its 1500 per week not per day",
            ),
            1500 * 401 * DAYS / 7,
        ),
        (("we get 1500 mails per day, mails is 200 words", "no no, 1500 per week! not day"), 1500 * 267 * DAYS / 7),
        (("1500 mails per day, each ~200 words", "1500 mails weekly, not daily"), 1500 * 267 * DAYS / 7),
        (
            (
                "Approx. 1,000 contracts per month; each contract roughly 10 pages.",
                "Apologies, that should read 1,000 contracts per quarter, not per month.",
            ),
            1000 * 5000 / 3,
        ),
        (("2k claims a month, each claim around 3 pages", "correction: 5k claims a month"), 5000 * 1500),
    ],
)
def test_a_corrected_count_keeps_the_size_said_before(messages: tuple[str, ...], tokens: float) -> None:
    volume, origin, pending = _after(*messages)
    assert volume == pytest.approx(tokens, rel=0.01)
    assert origin == "said"
    assert pending is None  # the size of one item is not asked again


@pytest.mark.parametrize(
    "second",
    [
        "what if it were 600 chats a day?",  # a what-if: today's volume stays
        "we get 300 chats a day, not per week",  # the same figure said again, its period confirmed
    ],
)
def test_no_recount_without_a_correction_of_the_count(second: str) -> None:
    volume, _, _ = _after("300 chats a day, each ~1k tokens", second)
    assert volume == pytest.approx(300 * 1000 * DAYS)


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("1500 mails per day, each ~200 words. sorry, per week not per day", 1500 * 267 * DAYS / 7),
        ("800 tickets a day, ticket is ~500 tokens - oops, a week, not a day", 800 * 500 * DAYS / 7),
        ("we get 2k claims a month, each claim around 3 pages. my bad: per quarter, not per month", 2000 * 1500 / 3),
    ],
)
def test_the_period_corrected_in_the_same_message(text: str, tokens: float) -> None:
    assert _said(text).get("tokens_per_month") == pytest.approx(tokens, rel=0.01)


def test_a_period_denied_that_was_never_said_changes_nothing() -> None:
    # "not per month" denies no period said: the day stays
    said = _said("1500 mails per day, each ~200 words. sorry, per week not per month")
    assert said.get("tokens_per_month") == pytest.approx(1500 * 267 * DAYS, rel=0.01)
