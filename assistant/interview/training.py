"""Train the reader's classifier from the labelled corpus and write the committed weights.

``python -m assistant.interview.training`` (deterministic: full-batch gradient descent from zeros).
Thresholds are tuned on out-of-fold predictions over the train and calibration splits together (four folds by
template family, so no entry is scored by a model that saw its family; the test split is never used); the
committed model is then trained on every entry. ``data/reader_weights.json`` records the corpus digest so a test
can check that the weights match the corpus.
"""

from __future__ import annotations

import argparse
import math
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import NDArray

from assistant.interview import classifier, cues
from assistant.interview.corpus import Entry, digest, load_corpus, split_of
from assistant.interview.quantities.words import normalize

TARGET_PRECISION = 0.98


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
        rows.append(classifier.features(t, e.expecting, cues.votes(t, e.expecting)))
    return rows


def fit(
    rows: list[list[str]], entries: list[Entry], min_count: int = 2, epochs: int = 150, l2: float = 3e-4
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
    lr, beta1, beta2 = 0.1, 0.9, 0.999
    n = len(rows)
    for step in range(1, epochs + 1):
        scores = x @ w.T + b
        probs = np.empty_like(scores)
        for lo, hi in offs.values():
            s = scores[:, lo:hi]
            e = np.exp(s - s.max(axis=1, keepdims=True))
            probs[:, lo:hi] = e / e.sum(axis=1, keepdims=True)
        grad = (probs - y) / n
        gw = np.asarray(grad.T @ x + l2 * w, dtype=np.float32)
        gb = grad.sum(axis=0)
        mw = np.asarray(beta1 * mw + (1 - beta1) * gw, dtype=np.float32)
        vw = np.asarray(beta2 * vw + (1 - beta2) * gw * gw, dtype=np.float32)
        mb = beta1 * mb + (1 - beta1) * gb
        vb = beta2 * vb + (1 - beta2) * gb * gb
        corr1, corr2 = 1 - beta1**step, 1 - beta2**step
        w -= np.asarray(lr * (mw / corr1) / (np.sqrt(vw / corr2) + 1e-8), dtype=np.float32)
        b -= np.asarray(lr * (mb / corr1) / (np.sqrt(vb / corr2) + 1e-8), dtype=np.float32)
    return classifier.Model(vocab=vocab, weights=np.ascontiguousarray(w.T), bias=b, offsets=offs, thresholds={})


class RuleReading(NamedTuple):
    """What the rules read from one entry, as the classifier's combination sees it."""

    heads: dict[str, str]
    barred: set[str]
    votes: cues.Votes


def rule_heads(entries: list[Entry]) -> list[RuleReading]:
    from assistant.interview.reading.categorical import rule_facts

    out = []
    for e in entries:
        t = normalize(e.text)
        votes = cues.votes(t, e.expecting)
        facts, unclear = rule_facts(t, votes, e.expecting, e.text)
        heads = classifier.head_values(facts)
        out.append(RuleReading(heads, classifier.blocked(votes, heads, unclear), votes))
    return out


def out_of_fold(entries: list[Entry], rows: list[list[str]], folds: int = 4) -> list[dict[str, NDArray[np.float64]]]:
    """Each entry's probabilities from a model that did not see its template family."""
    fold_of = [int(e.family.encode().hex(), 16) % folds for e in entries]
    probs: list[dict[str, NDArray[np.float64]]] = [{} for _ in entries]
    for k in range(folds):
        train_idx = [i for i, f in enumerate(fold_of) if f != k]
        model = fit([rows[i] for i in train_idx], [entries[i] for i in train_idx])
        for i, f in enumerate(fold_of):
            if f == k:
                probs[i] = model.probabilities(rows[i])
    return probs


# The classifier may veto a rule value only when it is nearly sure the value is wrong: a plain "open source is
# fine" read by the rules must not vanish because the question just asked makes "absent" likely.
KEEPS = (0.0, 0.005, 0.01, 0.02, 0.03, 0.05)
ADDS = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99, 1.01)


def wilson_lower(right: int, total: int, z: float = 1.64) -> float:
    """Lower end of the Wilson interval for a proportion: few samples give a cautious estimate."""
    if total == 0:
        return 1.0
    p = right / total
    centre = p + z * z / (2 * total)
    spread = z * math.sqrt((p * (1 - p) + z * z / (4 * total)) / total)
    return (centre - spread) / (1 + z * z / total)


# What the classifier adds on its own (the rules found nothing) must be right this often, judged cautiously (the
# lower end of its confidence interval): few out-of-fold additions cannot justify a low threshold.
ADD_PRECISION = 0.75


def tune(entries: list[Entry], probs: list[dict[str, NDArray[np.float64]]]) -> dict[str, float]:
    """Per head, (keep, add) thresholds with the best recall at precision >= TARGET_PRECISION."""
    gold = [labels(e) for e in entries]
    rules = rule_heads(entries)
    thresholds: dict[str, float] = {}
    for head in classifier.HEADS:
        best: tuple[float, float, float] | None = None  # (recall, keep, add)
        fallback: tuple[float, float, float] = (-1.0, 0.0, 1.01)  # (F0.5, keep, add) when the target is out of reach
        stated = sum(g[head] != "absent" for g in gold)
        for keep in KEEPS:
            for add in ADDS:
                stored = right = added = added_right = 0
                for p, g, r in zip(probs, gold, rules, strict=True):
                    choice = classifier.choose(head, r.heads[head], p[head], r.votes, keep, add, head in r.barred)
                    if choice not in ("absent", "?"):
                        stored += 1
                        right += choice == g[head]
                        if r.heads[head] == "absent":
                            added += 1
                            added_right += choice == g[head]
                precision = right / stored if stored else 1.0
                if wilson_lower(added_right, added) < ADD_PRECISION:
                    precision = min(precision, TARGET_PRECISION - 1e-6)  # additions not proven: not eligible
                recall = right / stated if stated else 1.0
                if precision >= TARGET_PRECISION and (best is None or recall > best[0] + 1e-9):
                    best = (recall, keep, add)
                f = 1.25 * precision * recall / (0.25 * precision + recall) if precision + recall else 0.0
                if f > fallback[0] + 1e-9:
                    fallback = (f, keep, add)
        if best is None or best[0] < 0.5:
            best = fallback
        _, keep, add = best
        thresholds[head + ":keep"] = keep
        thresholds[head + ":add"] = add
    return thresholds


def split(entries: list[Entry], parts: set[str]) -> list[Entry]:
    return [e for e in entries if split_of(e.family) in parts]


def train(directories: list[Path] | None = None, scope: str = "all") -> tuple[classifier.Model, dict[str, Any]]:
    """Thresholds from out-of-fold predictions on train + calibration; the model fitted on ``scope``.

    ``scope`` "all" (the committed model) or "dev" (train + calibration: what the evaluation scores on test).
    With ``reuse`` thresholds the committed ones are kept (the evaluation does not re-tune).
    """
    entries = load_corpus(directories)
    dev = split(entries, {"train", "calibration"})
    dev_rows = featurize(dev)
    thresholds = tune(dev, out_of_fold(dev, dev_rows))
    final = entries if scope == "all" else dev
    model = fit(featurize(final), final) if scope == "all" else fit(dev_rows, dev)
    model.thresholds = thresholds
    meta = {
        "corpus_digest": digest(entries),
        "entries": len(entries),
        "trained_on": scope,
        "features": len(model.vocab),
    }
    return model, meta


def fit_dev(directories: list[Path] | None = None) -> classifier.Model:
    """The evaluation's model: fitted on train + calibration, with the committed thresholds."""
    entries = load_corpus(directories)
    dev = split(entries, {"train", "calibration"})
    model = fit(featurize(dev), dev)
    committed = classifier.load()
    if committed is not None:
        model.thresholds = committed.thresholds
    return model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="train the reader's classifier from the corpus")
    parser.add_argument("--corpus", action="append", type=Path, help="corpus directory (repeatable)")
    parser.add_argument("--scope", choices=["all", "dev"], default="all")
    args = parser.parse_args(argv)
    model, meta = train(args.corpus, args.scope)
    classifier.DATA.mkdir(parents=True, exist_ok=True)
    classifier.save(model, meta)
    print(f"wrote {classifier.WEIGHTS.name}: {meta}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
