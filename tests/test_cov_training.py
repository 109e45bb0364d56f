"""Training the reader's classifier (``assistant.interview.training``) on a small hand-written corpus.

The committed corpus takes minutes to train on; these tests train on a dozen entries in a temporary
directory so every step (features, fit, out-of-fold thresholds, save/load, the command) runs in a second.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.interview import classifier, cues, training
from assistant.interview.corpus import Entry, Facts, TeamLabel, digest, load_corpus
from assistant.interview.quantities.words import normalize

# Families chosen so that the development split (train + calibration) spans all four folds and one
# family is held out for test: fam-a/b/c/f/g/h train, fam-d calibration, fam-e test.
BURSTY = ["our traffic is very spiky", "huge spikes when we launch", "spiky bursts at random hours"]
STEADY = ["traffic is flat all day", "a steady constant load", "the load is flat and steady"]


def _corpus(tmp_path: Path) -> Path:
    entries: list[dict[str, Any]] = []
    plan = {"fam-a": BURSTY, "fam-c": BURSTY, "fam-g": BURSTY, "fam-b": STEADY, "fam-f": STEADY, "fam-h": STEADY}
    for family, texts in plan.items():
        shape = "bursty" if texts is BURSTY else "steady"
        for i, text in enumerate(texts):
            entries.append(
                {
                    "id": f"{family}-{i}",
                    "family": family,
                    "voice": "terse",
                    "text": text,
                    "facts": {"traffic_shape": shape},
                }
            )
    entries.append({"id": "fam-d-0", "family": "fam-d", "voice": "chatty", "text": "we run batch jobs overnight"})
    entries.append(
        {
            "id": "fam-d-1",
            "family": "fam-d",
            "voice": "chatty",
            "asked": "batch_ok",
            "text": "yes it can wait",
            "facts": {"batch_ok": True},
        }
    )
    entries.append({"id": "fam-e-0", "family": "fam-e", "voice": "formal", "text": "spiky", "facts": {}})
    directory = tmp_path / "corpus"
    directory.mkdir()
    (directory / "small.yaml").write_text(yaml.safe_dump(entries), encoding="utf-8")
    return directory


def _predict(model: classifier.Model, text: str) -> str:
    t = normalize(text)
    return model.predict(classifier.features(t, [], cues.votes(t)))["traffic_shape"][0]


def test_labels_give_one_class_per_head() -> None:
    entry = Entry(
        id="x",
        family="x",
        voice="terse",
        text="HIPAA, steady traffic, we have MLOps",
        facts=Facts(
            compliance=["hipaa"],
            traffic_shape="steady",
            team=TeamLabel(mlops=True, ml_engineers=2),
            batch_ok=False,
            latency_p99_ms=200,
        ),
    )
    out = training.labels(entry)
    assert set(out) == set(classifier.HEADS)
    assert out["compliance.hipaa"] == "yes"
    assert out["compliance.gdpr"] == "absent"
    assert out["traffic_shape"] == "steady"
    assert out["team.mlops"] == "true"
    assert out["batch_ok"] == "false"
    assert out["team.kubernetes"] == "absent"
    assert out["quality"] == "absent"


def test_train_on_a_small_corpus_learns_its_classes(tmp_path: Path) -> None:
    directory = _corpus(tmp_path)
    model, meta = training.train([directory], scope="all")
    entries = load_corpus([directory])
    assert meta == {
        "corpus_digest": digest(entries),
        "entries": 21,
        "trained_on": "all",
        "features": len(model.vocab),
    }
    # every head gets a (keep, add) pair from the search grid
    for head in classifier.HEADS:
        assert model.thresholds[head + ":keep"] in training.KEEPS
        assert model.thresholds[head + ":add"] in training.ADDS
    # the fitted model separates what it was shown
    assert _predict(model, "our traffic is very spiky") == "bursty"
    assert _predict(model, "the load is flat and steady") == "steady"


def test_dev_scope_leaves_the_test_family_out(tmp_path: Path) -> None:
    directory = _corpus(tmp_path)
    model_all, _ = training.train([directory], scope="all")
    model_dev, meta = training.train([directory], scope="dev")
    assert meta["trained_on"] == "dev"
    assert meta["entries"] == 21  # the digest and count describe the whole corpus
    # "spiky" alone appears only in the held-out test family's text; words of dev texts remain
    assert "w:flat" in model_dev.vocab
    assert len(model_dev.vocab) <= len(model_all.vocab)


def test_fit_dev_keeps_the_committed_thresholds(tmp_path: Path) -> None:
    committed = classifier.load()
    assert committed is not None
    model = training.fit_dev([_corpus(tmp_path)])
    assert model.thresholds == committed.thresholds
    assert _predict(model, "huge spikes when we launch") == "bursty"


def test_main_writes_weights_that_load_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    directory = _corpus(tmp_path)
    out_dir = tmp_path / "out"
    weights, meta_path = out_dir / "w.npz", out_dir / "w.json"
    real_save = classifier.save

    def save(model: classifier.Model, meta: dict[str, Any]) -> None:
        real_save(model, meta, weights, meta_path)

    monkeypatch.setattr(classifier, "DATA", out_dir)
    monkeypatch.setattr(classifier, "save", save)
    assert training.main(["--corpus", str(directory), "--scope", "dev"]) == 0
    assert "trained_on" in capsys.readouterr().out
    loaded = classifier.load(weights, meta_path)
    assert loaded is not None
    assert set(loaded.thresholds) == {f"{h}:{k}" for h in classifier.HEADS for k in ("keep", "add")}
    assert _predict(loaded, "a steady constant load") == "steady"


def test_load_without_files_is_none(tmp_path: Path) -> None:
    assert classifier.load(tmp_path / "missing.npz", tmp_path / "missing.json") is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("- id: [unclosed\n", "not valid YAML"),
        ("id: a\nfamily: b\n", "expected a list of entries"),
        ("- id: bad-1\n  family: f\n  voice: shouting\n  text: hi\n", "entry bad-1"),
        ("- 42\n", "entry #0"),
        (
            "- {id: same, family: f, voice: terse, text: one}\n- {id: same, family: f, voice: terse, text: two}\n",
            "duplicate id same",
        ),
    ],
)
def test_corpus_errors_name_the_file_and_entry(tmp_path: Path, content: str, message: str) -> None:
    from assistant.interview.corpus import CorpusError

    (tmp_path / "broken.yaml").write_text(content, encoding="utf-8")
    with pytest.raises(CorpusError, match=message) as err:
        load_corpus([tmp_path])
    assert str(err.value).startswith("broken.yaml: ")
    # lenient loading skips what is broken and keeps what is valid
    lenient = load_corpus([tmp_path], strict=False)
    assert [e.text for e in lenient] == (["one"] if "duplicate" in message else [])


def test_corpus_reads_every_file_of_every_directory_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "b.yaml").write_text("- {id: b1, family: f, voice: terse, text: second}\n", encoding="utf-8")
    (tmp_path / "a.yaml").write_text("- {id: a1, family: f, voice: terse, text: first}\n", encoding="utf-8")
    (tmp_path / "empty.yaml").write_text("", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("- not a corpus file", encoding="utf-8")
    entries = load_corpus([tmp_path, tmp_path / "absent"])
    assert [(e.id, e.source) for e in entries] == [("a1", "a"), ("b1", "b")]
    assert entries[0].expecting == []
