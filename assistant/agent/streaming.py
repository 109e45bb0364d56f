"""A reply streamed while the turn runs: where the draft goes (``ReplySink``) and the guard that passes it
on once its opening passes the checks a prefix allows, and withdraws it when the turn replaces it.
"""

from __future__ import annotations

from typing import Protocol

from langchain_core.messages import AIMessageChunk

from assistant.agent.grounding import echoes, template_tokens
from assistant.agent.messages import message_text


class ReplySink(Protocol):
    """Where a streamed draft goes while a turn runs (the final answer is the TurnRecord's)."""

    async def text(self, delta: str) -> None: ...

    async def discard(self) -> None: ...


class StreamGuard:
    """Passes a streamed reply on once its opening passes the checks a prefix allows, holding back a
    tail that may be the start of a template token; withdraws the draft when the turn replaces it."""

    HOLD = 48

    def __init__(self, sink: ReplySink, user: str) -> None:
        self.sink, self.user = sink, user
        self.buffer, self.sent, self.shown = "", 0, False
        self.tool_call = False

    async def new_call(self) -> None:
        await self.withdraw()
        self.buffer, self.sent, self.tool_call = "", 0, False

    async def withdraw(self) -> None:
        if self.shown:
            self.shown = False
            await self.sink.discard()

    async def feed(self, chunk: AIMessageChunk) -> None:
        if chunk.tool_call_chunks:
            self.tool_call = True
            await self.withdraw()
        if self.tool_call:
            return
        self.buffer += message_text(chunk)
        if self.sent == 0 and len(self.buffer.strip()) < self.HOLD:
            return
        if self.sent == 0 and (template_tokens(self.buffer) or echoes(self.buffer, self.user, min_words=3)):
            self.tool_call = True  # never shown: the final check refuses it
            return
        cut = len(self.buffer)
        tail = max(self.buffer.rfind("<", cut - 24), self.buffer.rfind("[", cut - 24))
        if tail >= self.sent:
            cut = tail
        if template_tokens(self.buffer[self.sent :]):
            self.tool_call = True
            await self.withdraw()
            return
        if cut > self.sent:
            self.shown = True
            await self.sink.text(self.buffer[self.sent : cut])
            self.sent = cut
