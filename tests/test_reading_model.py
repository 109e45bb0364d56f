"""The corpus, its loader, and the committed classifier weights."""

from pathlib import Path

import pytest

from assistant.interview import classifier, cues
from assistant.interview.corpus import CorpusError, Entry, digest, load_corpus, split_of
from assistant.interview.quantities.words import normalize


def test_the_committed_weights_were_trained_on_this_corpus() -> None:
    model = classifier.load()
    assert model is not None, "run: python -m assistant.interview.training"
    meta = __import__("json").loads(classifier.META.read_text())
    entries = load_corpus()
    assert meta["corpus_digest"] == digest(entries), "corpus changed: retrain (python -m assistant.interview.training)"
    assert meta["entries"] == len(entries)


def test_the_corpus_is_large_and_labels_every_categorical_fact() -> None:
    entries = load_corpus()
    assert len(entries) >= 1500
    stated: dict[str, int] = {}
    for e in entries:
        for name in e.facts.flat():
            stated[name.split(".")[0]] = stated.get(name.split(".")[0], 0) + 1
    for fact in ("traffic_shape", "compliance", "data_boundary", "team", "quality", "batch_ok", "fine_tuning"):
        assert stated.get(fact, 0) >= 100, fact


def test_the_split_is_by_family_and_stable() -> None:
    entries = load_corpus()
    by_family: dict[str, set[str]] = {}
    for e in entries:
        by_family.setdefault(e.family, set()).add(split_of(e.family))
    assert all(len(parts) == 1 for parts in by_family.values())
    assert split_of("traffic-a-001") == split_of("traffic-a-001")
    assert {split_of(f) for f in by_family} == {"train", "calibration", "test"}


def test_a_bad_entry_is_refused_with_its_file_and_id(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text(
        "- {id: bad-001-a, family: bad-001, voice: terse, asked: null, text: x, facts: {traffic_shape: nightly}}\n"
    )
    with pytest.raises(CorpusError, match=r"bad\.yaml: entry bad-001-a"):
        load_corpus([tmp_path])
    assert load_corpus([tmp_path], strict=False) == []


def test_team_labels_flatten_to_their_keys() -> None:
    entry = Entry.model_validate(
        {
            "id": "x-1-a",
            "family": "x-1",
            "voice": "terse",
            "text": "t",
            "facts": {"team": {"devops": 2, "mlops": False}},
        }
    )
    assert entry.facts.flat() == {"team.devops": 2, "team.mlops": False}


def test_a_confident_classifier_contradiction_becomes_a_question() -> None:
    probs = {"absent": 0.02, "steady": 0.95, "business_hours": 0.02, "bursty": 0.01}
    classes = classifier.HEADS["traffic_shape"]
    p = __import__("numpy").array([probs[c] for c in classes])
    assert classifier.decide("bursty", p, classes, keep=0.05, add=0.9) == "?"
    assert classifier.decide("steady", p, classes, keep=0.05, add=0.9) == "steady"
    assert classifier.decide("absent", p, classes, keep=0.05, add=0.9) == "steady"
    assert classifier.decide("absent", p, classes, keep=0.05, add=0.99) == "absent"


def test_features_mark_negation_and_questions() -> None:
    t = normalize("we don't fine-tune. is bursty bad?")
    feats = classifier.features(t, ["traffic_shape"], cues.votes(t))
    assert "w~:fine" in feats and "w?:bursty" in feats and "asked:traffic_shape" in feats
