"""Application settings: one pydantic-settings class, read once, validated at start-up."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from tools.results import DAYS_PER_MONTH, HOURS_PER_MONTH, Conventions

MIN_SECRET_BYTES = 32


class Settings(BaseSettings):
    """Everything configurable, from ``ADVISOR_*`` environment variables or a ``.env`` file."""

    model_config = SettingsConfigDict(env_prefix="ADVISOR_", env_file=".env", env_file_encoding="utf-8", extra="ignore")

    model: str = Field(
        default="offline",
        description="'offline' (built-in, no key) or provider:model, e.g. openai:gpt-4o-mini",
    )
    base_url: str | None = Field(default=None, description="OpenAI-compatible endpoint (vLLM...)")
    api_key: SecretStr | None = Field(default=None, description="key for the configured provider")
    model_timeout_s: float = Field(default=60, gt=0, le=600, description="per model call")
    model_retries: int = Field(default=2, ge=0, le=5, description="retries before the offline fallback")
    turn_deadline_s: float = Field(
        default=20, gt=0, le=600, description="user's message to complete answer; then the offline advisor answers"
    )
    model_max_tokens: int = Field(default=1024, ge=64, le=32_768, description="longest reply a local model may write")
    model_breaker_failures: int = Field(
        default=3, ge=1, le=100, description="failed turns in a row before the model is paused for the conversation"
    )
    model_cooldown_s: float = Field(default=300, ge=0, le=86_400, description="how long a failing model stays paused")
    prices: Literal["auto", "articles", "catalog"] = Field(
        default="auto", description="price source: catalog where known, else article"
    )
    price_file: Path | None = Field(default=None, description="TOML/JSON file of price overrides")
    days_per_month: float = Field(default=DAYS_PER_MONTH, gt=0, le=31, description="days of traffic in a month")
    hours_per_month: float = Field(default=HOURS_PER_MONTH, gt=0, le=744, description="GPU hours billed in a month")
    data_dir: Path = Field(default=Path("data"), description="index, database and exports")
    index_dir: Path | None = Field(default=None, description="Chroma directory (default data/index)")
    chroma_host: str | None = Field(default=None, description="use a Chroma server instead")
    chroma_port: int = Field(default=8000, ge=1, le=65535)
    embeddings: str = Field(default="local", description="'local' (bundled MiniLM), openai:MODEL or ollama:MODEL")
    openai_api_key: SecretStr | None = Field(default=None, description="key for OpenAI embeddings")
    ollama_url: str = Field(default="http://localhost:11434")
    database_url: str | None = Field(
        default=None, validation_alias="DATABASE_URL", description="Postgres for history (default SQLite)"
    )
    history_write_attempts: int = Field(
        default=4, ge=1, le=20, description="tries of a history write before the user is told it was not saved"
    )
    history_write_backoff_s: float = Field(
        default=0.05, ge=0, le=10, description="wait before the 2nd try of a history write, x4 for each next one"
    )
    auth_secret: SecretStr | None = Field(default=None, description="switches on login when set")
    users: dict[str, str] = Field(default_factory=dict, description='login users as JSON {"name": "pbkdf2_sha256$..."}')
    token_lifetime_s: int = Field(
        default=86_400, ge=60, le=30 * 86_400, description="login token (and cookie) lifetime, seconds (1 day)"
    )
    https: bool = Field(default=False, description="served over HTTPS: the login cookie is marked Secure")
    allowed_origins: list[str] = Field(
        default_factory=list,
        description="extra browser origins allowed on the websocket and HTTP API (default: the served host and port)",
    )
    max_message_chars: int = Field(default=20_000, ge=100, le=1_000_000, description="longest chat message accepted")
    socket_max_bytes: int = Field(
        default=4_000_000, ge=100_000, le=64_000_000, description="largest websocket packet before the socket closes"
    )
    ingest_max_pages: int = Field(default=300, ge=1, le=10_000, description="pages per uploaded PDF")
    ingest_max_chars: int = Field(
        default=1_000_000, ge=1_000, le=50_000_000, description="extracted characters per uploaded document"
    )
    ingest_max_chunks: int = Field(default=600, ge=1, le=100_000, description="passages per uploaded document")
    ingest_timeout_s: float = Field(default=60, gt=0, le=3600, description="seconds to read and index one upload")
    ingest_workers: int = Field(default=1, ge=1, le=8, description="uploads processed at the same time")
    ingest_memory_mb: int = Field(default=1024, ge=128, le=65_536, description="memory cap of the text extractor")
    worker_processes: int = Field(
        default=2,
        ge=0,
        le=8,
        description="processes beside the web server that read messages and compute analyses (0: the server's own)",
    )

    @field_validator("users")
    @classmethod
    def _hashed(cls, value: dict[str, str]) -> dict[str, str]:
        bad = [name for name, h in value.items() if not h.startswith("pbkdf2_sha256$")]
        if bad:
            raise ValueError(f"store password hashes (advisor hash-password), not passwords: {', '.join(bad)}")
        return value

    @field_validator("allowed_origins")
    @classmethod
    def _origins(cls, value: list[str]) -> list[str]:
        out = []
        for origin in value:
            origin = origin.strip().rstrip("/")
            if origin != "*" and not re.fullmatch(r"https?://[^/\s]+", origin):
                raise ValueError(f"an origin is scheme://host[:port], e.g. https://advisor.example.com, not {origin!r}")
            out.append(origin)
        return out

    @model_validator(mode="after")
    def _login_complete(self) -> Settings:
        """Login is on with a strong secret and at least one user, or off with neither: never half-configured."""
        secret = self.auth_secret.get_secret_value() if self.auth_secret is not None else None
        if secret is not None and len(secret.encode()) < MIN_SECRET_BYTES:
            raise ValueError(
                f"ADVISOR_AUTH_SECRET is {len(secret.encode())} bytes; use at least {MIN_SECRET_BYTES} "
                "(e.g. python -c 'import secrets; print(secrets.token_urlsafe(48))')"
            )
        if secret is not None and not self.users:
            raise ValueError("ADVISOR_AUTH_SECRET is set but ADVISOR_USERS is empty; add users or unset the secret")
        if self.users and secret is None:
            raise ValueError("ADVISOR_USERS is set but ADVISOR_AUTH_SECRET is not; set a secret of 32+ bytes")
        return self

    @property
    def conventions(self) -> Conventions:
        """How a month is counted, as every calculator and the reader take it."""
        return Conventions(days_per_month=self.days_per_month, hours_per_month=self.hours_per_month)

    @property
    def login(self) -> bool:
        """Password login (configured users) rather than the single local user."""
        return self.auth_secret is not None and bool(self.users)

    @property
    def documents_dir(self) -> Path:
        """Where uploaded documents are kept (per user), the source the index is rebuilt from."""
        return self.data_dir / "documents"

    def history_url(self) -> str:
        """DATABASE_URL when set (postgres:// uses the asyncpg driver), else SQLite in the data dir."""
        url = self.database_url
        if url:
            for prefix in ("postgres://", "postgresql://"):
                if url.startswith(prefix):
                    return "postgresql+asyncpg://" + url[len(prefix) :]
            return url
        return f"sqlite+aiosqlite:///{(self.data_dir / 'history.sqlite3').resolve()}"

    @property
    def index_path(self) -> Path:
        return self.index_dir or self.data_dir / "index"

    @field_validator("embeddings")
    @classmethod
    def _embeddings_shape(cls, value: str) -> str:
        value = value.strip()
        if value != "local" and value.split(":", 1)[0] not in ("openai", "ollama"):
            raise ValueError("use 'local', openai:MODEL or ollama:MODEL")
        return value

    @field_validator("model")
    @classmethod
    def _model_shape(cls, value: str) -> str:
        value = value.strip()
        if value != "offline" and ":" not in value:
            raise ValueError("use 'offline' or provider:model, e.g. openai:gpt-4o-mini")
        return value

    @field_validator("price_file")
    @classmethod
    def _price_file_exists(cls, value: Path | None) -> Path | None:
        if value is not None and not value.is_file():
            raise ValueError(f"price file {value} does not exist")
        return value


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The settings, read once per process."""
    return Settings()
