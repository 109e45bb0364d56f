"""Head counts from people named in the message: "Ana and Raj run infra", "Ops is Bob. ML is Alice and Carol",
"ML: Sara, Jon". Names are capitalised words of the raw text, never a word of the interview's own.
"""

from __future__ import annotations

from typing import Any

import assistant.interview.patterns as rx
from assistant.interview import scope

# People named in the message ("Ana and Raj run infra", "ML is Alice and Carol"): capitalised words in the raw text.
_NAME = r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{1,14}(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)"
# names typed in lower case on a phone, joined by a plus or an ampersand ("priya + tom do the servers")
_LOW_NAMES = r"(?P<names>[a-zß-öø-ÿ]{2,14}(?:\s*(?:\+|&)\s*[a-zß-öø-ÿ]{2,14})+)(?P<me>)"
# words that are no names, in lower case ("ml + ops do the servers" names nobody)
_NOT_LOW_NAMES = {
    "we",
    "they",
    "devs",
    "dev",
    "engineers",
    "people",
    "folks",
    "guys",
    "ppl",
    "team",
    "ml",
    "ai",
    "ops",
    "infra",
    "sre",
    "sres",
    "mlops",
    "devops",
    "backend",
    "frontend",
    "data",
    "platform",
    "cloud",
    "aws",
    "gcp",
    "azure",
    "both",
    "all",
    "me",
    "us",
    "them",
    "contractors",
    "contractor",
    "freelancers",
    "agency",
    "interns",
    "cto",
    "ceo",
}
_NAMES = (
    r"(?P<names>"
    + _NAME
    + r"(?:\s*(?:,|,? and|&|\+|/)\s*"
    + _NAME
    + r")*)(?P<me>\s*(?:,|,? and|&|\+)\s*(?:me|myself))?"
)
_NOT_NAMES = {
    "I",
    "We",
    "Our",
    "The",
    "They",
    "Their",
    "And",
    "But",
    "So",
    "Also",
    "Then",
    "Just",
    "Only",
    "Ops",
    "Infra",
    "Devops",
    "Sre",
    "Sres",
    "Ml",
    "Ai",
    "Mlops",
    "Data",
    "Platform",
    "Engineering",
    "Team",
    "Everyone",
    "Nobody",
    "None",
    "No",
    "Yes",
    "Both",
    "Some",
    "Most",
    "All",
    "It",
    "This",
    "That",
    "There",
    "Here",
    "He",
    "She",
    "My",
    "Me",
    "Honestly",
    "Basically",
    "Currently",
    "Right",
    "Now",
    "Today",
    "Maybe",
    "Probably",
    "Well",
    "Ok",
    "Okay",
    "Hi",
    "Hello",
    "Hey",
    "Azure",
    "Aws",
    "Google",
    "Amazon",
    "Microsoft",
    "Openai",
    "Anthropic",
    "Kubernetes",
    "Linux",
    "Python",
    "Monday",
    "Friday",
    "Europe",
    "America",
    "Not",
    "Never",
    "Zero",
    "One",
    "Two",
    "Three",
    "Four",
    "Five",
    "Six",
    "Seven",
    "Eight",
    "Nine",
    "Ten",
    "Who",
    "What",
    "Which",
    "Someone",
    "Somebody",
    "Anyone",
    "Like",
    "Even",
    "Plus",
    "Cloud",
    "Backend",
    "Frontend",
    "Security",
    "Compliance",
    "Legal",
    "Sales",
    "Support",
    "Product",
    "Claude",
    "Gemini",
    "Llama",
    "Mistral",
    "Qwen",
    "Bedrock",
    "Vertex",
    "Sagemaker",
    "Databricks",
    "Snowflake",
    "Terraform",
    "Ansible",
    "Jenkins",
    "Github",
    "Gitlab",
    "Argo",
    "Airflow",
    "Rancher",
    "Helm",
    "Nvidia",
    "Ray",
    "Modal",
    "Replicate",
    "Together",
    "Groq",
    "Fireworks",
    "Anyscale",
}
_ML_WORK = (
    r"(?i:ml|machine[- ]learning|ai|models?|the models?|data science|llms?|modell?ing|training|inference|nlp|mlops)"
)
_OPS_WORK = r"(?i:infra\w*|ops|devops|operations?|servers?|the cluster|clusters?|on-?call|sre|sysadmin\w*)"
_NAMED_DOING = (
    r"(?i:run|runs|handle|handles|do|does|cover|covers|own|owns|manage|manages|look after|looks after|keep|keeps|"
    r"take care of|takes care of|are on|is on|work on|works on|maintain|maintains|babysit|babysits|deal with|"
    r"deals with|on|does the|do the|sets up|set up|patches|administers|looks after all|"
    r"trained|trains|deployed|deploys|built|builds|shipped|ships|serves|hosts)"
)
_ROLE_WORK = (
    r"(?i:ml|machine[- ]learning|ai|data science|mlops|ml ?ops|ops|devops|sre|on-?call|sysadmin|infra(?:structure)?)"
    r"(?:\s+(?i:team|side|crew))?"
)


def _named_people(raw: str, team: dict[str, Any]) -> None:
    """Head counts from named people: "Ana and Raj run infra", "Ops is Bob. ML is Alice and Carol", "ML: Sara, Jon"."""
    patterns = [
        # names typed in lower case, then what they do ("priya + tom do the servers")
        r"(?<![\w'])" + _LOW_NAMES + r"\s+" + _NAMED_DOING + r"\s+(?i:(?:all|most|the|our|of|some|\w+ing)\s+){0,3}"
        r"(?P<work>" + _ML_WORK + r"|" + _OPS_WORK + r")(?![\w-])",
        # names, then what they do
        r"(?<![\w'])"
        + _NAMES
        + r"\s+(?:(?i:that|who)\s+)?"
        + _NAMED_DOING
        + r"\s+(?i:(?:all|most|the|our|of|some|\w+ing)\s+){0,3}"
        r"(?P<work>" + _ML_WORK + r"|" + _OPS_WORK + r")(?![\w-])",
        # the infrastructure, then the names after "=" or ":" ("infra = Tomasz + Priya"), or "for infra we have Jonas"
        r"(?<![\w-])(?P<work>(?i:infra\w*|the infrastructure|operations|servers))\s*(?:=|:)\s*"
        r"(?P<lead_me>(?i:me|myself)\s*(?:\+|and|&|,)\s*)?" + _NAMES + r"(?!\s*[\w&+])",
        r"(?i:for)\s+(?P<work>" + _ROLE_WORK + r"|(?i:the )?(?i:infra\w*|infrastructure|operations|servers))\s*,?\s*"
        r"(?i:we have|we'?ve got|there'?s|there is|there are|it'?s)\s+(?P<lead_me>(?i:me|myself)\s*(?:\+|and|&|,)\s*)?"
        + _NAMES
        + r"(?!\s*[\w&+])",
        # the work, then the names
        r"(?<![\w-])(?P<work>" + _ROLE_WORK + r")(?:\s+(?i:side|team|stuff|work))?\s*(?::|=|-|"
        r"(?i:is|are|is just|is only|are just|is handled by|is done by|are handled by|(?:is|are|'s) (?:run|handled|"
        r"done|covered|owned|managed) by|[- ]wise,? it'?s|[- ]wise,? (?:we have|there'?s))\b)\s*(?i:basically\s+|"
        r"just\s+|only\s+|really\s+|mostly\s+)?(?P<lead_me>(?i:me|myself)\s*(?:\+|and|&|,)\s*)?"
        + _NAMES
        + r"(?!\s*[\w&+])",
    ]
    low_chunks = scope.chunks(raw.lower())
    counted: set[int] = set()
    seen: dict[str, set[str]] = {}  # the people already counted in each role
    for pat in patterns:
        for m in rx.finditer(pat, raw):
            if m.start("names") in counted:
                continue
            names = [n for n in rx.split(r"\s*(?:,|,? and|&|\+|/)\s*", m["names"]) if n]
            if not names or any(n in _NOT_NAMES or n in _NOT_LOW_NAMES for n in names):
                continue
            work = m["work"].lower()
            ml = (
                r"(?:ml|machine[- ]learning|ai|data science|mlops|ml ?ops|models?|the models?|llms?|nlp|training|"
                r"inference|modell?ing)\b"
            )
            key = "ml_engineers" if rx.match(ml, work) else "devops"
            pos = m.start("names")
            pol = next(
                (
                    scope.team_polarity(c, pos - c.start, pos - c.start + 1)
                    for c in low_chunks
                    if c.start <= pos < c.start + len(c.text)
                ),
                "yes",
            )
            if pol != "yes":
                continue
            counted.add(m.start("names"))
            people = {n.lower() for n in names}
            if people <= seen.setdefault(key, set()):
                continue  # "Ana and Raj run infra ... infra = Ana + Raj": the same people named again
            seen[key] |= people
            me = 1 if m["me"] or m.groupdict().get("lead_me") else 0
            team[key] = team.get(key, 0) + len(names) + me
