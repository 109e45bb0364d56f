"""Attacks run against the real app: `advisor ui` on a free loopback port, two configured users."""

from __future__ import annotations

import json
import os
import secrets
import shutil
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.net import free_port

PASSWORDS = {"alice": "alice-password-1", "bob": "bob-password-22"}


class Server:
    """The app as a user runs it, with its own data directory and configuration."""

    def __init__(self, data: Path, env: dict[str, str]) -> None:
        self.data, self.env = data, env
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float = 300) -> None:
        log = open(self.data / "app.log", "ab")  # noqa: SIM115 - kept open for the process
        self.proc = subprocess.Popen(
            [str(Path(sys.executable).parent / "advisor"), "ui", "--headless", "--port", str(self.port)],
            env=self.env,
            stdout=log,
            stderr=log,
        )
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the app exited: {self.log()[-2000:]}")
            try:
                with urllib.request.urlopen(self.url, timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                time.sleep(0.5)
        raise TimeoutError("the app did not come up")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(timeout=30)
            self.proc = None

    def log(self) -> str:
        return (self.data / "app.log").read_text(errors="replace")


def server_env(data: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADVISOR_")}
    env.update({"ADVISOR_DATA_DIR": str(data), "ADVISOR_MODEL": "offline", **extra})
    return env


@pytest.fixture(scope="module")
def hashes() -> dict[str, str]:
    from assistant.web.auth import hash_password

    return {name: hash_password(pw) for name, pw in PASSWORDS.items()}


@pytest.fixture
def two_users(tmp_path: Path, full_index, hashes: dict[str, str]) -> Iterator[Server]:
    """The app with login on for alice and bob (a 48-byte secret), offline model."""
    data = tmp_path / "data"
    data.mkdir()
    shutil.copytree(full_index.path, data / "index")
    env = server_env(
        data,
        ADVISOR_AUTH_SECRET=secrets.token_urlsafe(48),
        ADVISOR_USERS=json.dumps(hashes),
        ADVISOR_INGEST_MAX_CHARS="200000",
        ADVISOR_INGEST_TIMEOUT_S="60",
    )
    server = Server(data, env)
    server.start()
    yield server
    server.stop()
