"""What a number is not: money is never tokens ("$12k a month"), a model size is never a volume ("a 70B
model"), a number after "not" is the one being replaced ("not 40M"), and the digits of model and GPU names
("GPT-4o", "H100") are masked out; and the words that mark a correction ("actually", "scratch that").
"""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.interview.quantities.patterns import TOKENS

CORRECTION = rx.compile(
    # ("I mean, GPT-4o quality is fine": a filler that opens the message corrects nothing)
    r"\b(?:actually|correction|i meant|(?:(?<=\S\s)|(?<=\S,\s))i mean|"
    r"sorry|oops|scratch that|make that|let me correct|to correct|"
    r"(?:must|need to|have to|should|would like to|'d like to) correct|"
    r"or rather|(?:^|[.,;:!?(]\s*)(?:(?:hmm+|oh|ah|ok|okay|no|nope|um+|uh+|but),?\s*)?wait|my mistake|typo|"
    r"misspoke|mis-spoke|not \S+ but|update:|updated?|"
    r"instead|changed? to|"
    r"revise|revised|on second thoughts?|come to think of it|i take that back|never ?mind|"
    # "that's not right, the total should be 2.8M", "2.8M a day, not 1.14M"
    r"(?:that'?s|that is|this is|it'?s) (?:not right|wrong|incorrect|way off)|"
    # "that's way too low", "that is much too high", "far too small": the figure read is disputed
    r"(?:that'?s|that is|this is|it'?s|thats|way|far|much) (?:(?:way|far|much|a lot|a bit|way way) )?too "
    r"(?:low|high|small|big|little|much|few|many)|"
    r", not (?:about |around |~)?\d[\d.,]*\s*(?:[kmb]|million|thousand|billion)\b)\b"
)
NOT_BEFORE = rx.compile(
    r"(?:\b(?:was|were) at|\bnot|n't|\binstead of|\brather than|\bfrom|\bwas|\bwere|\bused to be|\bused to do|"
    r"\bearlier i said|"
    r"\bi said|\bnot the)\s*(?:about|around|~|like)?\s*$"
)
MONEY_BEFORE = rx.compile(
    r"(?:[$€£]|\busd|\beur|\bgbp|\bbudget\w*|\bspend\w*|\bspent|\bcost\w*|\bpay\w*|\bpaid|\bbill\w*|\binvoice\w*|"
    r"\bprice\w*|\bsalar\w*|\bafford|\bcharg\w*|\bburn\w*|\bcap(?:ped)?|\blimit|\bfunding|\brevenue|\barr\b|\bmrr\b|"
    r"\braised|\bsave|\bsaving)[^.;,]{0,30}$"
)
MONEY_AFTER = rx.compile(
    r"^\s*(?:dollars?|usd|eur|euros?|gbp|pounds|bucks|\$|/\s*mo\b[^t]*$|(?:/\s*mo\w*|a month|per month|monthly)\s+"
    r"(?:on|for)\s+(?:gpt|claude|gemini|llama|mistral|openai|anthropic|M{3}))"
)
MODEL_SIZE_AFTER = rx.compile(
    r"^\s*(?:-|\s)?(?:param\w*|model|models|llm|dense|moe|instruct|chat|weights|version|variant|class|sized?|"
    r"scale|open|llama|qwen|mistral|deepseek)\b"
)
# Model names with digits in them would otherwise read as numbers ("GPT-4o", "Llama 3.1 70B", "Sonnet 4.5").
MODEL_NAME = rx.compile(
    r"\b(?:gpt|o\d|claude|sonnet|opus|haiku|gemini|gemma|llama|qwen|mistral|mixtral|phi|deepseek|grok|"
    r"command|falcon|olmo|granite|nemotron|yi|kimi|glm|v)[\s-]?(?:\d[\w.\-]*)(?:[\s-](?:\d+(?:\.\d+)?[bm]\b|"
    r"\d[\w.\-]*|mini|nano|pro|flash|turbo|sonnet|opus|haiku|instruct|chat|oss))*"
)


def _mask_models(t: str) -> str:
    """Blank out model and GPU names so their digits are not read as quantities (length is kept)."""
    t = MODEL_NAME.sub(lambda m: "M" * len(m.group(0)), t)
    t = rx.sub(
        r"\b(?:h|a|b|l|mi)\d{2,3}[a-z]*\b|\brtx[\s-]*\d{4}\b|\b(?!p\d\d\b)[a-z]+\d+[a-z]*\b",
        lambda m: "G" * len(m[0]),
        t,
    )
    return t


# currency signs written before an amount ("¥1.5M a month" is yen, never tokens)
SIGNS = ("$", "€", "£", "¥", "₹", "₩", "₺", "₱", "₽", "₦", "₪", "₫", "฿", "₴", "₵", "₡", "₲", "₸", "₼", "₾", "zł")


def _is_money(t: str, start: int, end: int) -> bool:
    span = t[start:end]
    if (
        not rx.search(r"\btok|\btkn", span)
        and rx.search(r"/\s*mo|month", span)
        and rx.match(r"\s*(?:on|for)\s+(?:gpt|claude|gemini|openai|anthropic|o\d|sonnet|opus)", t[end : end + 20])
    ):
        return True  # "25k/mo on gpt-5": what it costs, not a volume
    before = t[max(0, start - 30) : start]
    before = rx.split(r"[;.]|\band\b(?! (?:spend|pay))", before)[-1]
    if rx.match(
        r"\s*(?:k|m|mil\w*|b|bn|million|billion|thousand)?\s*(?:of\s+)?(?:tokens?|toks?|tkns?)\b",
        t[start : end + 20][
            len(rx.match(r"[\d.,]*", t[start:end]).group(0)) :  # type: ignore[union-attr]
        ],
    ) and not before.rstrip().endswith(SIGNS):
        return False  # "we burn through 80M tokens a week": tokens, whatever verb comes before
    return bool(MONEY_BEFORE.search(before) or MONEY_AFTER.match(t[end : end + 12]) or before.endswith(SIGNS))


def model_size_range(t: str, start: int, end: int, mag: str | None) -> bool:
    """Whether the range at [start, end) counts billions of parameters: "open-weight 8B-70B quality is fine"."""
    return (mag or "").lower() == "b" and bool(
        rx.search(
            r"\b(?:open[- ]?weights?|open[- ]?source|oss|llama|qwen|mistral|gemma|deepseek|models?|sized?|class)\b"
            r"[^.;,\d]{0,15}$",
            t[max(0, start - 30) : start],
        )
        or rx.match(r"\s*(?:quality|class|models?|params?|parameters?|sized?|llms?|open)\b", t[end:])
    )


def _is_model_size(t: str, m: re.Match[str]) -> bool:
    mag = (m.group("mag") or "").lower()
    if mag not in ("b", "bn", "billion", "m", "million"):
        return False
    after = t[m.end() : m.end() + 25]
    if rx.match(r"\s*" + TOKENS, after):
        return False
    if MODEL_SIZE_AFTER.match(after) or rx.match(r"\s*(?:-|\s)?param", after):
        return True
    if (
        mag == "b"
        and (
            rx.match(r"\s*(?:-|–|to)\s*\d+(?:\.\d+)?\s*b\b", after)
            or rx.search(r"\d(?:\.\d+)?\s*b\s*(?:-|–|to)\s*$", t[max(0, m.start() - 12) : m.start()])
        )
        and not rx.search(r"\b(?:tokens?|toks?|tkns?)\b", t[m.end() : m.end() + 40])
    ):
        return True  # "open-weight 8B-70B quality is fine": a range of model sizes, not of volumes
    # "a 70b", "llama 70b", "the 8B" with no unit of volume after it
    return bool(
        mag == "b"
        # (also "an open model of about 8B")
        and rx.search(
            r"(?:llama|qwen|mistral|mixtral|gemma|deepseek|model|an?|the)(?:\s+of)?(?:\s+(?:about|around|roughly|"
            r"approximately|some))?\s*$",
            t[: m.start()],
        )
        and not rx.match(r"\s*(?:" + TOKENS + r"|a |an |per |/|each|every|daily|monthly)", after)
    )


# "last month was 410M tokens": a measured period's figure, not an old value being replaced
MEASURED_PERIOD = rx.compile(
    r"\b(?:last|past|previous|this|yesterday|today)\s*(?:day|week|month|quarter|year)?\b[^.;,]{0,25}\b(?:was|were)"
    r"\s*(?:about|around|~|like)?\s*$"
)


# a count denied by its verb ("we don't get 4k docs a day", "we do not scan 5k receipts a day"), not "not just 5k"
DENIED_BY_VERB = rx.compile(
    r"(?:\bnot|n't|\bnever)\s+(?!(?:just|only|even|merely|more|less|over|under|above|below|exactly|quite|yet|that|"
    r"many|much|all)\b)[a-z]+\s+(?:about|around|~|like)?\s*$"
)


def _denied_count(t: str, start: int) -> bool:
    """A count denied: the number itself ("not 40k") or the verb counting it ("we don't get 40k tickets")."""
    return _negated(t, start) or bool(DENIED_BY_VERB.search(t[max(0, start - 30) : start]))


def _negated(t: str, start: int) -> bool:
    before = t[max(0, start - 25) : start]
    if not NOT_BEFORE.search(before):
        return False
    return not (
        rx.search(r"\b(?:was|were)\s*(?:about|around|~|like)?\s*$", before)
        and MEASURED_PERIOD.search(t[max(0, start - 50) : start])
        and not rx.search(r"\b(?:not|n't|instead|rather|from)\b", before)
    )
