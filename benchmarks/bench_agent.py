"""Offline turn latency over a 10-turn conversation, and LLM-mode model calls and prompt size per turn.

Targets: offline p95 under 100 ms after start-up; in LLM mode at most 3 model calls per turn and a
system prompt plus tool schemas under 3,000 tokens (counted as characters / 4: no tokenizer is
downloaded). Prints measurements; never fails on speed.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

from langchain_core.messages import AIMessage, SystemMessage

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.agent.tools import advisor_tools, make_search_tool
from assistant.conversation.session import AdvisorSession
from knowledge.index import KnowledgeIndex
from tools.catalog import load_catalog

sys.path.insert(0, str(Path(__file__).parents[1]))
from tests.fakes import call, scripted, tool_json, tools_then

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
    for _ in range(5):
        session = AdvisorSession(catalog)
        for text in CONVERSATION:
            t = time.perf_counter()
            await advisor.turn(session, text)
            times.append((time.perf_counter() - t) * 1000)
    print(
        f"offline turn latency over {len(times)} turns (5 x 10-turn conversations): p50 "
        f"{statistics.median(times):.1f} ms, p95 {pct(times, 0.95):.1f} ms, max {max(times):.1f} ms "
        f"(target p95 < 100 ms: {'met' if pct(times, 0.95) < 100 else 'MISSED'})"
    )


async def llm_mode(index: KnowledgeIndex) -> None:
    catalog = load_catalog()
    tools = [*advisor_tools(), make_search_tool(None)]
    schema_chars = sum(len(json.dumps(t.tool_call_schema.model_json_schema())) for t in tools)

    def answer(messages):  # type: ignore[no-untyped-def]
        a = tool_json(messages, "analyze_workload")
        return AIMessage(content=f"{a['headline']}.")

    steps = []
    for _ in range(4):
        steps += [tools_then(call("analyze_workload"), call("search_guidance", {"query": "costs"}, 1)), answer]
    model = scripted(*steps)
    advisor = Advisor(model, index, label="scripted")
    session = AdvisorSession(catalog)
    turns = [
        "10M tokens a day, 80% input, steady, no compliance, no ML engineers, open source is fine",
        "actually 20M tokens a day",
        "and 30M tokens a day",
        "make it 40M tokens a day",
    ]
    calls, system_chars = [], []
    for text in turns:
        before = len(model.calls)
        record = await advisor.turn(session, text)
        calls.append(record.model_calls)
        system_chars += [len(str(m[0].content)) for m in model.calls[before:] if isinstance(m[0], SystemMessage)]
    prompt_tokens = (max(system_chars) + schema_chars) / 4
    print(
        f"LLM mode: model calls per turn {calls} (target <= 3); system prompt with state up to "
        f"{max(system_chars):,} chars + tool schemas {schema_chars:,} chars = ~{prompt_tokens:,.0f} tokens "
        f"(target < 3,000: {'met' if prompt_tokens < 3000 else 'MISSED'})"
    )


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp()) / "index"
    t = time.perf_counter()
    index = KnowledgeIndex(path)
    index.ensure()
    print(f"start-up (index ready): {time.perf_counter() - t:.1f} s")
    asyncio.run(offline(index))
    asyncio.run(llm_mode(index))


if __name__ == "__main__":
    main()
