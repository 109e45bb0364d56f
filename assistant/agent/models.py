"""Choose the chat model from one explicit setting: 'offline' or provider:model (built lazily).

The choice never depends on which environment variables happen to hold keys (Chainlit puts a
fake OPENAI_API_KEY in the environment under CI=true).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from langchain_core.language_models import BaseChatModel

from assistant.agent.offline import OfflineAdvisorModel

OPENAI_COMPATIBLE = {"vllm", "llamacpp", "openai-compatible", "lmstudio"}
# Stop sequences for local OpenAI-compatible servers: a small model that runs past its turn starts
# writing the next one with these (four: the most the OpenAI API accepts).
LOCAL_STOP = ["<|im_start|>", "[INST]", "<start_of_turn>", "<|eot_id|>"]


class ModelConfigError(ValueError):
    """The configured model cannot be built (unknown provider, missing key or package)."""


@dataclass(frozen=True)
class ModelTraits:
    """What the agent loop adapts to a provider."""

    local_server: bool = False  # an OpenAI-compatible server (vLLM, llama.cpp, LM Studio...)
    forced_tool_choice: bool = False  # accepts tool_choice naming one tool


def model_traits(spec: str, base_url: str | None = None) -> ModelTraits:
    provider = spec.partition(":")[0]
    local = provider in OPENAI_COMPATIBLE or (provider == "openai" and bool(base_url))
    return ModelTraits(local_server=local, forced_tool_choice=local or provider in ("openai", "anthropic"))


def make_model(
    spec: str,
    *,
    base_url: str | None = None,
    api_key: str | None = None,
    timeout_s: float = 60,
    max_tokens: int | None = None,
) -> BaseChatModel:
    """'offline', or provider:model through init_chat_model (OpenAI, Anthropic, Ollama, or an
    OpenAI-compatible base URL such as vLLM or a llama.cpp server)."""
    if spec == "offline":
        return OfflineAdvisorModel()
    from langchain.chat_models import init_chat_model

    provider, _, name = spec.partition(":")
    if not name:
        raise ModelConfigError(f"model {spec!r}: use provider:model, e.g. openai:gpt-4o-mini")
    kwargs: dict[str, Any] = {"timeout": timeout_s, "max_retries": 0}
    if provider in OPENAI_COMPATIBLE or (provider == "openai" and base_url):
        if not base_url:
            raise ModelConfigError(f"{provider} needs ADVISOR_BASE_URL (the server's /v1 address)")
        provider = "openai"
        kwargs.update(base_url=base_url, api_key=api_key or "not-needed", stop=LOCAL_STOP)
        if max_tokens:
            kwargs["max_tokens"] = max_tokens
    elif provider == "ollama":
        kwargs.pop("max_retries")
        if base_url:
            kwargs["base_url"] = base_url
        if max_tokens:
            kwargs["num_predict"] = max_tokens
    elif api_key:
        kwargs["api_key"] = api_key
    try:
        model: BaseChatModel = init_chat_model(f"{provider}:{name}", **kwargs)
        return model
    except Exception as exc:  # missing key or package, unknown provider
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelConfigError(f"cannot use model {spec!r}: {first}") from exc
