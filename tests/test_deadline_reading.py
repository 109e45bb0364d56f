"""Reading how soon batch results are needed (``batch_deadline_hours``), and a validated model as today's."""

import pytest

from assistant.interview.deadline import OVERNIGHT_HOURS, read_deadline
from assistant.interview.reading import parse_message


def read(text: str) -> float | None:
    found = [u.value for u in parse_message(text).updates if u.field == "batch_deadline_hours"]
    return found[0] if found else None


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Job starts at 23:00, results must be ready by 07:00 the next morning.", 8),
        ("the intake closes at 10pm and the summaries have to be in the queue by 6am the next morning", 8),
        ("It start at midnight and it must be finish before 8 in the morning, the next morning.", 8),
        ("- job starts ~23:00 when intake closes - results MUST be in the queue by 07:00", 8),
        ("the nightly batch kicks off at 1am and must be done by 5am", 4),
        ("the batch must finish within 6 hours", 6),
        ("we need the batch done by tomorrow morning", OVERNIGHT_HOURS),
        ("Review can come in few minutes, it is not chat, but next day is too late.", 10 / 60),
        ("nightly job, 6 hour SLA", 6),
        ("it must complete within an 8-hour overnight window", 8),
        ("Our nightly run starts 22:00 and the reports go out at 6:30", 8.5),
        ("we need the results before the team arrives in the morning", OVERNIGHT_HOURS),
        ("overnight processing, ready by start of business", OVERNIGHT_HOURS),
        ("batch is fine, results within a day are ok", 24),
        ("The run starts at 1am and the results must be in the warehouse by 6am.", 5),
    ],
)
def test_deadlines_are_read(text: str, hours: float) -> None:
    assert read(text) == pytest.approx(hours, abs=0.01)


@pytest.mark.parametrize(
    "text",
    [
        "first token within 2 seconds",
        "traffic drops by 7pm at night",
        "Business hours only, 9 to 5.",
        "we answer the phone in 5 minutes",
        "peaks at 5x the average by noon",
        "we are due to launch by 2027",
        "our team starts at 9",
        "we are open from 9am until 5pm",
    ],
)
def test_no_deadline_where_none_is_said(text: str) -> None:
    assert read(text) is None
    assert read_deadline(text.lower()) is None


def test_a_validated_open_model_is_the_one_in_use() -> None:
    said = {u.field: u.value for u in parse_message("We test Llama 3.3 70B and it is validated for our use").updates}
    assert said.get("current_model") == "llama-3.3-70b"
    tried = {u.field: u.value for u in parse_message("we tried llama 3.3 70b but it was bad").updates}
    assert "current_model" not in tried
    tuned = {u.field: u.value for u in parse_message("our LoRA adapters are trained on Llama 3.1 70B").updates}
    assert tuned.get("current_model") == "llama-3.1-70b"


def test_own_adapters_are_read_as_a_fine_tune_of_their_own() -> None:
    said = {
        u.field: u.value for u in parse_message("We want to fine-tune an open model with LoRA on our tickets").updates
    }
    assert said.get("own_adapters") is True and said.get("fine_tuning") is True
    none = {u.field: u.value for u in parse_message("we don't use LoRA or adapters, prompting is enough").updates}
    assert "own_adapters" not in none
