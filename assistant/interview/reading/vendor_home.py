"""Companies that may not receive the data, by where they are based (``vendor_homes_excluded``): "nothing may be
sent to an American provider" is ``["us"]``, "only European vendors" is ``["us", "cn"]``.

A rule on who the vendor is, not on where it processes: a US company's EU region is still a US company's (US law,
such as the CLOUD Act, reaches it). Where the processing must stay is ``region``'s. A question ("can we use a US
provider?"), someone else's rule, or a company named without a rule ("our data goes to a US company today") sets
nothing.
"""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.vocab import VENDOR_HOMES, VendorHome

_US = r"(?:us|u\.s\.?|usa|u\.s\.a\.?|united states|america|american|us-based|american-owned|us-owned)"
_CN = r"(?:chinese|china|china-based|prc|chinese-owned)"
_NON_EU = r"(?:non-eu|non-european|non eu|non european)"
_EU = r"(?:eu|european|eu-based|europe-based|eu-owned|european-owned)"
_VENDOR = (
    r"(?:(?:ai|llm|model|cloud|api|saas|tech|software|hosting)\s+)?"
    r"(?:compan(?:y|ies)|vendors?|providers?|suppliers?|firms?|corporations?|hyperscalers?|apis?|services?|"
    r"processors?|sub-?processors?|labs?|players?|big tech)\b"
)
_WHO = rf"(?:(?P<us>{_US})|(?P<cn>{_CN})|(?P<noneu>{_NON_EU}))(?:[- ](?:based|owned|headquartered))?\s+{_VENDOR}"
# a rule against them in the words before, in the same sentence: "no", "nothing may go to", "we can't use any"
_AGAINST = rx.compile(
    r"\b(?:no|not|never|nothing|none|nor|don'?t|do not|can'?t|cannot|won'?t|must not|mustn'?t|may not|shall not|"
    r"should not|shouldn'?t|not allowed|forbidden|prohibited|banned?|excluded?|exclude[sd]?|avoid|without|"
    r"against|off the table|out of the question|rules? out|ruled out)\b",
    re.IGNORECASE,
)
_NAMED = rx.compile(rf"\b{_WHO}", re.IGNORECASE)
# the cloud by its owner's nationality, as a noun: "patient notes cannot go to American cloud", "no US-owned clouds"
# (a US company's cloud wherever its region; "US cloud" alone, or "American cloud regions", is a place: ``region``)
_OWNED_CLOUD = rx.compile(
    r"\b(?P<us>american|american-owned|us-owned|u\.s\.-owned|us-based)\s+(?:public\s+)?(?:clouds?|hyperscalers?)\b"
    r"(?![- ](?:regions?|servers?|data ?cent(?:er|re)s?|zones?|locations?)\b)",
    re.IGNORECASE,
)
# after the vendor: "US providers are out / not allowed / a no-go / off the table"
_OUT_AFTER = rx.compile(
    r"^\s*(?:are|is|remain|remains|stay|stays)?\s*(?:also\s+|simply\s+|just\s+|still\s+)?(?:not|never)\s+(?:allowed|"
    r"an option|ok|okay|acceptable|permitted|possible)\b|"
    r"^\s*(?:are|is|remain|remains|stay|stays)\s+(?:still\s+|also\s+)?a\s+(?:hard\s+|firm\s+|clear\s+)?no\b(?!-)|"
    r"^\s*(?:are|is|remain|remains|stay|stays)?\s*(?:still\s+)?(?:a\s+)?(?:out|unacceptable|forbidden|prohibited|"
    r"banned|excluded|a no-?go|off the table|out of the question|off limits|blocked)\b",
    re.IGNORECASE,
)
# only vendors from the EU: "only European providers", "the vendor must be an EU company", "EU-based vendors only",
# "the vendor has to be European", "we'd only work with an EU company"
_EU_HOME = rf"{_EU}(?:[- ](?:based|owned|headquartered))?"
_ONLY_EU = rx.compile(
    rf"\bonly\s+(?:use\s+|with\s+|an?\s+|(?:work|deal|partner|go)\s+with\s+(?:an?\s+)?)?{_EU_HOME}\s+{_VENDOR}"
    rf"|\b(?:vendor|provider|supplier|company)\s+(?:must|has to|needs to|should)\s+be\s+(?:an?\s+)?{_EU_HOME}"
    rf"(?:\s+(?:company|firm|vendor|provider|one)\b|\s*(?=[.,;!)]|$|and\b|but\b))"
    rf"|\b{_EU_HOME}\s+{_VENDOR}\s*(?:\s+(?:are\s+)?(?:ok|okay|fine|allowed|acceptable)\s+)?(?:only|exclusively)\b",
    re.IGNORECASE,
)
# the country alone, ruled out in a message about vendors: "any provider in EU is ok. not US please" (never a place
# of servers or data: "not US servers" is where the processing stays, ``region``'s; never the pronoun: "not us")
_BARE_US = rx.compile(
    r"(?:^|[\s,.;(])(?:not|no|never)\s+(?:the\s+)?(?:(?-i:US)|u\.s\.?|usa|u\.s\.a\.?|united states|america|american|"
    r"americans)\b(?![- ]?(?:based\s+|hosted\s+)?(?:(?:health|patient|customer|personal|user|member|client|medical|"
    r"financial|card|employee)\s+)?(?:servers?|hosting|data|"
    r"regions?|clouds?|soil|infrastructure|processing|customers?|users?|market|residents?|citizens?|time|hours|"
    r"dollars?|english|spelling)\b)(?!\s*[?])",
    re.IGNORECASE,
)
_VENDOR_WORD = rx.compile(rf"\b{_VENDOR}", re.IGNORECASE)
# "US providers are fine": no rule against them
_FINE_AFTER = rx.compile(
    r"^\s*(?:are|is)\s+(?!not\b|never\b)(?:\w+\s+)?(?:fine|ok|okay|allowed|acceptable|no problem)\b", re.I
)
# a past or a customer, no rule: "we sold nothing to a US company last year", "we used to avoid US vendors"
_PAST = rx.compile(r"\b(?:last (?:year|month|quarter)|used to|previously|in the past|sold|sell|sells|selling)\b", re.I)
# a permission beside the rule ("fine with any API provider, but no Chinese vendors"): data may go to the others
PERMITS = rx.compile(
    r"\b(?:fine|ok|okay|allowed|can go|can be sent|may go|happy to|no problem|permitted|we already (?:use|send)|"
    r"approved|signed off|cleared|whitelisted)\b",
    re.I,
)
_SENTENCE = rx.compile(r"[^.!?\n]+[.!?\n]?")
# not the user's own rule: asked, someone else's, a past or a wish
_NOT_A_RULE = rx.compile(
    r"\b(?:if|whether|would|could|can we|should we|do we|is it|are they|unlike|they|their|competitors?|"
    r"used to|last year)\b",
    re.IGNORECASE,
)


def excluded_homes(text: str) -> list[VendorHome]:
    """Where no company receiving the data may be based, as the user's own rule in ``text`` says; [] if none."""
    found: set[VendorHome] = set()
    for sentence in _SENTENCE.findall(text):
        if sentence.rstrip().endswith("?"):
            continue
        for m in [*_NAMED.finditer(sentence), *_OWNED_CLOUD.finditer(sentence)]:
            before = sentence[max(0, m.start() - 60) : m.start()]
            before = rx.split(r"\bbut\b|[;,:(]|\bhowever\b|\bexcept\b", before)[-1]
            after = sentence[m.end() :]
            if _FINE_AFTER.search(after) or _PAST.search(sentence):
                continue
            if not (_AGAINST.search(before) or _OUT_AFTER.search(after)) or _NOT_A_RULE.search(before):
                continue
            if m.group("us"):
                found.add("us")
            elif m.group("cn"):
                found.add("cn")
            else:
                found.update(h for h in VENDOR_HOMES if h != "eu")
        only = _ONLY_EU.search(sentence)
        if only and not _NOT_A_RULE.search(sentence[: only.start()]):
            found.update(h for h in VENDOR_HOMES if h != "eu")
    if "us" not in found and _bare_us(text):
        found.add("us")
    return [h for h in VENDOR_HOMES if h in found]


def _bare_us(text: str) -> bool:
    """ "not US please" in a message whose sentence before (or its own) speaks of vendors: no US company."""
    sentences = _SENTENCE.findall(text)
    for i, sentence in enumerate(sentences):
        if sentence.rstrip().endswith("?") or _PAST.search(sentence):
            continue
        for m in _BARE_US.finditer(sentence):
            context = (sentences[i - 1] if i else "") + " " + sentence
            if _VENDOR_WORD.search(context) and not _NOT_A_RULE.search(sentence[: m.start()]):
                return True
    return False
