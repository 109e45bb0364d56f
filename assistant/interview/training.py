"""Train the reader's classifier from the labelled corpus and write the committed weights.

``python -m assistant.interview.training`` (deterministic: full-batch gradient descent from zeros).
Thresholds are tuned on the calibration split with a model trained on the train split; the committed
model is then trained on every entry. ``data/reader_weights.json`` records the corpus digest so a test
can check that the weights match the corpus.
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from assistant.interview import classifier, cues
from assistant.interview.corpus import Entry, digest, load_corpus, split_of
from assistant.interview.quantities import normalize

TARGET_PRECISION = 0.985


def labels(entry: Entry) -> dict[str, str]:
    """The class of every head for one entry."""
    flat = entry.facts.flat()
    out: dict[str, str] = {}
    for head, classes in classifier.HEADS.items():
        if head.startswith("compliance."):
            regimes = flat.get("compliance") or []
            out[head] = "yes" if head.split(".", 1)[1] in regimes else "absent"
            continue
        value = flat.get(head)
        if value is None:
            out[head] = "absent"
        elif isinstance(value, bool):
            out[head] = "true" if value else "false"
        else:
            out[head] = str(value) if str(value) in classes else "absent"
    return out


def featurize(entries: Iterable[Entry]) -> list[list[str]]:
    rows = []
    for e in entries:
        t = normalize(e.text)
        rows.append(classifier.features(t, e.expecting, cues.votes(t)))
    return rows


def fit(
    rows: list[list[str]], entries: list[Entry], min_count: int = 2, epochs: int = 300, l2: float = 3e-4
) -> classifier.Model:
    counts = Counter(f for row in rows for f in set(row))
    names = sorted(f for f, c in counts.items() if c >= min_count)
    vocab = {f: i for i, f in enumerate(names)}
    x = np.zeros((len(rows), len(names)), dtype=np.float32)
    for i, row in enumerate(rows):
        for f in row:
            j = vocab.get(f)
            if j is not None:
                x[i, j] = 1.0
    offs = classifier.offsets()
    total = max(hi for _, hi in offs.values())
    y = np.zeros((len(rows), total), dtype=np.float32)
    for i, e in enumerate(entries):
        for head, label in labels(e).items():
            lo, _ = offs[head]
            y[i, lo + classifier.HEADS[head].index(label)] = 1.0
    w = np.zeros((total, len(names)), dtype=np.float32)
    b = np.zeros(total, dtype=np.float32)
    mw, vw = np.zeros_like(w), np.zeros_like(w)
    mb, vb = np.zeros_like(b), np.zeros_like(b)
    lr, beta1, beta2 = 0.05, 0.9, 0.999
    n = len(rows)
    for step in range(1, epochs + 1):
        scores = x @ w.T + b
        probs = np.empty_like(scores)
        for lo, hi in offs.values():
            s = scores[:, lo:hi]
            e = np.exp(s - s.max(axis=1, keepdims=True))
            probs[:, lo:hi] = e / e.sum(axis=1, keepdims=True)
        grad = (probs - y) / n
        gw = grad.T @ x + l2 * w
        gb = grad.sum(axis=0)
        mw = beta1 * mw + (1 - beta1) * gw
        vw = beta2 * vw + (1 - beta2) * gw * gw
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        corr1, corr2 = 1 - beta1**step, 1 - beta2**step
        w -= lr * (mw / corr1) / (np.sqrt(vw / corr2) + 1e-8)
        b -= lr * (mb / corr1) / (np.sqrt(vb / corr2) + 1e-8)
    return classifier.Model(vocab=vocab, weights=w, bias=b, offsets=offs, thresholds={})


def tune(model: classifier.Model, rows: list[list[str]], entries: list[Entry]) -> dict[str, float]:
    """Per head, the lowest probability threshold that keeps precision >= TARGET_PRECISION on calibration."""
    gold = [labels(e) for e in entries]
    probs = [model.probabilities(r) for r in rows]
    thresholds: dict[str, float] = {}
    for head, classes in classifier.HEADS.items():
        picks: list[tuple[float, bool]] = []
        for p, g in zip(probs, gold, strict=True):
            k = int(np.argmax(p[head]))
            if classes[k] != "absent":
                picks.append((float(p[head][k]), classes[k] == g[head]))
        best = 0.95
        for candidate in (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99):
            kept = [ok for prob, ok in picks if prob >= candidate]
            if not kept or sum(kept) / len(kept) >= TARGET_PRECISION:
                best = candidate
                break
        thresholds[head] = best
    return thresholds


def split(entries: list[Entry], parts: set[str]) -> list[Entry]:
    return [e for e in entries if split_of(e.family) in parts]


def train(directories: list[Path] | None = None, scope: str = "all") -> tuple[classifier.Model, dict[str, Any]]:
    """Tune thresholds on calibration (model from train), then fit on ``scope`` ("all" or "train")."""
    entries = load_corpus(directories)
    train_part = split(entries, {"train"})
    calib = split(entries, {"calibration"})
    probe = fit(featurize(train_part), train_part)
    thresholds = tune(probe, featurize(calib), calib)
    final_entries = entries if scope == "all" else split(entries, {"train", "calibration"})
    model = probe if scope == "train" else fit(featurize(final_entries), final_entries)
    model.thresholds = thresholds
    meta = {"corpus_digest": digest(entries), "entries": len(entries), "trained_on": scope,
            "features": len(model.vocab)}  # fmt: skip
    return model, meta


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="train the reader's classifier from the corpus")
    parser.add_argument("--corpus", action="append", type=Path, help="corpus directory (repeatable)")
    parser.add_argument("--scope", choices=["all", "train"], default="all")
    args = parser.parse_args(argv)
    model, meta = train(args.corpus, args.scope)
    classifier.save(model, meta)
    print(f"wrote {classifier.WEIGHTS.name}: {meta}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
