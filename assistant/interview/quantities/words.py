"""Number words into digits: ``normalize`` lower-cases a message, repairs its typos and rewrites "twenty million",
"half a billion", "a second and a half", "two thirds", "3 to 1" into figures every reader can match.

Every reader works on that normalized copy and quotes the user's own sentence back from the original text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NewType

import assistant.interview.patterns as rx
from assistant.interview.quantities.spelling import spell

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
FUZZY = {"a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2, "couple of": 2}
NUMBER_WORD = "|".join(
    sorted([*UNITS, *TENS, *SCALES, "dozen", "half", "quarter", "and", "a", "an", "couple"], key=len)[::-1]
)
WORD_RUN = rx.compile(
    r"\b(?:(?:" + NUMBER_WORD + r")(?:[\s-]+|(?=\b)))+(?:of\b)?",
)


def _words_value(words: str) -> float | None:
    """'twenty million' -> 2e7, 'half a billion' -> 5e8, 'one and a half million' -> 1.5e6, 'a dozen' -> 12."""
    w = rx.sub(r"[\s-]+", " ", words.strip()).removesuffix(" of").strip()
    if w in FUZZY:
        return float(FUZZY[w])
    tokens = w.split()
    total, current, seen, half = 0.0, 0.0, False, False
    last_scale = 0.0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in UNITS:
            current += UNITS[tok]
            seen = True
        elif tok in TENS:
            current += TENS[tok]
            seen = True
        elif tok == "dozen":
            current = (current or 1) * 12
            seen = True
        elif tok in ("couple",):
            current += 2
            seen = True
        elif tok == "half":
            if seen:
                half = True
            else:
                current += 0.5
                seen = True
        elif tok == "quarter":
            current += 0.25
            seen = True
        elif tok == "hundred":
            current = (current or 1) * 100
            seen = True
        elif tok in SCALES:
            scale = SCALES[tok]
            value = (current or 1) + (0.5 if half else 0)
            total += value * scale
            current, half = 0, False
            last_scale = scale
            seen = True
        elif tok in ("a", "an"):
            if (
                not seen
                and i + 1 < len(tokens)
                and tokens[i + 1] not in ("one", "zero")
                and (tokens[i + 1] in UNITS or tokens[i + 1] in TENS)
            ):
                i += 1  # "an eighty percent hit rate", "about a ninety thousand tickets": the article is no number
                continue
            if i + 1 < len(tokens) and tokens[i + 1] in (*SCALES, "dozen", "half", "quarter", "couple", "few"):
                if tokens[i + 1] in SCALES and not seen:
                    current = current or 1
                i += 1
                continue
            if not seen:
                return None
        elif tok == "and":
            prev, nxt = tokens[i - 1] if i else "", tokens[i + 1] if i + 1 < len(tokens) else ""
            if (prev in UNITS or prev in TENS) and (nxt in UNITS or nxt in TENS):
                return None  # "between one and three seconds": two numbers, not four
        i += 1
    if half and last_scale and not current:
        return total + 0.5 * last_scale  # "a million and a half"
    return total + current + (0.5 if half else 0)


def _small(word: str) -> float:
    if word.isdigit():
        return float(word)
    return float({**UNITS, **TENS, "a hundred": 100}.get(word, 0))


def plain(value: float) -> str:
    """A figure written back into a message for the readers: never in exponent notation (``f"{plain(1.5e8)}"`` is
    "1.5e+08", which reads as 1.5 and then 8): "150000000", "2.5", "0.75"."""
    text = f"{value:.9f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _render(value: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if value >= size:
            return f"{plain(value / size)} {word}"
    return f"{plain(value)}"


FRACTIONS = {
    "three quarters": "75%",
    "two thirds": "67%",
    "a third": "33%",
    "one third": "33%",
    "a quarter": "25%",
    "one quarter": "25%",
    "half": "50%",
    "a fifth": "20%",
    "one fifth": "20%",
    "a tenth": "10%",
    "one tenth": "10%",
    "two fifths": "40%",
    "three fifths": "60%",
    "four fifths": "80%",
    "nine tenths": "90%",
}
MIX_WORDS = r"\b(?:input|output|in|out|ratio|prompts?|completions?|split|mix|outweighs?)\b"


# Scale and period words of the languages our users often think in, as English ones: "2,5 milhões de tokens por
# dia", "1,5 millones al día", "8 Mio. Tokens pro Tag", "1.2 Mrd", and the non-native "30 millions for day".
# (Spanish "billón" is a million million, so it is left alone; "mil millones" is a billion.)
FOREIGN_WORDS = (
    (
        r"\bmil\s+(?:millones|milh(?:ões|oes))\b|\bmilliard(?:s|i|e|en)?\b|\bmiliard[aiy]?\b|\bmrd\b\.?|\bbilh(?:ões|"
        r"oes|ão|ao)\b",
        "billion",
    ),
    (r"\bmill(?:ones|ón|ionen|ioni|ione)\b|\bmilh(?:ões|oes|ão|ao)\b|\bmio\b\.?", "million"),
    (r"\blakhs?\b|\blacs?\b(?=\s*(?:tokens?|requests?|queries|calls?|messages?|users?|words?)\b)", "lakh"),
    (r"\bcrores?\b", "crore"),
    # "about" in other languages ("een open model van ongeveer 8B", "etwa 2 Mio.", "yaklaşık 8.000")
    (r"\b(?:ongeveer|ungefähr|etwa|circa|aproximadamente|cerca de|environ|około|yaklaşık|khoảng)\b", "about"),
    # a ceiling in other languages ("€3.000 al mese è il massimo", "máximo 5.000 euros", "höchstens 2.000 €")
    (r"\b(?:[èe] il massimo|es el m[áa]ximo|[ée] o m[áa]ximo|ist das maximum|c'est le maximum)\b", "is the max"),
    (r"\b(?:massimo|m[áa]ximo|maximaal|maksymalnie|maksimum|h[öo]chstens|maximal)\b(?=\s*(?:[$€£]|\d))", "max"),
    # a total in other languages ("Budget: maximaal €50 in totaal"): a sum over no period
    (r"\b(?:in totaal|insgesamt|en total|no total|in totale|au total|łącznie|toplamda)\b", "in total"),
    # denials in other languages ("nog nooit Kubernetes gebruikt", "MLOps tecrübemiz yok", "keine GPUs")
    (r"\b(?:nooit|nunca|jamais)\b", "never"),
    # a correction's "sorry" in other languages ("40 thousand per day - desculpa, it is 35 thousand")
    (r"\b(?:desculpa|desculpe|perd[oó]n|perdona|entschuldigung|sorry|scusa|scusate|przepraszam)\b", "sorry"),
    (r"\b(?:geen|keine?[mnrs]?|ningun[oa]?|ningún|nenhum[a]?|aucun[e]?|nessun[oa]?)\b", "no"),
    (r"\b(?:niet|nicht|não|nao)\b", "not"),
    (r"\b(?:yok|yoktur)\b", "none"),
    # a data centre in other languages ("unser eigenes Rechenzentrum", "centro de datos propio")
    (
        r"\brechenzentr(?:um|en)\b|\bcentro (?:de|di) (?:datos|dados|dati|elaborazione dati)\b|"
        r"\bcentres? de donn[ée]es\b|\bdatacentr(?:um|a)\b|\bserwerowni[aię]\b",
        "data centre",
    ),
    # requests and the sides of one in other languages ("8.000 talep", "5.000 Anfragen", "10.000 solicitudes",
    # "2.000 token girdi ve 500 token çıktı", "1.500 Token Eingabe"; Spanish and Portuguese sides are below)
    (
        r"\b(?:talep|istek|anfragen|aanvragen|verzoeken|solicitudes|solicita[çc][õo]es|requisi[çc][õo]es|"
        r"richieste|requ[êe]tes|zapyta[ńn]|zapytania)\b",
        "requests",
    ),
    (r"\b(?:girdi|eingabe|invoer|wej[śs]cie)\b", "input"),
    (r"\b(?:[çc][ıi]kt[ıi]|ausgabe|uitvoer|wyj[śs]cie)\b", "output"),
    (r"\b(?:her|je|elk|elke|jede[rsn]?|cada)\s+(?=requests?\b|request\b|talep\b|prompt)", "each "),
    # "and" and "with" between sizes ("1.200 tokens de entrada y 300 de salida", "con 1.200 tokens")
    (
        r"(?:(?<=input)|(?<=output)|(?<=tokens)|(?<= in)|(?<= out)) (?:y|e|ve|und|en|et|i|oraz) (?=(?:about |~)?\d)",
        " and ",
    ),
    (r"\b(?:con|com|mit|met|avec)\b(?=\s+(?:about |~)?\d)", "with"),
    # units and limits of Spanish and Portuguese ("en menos de 30 segundos", "1.200 palabras")
    (r"\bsegundos?\b", "seconds"),
    (r"\bminutos?\b", "minutes"),
    (r"\bmilisegundos?\b", "milliseconds"),
    (r"\b(?:en|em) menos de\b", "in under"),
    (r"\bpalabras\b|\bpalavras\b", "words"),
    (
        r"(?<=\d)\s*bi\b(?=\s*(?:de\s+)?(?:tokens?|toks?|requisi\w*|chamadas|/|por\b|per\b))",
        " billion",
    ),  # "1.2 bi tokens"
    (r"\bhor[aá]rio (?:comercial|de expediente)\b|\bhorario (?:laboral|de oficina)\b", "business hours"),
    (r"\b(?:hoje|hoy|ahorita|ahora|atualmente|actualmente)\b", "today"),
    (r"\b(?:usamos|utilizamos|estamos usando|estamos utilizando)\b", "we use"),
    # French "au Canada", "en Europe" before a place: "in" ("données personnelles must stay au Canada")
    (
        r"\b(?:au|aux|en)\s+(?=(?:canada|france|qu[ée]bec|europe|allemagne|suisse|belgique|ue|union europ[ée]enne)\b)",
        "in ",
    ),
    (r"\bdonn[ée]es(?: personnelles)?\b", "data"),
    # Portuguese and Spanish sides ("3 mil tokens de entrada e 500 de saída")
    (r"\bde entrada\b", "in"),
    (r"\bde sa[ií]da\b|\bde salida\b", "out"),
    (r"(?<=\d)\s+e\s+(?=\d)", " and "),
    (r"\bcourriels\b", "emails"),
    (r"\bcourriel\b", "email"),
    (r"\br[ée]ponses\b", "replies"),
    (r"\br[ée]ponse\b", "reply"),
    (r"\b7 jours sur 7\b", "7 days a week"),
    (r"\bcada (?:uma|um|uno|una)\b", "each one"),  # "cada uma com 300 tokens"
    (r"\bcada\b", "each"),
    (r"(?<![.@/])\bcom\b(?=\s+(?:\d|about|cerca))", "with"),  # "cada uma com 300 tokens" (never "example.com")
    (r"\b(?:unos|unas|umas|uns|como|cerca de)\b(?=\s+\d)", "about"),  # "como 450 notas al día"
)
FOREIGN_PERIODS = (
    (r"\b(?:por|al|pro|par|am|for)\s+(?:d[ií]a|tag|jour|giorno|day)\b(?!\s*(?:\d|one|two|zero|of)\b)", "per day"),
    (r"\b(?:por|al|pro|par|im|for)\s+(?:m[eê]s|monat|mois|mese|month)\b(?!\s*(?:\d|one|two|of)\b)", "per month"),
    (r"\b(?:por|pro|par|for)\s+(?:semana|woche|semaine|settimana|week)\b(?!\s*(?:\d|one|two|of)\b)", "per week"),
    # Turkish periods ("günde 8.000 talep", "ayda 2 milyon", "haftada", "aylık", "günlük")
    (r"\bg[üu]nde\b", "per day"),
    (r"\bayda\b", "per month"),
    (r"\bhaftada\b", "per week"),
    (r"\bg[üu]nl[üu]k\b", "daily"),
    (r"\bayl[ıi]k\b", "monthly"),
    (r"/\s*m[eê]s\b", "/month"),  # "1.2 bi tokens/mês"
    (r"/\s*d[ií]a\b", "/day"),
    (r"\bpicos?\s+(?:no|na|en|em|in|durante)\b", "peaks in"),  # "pico no horário comercial"
    (r"\b(?:diari[oa]s|di[aá]rios|täglich|quotidien(?:ne)?s?)\b", "daily"),
    (r"\b(?:mensual(?:es)?|mensais|monatlich|mensuel(?:le)?s?)\b", "monthly"),
)
SCALE_OF = {"lakh": 1e5, "crore": 1e7}


# "R$ 15 mil", "15 mil reais", "20 mil pesos", "25 mil mensajes", "unos 3 mil pedidos": "mil" is a thousand in
# Portuguese and Spanish (with their money, their nouns, or their words before the figure); "25 mil users" in
# English is still a million
MIL_THOUSAND = rx.compile(
    r"(?P<pre>(?:r\$|mx\$|cop\$?|ars\$?|clp\$?)\s*)(?P<n>\d+(?:[.,]\d+)?)\s*mil\b(?!\s*(?:h[õo]es|l[oó]n|million))"
    r"|(?P<n2>\d+(?:[.,]\d+)?)\s*mil\s+(?=(?:reais|real|pesos|soles|bolivianos|euros|mensajes|mensagens|pedidos|"
    r"usuarios|usuários|clientes|documentos|llamadas|chamadas|conversaciones|conversas|consultas|preguntas|"
    r"perguntas|tickets|facturas|faturas|correos|páginas|paginas|solicitudes|solicitações|requisições|alunos|"
    r"alumnos|estudiantes|empleados|funcionários|pacientes|contratos|registros|transacciones|transações|"
    r"descripciones|descrições|descricoes|notas|productos|produtos|artículos|articulos|artigos|resúmenes|resumos|"
    r"reseñas|avaliações|imágenes|imagens|leads|visitas|pedidos)\b)"
    r"|(?P<pre3>\b(?:unos|unas|uns|umas|cerca de|más de|mas de|mais de|casi|quase|aproximadamente) )"
    r"(?P<n3>\d+(?:[.,]\d+)?)\s*mil\b(?!\s*(?:h[õo]es|l[oó]n|million))"
)


def _mil_thousand(m: re.Match[str]) -> str:
    n = float((m["n"] or m["n2"] or m["n3"]).replace(",", "."))
    return f"{m['pre'] or m['pre3'] or ''}{plain(n * 1000)} "


# Japanese and Chinese scale characters ("3万件" is 30,000 items, "3.5万円" is 35,000 yen, "2億" 200 million)
EAST_ASIAN_SCALE = rx.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(万|億|亿|千)\s*(件|円|元|人)?")
_EAST_ASIAN = {"万": 1e4, "億": 1e8, "亿": 1e8, "千": 1e3}
_COUNTER = {"件": " items", "円": " yen", "元": " yuan", "人": " people", None: ""}


def _east_asian_scale(m: re.Match[str]) -> str:
    counter = _COUNTER[m[3]]
    if m[3] in ("件", "人") and rx.match(r"\s*(?:\(\s*[\d,.]+\s*\)\s*)?[a-z]", m.string[m.end() :]):
        counter = ""  # "3万件 inquiries": the noun after says what is counted
    return f"{plain(float(m[1]) * _EAST_ASIAN[m[2]])}{counter}"


def _other_languages(t: str) -> str:
    """Scale and period words of other languages (and their non-native English forms) as English ones."""
    t = EAST_ASIAN_SCALE.sub(_east_asian_scale, t)
    if MIL_THOUSAND.search(t) or rx.search(r"r\$|\breais\b|\bpesos\b|\bsoles\b", t):
        # where "mil" is a thousand once (their money, their nouns), every "N mil" is ("R$ 48 mil ... 18 mil analyses")
        t = rx.sub(
            r"(?<![\d.])(\d+(?:[.,]\d+)?)\s*mil\b(?!\s*(?:h[õo]es|l[oó]n|million))",
            lambda m: f"{plain(float(m[1].replace(',', '.')) * 1000)} ",
            t,
        )
    t = MIL_THOUSAND.sub(_mil_thousand, t)
    for pattern, word in (*FOREIGN_WORDS, *FOREIGN_PERIODS):
        t = rx.sub(pattern, word, t)
    # "2.5 million de tokens", "30 millions of tokens": the "of" before what is counted goes
    return rx.sub(
        r"(?<=\d)(\s*(?:millions?|billions?|thousand))\s+(?:de|di|of)\s+(?=to?k|requests?|queries|calls?)", r"\1 ", t
    )


def _dotted_thousands(t: str) -> str:
    """Thousands grouped by dots, as most of Europe and Latin America write them: "2.000.000", "1.500 requests".

    Two groups or more are always thousands. One group of three digits ending in zero ("1.500", "12.000") is
    read as thousands too unless a magnitude, a unit of time or a percent follows (an English "1.125M",
    "1.500 s", "2.250%" keep their decimal point): no one writes a count of tokens or requests to three decimals.
    """
    t = rx.sub(r"(?<![\w.,$€£])[1-9]\d{0,2}(?:\.\d{3}){2,}(?![\d]|[.,]\d)", lambda m: m[0].replace(".", ""), t)
    return rx.sub(
        r"(?<![\w.,$£])([1-9]\d{0,2})\.(\d\d0)(?![\d]|[.,]\d|\s*(?:(?:k|m|b|bn|t|mil\w*|mio|mln|bil\w*|thousand|lakh|"
        r"crore|x|ms|s|secs?|seconds?|mins?|minutes?|hours?|hrs?|h)(?![a-z])|%|percent))",
        r"\1\2",
        t,
    )


def _indian_scales(t: str) -> str:
    """ "2 lakh requests", "3 crore tokens": a lakh is a hundred thousand, a crore ten million (beside rupees also
    written "₹6L", "INR 4L/month", "2.5 cr rupees")."""
    t = rx.sub(
        r"((?:₹|\binr|\brs\.?)\s*\d+(?:\.\d+)?)\s*(l|lac|cr)\b|(?<![\w.])(\d+(?:\.\d+)?)\s*(l|cr)\b(?=\s*(?:inr|rs\b|rupees?))|"
        # "2L req/day", "1.5 cr tokens": the Indian scales beside what is counted
        r"(?<![\w.])(\d+(?:\.\d+)?)\s*(l|cr)\b(?=\s*(?:req\w*|calls?|quer(?:y|ies)|users?|messages?|msgs?|tokens?|"
        r"toks?|chats?|conversations?|tickets?|doc\w*|emails?|transactions?)\b)",
        lambda m: f"{m[1] or m[3] or m[5]} {'crore' if (m[2] or m[4] or m[6]) == 'cr' else 'lakh'}",
        t,
    )
    return rx.sub(
        r"(?<![\w.])(\d+(?:\.\d+)?)\s*(lakh|crore)\b",
        lambda m: _render(float(m[1]) * SCALE_OF[m[2]]),
        t,
    )


Normalized = NewType("Normalized", str)
"""A message as ``normalize`` made it: made once per message and passed on to the readers that need it."""


_WORD_OF = {str(n): word for word, n in UNITS.items()}  # "2" -> "two": the number words, the other way round
_HELD_ONSHORE = rx.compile(
    r"\b((?:data|everything|information|records|files|it|all of it)\s+(?:\w+\s+){0,3}?(?:stays?|remains?|be kept|kept|"
    r"stored|hosted|processed|be|lives?|resides?)|keep (?:data|everything|it|all data|the data|all of it))"
    r" on-?shore\b( in\b)?",
    re.IGNORECASE,
)


def onshore(text: str) -> str:
    """Data held "onshore" is held in a country: "keep everything onshore in Australia" is in Australia, "must stay
    onshore" is in-country (the user's own); "an onshore team" is left as it is."""
    return _HELD_ONSHORE.sub(lambda m: m[1] + (" in" if m[2] else " in-country"), text)


# Notes that put the unit before its figure: "req/day = 20k", "convos/wk: ~35k", "avg tok/req (in+out) = 1.5k",
# "tok/convo (total): ~4k" (typo repair has already made "req" requests and "tok" tokens). Written the way prose says
# them ("20k requests per day", "1.5k tokens per request") so every reader takes them.
_COUNTED_UNITS = (
    r"requests?|calls?|conversations?|chats?|tickets?|docs?|documents?|queries|query|messages?|sessions?|jobs?|"
    r"emails?|mails?|pages?|files?|records?|users?"
)
_LABELLED_RATE = rx.compile(
    r"\b(?P<what>" + _COUNTED_UNITS + r"|tokens)\s*/\s*(?P<per>day|d|week|wk|w|month|mo|hour|hr|h|minute|min|"
    r"second|sec|s|workday|business day|working day)\b\s*(?:\([^()]{0,20}\))?\s*[:=]\s*(?:about\s+)?"
    r"(?P<num>\d+(?:[.,]\d+)*\s*(?:k|m|b|bn|million|billion|thousand)?)(?![\w.])"
)
# the thing counted as the label, its rate after it: "query: 3.5M/day", "tickets: ~2k per day" (never "tokens: ...")
_LABELLED_COUNT = rx.compile(
    r"\b(?P<what>(?!users?\b)(?:" + _COUNTED_UNITS + r"))\s*[:=]\s*(?:~\s*|about\s+|around\s+|approx\.?\s+)?"
    r"(?P<num>\d+(?:[.,]\d+)*\s*(?:k|m|b|bn|million|billion|thousand)?)\s*(?:/\s*|per\s+|an?\s+)"
    r"(?P<per>day|d|week|wk|w|month|mo|hour|hr|h|minute|min|second|sec|s|workday|business day|working day)\b"
)
_LABELLED_SIZE = rx.compile(
    r"\b(?P<what>tokens)\s*/\s*(?P<per>" + _COUNTED_UNITS + r"|turn|item)\b\s*(?P<note>\([^()]{0,20}\))?\s*[:=]\s*"
    r"(?:about\s+)?(?P<num>\d+(?:[.,]\d+)*\s*(?:k|m|thousand)?)(?![\w.])(?!\s*(?:tokens?\s+)?(?:in|input|out|output)\b)"
)
_SLASH_PERIODS = {
    "d": "day",
    "wk": "week",
    "w": "week",
    "mo": "month",
    "hr": "hour",
    "h": "hour",
    "min": "minute",
    "sec": "second",
    "s": "second",
}


# a rate per person said before its period ("50k tokens per user per month", "~50k tok/user/month"): the period first,
# as the per-person readers take it ("50k tokens per month per user")
_PER_PERSON_FIRST = rx.compile(
    r"\b(?P<what>tokens)\s*(?:per|/)\s*(?P<who>user|person|head|seat|employee|customer|member|"
    r"student|agent|lawyer|doctor|clinician|analyst)\s*(?:per|/|a|an|each)\s*(?P<per>day|week|month|year|hour|d|wk|mo|"
    r"yr)\b"
)


# a note's keys written as code ("tok_in=1500", "avg_prompt_tokens: 1200", "completion_tokens_avg: 400",
# "peak_rpm: 300"): written as prose
_CODE_SIDE = rx.compile(
    r"\b(?:avg_|average_|mean_)?(?P<side>tok(?:ens)?_in|input_tok(?:ens)?|prompt_tok(?:ens)?|in_tok(?:ens)?|"
    r"tok(?:ens)?_out|output_tok(?:ens)?|completion_tok(?:ens)?|out_tok(?:ens)?)(?:_avg|_mean|_per_\w+)?\"?\s*[:=]\s*"
    r"(?:about\s+)?(?P<num>\d+(?:[.,]\d+)*\s*(?:k|thousand)?)(?![\w.])"
)
_CODE_PEAK = rx.compile(r"\bpeak_(?P<u>rpm|rps|qps)\"?\s*[:=]\s*(?P<num>\d+(?:[.,]\d+)*\s*k?)(?![\w.])")
_CODE_LATENCY = rx.compile(
    r"\b(?:p(?P<p1>\d\d)_)?(?P<kind>ttft|latency|e2e|total_latency|response_time)(?:_p(?P<p2>\d\d))?_ms\"?\s*[:=]\s*"
    r"(?P<num>\d+(?:\.\d+)?)(?![\w.])"
)


def _code_keys(t: str) -> str:
    t = _CODE_SIDE.sub(
        lambda m: f"{m['num'].strip()} tokens {'in' if rx.search(r'_in|in_|input|prompt', m['side']) else 'out'}",
        t,
    )
    t = _CODE_LATENCY.sub(
        lambda m: (
            f"p{m['p1'] or m['p2'] or '99'} "
            + ("time to first token" if m["kind"] == "ttft" else "end-to-end latency")
            + f" {m['num']} ms"
        ),
        t,
    )
    return _CODE_PEAK.sub(
        lambda m: f"peak {m['num'].strip()} requests per {'minute' if m['u'] == 'rpm' else 'second'}", t
    )


def _labelled_rates(t: str) -> str:
    """Unit-first notes written as prose: "requests/day = 20k" is "20k requests per day"."""
    t = _code_keys(t)
    t = _PER_PERSON_FIRST.sub(lambda m: f"{m['what']} per {_SLASH_PERIODS.get(m['per'], m['per'])} per {m['who']}", t)
    t = _LABELLED_RATE.sub(lambda m: f"{m['num'].strip()} {m['what']} per {_SLASH_PERIODS.get(m['per'], m['per'])}", t)
    t = _LABELLED_COUNT.sub(lambda m: f"{m['num'].strip()} {m['what']} per {_SLASH_PERIODS.get(m['per'], m['per'])}", t)
    return _LABELLED_SIZE.sub(
        lambda m: (
            f"{m['num'].strip()} tokens per {m['per']}"
            + (" in total" if m["note"] and rx.search(r"total|in ?\+ ?out|both", m["note"]) else "")
        ),
        t,
    )


# A rule said politely as a difficulty ("it would be rather difficult for us if customer information were to be
# processed outside of Japan"): said the way rules are ("customer information must stay in japan")
POLITE_KEEP = rx.compile(
    r"(?i)\b(?:it )?(?:would|will|might|could) be (?:rather |quite |very |extremely |somewhat |a bit |a little )?"
    r"(?:difficult|a problem|problematic|unacceptable|not acceptable|an issue|impossible|hard|a challenge) "
    r"(?:for us |for the bank |for our \w+ )?if (?:the |our |any )?(?P<what>(?:[a-z-]+ ){0,2}?(?:data|information|"
    r"records|documents|files|prompts))(?: (?:were|was|is|are|should be|would be))? (?:to be )?(?:processed|stored|"
    r"sent|handled|hosted|transferred|kept|moved) (?:outside|out) (?:of )?(?P<place>[a-z][a-z ]{1,30}?)(?=\s*[.,;!]|$)"
)


def polite_rules(text: str) -> str:
    """A rule said politely as a difficulty, said the way rules are: "it would be rather difficult for us if customer
    information were processed outside of Japan" is "customer information must stay in Japan"."""
    return POLITE_KEEP.sub(lambda m: f"{m['what']} must stay in {m['place']}", text)


_FRACTION_OF = {"quarter": 0.25, "third": 0.333, "half": 0.5, "three quarters": 0.75}


_GRAND = rx.compile(
    r"(?<![$€£\d.])(?P<n>\d+(?:\.\d+)?)\s*grand\b(?:\s+(?:in\s+)?(?P<cur>euros?|eur|pounds?|quid|sterling|gbp))?"
)


def _grand(t: str) -> str:
    """ "4 grand" is money: dollars, unless its currency follows ("2 grand euros", "5 grand in pounds")."""

    def money(m: re.Match[str]) -> str:
        cur = (m["cur"] or "").lower()
        sign = "€" if cur.startswith("eur") else "£" if cur else "$"
        return f"{sign}{m['n']}k"

    return _GRAND.sub(money, t)


def _mil_glossed(m: re.Match[str]) -> str:
    n, said = float(m["n"]), float(m["m"].replace(",", ""))
    if said in (n * 1e3, n * 1e6):
        return f"{plain(said)}{m['mid']}"
    return m[0]


# a config's key and its figure ("queries_per_user_per_day: 15", "chunk_tokens: 500", "users: 450")
_CONFIG_PAIR = rx.compile(
    r"(?<![\w.])(?P<key>[a-z]+(?:_[a-z0-9]+)+|users|seats|analysts|agents|employees)\s*[:=]\s*[\"']?"
    r"(?P<n>\d+(?:[.,]\d+)*(?:[ \t]*[km]\b)?)(?![\d:])[\"']?"
)
# the retrieved pieces and their size said as two keys ("6 retrieved chunks. chunk of 500 tokens")
_PIECES_SIZED = rx.compile(
    r"(?P<n>\d+) (?P<what>(?:retrieved |top )?(?:chunks|passages|docs|documents|snippets))\W+"
    r"(?:chunk|passage|doc|document|snippet)s? of (?P<size>\d+(?:[.,]\d+)*(?:[ \t]*[km])?) tokens"
)


def _config_pair(m: re.Match[str]) -> str:
    words = m["key"].replace("_", " ").strip()
    n = m["n"].strip()
    if words.endswith(" tokens") or words.endswith(" size"):
        return f"{words.rsplit(' ', 1)[0]} of {n} tokens"  # "avg_answer_tokens: 300": avg answer of 300 tokens
    return f"{n} {words}"  # "queries_per_user_per_day: 15": 15 queries per user per day


def config_pairs(t: str) -> str:
    """A pasted config's keys and figures as words: "`users: 450 | queries_per_user_per_day: 15 | retrieved_chunks: 6 |
    chunk_tokens: 500`" as "450 users. 15 queries per user per day. 6 retrieved chunks of 500 tokens"."""
    if "_" not in t or not _CONFIG_PAIR.search(t):
        return t
    t = _CONFIG_PAIR.sub(_config_pair, t.replace("`", " "))
    t = rx.sub(r"\s+\|\s+", ". ", t)
    return _PIECES_SIZED.sub(lambda m: f"{m['n']} {m['what']} of {m['size']} tokens", t)


@lru_cache(maxsize=512)  # pure; earlier messages are read again on later turns (counts, heads, recounts)
def normalize(text: str) -> Normalized:
    """Lower-case, unify dashes and approximations, and turn number words into digits."""
    t = text.lower()
    t = rx.sub(r"[\u2010-\u2015\u2212]", "-", t).replace("’", "'").replace("\u200b", "")
    # "tokens/mo ≈ 1.2bn", "in≈1.2k": after a name, "≈" is the note's "=" (the figure about that much)
    t = rx.sub(r"(?<=[a-z/)])\s*≈\s*(?=[\d$€£₹.])", ": about ", t)
    t = rx.sub(r"(?<=\w)[~≈]\s*", " about ", t)  # "in~1.2k": the word kept whole
    t = rx.sub(r"(?<=[\dkm])\s*q(?=\s*/\s*[a-z])", " queries", t)  # "8k q/business day": queries
    t = rx.sub(r"\b(own|our) dcs\b", r"\1 data centres", t)  # "hosting: own DCs (JKT + SUB)"
    t = rx.sub(r"\b(don'?t|do not|doesn'?t|does not) have a single\b", r"\1 have any", t)  # "... a single ops person"
    # "GPUs bought for our own data centre, and all processing must stay there": the place named again for "there"
    t = rx.sub(
        r"(?P<place>\bour own (?:dc|data ?cent(?:er|re)s?|server room|servers|premises|cloud account|aws account|"
        r"azure tenant|tenant|vpc)\b)(?P<rest>[^.;?!]{0,80}?\b(?:must|has to|have to|needs? to|should|shall|is to|"
        r"are to)"
        r" (?:all )?(?:stay|remain|be kept|be processed|happen|be done|run|live|be stored)) (?:right )?there\b",
        lambda m: f"{m['place']}{m['rest']} in {m['place']}",
        t,
    )
    t = rx.sub(r"[~≈]\s*", "about ", t)
    t = rx.sub(r"\bhalf[- ]time\b", "part-time", t)
    # "sub-1.5-second end-to-end", "sub-200ms": under that
    t = rx.sub(
        r"\bsub[- ]?(\d+(?:\.\d+)?)[- ]?(ms|milliseconds?|s|secs?|seconds?)\b", lambda m: f"under {m[1]} {m[2]}", t
    )
    t = rx.sub(
        r"\bper cent\b", "percent", t
    )  # "seventy per cent of enquiries"  # "one half-time SRE": a person part of the week, no fraction
    # "more or less 8 thousand", "plus or minus 500": a hedge before a figure, as "about" ("8k, more or less" stays)
    t = rx.sub(
        r"\b(?:more or less|plus or minus|give or take|\+/-|circa|ca\.?|c\.|approximately|some)\s+(?=\d|one|two|three|"
        r"four|five|six|seven|eight|nine|ten|a |an |twenty|thirty|forty|fifty|hundred)",
        "about ",
        t,
    )
    # "each thread's like 1200 tokens": "is", not a possessive, before a figure
    t = rx.sub(
        r"\b((?:each|every|one|a|the|per) [a-z]+)'s (?=(?:like |about |around |roughly |maybe |usually |typically "
        r"|approx\w* |~)?\d)",
        r"\1 is ",
        t,
    )
    t = rx.sub(r"\b(approx|ca|avg|appr|rs)\.(?=\s)", r"\1", t)  # "approx. 1,200", "Rs. 3L": no sentence ends
    # "a million and a half requests", "two thousand and a half": the half added; "3/4 of a million": the fraction
    t = rx.sub(
        r"\b(a|one|two|three|four|five|\d+(?:\.\d+)?) (thousand|million|billion) and a half\b",
        lambda m: (
            plain((1.0 if m[1] in ("a", "one") else float(m[1]) if m[1][0].isdigit() else _small(m[1])) + 0.5)
            + f" {m[2]}"
        ),
        t,
    )
    t = rx.sub(
        r"(?<![\d/])(\d+)\s*/\s*(\d+) of an? (thousand|million|billion)\b",
        lambda m: f"{plain(int(m[1]) / int(m[2]))} {m[3]}" if int(m[2]) else m[0],
        t,
    )
    # "1.200 pedidos (orders) per day", "14 lojas físicas (stores)": a word of another language glossed in English
    t = rx.sub(
        r"(?<=\d )(?:[^\W\d_]+ ){0,2}?[^\W\d_]+ \((orders|requests|messages|stores|shops|users|customers|clients|"
        r"documents|tickets|calls|chats|conversations|questions|emails|invoices|claims|reports|pages|files|items|"
        r"products|employees|agents|sellers|patients|students)\)",
        r"\1",
        t,
    )
    # "2 nos. of A100": two of them (Indian English "numbers")
    t = rx.sub(r"(?<=\d) nos?\.? (?:of )?(?=[a-z])", " ", t)
    # "30 thousands of requests": thousands of them, said as a count
    t = rx.sub(r"(?<=\d) (thousand|million|billion)s of (?=[a-z])", r" \1 ", t)
    # non-native sides: "1.000 tokens of entry and 200 of exit"
    t = rx.sub(r"\bof (?:entry|entrance|entrada)\b", "in", t)
    t = rx.sub(r"\bof (?:exit|exiting|sa[íi]da|salida)\b", "out", t)
    # "1.5e6 requests", "2E9 tokens", "3x10^6": a figure in scientific notation, written out
    t = rx.sub(
        r"(?<![\w.])(\d+(?:\.\d+)?)(?:e\+?|\s*[x×*]\s*10\s*\^\s*)([2-9]|1[0-2])\b",
        lambda m: f"{float(m[1]) * 10 ** int(m[2]):.0f}",
        t,
    )
    t = rx.sub(r"(?<![\w.])10\s*\^\s*([3-9]|1[0-2])\b", lambda m: f"{10 ** int(m[1])}", t)  # "10^5/day": 100000
    t = spell(t)
    # "keep everything onshore in Australia", "data must stay onshore": in that country, in our own country
    t = onshore(t)
    t = rx.sub(
        r"\s*\((?:ml|ai|machine learning)\)(?= (?:team|group|people|engineers?|folks))", "", t
    )  # "algorithm (ML) team"
    t = rx.sub(
        r"\be2e\b(?! (?:tests?|testing|"
        r"encrypt\w*))",
        "end-to-end",
        t,
    )  # "e2e budget 800ms": the whole answer (and no figure "2")
    t = _other_languages(t)
    # "annual token budget is roughly 24 billion": a budget of tokens, not of money (never "a token budget of $5k")
    t = rx.sub(
        r"\btokens? budget\b(?![^.;!?]{0,40}(?:[$€£]|\b(?:usd|eur|gbp|dollars?|euros?|pounds?|bucks)\b))",
        "token volume",
        t,
    )
    # "Everyday we receive around 120.000 email": every day (not "everyday tasks")
    t = rx.sub(
        r"(?:(?<=^)|(?<=[.;!?,]\s))everyday\b(?=\s*(?:,|we|i|they|there|our|the|it|about|around|~|\d))", "every day", t
    )
    # a model's size said in another language ("een open model van ongeveer 8B"): of its size, never a volume
    t = rx.sub(r"\b(model|modell|modelo|mod[eè]le|modello)\s+(?:van|von|de|di|da|do)\b", "model of", t)
    # "prod numbers last 7d: 84M in, 21M out": the last seven days are a week
    t = rx.sub(r"\b(last|past|previous)\s+(?:7|seven)\s*(?:d|days)\b", r"\1 week", t)
    t = rx.sub(r"\b(last|past|previous)\s+(?:24|twenty-four)\s*(?:h|hrs?|hours)\b", r"\1 day", t)
    # "every day of the week": the days the traffic runs (all of them), not a period of the sizes beside it
    t = rx.sub(r"\bevery (?:single )?day of the week\b", "all week", t)
    # "in the past week we served 2M tokens": the last week (not "in the past", before now)
    t = rx.sub(r"\b(?:in|over|during) the (?:past|last|previous) (day|week|month|quarter|year)\b", r"last \1", t)
    # "every Sunday we run 70,000 descriptions": once a week
    t = rx.sub(
        r"\b(?:every|each)\s+(?:single\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|evening|night|"
        r"afternoon))?\b",
        "every week",
        t,
    )
    t = rx.sub(r"\bcase[- ](handler|worker|manager|officer)(s?)\b", r"case\1\2", t)  # one person, not a case
    t = polite_rules(t)
    # "nobody, genuinely nobody, who has run a GPU", "no one - literally no one - has done ML": said once
    t = rx.sub(
        r"\b(nobody|no one|noone|none of us|never|nothing|zero)\s*(?:,|-+|\u2014|\.\.\.)\s*(?:and i mean |i mean |"
        r"i repeat |literally |genuinely |really |truly |absolutely |honestly |seriously )?\1\b\s*(?:,|-+|\.\.\.)?\s*",
        r"\1 ",
        t,
    )
    # "one point five million", "two point 4 billion": a decimal said in words
    t = rx.sub(
        r"\b(zero|one|two|three|four|five|six|seven|eight|nine|\d+) point (zero|one|two|three|four|five|six|seven|"
        r"eight|nine|\d+)\b",
        lambda m: f"{plain(_small(m[1]))}.{m[2] if m[2].isdigit() else f'{plain(_small(m[2]))}'}",
        t,
    )
    # "a quarter of a billion", "three quarters of a million": a fraction of a magnitude
    t = rx.sub(
        r"\b(?:(?:a|one) )?(quarter|third|half|three quarters|three-quarters) of an? (thousand|million|billion)\b",
        lambda m: f"{plain(_FRACTION_OF[m[1].replace('-', ' ')])} {m[2]}",
        t,
    )
    t = rx.sub(r"(?<=\d),(?=\d{1,2}\s*(?:k|m|b|bn|mil\w*|mio|mln|bil\w*|thousand)\b)", ".", t)  # 2,5M (decimal comma)
    t = rx.sub(r"(?<=\d),(?=\d{1,2}\s*(?:ms|s|secs?|seconds?|%|percent|x)\b)", ".", t)  # 2,5 seconds
    t = rx.sub(r"(?<![\d.])(\d{1,3})\.(\d{3})(?=\s*(?:€|euros?|eur\b|dollars?|usd\b|£|pounds?|gbp\b))", r"\1\2", t)
    # "90 000 SEK", "1'200 CHF", "€ 12 500": thousands grouped by a space or an apostrophe, said with a currency
    t = rx.sub(
        r"(?<![\d.,'])(\d{1,3})(?:[ \u00a0\u202f']\d{3})+(?=\s*(?:€|£|eur\b|euros?|chf|sek|nok|dkk|kr\b|pln|zł|"
        r"czk|kč|francs?|kronor|kroner|rupees?|inr|brl|reais|yen|jpy))",
        lambda m: rx.sub(r"[ \u00a0\u202f']", "", m.group(0)),
        t,
    )
    t = rx.sub(
        r"(?<=[€£₹¥])(\s?)(\d{1,3}(?:[ \u00a0\u202f']\d{3})+)(?![\d.,])",
        lambda m: m.group(1) + rx.sub(r"[ \u00a0\u202f']", "", m.group(2)),
        t,
    )
    # "14'000 client relationships", "CHF 6'000": thousands grouped by an apostrophe (Swiss), whatever follows
    t = rx.sub(r"(?<![\w.,'])[1-9]\d{0,2}(?:'\d{3})+(?![\w.,']?\d)", lambda m: m[0].replace("'", ""), t)
    # "60 mil calls per day (60,000)": the user's own figure in brackets says which "mil" (thousand or million) it is
    t = rx.sub(
        r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s*mil\b(?P<mid>[^()\d.;!?]{0,40}?)\s*\(\s*(?P<m>\d{1,3}(?:,\d{3})+|\d+)\s*\)",
        _mil_glossed,
        t,
    )
    t = _dotted_thousands(t)
    # "1 800 letters", "4 000 tokens", "2 500 000": thousands grouped by spaces (French, SI), thin spaces too
    t = rx.sub(
        r"(?<![\w.,])[1-9]\d{0,2}(?:[ \u00a0\u202f]\d{3})+(?![\w.,]?\d)",
        lambda m: rx.sub(r"[ \u00a0\u202f]", "", m[0]),
        t,
    )
    # "R50,000/month", "R12k": rand written with its sign (never a one-digit name: "Cloudflare R2")
    t = rx.sub(r"(?<![\w$])r\s?(?=\d{1,3}(?:[, ]\d{3})+(?![\d,])|\d+(?:\.\d+)?\s*[km]\b|\d{4,}\b)", "zar ", t)
    t = rx.sub(r"\bper annum\b|(?<![\w.])p\.\s?a\.(?!\w)|\bannually\b", "per year", t)  # "7,50,000 per annum"
    # "12,00,000 grievances", "₹1,20,00,000": digits grouped the Indian way (lakh, crore)
    t = rx.sub(r"(?<![\d,.])\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])", lambda m: m[0].replace(",", ""), t)
    t = rx.sub(r"(?<=\d),(?=\d{3}\b)", "", t)  # 1,500 -> 1500
    t = rx.sub(r"(?<=\d),(?=\d{3}\b)", "", t)  # 1,500,000 (second pass)
    t = rx.sub(r"(?<=[a-z]):(?=\d)", ": ", t)  # "input:3000 tokens": a label, then its figure (not "9:30")
    # "the last 30 days", "every 7 days", "past 24h": a month, a week, a day said in days or hours
    t = rx.sub(
        r"\b(last|past|previous|every|per|each|in the last|over the last|in the past|over the past|for the last)\s+"
        r"(?:(30|31)\s*days?|(7)\s*days?|(24)\s*(?:hours?|hrs?|h))\b",
        lambda m: (
            f"{'the last' if 'last' in m[1] or 'past' in m[1] or 'previous' in m[1] else m[1]} "
            f"{'month' if m[2] else 'week' if m[3] else 'day'}"
        ),
        t,
    )
    # "40 MTokens/month", "200 ktok a day": the magnitude written onto the unit
    t = rx.sub(r"(?<=\d)(\s?)([kmb])(tokens?|toks?)\b", r"\1\2 \3", t)
    # "9 thousands claims", "2 millions tokens" (a plural magnitude after a figure, as several languages say it)
    t = rx.sub(r"(?<=\d)(\s+)(thousand|million|billion)s\b(?!\s+of\b)", r"\1\2", t)
    t = rx.sub(r"(?<=\d)_(?=\d{3})", "", t)
    t = rx.sub(r"\bless then\b", "less than", t)
    t = rx.sub(  # "half the requests are trivial": half of a count of things (not "half and half")
        r"\bhalf (?:of )?(the |our |all |all the )?(?=(?:requests?|queries|tickets?|questions?|calls?|messages?|"
        r"conversations?|chats?|traffic|emails?|documents?|cases?|prompts?)\b)",
        lambda m: "50% of " + (m[1] or ""),
        t,
    )
    t = rx.sub(
        r"\b(half|quarter) (?:of )?a (second|sec)\b", lambda m: ("0.5 " if m[1] == "half" else "0.25 ") + "seconds", t
    )
    t = rx.sub(  # "within a second and a half", "two and a half seconds"
        r"\b(?:(a|one)\s+(second|sec)s?\s+and\s+a\s+half|(\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
        r"\s+and\s+a\s+half\s+(seconds?|secs?|minutes?))\b",
        lambda m: f"{plain(_small(m[3]) + 0.5 if m[3] else 1.5)} {m[4] or 'seconds'}",
        t,
    )
    t = rx.sub(
        r"\b(within|under|in|below|about|around|than|takes?|of|over|only|just|maybe|roughly|max|is|"
        r"like|to|maybe|probably) (?:a|one) (second|sec|minute)\b(?! (?:gpu|model|opinion|look|thought|option|one|team|"
        r"tier))",
        r"\1 1 \2",
        t,
    )
    # "2-thirds" (number words already made digits): the fraction in words again
    t = rx.sub(
        r"\b([1-49])[ -](thirds?|quarters?|fifths?|tenths?)\b",
        lambda m: f"{_WORD_OF[m[1]]} {m[2]}",
        t,
    )
    t = rx.sub(
        r"\b(three[ -]quarters|two[ -]thirds|a third|one[ -]third|a quarter|one[ -]quarter|half|a fifth|one[ -]fifth|"
        r"a tenth|one[ -]tenth|two[ -]fifths|three[ -]fifths|four[ -]fifths|nine[ -]tenths)\b(?= of\b)|"
        # "two thirds are trivial", "two thirds input, one third output" (not "half": "half and half")
        r"\b(?<!\d )(three[ -]quarters|two[ -]thirds|a third|one[ -]third|one[ -]quarter|a fifth|one[ -]fifth|a tenth|"
        r"one[ -]tenth|four[ -]fifths|nine[ -]tenths)\b(?= (?:are|is|input|output|prompts?|completions?|in|out|need|"
        r"needs|require|requires|could|can|would)\b)|"
        # "input is three quarters", "output is maybe a fifth": the fraction ends the clause
        r"(?:(?<=\bis )|(?<=\bare ))(?:(?:about|roughly|around|maybe|like|probably|approximately) )?"
        r"\b(three[ -]quarters|two[ -]thirds|"
        r"a third|one[ -]third|a quarter|one[ -]quarter|a fifth|one[ -]fifth|a tenth|one[ -]tenth|four[ -]fifths|"
        r"nine[ -]tenths)\b(?=\s*(?:[.,;!)]|$))|"
        # "two-thirds, roughly": the fraction as the whole answer
        r"^\W*(?:(?:about|roughly|around|maybe|like|probably) )?(three[ -]quarters|two[ -]thirds|a third|one[ -]third|"
        r"a quarter|one[ -]quarter|a fifth|one[ -]fifth|a tenth|one[ -]tenth|four[ -]fifths|nine[ -]tenths)\b"
        r"(?=\s*(?:[.,;!)]|$|roughly|or so|ish))",
        lambda m: FRACTIONS[(m[1] or m[2] or m[3] or m[4]).replace("-", " ")],
        t,
    )

    t = rx.sub(r"^(\W*)(?:one|a) (second|sec)\b", r"\g<1>1 \2", t)
    t = rx.sub(r"\bhalf an? (bil|bn|mil|mm|b|m|k)\b", r"0.5 \1", t)
    t = rx.sub(r"\bsub-?(?:a-?)?second\b", "under 1 second", t)
    t = rx.sub(
        r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)[- ]to[- ](one|two|three|four|five|\d+)\b",
        lambda m: (
            f"{plain(_small(m[1]))}:{plain(_small(m[2]))}"
            if rx.search(
                MIX_WORDS, m.string[m.end() : m.end() + 20] + " " + m.string[max(0, m.start() - 40) : m.start()]
            )
            # "40 to 45 million a month" is a range, not a ratio: a ratio's terms carry no magnitude or unit
            # nor "10 to 60 pages in", "5 to 8 minute calls": a range of a unit of text or time, or of things counted
            and not rx.match(
                r"\s*(?:k|m|b|bn|mil\w*|bil\w*|thousand|hundred|tokens?|toks?|ms|s|sec\w*|%|pages?|pgs?|pp|words?|"
                r"paragraphs?|paras?|sentences?|lines?|char\w*|min\w*|hours?|hrs?|days?|weeks?|months?|"
                r"docs?|documents?|files?|pdfs?|slides?|chunks?|passages?|emails?|tickets?|calls?|turns?)\b",
                m.string[m.end() :],
            )
            # nor hours of the day ("07 to 18 Central European Time", "9 to 17 CET", "from 8 to 6")
            and not rx.match(
                r"\s*(?:h\b|o'?clock|am\b|pm\b|cet|cest|est|edt|pst|pdt|utc|gmt|wat|ist|jst|aest|(?:\w+ ){0,2}time\b|"
                r"local\b|on weekdays|weekdays|mon)",
                m.string[m.end() :],
            )
            and not rx.search(
                r"\b(?:from|between|hours?|hrs|open|"
                r"shift)\s*,?\s*$"
                # ("Day shift only, roughly 7 to 4": the shift's hours, a few words after it)
                r"|\b(?:shifts?|hours?|hrs|open|opening|working day|workday)\b[^\d.;!?]{0,25}$",
                m.string[max(0, m.start() - 40) : m.start()],
            )
            else m[0]
        ),
        t,
    )
    t = _grand(t)  # "4 grand" is money
    t = rx.sub(r"(?<![\w.])(\d+(?:\.\d+)?)\s*(?:pct|per ?cent)\b", r"\1%", t)  # "55 pct", "40 per cent"
    t = rx.sub(  # "3/4 of the questions", "1/5 are hard": a fraction of a whole (not "24/7", "9/5", a date)
        # ... and "2/3 easy, 1/3 hard", "3/4 input": a fraction of a kind of request or token
        r"(?<![\w./])([1-9])\s*/\s*([2-9]|10)(?![\w./])(?=\s+(?:of|are|is|need|needs|could|can|easy|simple|hard|"
        r"complex|"
        r"routine|trivial|basic|input|output|prompts?|completions?)\b)|"
        # "most are easy (~3/4)", "simple ones: about 2/3": a hedged fraction ending its clause
        r"(?:(?<=~)|(?<=~ )|(?<=\babout )|(?<=\baround )|(?<=\broughly )|(?<=\blike ))([1-9])\s*/\s*([2-9]|10)"
        r"(?![\w./])(?=\s*(?:[),;.!?]|$))",
        lambda m: (
            f"{100 * int(m[1] or m[3]) / int(m[2] or m[4]):.3g}%" if int(m[1] or m[3]) < int(m[2] or m[4]) else m[0]
        ),
        t,
    )
    t = rx.sub(r"\b(?:every|each) single\b", "every", t)
    t = rx.sub(
        r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (?:out )?of (?:every )?(\d+|two|three|four|"
        r"five|ten|twenty|a hundred|100)\b(?! (?:engineers|people|gpus))",
        lambda m: f"{plain(100 * _small(m[1]) / _small(m[2]))}%" if _small(m[2]) >= max(_small(m[1]), 1e-9) else m[0],
        t,
    )

    t = rx.sub(  # "9 in 10 are trivial", "one in four requests" (not "300 in, 1500 out")
        r"(?<!tokens )(?<!tok )\b(\d+|one|two|three|four|five|six|seven|eight|nine) in (\d+|two|three|four|five|ten|"
        r"twenty|a hundred|100)\b(?! (?:engineers|people|gpus|minutes?|seconds?|hours?|days?|weeks?|months?|years?|ms|"
        r"s\b|k\b|m\b|million|thousand|tokens?|out\b|output|completion))(?!\s*[,/]?\s*(?:out|output)\b)",
        lambda m: f"{plain(100 * _small(m[1]) / _small(m[2]))}%" if _small(m[2]) > _small(m[1]) else m[0],
        t,
    )

    def words(m: re.Match[str]) -> str:
        whole = m.group(0)
        lead = rx.match(r"\s*and\s+", whole)
        if lead:  # "zero ML people and two DevOps": the "and" joins two items, it is not part of the number
            return lead.group(0) + words(rx.match(r".*", whole[lead.end() :], re.S))  # type: ignore[arg-type]
        # "half a billion a month": a trailing "a"/"an"/"and"/"of" belongs to what follows
        cut = rx.match(r"(.*?\S)((?:[\s-]+(?:a|an|and|of))*[\s-]*)$", whole, re.S)
        raw, rest = (cut.group(1), cut.group(2)) if cut else (whole, "")
        if rx.search(r"\b(?:dozen|couple)$", raw) and rest.strip() == "of":
            raw, rest = raw + rest.rstrip(), " "
        stripped = raw.strip()
        if stripped in ("zero", "zero of") or not set(stripped.replace("-", " ").split()) & {
            *UNITS,
            *TENS,
            *SCALES,
            "dozen",
            "couple",
        }:
            return whole
        if rx.search(r"\d\s*$", m.string[: m.start()]) and stripped.split()[0] in SCALES:
            return whole  # "12 billion": the digits already carry the number
        if rx.fullmatch(r"(?:an?|one)", stripped):
            return whole
        value = _words_value(stripped)
        if value is None:
            return whole
        return _render(value) + (rest if rest.strip() else (" " if rest else ""))

    t = rx.sub(r"(?<![\w.])(\d+)-?ish\b", r"about \1", t)  # "5ish engineers", "10-ish seconds"
    t = rx.sub(r"\b(?:a|one) (lakhs?|lacs?|crores?)\b", r"1 \1", t)  # "one crore tokens daily", "a lakh requests"
    t = rx.sub(r"\b(?:a|one) (pair|trio|quartet) of\b", lambda m: {"pair": "2", "trio": "3", "quartet": "4"}[m[1]], t)
    t = WORD_RUN.sub(words, t)
    t = _grand(t)  # "nine grand" is money too
    # "costs me like a dollar a month": one of a currency at a rate
    t = rx.sub(
        r"\b(?:a|one) (dollar|buck|euro|pound|quid)\b(?= (?:a|per|each|every) (?:month|mo|year|week|day)\b)",
        r"1 \1s",
        t,
    )
    # "one note per bed per shift", "one request per second": a count of one, said of each thing or each period
    t = rx.sub(r"\bone (?=[a-z-]+ (?:per|for each|for every) )", "1 ", t)
    # "1.5 million" stays; "half a million" became "0.5 million"; "2 hundred" -> "200"
    t = rx.sub(r"(\d+(?:\.\d+)?) hundred\b", lambda m: f"{plain(float(m[1]) * 100)}", t)
    t = rx.sub(
        r"(\d+(?:\.\d+)?)\s*(million|billion|thousand|trillion)\s+and a half\b",
        lambda m: f"{plain(float(m[1]) + 0.5)} {m[2]}",
        t,
    )
    t = _labelled_rates(t)
    t = config_pairs(t)  # the keys left: "users: 450 | queries_per_user_per_day: 15"
    # cents written as dollars ("under 3 cents per player per month" is "$0.03 per player per month")
    t = rx.sub(r"(?<![\w.$])(\d+(?:\.\d+)?)\s*(?:cents?|¢)(?![\w])", lambda m: f"${plain(float(m[1]) / 100)}", t)
    t = _BARE_AVERAGE.sub(lambda m: f"{m['lead']}{m['avg']} {m['unit']}", t)
    t = _PART_AVERAGE.sub(_part_of_peak, t)
    # tokens of a ledger, not of a model ("2 million token transfers a day. crypto tokens, not the llm kind")
    t = rx.sub(
        r"\b(?:crypto[- ]?)?tokens? (transfers?|transactions?|swaps?|mints?|trades?|airdrops?|holders?)\b", r"\1", t
    )
    t = rx.sub(r"\bcrypto[- ]?tokens?\b", "coins", t)
    # "thirty-odd pages", "40 odd people": about that many
    t = rx.sub(r"(?<![\w.])(\d+)[- ]odd\b(?!\s+(?:ones?|numbers?|days?|weeks?|hours?|jobs?|bits?)\b)", r"about \1", t)
    return Normalized(_indian_scales(t))


# a rate's unit written short, a second or a minute ("40 rps", "300 req/min")
RATE_UNITS = r"rps|qps|rpm|req/s|requests/s|requests/sec|requests/min|req/min"
# the average said bare after a peak rate: "50 rps at peak, 10 on average" is "10 rps on average"
_PEAK_LEAD = (
    r"(?P<lead>(?P<peak>\d[\d.,]*)\s*(?P<k>k)?\s*(?P<unit>" + RATE_UNITS + r"|"
    r"(?:requests?|calls?|queries|messages?|tickets?|chats?|documents?|docs)\s*(?:(?:per|a|an)\s|/)\s*(?:second|sec|s|"
    r"minute|min|hour|hr|h|day)\b)\s*(?:at (?:the )?peak|peak|at most|max(?:imum)?|on (?:busy|peak) days)\s*[,;]?\s*"
    r"(?:and\s+|but\s+|with\s+|while\s+)?(?:about\s+|around\s+|roughly\s+|maybe\s+)?)"
)
_AVERAGE_AFTER = r"(?=\s*(?:on average|average|avg|on a normal day|typical(?:ly)?|normally|usually|most of the time)\b)"
_BARE_AVERAGE = rx.compile(_PEAK_LEAD + r"(?P<avg>\d[\d.,]*(?:\s*k\b)?)" + _AVERAGE_AFTER)
# ... or said as a part of the peak: "120 req/s at peak, maybe a third (33%) of that on average" is 40 req/s on average
_PART_AVERAGE = rx.compile(
    _PEAK_LEAD + r"(?P<pct>\d{1,2}(?:\.\d+)?)\s*%\s+of\s+(?:that|it|this|the peak)" + _AVERAGE_AFTER
)


def _part_of_peak(m: re.Match[str]) -> str:
    """("a third" is written 33% by then: the part kept to the figure said, 40 of 120)"""
    peak = float(m["peak"].replace(",", "")) * (1000 if m["k"] else 1)
    share = float(m["pct"]) / 100
    share = {0.33: 1 / 3, 0.67: 2 / 3, 0.66: 2 / 3}.get(round(share, 2), share)
    return f"{m['lead']}{peak * share:.4g} {m['unit']}"
