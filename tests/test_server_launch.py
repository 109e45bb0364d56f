"""``advisor ui``'s server (``assistant.web.serving.server``): the Chainlit app loaded as ``chainlit run`` loads it,
served by uvicorn on uvloop, without ``nest_asyncio``'s patch of the event loop."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "assistant" / "web" / "app.py"

# uvicorn.run replaced by a report of what the server would be started with, in a fresh interpreter
PROBE = """
import json, sys
import uvicorn
from assistant.web.serving import server

def run(app, **kw):
    from chainlit.config import config
    print(json.dumps({
        "kw": {k: v for k, v in kw.items() if k != "log_level"},
        "on_message": config.code.on_message is not None,
        "module": config.run.module_name,
        "headless": config.run.headless,
        "root_path": config.run.root_path,
        "nest_asyncio": "nest_asyncio" in sys.modules,
        "app": type(app).__name__,
    }))

uvicorn.run = run
server.main(sys.argv[1:])
"""


def _launch(tmp_path: Path, *args: str, **env: str) -> dict[str, object]:
    environ = {
        **os.environ,
        "ADVISOR_DATA_DIR": str(tmp_path),
        "ADVISOR_MODEL": "offline",
        "CHAINLIT_APP_ROOT": str(ROOT),
        **env,
    }
    for name in ("UVICORN_WS_PER_MESSAGE_DEFLATE", "CHAINLIT_ROOT_PATH", "CHAINLIT_SSL_CERT", "CHAINLIT_SSL_KEY"):
        if name not in env:
            environ.pop(name, None)
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(APP), *args],
        cwd=ROOT,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    report: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return report


def test_the_app_is_loaded_as_chainlit_run_loads_it_and_served_on_uvloop(tmp_path: Path) -> None:
    got = _launch(tmp_path, "127.0.0.1", "8765", "--headless")
    kw = got["kw"]
    assert isinstance(kw, dict)
    assert kw["loop"] == "uvloop" and kw["host"] == "127.0.0.1" and kw["port"] == 8765
    assert kw["ws"] == "auto" and kw["ws_per_message_deflate"] is True  # Chainlit's defaults
    assert kw["ssl_certfile"] is None and kw["ssl_keyfile"] is None
    assert got["on_message"] and got["module"] == str(APP) and got["headless"] is True and got["root_path"] == ""
    assert got["app"] == "FastAPI"
    assert got["nest_asyncio"] is False  # the loop is not patched for re-entry


def test_chainlit_environment_settings_are_honoured(tmp_path: Path) -> None:
    got = _launch(
        tmp_path,
        "0.0.0.0",
        "9001",
        UVICORN_WS_PER_MESSAGE_DEFLATE="false",
        CHAINLIT_ROOT_PATH="/advisor",
        UVICORN_WS_PROTOCOL="websockets",
    )
    kw = got["kw"]
    assert isinstance(kw, dict)
    assert kw["ws_per_message_deflate"] is False and kw["ws"] == "websockets"
    assert got["root_path"] == "/advisor" and got["headless"] is False


def test_advisor_ui_starts_this_server_in_a_fresh_process(monkeypatch: pytest.MonkeyPatch, advisor) -> None:
    started: list[tuple[str, list[str], dict[str, str]]] = []
    monkeypatch.setattr(os, "execve", lambda exe, argv, env: started.append((exe, list(argv), dict(env))))
    monkeypatch.setattr(os, "chdir", lambda path: None)
    run = advisor("ui", "--headless", "--port", "8123")
    assert run.code == 0, run.err
    [(exe, argv, env)] = started
    assert exe == sys.executable
    assert argv[1:3] == ["-m", "assistant.web.serving.server"]
    assert argv[3:] == [str(APP), "127.0.0.1", "8123", "--headless"]
    assert env["CHAINLIT_APP_ROOT"] == str(ROOT)
