"""The buttons under an answer: quick replies to the question just asked, the workload card and the export."""

from __future__ import annotations

from typing import Any

import chainlit as cl

from assistant.conversation.session import AdvisorSession


class Button(cl.Action):
    """A Chainlit action whose event is built directly: ``Action.send`` serialises the button with
    dataclasses-json on every send (about 0.11 ms a button; a turn asking the compliance question sends
    eight). The same dict, field for field; the payloads here are flat dicts of strings."""

    def to_dict(self, encode_json: bool = False) -> dict[str, Any]:
        if encode_json:
            return super().to_dict(encode_json)
        return {
            "name": self.name,
            "payload": dict(self.payload),
            "label": self.label,
            "tooltip": self.tooltip,
            "icon": self.icon,
            "forId": self.forId,
            "id": self.id,
        }


QUICK_REPLIES: dict[str, list[tuple[str, str]]] = {
    "input_share": [
        ("Mostly input", "mostly input"),
        ("About even", "half and half"),
        ("Mostly output", "mostly output"),
    ],
    "traffic_shape": [
        ("Steady 24/7", "steady traffic around the clock"),
        ("Business hours", "mostly business hours"),
        ("Bursty", "bursty, spiky traffic"),
    ],
    "compliance": [
        ("None", "no compliance requirements"),
        ("HIPAA", "HIPAA applies"),
        ("GDPR", "GDPR applies"),
        ("PCI-DSS", "PCI-DSS applies"),
        ("SOC 2", "SOC 2 applies"),
        ("FedRAMP", "FedRAMP applies"),
        ("Data residency", "data residency: data must stay in our region"),
        ("Air-gapped", "the system must be air-gapped"),
    ],
    "team": [
        ("No ML engineers", "no ML engineers, one DevOps person"),
        ("1-2 ML engineers", "we have 2 ML engineers"),
        ("MLOps team + Kubernetes", "we have an MLOps team and run Kubernetes"),
        ("We own GPUs", "we already have GPUs and run Kubernetes, 2 ML engineers"),
    ],
    "quality": [("Frontier quality", "we need frontier quality"), ("Open-weight is fine", "open source is fine")],
    "data_region": [
        ("EU", "the data must stay in the EU"),
        ("UK", "the data must stay in the UK"),
        ("US", "the data must stay in the US"),
        ("Canada", "the data must stay in Canada"),
        ("Anywhere but the US", "no US servers"),
    ],
}


def quick_replies(session: AdvisorSession) -> list[cl.Action]:
    for field in session.expecting:
        if field in QUICK_REPLIES:
            return [
                Button(name="quick_reply", payload={"text": text}, label=label) for label, text in QUICK_REPLIES[field]
            ]
    return []


def export_action() -> cl.Action:
    return Button(name="export", payload={}, label="Export report", icon="download")


def profile_action() -> cl.Action:
    return Button(name="show_profile", payload={}, label="Your workload", icon="user")
