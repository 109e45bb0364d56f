"""A logged-in browser over Chainlit's real protocol: password login, uploads over HTTP, chat over socket.io."""

from __future__ import annotations

import asyncio
import json
import sys
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from chainlit_client import ChainlitSession


async def login(url: str, user: str, password: str) -> httpx.Response:
    async with httpx.AsyncClient(base_url=url, timeout=30) as http:
        return await http.post("/login", data={"username": user, "password": password})


class Browser(ChainlitSession):
    """ChainlitSession, logged in with a password (or a given token), with uploads and a chosen Origin."""

    def __init__(self, url: str, token: str | None = None, origin: str | None = None) -> None:
        super().__init__(url)
        self.token, self.origin = token, origin
        self.disconnected = asyncio.Event()

        @self.sio.on("disconnect")  # type: ignore[untyped-decorator]
        async def on_disconnect(*_: Any) -> None:
            self.disconnected.set()

    async def login(self, user: str, password: str) -> None:
        r = await login(self.url, user, password)
        r.raise_for_status()
        self.token = r.cookies.get("access_token") or r.json().get("access_token")

    async def connect(self) -> None:
        headers = {"Cookie": f"access_token={self.token}"}
        if self.origin:
            headers["Origin"] = self.origin
        await self.sio.connect(
            self.url,
            socketio_path="/ws/socket.io",
            transports=["websocket"],
            headers=headers,
            auth={
                "clientType": "webapp",
                "sessionId": self.session_id,
                "threadId": self.thread_id,
                "userEnv": json.dumps({}),
            },
            wait_timeout=20,
        )
        await self.sio.emit("connection_successful")
        await asyncio.wait_for(self._ready.wait(), 180)
        await asyncio.sleep(0.05)

    async def upload(self, name: str, content: bytes, mime: str = "text/markdown") -> str:
        """Upload a file as the browser does (HTTP, then its id goes with a message); returns the file id."""
        async with httpx.AsyncClient(base_url=self.url, timeout=60) as http:
            r = await http.post(
                "/project/file",
                params={"session_id": self.session_id},
                files={"file": (name, content, mime)},
                cookies={"access_token": self.token or ""},
            )
        r.raise_for_status()
        return str(r.json()["id"])

    async def send(self, text: str, file_ids: list[str] | None = None, timeout: float = 180) -> list[str]:
        """Send a message (with uploaded files); every assistant message of the answer."""
        self._task_end.clear()
        self._started = False
        before = len(self.messages)
        step = {
            "id": str(uuid.uuid4()),
            "threadId": self.thread_id,
            "type": "user_message",
            "name": "User",
            "output": text,
            "createdAt": datetime.now(UTC).isoformat(),
        }
        refs = [{"id": i} for i in file_ids or []]
        await self.sio.emit("client_message", {"message": step, "fileReferences": refs})
        await asyncio.wait_for(self._task_end.wait(), timeout)
        return [str(m.get("output", "")) for m in self.messages[before:] if m.get("type") == "assistant_message"]
