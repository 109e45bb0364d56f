"""A small Okapi BM25 for the lexical half of hybrid retrieval."""

from __future__ import annotations

import math
import re
from collections import Counter

_STOP = set(
    "a an and are as at be by can do does for from has have how i if in is it its of on or our "
    "should so than that the their them then there these this to us was we what when where which "
    "who why will with would you your".split()
)


def tokenize(text: str) -> list[str]:
    """Lower-case words and numbers (keeps 70b, 4-bit, gpt-5 together), stop words dropped."""
    return [t for t in re.findall(r"[a-z0-9]+(?:[.\-][a-z0-9]+)*", text.lower()) if t not in _STOP]


class BM25:
    def __init__(self, docs: list[str], k1: float = 1.5, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self.docs = [Counter(tokenize(d)) for d in docs]
        self.lengths = [sum(d.values()) for d in self.docs]
        self.avg = sum(self.lengths) / len(self.lengths) if self.lengths else 0.0
        df: Counter[str] = Counter()
        for d in self.docs:
            df.update(d.keys())
        n = len(self.docs)
        self.idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}

    def scores(self, query: str) -> list[float]:
        terms = tokenize(query)
        out = []
        for d, length in zip(self.docs, self.lengths, strict=True):
            s = 0.0
            for t in terms:
                tf = d.get(t)
                if tf:
                    s += self.idf[t] * tf * (self.k1 + 1) / (tf + self.k1 * (1 - self.b + self.b * length / self.avg))
            out.append(s)
        return out
