"""Categorical facts from a linear classifier over cheap features, combined with the rule cues.

Features: words and word pairs, character n-grams (typos, "k8s", "soc-2"), the same words marked when a
negation cue or a question governs them (``scope``), the rule cues with their polarity (``cues``), and the
question just asked. One multinomial logistic regression per fact ("absent" is a class), trained by
``assistant/interview/training.py`` from the labelled corpus and committed as
``data/reader_weights.npz`` + ``data/reader_weights.json``; nothing trains or downloads at run time.

Why not the MiniLM sentence embeddings the index uses: embedding one message costs 20-50 ms of CPU on
the reference machine, over the whole 15 ms reading budget; these features cost well under 1 ms.

``combine`` merges the classifier with the rules: a value both agree on is stored; a confident classifier
value the rules missed is stored; a rule value the classifier contradicts goes to ``clarify``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

import assistant.interview.patterns as rx
from assistant.interview import cues, scope

DATA = Path(__file__).parent / "data"
WEIGHTS = DATA / "reader_weights.npz"
META = DATA / "reader_weights.json"
REGIME_IDS = ["hipaa", "gdpr", "pci_dss", "soc2", "fedramp", "data_residency", "air_gapped", "none"]
# head -> classes ("absent" first). Booleans as "true"/"false".
HEADS: dict[str, list[str]] = {
    "traffic_shape": ["absent", "steady", "business_hours", "bursty"],
    **{f"compliance.{r}": ["absent", "yes"] for r in REGIME_IDS},
    "data_boundary": ["absent", "any_vendor", "cloud_tenant", "on_prem", "air_gapped"],
    "quality": ["absent", "frontier", "open_weight_ok"],
    "latency_kind": ["absent", "ttft", "total"],
    "batch_ok": ["absent", "true", "false"],
    "fine_tuning": ["absent", "true", "false"],
    "team.mlops": ["absent", "true", "false"],
    "team.gpu_infra": ["absent", "true", "false"],
    "team.kubernetes": ["absent", "true", "false"],
}
WORD = rx.compile(r"[a-z0-9]+(?:'[a-z]+)?|[%$/:]")
NEG_WORDS = {
    "no",
    "not",
    "never",
    "none",
    "nobody",
    "nothing",
    "neither",
    "nor",
    "without",
    "zero",
    "cannot",
    "nope",
    "nah",
    "dont",
    "doesnt",
    "didnt",
    "isnt",
    "arent",
    "wont",
    "cant",
    "havent",
    "hasnt",
    "wasnt",
    "werent",
    "lack",
}


def features(t: str, expecting: list[str], votes: cues.Votes) -> list[str]:
    """Feature names for a normalized (lower-case) message."""
    out: list[str] = []
    total = 0
    for chunk in scope.chunks(t):
        words = WORD.findall(chunk.text)
        total += len(words)
        neg = False
        # words before a negation in their own clause ("open models are NOT good enough"): marked as negated-after
        later = scope.NEG_CUE.search(chunk.text) or scope.POST_NEG_ANYWHERE.search(chunk.text)
        cut_at = len(WORD.findall(chunk.text[: later.start()])) if later else 0
        mark = "?" if chunk.question else ("h" if chunk.hypothetical else ("o" if chunk.others else ""))
        prev = "<s>"
        for i, w in enumerate(words):
            plain = w.replace("'", "")
            if i < cut_at:
                out.append("w^:" + w)
            if plain in NEG_WORDS or (plain.endswith("nt") and w.endswith("n't")):
                neg = True
            out.append("w:" + w)
            out.append(f"b:{prev}_{w}")
            if neg or mark:
                out.append(f"w{'~' if neg else ''}{mark}:{w}")
            if len(w) > 3:
                padded = f" {w} "
                out.extend("c:" + padded[i : i + 4] for i in range(len(padded) - 3))
            prev = w
        out.append(f"b:{prev}_</s>")
    for (fact, value), pols in votes.found.items():
        for pol in set(pols):
            out.append(f"cue:{fact}={value}:{pol}")
    if votes.industry:
        out.append("industry")
    for field in expecting:
        out.append("asked:" + field)
        if total <= 4:
            out.extend(f"asked:{field}|{w}" for w in WORD.findall(t))
    out.append(f"len:{min(total // 4, 8)}")
    return out


@dataclass
class Model:
    vocab: dict[str, int]
    weights: NDArray[np.float32]  # (features, classes of all heads): one row per feature, gathered per message
    bias: NDArray[np.float32]
    offsets: dict[str, tuple[int, int]]
    thresholds: dict[str, float]

    def predict(self, feats: list[str]) -> dict[str, tuple[str, float]]:
        """Per head: (most likely class, its probability)."""
        idx = sorted({self.vocab[f] for f in feats if f in self.vocab})
        scores = self.weights[idx].sum(axis=0) + self.bias if idx else self.bias.copy()
        out: dict[str, tuple[str, float]] = {}
        for head, (lo, hi) in self.offsets.items():
            s = scores[lo:hi]
            p = np.exp(s - s.max())
            p /= p.sum()
            k = int(p.argmax())
            out[head] = (HEADS[head][k], float(p[k]))
        return out

    def probabilities(self, feats: list[str]) -> dict[str, NDArray[np.float64]]:
        idx = sorted({self.vocab[f] for f in feats if f in self.vocab})
        scores = self.weights[idx].sum(axis=0) + self.bias if idx else self.bias.copy()
        out: dict[str, NDArray[np.float64]] = {}
        for head, (lo, hi) in self.offsets.items():
            s = scores[lo:hi].astype(np.float64)
            p = np.exp(s - s.max())
            out[head] = p / p.sum()
        return out


def offsets() -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    pos = 0
    for head, classes in HEADS.items():
        out[head] = (pos, pos + len(classes))
        pos += len(classes)
    return out


def save(model: Model, meta: dict[str, Any], weights: Path = WEIGHTS, meta_path: Path = META) -> None:
    names = sorted(model.vocab, key=model.vocab.__getitem__)
    np.savez_compressed(
        weights,
        weights=model.weights.T.astype(np.float16),
        bias=model.bias.astype(np.float32),
        vocab=np.array(names, dtype=np.str_),
    )
    meta_path.write_text(json.dumps({**meta, "thresholds": model.thresholds}, indent=1, sort_keys=True) + "\n")


def load(weights: Path = WEIGHTS, meta_path: Path = META) -> Model | None:
    if not weights.is_file() or not meta_path.is_file():
        return None
    meta = json.loads(meta_path.read_text())
    with np.load(weights, allow_pickle=False) as data:
        vocab = {str(name): i for i, name in enumerate(data["vocab"])}
        return Model(
            vocab=vocab,
            weights=np.ascontiguousarray(data["weights"].astype(np.float32).T),
            bias=data["bias"].astype(np.float32),
            offsets=offsets(),
            thresholds={str(k): float(v) for k, v in meta.get("thresholds", {}).items()},
        )


_OVERRIDE: list[Model] = []


def use(model: Model | None) -> None:
    """Read with ``model`` instead of the committed one (the evaluation's held-out model); None restores."""
    _OVERRIDE.clear()
    if model is not None:
        _OVERRIDE.append(model)


@lru_cache(maxsize=1)
def _committed() -> Model | None:
    return load()


def default_model() -> Model | None:
    """The committed model, loaded once per process (None when the weights are missing)."""
    return _OVERRIDE[0] if _OVERRIDE else _committed()


DEFAULT_ADD = 0.9  # store a value the rules missed when the classifier is this sure
DEFAULT_KEEP = 0.05  # keep a rule value unless the classifier gives it less than this


def head_values(facts: dict[str, Any]) -> dict[str, str]:
    """Rule facts as head classes ("absent" where the rules found nothing)."""
    out: dict[str, str] = {}
    team = facts.get("team") or {}
    regimes = facts.get("compliance") or []
    for head in HEADS:
        if head.startswith("compliance."):
            out[head] = "yes" if head.split(".", 1)[1] in regimes else "absent"
            continue
        value = team.get(head[5:]) if head.startswith("team.") else facts.get(head)
        if value is None:
            out[head] = "absent"
        elif isinstance(value, bool):
            out[head] = "true" if value else "false"
        else:
            out[head] = str(value)
    return out


def decide(rule: str, probs: NDArray[np.float64], classes: list[str], keep: float, add: float) -> str:
    """One head: the class to store ("absent" for nothing, "?" to ask) from the rule class and the classifier."""
    k = int(probs.argmax())
    if rule != "absent":
        if probs[classes.index(rule)] >= keep:
            return rule
        return "?" if classes[k] not in ("absent", rule) else "absent"
    if classes[k] != "absent" and probs[k] >= add:
        return classes[k]
    return "absent"


def blocked(votes: cues.Votes, rules: dict[str, str], unclear: list[str]) -> set[str]:
    """Heads the classifier may not add a value to: the rules found the fact unclear (ask, do not guess), or its
    cues were only asked about or said of someone else."""
    out: set[str] = set()
    for head in HEADS:
        if rules[head] == "absent" and head.split(".")[0] in unclear:
            out.add(head)
            continue
        cue_fact = head.split(".")[0] if not head.startswith("team.") else head
        seen = [p for (f, _), pols in votes.found.items() if f == cue_fact for p in pols]
        if seen and all(p in ("question", "other") for p in seen):
            out.add(head)
    return out


def choose(
    head: str, rule: str, probs: NDArray[np.float64], votes: cues.Votes, keep: float, add: float, barred: bool
) -> str:
    """One head's class to store, with the guards of ``blocked`` and the denied-value veto applied."""
    choice = decide(rule, probs, HEADS[head], keep, 1.01 if barred else add)
    if rule == "absent" and choice not in ("absent", "?") and _denied(votes, head, choice):
        return "absent"  # the rules read this very value as denied ("external APIs are a no-go")
    return choice


def combine(
    t: str,
    expecting: list[str],
    votes: cues.Votes,
    facts: dict[str, Any],
    unclear: list[str],
    model: Model | None = None,
) -> tuple[dict[str, Any], list[str]]:
    """Merge rule facts with the classifier's reading of the same message."""
    model = model or default_model()
    if model is None:
        return facts, unclear
    probs = model.probabilities(features(t, expecting, votes))
    rules = head_values(facts)
    facts = dict(facts)
    unclear = list(unclear)
    team = dict(facts.get("team") or {})
    regimes: list[str] = []
    barred = blocked(votes, rules, unclear)
    for head in HEADS:
        keep = model.thresholds.get(head + ":keep", DEFAULT_KEEP)
        add = model.thresholds.get(head + ":add", DEFAULT_ADD)
        head_probs = probs[head]
        if rules[head] != "absent" and head_probs[HEADS[head].index(rules[head])] < keep:
            head_probs = _own_sentence(t, expecting, votes, head, rules[head], model, head_probs)
        choice = choose(head, rules[head], head_probs, votes, keep, add, head in barred)
        fact = head.split(".")[0]
        if head.startswith("compliance."):
            if choice == "yes":
                regimes.append(head.split(".", 1)[1])
            continue
        if head.startswith("team."):
            key = head[5:]
            if choice in ("true", "false"):
                team[key] = choice == "true"
            else:
                team.pop(key, None)
                if choice == "?":
                    unclear.append("team")
            continue
        if choice == "?":
            facts.pop(fact, None)
            unclear.append(fact)
        elif choice == "absent":
            facts.pop(fact, None)
        else:
            facts[fact] = _value(head, choice)
    if "none" in regimes and len(regimes) > 1:
        regimes.remove("none")
    if regimes:
        facts["compliance"] = sorted(regimes)
        if "compliance" in unclear:
            unclear.remove("compliance")
    else:
        facts.pop("compliance", None)
    if team:
        facts["team"] = team
    else:
        facts.pop("team", None)
    return facts, list(dict.fromkeys(unclear))


def _own_sentence(
    t: str,
    expecting: list[str],
    votes: cues.Votes,
    head: str,
    label: str,
    model: Model,
    probs: NDArray[np.float64],
) -> NDArray[np.float64]:
    """The classifier's reading of the sentence (or comma-separated part) that holds the rule's cue (or states its
    value on its own), when it
    gives the rule's value more weight than the whole message does.

    A long message about many things ("Our SLA is 1,200 ms end to end. PCI DSS is in scope. We have six ML
    engineers.") piles up words the classifier has learnt to find where a fact is absent; the veto of a rule
    value is meant for the cue's own words ("gdpr cookie banners are the worst"), so the cue's sentence decides.
    """
    fact = head.split(".")[0] if not head.startswith("team.") else head
    value = head.split(".", 1)[1] if head.startswith("compliance.") else label
    # a yes/no fact read as false comes from its "true" cue denied ("it can't be an overnight thing")
    word = votes.words.get((fact, value)) or (votes.words.get((fact, "true")) if value == "false" else None)
    spans = [part for _, sentence in scope.sentences(t) for part in (sentence, *rx.split(r",\s+", sentence))]
    if word is None or len(spans) < 3:
        return probs
    classes = HEADS[head]
    best = probs
    for sentence in dict.fromkeys(spans):
        if sentence == t:
            continue
        said = cues.votes(sentence, expecting)
        if word not in sentence and value not in said.said(fact):
            continue  # a sentence that says the value in other words ("This is a data residency rule.") decides too
        own = model.probabilities(features(sentence, expecting, said))[head]
        if own[classes.index(label)] > best[classes.index(label)]:
            best = own
    return best


def _denied(votes: cues.Votes, head: str, label: str) -> bool:
    """Whether the rules found a cue for ``label`` of ``head`` and read it only as denied.

    Only where a denied cue means the value is false: a regime, "yes" of a yes/no fact, a place the data may go.
    (A cue such as "never leaves our servers" carries its own negation and states on-prem: its polarity is "yes".)
    """
    if head.startswith("compliance."):
        key = ("compliance", head.split(".", 1)[1])
    elif label == "true":
        key = (head, label)
    elif head == "data_boundary":
        if label == "any_vendor" and "yes" in votes.found.get(("data_boundary", "no_vendor"), []):
            return True
        key = (head, label)  # "not air-gapped", "we're not on-prem": that very place denied
    else:
        return False
    pols = votes.found.get(key, [])
    return bool(pols) and "no" in pols and "yes" not in pols


def _value(head: str, label: str) -> Any:
    if label in ("true", "false"):
        return label == "true"
    return label
