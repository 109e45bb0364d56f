"""Where a data residency rule keeps the data (``data_region``): "data of customers must stay in europe",
"EU-only hosting", "must not leave Canada", "no US servers", "UK data residency".

A place named only as where the company is ("we are in Bologna", "a German company", "we're based in
Toronto") is not a rule; it only says which country "our country" means in a rule that names no place.
Denied or asked rules ("no residency rule", "data can go anywhere", "does it have to stay in the EU?") name
nothing.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from typing import get_args

import assistant.interview.patterns as rx
from assistant.interview.cloud_regions import CLOUD_REGIONS, CODE, spelling, where_code
from assistant.interview.places import COUNTRIES_WITHOUT_REGION, US_STATES, country_name
from assistant.vocab import DataRegion, region_within

OWN_COUNTRY_ONLY = "country"  # a country named that has no region id: ask which region the offers may use
_IDS: dict[str, DataRegion] = {r: r for r in get_args(DataRegion)}

# Names and adjectives of each region, as people write them (matched case-insensitively, on word bounds).
PLACES: dict[str, str] = {
    "eu": r"eu|e\.u\.|eea|e\.e\.a\.|eu/eea|the eu/eea|european union|european economic area|europe|european|"
    r"europa|the eu|"
    # cloud regions named by their place ("West Europe", "North Europe", "europe-west4")
    r"west(?:ern)? europe|north(?:ern)? europe|europe[- ]west(?![236]\b)\d*|europe[- ]north\d*|"
    r"eu[- ]west[- ]?(?!2\b)\d|"
    r"eu[- ]north[- ]?\d|"
    r"eu[- ]south[- ]?\d",
    "uk": r"uk|u\.k\.|united kingdom|great britain|britain|british|england|london|uk south|uk west|eu[- ]west[- ]?2|"
    r"europe[- ]west2",
    "ch": r"switzerland|swiss|zurich|zürich|geneva|switzerland north|europe[- ]west6|eu[- ]central[- ]?2",
    "us": r"us|u\.s\.|u\.s|usa|u\.s\.a\.|united states|america|american|" + US_STATES,
    "ca": r"canada|canadian|toronto|montreal|montréal",
    "in": r"india|indian|mumbai",
    "au": r"australia|australian|sydney|melbourne",
    "jp": r"japan|japanese|tokyo|osaka",
    "kr": r"south korea|korea|korean|seoul",
    "sg": r"singapore|singaporean|sg",
    "br": r"brazil|brasil|brazilian|s[ãa]o paulo",
    "ae": r"uae|u\.a\.e\.|united arab emirates|emirates",
    "de": r"germany|german|deutschland|frankfurt|germany west central|eu[- ]central[- ]?1|europe[- ]west3",
    "fr": r"france|french|paris",
    "it": r"italy|italia|italian|milan",
    "es": r"spain|espa[ñn]a|spanish|madrid",
    "nl": r"netherlands|the netherlands|nederland|dutch|holland|amsterdam",
    "se": r"sweden|swedish|stockholm",
    "pl": r"poland|polska|polish|warsaw",
    "ie": r"ireland|irish|dublin",
    "no": r"norway|norwegian",
    # a country with no region of its own: the rule is said, its region is asked
    OWN_COUNTRY_ONLY: COUNTRIES_WITHOUT_REGION,
}
# and the cloud regions in each, by their provider's code ("eu-central-1", "europe-west4", "uksouth")
for _code, _where in CLOUD_REGIONS.items():
    if _where in _IDS:
        PLACES[_where] += "|" + spelling(_code)
# Adjectives name a place only before a noun ("German data centres", "a Swiss bank"); after "in" they are a
# language ("answers must be in German").
ADJECTIVES = {
    "european", "british", "swiss", "american", "canadian", "indian", "australian", "japanese", "korean",
    "singaporean", "brazilian", "german", "french", "italian", "spanish", "dutch", "swedish", "polish", "irish",
    "norwegian",
}  # fmt: skip
_NAMES = sorted((n for v in PLACES.values() for n in v.split("|")), key=len, reverse=True)
_ALL = "|".join(_NAMES)
_PLACE = rf"(?:the\s+)?(?:{_ALL})(?![\w/])"
_NOUN = rf"(?:the\s+)?(?:{'|'.join(n for n in _NAMES if n not in ADJECTIVES)})(?![\w/])"
_NAME_OF = {n: k for k, v in PLACES.items() for n in v.split("|")}
_ONE_PLACE = rx.compile(rf"(?<![\w.])(?:{_ALL})(?![\w/])", re.IGNORECASE)

_MODAL = (
    r"(?:must|has to|have to|need(?:s)? to|should|shall|got to|gotta|is required to|are required to|required to|"
    r"can only|may only|only)"
)
# what the data stays in on its way to the place ("in our own data centre in Germany", "in our own tenant in Azure
# Canada Central", "in our AWS account in eu-central-1")
_VIA = (
    r"(?:(?:our|the)\s+(?:own\s+)?(?:(?:aws|azure|gcp|google cloud)\s+)?(?:data ?cent(?:er|re)s?|dcs?|servers?|"
    r"premises|facilit(?:y|ies)|infrastructure|hardware|tenants?|tenancy|accounts?|subscriptions?|vpcs?|landing zone)"
    r"\s+(?:located\s+|based\s+)?in\s+)?"
    r"(?:(?:aws|azure|gcp|google cloud|oci|oracle cloud)(?:'s)?\s+)?"
)
# The rule, then the place it keeps the data in.
_KEEP = rx.compile(
    # "must stay in europe", "stays in the EU", "remain within Canada", "kept inside the UK"
    rf"\b(?:stay|stays|staying|remain|remains|kept|keep (?:it|them|everything|the data|data|all data)|reside|resides)"
    rf"\s+(?:only\s+|exclusively\s+|strictly\s+|entirely\s+|solely\s+)?(?:(?:with)?in(?:side)?|au|aux|en)\s+"
    # ... by way of their own machines there ("must stay in our own data centre in Germany")
    rf"{_VIA}{_NOUN}"
    # "our data is in the EU and must stay there", "it's hosted in Canada and has to remain there"
    rf"|\b(?:data|it|everything|information|records|files|servers?)(?:'s|\s+(?:\w+\s+){{0,2}}?(?:is|are|lives?|sits?|"
    rf"resides?|stored|hosted|kept))\s+(?:\w+\s+)?in\s+{_NOUN}(?=,?\s+(?:and|so)\s+(?:it\s+|"
    rf"they\s+)?(?:must|has to|have to|needs? to|should|shall|can only)\s+(?:stay|remain)\s+(?:there|put)\b)"
    # "must be stored/hosted/processed in the EU", "has to be in Europe", "only hosted in Germany"
    rf"|\b{_MODAL}\s+(?:\w+\s+){{0,2}}?(?:\w+\s+and\s+)?(?:be\s+)?(?:stored|hosted|processed|located|kept|run|handled|"
    rf"served|"
    rf"be|live|occur|happen|take place|takes place)(?:\s+and\s+(?:stored|hosted|processed))?\s+"
    rf"(?:only\s+|exclusively\s+)?"
    rf"(?:with)?in(?:side)?\s+{_VIA}{_NOUN}"
    # "ok if it's hosted in an EU region", "as long as it is processed in Canada"
    rf"|\b(?:only if|if|as long as|so long as|provided(?: that)?)\s+(?:it'?s|its|it is|the data is|data is|"
    rf"everything is|all is)\s+(?:\w+\s+)?(?:hosted|processed|stored|kept|running|run|served)\s+in\s+(?:an?\s+)?"
    rf"{_NOUN}"
    # "fine as long as processing happens in the EU", "provided hosting is within Canada"
    rf"|\b(?:only if|as long as|so long as|provided(?: that)?|if)\s+(?:the\s+|all\s+)?(?:processing|hosting|"
    rf"inference|storage)\s+(?:happens|takes place|is done|is|stays|remains|occurs)\s+(?:only\s+)?"
    rf"(?:with)?in(?:side)?\s+{_NOUN}"
    # "ok to use a cloud API as long as it is in europe", "fine if it stays in the UK"
    rf"|\b(?:only if|as long as|so long as|provided(?: that)?|if)\s+(?:it|the data|data|everything|all of it)\s+"
    rf"(?:is|stays|remains|'s)\s+(?:(?:only|all|fully|entirely)\s+)?(?:with)?in(?:side)?\s+{_NOUN}"
    # "the regulator wants everything in Germany", "legal requires all data to be in the EU"
    rf"|\b(?:wants?|requires?|needs?|insists? on|demands?|expects?)\s+(?:everything|all (?:of )?(?:the |our )?data|"
    rf"the data|our data|data|it|all of it)\s+(?:to\s+(?:be|stay|remain)\s+)?(?:kept\s+|hosted\s+|stored\s+)?"
    rf"(?:with)?in\s+{_NOUN}"
    # "in the EU only", "hosted in Germany only"
    rf"|\b(?:stored|hosted|processed|located|run|servers?)\s+in\s+{_NOUN}\s+only\b"
    # "can't leave the EU", "must never leave Canada"
    rf"|\b(?:can ?not|can'?t|cant|must not|mustn'?t|may not|never|not allowed to|shall not|should not|shouldn'?t|"
    rf"won'?t|doesn'?t|does not|don'?t|do not|isn'?t allowed to|aren'?t allowed to)\s+"
    rf"(?:ever\s+)?(?:leave|go outside|be sent outside|be processed outside|be moved outside|exit)\s+(?:of\s+)?"
    rf"{_NOUN}"
    # "it never leaves Germany", "nothing ever leaves the EU"
    rf"|\b(?:never|nothing|no data|none of it)\s+(?:ever\s+)?(?:leaves|exits)\s+{_NOUN}"
    # "nothing outside the EU", "not outside of Europe"
    rf"|\b(?:nothing|no data|not|never|no processing|no servers?)\s+(?:\w+\s+){{0,3}}?outside\s+(?:of\s+)?{_NOUN}"
    # "not allowed to send client data outside of Portugal", "we can't transfer anything out of the EU"
    rf"|\b(?:not (?:allowed|permitted) to|forbidden to|prohibited from|never|can ?not|can'?t|cant|must not|"
    rf"mustn'?t|may not|shall not|should not|shouldn'?t|won'?t|don'?t|do not|doesn'?t|does not|nothing|no data|"
    rf"no processing)\s+(?:\w+\s+){{0,2}}?(?:send|sent|sending|transfer\w*|move|moved|moving|ship\w*|store|stored|"
    rf"storing|host|hosted|hosting|process|processed|processing|go|goes|going|gets?\s+(?:sent|processed|stored|"
    rf"hosted|moved)|be\s+(?:sent|processed|stored|hosted|moved|transferred)|leave|leaves|leaving|export\w*|copy|"
    rf"copied|take|taken|flow|flows)\s+(?:[\w']+\s+){{0,3}}?(?:outside|out of|beyond)\s+(?:of\s+)?{_NOUN}"
    # "isn't allowed to leave Greece", "should never leave Canada"
    rf"|\b(?:is|are|is not|are not|isn'?t|aren'?t)\s+(?:not\s+)?(?:allowed|permitted)\s+to\s+leave\s+{_NOUN}",
    re.IGNORECASE,
)
# The place first: "EU-only", "EU data residency", "european servers only", "Canadian hosting", "EU region".
_PLACE_FIRST = rx.compile(
    # (not a market: "a US-only consumer app", "EU-only customers")
    rf"\b{_PLACE}[- ]?(?:only\b(?!\s+(?:[a-z]+\s+)?(?:apps?|products?|markets?|customers?|users?|clients?|audiences?|"
    rf"business(?:es)?|compan(?:y|ies)|startups?|launch(?:es)?|releases?|brands?|players?|shoppers?|patients?|"
    rf"members?|subscribers?)\b)|based (?:servers?|hosting|providers?|data ?cent(?:er|re)s?|infrastructure|"
    rf"processing)|(?:data )?residency|data ?sovereignty|(?:servers?|hosting|data ?cent(?:er|re)s?|region|"
    rf"regions|infrastructure|processing|cloud|providers?)\s+only\b)"
    # "only EU servers", "only european providers"
    rf"|\bonly\s+{_PLACE}\s*(?:-?based\s+)?(?:servers?|hosting|data ?cent(?:er|re)s?|regions?|providers?|"
    rf"infrastructure|processing|cloud)\b"
    # "data residency in the EU", "residency: EU", "data sovereignty (EU)"
    rf"|\b(?:data residency|residency|data sovereignty|sovereignty|data locali[sz]ation|in[- ]region)\s*"
    rf"(?:[:=(-]\s*|(?:in|for|within|inside|to)\s+)(?:the\s+)?{_PLACE}",
    re.IGNORECASE,
)
# A place's hosting, required in the same sentence: "we need EU hosting", "Swiss data centres are mandatory".
_NEED_PLACE = rx.compile(
    rf"\b(?:need|needs|must|require[sd]?|requirement|mandatory|has to|have to|only|insist\w*|demand\w*)\b"
    rf"[^.;!?\n]{{0,40}}?\b{_PLACE}[- ](?:hosting|hosted|data ?cent(?:er|re)s?|regions?|servers?|cloud|"
    rf"infrastructure|processing)\b"
    rf"|\b{_PLACE}[- ](?:hosting|hosted|data ?cent(?:er|re)s?|regions?|servers?)\s+(?:is|are)\s+(?:a\s+)?"
    rf"(?:must|mandatory|required|a requirement|non-negotiable)"
    # a rule naming where, then its region ("processed only within the firm's own Azure tenant, in the UK South
    # region")
    rf"|\b(?:may|must|can|shall|should|has to|have to|needs? to)\s+(?:only\s+)?be\s+(?:processed|stored|hosted|kept)\s+"
    rf"(?:only|exclusively|solely)\b[^.;!?\n]{{0,80}}?\bin\s+(?:the\s+)?{_PLACE}[- ]"
    rf"(?:regions?|data ?cent(?:er|re)s?)\b"
    # processing allowed only where the rule then names its region ("processing is only permitted within our own
    # Azure tenant in the Germany West Central region")
    rf"|\b(?:processing|hosting|storage|inference|data)\s+(?:is\s+|are\s+)?(?:only\s+)?(?:permitted|allowed)\s+"
    rf"(?:only\s+)?(?:with)?in\b[^.;!?\n]{{0,80}}?\bin\s+(?:the\s+)?{_PLACE}[- ](?:regions?|data ?cent(?:er|re)s?)\b"
    # a region named, then processing kept there ("region São Paulo (sa-east-1), so processing only there")
    rf"|\b(?:region|regions|data ?cent(?:er|re))\s+(?:in\s+)?{_PLACE}\b[^.;!?\n]{{0,40}}?\b(?:so|and)\s+(?:the\s+)?"
    rf"(?:processing|hosting|data|everything|inference)\s+(?:(?:is|must be|has to be|stays?|happens?|runs?)\s+)?only\s+"
    rf"(?:there|in it|in that region)\b"
    # the tenant only, then its region ("own Azure tenant only, region Germany West Central")
    rf"|\b(?:tenant|subscription|account|vpc|cloud)\s+only\s*,\s*(?:in\s+)?(?:the\s+)?(?:region|location)\s*[:=]?\s*"
    rf"{_PLACE}\b"
    # a permission on condition of the place ("our own Azure tenant is fine if it's in a US region")
    rf"|\b(?:fine|ok|okay|acceptable|accept|allowed|permitted|can use|could use)\b[^.;?!\n]{{0,40}}?\b(?:only )?"
    rf"(?:if|as long as|provided) (?:it'?s|it is|they'?re|they are|the data (?:is|stays)|everything (?:is|stays)|"
    rf"it stays) (?:hosted |located |kept |stored )?in (?:an? |the )?{_PLACE}\b",
    re.IGNORECASE,
)
# US ruled out: "no US servers", "not on US servers", "nothing goes to the US", "don't send data to the US" (no US
# company, vendor or provider is a rule on who receives the data: ``vendor_home``).
_NOT_US = rx.compile(
    r"\b(?:no|not on|not in|never on|never in|without|avoid|nothing on|nothing in)\s+(?:the\s+)?"
    r"(?:us|u\.s\.?|usa|american|united states)[- ]?(?:based\s+)?(?:servers?|hosting|data ?cent(?:er|re)s?|clouds?|"
    r"regions?|infrastructure|processing|soil)\b"
    r"|\b(?:can'?t|cannot|won'?t|don'?t|do not|must not|mustn'?t|may not|not allowed to|never) use (?:any |an? )?"
    r"(?:us|u\.s\.?|american)[- ]?(?:based |hosted )?(?:servers?|clouds?|hosting)\b"
    r"|\b(?:nothing|no data|never|not|can'?t|cannot|must not|mustn'?t|may not|shouldn'?t|should not|don'?t|do not|"
    r"won'?t)\s+(?:\w+\s+){0,3}?(?:go(?:es)?|be sent|send\w*|transfer\w*|flow|travel|move|leave)\s+"
    r"(?:\w+\s+){0,2}?(?:to|into|through)\s+(?:the\s+|an?\s+|any\s+)?(?:us|u\.s\.?|usa|united states|america|"
    r"american)\b"
    # a company, vendor or provider from there is a rule on who, not where (``vendor_home``)
    r"(?![- ](?:based\s+|owned\s+)?(?:(?:ai|llm|model|cloud|api|tech)\s+)?(?:compan|vendor|provider|firm|supplier|"
    r"corporation|hyperscaler|api|service|lab))"
    # no data to those hosted there ("no customer data to vendors hosted in the United States", "nothing to
    # US-hosted ones")
    r"|\b(?:no|nothing|never)\s+(?:\w+\s+){0,2}?(?:data\s+)?(?:to|with)\s+(?:any\s+)?(?:(?:vendors?|providers?|"
    r"compan(?:y|ies)|services?|apis?|clouds?|ones)\s+(?:hosted|hosting|located|running|based)\s+in\s+(?:the\s+)?"
    r"(?:us|u\.s\.?|usa|united states|america)\b|(?:us|u\.s\.?|usa)[- ]hosted\b)",
    re.IGNORECASE,
)
# Providers in a place allowed ("any provider in EU is ok"), a rule only beside another place ruled out ("not US
# please"): the data goes to that place only.
_OK_IN = rx.compile(
    rf"\b(?:providers?|vendors?|apis?|clouds?|hosting|servers?|compan(?:y|ies)|services?|models?)\s+(?:(?:based|"
    rf"hosted|located)\s+)?(?:with)?in\s+{_NOUN}\s+(?:(?:is|are)\s+(?:\w+\s+)?)?(?:ok|okay|fine|acceptable|allowed)\b",
    re.IGNORECASE,
)
_RULED_OUT = rx.compile(
    rf"(?:^|[\s,.;(])(?:not|no|never|nothing)\s+(?:(?:in|to|from|on)\s+)?(?:the\s+)?(?P<place>{_ALL})s?(?![\w/])",
    re.IGNORECASE,
)
# "our country", "in-country", "domestically": a rule whose place is the company's own country.
_OWN_COUNTRY = rx.compile(
    r"\b(?:stay|stays|remain|remains|kept|stored|hosted|processed)\s+(?:\w+\s+){0,2}?(?:in|within|inside)\s+"
    r"(?:our|the|this)\s+(?:country|kingdom)\b|\bin[- ]country\b|\b(?:stored|hosted|processed|kept) domestically\b|"
    r"\b(?:can'?t|cannot|must not|never|may not) leave (?:our|the) (?:country|kingdom)\b|"
    # "data must stay here", "has to be kept here", "can't leave here": the place the user said they are
    r"\b(?:stay|stays|remain|remains|kept|stored|hosted|processed|be|live|reside)\s+(?:\w+\s+){0,1}?here\b"
    r"(?!\s+(?:in|at|with|on)\b)|\b(?:can'?t|cannot|must not|mustn'?t|never|may not|not allowed to) leave here\b",
    re.IGNORECASE,
)
# The cloud region the message names kept as the rule's place: "we're on AWS af-south-1, data can't leave that
# region", "hosted in eu-central-1 and it must stay in the same region".
_SAME_REGION = rx.compile(
    r"\b(?:stay|stays|remain|remains|kept|stored|hosted|processed|be)\s+(?:\w+\s+){0,2}?(?:with)?in(?:side)?\s+"
    r"(?:that|this|our|the same|the)\s+(?:cloud\s+|aws\s+|azure\s+|gcp\s+)?region\b|"
    r"\b(?:can'?t|cant|cannot|must not|mustn'?t|never|may not|not allowed to|shouldn'?t|should not|won'?t)\s+"
    r"(?:ever\s+)?leave\s+(?:that|this|our|the same|the)\s+(?:cloud\s+|aws\s+|azure\s+|gcp\s+)?region\b",
    re.IGNORECASE,
)


def _same_region(text: str) -> str | None:
    """Where a rule keeping the data in "that region" keeps it: the one cloud region named before it."""
    rule = _SAME_REGION.search(text)
    if rule is None or _asked(text, rule.start()) or _DENIED.search(text[max(0, rule.start() - 30) : rule.start()]):
        return None
    places = {w for c in CODE.finditer(text[: rule.start()]) if (w := where_code(c.group(0))) is not None}
    return places.pop() if len(places) == 1 else None


# Where the company is: "we are in Bologna, Italy", "a German company", "based in Germany".
_COMPANY = rx.compile(
    rf"\b(?:we(?:'re| are)\s+(?:an?\s+)?(?:\w+\s+){{0,3}}?(?:in|from|based in)\s+{_PLACE}"
    rf"|(?:an?|our)\s+{_PLACE}\s+(?:\w+\s+)?(?:company|firm|business|startup|bank|insurer|hospital|agency)"
    rf"|(?:an?|our)\s+(?:\w+\s+){{0,2}}?(?:company|firm|business|startup|bank|insurer|hospital|agency|operator|telco|"
    rf"retailer|ministry|university|clinic)\s+(?:in|from|based in)\s+{_PLACE}"
    rf"|\b(?:in|from)\s+{_PLACE}\s+here\b|based in\s+{_PLACE}|\bwe(?:'re| are)\s+(?:an?\s+|all\s+)?{_PLACE}[- ]based\b"
    rf"|\b(?:an?|our)\s+{_PLACE}[- ]based\s+(?:\w+\s+)?(?:company|firm|business|startup|bank|insurer|hospital|agency))",
    re.IGNORECASE,
)
# A rule denied or only asked about, just before it in the same clause.
_DENIED = rx.compile(
    r"(?:\bno\b|\bnot\b|n't\b|\b(?:cant|dont|doesnt|wont|isnt|arent|shouldnt|mustnt|neednt)\b|\bnever\b|"
    r"\bno need\b|\bwithout\b|\bnor\b)[^.;!?\n]{0,25}$|"
    r"\b(?:does|do|should|must|would|will|can)\s+(?:it|the data|data|they|we)\s+(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
_ANYWHERE = rx.compile(
    r"\b(?:can|may|could|is allowed to|are allowed to)\s+(?:go|be|live|be processed|be stored|be hosted)\s+anywhere\b|"
    r"\bno (?:data )?residency\b|\bresidency (?:doesn'?t|does not|is not|isn'?t) (?:matter|apply|an issue|a concern)|"
    r"\b(?:doesn'?t|does not|don'?t|do not|needn'?t|need not) (?:\w+ ){0,2}(?:have to|need to) (?:stay|be|remain)\b",
    re.IGNORECASE,
)


def _region_of(m: re.Match[str], text: str | None = None) -> str | None:
    """The region a match names (its first place name; 'us' only where it is the country)."""
    for p in _ONE_PLACE.finditer(m.group(0)):
        word = p.group(0)
        region = next((k for n, k in _NAME_OF.items() if rx.fullmatch(n, word, re.IGNORECASE)), None)
        if region == "us" and text is not None and not _us_meant(text, m.start() + p.start(), word):
            continue
        if region is not None:
            return region
    return None


_WHO = (
    r"(?:company|companies|business|footprint|customers?|users?|market|shop|operations?|team|startup|firm|"
    r"bank|presence|clients?|audience|entity|org|organi[sz]ation)"
)


def _where_they_are(text: str, m: re.Match[str]) -> bool:
    """ "we're US only", "a US-only company", "EU-only customers": where they are or sell, not where data stays."""
    if not rx.search(r"only$", m.group(0), re.IGNORECASE):
        return False
    after = text[m.end() : m.end() + 30]
    before = text[max(0, m.start() - 30) : m.start()]
    return bool(
        rx.match(rf"\s+(?:\w+\s+)?{_WHO}\b", after, re.IGNORECASE)
        or rx.search(r"\b(?:we'?re|we are|are|is|it'?s|being)\s+(?:an?\s+|all\s+)?$", before, re.IGNORECASE)
    )


def _asked(text: str, start: int) -> bool:
    """The sentence holding ``start`` asks rather than states ("does it have to stay in the EU?")."""
    end = rx.search(r"[.!?\n]", text[start:])
    return bool(end and end.group(0) == "?")


# a condition that states the rule on its own ("we don't care whose API it is as long as data stays in the EU"): a
# denial before it is of the main clause, not of the condition
_CONDITION = rx.compile(r"\s*(?:as long as|so long as|provided(?: that)?|providing|on condition that)\b", re.I)


def _place_denied(text: str, m: re.Match[str]) -> bool:
    """The place itself is ruled out inside the rule ("on-premises only, no cloud, also no 'EU region' of some US
    provider"): no rule keeping the data there."""
    first = _ONE_PLACE.search(m.group(0))
    if first is None:
        return False
    before = text[max(0, m.start() + first.start() - 14) : m.start() + first.start()]
    return rx.search(r"\b(?:no|not|never|without|nor)\s+[\"'“‘]?(?:the\s+|an?\s+)?$", before, re.IGNORECASE) is not None


# a rule that holds only once an event comes ("If we land the NHS trust contract we'd need everything in UK-only data
# centres", "if the deal comes through, UK residency becomes mandatory"): not said of the workload today
_EVENT_FIRST = rx.compile(
    r"\b(?:if|once|should|assuming)\s+(?:we\s+(?:land|win|sign|close|secure|take on|bag|are awarded)\b|"
    r"(?:the|that|this|our)\s+(?:[\w-]+\s+){0,3}?(?:deal|contract|tender|bid|rfp)\s+(?:comes? through|goes? ahead|"
    r"happens?|closes?|is (?:signed|won|awarded)|gets? (?:signed|approved)|lands?)\b)",
    re.IGNORECASE,
)


# the place's providers or servers ruled out after them ("US-based providers remain prohibited", "EU-only hosting is
# not allowed"): no rule keeping the data there
_BANNED_AFTER = rx.compile(
    r"\s*(?:are|is|remain|remains|stay|stays)\s+(?:still\s+|also\s+|strictly\s+)?(?:prohibited|forbidden|banned|"
    r"excluded|off limits|off the table|out of the question|a no-?go|not (?:allowed|permitted|an option|ok|okay|"
    r"acceptable))\b"
    # the rule itself denied ("EU-only processing is not a hard requirement for us")
    r"|[^.;!?\n]{0,25}?\s(?:is|are)\s+(?:not|n'?t|no longer)\s+(?:a\s+|an\s+)?(?:hard\s+|strict\s+|firm\s+|legal\s+)?"
    r"(?:requirement|must|rule|obligation|need|necessary|required|mandatory)\b|[^.;!?\n]{0,25}?\s(?:isn'?t|aren'?t)\s+"
    r"(?:a\s+|an\s+)?(?:hard\s+|strict\s+|firm\s+|legal\s+)?(?:requirement|must|rule|obligation|necessary|required|"
    r"mandatory)\b",
    re.IGNORECASE,
)


def _said(text: str, m: re.Match[str]) -> bool:
    sentence = rx.split(r"[.;!?\n]", text[: m.start()])[-1]
    if _EVENT_FIRST.search(sentence) or _BANNED_AFTER.match(text, m.end()):
        return False
    before = text[max(0, m.start() - 40) : m.start()]
    before = rx.split(
        r"[.;!?\n]|\bbut\b|\bhowever\b|,\s*(?=\w+\s+(?:must|has|have|should|need))|"
        r",\s*and\s+(?=it|the data|data|everything)",
        before,
    )[-1]
    if _CONDITION.match(m.group(0)):
        before = ""
    return not _DENIED.search(before) and not _asked(text, m.start())


# The country an earlier message said the company is in ("we're in the US"), for a later "data must stay here".
HOME_COUNTRY: ContextVar[str | None] = ContextVar("home_country", default=None)


def company_country(text: str) -> str | None:
    """The one country the message says the company is in ("a German company", "we are in Bologna, Italy"): its
    region id, or the name of a country with no region id ("a telecom operator in Saudi Arabia")."""
    found = {
        r for m in _COMPANY.finditer(text) if (r := _home_of(m, text)) and r != "eu" and not _asked(text, m.start())
    }
    return found.pop() if len(found) == 1 else None


def _home_of(m: re.Match[str], text: str) -> str | None:
    region = _region_of(m, text)
    if region != OWN_COUNTRY_ONLY:
        return region
    first = _ONE_PLACE.search(m.group(0))
    return country_name(first.group(0)) if first is not None else None


def home_country(messages: list[str]) -> str | None:
    """The country the latest message that names one says the company is in (earlier messages of a conversation)."""
    return next((c for text in reversed(messages) if (c := company_country(text)) is not None), None)


def says_own_country(text: str) -> bool:
    """The message keeps data in the user's own country ("must stay here", "in-country"): only then is the country
    they said they are in looked up in the earlier messages."""
    return _OWN_COUNTRY.search(text.lower()) is not None


def _no_rule(text: str) -> bool:
    """No place is named at all (most messages), or the data may go anywhere and nothing keeps it somewhere."""
    if _ONE_PLACE.search(text) is None and _OWN_COUNTRY.search(text) is None:
        return True
    return bool(_ANYWHERE.search(text)) and not _KEEP.search(text)


def _rule_matches(text: str) -> list[tuple[re.Match[str], str]]:
    """Each rule of ``text`` that keeps the data in a place, as said (denied, asked and ruled-out places left out),
    with the region it names (``OWN_COUNTRY_ONLY`` for a country with no region of its own)."""
    return [
        (m, region)
        for pattern in (_KEEP, _PLACE_FIRST, _NEED_PLACE)
        for m in pattern.finditer(text)
        if (region := _region_of(m, text)) is not None
        and _said(text, m)
        and not _where_they_are(text, m)
        and not _place_denied(text, m)
    ]


def _rule_places(text: str) -> list[str]:
    """The places the residency rules of ``text`` keep the data in, as said (denied and asked ones left out)."""
    if _no_rule(text):
        return []
    found = [_either(region, _alternatives(text, m)) for m, region in _rule_matches(text)]
    for m in _NOT_US.finditer(text):
        if not _asked(text, m.start()):
            found.append("not_us")
    for m in _OK_IN.finditer(text):
        region = _region_of(m, text)
        if region is None or not _said(text, m):
            continue
        ruled_out = [r for o in _RULED_OUT.finditer(text) for r in _places_in(o["place"], text, o.start("place"))]
        if any(r != region and not region_within(r, region) for r in ruled_out):
            found.append(region)  # "any provider in EU is ok. not US please": the EU, and no other place
    if not found and (own := _OWN_COUNTRY.search(text)) and not _asked(text, own.start()):
        country = company_country(text) or HOME_COUNTRY.get()
        if country is not None:
            found.append(country if country in _IDS else OWN_COUNTRY_ONLY)
    if not found and (where := _same_region(text)) is not None:
        found.append(where if where in _IDS else OWN_COUNTRY_ONLY)
    return found


# More places after the one a rule names, or before it: "in Germany or France", "Germany, France or Italy",
# "in the EU and/or the UK", "UK or EU hosting only".
_OR = (
    r"(?:(?:\s*,?\s*\b(?:or|and/or)\b|\s*/)\s*(?:(?:anywhere|somewhere)\s+(?:else\s+)?)?(?:(?:with)?in\s+)?|"
    r"\s*,?\s*\band\s+(?!(?:with)?in\b))"  # "France and Germany" (not "the EU and in Germany": both rules hold)
)
_MORE_AFTER = rx.compile(
    rf"(?:\s*,\s*(?:the\s+)?(?:{_ALL})(?![\w/]))*{_OR}(?:the\s+)?(?:{_ALL})(?![\w/])", re.IGNORECASE
)
_MORE_BEFORE = rx.compile(rf"(?<![\w.])(?:the\s+)?(?:{_ALL})\s*(?:,|/|\bor\b|\band/or\b)\s*(?:the\s+)?$", re.I)


def _places_in(words: str, text: str, offset: int) -> list[str]:
    out = []
    for p in _ONE_PLACE.finditer(words):
        region = next((k for n, k in _NAME_OF.items() if rx.fullmatch(n, p.group(0), re.IGNORECASE)), None)
        if region is not None and (region != "us" or _us_meant(text, offset + p.start(), p.group(0))):
            out.append(region)
    return out


def _alternatives(text: str, m: re.Match[str]) -> list[str]:
    """The other places a rule's list names beside the one its match holds ("must stay in Germany or France")."""
    more = _MORE_AFTER.match(text, m.end())
    out = _places_in(more.group(0), text, m.end()) if more else []
    first = _ONE_PLACE.search(m.group(0))
    if first is not None and rx.fullmatch(r"(?:the\s+)?", m.group(0)[: first.start()], re.IGNORECASE):
        # the match opens with its place ("UK or EU hosting only"): places listed before it are alternatives too
        before = _MORE_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        if before is not None:
            out += _places_in(before.group(0), text, m.start() - len(before.group(0)))
    return out


def _either(region: str, others: list[str]) -> str:
    """One rule that lets the data stay in any of several places: the one place that holds all the others ("Germany
    or anywhere in the EU" is the EU), else all of them joined by "|" (which a single region cannot say: asked)."""
    places = list(dict.fromkeys([region, *others]))
    widest = [p for p in places if all(region_within(o, p) for o in places)]
    return widest[0] if widest else "|".join(places)


# A country's two-letter code in capitals after a word of place ("data stays in DE", "must not leave FR"): the
# country (in lower case "de" and "it" are words)
_CODE_AFTER = re.compile(
    r"\b((?i:in|within|inside|leave|leaves|leaving|outside(?: of)?|out of)\s+)(DE|FR|NL|IT|ES|SE|PL|IE|CH|JP|KR|IN|AU|"
    r"CA|BR)\b(?![-/])"
)
_CODE_NAMES = {
    "DE": "Germany", "FR": "France", "NL": "the Netherlands", "IT": "Italy", "ES": "Spain", "SE": "Sweden",
    "PL": "Poland", "IE": "Ireland", "CH": "Switzerland", "JP": "Japan", "KR": "South Korea", "IN": "India",
    "AU": "Australia", "CA": "Canada", "BR": "Brazil",
}  # fmt: skip


def spelled_codes(text: str) -> str:
    """``text`` with a country's capitalised code after a word of place written as the country's name."""
    return _CODE_AFTER.sub(lambda m: m.group(1) + _CODE_NAMES[m.group(2)], text)


_OR_AT_LEAST = rx.compile(
    rf"\b{_PLACE}\s*,?\s+or\s+at\s+(?:the\s+)?(?:very\s+)?(?:least|minimum)\s+(?:(?:with)?in\s+)?", re.IGNORECASE
)


def read_region(text: str) -> tuple[DataRegion | None, bool]:
    """The region a residency rule in ``text`` keeps the data in, and whether the message named regions that
    do not fit together (ask). The narrowest region wins when one lies inside the others ("must stay in
    Germany, in the EU anyway" is Germany; "in europe, no US servers" is the EU). A country with no region of
    its own ("must stay in Portugal") names none here: see ``country_without_region``."""
    # "in France or at least in the EU": the wider place is what the rule allows
    text = _OR_AT_LEAST.sub("", text)
    found = _rule_places(text)
    if not found or any(OWN_COUNTRY_ONLY in f.split("|") for f in found):
        return None, False
    if any("|" in f for f in found):
        return None, True  # "must stay in Germany or France": allowed in either, which no one region says; asked
    regions = list(dict.fromkeys(found))
    narrowest = [r for r in regions if all(region_within(r, o) for o in regions)]
    if narrowest:
        return _IDS.get(narrowest[0]), False
    return None, True


def permits_places(text: str) -> bool:
    """The message allows providers in a place and rules no other place out ("providers in the EU are fine, US ones
    too"): a permission, no residency rule."""
    return _OK_IN.search(text) is not None and not _rule_places(text)


def country_without_region(text: str) -> bool:
    """Whether a residency rule keeps the data in a country with no region of its own ("not allowed to send client
    data outside of Portugal"): the rule is said; which region an offer may use is then asked, not guessed (a wider
    region such as the EU would let processing leave that country)."""
    return any(OWN_COUNTRY_ONLY in f.split("|") for f in _rule_places(text))


def rule_country(text: str) -> str | None:
    """The one country with no region of its own that a residency rule keeps the data in ("data must stay in Turkey"
    is "Turkey", "can't leave Türkiye" too); None when no rule names one, or rules name several."""
    if _no_rule(text):
        return None
    found = set()
    for m, region in _rule_matches(text):
        first = _ONE_PLACE.search(m.group(0))
        if region == OWN_COUNTRY_ONLY and first is not None and (name := country_name(first.group(0))) is not None:
            found.add(name if not _alternatives(text, m) else "|")  # "Portugal or Greece": either, asked
    if not found and (own := _OWN_COUNTRY.search(text)) and not _asked(text, own.start()):
        home = company_country(text) or HOME_COUNTRY.get()  # "must stay in the Kingdom", said by a Saudi operator
        if home is not None and home not in _IDS:
            found.add(home)
    if not found and (where := _same_region(text)) is not None and where not in _IDS:
        found.add(where)
    return found.pop() if len(found) == 1 and "|" not in found else None


def named_country(text: str) -> str | None:
    """The one country with no region of its own a short answer names ("Turkey", "in Saudi Arabia"), for the question
    that asked which region; None when it names another place too, or none."""
    if rx.search(r"\b(?:except|not|no|but|outside|excluding|never|without)\b", text, re.IGNORECASE):
        return None  # "anywhere except Turkey": not where it must stay
    names = {
        country_name(p.group(0)) or "" for p in _ONE_PLACE.finditer(text) if _us_meant(text, p.start(), p.group(0))
    }
    return names.pop() or None if len(names) == 1 else None


def _us_meant(text: str, start: int, word: str) -> bool:
    """'us' the country, not the pronoun ("stay with us"): written US, U.S., USA, or 'the us'."""
    if word.lower() != "us":
        return True
    return word == "US" or bool(rx.search(r"\bthe\s+$", text[:start], re.IGNORECASE))


def named_place(text: str) -> DataRegion | None:
    """The one region a short answer names ("EU", "in europe", "Germany please"), for the question that asked
    which region: several places, or none, name nothing."""
    found = []
    for p in _ONE_PLACE.finditer(text):
        region = next((k for n, k in _NAME_OF.items() if rx.fullmatch(n, p.group(0), re.IGNORECASE)), None)
        if region == "us" and not _us_meant(text, p.start(), p.group(0)) and text.strip().lower() != "us":
            continue
        if p.group(0).lower() in ADJECTIVES and rx.search(r"\bin\s+$", text[: p.start()], re.IGNORECASE):
            continue  # "answers in Italian": a language
        if region is not None:
            found.append(region)
    regions = list(dict.fromkeys(found))
    narrowest = [r for r in regions if all(region_within(r, o) for o in regions)]
    return _IDS.get(narrowest[0]) if len(narrowest) == 1 else None


_AWAY = rx.compile(
    r"\b(?:without|not|no|never|outside(?: of)?|out of|away from|non-?)\W+(?:\w+\W+){0,4}?(?:the\W+)?"
    r"(?:us|usa|u\.s\.?|united states|america|american)\b",
    re.IGNORECASE,
)


def asked_region(text: str) -> DataRegion | None:
    """The region a question about keeping data somewhere names: "without sending data to the US?" is anywhere
    but the US; "could it stay in the EU?" is the EU; none when it names none ("in our region?")."""
    place = named_place(text)
    if _AWAY.search(text) and place in (None, "us"):
        return "not_us"
    if place is None and rx.search(r"\b(?:european|eu-based|eu-hosted|eu hosted)\b", text, re.IGNORECASE):
        return "eu"
    return place
