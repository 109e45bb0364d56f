"""Numbers in what people write: volumes, rates, mixes, request sizes, latency, money, GPUs, head counts.

Deterministic. "twenty million tokens a day", "half a billion a month", "120k requests a day, ~1,500
tokens in and 300 out", "3:1 input to output", "p95 under a couple of seconds", "we spend $12k a month on
GPT-4o", "we already own 16 H100s", "75% are password resets". Money is never tokens; model sizes ("a
70B model") are never volumes; a number after "not" ("not 40M") is the one being replaced.

``words.normalize`` rewrites number words into digits on a lower-cased copy; every reader works on that copy
and quotes the user's own sentence back from the original text. ``read.read_quantities`` runs every reader
over one message.

Modules, lowest first (each imports only modules above it in this list):

- ``spelling``: typo repair of the interview's key words.
- ``words``: number words into digits (``normalize``).
- ``corrections``: a figure corrected by naming the one it replaces ("6k docs not 4k"), put in the old one's place.
- ``patterns``: a number with its magnitude, a period and its factor to a month, tokens, units of requests.
- ``text_units``: sizes said in pages, words, characters or minutes of speech, as tokens (rates in
  ``data/text_units.toml``, each with its source).
- ``peak``: the peak as a multiple of the average load (and the words for a peak).
- ``weekdays``: a rate that runs on working days only ("800 a day, weekdays only", "per business day"), and the
  hours a day a rate per hour runs ("8 hours a day").
- ``guards``: what a number is not (money, a model size, a replaced figure, a model's name); corrections.
- ``one_off``: a one-time amount ("a backlog of 40,000 pages, one-time"), no rate.
- ``parts``: one side of a request said as parts added up ("attributes (~400 tokens) plus a style guide (~1,100
  tokens)"), written as their sum.
- ``context``: ``Reading`` (what one message says) and ``Context`` (what every reader works on).
- ``sides``: which side of a request, in or out, a clause is about (and what is made against what it is made from).
- ``size_patterns``: how the size of one request is written, and what a size is not (a limit, a price unit).
- ``products``: counts multiplied out with a times sign ("4 warehouses × 3 shifts × ~500 queries per shift"), and a
  thing both sized and counted whatever it is called ("80M tokens a build, 3 builds a week").
- ``people``: who makes the requests: people counted in the message or earlier, the share of them active, a rate
  said per person ("600 staff, 10 questions each a day").
- ``item_share``: what of the things counted reaches the model: a share of them ("4,000 visits a day, ~35% of visits
  would get an AI-drafted summary") or the parts each has ("18,000 applications a month, each with ~5 documents").
- ``item_size``: the size of the item just counted, said with it as the subject ("1500 mail per day, mail is
  maybe 200 words"), and the answer's size as a share of it ("answer shorter, like half").
- ``sizes``: the tokens in and out of one request.
- ``listed_counts``: counts of different things listed under one period ("4k docs and 6k emails a day"), added up.
- ``rates``: requests at a rate (per user, per turn) times their size.
- ``currency``: which currency an amount is said in (signs and words from ``tools/data/fx.toml``).
- ``money``: budgets and current spend (in dollars, and in the currency said beside them).
- ``volume_sides``: input and output totals said side by side ("5M input and 1M output tokens a day").
- ``volume_scope``: what makes a figure no month's volume (a future, a peak, a speed, a past figure, a guess).
- ``bare_counts``: figures said without what they count or their period (a small bare count a day is requests;
  a ceiling is no average; tokens without a period get "per day or per month?").
- ``volume``: the month's token volume.
- ``mix``: the input/output mix.
- ``latency``: the latency target.
- ``gpus``: GPUs already owned.
- ``simple_share``: the share of simple requests.
- ``prompt_cache``: the share of input served from the prompt cache, said as a figure.
- ``window``: the hours a week the traffic runs ("office hours 9-18"), and so the hours a day its rates per minute run.
- ``workloads``: several workloads in one message or conversation, whose volumes add up.
- ``vague``: quantities too loose to store, asked about instead.
- ``ranges``: a range read as the point settled on inside it, or at its middle when narrow.
- ``read``: ``read_quantities``, the readers in order over one message (and ``corrected_period``: "40,000 claims a
  month? no, sorry, that's per quarter" read as 40,000 a quarter).
- ``recount``: a later message correcting the count (or its period) a said volume was made from ("make that 70k
  claims"); each item keeps the size said before.

May import: ``tools``, ``assistant.interview.scope`` and ``assistant.interview.patterns`` (patterns compiled
once); no other part of the interview (the message reader in
``assistant.interview.reading`` imports this package, never the other way round).
"""
