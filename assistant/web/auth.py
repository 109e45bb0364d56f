"""Password hashing for the optional login (users come from configuration, never plain text)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from pathlib import Path

ITERATIONS = 200_000


def hash_password(password: str, salt: str | None = None) -> str:
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), ITERATIONS).hex()
    return f"pbkdf2_sha256${ITERATIONS}${salt}${digest}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, iterations, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "pbkdf2_sha256":
        return False
    candidate = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), int(iterations)).hex()
    return hmac.compare_digest(candidate, digest)


def local_secret(data_dir: Path) -> str:
    """A per-installation secret for the single local user's session tokens (created once)."""
    import os

    path = data_dir / ".chainlit-secret"
    if path.is_file():
        value = path.read_text().strip()
        if len(value.encode()) >= 32:
            return value
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    value = secrets.token_urlsafe(48)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(value)
    path.chmod(0o600)
    return value


# ---------------------------------------------------------------------- tokens and origins
LOCAL_USER = "local"


class TokenRefused(Exception):
    """A session token that is not (or no longer) good: forged, expired, too old, or of an unknown user."""


def check_token(token: str, secret: str, users: set[str] | None, lifetime_s: int, now: float | None = None) -> str:
    """The identifier a token was issued to, if it is still good; TokenRefused otherwise.

    ``users`` are the configured login users (None: the single local user). A token must be signed with
    the secret (HS256 only), carry its issue and expiry times, be younger than ``lifetime_s`` (so a shorter
    lifetime applies at once to tokens already issued), and name a user who is configured now."""
    import time

    import jwt

    try:
        claims = jwt.decode(
            token, secret, algorithms=["HS256"], options={"require": ["exp", "iat", "identifier"]}, leeway=5
        )
    except jwt.InvalidTokenError as exc:
        raise TokenRefused(type(exc).__name__) from None
    now = time.time() if now is None else now
    issued = claims.get("iat")
    if not isinstance(issued, int | float) or issued > now + 60 or now - issued > lifetime_s:
        raise TokenRefused("token too old")
    identifier = claims.get("identifier")
    allowed = users if users is not None else {LOCAL_USER}
    if not isinstance(identifier, str) or identifier not in allowed:
        raise TokenRefused("unknown user")
    return identifier


def served_origins(host: str | None, port: int | None, extra: list[str]) -> list[str]:
    """The browser origins allowed to call the app: the served host and port (loopback names for a local
    server) and whatever the settings add."""
    port = port or 8000
    names = {"localhost", "127.0.0.1", "[::1]"}
    if host and host not in ("0.0.0.0", "::", ""):
        names.add(f"[{host}]" if ":" in host and not host.startswith("[") else host)
    origins = [f"{scheme}://{name}:{port}" for name in sorted(names) for scheme in ("http", "https")]
    if port in (80, 443):
        origins += [f"{'https' if port == 443 else 'http'}://{name}" for name in sorted(names)]
    return origins + [o for o in extra if o not in origins]


def origin_allowed(origin: str | None, allowed: list[str]) -> bool:
    """A browser origin (None: not a browser) against the allowed list ('*' allows any)."""
    if origin is None:
        return True
    return "*" in allowed or origin.rstrip("/") in allowed
