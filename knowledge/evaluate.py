"""Retrieval evaluation: hit@1, hit@3 and MRR over questions phrased as users ask them."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel

from knowledge.index import KnowledgeIndex, Mode, Retrieved

QUESTIONS = Path(__file__).parent / "eval" / "questions.yaml"


class EvalQuestion(BaseModel):
    q: str
    answers: list[tuple[str, str]]

    def matches(self, r: Retrieved) -> bool:
        return any(r.source == src and r.section.startswith(sec) for src, sec in self.answers)


class EvalReport(BaseModel):
    mode: str
    questions: int
    hit_at_1: float
    hit_at_3: float
    mrr: float
    misses: list[str]


def load_questions(path: Path = QUESTIONS) -> list[EvalQuestion]:
    raw = yaml.safe_load(path.read_text())
    out = []
    for item in raw:
        pairs = [tuple(part.strip() for part in a.split("::", 1)) for a in item["answers"]]
        out.append(EvalQuestion(q=item["q"], answers=pairs))
    return out


def evaluate(index: KnowledgeIndex, mode: Mode = "hybrid", k: int = 10) -> EvalReport:
    questions = load_questions()
    hit1 = hit3 = 0
    rr = 0.0
    misses = []
    for question in questions:
        results = index.retrieve(question.q, k=k, mode=mode, include_user=False)
        rank = next((i + 1 for i, r in enumerate(results) if question.matches(r)), None)
        if rank == 1:
            hit1 += 1
        if rank is not None and rank <= 3:
            hit3 += 1
        else:
            misses.append(question.q)
        rr += 1 / rank if rank else 0.0
    n = len(questions)
    return EvalReport(
        mode=mode,
        questions=n,
        hit_at_1=round(hit1 / n, 3),
        hit_at_3=round(hit3 / n, 3),
        mrr=round(rr / n, 3),
        misses=misses,
    )
