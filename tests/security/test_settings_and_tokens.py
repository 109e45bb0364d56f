"""Login cannot be half-configured or weak, and every token is checked against the configured users."""

from __future__ import annotations

import json
import time

import jwt
import pytest
from pydantic import ValidationError

from assistant.settings import Settings
from assistant.web.auth import TokenRefused, check_token, hash_password, origin_allowed, served_origins

SECRET = "s" * 40
HASH = hash_password("correct horse battery")


def token(identifier: str = "alice", key: str = SECRET, iat: float | None = None, exp: float | None = None) -> str:
    now = time.time()
    iat = now if iat is None else iat
    return jwt.encode({"identifier": identifier, "iat": int(iat), "exp": int(exp or now + 3600)}, key, "HS256")


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"ADVISOR_AUTH_SECRET": "a", "ADVISOR_USERS": json.dumps({"alice": HASH})}, "at least 32"),
        ({"ADVISOR_AUTH_SECRET": "x" * 31, "ADVISOR_USERS": json.dumps({"alice": HASH})}, "at least 32"),
        ({"ADVISOR_USERS": json.dumps({"alice": HASH})}, "ADVISOR_AUTH_SECRET is not"),
        ({"ADVISOR_AUTH_SECRET": "x" * 48}, "ADVISOR_USERS is empty"),
        ({"ADVISOR_AUTH_SECRET": "x" * 48, "ADVISOR_USERS": "{}"}, "ADVISOR_USERS is empty"),
    ],
)
def test_half_configured_or_weak_login_refuses_to_start(
    env: dict[str, str], message: str, monkeypatch: pytest.MonkeyPatch, advisor, tmp_path
) -> None:
    for name in ("ADVISOR_AUTH_SECRET", "ADVISOR_USERS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("ADVISOR_DATA_DIR", str(tmp_path))
    with pytest.raises(ValidationError, match=message):
        Settings()
    run = advisor("ui", "--headless", "--port", "8999")
    assert run.code == 2 and run.out == ""
    assert len(run.err.strip().splitlines()) == 1 and message in run.err
    assert not list(tmp_path.iterdir())  # nothing was started or written


def test_login_on_with_a_strong_secret_and_users(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADVISOR_AUTH_SECRET", "k" * 32)
    monkeypatch.setenv("ADVISOR_USERS", json.dumps({"alice": HASH}))
    s = Settings()
    assert s.login and s.token_lifetime_s == 86_400 and not s.https
    monkeypatch.delenv("ADVISOR_AUTH_SECRET")
    monkeypatch.delenv("ADVISOR_USERS")
    assert not Settings().login


def test_tokens_are_checked_against_the_configured_users() -> None:
    users = {"alice", "bob"}
    assert check_token(token("alice"), SECRET, users, 86_400) == "alice"
    refused = {
        "wrong secret": token("alice", key="t" * 40),
        "not configured": token("mallory"),
        "removed": token("carol"),
        "too old for the lifetime": token("alice", iat=time.time() - 2 * 86_400),
        "expired": token("alice", iat=time.time() - 7200, exp=time.time() - 3600),
        "issued in the future": token("alice", iat=time.time() + 3600),
        "unsigned": jwt.encode({"identifier": "alice", "iat": int(time.time()), "exp": 2**40}, None, "none"),
        "no times": jwt.encode({"identifier": "alice"}, SECRET, "HS256"),
        "garbage": "a.b.c",
    }
    for what, tok in refused.items():
        with pytest.raises(TokenRefused):
            check_token(tok, SECRET, users, 86_400)
            pytest.fail(what)
    # a lifetime shortened in the settings applies at once to tokens already issued
    old = token("alice", iat=time.time() - 7200)
    assert check_token(old, SECRET, users, 86_400) == "alice"
    with pytest.raises(TokenRefused):
        check_token(old, SECRET, users, 3600)
    # without login only the local user exists
    assert check_token(token("local"), SECRET, None, 86_400) == "local"
    with pytest.raises(TokenRefused):
        check_token(token("alice"), SECRET, None, 86_400)


def test_origins_default_to_the_served_host_and_port() -> None:
    allowed = served_origins("127.0.0.1", 8123, [])
    for ok in ("http://127.0.0.1:8123", "http://localhost:8123", "https://localhost:8123", None):
        assert origin_allowed(ok, allowed), ok
    for bad in (
        "http://evil.example",
        "http://localhost:8124",
        "http://127.0.0.1",
        "null",
        "http://localhost:8123.evil",
    ):
        assert not origin_allowed(bad, allowed), bad
    behind_proxy = served_origins("0.0.0.0", 8000, ["https://advisor.example.com"])
    assert origin_allowed("https://advisor.example.com", behind_proxy)
    assert not origin_allowed("https://advisor.example.com.evil", behind_proxy)


def test_allowed_origins_setting_is_validated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADVISOR_ALLOWED_ORIGINS", '["https://advisor.example.com/"]')
    assert Settings().allowed_origins == ["https://advisor.example.com"]
    monkeypatch.setenv("ADVISOR_ALLOWED_ORIGINS", '["advisor.example.com"]')
    with pytest.raises(ValidationError, match="scheme://host"):
        Settings()
