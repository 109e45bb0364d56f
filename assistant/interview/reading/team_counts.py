"""Head counts by role: "2 ML engineers", "a 10-person ML infrastructure team", "no DevOps people", "two of
them know ML", "ML engineers? we have two", "nobody does ops"; the role vocabulary (ML, operations, people,
teams) the team readers share.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.interview import cues, scope
from assistant.interview.reading.answers import _count

ROLE_ML = (
    r"(?:mles?|ml|machine[- ]learning|ai|data[- ]scien\w*|ml ?ops|ml[- ]?infra\w*|ml[- ]?platform|llm|applied (?:ml|"
    r"ai)|"
    r"deep[- ]learning|nlp|ai/ml|ml/ai|ml/mlops|research)"
)
ROLE_OPS = (
    r"(?:devops|dev ops|dev-ops|sres?|site reliability|ops|operations?|platform|k8s(?= (?:person|people|guy|gal|"
    r"engineers?|admins?|folks)|$)|infra\w*|sysadmins?|cloud|"
    r"systems?|it)"
)
PEOPLE = (
    r"(?:engineers?|engs?|people|persons?|person|folks|guys?|gals?|dudes?|bros?|devs?|developers?|scientists?|"
    r"specialists?|experts?|"
    r"members?|hires?|staff|heads?|ppl|researchers?|team members?|fte|ftes|admins?|administrators?)"
)
COUNT = (
    r"(?:(?<=\bx)|(?<![\w'./]))(?P<n>\d+|no|zero|none|one|two|three|four|five|six|seven|eight|nine|ten|a single|single|"
    r"a lone|a sole|a couple(?: of)?|a dozen|an?)"
)
ROLE_RUN = r"(?P<role>(?:(?:" + ROLE_ML + "|" + ROLE_OPS + r")(?:\s*(?:/|&|\+|and|or)\s*|[\s-]+)?){1,3})"
ML_COMPOUND = re.compile(r"ml[- ]?infra\w*|ml[- ]?platform|ml ?ops|ai[- ]infra\w*|ai[- ]platform|ai/ml|ml/ai|ml/mlops")
VAGUE_AFTER_A = re.compile(
    r"\s+(?:handful|few|bunch|lot|number|dozen|couple|small|big|large|whole|growing|bigger|smaller|tiny|good|"
    r"decent|solid|separate)\b"
)
BARE_ROLE = r"ml|mles?|ai|ml ?ops|devops|ops|sres?|infra"
# Things, not people, after a role word ("no devops pipeline yet", "zero devops tooling").
NOT_PEOPLE_AFTER = (
    r"(?!\s+(?:tool\w*|pipelines?|process\w*|practices?|budget|culture|platform|setup|stack|automation|maturity|"
    r"scripts?|workflows?)\b)"
)
GPU_BEFORE = re.compile(r"\bgpu[- ]?$")
UNIT = (
    r"(?:team|group|org|organi[sz]ation|function|department|squad|crew|unit|side|staff|capability|capacity|bench|"
    r"headcount|staffing|resources)"
)


def _roles(role: str) -> list[str]:
    """Which head counts a role phrase names: ML, ops, or both ("no ML or ops people")."""
    keys = []
    if re.search(r"\b" + ROLE_ML + r"\b", role):
        keys.append("ml_engineers")
    rest = ML_COMPOUND.sub(" ", role)
    if re.search(r"\b" + ROLE_OPS + r"\b", rest) and (not keys or re.search(r"\b(?:and|or|&|/|\+)\b|/", role)):
        keys.append("devops")
    return keys


def _team_counts(t: str, result: dict[str, Any]) -> None:
    """Head counts: "2 ML engineers", "a 10-person ML infrastructure team", "no DevOps people"."""
    t = re.sub(r"[ \t]*\n\s*", "; ", t)  # each line of a list its own item: "3\ndevops: 2" is not "3 devops"
    t = re.sub(r"\b(\d+)\s*\(\s*\1\s*\)", r"\1", t)  # "three (3) ML engineers"
    t = re.sub(r"(?<![\w.])(\d+)(?=(?:mles?|sres?|ml|devops|ops|ai)\b)", r"\1 ", t)  # "3MLEs"
    from assistant.interview.quantities.guards import _negated

    adjectives = (
        r"(?:dedicated\s+|full[- ]time\s+|ftes?\s+|senior\s+|junior\s+|in[- ]house\s+|experienced\s+|actual\s+|real\s+|"
        r"proper\s+|more\s+|other\s+|part[- ]time\s+|of them (?:are |do |does )?|are |do |does |on the |in |"
        r"doing |for )*"
    )
    people = (
        r"(?:"
        + PEOPLE
        + r"|nerds?|geeks?|wizards?|ninjas?|gurus?|rockstars?|heroes|hackers?|(?<=sres)|(?<=sre)|(?<=mles)|(?<=mle)|"
        r"(?<=sysadmins)|(?<=sysadmin)|"
        r"(?<=devops)(?=\s*(?:[,.;+&)]|$|and\b|plus\b|but\b|too\b|as well\b)))"
    )
    doing = (
        r"(?:do|does|know|knows|can do|handle|handles|work on|works on|work in|works in|are on|is on|are in|is in|"
        r"are into|focus on|focuses on|cover|covers|look after|looks after|own|owns|run|runs|take care of|"
        r"takes care of|work with|works with|working with|working on)"
    )
    after = (
        r"(?=\s*(?:[,.;)+&]|$|and\b|plus\b|but\b|on the side|part[- ]time|full[- ]time|work|stuff|side|team|group|"
        r"org|squad|crew|unit|department|function|too\b|"
        r"lol\b|haha\b|tbh\b|or so\b|i (?:guess|think)\b))"
    )
    patterns = [
        # "a platform team of 4 ML infra engineers", "team of 3 SREs", "ML team of 4"
        r"(?:(?P<lead>"
        + ROLE_RUN.replace("?P<role>", "")
        + r")\s*)?"
        + UNIT
        + r" of (?:about |around |roughly |just |only )?"
        + COUNT
        + r"(?:\s+"
        + ROLE_RUN
        + r")?(?:\s*"
        + people
        + r")?",
        # "a 10-person ML infrastructure team", "six-person ML infrastructure group"
        COUNT
        + r"[- ](?:person|people|man|strong|member|headcount|engineer)\s+"
        + ROLE_RUN
        + r"\s*(?:"
        + UNIT
        + r"|engineering "
        + UNIT
        + r")",
        # "2 ML engineers", "one DevOps person", "3 SREs", "no ML engineers", "2 do ML", "6 of them are on the ML team"
        COUNT + r"\s*(?:x|×)?\s+" + adjectives + ROLE_RUN + r"\s*(?:engineering\s+)?(?:" + people + r"|(?<=ml )stuff\b|"
        r"(?<=ml )work\b|(?<=ml )engineering\b|(?<=ml)(?=[,.;]|$)|(?<=devops)(?![\w-])" + NOT_PEOPLE_AFTER + r"|"
        r"(?<=sres)(?![\w-])|(?<=sre)(?![\w-])|(?<=ops)(?=[,.;]|$))",
        # "ML engineer we have two", "SREs we've got three": the role first, then the count
        ROLE_RUN
        + r"\s*(?:"
        + people
        + r")\s*,?\s*(?:we have|we'?ve got|we got|there are|we are|we'?re)\s+(?:about |around |only |just )?"
        + COUNT
        + r"\b(?!\s*(?:%|k\b|m\b|x\b|gpus?|tokens|requests))",
        # "our ML engineers (there are two of them)", "SREs - we have three"
        ROLE_RUN
        + r"\s*(?:"
        + people
        + r")\s*[(,-]\s*(?:there (?:are|is)|we have|we'?ve got)\s+(?:just |only )?"
        + COUNT
        + r"\b(?:\s+of (?:them|us))?",
        # "two doing infrastructure", "one on ops"
        COUNT
        + r"\s+(?:of us\s+|of them\s+|"
        + PEOPLE
        + r"\s+)?(?:doing|on|handling|running|in|working on|working in|focused on|dedicated to)\s+(?:the\s+)?"
        + ROLE_RUN
        + r"(?=\s*(?:[,.;)]|$|work|stuff|side|part[- ]time|full[- ]time|on the side|too\b|as well\b|and\b|plus\b|"
        r"but\b|[+&]))",
        # "one person for devops", "3 person for ML", "two backend devs doing DevOps"
        COUNT
        + r"\s+(?:"
        + PEOPLE
        + r"|backend devs|developers|devs)\s+(?:(?:part[- ]time|full[- ]time|mostly|also)\s+)?(?:for|on|doing|in|"
        r"handling|who do(?:es)?)\s+"
        r"(?:the\s+)?" + ROLE_RUN + r"(?=\s*(?:[,.;]|$|on the side|work|stuff|side|team))",
        # "ML engineers: 2", "devops: one person", "ML team: 4", "ML headcount is 7"
        ROLE_RUN
        + r"\s*(?:engineering\s*)?(?:"
        + people
        + r")?\s*(?:"
        + UNIT
        + r"\s*|head ?count\s*(?:is\s*)?|(?:capacity|staffing|resources|bench)\s*)?(?::|=|x|×|"
        r"(?<=count) |(?<=count is) |\s[-–]\s|[-–](?=\s*\d+\s*(?:[,;./)|]|$|and\b|(?:people|engineers?|ppl|folks|"
        r"persons?)\b))|"
        r"\((?=\s*\d+\s*(?:(?:people|engineers?|ppl|folks|persons?|ftes?)\s*)?\)))\s*(?:(?:we have|we'?ve got|"
        r"we got|there are|there'?s|there is)\s+)?"
        r"(?:about |around |roughly |~)?" + COUNT + r"\b",
        # "three people, all ML", "a small team of 4, all doing ML", "just the two of us, both ML"
        COUNT
        + r"\s*(?:(?:"
        + PEOPLE
        + r"|of us)\s*)?[,.;:]?\s*(?:and\s+)?(?:all|both)(?: of (?:them|us))?\s*(?:(?:are|do|"
        r"doing|in|on|work on|working on)\s+)?(?:the\s+)?"
        + ROLE_RUN
        + r"(?:\s*(?:"
        + people
        + r"))?(?=\s*(?:[,.;)]|$|and\b))",
        # "a team of 6, 2 of which are ML", "3 of them are SREs"
        COUNT
        + r"\s+of (?:them|whom|which|those|us|these)\s+(?:(?:are|is)\s+)?(?:\w+\s+)?"
        + ROLE_RUN
        + r"(?:\s*(?:"
        + people
        + r"))?(?=\s*(?:[,.;)]|$|and\b|but\b|plus\b))",
        # "Our ML engineers number seven", "our ops crew, three people", "platform engineering headcount is 9"
        ROLE_RUN
        + r"\s*(?:engineering\s+)?(?:"
        + people
        + r"|"
        + UNIT
        + r")?\s*(?:numbers?|totals?|total(?:l)?ing|count(?:s|ing)?|"
        r"headcount(?: is)?)\s+(?:about |around |roughly )?" + COUNT + r"\b(?!\s*(?:%|k\b|m\b|x\b))",
        ROLE_RUN + r"\s*" + UNIT + r"\s*,\s*(?:about |around |roughly )?" + COUNT + r"\s+(?:" + PEOPLE + r")\b",
        # "the ops folks are five people", "for the operation only one guy", "MLEs 7 / SRE 3", "4 persons of ML"
        ROLE_RUN
        + r"\s*(?:"
        + people
        + r"|"
        + UNIT
        + r")?\s+(?:are|is)\s+(?:just |only |about |around )?"
        + COUNT
        + r"\s+(?:"
        + PEOPLE
        + r")\b",
        r"\bfor\s+(?:the\s+)?"
        + ROLE_RUN
        + r"\s*,?\s*(?:we have\s+|there (?:is|are)\s+|we are\s+|we'?re\s+)?(?:only |just )?"
        + COUNT
        + r"\s+(?:"
        + PEOPLE
        + r")\b",
        r"(?<![\w-])" + ROLE_RUN + r"\s*(?:" + people + r")?\s+(?P<n>\d+)(?!\s*/\s*\d)(?=\s*(?:[/,;|]|$))",
        COUNT + r"\s+(?:" + PEOPLE + r")\s+of\s+" + ROLE_RUN + after,
        # "two of them know ML", "of which 3 do machine learning", "one does ops part-time", "one guy does our devops"
        COUNT
        + r"\s+(?:of (?:them|whom|which|those|us|these)\s+|of (?:our|the|my) (?:[\w-]+\s+)?(?:"
        + PEOPLE
        + r")\s+|(?:"
        + PEOPLE
        + r")\s+)?"
        + doing
        + r"\s+(?:the\s+|some\s+|our\s+|all\s+(?:the\s+|our\s+)?)?"
        + ROLE_RUN
        + after,
        # "ML-wise, we have 2", "ops-wise there are three people"
        ROLE_RUN + r"[- ]wise\W+(?:we have|we'?ve got|there (?:are|is)|it'?s|just|only)?\s*" + COUNT + r"\b",
        # "two PhD students who are functionally ML engineers", "3 contractors who act as our SREs"
        COUNT
        + r"\s+(?:[\w-]+\s+){0,2}?(?:"
        + PEOPLE
        + r"|students|interns|contractors|freelancers|postdocs|phds?)\s+(?:who|that)\s+(?:are|is|act as|work as|"
        r"serve as|double as)\s+(?:\w+\s+)?(?:our\s+)?" + ROLE_RUN + r"\s*" + people,
        # "infra is handled by two people", "devops is a team of one"
        ROLE_RUN
        + r"\s*(?:"
        + UNIT
        + r"\s*)?(?:(?:part|side|work|stuff|bits?)\s+)?(?:is|are)\s+(?:handled|done|run|covered|managed|owned|"
        r"looked after|staffed)\s+by\s+"
        r"(?:just\s+|only\s+)?" + COUNT + r"\b",
        ROLE_RUN + r"\s*(?:is|=)\s+(?:just\s+)?(?:a|an)\s+" + UNIT + r"\s+of\s+" + COUNT + r"\b",
        # "3 person for machine learning and 2 for the operation", "a couple on infra"
        COUNT + r"\s+(?:of us\s+|(?:" + PEOPLE + r")\s+)?(?:for|on|in)\s+(?:the\s+|our\s+)?" + ROLE_RUN + after,
        # "our platform group (5 engineers)", "SREs, like 4"
        r"(?<!\d )(?<!\d)"
        + ROLE_RUN
        + r"\s*(?:"
        + UNIT
        + r"|"
        + people
        + r")\s*(?:\(\s*|,?\s*(?:like|about|around|roughly|~)\s+)"
        r"(?P<n>\d+)\b(?!\s*(?:%|k\b|m\b|percent|tokens|requests|ms|s\b|seconds|gpus?|h100|a100))",
        # "ML team size: 5", "the size of our ML team is 4", "ML engineering consists of 7 people"
        ROLE_RUN
        + r"\s*(?:engineering\s+)?(?:"
        + UNIT
        + r"\s+)?size\s*(?::|=|is|of)\s*(?:about |around |roughly |~)?"
        + COUNT
        + r"\b(?!\s*(?:%|k\b|m\b|x\b|gpus?|tokens))",
        r"\bsize of (?:the |our |my )?" + ROLE_RUN + r"\s*(?:engineering\s+)?" + UNIT + r"\s+is\s+(?:about |around |"
        r"roughly |just |only )?" + COUNT + r"\b(?!\s*(?:%|k\b|m\b|x\b|gpus?|tokens))",
        ROLE_RUN
        + r"\s*(?:engineering\s*)?(?:"
        + UNIT
        + r"\s*)?(?:consists of|comprises|is made up of|is composed of)\s+"
        r"(?:just |only |about |around )?" + COUNT + r"\s*(?:" + people + r")",
        # "3 ML + 2 infra", "2 ai & 1 ops": bare counts of roles in a list
        COUNT
        + r"\s+(?P<role>"
        + BARE_ROLE
        + r")(?=\s*(?:[+&/,;]|and\b|plus\b)\s*"
        + COUNT.replace("?P<n>", "?:")
        + r"\s+(?:"
        + BARE_ROLE
        + r")(?=\s*(?:[+&/,;.)]|$|and\b|plus\b)))",
        COUNT.replace("?P<n>", "?:")
        + r"\s+(?:"
        + BARE_ROLE
        + r")\s*(?:[+&/,;]|and\b|plus\b)\s*"
        + COUNT
        + r"\s+(?P<role>"
        + BARE_ROLE
        + r")(?=\s*(?:[+&/,;.)]|$|and\b|plus\b))",
        # "ML team has ten engineers", "ml team is 7 ppl", "our ML team is small, just two people"
        ROLE_RUN + r"\s*" + UNIT + r"\s*(?:has|is|are|comprises|consists of|of|with|counts)\s+(?:\w+\s*,?\s+){0,3}?"
        r"(?:just |only |about |around )?" + COUNT + r"\s*(?:" + people + r"|strong\b)",
    ]
    cut = scope.chunks(t)

    def stance(pos: int) -> str:
        for ch in cut:
            if ch.start <= pos < ch.start + len(ch.text):
                pol = scope.team_polarity(ch, pos - ch.start, pos - ch.start + 1)
                if (
                    pol == "other"
                    and not (ch.hypothetical or ch.others)
                    and re.search(r"\b(?:maybe|perhaps|possibly|probably)\s*$", t[:pos])
                ):
                    return "yes"  # "maybe 3 people": a hedged count is still the count
                return pol
        return "yes"

    for pat in patterns:
        for m in re.finditer(pat, t):
            n = _count(m["n"])
            role = ((m.groupdict().get("lead") or "") + " " + (m["role"] or "")).strip()
            if n is None or not role:
                continue
            if m["n"] in ("a", "an") and VAGUE_AFTER_A.match(t, m.end("n")):
                continue  # "ML: a handful of PhDs": not one person
            pol = stance(m.start())
            if pol in ("question", "other") or (n > 0 and (pol == "no" or _negated(t, m.start()))):
                continue
            if role in ("it", "research") and n > 0 and not re.search(r"team of|\bit (?:" + PEOPLE + ")", m[0]):
                continue
            if re.search(r"\b(?:half|part|a fraction|percent|%)\s*(?:of\s*)?$", t[max(0, m.start() - 12) : m.start()]):
                continue  # "half of an SRE": not a head count
            if re.search(r"\b(?:out of|of (?:our|the|all|my|all our))\s*$", t[max(0, m.start() - 14) : m.start()]):
                continue  # "3 out of 8 engineers do ML": 8 is everyone, not the ML people
            if re.search(
                r"\b(?:need|needs|needed|require|requires|hire|hiring|recruit\w*|looking for|want|wants|budget for|"
                r"add|adding|would take|takes)\s+(?:\w+\s+){0,2}$",
                t[max(0, m.start() - 40) : m.start()],
            ):
                continue  # "we need 2 ML engineers to maintain it": a requirement, not the team
            if GPU_BEFORE.search(t, 0, m.start("role")):
                continue  # "no GPU infra": the hardware, not the people
            if n == 0 and ML_COMPOUND.fullmatch(role):
                continue  # "mlops: no" says there is no MLOps function, not that nobody does ML
            keys = _roles(role)
            if len(keys) > 1 and n > 0:
                continue
            for key in keys:
                if key == "ml_engineers" and role in ("ml", "mle", "mles", "machine learning", "machine-learning"):
                    result[key] = n  # "data scientists: 5. ML engineers: 0.": the ML engineers are the ones named
                else:
                    result.setdefault(key, n)
    # The user and others in one role: "me and 2 other ML engineers", "ML: me and one other guy"
    for pattern in (
        r"\b(?:me|myself|i)\s*(?:and|plus|\+|&|with)\s*"
        + COUNT
        + r"\s+(?:other|more)\s+"
        + ROLE_RUN
        + r"\s*(?:"
        + people
        + r")",
        ROLE_RUN + r"\s*(?:" + people + r"|" + UNIT + r")?\s*[:=-]\s*(?:just\s+)?(?:me|myself)\s*(?:and|plus|\+|&|"
        r"with)\s*" + COUNT + r"\s+(?:other|more)\s+(?:" + PEOPLE + r")\b",
    ):
        for m in re.finditer(pattern, t):
            n, keys = _count(m["n"]), _roles(m["role"].strip())
            if n is not None and len(keys) == 1 and stance(m.start()) == "yes":
                result[keys[0]] = n + 1
    # What people can do, said instead of their title: "4 engineers who can deploy models", "three are capable of
    # serving models", "two of them have an ML background", "2 folks who manage the k8s clusters"
    capable = (
        r"(?:currently\s+|already\s+|also\s+|actually\s+)?(?=(?:deploy|serv|run|train|build|ship|operat|host|manag|"
        r"handl|maintain|productioni[sz]|keep)\w*\s)|"
        r"(?:who|that|which)\s+(?:also\s+|kinda\s+|sort of\s+|actually\s+|already\s+)?(?:can|could|know how to|"
        r"knows how to|"
        r"are able to|is able to|have|has|do|does|know|knows)?\s*|(?:can|could|know how to|are able to)\s+|"
        r"(?:are|is)\s+(?:capable of|able to|comfortable|good at|experienced (?:in|with|at)|familiar with|fluent in|"
        r"trained in)\s+|(?:have|has|with)\s+(?:an?\s+|some\s+|real\s+|solid\s+|proper\s+)?"
    )
    ml_work = (
        r"(?:(?:deploy|serv|run|train|build|fine[- ]?tun|ship|operat|host|productioni[sz])\w*\s+(?:and\s+\w+\s+)?"
        r"(?:\w+\s+){0,2}?(?:models?|llms?|ml)\b|(?:pytorch|tensorflow|jax|hugging ?face|transformers|vllm)\b|(?:ml|"
        r"machine learning|ai|data science|mlops)\s+(?:background|experience|skills|"
        r"expertise|chops|knowledge|know-how)\b|(?:do|does|doing|handle\w*|cover\w*)?\s*(?:some\s+|the\s+|"
        r"all\s+the\s+)?"
        r"(?:ml|machine learning|ai|data science)(?: part| work| stuff| side| bits?)?\b)"
    )
    ops_work = (
        r"(?:(?:manag|run|handl|maintain|operat|babysit|look\w* after|keep)\w*\s+(?:the\s+|our\s+)?(?:\w+\s+){0,1}?"
        r"(?:infra\w*|servers?|ops|cluster\w*|k8s|kubernetes|platform|deployments?)\b|(?:devops|ops|sre|infra\w*|"
        r"sysadmin)\s+(?:background|experience|skills|expertise|chops)\b|(?:do|does|doing|handle\w*|cover\w*)\s+"
        r"(?:some\s+|the\s+|all\s+the\s+|our\s+)?(?:devops|ops|infra\w*|sre work|operations|on-?call|servers?|"
        r"deployments?)\b)"
    )
    lead = (
        COUNT
        + r"\s+(?:of (?:them|whom|which|those|us|these)\s+)?(?:(?:\w+\s+)?(?:"
        + PEOPLE
        + r")\s+)?(?:"
        + capable
        + r")"
    )
    for work, key in ((ml_work, "ml_engineers"), (ops_work, "devops")):
        for m in re.finditer(lead + work, t):
            n = _count(m["n"])
            if n is None or key in result:
                continue
            pol = stance(m.start())
            if pol in ("question", "other") or (n > 0 and (pol == "no" or _negated(t, m.start()))):
                continue
            who = re.match(lead, t[m.start() :])
            if m["n"] in ("a", "an") and not (who and re.search(r"\b" + PEOPLE + r"\b", who.group(0))):
                continue  # "a managed k8s cluster": a thing, not one person who manages it
            other = ROLE_OPS if key == "ml_engineers" else ROLE_ML
            if who is not None and re.search(r"\b" + other + r"\b", who.group(0)):
                continue  # "our two ML engineers also run k8s": counted as ML engineers, not as an ops team
            result[key] = n
    # One person named by position, the list closed: "our CTO does the devops himself, nobody else", "our cloud guy
    # and our cloud gal, that's the ops team", "plus me on ops"
    closed = re.search(
        r"\b(?:nobody else|no one else|no other (?:person|people|one)|that'?s (?:it|all|the (?:whole )?(?:\w+ )?team)|"
        r"(?:him|her)self)\b|\balone\b|\bsolo\b|\bon (?:his|her) own\b",
        t,
    )
    singles: dict[str, int] = {}
    for m in re.finditer(
        r"\b(?:our|my|the) (?:one |only |single |lone )?(?:(?P<r1>" + ROLE_RUN.replace("?P<role>", "") + r")\s*"
        r"(?:guy|gal|person|dude|lady|man|woman|admin|engineer|eng)|(?:cto|ceo|founder|co-?founder|tech lead|"
        r"lead dev\w*|"
        r"boss)\s+(?:is\s+)?(?:doing|does|do|handles?|handling|runs?|running|covers?|covering)\s+(?:all\s+)?(?:the\s+)?"
        r"(?P<r2>" + ROLE_RUN.replace("?P<role>", "") + r"))",
        t,
    ):
        keys = _roles((m["r1"] or m["r2"] or "").strip())
        if closed and len(keys) == 1 and stance(m.start()) == "yes":
            singles[keys[0]] = singles.get(keys[0], 0) + 1
    for m in re.finditer(
        r"(?:\bplus|\band|\+|&|,)\s+(?:me|myself)\s+(?:on|doing|handling|for|covering|running)\s+(?:the\s+)?"
        + ROLE_RUN,
        t,
    ):
        keys = _roles(m["role"].strip())
        if len(keys) == 1 and stance(m.start()) == "yes":
            singles[keys[0]] = singles.get(keys[0], 0) + 1
    for m in re.finditer(r"\b(?:i'?m|i am)\s+(?:the|our)\s+(?:only|sole|lone|single|one and only)\s+" + ROLE_RUN, t):
        keys = _roles(m["role"].strip())  # "I'm the only ML engineer"
        if len(keys) == 1 and stance(m.start()) == "yes":
            singles.setdefault(keys[0], 1)
    for m in re.finditer(
        ROLE_RUN + r"\s+(?:is|=|:)\s+(?:just |only |basically |literally )?me\b(?!\s*(?:and|&|\+|,|plus|with)\b)", t
    ):
        keys = _roles(m["role"].strip())  # "DevOps is just me"
        if len(keys) == 1 and stance(m.start()) == "yes":
            singles.setdefault(keys[0], 1)
    # The user alone in a role: "I handle the ops myself", "ops? that's me", "I'm the ML engineer", "we hired our first
    # ML engineer"
    alone = [
        r"\b(?:i|me)\s+(?:\w+\s+)?(?:handle|do|run|cover|take care of|look after|manage)\s+(?:the |all the |our |all )?"
        + ROLE_RUN
        + r"\s*(?:stuff|work|side|bits)?\s*(?:myself|alone|solo|on my own|by myself)\b",
        ROLE_RUN
        + r"\s*(?:"
        + PEOPLE
        + r"|"
        + UNIT
        + r")?\s*[?:=-]\s*(?:that'?s|it'?s|just|only|basically)\s+me\b(?!\s*(?:and|&|\+|plus|with)\b)",
        r"\b(?:i'?m|i am) (?:the|our) (?:(?:only|sole|lone|one|resident)\s+)?"
        + ROLE_RUN
        + r"\s*(?:"
        + PEOPLE
        + r")\b(?!\s*(?:and|&|\+|plus|with)\b)",
        r"\b(?:hired|onboarded|brought on|just got|have|got) (?:our|my|the|a) (?:very )?first "
        + ROLE_RUN
        + r"\s*(?:"
        + PEOPLE
        + r")\b",
    ]
    alone += [
        r"\b(?:me|myself|i)\s*\(\s*" + ROLE_RUN + r"\s*(?:" + PEOPLE + r")?\s*\)",  # "two of us: me (ML) and ..."
        # "our sole devops person", "the only SRE we have"
        r"\b(?:our|my|the) (?:sole|only|single|lone|one and only) " + ROLE_RUN + r"\s*(?:" + PEOPLE + r"|guy|gal|"
        r"lady|dude|man|woman)\b",
    ]
    for m in (m for pattern in alone for m in re.finditer(pattern, t)):
        keys = _roles(m["role"].strip())
        if len(keys) == 1 and stance(m.end() - 1) == "yes":  # "ops? that's me": where the answer is
            singles.setdefault(keys[0], 1)
    for key, n in singles.items():
        result.setdefault(key, n)
    # A role asked about, then answered: "ML engineers? we have two", "SREs - none"
    for m in re.finditer(
        ROLE_RUN + r"\s*(?:" + people + r"|" + UNIT + r")?\s*\?\s*(?:we have|we'?ve got|there are|got|have)?\s*"
        r"(?:just|only|about|like|maybe|around|roughly|~)?\s*"
        + COUNT
        + r"\b(?!\s*(?:%|k\b|m\b|ms\b|s\b|x\b|gpus?|tokens|requests|models?))",
        t,
    ):
        n = _count(m["n"])
        keys = _roles(m["role"].strip())
        if n is None or len(keys) != 1 or keys[0] in result or stance(m.start("n")) != "yes":
            continue
        if GPU_BEFORE.search(t, 0, m.start("role")):
            continue  # "GPU infra? we have zero": the hardware, not the people
        if n == 0 and ML_COMPOUND.fullmatch(m["role"].strip()):
            continue  # "MLOps team? no": no MLOps function, not nobody doing ML
        result[keys[0]] = n
    # A role still to hire, and today's count: "we're about to hire an SRE but right now it's zero"
    for m in re.finditer(
        r"\b(?:hire|hiring|recruit\w*|looking for|adding|bring(?:ing)? on|onboard\w*)\s+(?:an?|one|two|\d+|our first|"
        r"some|more|a couple of)?\s*(?:(?:dedicated|full[- ]time|senior|junior|first)\s+)?"
        + ROLE_RUN
        + r"[^.;!?]{0,40}?\b(?:right now|currently|today|for now|at the moment|as of (?:now|today)|so far|yet)\b,?\s*"
        r"(?:it'?s|we have|we'?ve got|there'?s|there are|we'?re at|we got)?\s*(?:zero|none|nobody|no one|0|nada)\b",
        t,
    ):
        keys = _roles(m["role"].strip())
        if len(keys) == 1 and not ML_COMPOUND.fullmatch(m["role"].strip()):
            result.setdefault(keys[0], 0)
    # "we don't have any ML engineers", "nobody does ML", "none of them ML specialists"
    ml_zero = (
        r"(?:don'?t|do not) have any(?:one|body) (?:who|that) (?:can|could|knows?)|"
        r"(?:don'?t|do not|doesn'?t) have (?:any |an? )?(?:dedicated )?(?:ml|machine learning|ai) (?:engineers?|people|"
        r"team|expertise|folks|staff)|no (?:in-house |dedicated |real )?(?:ml|machine learning|ai) (?:expertise|"
        r"experience|"
        r"team|folks|skills|background|knowledge|people|person|engineers?)|nobody(?:'s| is)? (?:here |on (?:the|"
        r"our) team )?(?:who )?(?:knows|does|with|who knows|"
        r"can|"
        r"really can|knows how to)?\s*(?:(?!on\b|in\b|from\b)\w+ ){0,2}(?:ml|machine learning|ai|run models|"
        r"serve models)\b|"
        r"zero ml\b(?![- ]?(?:infra|platform|ops))|"
        r"neither of us (?:\w+ ){0,3}(?:ml|machine learning|ai)\b|"
        r"none of (?:them|us|those|these) (?:can|could|knows? how to|is able to|are able to) (?:\w+ ){0,3}(?:deploy|"
        r"serve|"
        r"put|ship|productioni[sz]e|run|host) (?:\w+ ){0,2}models?\b|"
        r"(?:nobody|no one|noone|none of us) (?:with|who has|who have|having) (?:any |real |much )?(?:ml|"
        r"machine learning|"
        r"ai) (?:experience|background|skills|expertise)|"
        r"(?:lack|don'?t have|do not have|have no|without) (?:anyone|anybody|someone|a person|people) (?:who|that|to) "
        r"(?:\w+ ){0,2}(?:ml|machine learning|models?)\b|"
        r"(?:nobody|no one|noone|none of us)(?: \w+){0,3}? (?:serves?|runs?|deploys?|ships?|knows?|does|can do|"
        r"trains?|did|has touched|worked on|has (?:ever )?(?:done|run|deployed|served|shipped|trained)) (?:\w+ ){0,2}?"
        r"(?:ml|machine learning|"
        r"ai|models?|llms?)\b|"
        r"nobody(?: here| on (?:the|our) team)? (?:has|have|had|ever) (?:ever )?(?:shipped|deployed|served|run|put) "
        r"(?:an? |any )?(?:ml |ai )?models? (?:to|in|into) (?:prod|production)|"
        r"none of "
        r"them (?:are |is |do |does )?(?:\w+ )?(?:ml|machine learning)|not (?:a single|"
        r"one) (?:one )?of them (?:does|do|"
        r"is|knows) (?:ml|machine learning)"
    )
    ops_zero = (
        r"(?:nobody|no one|noone|none of us)(?:'s| is)?(?: (?!on\b|in\b|from\b)\w+){0,4}? (?:devops|ops|sre|infra\w*|"
        r"operations)\b(?! (?:team|crew|group|side|folks|people|guys?|squad)\b)|"
        r"(?:lack|don'?t have|do not have|have no|without) (?:anyone|anybody|someone|a person|people) (?:who|that|to) "
        r"(?:\w+ ){0,2}(?:devops|ops|infra\w*|operations|servers)\b|"
        r"\b(?:dev)?ops(?: \w+)? (?:nobody|none|no one|zero)\b|"
        r"no (?:in-house |internal |dedicated |own )?(?:devops|ops|infra\w*|operations|sre) (?:capability|capacity|"
        r"skills?|"
        r"expertise|experience|people|person|staff|folks)\b|"
        r"neither of us (?:\w+ ){0,3}(?:devops|ops|infra\w*|operations)\b|nobody(?:'s| is)? (?:does |doing |on |"
        r"in )?(?:dev)?ops|"
        r"zero (?:dev)?ops|no (?:dev)?ops (?:people|person|"
        r"folks|"
        r"team|engineers?)|(?:don'?t|do not) have (?:any |a )?(?:devops|ops|sre|platform) (?:people|person|team|"
        r"engineers?)"
    )
    ml_zero += r"|\b(?:ml|machine learning|ai)(?: people| engineers?| folks| team)?\s*[?:-]+\s*" + cues.NONE_HERE
    ops_zero += r"|\b(?:dev)?ops(?: people| engineers?| folks| team)?\s*[?:-]+\s*" + cues.NONE_HERE
    ml_zero += (
        r"|\b(?:we|i) (?:don'?t|do not) do (?:any )?(?:ml|machine learning|ai)\b(?! (?:yet|ourselves|in-house) but)"
    )
    ml_zero += (
        r"|for (?:ml|machine learning|ai)\W+(?:we have|there'?s|there is|we'?ve got)\s+(?:nobody|no one|none|zero)\b"
    )
    ops_zero += (
        r"|\boutsourc\w* (?:all |our |the |all of our |all our )?(?:infra\w*|ops|operations|devops|it|hosting)\b|"
        r"\b(?:infra\w*|ops|operations|devops|it) (?:is|are) (?:fully |all |entirely |completely )?outsourced\b"
    )
    ops_zero += (
        r"|for (?:devops|ops|infra\w*|operations)\W+(?:we have|there'?s|there is|we'?ve got)\s+(?:nobody|no one|none|"
        r"zero)\b"
    )
    # A role nobody has, said with the role's own words: "we don't have any devops", "we lack devops skills", "we do
    # not have dedicated operations staff", "there are no MLEs"
    have_none = (
        r"(?:(?:don'?t|do not|doesn'?t|does not) (?:really |currently |yet )?(?:have|employ)|(?:have|has|employs?) no|"
        r"lack(?:s|ing)?|"
        r"there (?:are|is) no|there'?s no|not (?:a single|one|even one))\s+(?:(?:any|an?|dedicated|in[- ]house|"
        r"internal|full[- ]time|real|proper|actual|specific)\s+){0,3}"
    )
    skills = (
        r"(?:people|folks|staff|persons?|engineers?|team|skills|expertise|experience|capacity|capability|know-how|"
        r"specialists?|experts?|developers?|devs?)"
    )
    ml_zero += (
        r"|" + have_none + r"(?:mles?|ml engineers?|machine learning engineers?|ai engineers?|data scientists?|(?:ml|"
        r"machine learning|ai) " + skills + r")\b"
    )
    ops_zero += (
        r"|" + have_none + r"(?:devops|dev ops|sres?|sysadmins?|site reliability engineers?|(?:devops|ops|operations|"
        r"infra(?:structure)?|platform) " + skills + r")\b(?![- ](?:tools?|pipelines?|budget|platform))"
    )
    ops_zero += (
        r"|\b(?:nobody|no one|noone|none of us) (?:on|in) (?:the|our) (?:team|company|staff) (?:\w+ )?(?:dev)?ops\b"
    )
    # "nobody on infra", "the ops side is nobody really", "ML: nobody"
    ended = r"(?=\s*(?:[,.;)!]|$|and\b|but\b|really\b|at all\b|lol\b|either\b|yet\b|right now\b|today\b))"
    ml_zero += (
        r"|\b(?:nobody|no one|noone|none|zero) (?:on|in|for|doing) (?:the )?(?:ml|machine learning|ai)(?: side| work)?"
        + ended
        + r"|\b(?:ml|machine learning|ai)(?: side| team| work)? (?:is|=|:) (?:\w+ )?(?:nobody|no one|none|zero|empty|"
        r"vacant)" + ended
    )
    ops_zero += (
        r"|\b(?:nobody|no one|noone|none|zero) (?:on|in|for|doing) (?:the )?(?:devops|ops|sre|infra\w*|operations)"
        r"(?: side| work)?" + ended + r"|\b(?:devops|ops|sre|infra\w*|operations)(?: side| team| work)? (?:is|=|:) "
        r"(?:\w+ )?(?:nobody|no one|none|zero|empty|vacant)" + ended
    )
    if cues.no_engineers(t):  # "there are no engineers on staff": nobody for either
        result.setdefault("ml_engineers", 0)
        result.setdefault("devops", 0)
    if "ml_engineers" not in result and re.search(ml_zero, t):
        result["ml_engineers"] = 0
    if "devops" not in result and re.search(ops_zero, t):
        result["devops"] = 0
