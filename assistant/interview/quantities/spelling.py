"""Typo repair of the interview's key words ("complience", "hippa", "promts", "tokns", "actualy") and chat
slang ("nite", "reqs", "approx"), by edit distance against a fixed list of key words.
"""

from __future__ import annotations

from functools import lru_cache

import assistant.interview.patterns as rx

# Key words of the interview, for typo repair by edit distance ("complience", "hippa", "promts", "tokns",
# "bussiness", "actualy"): a word one edit (or one swap) away from exactly one key word, and not itself a
# common word, is read as that key word. Short words are left alone ("batch" is one edit from "match"),
# and so is the first letter (people rarely mistype it: "never" is not "every").
KEY_WORDS = (
    "compliance complaint regulated regulation regulations regulatory hipaa business weekdays weekends "
    "overnight nightly morning rubbish terrible garbage "
    "steady bursty spikes spiky traffic tokens prompts prompt output outputs input inputs "
    "requests request million millions billion billions thousand seconds second latency actually everything "
    "engineers engineer engineering kubernetes finetuning finetune frontier quality residency vendor vendors "
    "provider providers tenant premises infrastructure infra devops mlops nobody anything nothing budget "
    "monthly minutes answers answer responses response streaming conversations conversation customers "
    "platform machine learning realtime interactive probably definitely basically necessary required "
    "requirement requirements sensitive personal medical payments europe european instance instances "
    "servers server cluster clusters completions generation generated hours special specific source weights "
    "transcripts transcript summary summaries documents document tickets messages switched switching migrated "
    "users around currently paying possible average employees questions queries sessions daily weekly working "
    "enough stretch"
).split()
SLANG = {
    "nite": "night",
    "nites": "nights",
    "overnite": "overnight",
    "tonite": "tonight",
    "hrs": "hours",
    "w8": "wait",
    "ppl": "people",
    "peeps": "people",
    "tho": "though",
    "thru": "through",
    "b4": "before",
    "mins": "minutes",
    "secs": "seconds",
    "reqs": "requests",
    "req": "request",
    "tok": "tokens",
    "toks": "tokens",
    "tkns": "tokens",
    "ur": "your",
    "bc": "because",
    "cuz": "because",
    "coz": "because",
    "wanna": "want to",
    "gonna": "going to",
    "dunno": "don't know",
    "idk": "i don't know",
    "convos": "conversations",
    "convo": "conversation",
    "abt": "about",
    "approx": "about",
}
# Real words one edit from a key word: never "repaired".
COMMON = set(
    "uses user paging possibly employers employer question session queried query averaged averages dally "
    "arouse aground curiously paving playing "
    "complaints complained answered answering answers prompted prompter outpost inpu input outlet rounds "
    "around ground bound found sound hours house horse four tenants tenet vendors vender seconded secondly "
    "engineered engineering requested requests requester responded responds respond budgets budgeted "
    "nothings anythings nobodys quantity equality qualify clusters clustered servers served serves serve "
    "service severe instances instant instead hours pours yours ours tours every ever fever even events "
    "prompt steady ready stead study infra intra mlops devops latent latest patent talent tokens token taken "
    "toke spike spiky spoke inputs outputs answer answers machine machines learning leaning yearning earning "
    "realtime medical medial personal personnel european payments payment generation generations generator "
    "generated generates hour provide provides provided providing provider providers premise premises "
    "promise promises monthly mostly million millions billion billions thousand thousands customer customers "
    "conversation conversations platforms platform business busyness actually factually nightly knightly "
    "lightly rightly tightly slightly regulated regulates regulation regulations compliant complaint "
    "complaints required requires requirement requirements necessary sensitive basically definitely "
    "probably finetune finetuning frontier frontiers residency residence resident europe bursty busty "
    "trusty rusty dusty gusty lusty burst bursts second seconds minute minutes overnight traffic weekday "
    "weekdays weekend weekends every everything anything nothing nobody infrastructure hipaa kubernetes "
    "quality vendor vendors tenant interactive streaming stream streams completion completions "
    "cluster server instance response responses request answering engineers engineer budget spikes spiked "
    "spiker output input prompts require requires inquire acquire regulate regular summarise summarize "
    "summarised summarized summarises summarizes summery messaged message ticket switches migrates".split()
)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@lru_cache(maxsize=1)
def _typo_index() -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for key in KEY_WORDS:
        for variant in {key, *_deletes(key)}:
            index.setdefault(variant, set()).add(key)
    return index


@lru_cache(maxsize=4096)
def _repair(word: str) -> str:
    """The key word a misspelt word stands for, or the word itself."""
    if word in SLANG:
        return SLANG[word]
    if len(word) < 4 or word in COMMON or word in KEY_WORDS or not word.isalpha():
        return word
    index = _typo_index()
    found: set[str] = set(index.get(word, ()))  # a letter left out ("tokns")
    for variant in _deletes(word):  # a letter added, changed or two swapped ("complience", "hippa")
        found |= index.get(variant, set())
    found = {k for k in found if k[0] == word[0] and abs(len(k) - len(word)) <= 1 and len(k) >= 5}
    if len(found) > 1:  # "promts": "prompts" over "prompt"; "spikey": "spiky" over "spikes"
        best = max(found, key=lambda k: (k[-1] == word[-1], -abs(len(k) - len(word))))
        rank = (best[-1] == word[-1], -abs(len(best) - len(word)))
        found = {k for k in found if (k[-1] == word[-1], -abs(len(k) - len(word))) == rank}
    return found.pop() if len(found) == 1 else word


# chat-speak "r" for "are" after who or what it says something of ("we r on azure", "summaries r short"); never
# the R language ("we use r for stats": no subject before it)
ARE = rx.compile(r"\b(we|they|you|u|ppl|people|[a-z]+s)\s+r\b(?=\s+[a-z])")
# "we where at $20k a month": "were" mistyped, before what a subject was at or doing
WERE = rx.compile(r"\b(we|they|you)\s+where\b(?=\s+(?:at|on|using|paying|spending|running|in|about|around|doing)\b)")


# chat-speak "w/" and "w/o" ("fine w/ 2-3 sec", "w/o a GPU"): a slash after them reads as "per" otherwise
WITHOUT = rx.compile(r"\bw/o\b")
WITH = rx.compile(r"\bw/(?=\s*[a-z0-9$~])")


def spell(text: str) -> str:
    """Repair typos of the interview's key words in a lower-cased message ("no complience stuff")."""
    text = WITH.sub("with ", WITHOUT.sub("without", text))
    text = ARE.sub(r"\1 are", text)
    text = WERE.sub(r"\1 were", text)
    return rx.sub(r"[a-z0-9]+", lambda m: _repair(m.group(0)), text)
