"""The one index a process uses, opened from the settings (never on import)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from knowledge.embeddings import make_embedder
from knowledge.index import KnowledgeIndex


@lru_cache(maxsize=4)
def open_index(
    path: Path, host: str | None, port: int, embeddings: str, openai_key: str | None, ollama_url: str
) -> KnowledgeIndex:
    """The process-wide index for these settings (one client per Chroma directory)."""
    embedder = make_embedder(embeddings, openai_key, ollama_url)
    return KnowledgeIndex(None if host else path, host=host, port=port, embedder=embedder)


def index_for(settings: Any) -> KnowledgeIndex:
    """The index the application settings describe (the OpenAI key is unwrapped from its SecretStr)."""
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    return open_index(
        settings.index_path, settings.chroma_host, settings.chroma_port, settings.embeddings, key, settings.ollama_url
    )
