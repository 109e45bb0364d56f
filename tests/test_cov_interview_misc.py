"""What-if batching (``whatif.detect``), a list after a negation (``cues``) and the classifier's merge with
the rules (``classifier.combine``) under a small hand-built model whose leanings are known."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.interview import classifier, cues
from assistant.interview.reading import parse_message
from assistant.interview.whatif import detect

# ------------------------------------------------------------------------------------------ what-if


@pytest.mark.parametrize(
    "text",
    [
        "what if we moved the summaries to batch?",
        "what if we go batch?",
        "suppose the reports ran as a batch job overnight",
    ],
)
def test_a_what_if_about_batch_makes_answers_wait(text: str) -> None:
    change = detect(text)
    assert change is not None
    assert change.batch_ok is True
    assert change.volume_factor is None and change.tokens_per_month is None


# ------------------------------------------------------------------------------------------ lists after "no"


def test_regimes_listed_after_a_vague_no_are_not_stored_either_way() -> None:
    # "no fancy stuff, GDPR or HIPAA": neither "no regime" nor "GDPR and HIPAA apply" can be told
    assert "compliance" not in parse_message("no fancy stuff, GDPR or HIPAA").fields()


def test_a_short_item_after_no_is_a_new_item() -> None:
    got = {u.field: u.value for u in parse_message("no FT, mid model is fine").updates}
    assert got["fine_tuning"] is False
    assert got["quality"] == "open_weight_ok"


# ------------------------------------------------------------------------------------------ classifier merge


def _model(leaning: dict[str, str], sure: float = 8.0) -> classifier.Model:
    """A model with no word features: every message gets its bias, which favours ``leaning[head]``."""
    offsets = classifier.offsets()
    width = max(hi for _, hi in offsets.values())
    bias = np.zeros(width, dtype=np.float32)
    for head, (lo, _) in offsets.items():
        favourite = leaning.get(head, "absent")
        bias[lo + classifier.HEADS[head].index(favourite)] = sure
    return classifier.Model(
        vocab={}, weights=np.zeros((0, width), dtype=np.float32), bias=bias, offsets=offsets, thresholds={}
    )


def test_a_rule_value_the_classifier_contradicts_is_asked_about() -> None:
    t = "the reports can wait overnight"
    facts, unclear = classifier.combine(
        t, [], cues.votes(t), {"batch_ok": True}, [], model=_model({"batch_ok": "false"})
    )
    assert "batch_ok" not in facts
    assert "batch_ok" in unclear


def test_a_team_fact_the_classifier_contradicts_is_asked_about() -> None:
    t = "we have an mlops team"
    facts, unclear = classifier.combine(
        t, [], cues.votes(t), {"team": {"mlops": True}}, [], model=_model({"team.mlops": "false"})
    )
    assert "team" not in facts
    assert unclear == ["team"]


def test_a_regime_both_agree_on_is_no_longer_unclear() -> None:
    t = "hipaa applies"
    facts, unclear = classifier.combine(
        t, [], cues.votes(t), {"compliance": ["hipaa"]}, ["compliance"], model=_model({"compliance.hipaa": "yes"})
    )
    assert facts["compliance"] == ["hipaa"]
    assert "compliance" not in unclear


def test_without_weights_the_rules_alone_decide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(classifier, "default_model", lambda: None)
    t = "the reports can wait overnight"
    facts, unclear = classifier.combine(t, [], cues.votes(t), {"batch_ok": True}, ["quality"])
    assert facts == {"batch_ok": True}
    assert unclear == ["quality"]
