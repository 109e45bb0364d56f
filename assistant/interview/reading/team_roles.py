"""The role vocabulary the team readers share (ML and operations roles, people, teams, counts) and how the place of
a count in the message reads (``stance``).
"""

from __future__ import annotations

import assistant.interview.patterns as rx
from assistant.interview import scope
from assistant.interview.cue_context import not_started

ROLE_ML = (
    r"(?:mles?|ml|machine[- ]learning|ai|data[- ]scien\w*|ml ?ops|ml[- ]?infra\w*|ml[- ]?platform|llm|applied (?:ml|"
    r"ai)|"
    r"deep[- ]learning|nlp|ai/ml|ml/ai|ml/mlops|research|inference|model[- ]serving|algorithms?|algo)"
)
ROLE_OPS = (
    r"(?:devops|dev ops|dev-ops|sres?|site reliability|ops|operations?|platform|k8s(?= (?:person|people|guy|gal|"
    r"engineers?|admins?|folks)|$)|infra\w*|sysadmins?|cloud|"
    # ("it" is a role only beside people or as a label: "2 IT guys", "IT: nobody"; never the pronoun, "process it? no")
    r"systems?|it(?=\s+(?:people|persons?|staff|folks|guys?|gals?|team|department|dept|admin\w*|support|ops|crew|side|"
    r"engineers?|pros?|managers?|specialists?|technicians?|personnel|employees?|workers?|leads?|heads?|"
    r"professionals?|experts?|desk|operations|infra\w*|contractors?|consultants?|generalists?)\b|\s*[:=]|\s*$|"
    r"\s*(?:and|&|/|\+|or)\s*[a-z])|hpc|linux|unix|servers?|cluster|"
    r"network(?:ing)?)"
)
PEOPLE = (
    r"(?:engineers?|engs?|people|persons?|person|folks|guys?|gals?|dudes?|bros?|peeps?|devs?|developers?|scientists?|"
    r"specialists?|experts?|"
    r"members?|hires?|staff|heads?|ppl|researchers?|team members?|fte|ftes|admins?|administrators?)"
)
COUNT = (
    r"(?:(?<=\bx)|(?<![\w'./]))(?P<n>\d+|no|zero|none|one|two|three|four|five|six|seven|eight|nine|ten|a single|single|"
    r"a lone|a sole|a couple(?: of)?|a dozen|an?)"
)
ROLE_RUN = r"(?P<role>(?:(?:" + ROLE_ML + "|" + ROLE_OPS + r")(?:\s*(?:/|&|\+|and|or)\s*|[\s-]+)?){1,3})"
ML_COMPOUND = rx.compile(r"ml[- ]?infra\w*|ml[- ]?platform|ml ?ops|ai[- ]infra\w*|ai[- ]platform|ai/ml|ml/ai|ml/mlops")
UNIT = (
    r"(?:team|group|org|organi[sz]ation|function|department|squad|crew|unit|side|staff|capability|capacity|bench|"
    r"guild|chapter|pod|tribe|cell|"
    r"headcount|staffing|resources)"
)
VAGUE_AFTER_A = rx.compile(
    r"\s+(?:handful|few|bunch|lot|number|dozen|couple|small|big|large|whole|growing|bigger|smaller|tiny|good|"
    r"decent|solid|separate)\b|(?:\s+[\w-]+){0,3}\s+" + UNIT + r"\s+of\b|"  # "ML: a data science group of 7"
    # things, not people ("our mlops = a notebook and a prayer")
    r"\s+(?:(?:jupyter|bash|python)\s+)?(?:notebook|script|cron|spreadsheet|prayer|tool|pipeline|platform|process|"
    r"mess|joke|dream|wiki|doc|folder|repo|vm|server|laptop)s?\b"
)
BARE_ROLE = r"ml|mles?|ai|ml ?ops|devops|ops|sres?|infra"
# Things, not people, after a role word ("no devops pipeline yet", "zero devops tooling").
NOT_PEOPLE_AFTER = (
    r"(?!\s+(?:tool\w*|pipelines?|process\w*|practices?|budget|culture|platform|setup|stack|automation|maturity|"
    r"scripts?|workflows?|team|group|squad|crew|org|department|function|unit)\b)"
)
GPU_BEFORE = rx.compile(r"\bgpu[- ]?(?:\((?=ops))?$")


# Hired help outside the team: "2 freelancers do our ML", "a consultancy for ML, 3 people", "contractors for devops"
OUTSIDE = rx.compile(
    r"\b(?:contractors?|freelanc\w*|consultants?|consultanc\w*|agency|agencies|outsourc\w*|msp|vendors?|"
    r"fractional|offshore|external|third[- ]party|part of (?:another|a different))\b"
)


def hired_help(t: str, start: int, end: int) -> bool:
    """Whether the count at ``start:end`` is said of hired help outside the team (within its sentence)."""
    lead = t[max(0, start - 30) : start]
    lead = rx.split(r"[.;!?]", lead)[-1]
    after = rx.match(r"\s*(?:[\w-]+\s+)?(?:[\w-]+)", t[end:])  # "done by 2 freelancers"
    return bool(OUTSIDE.search(lead + t[start:end] + (after.group(0) if after else "")))


# One hybrid title joined by a slash ("12 ML/infra engineers", "ops/ML folks"): each person does both, so they are
# counted as the ML people who would run the models (not split between two roles).
HYBRID = rx.compile(
    r"(?:ml|ai|machine[- ]learning)\s*/\s*(?:infra\w*|ops|devops|platform|sre|systems?)|"
    r"(?:infra\w*|ops|devops|platform|sre|systems?)\s*/\s*(?:ml|ai|machine[- ]learning)"
)


def _roles(role: str) -> list[str]:
    """Which head counts a role phrase names: ML, ops, or both ("no ML or ops people")."""
    if HYBRID.fullmatch(role.strip()):
        return ["ml_engineers"]
    keys = []
    if rx.search(r"\b" + ROLE_ML + r"\b", role):
        keys.append("ml_engineers")
    rest = ML_COMPOUND.sub(" ", role)
    if rx.search(r"\b" + ROLE_OPS + r"\b", rest) and (not keys or rx.search(r"\b(?:and|or|&|/|\+)\b|/", role)):
        keys.append("devops")
    return keys


# Words around a role in a head count ("2 dedicated ML engineers", "ML nerds", "two of them do ML", "... on the side").
ADJECTIVES = (
    r"(?:dedicated\s+|server\s+|full[- ]time\s+|ftes?\s+|senior\s+|junior\s+|in[- ]house\s+|experienced\s+|"
    r"actual\s+|real\s+|"
    r"proper\s+|more\s+|other\s+|part[- ]time\s+|half[- ]time\s+|shared\s+|of them (?:are |do |does )?|are |do |"
    r"does |on the |in |doing |for )*"
)
PEOPLE_AFTER = (
    r"(?:"
    + PEOPLE
    + r"|nerds?|geeks?|wizards?|ninjas?|gurus?|rockstars?|heroes|hackers?|(?<=sres)|(?<=sre)|(?<=mles)|(?<=mle)|"
    r"(?<=sysadmins)|(?<=sysadmin)|"
    r"(?<=devops)(?=\s*(?:[,.;+&)]|$|and\b|plus\b|but\b|too\b|as well\b)))"
)
DOING = (
    r"(?:doubles as|double as|doubling as|(?:also )?(?:do|does|handles?|runs?|covers?|looks? after)|know|knows|"
    r"can do|work on|works on|work in|works in|are on|is on|are in|is in|"
    r"are into|focus on|focuses on|cover|covers|look after|looks after|own|owns|run|runs|take care of|"
    r"takes care of|work with|works with|working with|working on)"
)
AFTER = (
    r"(?=\s*(?:[,.;)+&]|$|and\b|plus\b|but\b|(?:person|guy|gal)\b|on the side|part[- ]time|full[- ]time|work|"
    r"stuff|side|team|group|"
    r"org|squad|crew|unit|department|function|too\b|"
    r"lol\b|haha\b|tbh\b|or so\b|i (?:guess|think)\b))"
)


def stance(t: str, cut: list[scope.Chunk], pos: int) -> str:
    """Whether the count at ``pos`` is said of the user's team ("yes"), denied, asked or someone else's."""
    if not_started(t, pos):
        return "other"  # "One SRE is hired, she will start in March": not on the team today
    for ch in cut:
        if ch.start <= pos < ch.start + len(ch.text):
            pol = scope.team_polarity(ch, pos - ch.start, pos - ch.start + 1)
            if (
                pol == "other"
                and not (ch.hypothetical or ch.others)
                and rx.search(r"\b(?:maybe|perhaps|possibly|probably)\s*$", t[:pos])
            ):
                return "yes"  # "maybe 3 people": a hedged count is still the count
            return pol
    return "yes"
