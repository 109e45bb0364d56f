"""`advisor chat --script FILE --jsonl` answers turn by turn: a line is out before the next turn is even written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path


def test_jsonl_streams_one_json_line_per_turn(tmp_path: Path, full_index) -> None:
    fifo = tmp_path / "turns"
    os.mkfifo(fifo)
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADVISOR_")}
    env.update(ADVISOR_DATA_DIR=str(tmp_path / "data"), ADVISOR_INDEX_DIR=str(full_index.path), ADVISOR_MODEL="offline")
    proc = subprocess.Popen(
        [str(Path(sys.executable).parent / "advisor"), "chat", "--script", str(fifo), "--jsonl"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    timer = threading.Timer(600, proc.kill)
    timer.start()
    try:
        assert proc.stdout is not None
        with fifo.open("w") as writer:
            writer.write("we're a startup: 2M tokens a day, mostly input, bursty, no compliance\n")
            writer.flush()
            first = json.loads(proc.stdout.readline())  # answered while the script is still open
            assert first["turn"] == 1 and "2M tokens a day" in first["assistant"]
            writer.write("\n\nwhat if volume triples?\n")
            writer.flush()
            second = json.loads(proc.stdout.readline())
            assert second["turn"] == 2 and second["user"] == "what if volume triples?" and second["assistant"]
        assert proc.stdout.read() == "" and proc.wait() == 0
    finally:
        timer.cancel()
        proc.kill()
        proc.wait()
    for turn in (first, second):
        assert {"user", "assistant", "tool_calls", "citations", "notices"} <= set(turn)


def test_jsonl_needs_a_script(advisor) -> None:
    run = advisor("chat", "--jsonl")
    assert run.code == 2 and "--script" in run.err and len(run.err.strip().splitlines()) == 1
