"""Negation and scope (``assistant.interview.scope``): whether the user asserts, denies, asks about or reports
someone else's version of a phrase."""

from __future__ import annotations

import pytest

from assistant.interview.scope import chunks, polarity, sentences


def pol(text: str, phrase: str) -> str:
    for chunk in chunks(text):
        i = chunk.text.find(phrase)
        if i >= 0:
            return polarity(chunk, i, i + len(phrase))
    raise AssertionError(f"{phrase!r} not in {text!r}")


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        ("no, it is real-time", "real-time", "yes"),  # "no" answers the question
        ("no, we need hipaa", "hipaa", "yes"),
        ("nothing changes: we still need hipaa", "hipaa", "yes"),
        ("latency must not exceed 800 ms", "latency", "yes"),  # states the limit
        ("no pci, hipaa or gdpr", "gdpr", "no"),  # a list carries the "no"
        ("no compliance drama, traffic is office hours", "traffic", "yes"),  # a new statement
        ("no fine-tuning, we need hipaa", "hipaa", "yes"),
        ("no gpus, 2 ml engineers", "ml engineers", "yes"),
        ("no gpus, some ml engineers", "ml engineers", "yes"),
        ("no ml engineers, open source is fine", "open source", "yes"),
        ("no pci, we do hipaa", "hipaa", "yes"),
        ("not hipaa, gdpr", "gdpr", "yes"),  # "not X, Y": Y is the alternative
        ("hipaa: no", "hipaa", "no"),
        ("hipaa isn't needed", "hipaa", "no"),
        ("hipaa no pci", "hipaa", "yes"),  # the "no" belongs to PCI
        ("hipaa no pci", "pci", "no"),
        ("what does hipaa cost?", "hipaa", "question"),
        ("our competitor self-hosts", "self-hosts", "other"),
        ("if we had hipaa data", "hipaa", "other"),
        ("we used to fine-tune", "fine-tune", "no"),
        ("we used to fine-tune and still do", "fine-tune", "yes"),
        ("we removed the pci scope last year", "pci", "no"),
    ],
)
def test_polarity(text: str, phrase: str, expected: str) -> None:
    assert pol(text, phrase) == expected


def test_sentences_keep_their_offsets() -> None:
    text = "We need HIPAA. No PCI!  Steady traffic"
    parts = sentences(text)
    # the punctuation stays with its sentence; the spaces after it start none
    assert [s for _, s in parts] == ["We need HIPAA.", "No PCI!", "Steady traffic"]
    for offset, s in parts:
        assert text[offset : offset + len(s)] == s
    assert sentences("") == []
    assert sentences("1.5 million a day") == [(0, "1.5 million a day")]  # a decimal point ends nothing
