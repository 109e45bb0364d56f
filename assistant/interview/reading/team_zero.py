"""Roles nobody has: "we don't have any ML engineers", "nobody does ops", "no devops people", "ML: none",
"we outsource all ops", "there are no engineers on staff".
"""

from __future__ import annotations

from typing import Any

import assistant.interview.patterns as rx
from assistant.interview import scope, team_none
from assistant.interview.reading.team_roles import GPU_BEFORE


def _stated(t: str, pos: int) -> bool:
    """Whether the words ending at ``pos`` are said of the team ("if nobody has ML experience, ...?" is not)."""
    for ch in scope.chunks(t):
        if ch.start <= pos < ch.start + len(ch.text):
            return not (ch.question or ch.hypothetical or ch.others or ch.past)
    return True


def _nobody(t: str, result: dict[str, Any]) -> None:
    """Zero counts for the roles said to be nobody's, where no count is set yet."""
    # "we don't have any ML engineers", "nobody does ML", "none of them ML specialists"
    ml_zero = (
        r"(?:don'?t|do not) have any(?:one|body) (?:who|that) (?:can|could|knows?)|"
        r"(?:don'?t|do not|doesn'?t) have (?:any |an? )?(?:dedicated )?(?:ml|machine learning|ai) (?:engineers?|people|"
        r"team|expertise|folks|staff)|(?:no|nor (?:an?|any)) (?:in-house |dedicated |real )?(?:ml|machine learning|ai) "
        r"(?:expertise|"
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
        # (a wish is no skill: "nobody here wants to train a model")
        r"(?:nobody|no one|noone|none of us)(?: (?!wants?\b|wanna\b|would\b|plans?\b|intends?\b|likes?\b|cares?\b|"
        r"needs?\b)\w+){0,3}? (?:serves?|runs?|deploys?|ships?|knows?|does|doing|working on|can do|"
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
        r"(?:don'?t have|do not have|have no|without) (?:anyone|anybody|someone|a person|people) (?:for|on|doing) "
        r"(?:the )?(?:devops|ops|infra\w*|operations|servers)\b"
        # (not "anyone on ops full-time, Jake does it part-time", "anyone doing ops except the CTO")
        r"(?!\s+(?:full[- ]time|dedicated|in[- ]house)|[^.;]{0,50}\b(?:except|apart from|besides|other than|"
        r"part[- ]time|does it|handles it|covers it|does that)\b)|"
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
    ml_zero += r"|\b(?:ml|machine learning|ai)(?: people| engineers?| folks| team)?\s*[?:-]+\s*" + team_none.NONE_HERE
    ops_zero += r"|\b(?:dev)?ops(?: people| engineers?| folks| team)?\s*[?:-]+\s*" + team_none.NONE_HERE
    ml_zero += (
        r"|\b(?:we|i) (?:don'?t|do not) do (?:any )?(?:ml|machine learning|ai)\b(?! (?:yet|ourselves|in-house) but)"
    )
    ml_zero += (
        r"|for (?:ml|machine learning|ai)\W+(?:we have|there'?s|there is|we'?ve got)\s+(?:nobody|no one|none|zero)\b"
    )
    # Experience nobody has, or a title nobody holds: "nobody have experience with machine learning or GPUs",
    # "none of us has any ML background", "none of us are engineers in the AI sense", "no one here is an ML person"
    nobody = (
        r"(?:nobody|no one|noone|no-one|none of us|neither of us|not one of us|nobody of us|none of whom)"
        r"(?: here| on (?:the|our) team| "
        r"(?:in|at) (?:the|our) (?:company|team|org|organi[sz]ation|shop|firm)| on staff)?"
    )
    ml_words = r"(?:ml|machine learning|ai|deep learning|llms?)"
    know = r"(?:experience|background|skills?|expertise|knowledge|know-how)"
    ml_zero += (
        r"|"
        + nobody
        + r" (?:has|have|had|got|has got|'s got) (?:any |real |much |an? |the )?(?:"
        + ml_words
        + r" "
        + know
        + r"|"
        + know
        + r" (?:with|in|of|on|about|doing|running) (?:\w+ ){0,2}?(?:"
        + ml_words
        + r"|models?))"
        r"\b|"
        + nobody
        + r"(?: is| are|'s|'re| 's| 're) (?:an? |really |actually |real |proper |trained |professional )*"
        # (another title nobody holds may come first: "nobody is data scientist or ML engineer")
        r"(?:[a-z]+(?: [a-z]+)? (?:or|nor|and|/) (?:an? )?)?(?:"
        + ml_words
        + r" (?:engineers?|people|person|folks|experts?|specialists?|guys?)|engineers? in the (?:ai|ml|"
        r"machine learning) sense)\b"
    )
    # "no one for servers", "nobody to look after the infra", "no one to run the boxes"
    ops_zero += (
        r"|\b(?:nobody|no one|noone|no-one)\s+(?:for|to (?:run|manage|maintain|look after|handle|babysit|mind|do))\s+"
        r"(?:the |our |any )?(?:servers?|infra\w*|machines|boxes|hardware|ops|operations|hosting|deployments?)\b"
    )
    ops_zero += (
        r"|\boutsourc\w* (?:all |our |the |all of our |all our )?(?:infra\w*|ops|operations|devops|it|hosting)\b|"
        r"\b(?:infra\w*|ops|operations|devops|it) (?:is|are) (?:fully |all |entirely |completely )?outsourced\b"
    )
    # "an external agency handles devops", "we hire contractors for devops when needed"
    ops_zero += (
        r"|\b(?:agency|agencies|contractors?|freelancers?|consultancy|msp|managed service provider)\s+(?:\w+\s+)?"
        r"(?:handles?|does|do|runs?|manages?|covers?|takes? care of|looks? after)\s+(?:all\s+)?(?:of\s+)?"
        r"(?:our\s+|the\s+)?"
        r"(?:devops|ops|infra\w*|operations|servers?|hosting)\b|"
        r"\b(?:hire|use|rely on|bring in|call in)\s+(?:an?\s+)?(?:external\s+)?(?:contractors?|freelancers?|agency|"
        r"consultancy|msp)\s+(?:for|to do|to handle)\s+(?:our\s+|the\s+)?(?:devops|ops|infra\w*|operations)\b"
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
        r"infra(?:structure)?|platform) " + skills + r"|it (?:staff|people|folks|persons?|team|department|"
        r"guys?|admins?))\b(?![- ](?:tools?|pipelines?|budget|platform))"
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
    # Someone with know-how nobody is: "no one with experience in ML", "we have nobody with a background in devops"
    with_know = nobody + r" with (?:any |real |much |an? |the )?" + know + r" (?:in|with|of|on|running|doing) (?:\w+ )?"
    ml_zero += r"|" + with_know + ml_words + r"\b"
    ops_zero += r"|" + with_know + r"(?:devops|ops|operations|infra\w*|sre|servers|kubernetes|k8s)\b"
    # both roles in one denial: "we don't have any ops or ML people", "there are no ML or infra engineers"
    ml_role = r"(?:ml|machine learning|ai|data science)"
    ops_role = r"(?:devops|dev ops|ops|operations|infra(?:structure)?|platform|sres?)"
    both = (
        have_none
        + rf"(?:{ml_role}\s*(?:,|/|or|nor|and)\s*(?:any\s+)?{ops_role}|{ops_role}\s*(?:,|/|or|nor|and)\s*(?:any\s+)?"
        rf"{ml_role})\s+{skills}\b"
    )
    if any(_stated(t, m.end() - 1) for m in rx.finditer(both, t)):
        result.setdefault("ml_engineers", 0)
        result.setdefault("devops", 0)
    if team_none.no_engineers(t):  # "there are no engineers on staff": nobody for either
        result.setdefault("ml_engineers", 0)
        result.setdefault("devops", 0)
    if "ml_engineers" not in result and any(_stated(t, m.end() - 1) for m in rx.finditer(ml_zero, t)):
        result["ml_engineers"] = 0
    if "devops" not in result and any(
        not GPU_BEFORE.search(t, 0, m.start()) and _stated(t, m.end() - 1) for m in rx.finditer(ops_zero, t)
    ):
        result["devops"] = 0
