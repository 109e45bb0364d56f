"""Reading and analysing in a worker process beside the server gives what reading and analysing in place gives,
survives the process dying, and is what the settings ask for."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

from assistant.agent.loop import Advisor
from assistant.agent.offline import OfflineAdvisorModel
from assistant.conversation.session import AdvisorSession
from assistant.conversation.worker import Worker
from assistant.decision.analysis import compute
from assistant.decision.inputs import AnalysisOptions
from assistant.root import make_worker
from assistant.settings import Settings
from knowledge.embeddings import default_embedder
from knowledge.index import KnowledgeIndex
from tools.catalog import Catalog, load_catalog

CONVERSATION = [
    "hi",
    "about 50M tokens a day, 1,500 in and 300 out, bursty during office hours",
    "no compliance needs; we have 2 ML engineers and run k8s",
    "open-weight is fine, we already own 4 A100s",
    "what if volume triples?",
    "on H100s?",
    "compare with DeepSeek",
    "back to baseline",
    "why?",
]


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="module")
def worker(catalog: Catalog) -> Iterator[Worker]:
    w = Worker(catalog)
    yield w
    w.close()


def test_a_message_read_in_the_worker_is_the_message_read_in_place(worker: Worker, catalog: Catalog) -> None:
    session = AdvisorSession(catalog)
    for text in CONVERSATION[1:4]:
        reading = session.reading(text)
        there = asyncio.run(worker.read(reading))
        assert there == reading.read()
        assert there.updates  # each of these messages states facts
        session.prepare(text, there)
    assert session.profile.knows("tokens_per_month")


def test_an_analysis_computed_in_the_worker_is_the_one_computed_in_place(worker: Worker, catalog: Catalog) -> None:
    session = AdvisorSession(catalog)
    for text in CONVERSATION[1:4]:
        session.prepare(text)
    opts = AnalysisOptions()
    there = asyncio.run(worker.analyze(session.profile, catalog, opts))
    here = compute(session.profile, catalog, opts)
    assert there == here
    assert there.chosen.monthly_usd > 0


def test_a_conversation_through_the_worker_answers_as_one_in_place(worker: Worker, catalog: Catalog) -> None:
    async def talk(advisor: Advisor) -> list[str]:
        session = AdvisorSession(catalog)
        return [(await advisor.turn(session, text)).assistant for text in CONVERSATION]

    here = asyncio.run(talk(Advisor(OfflineAdvisorModel(), None)))
    there = asyncio.run(talk(Advisor(OfflineAdvisorModel(), None, worker=worker)))
    assert there == here
    assert any("### Recommendation" in answer for answer in there)  # it reached a recommendation


def test_work_given_to_a_worker_that_died_is_done_in_place_and_a_new_process_serves_the_next(catalog: Catalog) -> None:
    worker = Worker(catalog)
    try:
        session = AdvisorSession(catalog)
        reading = session.reading(CONVERSATION[1])
        expected = reading.read()
        assert asyncio.run(worker.read(reading)) == expected
        pool = worker._pool
        assert pool is not None
        for pid in list(pool._processes):  # the process is killed, as the kernel's OOM killer would
            os.kill(pid, signal.SIGKILL)
        assert asyncio.run(worker.read(reading)) == expected  # done in place
        assert worker.restarts == 1
        assert asyncio.run(worker.read(reading)) == expected  # in a new process
        assert worker._pool is not None and worker._pool is not pool
    finally:
        worker.close()


def test_an_analysis_of_another_catalog_is_computed_in_place(catalog: Catalog) -> None:
    other = load_catalog()
    worker = Worker(catalog)
    try:
        session = AdvisorSession(other)
        session.prepare(CONVERSATION[1])
        opts = AnalysisOptions()
        assert asyncio.run(worker.analyze(session.profile, other, opts)) == compute(session.profile, other, opts)
        assert worker._pool is None  # no process was started for it
    finally:
        worker.close()


def test_a_query_embedded_in_the_worker_is_the_query_embedded_in_place(catalog: Catalog) -> None:
    worker = Worker(catalog, make_embedder=default_embedder)
    here = default_embedder()
    texts = ["what does a GPU cost per month?", "about 5M tokens a day, mostly input"]
    try:
        there = worker.embed(texts)
        assert there.shape == (2, 384)
        assert np.allclose(there, here.embed(texts), atol=1e-6)
        pool = worker._pool
        assert pool is not None
        for pid in list(pool._processes):  # killed: the query is embedded here, and a new process started
            os.kill(pid, signal.SIGKILL)
        assert np.allclose(worker.embed(texts[:1]), here.embed(texts[:1]), atol=1e-6)
        assert worker.restarts == 1
    finally:
        worker.close()


def test_a_worker_given_no_embedder_refuses_to_embed(catalog: Catalog) -> None:
    with pytest.raises(RuntimeError):
        Worker(catalog).embed(["a query"])


def test_the_index_embeds_its_queries_where_it_is_told(tmp_path: Path) -> None:
    calls: list[list[str]] = []
    model = default_embedder()

    def elsewhere(texts: Sequence[str]) -> np.ndarray:
        calls.append(list(texts))
        return model.embed(texts)

    index = KnowledgeIndex(tmp_path / "index")
    index.build()
    alone = index.retrieve("is a reserved GPU cheaper than the API at 50M tokens a day?", 3)
    assert calls == []
    index.embed_queries_with(elsewhere)
    index.retrieve("how many engineers does self-hosting need?", 3)
    assert calls == [["how many engineers does self-hosting need?"]]
    index.embed_queries_with(None)
    assert index.retrieve("what about a third question here?", 3) and len(calls) == 1
    assert alone


def test_the_settings_choose_how_many_worker_processes(catalog: Catalog) -> None:
    assert make_worker(Settings(worker_processes=0), catalog) is None
    two = make_worker(Settings(worker_processes=2), catalog)
    assert two is not None and two.processes == 2 and two.catalog is catalog
    assert two.make_embedder is default_embedder  # the bundled model embeds queries beside the server
    remote = make_worker(Settings(worker_processes=1, embeddings="ollama:nomic-embed-text"), catalog)
    assert remote is not None and remote.make_embedder is None
    with pytest.raises(ValueError):
        Settings(worker_processes=-1)


_ORPHAN = """
import asyncio, os, sys
from assistant.conversation.session import AdvisorSession
from assistant.conversation.worker import Worker
from tools.catalog import load_catalog

if __name__ == "__main__":
    catalog = load_catalog()
    worker = Worker(catalog)
    asyncio.run(worker.read(AdvisorSession(catalog).reading("about 5M tokens a day")))
    print(*worker._pool._processes, flush=True)
    os.kill(os.getpid(), 9)  # the server killed: nothing stops its worker
"""


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split()[2] != "Z"
    except OSError:
        return False


def test_a_worker_process_ends_when_the_server_is_killed(tmp_path: Path) -> None:
    script = tmp_path / "server.py"
    script.write_text(_ORPHAN)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[1])}
    out = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=120)
    pids = [int(p) for p in out.stdout.split()]
    assert pids, out.stderr[-2000:]
    deadline = time.monotonic() + 10
    while any(_running(p) for p in pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_running(p) for p in pids)


def test_starting_the_worker_starts_every_process_before_the_first_message(catalog: Catalog) -> None:
    worker = Worker(catalog, processes=2)
    try:
        session = AdvisorSession(catalog)
        readings = [session.reading(t) for t in CONVERSATION[1:3]]
        session.prepare(CONVERSATION[1])
        asyncio.run(worker.start(readings, session.profile))
        assert worker._pool is not None and len(worker._pool._processes) == 2
        reading = session.reading(CONVERSATION[2])
        assert asyncio.run(worker.read(reading)) == reading.read()
    finally:
        worker.close()
