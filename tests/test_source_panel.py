"""The side panel shows a cited passage as prose: the article's hard line breaks are joined, while
list items, headings, tables and paragraph breaks stay as they were."""

from assistant.web.source_panel import unwrap


def test_hard_wrapped_sentences_are_joined() -> None:
    text = "Data privacy is the strongest\ncase: healthcare under HIPAA, finance under SOC 2 or\nPCI-DSS."
    assert unwrap(text) == "Data privacy is the strongest case: healthcare under HIPAA, finance under SOC 2 or PCI-DSS."


def test_structure_is_kept() -> None:
    lines = ["## When to self-host", "Reasons:", "- privacy", "- volume above", "100M a day", "", "1. first"]
    lines += ["2) second", "| a | b |", "| 1 | 2 |"]
    kept = ["## When to self-host", "Reasons:", "- privacy", "- volume above 100M a day", "", "1. first"]
    assert unwrap("\n".join(lines)) == "\n".join([*kept, "2) second", "| a | b |", "| 1 | 2 |"])


def test_blank_lines_and_trailing_spaces() -> None:
    assert unwrap("one  \n\ntwo") == "one  \n\ntwo"
    assert unwrap("one \n two") == "one two"
    assert unwrap("") == ""
