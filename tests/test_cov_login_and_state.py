"""Password login and the success path of loading a saved conversation (issue 14: both were untested)."""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path
from typing import Any

import pytest

from assistant.web.auth import hash_password, verify_password

# ------------------------------------------------------------------------------------------ passwords


def test_a_hash_verifies_only_its_own_password() -> None:
    stored = hash_password("correct horse battery", salt="fixed-salt")
    scheme, iterations, salt, digest = stored.split("$")
    assert (scheme, salt) == ("pbkdf2_sha256", "fixed-salt") and int(iterations) >= 100_000
    assert len(digest) == 64  # SHA-256 in hex
    assert verify_password("correct horse battery", stored)
    assert not verify_password("correct horse batterY", stored)
    assert hash_password("x") != hash_password("x")  # a fresh salt each time


@pytest.mark.parametrize(
    "stored",
    ["", "not-a-hash", "md5$1$salt$abc", "pbkdf2_sha256$1000$salt"],
)
def test_malformed_stored_hashes_never_verify(stored: str) -> None:
    assert not verify_password("anything", stored)


def test_password_login_accepts_configured_users_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from chainlit.config import config

    from assistant.settings import get_settings

    monkeypatch.setattr(config.code, "password_auth_callback", None)
    monkeypatch.setattr(config.code, "header_auth_callback", config.code.header_auth_callback)
    monkeypatch.setenv("CHAINLIT_AUTH_SECRET", "placeholder-restored-after-the-test")
    monkeypatch.setenv("ADVISOR_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("ADVISOR_AUTH_SECRET", "s" * 40)
    monkeypatch.setenv("ADVISOR_USERS", json.dumps({"alice": hash_password("wonderland")}))
    get_settings.cache_clear()
    from tests.web_app import fresh_app

    try:
        module = fresh_app()
        assert config.code.password_auth_callback is None  # importing the app does no work ...
        module.configure(get_settings())  # ... its start-up hook wires the login
        login = config.code.password_auth_callback
        assert login is not None and config.code.header_auth_callback is None
        assert os.environ["CHAINLIT_AUTH_SECRET"] == "s" * 40

        user = asyncio.run(login("alice", "wonderland"))
        assert user is not None and user.identifier == "alice"
        assert user.metadata["provider"] == "credentials"
        assert asyncio.run(login("alice", "Wonderland")) is None
        assert asyncio.run(login("bob", "wonderland")) is None
        assert asyncio.run(login("", "")) is None
    finally:
        get_settings.cache_clear()


# ------------------------------------------------------------------------------------------ saved state


def test_a_saved_conversation_loads_back_with_profile_baseline_and_scenarios(tmp_path: Path, catalog: Any) -> None:
    from chainlit.context import init_http_context

    from assistant.agent.loop import Advisor
    from assistant.agent.offline import OfflineAdvisorModel
    from assistant.conversation.session import AdvisorSession
    from assistant.decision.analysis import analyze
    from assistant.web.history import AdvisorDataLayer, create_schema

    session = AdvisorSession(catalog)
    advisor = Advisor(OfflineAdvisorModel(), None)
    ready = "10M tokens a day, 80% input, steady, no compliance, no ML engineers, open source is fine"

    async def conversation() -> None:
        await advisor.turn(session, ready)
        await advisor.turn(session, "what if volume triples?")

    asyncio.run(conversation())
    assert session.baseline is not None and session.scenarios

    url = f"sqlite+aiosqlite:///{tmp_path / 'history.sqlite3'}"
    asyncio.run(create_schema(url))
    layer = AdvisorDataLayer(url)

    async def round_trip() -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
        init_http_context()
        await layer.save_advisor_state("thread-1", session.to_dict())
        return await layer.load_advisor_state("thread-1"), await layer.load_advisor_state("thread-2")

    try:
        loaded, absent = asyncio.run(round_trip())
    finally:
        asyncio.run(layer.engine.dispose())
    assert absent is None
    assert loaded is not None
    restored = AdvisorSession.from_dict(loaded, catalog)
    assert restored.id == session.id
    assert restored.profile.get("tokens_per_month") == 300e6  # 10M a day x 30
    assert restored.profile.get("input_share") == 0.8
    assert restored.profile.facts["tokens_per_month"].quote == session.profile.facts["tokens_per_month"].quote
    assert restored.baseline is not None and restored.baseline.headline == session.baseline.headline
    assert [s.label for s in restored.scenarios] == [s.label for s in session.scenarios]
    # the restored profile gives the same recommendation and cost as the live one
    again = analyze(restored.profile, catalog, restored.options)
    assert again.chosen.name == session.baseline.chosen.name
    assert again.chosen.monthly_usd == pytest.approx(session.baseline.chosen.monthly_usd)
