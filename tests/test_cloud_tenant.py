"""'Our Azure tenant': the cloud a tenant is in binds the dedicated deployments that may be recommended."""

from __future__ import annotations

import asyncio

import pytest

from assistant.interview.reading import parse_message


@pytest.mark.parametrize(
    ("text", "cloud"),
    [
        ("the data can be in our Azure, but please not send to OpenAI public api, legal say no", "azure"),
        ("can stay in our Azure tenant but not a public API", "azure"),
        ("we're all-in on AWS, data must stay in our VPC", "aws"),
        ("must stay in our own AWS account", "aws"),
        ("we run everything in GCP", "gcp"),
        ("not AWS, our Azure subscription only", "azure"),
        ("our competitor runs on AWS", None),  # someone else's
        ("is Azure better than AWS?", None),  # a question
        ("would our Azure tenant be enough?", None),
        ("we are not on AWS", None),  # denied
        ("we have Azure credits", None),  # no tenant stated
    ],
)
def test_the_cloud_of_their_own_tenant_is_read_only_when_stated(text: str, cloud: str | None) -> None:
    read = {u.field: u.value for u in parse_message(text).updates}
    assert read.get("cloud_provider") == cloud, read


def _conversation(lines: list[str]):  # type: ignore[no-untyped-def]
    from assistant.agent.loop import Advisor
    from assistant.agent.offline import OfflineAdvisorModel
    from assistant.conversation.session import AdvisorSession
    from assistant.decision.inputs import AnalysisOptions
    from tools.catalog import load_catalog

    session = AdvisorSession(load_catalog(), AnalysisOptions())
    advisor = Advisor(OfflineAdvisorModel(), None)

    async def talk() -> list[str]:
        return [(await advisor.turn(session, line)).assistant for line in lines]

    return session, asyncio.run(talk())


BASE = [
    "about 4M tokens a day, 90% input, business hours, GDPR applies, 2 devops and no ML engineers",
    "a mid-tier model like gpt-4o-mini is enough",
]


def test_a_deployment_in_another_cloud_is_excluded_with_the_reason() -> None:
    session, _ = _conversation([*BASE, "the data can stay in our Azure tenant, not a public API"])
    a = session.baseline
    assert a is not None and a.option == "dedicated_deployment"
    assert "Azure" in a.chosen.name  # their cloud
    bedrock = [e for e in a.excluded if "Bedrock" in e.name]
    assert bedrock and all("runs in AWS" in e.reason and "Azure tenant" in e.reason for e in bedrock)


def test_without_a_named_cloud_every_cloud_tenancy_stays_open() -> None:
    session, _ = _conversation([*BASE, "the data must stay in our own cloud tenant, not a public API"])
    a = session.baseline
    assert a is not None and a.option == "dedicated_deployment"
    assert not [e for e in a.excluded if "runs in AWS" in e.reason or "runs in Azure" in e.reason]


def test_how_after_a_what_if_shows_the_what_ifs_arithmetic() -> None:
    _session, replies = _conversation(
        [*BASE, "data may go to any API", "what if the volume triples?", "how did you compute that?"]
    )
    how = replies[-1]
    # 4M a day x 3 = 12M a day, 90% input: 324M in + 36M out a month (30 days)
    assert "12M a day" in how and "324M input + 36M output" in how, how


def test_self_hosting_a_named_open_model_is_priced_on_gpus_with_its_arithmetic() -> None:
    session, replies = _conversation(
        [
            "about 20M tokens a day, mix is like 3 parts prompt to 1 part completion, business hours, no compliance",
            "team: me + 3 backend engs, nobody has shipped a model to prod",
            "we'd need near-sonnet quality",
            "what would it cost to self-host llama 3.3 70b?",
        ]
    )
    assert session.profile.get("input_share") == 0.75
    assert session.profile.get("team")["ml_engineers"] == 0
    answer = replies[-1]
    assert "Self-host Llama 3.3 70B on" in answer and "(API)" not in answer, answer
    assert "GPU rental" in answer and "/h x" in answer  # the rental's own hours, not 720 h at a made-up rate
    assert "not the hiring" in answer
