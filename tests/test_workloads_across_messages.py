"""A further workload said in a later message ("also", "second use case", "on top of that", "besides that") adds its
volume to the one said, never replaces it; a part whose size is still missing is asked for, and its volume added
once the size comes. A correction of the same workload still replaces.

Expected volumes are worked out by hand: 30 days a month, a working day (or one person's shift) 52 x 5 / 12 days a
month, a week 30 / 7 of a month.
"""

from __future__ import annotations

import pytest

from tests.profiles import conversation
from tools.catalog import load_catalog

DAY = 30
WORKDAY = 52 * 5 / 12
WEEK = 30 / 7


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def said_volume(catalog, *messages: str) -> float:
    _, session = conversation(catalog, *messages)
    volume = session.profile.facts["tokens_per_month"]
    assert volume.origin == "said"
    return float(volume.value)


@pytest.mark.parametrize(
    ("messages", "per_month"),
    [
        # both volumes whole, the second said later
        (
            (
                "support bot, 300 chats a day, 2k tokens each",
                "second use case: 2,000 documents a month, about 20k tokens in and 1k out",
            ),
            300 * DAY * 2000 + 2000 * 21_000,
        ),
        (
            (
                "We summarise ~2,000 docs a month at 20k in / 1k out",
                "besides that we run a helpdesk bot: 500 tickets a day, about 1,500 tokens each",
            ),
            2000 * 21_000 + 500 * DAY * 1500,
        ),
        (
            (
                "we have 300 chat per day, each 2000 tokens",
                "also we have one more thing, the translation of 100 documents per day with 5000 tokens each",
            ),
            300 * DAY * 2000 + 100 * DAY * 5000,
        ),
        (
            (
                "fwd from ops: nightly batch of 4k claims/day, 3k tokens each",
                "on top of this, the agents' copilot: each of our 40 agents handles ~120 chats per shift, "
                "1,500 tokens per chat",
            ),
            4000 * DAY * 3000 + 40 * 120 * WORKDAY * 1500,
        ),
        (
            (
                "support chatbot: 1,000 chats a day, ~1,500 tokens each",
                "We'd also like to add an email classifier: 5k emails a day at 500 tokens",
            ),
            1000 * DAY * 1500 + 5000 * DAY * 500,
        ),
        # a small further workload is still added (not taken for the same volume said again)
        (
            (
                "We have 40 underwriters; each reviews ~25 submissions a day, 6k tokens per submission",
                "Separately: marketing wants ~50 blog drafts a week, 3k tokens each",
            ),
            40 * 25 * DAY * 6000 + 50 * WEEK * 3000,
        ),
        # the first volume whole, the second a count of people whose size is asked, then said
        (
            (
                "We process contracts: about 2,000 documents a month, each around 20k tokens in and 1k out.",
                "we also have an internal assistant: 650 staff, a third use it, ~9 questions a working day",
                "about 500 tokens each",
            ),
            2000 * 21_000 + 650 / 3 * 9 * WORKDAY * 500,
        ),
        (
            (
                "support bot, 300 chats a day, 2k tokens each",
                "Apart from this, HR wants a policy Q&A bot: 1,200 employees, each asking maybe 2 questions a week",
                "800 tokens",
            ),
            300 * DAY * 2000 + 1200 * 2 * WEEK * 800,
        ),
        (
            (
                "support chatbot: 1,000 chats a day, ~1,500 tokens each",
                "Another one is the legal team: 30 lawyers, each 10 queries a day",
                "about 4k tokens per query",
            ),
            1000 * DAY * 1500 + 30 * 10 * DAY * 4000,
        ),
        (
            (
                "support chatbot: 1,000 chats a day, ~1,500 tokens each",
                "and also the HR bot, 100 chats per day",
                "same size roughly, 1500",
            ),
            1000 * DAY * 1500 + 100 * DAY * 1500,
        ),
        # the first count's size still asked when the second workload comes whole: both end up in the volume
        (
            (
                "We process contracts: about 2,000 documents a month.",
                "on top of that a support bot, 300 chats a day, 2k tokens each",
                "21k tokens each",
            ),
            300 * DAY * 2000 + 2000 * 21_000,
        ),
        # a further item named with "too" / "as well" after "and"
        (
            (
                "we write about 12,000 product descriptions a month, ~70 tokens in and 200 out each",
                "oh and blog drafts too, maybe 400 a month, about 130 tokens in and 1,600 out each",
            ),
            12_000 * 270 + 400 * 1730,
        ),
        (
            (
                "support bot: 1,000 chats a day, ~1,500 tokens each",
                "and the email triage as well, 500 emails a day, around 800 tokens each",
            ),
            1000 * DAY * 1500 + 500 * DAY * 800,
        ),
        # two workloads in one message, one a count without its size: asked, then added
        (
            ("first, chat: 20M tokens a day. second, support: 2k tickets a day", "about 1,500 tokens each"),
            20e6 * DAY + 2000 * DAY * 1500,
        ),
        # two counts without sizes: the newer one's size is asked first, then the earlier one's
        (
            (
                "support bot: 300 chats a day",
                "another use case: 2,000 documents a month",
                "20k tokens each",
                "2k tokens each",
            ),
            2000 * 20_000 + 300 * DAY * 2000,
        ),
    ],
)
def test_a_further_workload_adds_its_volume(catalog, messages: tuple[str, ...], per_month: float) -> None:
    assert said_volume(catalog, *messages) == pytest.approx(per_month, rel=0.02)


def test_the_size_of_the_first_workload_is_not_the_new_ones(catalog) -> None:
    # the contracts' 21k tokens are not the size of one staff question: the question's size is asked
    _, session = conversation(
        catalog,
        "We process contracts: about 2,000 documents a month, each around 20k tokens in and 1k out.",
        "we also have an internal assistant: 650 staff, a third use it, ~9 questions a working day",
    )
    assert float(session.profile.facts["tokens_per_month"].value) == pytest.approx(2000 * 21_000)
    pending = session.dialogue.pending
    assert pending is not None and pending["unit"] == "question"
    assert float(pending["requests"]) == pytest.approx(650 / 3 * 9 * WORKDAY, rel=0.02)


def test_a_further_count_whose_size_is_never_said_is_added_at_the_example_size(catalog) -> None:
    _, session = conversation(
        catalog,
        "We process contracts: about 2,000 documents a month, each around 20k tokens in and 1k out.",
        "we also have an internal assistant: 650 staff, a third use it, ~9 questions a working day",
        "idk",
    )
    volume = session.profile.facts["tokens_per_month"]
    assert volume.origin == "assumed"
    # the contracts as said, the questions at the example size of 2,000 tokens
    assert float(volume.value) == pytest.approx(2000 * 21_000 + 650 / 3 * 9 * WORKDAY * 2000, rel=0.02)


@pytest.mark.parametrize(
    ("messages", "per_month"),
    [
        # a correction of the same workload replaces it
        (("support bot, 300 chats a day, 2k tokens each", "sorry, it's 500 chats a day, not 300"), 500 * DAY * 2000),
        (("We process about 2,000 documents a month.", "sorry, 3,000 a month", "20k tokens each"), 3000 * 20_000),
        # "and ... too" about a fact, not a workload: the volume is corrected, not added to
        (
            ("support bot, 300 chats a day, 2k tokens each", "and the volume too: it's 500 chats a day, not 300"),
            500 * DAY * 2000,
        ),
        # another team's bot, out of scope, brings no volume
        (
            ("support bot, 300 chats a day, 2k tokens each", "the other team also has a bot, but that's not in scope"),
            300 * DAY * 2000,
        ),
    ],
)
def test_a_correction_or_someone_elses_workload_adds_nothing(
    catalog, messages: tuple[str, ...], per_month: float
) -> None:
    assert said_volume(catalog, *messages) == pytest.approx(per_month, rel=0.02)


def test_a_live_workload_added_to_one_that_can_wait_makes_the_whole_live(catalog) -> None:
    _, session = conversation(
        catalog,
        "the KYC document checks run as a nightly batch, 800 docs a day at 6k tokens each",
        "we also have a chatbot for customers, it's live, 2,000 chats a day, 1k tokens each",
    )
    assert float(session.profile.facts["tokens_per_month"].value) == pytest.approx(800 * DAY * 6000 + 2000 * DAY * 1000)
    batch = session.profile.facts["batch_ok"]
    assert batch.said and batch.value is False


def test_a_workload_silent_on_waiting_after_one_that_can_wait_is_asked(catalog) -> None:
    _, session = conversation(
        catalog,
        "fwd from ops: nightly batch of 4k claims/day, 3k tokens each",
        "on top of this, the agents' copilot: each of our 40 agents handles ~120 chats per shift, "
        "1,500 tokens per chat",
    )
    assert session.dialogue.expecting == ["batch_ok"]


@pytest.mark.parametrize(
    "messages",
    [
        (
            "we run KYC document checks as a nightly batch, 800 docs a day at 6k tokens each",
            "the chatbot is live though",
        ),
        ("support chatbot, live, 1,000 chats a day, ~1,500 tokens each", "the KYC documents can run overnight though"),
        (
            "Claims triage is async, results by next morning.",
            "oh and the agents' copilot answers while the customer is on the phone",
        ),
    ],
)
def test_a_live_part_and_a_part_that_can_wait_said_apart_never_store_that_all_can_wait(
    catalog, messages: tuple[str, ...]
) -> None:
    _, session = conversation(catalog, *messages)
    batch = session.profile.facts["batch_ok"]
    assert batch.value is False
    assert batch.said
