"""A bare Chainlit app that echoes each message: the yardstick `load.py` measures the advisor against.

Same Chainlit, same configuration and the same header login as the advisor; no data layer, no agent.
"""

from __future__ import annotations

from typing import Any

import chainlit as cl


@cl.header_auth_callback
async def local_user(headers: Any) -> cl.User | None:
    return cl.User(identifier="local", metadata={"role": "user", "provider": "local"})


@cl.on_chat_start
async def start() -> None:
    await cl.ChatSettings([]).send()  # the load client, like the browser, waits for the chat's settings


@cl.on_message
async def echo(message: cl.Message) -> None:
    await cl.Message(content=f"You said: {message.content}").send()
