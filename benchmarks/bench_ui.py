"""Cold start (process start to first answer) and time to first token of the web app, offline.

Starts `advisor ui` on a free port with a fresh data directory (the knowledge index is copied
from INDEX_DIR when given, else built on first start), then talks to it over the websocket
protocol. Targets: cold start under 15 s, first token under 1 s after that. Prints; never fails.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from chainlit_client import ChainlitSession, start_app


async def main() -> None:
    start = time.perf_counter()
    proc, url = await start_app(Path(tempfile.mkdtemp()), sys.argv[1] if len(sys.argv) > 1 else None)
    try:
        up = time.perf_counter() - start
        session = ChainlitSession(url)
        await session.connect()
        _first, total, _ = await session.ask(
            "about 50M tokens a day, mostly input, steady, no compliance, 2 ML engineers, open source is fine"
        )
        cold = time.perf_counter() - start
        ttfts = []
        for text in ["what if volume triples?", "on H100s?", "back to baseline", "with spot instances?"]:
            f, _t, _a = await session.ask(text)
            ttfts.append(f)
        await session.close()
        print(
            f"server listening after {up:.1f} s; first answer (cold start) after {cold:.1f} s "
            f"(target < 15 s: {'met' if cold < 15 else 'MISSED'}); first-turn answer took {total:.2f} s"
        )
        print(
            f"time to first token after start-up: {', '.join(f'{t * 1000:.0f} ms' for t in ttfts)} "
            f"(target < 1 s: {'met' if max(ttfts) < 1 else 'MISSED'})"
        )
    finally:
        proc.terminate()
        proc.wait(timeout=30)


if __name__ == "__main__":
    asyncio.run(main())
