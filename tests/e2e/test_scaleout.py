"""Scale-out on real components: a Chroma server and PostgreSQL on loopback carry the app's
index and history; the app restarts and the thread resumes."""

from __future__ import annotations

import asyncio
import glob
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import App
from tests.net import free_port

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from chainlit_client import ChainlitSession

PG_BIN = sorted(glob.glob("/usr/lib/postgresql/*/bin"))


def _as_postgres(*argv: str) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *argv] if os.geteuid() == 0 else list(argv)


@pytest.fixture
def postgres(tmp_path: Path) -> Iterator[str]:
    if not PG_BIN:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL must be installed in CI (Debian package postgresql, see .ci/run)")
        pytest.skip("PostgreSQL is not installed (apt-get install postgresql)")
    bin_dir = Path(PG_BIN[-1])
    root = Path(tempfile.mkdtemp(prefix="advisor-pg-"))  # pytest's own temp root is private to root
    root.chmod(0o755)
    data, sock = root / "data", root / "sock"
    data.mkdir()
    sock.mkdir()
    if os.geteuid() == 0:
        shutil.chown(data, "postgres")
        shutil.chown(sock, "postgres")
    port = free_port()
    subprocess.run(
        _as_postgres(str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust"),
        check=True,
        capture_output=True,
    )
    subprocess.run(
        _as_postgres(
            str(bin_dir / "pg_ctl"),
            "-D",
            str(data),
            "-w",
            "-l",
            str(data / "log"),
            "-o",
            f"-p {port} -k {sock} -c listen_addresses=127.0.0.1",
            "start",
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_postgres(str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"), capture_output=True
        )
        shutil.rmtree(root, ignore_errors=True)


def test_conversation_with_history_through_chroma_server_and_postgres(
    tmp_path, postgres, chroma_server, monkeypatch
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    app = App(data, free_port())
    monkeypatch.setenv("DATABASE_URL", postgres)  # the app process inherits these
    monkeypatch.setenv("ADVISOR_CHROMA_HOST", "127.0.0.1")
    monkeypatch.setenv("ADVISOR_CHROMA_PORT", str(chroma_server))
    try:
        app.start()

        async def first() -> str:
            s = ChainlitSession(app.url)
            await s.connect()
            await s.ask("about 50M tokens a day, mostly input, steady, no compliance, 2 ML engineers")
            _, _, answer = await s.ask("open source is fine")
            assert "Recommendation:" in answer  # searched the index on the Chroma server (sources are elements)
            _, _, scenario = await s.ask("what if volume triples?")
            assert "What if" in scenario
            await s.close()
            return s.thread_id

        thread_id = asyncio.run(first())
        assert not (data / "history.sqlite3").exists() and not (data / "index").exists()
        app.stop()
        app.start()

        async def resumed() -> None:
            s = ChainlitSession(app.url, thread_id=thread_id)
            await s.connect()
            assert "1 scenario" in await s.wait_for("Welcome back", 120)
            _, _, answer = await s.ask("what if volume doubles?")
            assert "What if volume doubles" in answer
            await s.close()

        asyncio.run(resumed())
        rows = subprocess.run(
            ["psql", postgres, "-tAc", 'select count(distinct "threadId") from advisor_turns'],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        assert int(rows) == 1
    finally:
        app.stop()
