"""Negations over comma lists and stated plans to fine-tune, read from whole user messages."""

from typing import Any

from assistant.interview.reading import parse_message


def facts(text: str) -> dict[str, Any]:
    return {u.field: u.value for u in parse_message(text).updates}


def test_a_no_over_a_list_of_regimes_denies_every_one_of_them() -> None:
    read = facts("We have no PCI, HIPAA or GDPR requirements.")
    # none of the three named regimes applies, so none is recorded as required
    assert not {"pci_dss", "hipaa", "gdpr"} & set(read.get("compliance", []))


def test_a_no_carries_only_to_list_items_of_the_same_kind() -> None:
    read = facts("No finetuning, SOC2, steady load.")
    assert read["fine_tuning"] is False
    assert read["compliance"] == ["soc2"]
    assert read["traffic_shape"] == "steady"


def test_a_plan_to_fine_tune_is_the_need_and_a_plan_not_to_denies_it() -> None:
    assert facts("We plan to fine-tune the model on our support tickets.")["fine_tuning"] is True
    assert facts("We intend to fine-tune an open model.")["fine_tuning"] is True
    assert facts("We don't plan to fine-tune anything.")["fine_tuning"] is False


def test_a_question_about_fine_tuning_states_no_plan() -> None:
    # "would it help if we fine-tuned?" asks; it does not say the team will fine-tune
    assert "fine_tuning" not in facts("Would it help if we planned to fine-tune a model?")


def test_a_plan_to_fine_tune_with_a_date_is_still_the_need() -> None:
    assert facts("We plan to fine-tune an open model next quarter.").get("fine_tuning") is True
