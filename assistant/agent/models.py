"""Choose the chat model from one explicit setting: 'offline' or provider:model (built lazily).

The choice never depends on which environment variables happen to hold keys (Chainlit puts a
fake OPENAI_API_KEY in the environment under CI=true).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Literal

from langchain_core.language_models import BaseChatModel
from pydantic import BaseModel

from assistant.agent.offline import OfflineAdvisorModel

OPENAI_COMPATIBLE = {"vllm", "llamacpp", "openai-compatible", "lmstudio"}
# Stop sequences for local OpenAI-compatible servers: a small model that runs past its turn starts
# writing the next one with these (four: the most the OpenAI API accepts).
LOCAL_STOP = ["<|im_start|>", "[INST]", "<start_of_turn>", "<|eot_id|>"]


def plain_error(exc: BaseException) -> str:
    """A provider failure in words a user can read (no class names or stack traces)."""
    status = getattr(exc, "status_code", None) or getattr(getattr(exc, "response", None), "status_code", None)
    text = str(exc).lower()
    if isinstance(exc, TimeoutError) or "timed out" in text or "timeout" in type(exc).__name__.lower():
        return "the request timed out"
    if status == 429 or "429" in text or "rate limit" in text:
        return "the server is rate-limiting requests"
    if status in (401, 403) or "401" in text or "api key" in text:
        return "the server refused the credentials"
    if isinstance(status, int):
        return f"the server answered with error {status}"
    if "connect" in text or "connection" in type(exc).__name__.lower():
        return "the server could not be reached"
    match = re.search(r"\b([45]\d\d)\b", text)
    if match:
        return f"the server answered with error {match.group(1)}"
    return "the request failed"


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
        # Streamed: the reply shows as it comes, and a request dropped at the turn's deadline stops the
        # server's generation too (a non-streamed one would keep a local server busy to max_tokens).
        kwargs.update(base_url=base_url, api_key=api_key or "not-needed", stop=LOCAL_STOP, streaming=True)
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


class ModelCheck(BaseModel):
    """One try of the configured provider: did it answer, how fast, is the reply usable, does it call tools."""

    model: str
    answered: bool
    seconds: float | None = None
    reply_ok: bool = False
    problem: str | None = None
    preview: str = ""
    calls_tools: Literal["yes", "when_forced", "no", "unknown"] = "unknown"
    tool_seconds: float | None = None
    tool_problem: str | None = None


async def check_model(spec: str, model: BaseChatModel, traits: ModelTraits, timeout_s: float = 30) -> ModelCheck:
    """Ask the model one question, then ask it to call one tool (and, if it does not, force it)."""
    import asyncio
    import time

    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage
    from langchain_core.tools import StructuredTool

    from assistant.agent.grounding import echoes, strip_trailing_end, template_tokens

    question = "In one sentence: why can self-hosting an LLM cost more than an API?"
    messages = [SystemMessage("You are a helpful assistant. Answer in one short sentence."), HumanMessage(question)]
    started = time.perf_counter()
    try:
        reply = await asyncio.wait_for(model.ainvoke(messages), timeout_s)
    except Exception as exc:
        reason = f"no answer within {timeout_s:g} s" if isinstance(exc, TimeoutError) else plain_error(exc)
        return ModelCheck(model=spec, answered=False, problem=reason)
    seconds = time.perf_counter() - started
    text = strip_trailing_end(str(reply.content if isinstance(reply.content, str) else reply.text))
    problem = None
    if not text.strip():
        problem = "the reply was empty"
    elif template_tokens(text):
        problem = "the reply contained chat-template tokens (" + " ".join(template_tokens(text)[:3]) + ")"
    elif echoes(text, question, min_words=3):
        problem = "the reply repeated the question"
    check = ModelCheck(
        model=spec,
        answered=True,
        seconds=round(seconds, 2),
        reply_ok=problem is None,
        problem=problem,
        preview=" ".join(text.split())[:100],
    )

    def price_model(model: str) -> str:
        """Look up the price per million tokens of one API model."""
        return "unused"

    tool = StructuredTool.from_function(price_model)
    ask = [HumanMessage("What does gpt-5 cost per million tokens? Call the price_model tool to find out.")]
    choices: list[Any] = [None, "price_model"] if traits.forced_tool_choice else [None]
    for choice in choices:
        started = time.perf_counter()
        try:
            bound = model.bind_tools([tool], tool_choice=choice) if choice else model.bind_tools([tool])
            out = await asyncio.wait_for(bound.ainvoke(ask), timeout_s)
        except Exception as exc:
            timed_out = isinstance(exc, TimeoutError)
            check.tool_problem = f"no answer within {timeout_s:g} s" if timed_out else plain_error(exc)
            continue
        check.tool_seconds = round(time.perf_counter() - started, 2)
        calls = out.tool_calls if isinstance(out, AIMessage) else []
        if any(c["name"] == "price_model" and isinstance(c["args"].get("model"), str) for c in calls):
            check.calls_tools = "yes" if choice is None else "when_forced"
            check.tool_problem = None
            return check
        check.calls_tools = "no"
        check.tool_problem = "it answered in text instead of calling the tool"
    return check
