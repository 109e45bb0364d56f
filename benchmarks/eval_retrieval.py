"""Print hit@1, hit@3 and MRR of dense, lexical and hybrid retrieval on the evaluation set.

Target: hit@3 >= 0.9. Usage: python benchmarks/eval_retrieval.py [INDEX_DIR]
(builds a fresh index in a temporary directory when none is given).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from knowledge.evaluate import evaluate
from knowledge.index import KnowledgeIndex


def main() -> None:
    parser = argparse.ArgumentParser(description="hit@1, hit@3 and MRR of the retrievers")
    parser.add_argument("index", nargs="?", type=Path, help="a knowledge index directory (default: a fresh one)")
    path = parser.parse_args().index or Path(tempfile.mkdtemp()) / "index"
    index = KnowledgeIndex(path)
    t = time.perf_counter()
    rebuilt = index.ensure()
    if rebuilt:
        print(f"built the index in {time.perf_counter() - t:.1f} s ({rebuilt})")
    for mode in ("dense", "lexical", "hybrid"):
        r = evaluate(index, mode)  # type: ignore[arg-type]
        print(f"{mode:8s} questions {r.questions}  hit@1 {r.hit_at_1:.3f}  hit@3 {r.hit_at_3:.3f}  MRR {r.mrr:.3f}")
        for q in r.misses:
            print(f"         miss@3: {q}")


if __name__ == "__main__":
    main()
