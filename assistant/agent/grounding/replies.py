"""Reply checks: what a weak or misconfigured model produces that must never reach the user (chat-template
control tokens, a reply that echoes its prompt or the user's message)."""

from __future__ import annotations

import re

# Reply checks: what a weak or misconfigured model produces that must never reach the user.

# Chat-template control tokens of the common families (ChatML, Llama 2/3, Gemma, Mistral, Phi,
# GPT-2/NeoX, DeepSeek, Qwen tool calls), and the generic <|...|> shape they share.
_TEMPLATE = re.compile(
    r"<\|[^|<>\s]{1,40}\|>|<｜[^｜<>]{1,40}｜>|\[/?INST\]|<</?SYS>>|</?s>|<(?:start|end)_of_turn>|"
    r"<(?:bos|eos|pad|unk|mask)>|\[/?(?:AVAILABLE_TOOLS|TOOL_CALLS|TOOL_RESULTS|SYSTEM_PROMPT)\]|"
    r"</?tool_call>|</?tool_response>|</?function_call>|<\|?(?:im_start|im_end|endoftext)\|?>",
    re.IGNORECASE,
)
# End-of-turn markers a server sometimes leaves at the very end of a good reply: cut, not refused.
_TRAILING_END = re.compile(
    r"(?:\s*(?:<\|im_end\|>|<\|eot_id\|>|<\|end\|>|<end_of_turn>|</s>|<eos>|<\|endoftext\|>))+\s*$"
)
_WORDS = re.compile(r"[a-z0-9]+(?:['.][a-z0-9]+)*")


def template_tokens(text: str) -> list[str]:
    """The chat-template control tokens in a text, as written (first occurrence of each)."""
    return list(dict.fromkeys(m.group(0) for m in _TEMPLATE.finditer(text)))


def strip_trailing_end(text: str) -> str:
    """A reply without the end-of-turn markers some servers leave at its very end."""
    return _TRAILING_END.sub("", text)


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.lower())


def echoes(reply: str, source: str, *, min_words: int = 4, span: int = 8) -> bool:
    """True when the reply repeats the source: it mostly consists of it, copies a long one from its
    start, or (for a long source such as a system prompt) carries any run of ``span`` of its words.
    A reply that restates a short message and goes on to answer it is not an echo."""
    said, got = _words(source), _words(reply)
    if len(said) < min_words or not got:
        return False
    if len(said) >= 12 and got[:12] == said[:12]:  # a long message copied from its start
        return True
    text, whole = " ".join(got), " ".join(said)
    if whole in text and len(said) * 2 >= len(got):
        return True
    if len(said) >= 3 * span:
        grams = {" ".join(said[i : i + span]) for i in range(len(said) - span + 1)}
        return any(" ".join(got[i : i + span]) in grams for i in range(len(got) - span + 1))
    return False
