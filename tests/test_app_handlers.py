"""Chainlit handlers exercised inside a real Chainlit (HTTP) context; what they send is captured."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from assistant.web import fmt

READY = "10M tokens a day, 80% input, steady, no compliance, no ML engineers, open source is fine"


@pytest.fixture
def app(offline_app):
    return offline_app  # the app on the offline model (conftest)


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Every message the handlers send (content, elements, actions)."""
    import chainlit as cl

    out: list[Any] = []

    async def send(self: Any) -> Any:
        out.append(self)
        return self

    monkeypatch.setattr(cl.Message, "send", send)
    return out


def run(coro: Any) -> Any:
    from chainlit.context import init_http_context

    async def inside() -> Any:
        init_http_context()
        return await coro

    return asyncio.run(inside())


def test_chat_start_message_quick_reply_settings_and_export(app, sent) -> None:
    import chainlit as cl
    from chainlit.context import init_http_context

    async def conversation() -> None:
        init_http_context(user=cl.User(identifier="ana"))
        await app.on_chat_start()
        session = cl.user_session.get("advisor_session")
        assert session is not None and session.profile.facts == {}

        await app.on_message(
            cl.Message(content="HIPAA hospital, about 40M tokens a day, mostly input, business hours, no ML engineers")
        )
        ask = sent[-1]
        assert "frontier quality" in ask.content.lower()
        assert [a.label for a in ask.actions] == ["Frontier quality", "Open-weight is fine"]

        await app.on_quick_reply(ask.actions[0])
        answer = sent[-1]
        assert "Recommendation:" in answer.content and session.baseline is not None
        assert "(recommended)" in answer.content and fmt.monthly(session.baseline.chosen.monthly_usd) in answer.content
        assert any(isinstance(e, cl.Plotly) for e in answer.elements)  # the chart
        custom = {e.name: e for e in answer.elements if isinstance(e, cl.CustomElement)}
        assert custom["Details"].props["sources"]  # citations, opened on click only
        assert not [e for e in answer.elements if getattr(e, "display", "") == "side"]  # nothing opens by itself
        assert {f["label"] for f in custom["ProfileCard"].props["facts"]} >= {"Volume", "Compliance", "Team"}
        assert any(a.name == "export" for a in answer.actions)

        before = session.baseline.self_host.monthly_usd
        await app.on_settings_update({"gpu": "h100", "gpu_hourly_usd": 9, "hidden_multiplier": 0})
        moved = sent[-1].content
        assert "Settings changed" in moved and "GPU price catalog price → $9/h" in moved
        after = session.baseline.self_host.monthly_usd
        assert after != before and f"${round(after):,}" in moved  # the update's words, in whole dollars
        assert f"${round(abs(after - before)):,} {'more' if after > before else 'less'}" in moved
        assert session.options.gpu == "h100" and session.baseline.self_host.gpu == "h100"

        await app.on_settings_update({"hours_per_month": 5000})
        assert "not applied" in sent[-1].content and session.options.hours_per_month == 720

        await app.on_message(cl.Message(content="/export"))
        files = {e.name: e.url for e in sent[-1].elements}
        assert set(files) == {
            "inference-advisor-report.pdf",
            "inference-advisor-report.html",
            "inference-advisor-summary.md",
            "inference-advisor-summary.json",
        }

        async def download(url: str, user: str = "ana") -> bytes | None:
            token, name = url.split("/")[-2:]
            found = await app.downloads().fetch(user, token, name)
            return None if found is None else found[0]

        md = await download(files["inference-advisor-summary.md"])
        assert md is not None and b"# Inference Advisor summary" in md
        assert (await download(files["inference-advisor-report.pdf"]) or b"").startswith(b"%PDF")
        assert await download(files["inference-advisor-report.pdf"], user="bob") is None  # not theirs
        await app.on_export_pdf(cl.Action(name="export_pdf", payload={}))
        assert (await download(sent[-1].elements[0].url) or b"").startswith(b"%PDF")
        for message in sent:  # nothing internal in any message
            assert not fmt.looks_internal(message.content), (message.content, fmt.looks_internal(message.content))

    asyncio.run(conversation())


def test_resume_restores_profile_and_scenarios(app, sent) -> None:
    import chainlit as cl
    from chainlit.context import init_http_context

    async def first() -> dict[str, Any]:
        init_http_context()
        await app.on_chat_start()
        await app.on_message(cl.Message(content=READY))
        await app.on_message(cl.Message(content="what if volume triples?"))
        return cl.user_session.get("advisor_session").to_dict()

    state = asyncio.run(first())

    async def resumed() -> None:
        init_http_context()
        thread = {"id": "t1", "metadata": {"advisor": state}, "steps": [], "elements": []}
        await app.on_chat_resume(thread)
        assert not sent or "Welcome back" not in sent[-1].content  # not before the stored thread is shown ...
        await cl.context.emitter.resume_thread(thread)  # (what Chainlit does once the handler returns)
        session = cl.user_session.get("advisor_session")
        assert session.baseline is not None and len(session.scenarios) == 1
        assert "Welcome back" in sent[-1].content and "What if volume triples" in sent[-1].content
        assert any(isinstance(e, cl.Plotly) for e in sent[-1].elements)  # the chart comes back
        assert any(a.name == "export" for a in sent[-1].actions)
        await app.on_message(cl.Message(content="what if volume doubles?"))
        assert "What if volume doubles" in sent[-1].content

    asyncio.run(resumed())


def test_bad_uploads_and_turn_failures_keep_the_session(app, sent, tmp_path, monkeypatch) -> None:
    import chainlit as cl
    from chainlit.context import init_http_context

    bad = tmp_path / "upload-123"
    bad.write_bytes(b"\x00\x01binary")

    class Upload:
        name, path = "slides.pptx", str(bad)

    async def go() -> None:
        init_http_context()
        await app.on_chat_start()
        await app.on_message(cl.Message(content="", elements=[Upload()]))
        assert "couldn't add that document" in sent[-1].content and "unsupported file type" in sent[-1].content

        session = cl.user_session.get("advisor_session")

        async def boom(*args: Any) -> Any:
            raise RuntimeError("provider exploded")

        from assistant.web.serving.runtime import runtime

        monkeypatch.setattr((await runtime()).advisor, "turn", boom)
        await app.on_message(cl.Message(content="50M tokens a day"))
        assert "something went wrong" in sent[-1].content.lower() and "unchanged" in sent[-1].content
        assert cl.user_session.get("advisor_session") is session

    asyncio.run(go())


def test_a_turns_tool_calls_are_one_step_sent_once_and_the_runtime_is_set_up_for_load(app, sent, monkeypatch) -> None:
    import gc

    import chainlit as cl
    from chainlit.context import init_http_context

    steps: list[tuple[str, str, str, str]] = []

    async def send(self: Any) -> Any:
        steps.append(("send", self.name, self.input, self.output))
        return self

    async def update(self: Any) -> bool:
        steps.append(("update", self.name, self.input, self.output))
        return True

    monkeypatch.setattr(cl.Step, "send", send)
    monkeypatch.setattr(cl.Step, "update", update)

    from assistant.interview.reading.team_count_patterns import role_count_patterns

    role_count_patterns.cache_clear()

    async def conversation() -> None:
        init_http_context()
        await app.warm_up()  # what the start-up hook runs (the runtime, then the process tuned for serving)
        # the reader's patterns built at start-up, not on the first user's message about their team
        assert role_count_patterns.cache_info().currsize == 1
        await app.on_chat_start()
        await app.on_message(cl.Message(content=READY))

    asyncio.run(conversation())
    # the turn's two tool calls (the analysis and its search) as one step, sent once: one event, one write
    assert [kind for kind, *_ in steps] == ["send"]
    (_, name, _, output) = steps[0]
    assert name.startswith("Priced") and "options at 300M/month" in name  # named for what each call did
    assert "; looked up 3 passages in the articles" in name
    assert "#### Priced" in output and "#### Looked up" in output  # each call's input and output, in turn
    assert "10.0M/day" in output and "/mo" in output and "json" not in output
    assert output.count("**Asked:**") == 2 and output.count("**Found:**") == 2
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold()[0] >= 10_000  # the young generation collected once every few turns, not ten times a turn
    from threadpoolctl import threadpool_info

    blas = [lib for lib in threadpool_info() if lib["user_api"] == "blas"]
    assert blas and all(lib["num_threads"] == 1 for lib in blas)  # one query at a time: one core


def test_a_models_reply_streams_into_the_chat_and_gives_way_to_the_answer(app, sent, monkeypatch) -> None:
    """LLM mode in the browser: the reply appears token by token as the model writes it; once the turn
    is answered the draft is withdrawn and the finished answer (with its actions) takes its place. The
    offline policy answers at once, without a draft."""
    import chainlit as cl
    from chainlit.context import init_http_context

    from assistant.agent.loop import Advisor
    from tests.fakes import streaming

    tokens: list[str] = []
    removed: list[str] = []

    async def stream_token(self: Any, token: str, is_sequence: bool = False) -> None:
        self.content += token
        tokens.append(token)

    async def remove(self: Any) -> bool:
        removed.append(self.content)
        return True

    monkeypatch.setattr(cl.Message, "stream_token", stream_token)
    monkeypatch.setattr(cl.Message, "remove", remove)
    reply = "Noted, 50M tokens a day. Is it mostly input (long prompts), mostly output, or about even?"

    async def go() -> None:
        init_http_context()
        await app.on_chat_start()
        from assistant.web.serving.runtime import runtime

        rt = await runtime()
        await app.on_message(cl.Message(content="about 50M tokens a day"))
        removed.clear()  # (the "getting ready" note of the first chat)
        assert tokens == []  # offline: no draft
        rt.advisor = Advisor(streaming(reply, delay_s=0.001), None, label="vllm:tiny")
        try:
            await app.on_message(cl.Message(content="about 50M tokens a day, mostly input"))
        finally:
            rt.advisor = rt.offline
        assert len(tokens) > 5 and "".join(tokens) == reply  # shown word by word as it came
        assert removed == [reply]  # the draft gave way ...
        assert sent[-1].content.startswith(reply[:20])  # ... to the checked answer

    asyncio.run(go())
