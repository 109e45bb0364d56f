"""Money: budgets and current spend per month, "$12k a month on GPT-4o", "budget is 5k", "annual budget
$60,000", "target half of that". An amount said in another currency ("9.500 € per month", "5 lakh rupees") is
kept in that currency (``current_spend_in_currency`` / ``budget_in_currency``) beside its value in US dollars at
the assumed rate of ``tools/data/fx.toml``; a currency without a rate, or a sign naming several ("kr"), is asked
about.
"""

from __future__ import annotations

import assistant.interview.patterns as rx
from assistant.interview.quantities.context import Context
from assistant.interview.quantities.currency import currency_after, currency_before, other_currency
from assistant.interview.quantities.guards import _negated
from assistant.interview.quantities.patterns import FRACTION_SHARES, MAGNITUDE, NUM_CORE, REQUESTS, TOKENS, number
from assistant.interview.quantities.people import POPULATION, heads_counted
from tools.fx import to_usd

# the fact keeping an amount in the currency it was said in, beside each dollar fact (as facts.IN_CURRENCY)
IN_CURRENCY = {"current_spend_usd_per_month": "current_spend_in_currency", "budget_usd_per_month": "budget_in_currency"}

# a ceiling someone wants, said with its month ("board wants it under 10k dollars a month", "has to cost less than
# 5000 dollars per month"; never a unit's cost: "inference runs $3 per seat, I need that under $2")
WANTED_CEILING = rx.compile(
    r"\b(?:wants?|needs?|must|should|has to|have to|got to)\s+"
    r"(?:(?:it|this|that|us|the bill|the cost|costs?|spend\w*)\s+)?(?:to\s+)?(?:(?:be|cost|stay|come in|come)\s+)?"
    r"(?:under|below|less than|within|no more than)\s*(?:[$€£]|usd\s*|eur\s*)?$"
)
MONTH_AFTER = rx.compile(
    r"\s*(?:dollars?|usd|bucks)?\s*(?:/\s*mo\w*|a month|per month|monthly|every month|each month)\b"
)
BUDGET_WORDS = rx.compile(
    r"\b(?:budget\w*|afford|can spend|could spend|willing to (?:spend|pay)|cap(?:ped)?|limit|ceiling|max(?:imum)?|"
    r"at most|"
    r"up to|go up to|no more than|(?:can'?t|cannot|won'?t|not|never) (?:spend|pay|go) (?:more than|over|above|beyond)|"
    r"(?:can'?t|cannot|can not|must not|mustn'?t|may not|shouldn'?t|won'?t) (?:pass|exceed|surpass|go past|go over|"
    r"go above|top)|"
    r"(?:don'?t|do not|doesn'?t|does not|not) (?:want|wanna|like|plan|intend|need)(?: to)? (?:go|spend|pay|be|get) "
    r"(?:above|over|beyond|more than|past)|stay (?:under|below|within)|keep (?:it|costs?|spend\w*|this|that|the bill) "
    r"(?:under|below|within)|come in (?:at or )?(?:under|below)|"
    r"(?:can|could) stretch (?:it |that |this )?to|(?:can|could) go (?:until|till|as (?:high|far) as)|mandate\w*|"
    r"(?:must|should|has to|have to|needs? to) (?:be|stay|come in|remain|get) (?:below|under|at most|within)|"
    r"target\w*|reduce \w+ to|cut \w+ to|land at|get (?:it |that |this |costs? |spend )?down to|bring (?:it |that |"
    r"this |"
    r"costs? |spend )?down to|(?:want|need|like|love) to (?:be|get|stay|go|come) (?:at|under|below|down to)|"
    # a target for the bill ("I'd love to get the bill under $10k/month", "trying to bring it below 5k")
    r"(?:get|bring|keep|push|take) (?:the |our |my )?(?:bill|spend\w*|costs?|it|that|this)(?: \w+)? (?:under|below|"
    r"beneath)|approved|"
    r"allocated|set aside|"
    r"signed off on|sign[- ]off (?:on|for)|green[- ]?lit)\b|"
    # "we have about $5k a month": said right before the amount (not "we have 40 testers, so 1200 a day")
    r"\bwe (?:got|have) (?:like |about |around )?[$€£]\s*$"
)
# a budget figure denied, a better one said after it ("budget is not 36000 usd, maybe 1500 usd/month")
BUDGET_DENIED = rx.compile(
    r"(?:\bnot|n't)\s*(?:about|around|~|like)?\s*[$€£]?\s*$|\b(?:we|i)\s+(?:do\s+)?(?:not|don'?t|dont|no)\s+(?:have|"
    r"got)\s+"
    r"(?:a\s+|the\s+|any\s+)?budget\s+(?:of\s+)?(?:about\s+|around\s+)?[$€£]?\s*$"
)
SPEND_WORDS = rx.compile(
    r"\b(?:spend\w*|spent|pay(?:ing)?|paid|bill\w*|invoice\w*|costs? us|costing us|burn\w*|expenditure|"
    r"current(?:ly)? (?:monthly |api |llm |ai )?(?:costs?|spend\w*|bill)|run(?:s|ning)? "
    r"(?:us|about|around)|we'?re at|we are at|currently|today|right now|rn|at the moment|so far|now|"
    r"run[- ]?rate|(?:got|brought|cut|reduced) (?:it|that|this|costs?|spend) (?:down )?to)\b"
)
MONEY_PERIOD = (
    r"(?:(?:a|per|/|each|every)\s*(?P<period>month|mo|year|yr|annum|quarter|week|day)s?\b|(?P<adv>monthly|annually|"
    r"yearly|quarterly|weekly|daily)\b)"
)
# the period said right after an amount ("$3k a month", "5k dollars monthly")
PERIOD_AFTER = rx.compile(r"\s*(?:dollars?|usd|bucks)?\s*" + MONEY_PERIOD)
# money said for several years ("budget is 1 200 000 PLN net for 3 years", "€90k over two years")
MULTI_YEAR = rx.compile(
    r"\b(?:for|over|across|within|during|covering)\s+(?:the\s+(?:next|first|coming)\s+|a\s+period\s+of\s+)?"
    r"(?P<n>[2-9]|10)\s*(?:-\s*)?years?\b"  # (on the normalized text: "two years" is "2 years" there)
)


PERIOD_MONTHS = {
    "month": 1.0,
    "mo": 1.0,
    "monthly": 1.0,
    "year": 12.0,
    "yr": 12.0,
    "annum": 12.0,
    "annually": 12.0,
    "yearly": 12.0,
    "quarter": 3.0,
    "quarterly": 3.0,
}


_CUR = (
    r"(?:us\$|\$|usd|us dollars?|dollars?|bucks|€|eur|euros?|£|gbp|pounds?|chf|swiss francs?|francs?|¥|jpy|yen|"
    r"₹|inr|rupees?|r\$|brl|reais|real|cad|canadian dollars?|aud|australian dollars?|sek|nok|dkk|kr|kronor|kroner|"
    r"pln|zloty|czk|mxn|zar|rand|cny|yuan|rmb|krw|won|sgd|hkd|nzd|try|lira)"
)
_RATE_NUM = r"(?:about\s+|around\s+|roughly\s+|~\s*)?(?P<num>\d+(?:\.\d+)?)"
EXCHANGE_RATES = [
    # "1 EUR = 1.10 USD", "1€ is 1.08$", "one euro is about 1.17 dollars"
    rx.compile(
        r"\b1\s*(?P<a>"
        + _CUR
        + r")\s*(?:=|≈|is|equals|was|to|:|->|gets? you|buys?)\s*"
        + _RATE_NUM
        + r"\s*(?P<b>"
        + _CUR
        + r")"
    ),
    # "1.08 dollars per euro", "85 rupees to the dollar", "0.92 EUR for 1 USD"
    rx.compile(
        _RATE_NUM + r"\s*(?P<b>" + _CUR + r")\s*(?:per|to the|to a|to one|for (?:one|a|1|each|every))\s*(?:1\s*)?"
        r"(?P<a>" + _CUR + r")\b"
    ),
    # "EUR/USD 1.08", "eurusd at 1.17"
    rx.compile(r"\b(?P<a>[a-z]{3})\s*/?\s*(?P<b>[a-z]{3})\s*(?:at|is|=|of|:|rate(?: of| is)?)?\s*" + _RATE_NUM + r"\b"),
    # "use an exchange rate of 1.1", "the fx rate is 1.17" (the currency is the one the user's money is in)
    rx.compile(
        r"\b(?:exchange|fx|conversion|currency)\s+rate\s*(?:of|is|=|:|at|to|would be|should be)?\s*" + _RATE_NUM
    ),
]


def _code(word: str | None) -> frozenset[str]:
    if not word:
        return frozenset()
    before = currency_before(word)
    return before or currency_after(word)[0]


def _exchange_rate(c: Context) -> None:
    """An exchange rate the user gives ("1 EUR = 1.10 USD", "85 rupees to the dollar"): dollars per unit of the
    other currency, which replaces the assumed rate (the currency is left open when the rate names none)."""
    for pattern in EXCHANGE_RATES:
        for m in pattern.finditer(c.m):
            value = float(m["num"])
            groups = m.groupdict()
            a, b = _code(groups.get("a")), _code(groups.get("b"))
            if value <= 0 or c.off(m.start()):
                continue
            if "a" in groups and (len(a) != 1 or len(b) != 1 or (a == b) or "USD" not in a | b):
                continue  # two currencies, one of them dollars: "EUR/USD 1.08"; "kr" or "GBP/EUR" are not read
            if "a" in groups:
                code = next(iter(a - {"USD"} or b - {"USD"}))
                per_unit = value if "USD" in b else 1 / value
            else:
                code, per_unit = "", value
            c.out.add(
                "exchange_rate", {"currency": code, "usd_per_unit": round(per_unit, 6)}, c.quote(m.start(), m.end())
            )
            c.m = c.m[: m.start()] + " " * (m.end() - m.start()) + c.m[m.end() :]  # not money, not a volume
            return


# a ceiling that holds only once something has happened, said after its figure
BUDGET_IF = rx.compile(
    r"^[^.;!?\d]{0,20}?\b(?:if|once|when|after) (?:the |our |this )?(?:pilot|poc|proof of concept|trial|experiment|"
    r"business case|rollout|results?|it (?:works|proves|succeeds|goes well)|we (?:prove|show|hit|get))\b"
)


# the spend of a product that is gone
GONE_PRODUCT = rx.compile(
    r"\b(?:different|another|other|old|previous|separate) (?:product|project|app|system|feature)\b[^.;!?]{0,40}?"
    r"\b(?:shut down|shutdown|discontinued|killed|sunset\w*|retired|wound down|no longer|closed)\b"
)
# a budget said not to be settled yet ("between 5 and 8k a month, finance hasn't locked it down", "$5-8K/mo range.
# Not final.", "maybe 10k/mo if the board signs off"): asked about, never stored as said
BUDGET_UNSETTLED = rx.compile(
    r"\b(?:not (?:final|finali[sz]ed|decided|locked(?: in| down)?|set|confirmed|approved|signed off)(?: yet)?|"
    r"(?:hasn'?t|haven'?t|has not|have not|isn'?t|is not) (?:been )?(?:locked|finali[sz]ed|decided|set|approved|"
    r"confirmed|signed off)|tbd|tbc|to be (?:decided|confirmed|determined)|pending (?:\w+ )?approval|"
    r"if (?:the |our )?(?:board|cfo|ceo|finance|management|leadership|budget committee)\b[^.;!?]{0,30}?\b(?:approves?|"
    r"signs? off|agrees?|okays?|oks?|greenlights?))"
)


# the amount's clause opening on a pronoun for what the sentence named before it ("..., but today it's $10k")
_IT_IS = rx.compile(
    r"^\W*(?:(?:but|and|so|though|although)\s+)?(?:(?:today|now|right now|currently|for now|as of now|this year|"
    r"at the moment),?\s+)?(?:it'?s|it is|it stands at|it sits at|that'?s|that is)\s+(?:(?:about|around|roughly|"
    r"only|just|still|like|~)\s*)?(?:[$€£]|usd|eur)?\s*$"
)


# a sentence opened by money as its topic ("Budget-wise, ...", "Budget: ...", "money -"): what follows says whether
# its amount is a ceiling or what is paid today
MONEY_HEADING = r"\W*(?:budget|money|spend(?:ing)? cap|funding)(?:[- ]wise)?\s*[:,-]"


def _budget_referred(sentence: str, clause: str, after: str) -> bool:
    """Whether the amount's clause says "it is" of a budget its sentence named in an earlier clause (not an amount
    paid to someone: "..., but today it's $4k a month on OpenAI")."""
    if rx.match(MONEY_HEADING, sentence):
        # "Budget-wise, the figure I've been given is £180,000 for the first year" (not "Budget: we spend $4k")
        return not SPEND_WORDS.search(clause)
    if not _IT_IS.search(clause) or rx.match(r"[^.;]{0,25}\b(?:on|to|with|for|in)\s+(?!(?:a|the|per)\b)[a-z]", after):
        return False
    earlier = sentence[: len(sentence) - len(clause)]
    return bool(rx.search(r"\bbudget\w*\b", earlier)) and not SPEND_WORDS.search(earlier)


def _money(c: Context) -> None:
    """Budgets and current spend: "$12k a month on GPT-4o", "budget is 5k", "annual budget $60,000"."""
    _exchange_rate(c)
    t = c.m
    amount = rx.compile(
        r"(?P<curneg>(?<![\w.])-(?=[$€£]))?(?P<cur>[$€£]|\busd\s*|\beur\s*)?(?<![\w.])"
        + NUM_CORE
        + r"(?P<unit>\s*(?:dollars?|usd|bucks|eur|euros?|gbp)\b)?"
    )
    by_vendor: list[tuple[float, str]] = []  # spends in dollars, each after the vendor it is paid to
    added_at: dict[str, int] = {}  # where the figure kept for each fact ends
    said_at: dict[str, int] = {}  # where each amount in another currency ends (its dollars may be said after it)
    # the figure said as what it was, whose currency, period and kind the newer bare figure keeps ("we were at $20k
    # a month, now 11k"): (codes, period, budget, where the newer figure must start by)
    carry: tuple[frozenset[str], str | None, bool, int] | None = None
    for am in amount.finditer(t):
        start = am.start("num")
        # (a decimal point, "$1.2k", ends no sentence)
        stops = [x.end() for x in SENTENCE_STOP.finditer(t, 0, start)]
        sentence_start = stops[-1] if stops else 0
        before = t[max(sentence_start, start - 60) : start]
        clause = rx.split(r",|\band\b(?! (?:spend|pay))|\bbut\b", before)[-1]
        if len(stops) and t[sentence_start - 1] == "?" and start - sentence_start < 30:
            # "Our current bill? About 2,000 dollars monthly.": a short question naming what the answer is
            label = t[(stops[-2] if len(stops) > 1 else 0) : sentence_start]
            if len(label.split()) <= 6 and not rx.search(
                r"\b(?:can|could|should|would|will|want|willing|afford|allowed|ok|okay|fine)\b", label
            ):
                clause = label + " " + clause
        if rx.search(r"\d\s*(?:[$€£]|dollars?|usd|bucks|euros?)?\s*(?:per|/)\s*$", before):
            continue  # "2.5 bucks per million in": the unit a price is quoted by, no sum of money
        codes = currency_before(t[max(0, start - 12) : start])
        skip = 0
        if not am["unit"]:
            said_after, skip = currency_after(t[am.end() : am.end() + 30])
            codes = codes or said_after
        elif not codes:
            codes = currency_after(am["unit"])[0]
        # the currency put right just after the figure ("$45,000 a month - pesos, not dollars", "$2,000 (AUD)")
        fixed = CURRENCY_PUT_RIGHT.match(t, am.end())
        named = currency_after(fixed["cur"])[0] if fixed is not None else frozenset()
        if fixed is not None and not named and not other_currency("", fixed["cur"]):
            fixed = None  # "$4,212.50 (Oct)": no currency named
        if fixed is not None:
            codes = named or frozenset()
        inherited = (
            carry
            if carry is not None
            and start < carry[3]
            and (not codes or codes == carry[0])  # ("$18k/month ...; this month is trending toward $25k")
            and fixed is None
            and (NOW_BEFORE.search(t[max(0, am.start() - 45) : am.start()]) or NOW_AFTER.match(t, am.end()))
            else None
        )
        carry = None
        if inherited is not None:
            codes = inherited[0]
        unknown = (fixed is not None and not codes) or (
            not codes and other_currency(t[max(0, start - 8) : start], t[am.end() : am.end() + 20])
        )
        if not codes and not unknown:
            # "400 bin TL", "3 lakh-ish rupees": a currency named one unread word after the figure; which amount
            # is meant is not known, so it is asked about (never read as dollars)
            gap = rx.match(r"\s+[a-z][a-z-]*(?=\s)", t[am.end() : am.end() + 20])
            if gap is not None and not rx.fullmatch(r"\s+(?:a|an|per|each|every|in|on|for|to|of|or|and)", gap.group(0)):
                unknown = bool(currency_after(t[am.end() + gap.end() : am.end() + gap.end() + 30])[0])
        after = t[am.end() + skip : am.end() + skip + 40]
        line_end = rx.search(NEXT_ITEM, after)
        if line_end is not None:
            after = after[: line_end.start()]  # (a bullet or labelled line after it is another item's)
        per_head = rx.match(
            r"\s*(?:/\s*mo\w*|a month|per month|monthly)?\s*(?:per|a|/|each)\s*(?P<head>head|" + POPULATION + r")\b",
            after,
        )
        heads = heads_counted(t, per_head["head"]) if per_head is not None else None
        if (per_head is not None and heads is None) or rx.match(
            r"\s*(?:/\s*mo\w*|a month|per month|monthly)?\s*(?:per|a|/|each)\s*(?:gpu|card|server|license)\b", after
        ):
            continue  # "$99 a month per seat": a unit price, not the total (said with the seats counted, the total)
        if rx.match(
            r"\s*(?:dollars?|usd|bucks)?\s*(?:/|per|an?|each|every)\s*(?:gpu[- ]?)?(?:hour|hr|h\b|minute|min\b|second|"
            r"(?:1\s*)?(?:m|million|k|thousand)\s*(?:tokens|tok|in\b|out\b|input|output)|mtok|1m\b|token|request|call|query|"
            r"page|document)",
            after,
        ):
            continue  # "$3/hour for 8 H100s", "$2.50 per million tokens": a price by the unit, not a month's money
        if rx.match(
            r"[^.;!?]{0,25}?\b(?:but|though|and)\s+(?:zero|none|nothing|not a (?:cent|dollar|penny))\s+of\s+"
            r"(?:that|it|this)\b",
            after,
        ):
            continue  # "aws is like 40k a month but zero of that is AI stuff": a sum that is no inference spend
        one_time = (
            r"\s*(?:eur|usd|gbp|€|\$|£)?\s*(?:[a-z]+\s+){0,1}?(?:capex|one[- ]?time|one[- ]?off|upfront|up-front|"
            r"einmalig|investition|investment|for (?:the )?hardware)\b"
        )
        if rx.match(one_time, after):
            continue  # "EUR 600k capex approved for hardware": a one-time sum, no month's budget
        if rx.match(
            r"\s*(?:dollars?|usd|bucks)?\s*(?:on|for)\s+(?:(?:new|some|the|our|a few|a couple of|two|three|four|"
            r"eight|\d+)\s+)*(?:[\w-]+\s+)?(?:gpus?|graphics cards|cards|hardware|servers?|machines|workstations?|"
            r"boxes|a cluster|nodes|G{3,})\b(?!\s*(?:rental|rent|hours|time|in the cloud))",
            after,
        ) and rx.search(r"\b(?:spent|bought|paid|purchased|invested)\b", t[sentence_start:start]):
            continue  # "last year we spent $50k on GPUs" ("G": a GPU's name): hardware bought, no month's inference
        if rx.match(
            r"\s*(?:k|m|b|bn|thousand|million|billion)?\s*(?:" + TOKENS + r"|requests|%|gpus?|engineers?|people|"
            r"calls|queries|users|messages|ms|s\b|seconds?|x\b|h100|a100|"
            # people counted ("an internal assistant for ~8,000 employees"), never money
            r"employees|staff|workers|members|customers|clients|students|patients|agents|seats|lawyers|doctors|"
            r"nurses|developers|devs|players|subscribers|accounts|tenants)",
            after,
        ):
            continue
        currency = bool(codes) or unknown
        if not currency and (
            rx.search(r"\b(?:p(?:50|90|95|99)|latency|ttft|response time)\b", clause)
            or (
                rx.search(
                    r"\d\s*(?:ms|millis\w*|msec)\b|\b(?:end[- ]to[- ]end|e2e|first token|latency|ttft|p9\d)\b",
                    t[sentence_start : am.end() + 40],
                )
                and not PERIOD_AFTER.match(after)
                and not rx.search(r"\b(?:budget|spend\w*|pay\w*|cost\w*|bill)\b", clause)
            )
        ):
            continue  # "p99 hard limit: 500": milliseconds
        if not currency and not am["mag"] and rx.fullmatch(r"(?:19|20)\d\d", am["num"]):
            continue  # "on lease through 2027": a year
        budget = (
            # (not the heading's own word: "Budget: we spend about $4k a month" is the spend under a heading of
            # money, which ``_budget_referred`` reads)
            bool(BUDGET_WORDS.search(rx.sub("^" + MONEY_HEADING, " ", clause)))
            or bool(WANTED_CEILING.search(clause) and MONTH_AFTER.match(after))
            or bool(
                rx.match(
                    r"\s*(?:dollars?\s+|usd\s+|eur\s+)?(?:/\s*mo\w*|a month|per month|monthly)?\s*(?:(?:for|in|over)\s+"
                    r"(?:the\s+|teh\s+|a\s+)?(?:whole\s+|full\s+|entire\s+)?(?:year|month|quarter)\s*|(?:a|"
                    r"per)\s+(?:year|"
                    r"month)\s+|annually\s+|yearly\s+)?"
                    r"(?:is\s+|was\s+|would be\s+|as\s+|=\s*|:\s*|,?\s*(?:that'?s|thats|which is|it'?s)\s+(?=our\s))?"
                    r"(?:,\s*(?=(?:tops|max|maximum|at most)\b))?(?:our\s+|the\s+|my\s+)?"
                    r"(?:hard\s+|absolute\s+|monthly\s+|spending\s+)?(?:max(?:imum)?|tops|cap|budget|limit|at most|"
                    r"ceiling|"
                    r"upper (?:bound|limit))\b",
                    after,
                )
            )
            or ("budget_usd_per_month" in c.expecting and not SPEND_WORDS.search(clause))
        )
        if not budget and _budget_referred(t[sentence_start:start], clause, after):
            budget = True  # "Budget might double next year, but today it's $10k a month": "it" is the budget
        achieved = rx.search(
            r"\b(?:cut|reduced|got|brought)\s+(?:it|that|this|costs?|spend|the bill)\s+(?:down\s+)?to\b", clause
        ) and not rx.search(
            r"\b(?:want|wants|need|needs|like|would|must|should|goal|target|aim|plan|hope|try\w*)\b|'d", clause
        )
        labelled_spend = rx.match(
            r"\s*(?:/\s*mo\w*|a month|per month|monthly)?\s*(?:=|:|is|was)?\s*(?:our\s+|the\s+)?(?:current\s+)?"
            r"(?:spend|bill|cost|run[- ]?rate)\b",
            after,
        )
        if achieved or labelled_spend:
            budget = False  # "we cut it to about 11k by caching", "25k/mo = current spend"
        # "it's costing about 1,200 a month": what something costs now, said with a monthly period
        costing = bool(
            rx.search(r"\b(?:costing|costs)\b", clause)
            and rx.match(r"\s*(?:/\s*mo\w*|a month|per month|monthly|every month|each month)\b", after)
            and not rx.search(r"\b(?:would|will|could|might|should|if)\b|'d|'ll", clause)
            # "a GPU costs $2k a month": the price of hardware, not what is spent
            and not rx.search(
                r"\b(?:an?|one|each|per|every)\s+(?:\w+\s+)?(?:gpus?|h100|a100|l4|l40s?|servers?|instances?|"
                r"nodes?|cards?|machines?|boxes?|vms?)\b",
                clause,
            )
        )
        # "roughly $3k/month today": a monthly amount said as what is paid now
        now_after = bool(
            (am["cur"] or am["unit"])
            and rx.match(
                r"\s*(?:/\s*mo\w*|a month|per month|monthly)\s*,?\s*(?:today|now|currently|right now|rn|at the moment|"
                r"these days|as of now|at present)\b",
                after,
            )
            and not rx.search(
                r"\b(?:costs?|price\w*|quote\w*|gpus?|h100s?|a100s?|servers?|instances?|nodes?|cards?|machines?|boxes?|"
                r"rent\w*|lease\w*|would|will|could|might)\b|'d|'ll",
                t[sentence_start:start],
            )
        )
        spend = (bool(SPEND_WORDS.search(clause)) or bool(labelled_spend) or costing or now_after) and not budget
        model_near = bool(
            rx.search(
                r"M{3,}|\b(?:openai|anthropic|google|azure|bedrock|claude|gpt|gemini|mistral|cohere|api|llms?|"
                r"inference|line item|sonnet|haiku|opus|llama|qwen|deepseek|4o(?:[- ]mini)?|o[134](?:-mini)?)\b",
                # (a note's parts set apart by a dot or a semicolon are one line: "actual: gpt-4o · ~1.200 €/mes")
                t[max(0, *(t.rfind(x, 0, start) + 1 for x in (". ", "\n", "!", "?"))) : am.end() + 40],
            )
        )
        on_model = bool(
            rx.match(
                r"\s*(?:(?:/|a|an|per|each|every)\s*(?:mo\w*|week|wk|day|year|yr|quarter)|monthly|weekly|daily|yearly|"
                r"annually)\s+(?:on|for|with|to)\s+(?:the\s+)?(?:M{3,}|openai|anthropic|google|azure|bedrock|claude|"
                r"gpt\w*|gemini|mistral|cohere|vertex|together|groq|fireworks)\b",
                after,
            )
        )
        # "$600 per day on tokens", "$3k a month on the api": what goes on inference, said with its period
        on_inference = bool(
            currency
            and rx.match(
                r"\s*(?:(?:/|per|a|each|every)\s*(?:day|week|month|mo)\b|daily|weekly|monthly)\s+(?:on|for)\s+"
                r"(?:the\s+)?(?:tokens|api(?: calls| usage)?|inference|llms?|openai|anthropic|M{3,})\b",
                after,
            )
            and not rx.search(r"\b(?:would|will|could|might|should|if)\b|'d|'ll", clause)
            and not rx.search(r"\b(?:per|a|each)\s+(?:user|seat|head|person|customer|employee|request|call)\b", after)
        )
        # "50/50 haiku 3 and 4o-mini. $1.8k/mo total.": the models named before, what they cost together
        total_of_models = bool(
            currency
            and rx.search(r"M{3,}", t[:sentence_start])
            and rx.search(
                r"\b(?:total|together|combined|altogether|all in|all together|between them)\b", clause + after
            )
            and MONTH_AFTER.match(after)
        )
        if not (budget or spend) and ((model_near and (currency or on_model)) or on_inference or total_of_models):
            spend = True  # "$12k a month on GPT-4o", "25k/mo on gpt-5"
        if not (budget or spend) and GPUS_RENTED.search(clause) and MONTH_AFTER.match(after):
            spend = True  # "we rent 2 H100s on Lambda at about $4,500 a month": what inference costs today
        if "current_spend_usd_per_month" in c.expecting and not budget:
            spend = True
        if inherited is not None:
            budget, spend, currency = inherited[2], not inherited[2], True  # "..., now 11k": the newer of the two
        if not (budget or spend) and added_at:
            # "budget $5k a month, actually no, $4k a month": the figure put in the place of the one taken back
            last = max(added_at, key=lambda n: added_at[n])
            if TAKEN_BACK.search(t, added_at[last], am.start()):
                budget, spend = last == "budget_usd_per_month", last == "current_spend_usd_per_month"
        if not (budget or spend):
            continue
        credits = rx.match(r"\s*(?:usd|dollars?)?\s*(?:of|in|worth of)\s+(?:[\w-]+\s+){0,3}?credits?\b", after)
        if credits is not None and (not budget or not MONTH_AFTER.match(after, credits.end())):
            # "burning through $25k of Azure startup credits": credits granted, nothing paid; "we have $100k in GCP
            # credits": a grant, no month's budget (a budget in credits a month stays: "$5k of credits a month")
            continue
        if PEOPLES_WORK.match(t, am.end(), am.end() + 140) and not budget:
            continue  # "38.000 EUR per month on an external service company that does the manual data entry"
        if NOT_SPEND.search(rx.split(r"\band\b|\bbut\b", clause)[-1]) and not budget:
            continue  # "our revenue is $4M a year", "we raised $2M": the company's money, not what inference costs
        if not currency and not (am["mag"] or float(am["num"]) >= 100):
            continue
        if not currency and rx.match(r"\s*(?:[a-z-]+\s+)?" + REQUESTS + r"\b", after):
            continue  # "we get up to 5k tickets a day": a count of things, never money without its sign
        if (
            not currency
            and "budget_usd_per_month" not in c.expecting
            and rx.match(
                r"\s*(?:in|per|an?|each|every|within)\s+(?:one\s+|an?\s+|1\s+|the\s+)?(?:hour|hr|minute|min|second|sec)\b",
                after,
            )
            and not rx.search(
                r"\b(?:budget\w*|afford|spend\w*|spent|pay\w*|paid|costs?|bill\w*|money|dollars?|bucks)\b", clause
            )
        ):
            continue  # "spikes of up to 6,000 in one hour": a count at the peak, never money without its sign
        if (
            budget
            and not currency
            and "budget_usd_per_month" not in c.expecting
            and number(am) >= 1e6
            and not rx.search(r"\b(?:budget\w*|afford|spend\w*|spent|pay\w*|paid|costs?|bill|money)\b", clause)
            and rx.search(
                r"\btok|\b(?:requests?|reqs?|queries|calls|chats|messages|conversations)\b", t[sentence_start:]
            )
        ):
            continue  # "3M tokens a day on average, up to 5M on busy days": a ceiling of the traffic, not money
        if not currency and rx.search(
            r"\b(?:context|window|prompts?|completions?|outputs?|inputs?|tok\w*|length|len|requests?|calls?|"
            r"latency|ms|params?|parameters?|tpm|rpm|quotas?|rate[- ]?limits?)\b",
            TOKEN_MONEY.sub(" ", clause[-30:] + " " + after[:12]),
        ):
            continue  # "max context 8k", "output capped at 2k": a size or a limit, never money without its sign
        if (
            not currency
            and not (
                budget
                or on_model
                or achieved
                or labelled_spend
                or costing
                or rx.search(
                    r"\b(?:spend\w*|spent|pay\w*|paid|bill\w*|invoice\w*|costs? us|costing us|burn\w*|expenditure|"
                    r"costs? (?:today|now|currently|right now|at the moment)|current(?:ly)? costs?)\b",
                    clause,
                )
                or (  # "spend was 20k, now 11k/mo": the spend named earlier in the sentence, now at a monthly figure
                    rx.search(r"\b(?:now|currently|today)\b", clause)
                    and rx.match(r"\s*(?:/\s*mo\w*|a month|per month|monthly)\b", after)
                    and rx.search(
                        r"\b(?:spend\w*|spent|pay\w*|paid|bill\w*|costs? us|burn\w*)\b", t[sentence_start:start]
                    )
                )
                or set(c.expecting) & {"budget_usd_per_month", "current_spend_usd_per_month"}
                # "our openai usage runs about 6k a month": what a vendor is paid, said by the month
                or (
                    model_near
                    and rx.search(r"\b(?:runs?|running|we'?re at|we are at|usage)\b", clause)
                    and rx.match(r"\s*(?:/\s*mo\w*|a month|per month|monthly|every month|each month)\b", after)
                )
            )
        ):
            continue
        # (what it was before, said after it, is no newer figure: "$14.2k last month, up from 9k in March")
        ends = rx.search(r"\.(?!\d)|[;?!\n]", t[am.end() :])  # (the line ends the sentence too)
        later = OLD_FROM.sub(" ", t[am.end() : am.end() + ends.start() if ends else len(t)])
        # (a rate of growth after it is no newer figure: "$2.3k last month and growing ~30% m/m")
        later = rx.sub(r"\d[\d.,]*\s*(?:%|percent\b)", " ", later)
        if OLD_FROM_BEFORE.search(t[sentence_start:start]):
            continue  # "up from $9k": the figure it was before
        if ARROW_TO_NEW.match(t, am.end()):
            continue  # "spend: $20k/mo (gpt-4o, until Mar) → $8k/mo now": the figure before the arrow is the old one
        if (_negated(t, am.start()) and not budget and rx.search(r"\d", later)) or _older_than_next(
            t, sentence_start, am.end()
        ):
            # "we were at $20k a month, now 11k", "we spent 20k a month last year; now it's around 11k": the old
            # figure (alone, "the bill was $40k" stands); the newer one keeps what was said with it
            pm = PERIOD_AFTER.match(after)
            ends = rx.search(r"\.(?!\d)|[?!\n]", t[am.end() :])
            until = am.end() + ends.start() if ends else len(t)
            was_period = (pm["period"] or pm["adv"]) if pm else None
            if was_period is None and rx.match(r"\s*(?:in|for|during)\s+", after) and MONTH_NAMED.match(after.strip()):
                was_period = "month"  # "Spend was 40k in March": that month's
            carry = (codes, was_period, budget, until)
            continue
        if budget and BUDGET_DENIED.search(t[max(sentence_start, start - 40) : start]) and rx.search(r"\d", later):
            continue  # "budget is not 36000 usd, maybe 1500", "we not have budget 36000": the figure denied
        if budget and rx.search(
            r"\b(?:if|in a world where|suppose|supposing|imagine|say)\s+(?:we|i|they)\s+(?:had|got|could get|"
            r"were given)\b(?! to\b)[^.;]{0,30}$",
            t[sentence_start:start],
        ):
            continue  # "If we had $50k a month we'd obviously ...": money wished for, no budget said
        if budget and rx.search(
            r"\b(?:hypothetically|in theory|theoretically|suppose|supposing|imagine)\b", t[sentence_start:start]
        ):
            continue  # "hypothetically 50k/mo budget -> gpt-5 everywhere?": a budget imagined, none said
        if not budget and GONE_PRODUCT.search(t[sentence_start : am.end() + 120]):
            continue  # "$15k a month on GPT-4, but that was for a different product we've since shut down"
        if budget and BUDGET_UNSETTLED.search(t[sentence_start : am.end() + 80]):
            if "budget_usd_per_month" not in c.out.clarify:
                c.out.clarify.append("budget_usd_per_month")
            continue  # "budget TBD. maybe 10k/mo if the board signs off": no budget yet
        if budget and BUDGET_IF.search(t[am.end() : am.end() + 60]) and rx.search(r"\d", t[am.end() :]):
            continue  # "could go up to $10k a month if the pilot proves out; for now it's capped at $3k"
        if am["neg"] or am["curneg"]:  # "-500 dollars", "-$500"
            c.out.problems.append("a negative amount of money is not possible; what do you spend a month?")
            continue
        if (
            c.off(start)
            and not budget
            and inherited is None  # (the newer figure, said as today's, is not the old one's past: "used to be $6,000
            # monthly, currently $4,500")
            and (c.withdrawn(start) or not _spent_over_a_past_period(t, sentence_start, am.end()))
        ):
            continue
        pm = PERIOD_AFTER.match(after)
        period = (pm["period"] or pm["adv"]) if pm else None
        if period is None and inherited is not None:
            period = inherited[1]
        if period is None:
            # (read unmasked: "for FY25" is a year, not a model's name)
            window = c.t[sentence_start : am.end() + 40]  # (masking keeps the length: same positions)
            found = rx.search(
                r"\b(?:annual\w*|yearly|per year|a year|for (?:the |teh )?(?:whole |full |entire |first |1st )?year|"
                r"(?:full|whole|"
                r"entire) year|fy ?\d{2,4}|fiscal (?:year|\d{2,4})|"
                r"(?:this|last|past|previous) year|(?:last|past|previous) (?:12|twelve) months|"
                r"(?:in|for|during) 20\d\d)\b",
                window,
            )
            span = MULTI_YEAR.search(window)
            if span is not None:
                period = f"years:{span['n']}"  # "1 200 000 PLN net for 3 years": a month is a 36th
            elif found:
                period = "year"
            elif rx.search(r"\b(?:last|this|per|a|each) quarter|quarterly\b", window):
                period = "quarter"
            elif budget and rx.search(
                r"\bfor (?:this|the|our|a) (?:\w+ )?(?:project|pilot|poc|proof of concept|initiative|program(?:me)?|"
                r"trial|experiment|mvp)\b|\b(?:in )?total\b|\bone[- ]off\b|\bhow long\b|"
                # money to buy hardware ("the CFO approved $60k for GPUs", "capex of 200k for servers"): a sum, no month
                r"\bfor (?:the |new |our |some )?(?:gpus?|hardware|servers?|cards|boxes|a cluster|machines)\b|"
                r"\b(?:capex|to buy|purchase|upfront|up front)\b",
                window,
            ):
                # "$50k approved for this project", "50k USD for the pilot": a sum for the work, over no said period
                # (or for hardware bought once)
                if name_of(budget) not in c.out.clarify:
                    c.out.clarify.append(name_of(budget))
                continue
            elif (
                rx.search(r"\b(?:month|monthly|/mo|(?:last|this|previous) month'?s?)\b", window)
                or budget
                or (
                    spend
                    and model_near
                    and MONTH_NAMED.search(window)
                    and not rx.search(r"\b(?:will|going to|plan\w*|expect\w*|next)\b|'ll", window)
                )
            ):
                # "Bill from OpenAI for September: $2,340", "$4,212.50 (Oct)": one month's bill
                period = "month"
            elif (
                spend
                and (am["mag"] or currency)
                and number(am) >= 100
                and not rx.match(r"\s*(?:per|/|a|an|each|every)\s+(?!month|mo\b)", after)
                and rx.search(
                    r"\b(?:spend|spending|pay|paying|burn\w*|run[- ]?rate|we'?re at|we are at|"
                    r"(?:sitting|running) at)\b",
                    clause,
                )
                and rx.search(r"\b(?:now|current|currently|today|rn|at the moment|these days|run[- ]?rate)\b", window)
                and not rx.search(r"\b(?:costs?|price[sd]?|priced|quote[sd]?|per (?:gpu|unit|card|server))\b", window)
            ):
                period = "month"  # "we spend 6k now": what is spent is counted by the month
            elif spend and "current_spend_usd_per_month" in c.expecting and (am["mag"] or currency):
                period = "month"  # "$800", answering what is spent a month
            elif (
                (am["mag"] or currency)
                and rx.search(
                    r"\b(?:last|latest|most recent|our|the) (?:api |openai |anthropic |azure |aws |llm |ai )?"
                    r"(?:invoice|bill)\b[^.;!?\d]{0,25}$",
                    t[max(0, am.start() - 50) : am.start()],
                )
                and not rx.search(r"\b(?:year|annual|yearly|quarter|one[- ]off|once)\w*\b", window)
            ):
                period = "month"  # "Last invoice was around USD 40,000": an API invoice comes each month
        days = c.conventions.days_per_month
        months = {**PERIOD_MONTHS, "day": 1 / days, "daily": 1 / days, "week": 7 / days, "weekly": 7 / days}
        if period is not None and period.startswith("years:"):
            months[period] = 12.0 * int(period.split(":")[1])
        if period is None or period not in months:
            continue
        if budget and RANGE_NEXT.match(t, am.end()):
            continue  # "budget is like $300-500 a month max": a budget said as a range allows its top, read next
        if not budget and (
            RANGE_NEXT.match(t, am.end())
            or (
                rx.search(r"\bbetween\s+(?:[$€£]|usd\s*|eur\s*)?$", t[max(0, am.start() - 12) : am.start("num")])
                and rx.match(r"\s*(?:usd|eur|dollars?)?\s*and\s*(?:[$€£]|usd\s*|eur\s*)?\d", t[am.end() :])
            )
        ):
            # "$5k-$6k a month": the low end of a spend's range, read with its high end (a budget said as a range is
            # its top: "budget is 2-5k a month" allows 5k)
            continue
        # ("can spend up to $2 per user per month" beside "5,000 users": $10,000 a month)
        value = number(am) / months[period] * (heads or 1.0)
        low = None if budget or heads else RANGE_LOW.search(t[max(0, start - 24) : start])
        if low is not None:
            # "monthly LLM spend is in the 5-6k range": the middle of a narrow range; a wide one is too loose to store
            lo = float(low["lo"]) * MAGNITUDE.get((low["lomag"] or am["mag"] or "").lower(), 1)
            if not 0 < lo < number(am) or number(am) / lo > MAX_SPREAD:
                if name_of(budget) not in c.out.clarify:
                    c.out.clarify.append(name_of(budget))
                continue
            value = (lo + number(am)) / 2 / months[period]
        if value <= 0:
            continue
        name = "budget_usd_per_month" if budget else "current_spend_usd_per_month"
        if unknown or len(codes) > 1:
            if name not in c.out.clarify:
                c.out.clarify.append(name)  # no rate for that currency, or "kr" (which krone?): ask
            continue
        code = next(iter(codes), "USD")
        if code != "USD":
            conv = to_usd(value, code)
            quote = c.quote(am.start(), am.end())
            c.out.add(name, conv.usd, quote)
            c.out.add(IN_CURRENCY[name], conv.as_fact(), quote)
            said_at.setdefault(IN_CURRENCY[name], am.end())
            continue
        if name == "current_spend_usd_per_month":
            head = rx.split(r"[,;:]\s|\band\b|\bplus\b|\+", t[max(sentence_start, start - 40) : start])[-1]
            vendor = VENDOR.search(head)
            if vendor is not None:
                by_vendor.append((value, vendor.group(0)))
        if name in added_at and rx.search(
            r"\b(?:total|grand total|in total|overall|all in)\s*[:=|-]?\s*[$]?\s*$", t[:start]
        ):
            # "input 400M tok $1,200.00 | output 100M tok $1,500.00 | total $2,700.00": the total, not a line of it
            c.out.updates = [u for u in c.out.updates if u[0] != name]
        if name in added_at and TAKEN_BACK.search(t, added_at[name], am.start()):
            # "Budget is whatever beats $900 — actually no, I'd pay up to $2k": the figure said after taking one back
            c.out.updates = [u for u in c.out.updates if u[0] != name]
        each = f"${number(am):,.4g} per {per_head['head']} x {heads:,.0f}" if heads and per_head else None
        c.out.add(name, round(value, 2), c.quote(am.start(), am.end()), each)
        added_at.setdefault(name, am.end())
    _nothing_spent(c)
    _dollars_beside(c, said_at)
    vendors = {v for _, v in by_vendor}
    if len(vendors) == len(by_vendor) >= 2 and not c.out.has("current_spend_in_currency"):
        # "monthly: openai $1.2k, anthropic $800": what goes to each vendor, added up
        total = round(sum(v for v, _ in by_vendor), 2)
        for i, (field, _value, quote, _note) in enumerate(c.out.updates):
            if field == "current_spend_usd_per_month":
                parts = " + ".join(f"${v:,.0f} ({who})" for v, who in by_vendor)
                c.out.updates[i] = (field, total, quote, f"{parts}, added up")
    rel = rx.search(
        r"\b(?:target|goal|budget|aim)\b[^.;]{0,20}?\b(?P<f>half|a third|a quarter|two thirds|three quarters)\s+"
        r"(?:of\s+)?(?:that|it|this|what we (?:spend|pay))\b",
        t,
    )
    halved = rx.search(
        r"\b(?:wants?|need|needs|has to|have to|must|should|target|goal|aim\w*|asked? (?:us )?to)\b[^.;]{0,25}?"
        r"\b(?:that|it|this|the bill|spend\w*|costs?)\s+(?:\w+\s+)?(?P<f>halved|cut in half|cut by half)\b",
        t,
    )
    if rel is None and halved is not None:
        rel = halved  # "the board wants that roughly halved": a budget of half what is spent
    below = rx.search(
        r"\b(?:wants?|need|needs|has to|have to|must|should|target|goal|aim\w*|asked? (?:us )?to)\b[^.;]{0,25}?"
        r"\b(?:it|that|this|the bill|spend\w*|costs?)\s+(?:down\s+)?(?:under|below|beneath|less than|to)\s+"
        r"(?P<usd>\$|usd\s*)?(?P<n>\d+(?:\.\d+)?)\s*(?P<k>k\b|thousand\b)?"
        r"(?!\s*(?:ms|s\b|secs?|seconds?|mins?|minutes?|%|percent|tokens?|hours?|x\b|m\b|million|gpus?))",
        t,
    )
    if (
        below is not None
        and c.out.has("current_spend_usd_per_month")
        and not c.out.has("budget_usd_per_month")
        and not c.out.has("current_spend_in_currency")
    ):
        # "we pay about $12k a month for GPT-4o and leadership wants it under $5k": the figure to get under, a budget
        spent = float(next(u[1] for u in c.out.updates if u[0] == "current_spend_usd_per_month"))
        target = float(below["n"]) * (1000 if below["k"] else 1)
        if 0 < target < spent:
            c.out.add("budget_usd_per_month", round(target, 2), c.quote(below.start(), below.end()))
    if rel and c.out.has("current_spend_usd_per_month") and not c.out.has("budget_usd_per_month"):
        spend = next(u[1] for u in c.out.updates if u[0] == "current_spend_usd_per_month")
        share = 0.5 if rel is halved else FRACTION_SHARES[rel["f"]]
        c.out.add("budget_usd_per_month", round(spend * share, 2), c.quote(rel.start(), rel.end()))
        local = next((u[1] for u in c.out.updates if u[0] == "current_spend_in_currency"), None)
        if local is not None:
            target = round(float(local["amount_per_month"]) * share, 2)
            c.out.add("budget_in_currency", {**local, "amount_per_month": target}, c.quote(rel.start(), rel.end()))


# the same money said again in dollars: "R$ 15 mil per month, more or less US$ 2,700", "€9,500 (roughly $10k)"
IN_DOLLARS = rx.compile(
    r"(?:more or less|roughly|about|around|approx\w*|so|i\.e\.|that'?s|this is|that is|which is|or|=|\(|,)\s*"
    r"(?:about\s+|around\s+|roughly\s+|approx\w*\s+|~\s*)?"
    r"(?:(?:us\s*\$|\$|usd\s*)\s*"
    + NUM_CORE.replace("?P<", "?P<d")
    + "|"
    # ("8000 euro per month, this is about 9300 USD")
    + NUM_CORE.replace("?P<", "?P<e")
    + r"\s*(?:usd|us dollars?|dollars?)\b)"
)


def _dollars_beside(c: Context, said_at: dict[str, int]) -> None:
    """Money said in another currency and then in dollars: the dollars the user gave are the figure, and the
    rate between the two theirs (not the assumed one). ``said_at``: where each amount in another currency ends."""
    for name, local_name in IN_CURRENCY.items():
        local = next((u for u in c.out.updates if u[0] == local_name), None)
        if local is None or local_name not in said_at:
            continue
        m = IN_DOLLARS.search(c.m[said_at[local_name] : said_at[local_name] + 60])
        if m is None:
            continue
        p = "d" if m["dnum"] else "e"
        usd = float(m[p + "num"]) * MAGNITUDE.get((m[p + "mag"] or "").lower(), 1.0)
        amount = float(local[1]["amount_per_month"])
        if usd <= 0 or amount <= 0 or not 0.2 <= usd / (amount * float(local[1]["usd_per_unit"])) <= 5:
            continue  # not the same money: a different amount altogether
        rate = usd / amount
        c.out.updates = [
            (f, round(usd, 2), q, n)
            if f == name
            else (f, {**v, "usd_per_unit": rate, "rate": "said"}, q, n)
            if f == local_name
            else (f, v, q, n)
            for f, v, q, n in c.out.updates
        ]


# a money range: the figure before the high end ("5-", "$2k to $", "between 3 and "), and a low end's dash after it
RANGE_LOW = rx.compile(
    r"(?:(?<![\w.])|\bbetween\s+[$€£]?)(?P<lo>\d+(?:\.\d+)?)\s*(?P<lomag>k|m|thousand|million)?\s*(?:usd|eur|"
    r"dollars?)?\s*"
    r"(?:-|–|to|and)\s*(?:[$€£]|usd\s*|eur\s*)?$"
)
RANGE_NEXT = rx.compile(r"\s*(?:usd|eur|dollars?)?\s*(?:-|–|to)\s*(?:[$€£]|usd\s*|eur\s*)?\d")


MAX_SPREAD = 3.0  # as for volumes (``ranges``): "2-5k" is read at its middle, "500 to 5000" is asked about


def name_of(budget: bool) -> str:
    return "budget_usd_per_month" if budget else "current_spend_usd_per_month"


# a currency named right after an amount, in place of the one its sign says: "$45,000 a month - pesos, not dollars",
# "$3,000 (AUD)", "$500 a month, Canadian dollars"
CURRENCY_PUT_RIGHT = rx.compile(
    r"\s*(?:a month|per month|monthly|/\s*mo\w*)?\s*(?:[-–—,(:]|\bin\b)\s*(?:that'?s\s+|in\s+|it'?s\s+)?"
    r"(?P<cur>[a-z$]+(?:\s+dollars?)?)\b(?:\s*\)|,?\s+not\s+(?:us\s+)?(?:dollars?|usd|\$)|"
    # ("about nine grand a month, in pounds, all of it on GPT-4.1")
    r"(?=\s*(?:[,.;!?]|$)))"
)


# money words about tokens ("token bill", "token spend"): money, not a size of tokens
TOKEN_MONEY = rx.compile(r"\btok\w*\s+(?:bill|spend|costs?|invoice|budget)\b")
# the company's own money, not what it pays for inference
# a GPU said ("G": a GPU's name, masked), for what GPUs rented cost
GPU_SAID = r"(?:\b(?:gpus?|h100s?|h200s?|a100s?|l40s?|l4s?|a10g?s?|b200s?|mi300x?s?|4090s?)\b|G{3,})"
NOT_SPEND = rx.compile(
    r"\b(?:revenue|arr|mrr|turnover|sales|raised|funding|valuation|salar(?:y|ies)|payroll|profit|margin|ebitda|"
    r"runway|seed round|series [a-d]|"
    # paid to people or for the whole company's cloud, or credits granted ("we pay our annotators $3k a month", "our
    # total cloud bill is $40k a month, AI is a small part of it", "Azure credits: $150k for the year")
    r"annotators?|label(?:l)?ers?|freelancers?|contractors?|employees?|staff|office|credits?|grants?|"
    # (rent of the office, not of GPUs: "we rent 2 H100s on Lambda at $4.5k a month" is inference's)
    r"rent(?![^.;]{0,40}" + GPU_SAID + r")|"
    r"(?:total|whole|entire|overall|company'?s?) (?:cloud|aws|azure|gcp|it|infra\w*) (?:bill|spend|costs?)|"
    # a price offered, not paid ("our Azure account manager quoted $31,000 per month")
    r"quoted|quotes?|offered|proposed|proposal|came back with|bid|tender)\b"
)
# work done by people today, which the model would take over, named after the amount ("38.000 EUR per month on an
# external service company that does the manual data entry")
PEOPLES_WORK = rx.compile(
    r"[^.;!?]{0,40}?\b(?:on|for|to)\s+(?:an?\s+|the\s+|our\s+)?(?:external\s+|outside\s+|outsourced\s+)?(?:service "
    r"(?:company|provider|firm)|agency|bpo|contractors?|freelancers?|staff|people|clerks?|temps?|offshore team|"
    r"manual (?:data entry|work|review|processing|entry|labou?r)|data entry|call cent(?:er|re))\b"
    r"(?![^.;!?]{0,40}\b(?:llm|api|tokens?|model|gpt|claude|openai|anthropic|inference)\b)"
)
# GPUs rented or leased, said before the amount paid for them by the month
GPUS_RENTED = rx.compile(r"\b(?:rent\w*|leas\w*)\b[^.;]{0,40}" + GPU_SAID)
# an arrow from the figure to a new one ("$20k/mo → $8k/mo now", "3k -> 5k")
# words taking back the figure said before them ("$900 — actually no, I'd pay up to $2k")
TAKEN_BACK = rx.compile(
    r"\b(?:actually,? no|no,? actually|no wait|wait,? no|scratch that|i mean|i meant|or rather|make that|correction|"
    r"sorry,? (?:no|i mean|make (?:it|that))|let me correct|"
    # "$9k a month on OpenAI. Sorry, that's the quarterly number. So ~$3k a month."
    r"(?:sorry|oops|wait|my bad),? (?:that'?s|that is|that was) (?:the |our )?(?:quarterly|yearly|annual|weekly|daily|"
    r"old|wrong|total|combined|company'?s?|whole)\b)\b"
)
# a figure's earlier value said beside it ("$14.2k, up from 9k in March", "down from $20k")
OLD_FROM = rx.compile(
    r"\b(?:up|down|increased|decreased|rose|risen|grew|grown|jumped|dropped|fell|fallen|climbed|went up|went down)\s+"
    r"from\s+[^,;.\n]*"
)
OLD_FROM_BEFORE = rx.compile(
    r"\b(?:up|down|increased|decreased|rose|risen|grew|grown|jumped|dropped|fell|fallen|climbed|went up|went down)\s+"
    r"from\s+(?:about\s+|around\s+|roughly\s+|~\s*)?(?:[$€£]|usd\s*|eur\s*)?\s*$"
)
ARROW_TO_NEW = rx.compile(r"[^.;\n]{0,60}?(?:→|->|=>|⇒|⟶)\s*(?:about\s+|around\s+|~\s*)?(?:[$€£]|usd\s*|eur\s*)?\s*\d")
# (a new line that starts a bullet or a labelled line ends the one before: "- spend now: ~3.2k\n- cap: 5k")
NEXT_ITEM = r"\n(?=[ \t]*(?:[-*•]|\d+[.)]\s|[a-z][\w ]{0,30}[:=]))"
SENTENCE_STOP = rx.compile(r"[;?]|\.(?!\d)|" + NEXT_ITEM)
# who a spend is paid to, named right before it
VENDOR = rx.compile(
    r"\b(?:openai|anthropic|google|gemini|azure(?: openai)?|bedrock|aws|claude|gpt[\w.-]*|mistral|cohere|vertex|"
    r"together|groq|fireworks|deepseek|M{3,})\b"
)
# a month named by its name: the amount is that month's ("for September", "(Oct)", "in october"); "may" is a verb
MONTH_NAMED = rx.compile(
    r"\b(?:(?:in|for|of|during|from)\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|june?|july?|aug(?:ust)?|"
    r"sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b(?!\s*\d{1,2}(?:st|nd|rd|th)?\b)"
)
# "currently we spend nothing on AI", "we don't pay anything for LLMs yet", "zero spend today": what is spent is 0
NOTHING_SPENT = rx.compile(
    r"\b(?:spend|spending|pay|paying)\s+(?:(?:absolutely|basically|currently|today)\s+)?(?:nothing|zero|\$\s*0\b|"
    r"not (?:a|one) (?:cent|penny|dime))|"
    r"\b(?:don'?t|do not|doesn'?t|does not|aren'?t|are not|not)\s+(?:currently\s+|yet\s+)?(?:spend\w*|pay\w*)\s+"
    r"(?:anything|any money|a (?:cent|penny|dime)|a thing)|"
    r"\b(?:no|zero)\s+(?:current\s+|existing\s+)?(?:ai\s+|llm\s+|api\s+|inference\s+)?(?:spend|spending|bill)\b|"
    r"\bcurrent(?:ly)?\s+spend\w*\s*(?:is|:|=)?\s*(?:zero|nothing|none|0)\b|"
    # "we currently incur no cost at all; our usage is covered by cloud credits"
    r"\b(?:incur|have|pay|paying)\s+(?:no|zero)\s+(?:\w+\s+)?(?:costs?|bill|charges?)\b|\b(?:covered|paid for) "
    r"(?:\w+ )?by (?:\w+ )?credits\b"
)
# the answer to what is spent today, opening the message: "zero. nothing in prod yet", "$0", "nothing so far"
NOTHING_ANSWER = rx.compile(
    r"\W*(?:(?:currently|right now|today|honestly|well|um+)\W+)?(?:zero|nothing|none|nada|nil|(?:\$|usd\s*)?0(?:\.0+)?"
    r"(?:\s*(?:\$|usd|dollars))?)(?![\w%])(?!\.\d)(?!\s*(?:tokens?|k\b|m\b|gpus?|%))"
)
NOTHING_ON = rx.compile(
    r"\b(?:ai|llms?|models?|apis?|tokens?|inference|openai|anthropic|gpt\w*|claude|gemini|this|that|it|yet|today|"
    r"currently|right now|new project|so far|at the moment|M{3,})\b"
)


def _nothing_spent(c: Context) -> None:
    """Nothing spent today, said in words: a spend of 0 (never a budget: "we can't pay anything" is not said)."""
    if c.out.has("current_spend_usd_per_month"):
        return
    if "current_spend_usd_per_month" in c.expecting and (nm0 := NOTHING_ANSWER.match(c.m)) is not None:
        c.out.add("current_spend_usd_per_month", 0.0, c.quote(nm0.start(), nm0.end()))  # "zero. nothing in prod yet"
        return
    for nm in NOTHING_SPENT.finditer(c.m):
        clause_end = min([e for e in (c.m.find(x, nm.end()) for x in (",", ";", ".", " but ")) if e >= 0] or [len(c.m)])
        start = max(c.m.rfind(x, 0, nm.start()) for x in (",", ";", ".")) + 1
        clause = c.m[start:clause_end]
        if c.off(nm.start()) or rx.search(
            r"\b(?:want|wants|wanna|would|could|can'?t|cannot|willing|plan|hope|more|extra|upfront|gpus?|hardware|"
            r"servers?|licen[cs]\w*|salar\w*|people|staff)\b",
            clause,
        ):
            continue
        if not (NOTHING_ON.search(clause) or "current" in nm.group(0) or "current_spend_usd_per_month" in c.expecting):
            continue
        c.out.add("current_spend_usd_per_month", 0.0, c.quote(nm.start(), nm.end()))
        return


# the period a past spend was counted over ("we spent 36k on openai in the past 12 months"): a period, not a past
PAST_PERIOD = rx.compile(
    r"\b(?:in|over|during|for) the (?:past|last|previous) (?:12|twelve) months\b|\b(?:in|over|during) the (?:past|last|"
    r"previous) year\b"
)


# words saying a figure is today's ("now", "these days", "this month is trending toward")
NOW = (
    r"(?:now|today|currently|these days|nowadays|at the moment|this month(?: (?:is|it'?s|we'?re))?(?: (?:trending|"
    r"tracking|heading|running|on (?:track|pace)) (?:toward|towards|to|for|at))?)"
)
# the newer figure's lead-in: "now 11k", "and today it's about 11k", "down to 8k now"
NOW_BEFORE = rx.compile(
    r"\b(?:" + NOW + r"|lately|down to|up to)\s*(?:,\s*)?"
    r"(?:(?:it'?s|it is|we'?re|we are|we pay|we spend|at|about|around|roughly|approx\w*|like|only|just|~)\s*)*$"
)
# what it was, said of the amount's own sentence: "we were at", "last year", "before we moved"
WAS_SAID = rx.compile(
    r"\b(?:was|were|used to|last (?:year|month|quarter|spring|summer|autumn|fall|winter)|previously|back then|"
    r"at first|initially|in the past|at (?:the )?peak|before (?:we|the|that)|until (?:we|the|last|recently))\b"
)
# the newer figure after it: "now 11k", "; now it's around €9,000", "today we're at about 3k a month"
NEWER_AFTER = rx.compile(
    r"^[^\d.;?!]{0,40}?(?:[,;]|\band\b|\bbut\b|\.\s)\s*(?:and\s+|but\s+|so\s+)?(?:\w+\s+){0,3}?"
    r"(?:" + NOW + r"|down to|up to)\b[^\d.;?!]{0,25}"
    r"(?:[$€£]|usd\s*|eur\s*)?\d[\d.,]*\s*(?:k\b|m\b|grand\b|thousand\b|[$€£]|usd\b|eur\b|dollars?\b|euros?\b|"
    r"a month\b|/\s*mo|per month\b|monthly\b)"
    # ("Spend was 40k in March (launch), 12k now")
    r"|^[^\d.;?!]{0,40}?(?:[,;]|\band\b|\bbut\b|\.\s)\s*(?:and\s+|but\s+|so\s+)?(?:about\s+|around\s+|~\s*)?"
    r"(?:[$€£]|usd\s*|eur\s*)?\d[\d.,]*\s*(?:k|m|grand|thousand)?\s*(?:/\s*mo\w*|a month|per month|monthly)?\s*"
    + NOW
    + r"\b"
)
PERIOD_NAMED_AFTER = rx.compile(r"\s+(?:last|in|on|for)\s+[\w-]+")
NOW_AFTER = rx.compile(r"\s*(?:dollars?|usd|bucks)?\s*(?:/\s*mo\w*|a month|per month|monthly)?\s*,?\s*" + NOW + r"\b")


def _older_than_next(t: str, sentence_start: int, end: int) -> bool:
    """The amount was what it was, and a newer figure said as today's follows it."""
    if rx.search(r"\b" + NOW + r"\b", t[sentence_start:end]):
        return False  # the amount's own clause is today's ("we pay $5k now, ...")
    if not WAS_SAID.search(t[sentence_start : end + 40]):
        return False
    rest = t[end : end + 90]
    period = PERIOD_AFTER.match(rest)
    if period is not None:  # ("20k a month last year; now ..."): the period's own words, then the newer figure
        period = PERIOD_NAMED_AFTER.match(rest, period.end()) or period
    return bool(NEWER_AFTER.search(rest[period.end() if period else 0 :]))


def _spent_over_a_past_period(t: str, start: int, end: int) -> bool:
    """The sentence is off the record only for the words naming the period its spend was counted over."""
    from assistant.interview.scope import PAST, PAST_TIME

    stop = min([i for i in (t.find(x, end) for x in (". ", ";", "?", "\n")) if i >= 0] or [len(t)])
    sentence = t[start:stop]
    if "?" in t[end : stop + 1] or not PAST_PERIOD.search(sentence):
        return False
    rest = PAST_PERIOD.sub(" ", sentence)
    return not (PAST.search(rest) or PAST_TIME.search(rest) or rx.search(r"\b(?:if|would|could|might)\b", rest))
