"""A live server over Chainlit's websocket protocol: crash and resume, two users at once."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))
from chainlit_client import ChainlitSession


def test_killed_server_resumes_everything_acknowledged(app) -> None:
    async def before_crash() -> str:
        s = ChainlitSession(app.url)
        await s.connect()
        await s.ask("HIPAA hospital: about 40M tokens a day, mostly input, business hours, no ML engineers")
        _, _, answer = await s.ask("we need frontier quality")
        assert "Recommendation:" in answer
        _, _, scenario = await s.ask("what if volume triples?")
        assert "What if volume triples" in scenario
        return s.thread_id  # the process is killed without a clean disconnect

    thread_id = asyncio.run(before_crash())
    app.stop(kill=True)
    app.start()

    async def after_restart() -> None:
        s = ChainlitSession(app.url, thread_id=thread_id)
        await s.connect()
        welcome = await s.wait_for("Welcome back")
        assert "1 scenario" in welcome
        _, _, answer = await s.ask("what if volume doubles?")
        assert "What if volume doubles" in answer
        # the hospital's baseline came back: the what-if is priced against its GPT-5 recommendation
        assert "The recommendation stays" in answer and "GPT-5" in answer
        await s.close()

    asyncio.run(after_restart())


def test_two_users_never_see_each_other(app) -> None:
    async def user(first: str, second: str) -> tuple[str, str]:
        s = ChainlitSession(app.url)
        await s.connect()
        await s.ask(first)
        _, _, answer = await s.ask(second)
        _, _, export = await s.ask("/export")
        await s.close()
        return answer, export

    async def both() -> tuple[tuple[str, str], tuple[str, str]]:
        return await asyncio.gather(
            user(
                "we're a hospital, HIPAA, 40M tokens a day, mostly input, business hours, no ML engineers",
                "we need frontier quality",
            ),
            user(
                "startup: 2M tokens a day, half and half, bursty, no compliance, no ML engineers", "open source is fine"
            ),
        )

    (hospital, hospital_export), (startup, startup_export) = asyncio.run(both())
    # HIPAA keeps only providers that sign a business associate agreement: said for the hospital alone
    assert "business associate agreement" in hospital and "business associate agreement" not in startup
    assert "40M tokens a day" not in startup and "2M tokens a day" not in hospital
    assert "summary" in hospital_export and "summary" in startup_export
