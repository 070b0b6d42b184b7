"""How many people an event concerns: "more than 50", "понад 50", "более 50", "several".

The count is the first number or quantity word near the trigger in its clause (after
it for active verbs, before it for passives: "50 prisoners were released"), with the
qualifier in front of it ("more than", "at least", "about"; per language in
``events/<lang>/size.yaml``). The text is kept as written so a reader can check the
interpretation; "several" gives ``min`` 2 and no maximum.
"""

from __future__ import annotations

import re

from kronika.events.context import SentenceContext
from kronika.events.triggers import TriggerMatch

_NUM = re.compile(r"^\d{1,3}(?:[ ,.\u00a0]\d{3})*$|^\d+$")


def _number(text: str) -> int | None:
    if not _NUM.match(text):
        return None
    digits = re.sub(r"\D", "", text)
    return int(digits) if digits else None


def _phrase_before(ctx: SentenceContext, k: int, phrases: tuple[tuple[str, ...], ...]) -> int | None:
    """Start token of a qualifier phrase ending right before token k."""
    for ph in phrases:
        s = k - len(ph)
        if s < 0:
            continue
        if all(ctx.tokens[s + j].text.lower() == w or w in ctx.forms[s + j] for j, w in enumerate(ph)):
            return s
    return None


def _unit_after(ctx: SentenceContext, k: int) -> bool:
    """A number followed by a unit of time, distance or money ("after two years") counts no people."""
    nxt = k + 1
    return nxt < len(ctx.tokens) and ctx.tokens[nxt].kind == "word" and not ctx.forms[nxt].isdisjoint(ctx.cues.size_units)


def find_size(ctx: SentenceContext, match: TriggerMatch, key: str, passive: bool) -> dict:
    """``{key: {"min", "max", "text"}}`` or an empty dict where the clause gives no count."""
    clause = ctx.clauses[ctx.clause_of[match.head]]
    cues = ctx.cues
    after = range(match.head + 1, min(clause.end, match.end + 6))
    # a passive's subject phrase may be long ("Dozens of supporters of the opposition were detained")
    before = range(max(clause.start, match.start - (10 if passive else 6)), match.start)
    # passives and fronted objects ("Двох активістів затримали") count before the verb
    order = list(before) + list(after) if passive else list(after) + (list(before) if ctx.lang != "en" else [])
    for k in order:
        tok = ctx.tokens[k]
        lo: int | None
        hi: int | None
        if tok.kind == "number":
            n = _number(tok.text)
            if n is None or (1900 <= n <= 2100) or _unit_after(ctx, k):
                continue
            lo, hi, start = n, n, k
            s = _phrase_before(ctx, k, cues.size_more)
            s2 = _phrase_before(ctx, k, cues.size_at_least)
            if s2 is not None:
                lo, hi, start = n, None, s2
            elif s is not None:
                lo, hi, start = n + 1, None, s
            else:
                s = _phrase_before(ctx, k, cues.size_less)
                if s is not None:
                    lo, hi, start = 0, n - 1, s
                else:
                    s = _phrase_before(ctx, k, cues.size_about)
                    if s is not None:
                        start = s
        else:
            # the word as written first, then its lemmas best first: a set's order would
            # change with the hash seed ("dozens" as 12 in one run, 24 in the next)
            hit = next((cues.size_words[f] for f in (tok.lower, *tok.lemmas, *sorted(ctx.forms[k]))
                        if f in cues.size_words), None)
            if hit is None or _unit_after(ctx, k):
                continue
            (lo, hi), start = hit, k
        text = ctx.sentence.text[ctx.tokens[start].start - ctx.sentence.start : tok.end - ctx.sentence.start]
        return {key: {"min": lo, "max": hi, "text": text}}
    return {}
