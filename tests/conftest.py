from __future__ import annotations

import io
import json
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from knowledge.index import KnowledgeIndex
from tests.net import free_port
from tools.catalog import Catalog, load_catalog


@pytest.fixture(autouse=True)
def _fresh_analyses() -> None:
    """Each test computes its analyses afresh (tests change rules and prices the memo does not key on)."""
    from assistant.decision.analysis import _MEMO

    _MEMO.clear()


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture(scope="session")
def full_index(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeIndex:
    """The whole knowledge base indexed once per test session (about 20 s)."""
    index = KnowledgeIndex(tmp_path_factory.mktemp("full") / "index")
    index.ensure()
    return index


@pytest.fixture
def offline_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, full_index: KnowledgeIndex) -> Iterator[Any]:
    """The Chainlit app loaded afresh on the offline model, with this test's data folder and the shared index."""
    from assistant.settings import get_settings
    from knowledge.service import open_index
    from tests.web_app import fresh_app

    monkeypatch.setenv("ADVISOR_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("ADVISOR_INDEX_DIR", str(full_index.path))
    monkeypatch.setenv("ADVISOR_MODEL", "offline")
    get_settings.cache_clear()
    open_index.cache_clear()
    yield fresh_app()
    get_settings.cache_clear()
    open_index.cache_clear()


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[int]:
    """A real Chroma server (`chroma run`) on a free loopback port; yields the port."""
    port = free_port()
    proc = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "chroma"),
            "run",
            "--path",
            str(tmp_path / "chroma"),
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.3)
    yield port
    proc.terminate()
    proc.wait(timeout=30)


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture
def advisor(monkeypatch: pytest.MonkeyPatch) -> Callable[..., Run]:
    """Run the `advisor` command line in-process and capture what it prints."""
    from assistant.cli.main import main
    from assistant.settings import get_settings

    for var in ("ADVISOR_PRICE_FILE", "ADVISOR_PRICES", "ADVISOR_MODEL"):
        monkeypatch.delenv(var, raising=False)
    get_settings.cache_clear()

    def run(*argv: str) -> Run:
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            try:
                code = main(list(argv))
            except SystemExit as exc:  # argparse errors
                code = int(exc.code or 0)
        return Run(code, out.getvalue(), err.getvalue())

    return run
