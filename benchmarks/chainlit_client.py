"""A Chainlit session over the real websocket protocol (python-socketio), for benchmarks and load."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import socketio


class ChainlitSession:
    """One browser-like session: log in (header auth), connect, send messages, time the answers."""

    def __init__(self, url: str, thread_id: str | None = None) -> None:
        self.url = url.rstrip("/")
        self.thread_id = thread_id or str(uuid.uuid4())
        self.session_id = str(uuid.uuid4())
        self.sio = socketio.AsyncClient(reconnection=False, request_timeout=60)
        self.messages: list[dict[str, Any]] = []
        self._task_end = asyncio.Event()
        self._started = False
        self._ready = asyncio.Event()
        self._first_token: float | None = None

        @self.sio.on("new_message")  # type: ignore[untyped-decorator]
        async def on_new(data: dict[str, Any]) -> None:
            if self._first_token is None and data.get("type") == "assistant_message":
                self._first_token = time.perf_counter()
            self.messages.append(data)

        @self.sio.on("stream_start")  # type: ignore[untyped-decorator]
        async def on_stream(data: dict[str, Any]) -> None:
            if self._first_token is None:
                self._first_token = time.perf_counter()

        @self.sio.on("task_start")  # type: ignore[untyped-decorator]
        async def on_start(*_: Any) -> None:
            self._started = True

        @self.sio.on("task_end")  # type: ignore[untyped-decorator]
        async def on_end(*_: Any) -> None:
            if self._started:  # the end of the task our message started
                self._task_end.set()

        @self.sio.on("chat_settings")  # type: ignore[untyped-decorator]
        async def on_settings(*_: Any) -> None:
            self._ready.set()  # chat start (or resume) has finished

    async def connect(self) -> None:
        async with httpx.AsyncClient(base_url=self.url, timeout=30) as http:
            r = await http.post("/auth/header")
            r.raise_for_status()
            cookie = "; ".join(f"{k}={v}" for k, v in http.cookies.items())
        await self.sio.connect(
            self.url,
            socketio_path="/ws/socket.io",
            transports=["websocket"],
            headers={"Cookie": cookie},
            auth={
                "clientType": "webapp",
                "sessionId": self.session_id,
                "threadId": self.thread_id,
                "userEnv": json.dumps({}),
            },
            wait_timeout=20,  # the browser's socket.io client waits 20 s for the namespace to connect
        )
        await self.sio.emit("connection_successful")
        await asyncio.wait_for(self._ready.wait(), 180)  # on_chat_start (or resume) done
        await asyncio.sleep(0.05)

    async def ask(self, text: str, timeout: float = 120) -> tuple[float, float, str]:
        """Send one message; (seconds to first answer, seconds to task end, answer text)."""
        self._task_end.clear()
        self._started = False
        self._first_token = None
        before = len(self.messages)
        start = time.perf_counter()
        step = {
            "id": str(uuid.uuid4()),
            "threadId": self.thread_id,
            "type": "user_message",
            "name": "User",
            "output": text,
            "createdAt": datetime.now(UTC).isoformat(),
        }
        await self.sio.emit("client_message", {"message": step, "fileReferences": []})
        await asyncio.wait_for(self._task_end.wait(), timeout)
        end = time.perf_counter()
        answers = [m.get("output", "") for m in self.messages[before:] if m.get("type") == "assistant_message"]
        first = (self._first_token or end) - start
        return first, end - start, answers[-1] if answers else ""

    async def wait_for(self, text: str, timeout: float = 30) -> str:
        """The first assistant message containing ``text`` (waits for it to arrive)."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            for m in self.messages:
                if m.get("type") == "assistant_message" and text in m.get("output", ""):
                    return str(m["output"])
            await asyncio.sleep(0.1)
        raise TimeoutError(f"no message containing {text!r}")

    async def close(self) -> None:
        await self.sio.disconnect()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def start_echo_app() -> tuple[subprocess.Popen[bytes], str]:
    """The bare Chainlit echo app (`echo_app.py`) on a free loopback port, once it answers."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    root = Path(__file__).resolve().parents[1]  # the same .chainlit/config.toml as the advisor
    env = {**os.environ, "CHAINLIT_APP_ROOT": str(root), "CHAINLIT_AUTH_SECRET": uuid.uuid4().hex * 2}
    proc = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "chainlit"),
            "run",
            str(Path(__file__).with_name("echo_app.py")),
            "--headless",
            "--port",
            str(port),
        ],
        env=env,
        cwd=root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    await _until_up(url)
    return proc, url


async def _until_up(url: str) -> None:
    async with httpx.AsyncClient() as http:
        while True:
            try:
                if (await http.get(url, timeout=1)).status_code == 200:
                    return
            except httpx.HTTPError:
                await asyncio.sleep(0.2)


async def start_app(data: Path, index: str | None = None) -> tuple[subprocess.Popen[bytes], str]:
    """`advisor ui` (offline) on a free loopback port with its own data directory, once it answers."""
    if index:
        shutil.copytree(index, data / "index")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "ADVISOR_DATA_DIR": str(data), "ADVISOR_MODEL": "offline"}
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "advisor"), "ui", "--headless", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    await _until_up(url)
    return proc, url
