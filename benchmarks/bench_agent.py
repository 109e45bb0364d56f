"""Offline turn latency over a 10-turn conversation; in LLM mode the prompt size per turn; and, with
a real local server (ADVISOR_MODEL=vllm:<id>, ADVISOR_BASE_URL), seconds per turn and the fallback rate.

Targets: offline p95 under 100 ms after start-up; in LLM mode every prompt (system prompt, state, the
turn's tool schemas, history and tool results; characters / 4, no tokenizer is downloaded) well inside
an 8k context. Prints measurements; never fails on speed.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from langchain_core.messages import AIMessage, ToolMessage

from assistant.agent.loop import Advisor
from assistant.agent.model_input import NEEDED_TOOL
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.interview.policy import Plan
from knowledge.index import KnowledgeIndex
from tools.catalog import load_catalog

sys.path.insert(0, str(Path(__file__).parents[1]))
from tests.fakes import call, scripted, tools_then

CONVERSATION = [
    "hi",
    "about 50M tokens a day, mostly input",
    "steady traffic, no compliance needs",
    "two ML engineers and we run Kubernetes; open source is fine",
    "what if volume triples?",
    "on H100s?",
    "with spot instances?",
    "compare with DeepSeek",
    "back to baseline",
    "What is a brokered GPU service?",
]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))]


async def offline(index: KnowledgeIndex) -> None:
    catalog = load_catalog()
    advisor = Advisor(OfflineAdvisorModel(), index)
    warm = AdvisorSession(catalog)
    for text in CONVERSATION:  # warm-up: catalog, embedding model, caches
        await advisor.turn(warm, text)
    times: list[float] = []
    cpu: list[float] = []
    for _ in range(5):
        session = AdvisorSession(catalog)
        for text in CONVERSATION:
            t, c = time.perf_counter(), time.process_time()
            await advisor.turn(session, text)
            cpu.append((time.process_time() - c) * 1000)
            times.append((time.perf_counter() - t) * 1000)
    print(
        f"offline turn latency over {len(times)} turns (5 x 10-turn conversations): p50 "
        f"{statistics.median(times):.1f} ms, p95 {pct(times, 0.95):.1f} ms, max {max(times):.1f} ms "
        f"(target p95 < 100 ms: {'met' if pct(times, 0.95) < 100 else 'MISSED'})"
    )
    print(
        f"offline turn CPU, the agent alone (this process, all threads): p50 {statistics.median(cpu):.1f} ms, "
        f"p95 {pct(cpu, 0.95):.1f} ms (the server's whole turn, web and history included, against the "
        "15 ms target: benchmarks/load.py)"
    )


def follower(session_box: list[AdvisorSession], plan_box: list[Plan]) -> Any:
    """A scripted model that does what each turn asks (calls the tool the plan needs, then answers
    from its result): the prompt sizes are those of a model that cooperates."""

    def step(messages: list[Any]) -> AIMessage:
        session, plan = session_box[0], plan_box[0]
        start = max(i for i, m in enumerate(messages) if m.type == "human")
        ran = {m.name for m in messages[start:] if isinstance(m, ToolMessage)}
        needed = NEEDED_TOOL.get(plan.action)
        if needed and needed not in ran:
            args: dict[str, Any] = {
                "what_if": plan.change.model_dump(mode="json") if plan.change else {},
                "check_article_figure": {"claim": plan.claim or ""},
                "explain_advice": plan.explain.model_dump(mode="json") if plan.explain else {},
                "search_guidance": {"query": plan.search or "costs"},
            }.get(needed, {})
            return tools_then(call(needed, args))
        current = session.current()
        if plan.action in ("analyze", "baseline", "what_if") and current is not None:
            return AIMessage(content=f"**{current.headline}**.")
        if plan.questions:
            return AIMessage(content="Noted. " + " ".join(plan.questions))
        return AIMessage(content="See the cited guidance above, or tell me more about your workload?")

    return step


async def llm_mode(index: KnowledgeIndex) -> None:
    """Prompt size per turn in LLM mode: system prompt, state, the turn's tool schemas, history and
    tool results (characters / 4: no tokenizer is downloaded)."""
    catalog = load_catalog()
    box: list[AdvisorSession] = []
    plans: list[Plan] = [Plan(action="empty")]
    model = scripted(*itertools.repeat(follower(box, plans), 200))
    advisor = Advisor(model, index, label="scripted")
    session = AdvisorSession(catalog)
    box.append(session)
    print("LLM mode, prompt size per turn (a cooperating scripted model; ~tokens = characters / 4):")
    for text in CONVERSATION:
        plans[0] = session.decide(text).plan  # pure: the turn makes the same plan
        record = await advisor.turn(session, text)
        stats = advisor.stats(session)[-1]
        sizes = ", ".join(f"{c // 4:,}" for c in stats.prompt_chars) or "no model call"
        action = record.plan.action if record.plan else "?"
        print(f"  {action:<9} {stats.model_calls} call(s), ~tokens per call: {sizes:<22} {text[:44]!r}")
    largest = max(c for s in advisor.stats(session) for c in s.prompt_chars) // 4
    print(
        f"  largest prompt ~{largest:,} tokens (target: fits an 8k context with room for the reply: "
        f"{'met' if largest < 4_000 else 'MISSED'})"
    )


async def real_server(index: KnowledgeIndex, spec: str, base_url: str) -> None:
    """The same conversation against a real model server: seconds per turn and the fallback rate."""
    from assistant.root import make_advisor, new_session
    from assistant.settings import Settings

    settings = Settings(model=spec, base_url=base_url, model_breaker_failures=100)
    advisor = make_advisor(settings, index)
    session = new_session(settings, load_catalog())
    print(f"real model {spec} at {base_url} (turn deadline {settings.turn_deadline_s:g} s):")
    for text in CONVERSATION:
        t = time.perf_counter()
        await advisor.turn(session, text)
        took = time.perf_counter() - t
        s = advisor.stats(session)[-1]
        print(
            f"  {took:5.1f} s  {s.model_calls} call(s)  ~{s.prompt_tokens_est:,} tokens  "
            f"fallback: {s.fallback or '-':<8} {text[:44]!r}"
        )
    stats = advisor.stats(session)
    seconds = sorted(s.seconds for s in stats)
    tried = [s for s in stats if s.fallback != "paused" and s.model_calls]
    fell = [s for s in tried if s.fallback]
    needing = [s for s in stats if s.needed_tool]
    print(
        f"  seconds per turn: median {statistics.median(seconds):.1f}, max {seconds[-1]:.1f}; fallback rate "
        f"{len(fell)}/{len(tried)} turns on the model; the needed tool called on "
        f"{sum(s.needed_tool_called for s in needing)}/{len(needing)} turns"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description="offline and LLM-mode turn timings")
    parser.add_argument("index", nargs="?", type=Path, help="a knowledge index directory (default: a fresh one)")
    path = parser.parse_args().index or Path(tempfile.mkdtemp()) / "index"
    t = time.perf_counter()
    index = KnowledgeIndex(path)
    index.ensure()
    print(f"start-up (index ready): {time.perf_counter() - t:.1f} s")
    asyncio.run(offline(index))
    asyncio.run(llm_mode(index))
    spec, base_url = os.environ.get("ADVISOR_MODEL", "offline"), os.environ.get("ADVISOR_BASE_URL")
    if spec != "offline" and base_url:
        asyncio.run(real_server(index, spec, base_url))
    else:
        print("real model: set ADVISOR_MODEL=vllm:<id> and ADVISOR_BASE_URL=http://127.0.0.1:PORT/v1 to measure one")


if __name__ == "__main__":
    main()
