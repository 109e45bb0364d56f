"""The buttons under an answer reach the browser exactly as Chainlit's own actions would."""

from __future__ import annotations

import chainlit as cl

from assistant.web.actions import QUICK_REPLIES, Button, export_action, profile_action


def test_a_button_is_sent_as_the_action_chainlit_would_send() -> None:
    buttons = [export_action(), profile_action()] + [
        Button(name="quick_reply", payload={"text": text}, label=label)
        for replies in QUICK_REPLIES.values()
        for label, text in replies
    ]
    for button in buttons:
        button.forId = "message-1"
        plain = cl.Action(
            name=button.name,
            payload=button.payload,
            label=button.label,
            tooltip=button.tooltip,
            icon=button.icon,
            forId=button.forId,
            id=button.id,
        )
        assert isinstance(button, cl.Action)
        sent = button.to_dict()
        assert sent == plain.to_dict()
        assert list(sent) == list(plain.to_dict())  # the same keys in the same order
        assert sent["payload"] is not button.payload  # a copy, as dataclasses-json makes
        assert button.to_dict(encode_json=True) == plain.to_dict(encode_json=True)
