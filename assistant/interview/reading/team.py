"""The team facts of one message: head counts (by role, by name, "me + 1 backend guy", "just me"), and whether
the team runs MLOps, GPU infrastructure and Kubernetes; a bare answer to the team question.
"""

from __future__ import annotations

import re
from typing import Any

import assistant.interview.patterns as rx
from assistant.interview import cues, scope, team_none
from assistant.interview.cue_table import GPU_MODELS
from assistant.interview.quantities.corrections import corrected_inline, said_correction
from assistant.interview.reading.answers import NO, TEAM_WORDS, YES, _count, lead_no_elsewhere
from assistant.interview.reading.team_counts import _team_counts
from assistant.interview.reading.team_infra import gpus_in_service, gpus_serving
from assistant.interview.reading.team_names import _named_people
from assistant.interview.reading.team_roles import ROLE_RUN, _roles, stance

ME_PLUS = rx.compile(
    r"\b(?:me|myself|i)\s*(?:\+|plus|and|&|with)\s*(?:(?:just|only|one other|another)\s+)?(?P<n>\d+|one|two|three|"
    r"four|five|a|an)\s+(?P<role>(?:[\w/-]+\s+){0,2}?)(?:guys?|gals?|dudes?|people|persons?|devs?|developers?|"
    r"engineers?|engs?|folks|ppl|contractors?|freelancers?|interns?|hires?)\b"
)


def _me_plus(t: str, team: dict[str, Any], about_team: bool) -> None:
    """ "me + 1 backend guy", "me and two ML engineers": head counts of a tiny team."""
    m = ME_PLUS.search(t)
    if m is None:
        return
    n = _count(m["n"])
    if n is None:
        return
    role = m["role"].strip()
    keys = _roles(role) if role else []
    if len(keys) == 1:
        team.setdefault(keys[0], n)
    elif not keys and about_team:
        # "team = me + 1 backend guy": the whole team, and nobody in it named for ML or operations
        team.setdefault("ml_engineers", 0)
        team.setdefault("devops", 0)


# GPUs named, then production denied after them ("we rent GPUs on RunPod for experiments but nothing in prod",
# "only GPUs we ever used were on Colab, never for production"): no GPUs run in production.
GPU_WORD = rx.compile(r"\b(?:gpus?|gpu (?:nodes|servers|boxes|instances)|" + GPU_MODELS + r")\b")
NOT_IN_PROD = rx.compile(
    r"(?:\bbut\b|\byet\b|[,;:(-])\s*(?:(?:but|and|yet|though|so far|still)\s+)?(?:nothing|none|never|not|zero|no)\b"
    r"(?:\s+(?!but\b|and\b)\w+){0,3}?\s+(?:in\s+|for\s+|to\s+|into\s+|on\s+)?(?:prod|production)\b|"
    r"\bnothing (?:in )?prod\w*|\bnever (?:in |for |to |into )?(?:prod|production)\b|\bnon[- ]prod\w* only\b"
)


def _gpus_not_in_prod(t: str) -> bool:
    """Whether a sentence names GPUs the user has, then says none of it is in production."""
    sentences = scope.sentences(t)
    for ch in scope.chunks(t):
        m = GPU_WORD.search(ch.text)
        if m is None or scope.team_polarity(ch, m.start(), m.end()) in ("question", "other"):
            continue
        for offset, sentence in sentences:
            after = ch.start - offset + m.end()
            if offset <= ch.start < offset + len(sentence) and NOT_IN_PROD.search(sentence, after):
                return True
    return False


# GPUs named, then someone said to have run "them" ("four A100s sitting idle ... Bloke's run them before", "we've
# operated those for years"): the team runs GPUs.
RAN_THEM = rx.compile(
    r"\b(?:we'?ve|we have|i'?ve|i have|he'?s|she'?s|he has|she has|they'?ve|they have|\w+'s|\w+ has|(?:one|two|some|"
    r"both|all) of (?:us|them) (?:has|have))\s+(?:already\s+|actually\s+|also\s+)?(?:run|operated|managed|maintained|"
    r"set up|racked|administ\w+)\s+(?:them|those|these|it|those boxes|the cards|the boxes)\b"
)


def _ran_the_gpus(t: str) -> bool:
    """Whether a message names GPUs and then says someone on the team has run them."""
    g = GPU_WORD.search(t)
    if g is None:
        return False
    for m in RAN_THEM.finditer(t, g.end()):
        if rx.match(r"(?:nobody|noone|none|neither|nothing|anyone|anybody)\b", m.group(0)) or rx.search(
            r"\b(?:no|not|never)\s*$", t[max(0, m.start() - 8) : m.start()]
        ):
            continue  # "nobody has run them", "no one's run them"
        if _said_of_team(t, m):
            return True
    return False


def _said_of_team(t: str, m: re.Match[str]) -> bool:
    """Whether the words ``m`` found are said of the user's team as it is (not denied, wished or supposed)."""
    for ch in scope.chunks(t):
        if ch.start <= m.start() < ch.start + len(ch.text):
            return scope.team_polarity(ch, m.start() - ch.start, m.end() - ch.start) == "yes"
    return False


# GPUs named, then the team running them ("four A100 80GB cards in our own rack, which we already operate", "we bought
# four A100s and we've been running them ourselves", "two DGX boxes ... our platform team runs them on kubernetes in
# production", "two of our sysadmins keep them running"); or a model served by the team on GPUs it names ("we serve
# Mistral 7B Instruct ourselves on two L4s")
OPERATE_THEM = rx.compile(
    r"\b(?:we|which we|that we|our (?:\w+ )?(?:team|sysadmins?|admins?|ops|sres?|engineers?|people|folks|guys)|"
    r"(?:two|three|four|\d+) (?:of our )?(?:sysadmins?|admins?|sres?|engineers?|people|folks|guys))(?:'ve| have)?\s+"
    r"(?:already\s+|also\s+|been\s+|are\s+|actually\s+)*(?:run|runs|running|operate|operates|operating|manage|manages|"
    r"managing|maintain|maintains|maintaining|keep|keeps|keeping|administer\w*)\s+"
    r"(?:(?:them|those|these|the (?:cards|boxes|servers|gpus|machines|cluster))(?:\s+(?:ourselves|ourself|in[- ]house|"
    r"running|for (?:training|inference|\w+ jobs)|(?:on \w+ )?in (?:prod|production)))?|"
    r"(?:it|them) (?:all )?ourselves)\b|"
    r"\b(?:which|that) we (?:already |also |actually )*(?:run|operate|manage|maintain|administer\w*)\b|"
    r"\b(?:we|i)\s+(?:already\s+)?(?:serve|host|run|self-host)\s+(?:[\w.-]+\s+){1,5}?(?:ourselves|ourself|in-house)\s+"
    r"on\s+(?:\w+\s+){0,2}?(?:gpus?|" + GPU_MODELS + r")\b"
)


def _operate_the_gpus(t: str) -> bool:
    """Whether a message names GPUs and says the team runs them (or serves a model on GPUs it names)."""
    g = GPU_WORD.search(t)
    if g is None:
        return False
    for m in OPERATE_THEM.finditer(t):
        if m.end() < g.start() and not rx.search(r"\bon\b", m.group(0)):
            continue  # (the GPUs come first, then who runs them)
        if _said_of_team(t, m):
            return True
    return False


NOBODY = r"\W*(?:we have |there'?s |there is )?(?:nobody|noone|no one|none)"
# A head count too loose to store, given as the answer ("a few", "ML engineers? a handful", "devops: several"): ask.
VAGUE_COUNT = (
    r"(?:a few|few|a handful|handful|several|some|a bunch|a small number|a number|not many|many|lots|loads)(?: of "
    r"(?:them|us|people|folks|guys|engineers))?\b(?:[\s,]+(?:i'?d say|i guess|i think|maybe|probably|really|tbh|"
    r"lol))*\W*"
)
VAGUE_ANSWER = rx.compile(
    r"\W*(?:(?:we have|we'?ve got|there are|there'?s|got|um+|hmm+|well|like|maybe|honestly)\W+)*" + VAGUE_COUNT
)
VAGUE_LABELLED = rx.compile(
    ROLE_RUN + r"\s*(?:engineers?|people|folks|guys|ppl|devs|team)?\s*[?:=-]+\s*(?:(?:we have|we'?ve got|there are|"
    r"got|maybe|like|um+|hmm+)\W+)*" + VAGUE_COUNT + r"(?:$|[,.;!])"
)


# People who work on models without being said to run them in production: "4 data scientists", "two applied
# scientists", "3 DS", "a postdoc and three PhD students", and ML people counted loosely ("a handful of ML engineers",
# "a few ML folks"). How many could run a self-hosted model is then asked, never taken as none.
MODEL_PEOPLE = rx.compile(
    r"(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a|an|a couple of|"
    r"couple of|several|a few|few|a handful of|handful of|some|a dozen|dozen|a team of \d+)\s+"
    r"(?:(?:full[- ]time|part[- ]time|senior|junior|in[- ]house|great|brilliant|smart|)\s*)?"
    r"(?:data[- ]scien(?!ce\b)\w*|ds|applied scien\w*|research scien\w*|(?:ml|ai|nlp|machine learning) researchers?|"
    r"phd students?|postdocs?|doctoral (?:students?|researchers?))\b)"
    r"|\b(?:a few|a handful of|handful of|several|some|a couple of|a bunch of)\s+(?:ml|ai|machine learning)\s+"
    r"(?:engineers?|people|folks|guys|devs|ppl)\b"
    r"|\b(?:data scien\w*|ds)\s*[:=(]\s*\d+"
)
# a person alone saying what they do: "it's just me. I train the models and I also babysit the servers"
SOLO_DOES_ML = rx.compile(
    r"\bi(?: also)? (?:(?:train|build|fine-?tune|ship|deploy|serve|run|host) (?:all )?(?:the |our )?(?:own )?(?:ml )?"
    r"models?|(?:do|handle) (?:all )?(?:the |our )?(?:ml|machine learning|models?|model stuff|ai stuff)"
    r"(?! (?:api|apis|prompts?|integration))\b)|"
    # "doing both the model stuff and the infra", "ML + ops = me", "I do the models AND the servers"
    r"\bdoing (?:both )?(?:the |all the )?(?:models?|model stuff|ml|machine learning)\b|"
    # "it's just me as the ml engineer", "just me, the AI engineer"
    r"\bme(?:,| as| -| being)? (?:the |our |an? )?(?:only |sole |lone |one )?(?:ml|mle|machine learning|ai|"
    r"data science|applied ml)(?: engineer| eng| guy| person| lead| dev(?:eloper)?)\b|"
    r"\b(?:ml|models?)\s*(?:\+|&|and|/)\s*(?:ops|devops|infra\w*|servers?)\s*(?:=|:|is|are)\s*(?:all )?me\b"
)
SOLO_DOES_OPS = rx.compile(
    r"\bi(?: also)? (?:run|babysit|manage|handle|look after|maintain|admin|do|keep up) (?:all )?(?:the |our )?"
    r"(?:servers?|infra\w*|ops|devops|vms?|machines|boxes|cluster|kubernetes|k8s)\b|"
    r"\bi (?:do|handle|run) (?:all )?(?:the |our )?(?:models?|ml|model stuff) (?:and|&|\+) (?:also )?(?:all )?"
    r"(?:the |our )?(?:servers?|infra\w*|ops|devops)\b|"
    r"\bdoing (?:both )?(?:the )?(?:models?|model stuff|ml) (?:and|&|\+) (?:the |all the )?(?:servers?|infra\w*|ops|"
    r"devops)\b|"
    r"\b(?:ml|models?)\s*(?:\+|&|and|/)\s*(?:ops|devops|infra\w*|servers?)\s*(?:=|:|is|are)\s*(?:all )?me\b"
)


# data scientists said to deploy and run the models themselves: they are who would run a self-hosted one
MODEL_PEOPLE_DEPLOYING = rx.compile(
    r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|a couple of|a dozen)\s+(?:[\w-]+\s+)?"
    r"(?:data[- ]scien(?!ce\b)\w*|ds|applied scien\w*|research scien\w*|(?:ml|ai) researchers?)\b[^.;?]{0,40}?"
    r"\b(?:they|who|and they|that)\s+(?:also\s+|themselves\s+|actually\s+)*(?:deploy|serve|ship|push|host|run|put|"
    r"operate|maintain)\w*\s+(?:\w+\s+){0,5}?(?:models?|endpoints?|in (?:prod|production)|to (?:prod|production)|"
    r"inference)\b"
)


def _model_people_unclear(t: str, team: dict[str, Any]) -> bool:
    """Whether the message counts people who work on models without saying how many run them (then asked)."""
    if "ml_engineers" in team:
        return False
    cut = scope.chunks(t)
    return any(
        stance(t, cut, m.start()) == "yes"
        and not rx.search(r"\b(?:i'?m|i am|am|as|being)\s+$", t[: m.start()])  # "I'm a postdoc": who is writing
        and not (THEIRS.search(before := _sentence_before(t, m.start())) or USERS.search(before))
        for m in MODEL_PEOPLE.finditer(t)
    )


# the people counted are who the tool is for ("our users are about 200 data scientists", "for our 40 data scientists")
USERS = rx.compile(
    r"\b(?:users?|customers?|audience|used by|serv(?:es|ing)|readers?|members?)\b|\bfor (?:our |the |about |some )*$"
)


# people of another organisation, said before them in the sentence ("our client has 40 data scientists")
THEIRS = rx.compile(
    r"\b(?:clients?|customers?|partners?|vendors?|competitors?|providers?|agency|agencies|consultan\w*|contractors?|"
    r"they|their|parent company|sister company|other teams?|another team|the [a-z]+ team)\b"
)


def _sentence_before(t: str, pos: int) -> str:
    start = max(t.rfind(".", 0, pos), t.rfind(";", 0, pos), t.rfind("!", 0, pos), t.rfind("?", 0, pos))
    return t[start + 1 : pos]


# the one person counted does the other job too: "one ML engineer, and she sort of doubles as our DevOps too", "just
# one ml engineer and she also does all the devops", "a single SRE who also handles the ML side"
DOUBLES = rx.compile(
    r"\b(?:he|she|they|who|that person|that guy)\s+(?:also\s+|kind of\s+|sort of\s+|basically\s+|effectively\s+|"
    r"more or less\s+)*(?:doubles?|doubling|acts?|acting)\s+as\s+(?:our\s+|the\s+|a\s+|an\s+)?(?P<as>[\w/ -]{2,20}?)"
    r"(?=\s*(?:too|as well|person|guy|engineer|[,.;!]|$))|"
    r"\b(?:he|she|they|who)\s+(?:also\s+|kind of\s+|sort of\s+|basically\s+)*(?:does|do|handles?|covers?|runs?|owns?|"
    r"takes care of|looks after)\s+(?:all\s+)?(?:of\s+)?(?:the\s+|our\s+)?(?P<job>devops|ops|infra\w*|sre|servers?|"
    r"platform|ml|machine learning|model(?:s| stuff| side)?)\b"
)


def _doubles(t: str, team: dict[str, Any]) -> None:
    """One person counted in one role who also does the other: counted in both (as the corpus counts them)."""
    for key, other in (("ml_engineers", "devops"), ("devops", "ml_engineers")):
        if team.get(key) != 1 or other in team:
            continue
        for m in DOUBLES.finditer(t):
            job = (m["as"] or m["job"] or "").strip()
            is_ops = bool(
                rx.fullmatch(r"devops|dev ops|ops|infra\w*|sres?|servers?|platform(?: engineer)?|sysadmin", job)
            )
            is_ml = bool(rx.fullmatch(r"ml(?: engineer)?|machine learning|model(?:s| stuff| side)?", job))
            if (other == "devops" and is_ops) or (other == "ml_engineers" and is_ml):
                team[other] = 1
                break


# the noun a corrected figure counts, when it counts people ("2 ML engineers, sorry 3": the noun is "ml")
_PEOPLE_NOUN = rx.compile(
    r"ml|mles?|engineers?|devs?|developers?|sres?|devops|ops|people|persons?|folks|guys|scientists?|data|infra|"
    r"platform|backend|fte|ftes|heads?|members?|staff"
)


def _head_count_corrected(t: str) -> tuple[str, int] | None:
    """The message with a head count it corrects put right, and the count ("we have 2 ML engineers, sorry 3" read
    with 3); None when it corrects no head count."""
    fix = said_correction(t)
    if fix is None or fix.noun is None or not _PEOPLE_NOUN.fullmatch(fix.noun) or fix.new != int(fix.new):
        return None
    fixed = corrected_inline(t)
    return (fixed, int(fix.new)) if fixed is not None else None


def _team(
    t: str, votes: cues.Votes, expecting: list[str], raw: str | None = None, said_elsewhere: bool = False
) -> tuple[dict[str, Any], bool]:
    """The team facts the message states (only those keys), and whether it is unclear. ``said_elsewhere``: the
    message gave a fact of another topic (a "no" opening it may belong there: "no, we're not under any regulation")."""
    team: dict[str, Any] = {}
    _team_counts(t, team)
    fixed = _head_count_corrected(t)
    if fixed is not None and fixed[1] not in team.values():
        # the corrected count not read from the words as they are ("Sorry, 2, one just left" is read there)
        team = {}
        _team_counts(fixed[0], team)
    if raw is not None:
        named: dict[str, Any] = {}
        _named_people(raw, named)
        for key, n in named.items():
            team.setdefault(key, n)
    for key in ("mlops", "gpu_infra", "kubernetes"):
        said = votes.found.get((f"team.{key}", "true"), [])
        if "yes" in said:
            team[key] = True
        elif "no" in said:
            team[key] = False
    held = rx.match(
        r"(?:we|i) (?:have|'ve got|'ve had|have had)|we'?ve", votes.words.get(("team.gpu_infra", "true"), "")
    )
    if team.get("gpu_infra") is True and held and _gpus_not_in_prod(t):
        team["gpu_infra"] = False  # "we have gpu nodes but nothing in production": held, never run in production
    if "gpu_infra" not in team and _gpus_not_in_prod(t):
        team["gpu_infra"] = False  # "we rent GPUs for experiments but nothing in production"
    if "gpu_infra" not in team and (gpus_serving(t) or gpus_in_service(t)):
        team["gpu_infra"] = True  # "GPU nodes in our EKS cluster serve our embedding model"
    if "gpu_infra" not in team and _operate_the_gpus(t):
        team["gpu_infra"] = True  # "four A100s in our own rack, which we already operate for training jobs"
    if "gpu_infra" not in team and _ran_the_gpus(t):
        team["gpu_infra"] = True  # "four A100s sitting idle ... Bloke's run them before"
    bare = votes.found.get(("team.gpu_infra", "bare"), [])
    if "gpu_infra" not in team and "no" in bare and "yes" not in bare:
        team["gpu_infra"] = False  # "no GPUs", "k8s yes, gpus no", "never touched a GPU"
    if team_none.no_engineers(t):
        # "nobody on the team is technical, like at all": no one runs models or GPUs either
        team.setdefault("mlops", False)
        team.setdefault("gpu_infra", False)
    _doubles(t, team)
    _me_plus(t, team, "team" in expecting or bool(rx.search(r"\bteam\b", t)))
    # "just me" answers the team question, or a message about who runs things ("no team, it's just me");
    # "solo founder", "one-person company" say so anywhere
    about_team = "team" in expecting or bool(
        rx.search(r"\b(?:team|staff|employees|headcount|engineers?|devs?|devops|ops|servers?|gpus?|infra\w*)\b", t)
    )
    if (
        (about_team or rx.search(r"\bsolo (?:founder|dev\w*|engineer)|\bone[- ]person (?:company|startup|team)", t))
        and not rx.search(r"\bme (?:and|n|plus|\+|&|with)\b", t)
        and not rx.search(
            ROLE_RUN + r"\s+(?:is|=|:)\s+(?:just |only |basically |literally )?me\b(?!\s*(?:and|&|\+|,|plus|with)\b)", t
        )
        and rx.search(
            r"\b(?:(?:it'?s |literally |only |just )+me\b|solo (?:founder|dev\w*|engineer)|(?:i'?m|as) the only "
            r"(?:engineer|developer|dev|tech person)\b|one[- ]person (?:company|startup|team|shop))",
            t,
        )
    ):
        team.setdefault("ml_engineers", 1 if SOLO_DOES_ML.search(t) else 0)
        team.setdefault("devops", 1 if SOLO_DOES_OPS.search(t) else 0)
    if not team and (("team" in expecting and VAGUE_ANSWER.fullmatch(t)) or VAGUE_LABELLED.search(t)):
        return {}, True  # "ML engineers? a few": a number is needed, so the advisor asks for it
    if "team" in expecting and not team:
        if rx.fullmatch(
            r"\W*(?:just|only|it'?s just|it'?s only|that'?s just)?\s*(?:me|myself|me myself and i)\W*|"
            r"\W*(?:solo|i'?m (?:a )?solo\w*|one[- ]man (?:band|show|team)|i'?m alone)\W*",
            t,
        ):
            return {"ml_engineers": 0, "devops": 0}, False
        head = rx.split(r"[.,;]", t)[0]
        filler = r"\s*(?:lol|tbh|really|honestly|have|here|at all|sadly|yet|so far|right now|atm|for now|currently)?\W*"
        if (
            NO.fullmatch(t)
            or (NO.fullmatch(head) and not lead_no_elsewhere(t, said_elsewhere, TEAM_WORDS))
            or rx.fullmatch(NOBODY + filler, head)
            or rx.fullmatch(NOBODY + r" for (?:that|this|it)\W*", t)
        ):
            return {"ml_engineers": 0}, False
        # "3", "just one", "2 ppl", "yes, 2", "we do, three of them": how many would run it
        number = rx.fullmatch(
            r"\W*(?:(?:yes|yeah|yep|yup|we do|sure)\W+)?(?:about|around|maybe|like|just|only|roughly|~)?\s*"
            r"(\d+|one|a single)\s*(?:people|persons?|guys?|gals?|folks|engineers?|devs|heads|of them|ftes?)?\W*",
            t,
        )
        count = _count(number.group(1)) if number else None
        if count is not None:
            return {"ml_engineers": count}, False
        if YES.fullmatch(t):
            return {}, True
    for key, words in (("ml_engineers", ML_WORDS), ("devops", OPS_WORDS)):
        if key in team and team[key] and _ranged(t, team[key], words):
            # "two or three ML people, depending on the reorg", "between 2 and 4 on the ML side": how many is asked
            team.pop(key)
            return team, True
    if "ml_engineers" not in team and (deploying := MODEL_PEOPLE_DEPLOYING.search(t)) is not None:
        n = _count(deploying["n"])
        cut = scope.chunks(t)
        before = _sentence_before(t, deploying.start())
        if (
            n is not None
            and stance(t, cut, deploying.start()) == "yes"
            and not (THEIRS.search(before) or USERS.search(before))
        ):
            team["ml_engineers"] = n  # "three data scientists, and they deploy and serve their own models"
    return team, _model_people_unclear(t, team)


ML_WORDS = r"(?:ml|machine learning|ai|nlp|data|research\w*|algo\w*|model\w*)"
OPS_WORDS = r"(?:dev ?ops|ops|sres?|platform|infra\w*|sysadmins?|operations)"


def _ranged(t: str, count: int, words: str) -> bool:
    """The count is the top of a range of people said beside the role ("2 or 3 ML people", "between 2 and 4 on the
    ML side")."""
    for m in rx.finditer(r"(?<![\d.])(\d+)\s*(?:or|to|-|–)\s*(\d+)(?![\d%]|\.\d)|\bbetween\s+(\d+)\s+and\s+(\d+)\b", t):
        low, high = int(m[1] or m[3]), int(m[2] or m[4])
        near = t[m.end() : m.end() + 40]
        if not low < high or count not in (low, high):
            continue
        if (high == count and rx.search(r"\b" + words + r"\b", near)) or rx.search(
            r"\b" + words + r"(?:\s+(?:engineers?|people|folks|team|side))?\s*[:=]\s*(?:~|about\s+|approx\.?\s+)?$",
            t[max(0, m.start() - 40) : m.start()],
        ):
            return True  # "2 or 3 ML people", "ML: 2–3 (one is half-time)"
    return False
