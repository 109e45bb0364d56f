"""Which side of a request a phrase is about: what goes in (prompts, context, the documents fed to it) or what
comes out (answers, completions, summaries). Read clause by clause, so a number takes the side named beside
it ("prompts ~3k tok, answers ~400"; "each call sends about 3,000 tokens and gets back about 500").
"""

from __future__ import annotations

import re

import assistant.interview.patterns as rx
from assistant.interview.quantities.patterns import NUM, REQUESTS, num

CLAUSE = rx.compile(
    r"\s*(?:[,;()?!]|\.(?!\d)|\band\b|\bbut\b|\bwhile\b|\bwhereas\b|\bplus\b|\s/\s|\s-\s|(?<!\d):(?!\s*\d))\s*"
)
SIZE_IN = rx.compile(
    r"\b(?:inputs?|prompts?|context|sends?|sent|sending|feeds?|fed|feeding|pass(?:es)? in|goes in|going in|"
    # (never how a text reads: "the reply should be around 120 words so it reads well on a phone")
    r"reads?(?!\s+(?:well|nicely|fine|ok|okay|better|naturally|smoothly|easily|clearly|right))|"
    r"reading|ingests?|ingesting|takes? in|(?:each|every) one gets|"
    # (never where a text was written: "in the same language the citizen wrote in")
    r"(?<!all )(?<!all-)(?<!wrote )(?<!write )(?<!writes )(?<!written )(?<!typed )(?<!spoke )(?<!speaks )"
    r"in(?=\s*(?:[,;:/]|$|and\b|vs\b)))\b|"
    # "800 tokens in", not "160 tokens in the same language"
    r"(?:(?<=tok)|(?<=tokens)) in\b(?!\s+(?:the|a|an|our|their|its|his|her|each|every|one|english|[a-z]+ languages?)\b)"
)
SIZE_OUT = rx.compile(
    r"\b(?:outputs?|completions?|answers?|responses?|repl(?:y|ies)|generat\w+|back|out|writes?|writing|written|"
    r"receives?|receiving|gets? back|"
    r"returns?|"
    r"returned|comes? back|ask(?:s|ed|ing)? for|produc\w+)\b"
)
# What comes in or goes out named by the kind of text, weaker than the words above ("a 500-token brief in and a
# 2,000-token article out": "in" and "out" decide, not "article")
_OUT_UNITS = (
    r"summar(?:y|ies)|drafts?|articles?|posts?|translations?|labels?|rationales?|explanations?|justifications?|"
    r"verdicts?|scores?"
)
# the whole exchange, neither side ("each request is 2k tokens", "a chat is about 3k")
_EXCHANGES = (
    r"requests?|reqs?|calls?|api calls?|messages?|msgs?|conversations?|chats?|sessions?|turns?|interactions?|"
    r"prompts?|completions?|inferences?|generations?|jobs?|tasks?|runs?|invocations?|repl(?:y|ies)|responses?|"
    r"answers?|outputs?|lookups?|search(?:es)?|utterances?|dialogues?|lines?|episodes?|items?|rows?|chunks?|"
    r"passages?|snippets?|descriptions?|captions?|classifications?|extractions?|evaluations?|texts?|sms|threads?|"
    r"comments?|reviews?|quotes?|events?|alerts?|orders?|transactions?|payments?|pages?"
)
# any other thing counted is what comes in ("each claim is about 6,000 tokens", "an invoice is ~2k tokens")
SIZE_IN_UNIT = rx.compile(r"\b(?:articles?|(?!(?:" + _OUT_UNITS + r"|" + _EXCHANGES + r")\b)" + REQUESTS + r")\b")
SIZE_OUT_UNIT = rx.compile(r"\b(?:" + _OUT_UNITS + r")\b")
# what the model writes ("we write cover letters", "the assistant drafts essays"): its size is the output's
WRITTEN = rx.compile(
    r"\b(?:writes?|writing|wrote|drafts?|drafting|generates?|generating|produces?|producing|creates?|creating|"
    r"composes?|composing)\s+(?:(?!(?:from|of|for|with|using|out|off|based|on|"
    r"about)\b)\w+\s+){0,2}?(?P<noun>[a-z]{3,}s)\b"
)


def written_nouns(m: str) -> set[str]:
    """The things the message says are written (singular and plural): "we write cover letters" -> letter(s)."""
    out: set[str] = set()
    for w in WRITTEN.finditer(m):
        noun = w["noun"]
        out |= {noun, noun[:-1]}
    return out


MIX_SIDE_IN = rx.compile(
    r"\b(?:inputs?|prompts?|prompt tokens|context|input side|what (?:we|you) send)\b|\btokens in\b|"
    r"\b(?:go|goes|going|went|come|comes|coming|flows?|flowing) in(?:to the model)?\b"
    r"(?!\s*(?:a|an|the|per|every|each)\b)"
)
MIX_SIDE_OUT = rx.compile(
    r"\b(?:outputs?|completions?|generated|generation|answers?|responses?|repl(?:y|ies)|output side|what comes back|"
    r"what we get back)\b|\btokens out\b"
)
VAGUE_IN = rx.compile(
    r"(?<!not )\b(?:mostly|mainly|largely|primarily|predominantly) (?:input|prompts?|reading)|input[- ]heavy|"
    r"prompt[- ]heavy|read(?:s|ing)? (?:a lot|way|much|far) more|(?:send|feed|put in)\w* (?:a lot|way|much|far) more|"
    r"writes? (?:a little|much less|way less|little)|(?:in favou?r of|skewed (?:to|towards)) (?:input|prompts?)|"
    r"input (?:dominates|outweighs)|prompts? (?:dominate|outweigh)|more (?:input|prompts?) than (?:output|answers?|"
    r"completions?)|(?:input|prompts?|questions?) (?:is|are) (?:much |way |a lot )?(?:bigger|larger|longer) than"
)
VAGUE_OUT = rx.compile(
    r"(?<!not )\b(?:mostly|mainly|largely|primarily|predominantly) (?:output|generat\w+|writing)|output[- ]heavy|"
    r"generation[- ]heavy|writes? (?:a lot|way|much|far) more|generates? (?:a lot|way|much|far) more|"
    r"(?:in favou?r of|skewed (?:to|towards)) (?:output|completions?)|output (?:dominates|outweighs)|more (?:output|"
    r"answers?|completions?) than (?:input|prompts?)|(?:output|answers?|responses?|replies) (?:is|are) (?:much |way |"
    r"a lot )?(?:bigger|larger|longer) than"
)


def _clauses(t: str) -> list[tuple[int, str]]:
    out: list[tuple[int, str]] = []
    pos = 0
    for m in CLAUSE.finditer(t):
        if m.start() > pos:
            out.append((pos, t[pos : m.start()]))
        pos = m.end()
    if pos < len(t):
        out.append((pos, t[pos:]))
    return [(o, s) for o, s in out if s.strip()]


def _side(text: str, at: int, ins: re.Pattern[str], outs: re.Pattern[str]) -> str | None:
    """The side named in a clause, the nearest to position ``at`` when both are."""
    hits = [(abs(m.start() - at), "in") for m in ins.finditer(text)]
    hits += [(abs(m.start() - at), "out") for m in outs.finditer(text)]
    if not hits:
        return None
    hits.sort()
    if len(hits) > 1 and hits[0][0] == hits[1][0] and hits[0][1] != hits[1][1]:
        return None
    return hits[0][1]


def _only_side(text: str, ins: re.Pattern[str], outs: re.Pattern[str]) -> str | None:
    a, b = bool(ins.search(text)), bool(outs.search(text))
    return "in" if a and not b else "out" if b and not a else None


ASIDE = rx.compile(
    r"\s*(?:i|we)\s+(?:suspect|think|guess|believe|reckon|assume|imagine|'d say|would say)\s*|"
    r"\s*(?:honestly|roughly|probably|maybe|perhaps|i'd guess|if i had to guess)\s*"
)


def _beside(clauses: list[tuple[int, str]], i: int, step: int) -> str:
    """The clause beside clause ``i`` (before or after), past an aside such as "I suspect"."""
    j = i + step
    while 0 <= j < len(clauses) and ASIDE.fullmatch(clauses[j][1]):
        j += step
    return clauses[j][1] if 0 <= j < len(clauses) else ""


def _direction(t: str) -> str | None:
    """Which side is the larger, said in words ("mostly input", "we read a lot and write a little")."""
    a, b = bool(VAGUE_IN.search(t)), bool(VAGUE_OUT.search(t))
    return "in" if a and not b else "out" if b and not a else None


# The one side of a request a clause is about, named as its subject ("output per episode is maybe 600 words", "the
# summary per ticket is about 300 tokens"): a single size said there is that side's only.
OUT_SUBJECT = rx.compile(
    r"\b(?:outputs?|summar(?:y|ies)|repl(?:y|ies)|responses?|answers?|completions?|generated (?:text|summar\w+|"
    r"answers?|output)|generations?|write-?ups?|drafts?)\b"
)
IN_SUBJECT = rx.compile(r"\b(?:inputs?|prompts?|context|source texts?)\b")

CLAUSE_END = rx.compile(r"[,;!?\n]|\.(?!\d)")


def one_side_named(m: str, where: int, inp: float | None, out: float | None) -> tuple[float | None, float | None]:
    """A single size in a clause that names one side as its subject is that side's alone ("output per episode is
    maybe 600 words" is no 600 words in; "the summary per ticket is about 300 tokens" is the answer's size)."""
    if (inp is None and out is None) or (inp is not None and out is not None and inp != out) or where >= len(m):
        return inp, out
    before = [b.end() for b in CLAUSE_END.finditer(m, 0, where)]
    after = CLAUSE_END.search(m, where)
    clause = m[before[-1] if before else 0 : after.start() if after else len(m)]
    figures = list(rx.finditer(NUM, clause))
    if len(figures) != 1:
        return inp, out
    head = clause[: figures[0].start()]
    if len(head.split()) > 7:
        return inp, out  # the side named as the clause's subject, right before its figure, or not at all
    said_out, said_in = OUT_SUBJECT.search(head), IN_SUBJECT.search(head)
    size = inp if inp is not None else out
    if said_out and not said_in and not IN_SUBJECT.search(m):  # (the other side named elsewhere has its own size)
        return None, size
    if said_in and not said_out and not OUT_SUBJECT.search(m):
        return size, None
    return inp, out


_A, _B = num("a_"), num("b_")  # the two figures of a size made against another: what is made, what it is made from
_MADE = r"(?:generated|written|drafted|produced|created|expanded|built|made|composed|derived)"
# the size of what is made, then what it is made from: "each ~1,600 tokens, generated from a ~533 tokens brief"
MADE_FROM = rx.compile(
    r"(?P<a>" + _A + r"\s*tokens?)(?P<mid>[,;]?\s*(?:[a-z]+\s+){0,2}?" + _MADE + r"\s+"
    r"(?:[a-z]+\s+)?from\s+(?:(?:a|an|the|our|their|its|each|about|around|roughly|~)\s*)*)"
    r"(?P<b>" + _B + r"\s*tokens?)(?!\s*(?:in|out|input|output)\b)"
)
# what it is made from, then what is made: "from a ~533 tokens brief we generate a ~1,600 tokens post"
FROM_THEN_MADE = rx.compile(
    r"\bfrom\s+(?:(?:a|an|the|our|their|each|about|around|roughly|~)\s*)*(?P<b>"
    + _B
    + r"\s*tokens?)(?P<mid>(?:\s+[a-z-]+){0,2}[,;]?\s+(?:we|they|it|the model|the llm|i)?\s*(?:generat\w*|writ\w*|"
    r"wrote|draft\w*|produc\w*|creat\w*|expand\w* (?:it )?into)\s+(?:(?:a|an|the|about|around|roughly|~)\s*)*)(?P<a>"
    + _A
    + r"\s*tokens?)(?!\s*(?:in|out|input|output)\b)"
)


# "each line ~120 tokens out from a ~600 token prompt": the answer's size from the prompt's
OUT_FROM = rx.compile(
    r"(?P<a>" + _A + r"\s*tokens?)\s+out\s+(?:of|from)\s+(?:(?:a|an|the|about|around|~)\s*)*"
    r"(?P<b>" + _B + r")\s*[- ]?tokens?\s+(?:prompt|input|context)s?\b"
)


# a text's size and what it is cut down to: "each report is ~900 tokens that we summarize into ~150"
CUT_TO = rx.compile(
    r"(?P<a>" + _A + r"\s*tokens?)(?P<mid>,?\s+(?:that|which)?\s*(?:we|they|the model|it|i)?\s*"
    r"(?:summari[sz]e|condense|distill|boil|shorten|compress|cut)(?:s|d)?\s+(?:it\s+|them\s+)?(?:down\s+)?(?:in)?to\s+"
    r"(?:(?:about|around|roughly|~)\s*)?)(?P<b>" + _B + r")(?:\s*tokens?)?(?![\d%])"
)


def made_from(t: str) -> str:
    """A size of what is made beside what it is made from, each given its side: "each ~1,600 tokens, generated from
    a ~533 tokens brief" is 1,600 tokens out and 533 in (the thing made is the answer, not what comes in)."""
    t = CUT_TO.sub(lambda m: f"{_with_side(m['a'], 'input')}{m['mid']}{m['b']} output tokens", t)
    t = OUT_FROM.sub(lambda m: f"{_with_side(m['a'], 'output')}, {m['b']} input tokens", t)
    t = MADE_FROM.sub(lambda m: f"{_with_side(m['a'], 'output')}{m['mid']}{_with_side(m['b'], 'input')}", t)
    return FROM_THEN_MADE.sub(
        lambda m: f"from {_with_side(m['b'], 'input')}{m['mid']}{_with_side(m['a'], 'output')}", t
    )


def _with_side(size: str, side: str) -> str:
    """ "533 tokens" as "533 input tokens"."""
    return rx.sub(r"\s*tokens?$", f" {side} tokens", size)
