"""How true the text says an event is: asserted, negated, intended, hypothetical, desired.

Cue words come from ``events/<lang>/factuality.yaml``; their scope is the trigger's
own clause, a few tokens before the trigger (and any token inside a discontinuous
trigger, as in "sanctions cannot be lifted"). An infinitive trigger takes the
factuality of the verb it depends on: "began to engage" stays asserted (an
implicative verb), "wants to meet" is desired, "plans to visit" intended.

Entries with ``intent_ok`` (AGREE: "seeks to restore relations", "desire to conclude a
deal") stay asserted under intention and desire cues, because the stated intent is
itself the coded event (CAMEO 03x).
"""

from __future__ import annotations

from dataclasses import dataclass

from kronika.events.context import SentenceContext, pos_of
from kronika.events.triggers import TriggerMatch

_WINDOW = 4


@dataclass(frozen=True, slots=True)
class Factuality:
    value: str
    cue: str | None = None
    negated: bool = False


def _window(ctx: SentenceContext, match: TriggerMatch) -> list[int]:
    clause = ctx.clauses[ctx.clause_of[match.head]]
    lo = max(clause.start, match.start - _WINDOW)
    inside = [k for k in range(match.start, match.end) if k not in match.tokens]
    return list(range(lo, match.start)) + inside


def _until_condition(ctx: SentenceContext, match: TriggerMatch) -> int | None:
    """"Warsaw will not reopen the crossings until Minsk releases X", "доки Мінськ не звільнить",
    "пока Минск не освободит": after a negation, an act in an "until" clause is the condition
    of another, not a report (the "не" inside is expletive). The token of "until", if so."""
    cues = ctx.cues
    if not cues.until_conditions:
        return None
    lo = max(0, match.start - 8)
    for k in range(match.start - 1, lo - 1, -1):
        if ctx.tokens[k].kind != "word" or ctx.forms[k].isdisjoint(cues.until_conditions):
            continue
        if any(not ctx.forms[j].isdisjoint(cues.negation) for j in range(0, k)):
            return k
        return None
    return None


def is_negated(ctx: SentenceContext, match: TriggerMatch, window: list[int] | None = None) -> str | None:
    """The negation cue scoping over the trigger, if any (``window``: the trigger's, if the caller has it)."""
    negation = ctx.cues.negation
    forms = ctx.forms
    for k in window if window is not None else _window(ctx, match):
        if not forms[k].isdisjoint(negation):  # ctx.has inlined (hot loop); window indices are in range
            return ctx.tokens[k].text
    return None


def infinitive_governor(ctx: SentenceContext, match: TriggerMatch) -> int | None:
    """For an infinitive trigger, the token of the verb it depends on (None if not an infinitive)."""
    v = match.start
    clause = ctx.clauses[ctx.clause_of[match.head]]
    if ctx.lang == "en":
        i = v - 1
        if i >= clause.start and ctx.lower(i) in ("get", "have") and i - 1 >= clause.start:
            i -= 1
        if i >= clause.start and ctx.has(i, ctx.cues.infinitive_markers):
            j = i - 1
            while j >= clause.start and ctx.tokens[j].kind == "word" and ctx.lower(j) in ("not", "n't", "also", "now", "actively", "more"):
                j -= 1
            return j if j >= clause.start else -1
        return None
    if not ctx.is_infinitive(match.tokens[0]) and not ctx.is_infinitive(match.head):
        return None
    j = match.start - 1
    while j >= clause.start and ctx.tokens[j].kind == "word" and (
        ctx.has(j, ctx.cues.negation) or any(pos_of(p) in ("ADVB", "ADV") for p in ctx.tokens[j].parses[:1])
    ):
        j -= 1
    return j if j >= clause.start else -1


def factuality(ctx: SentenceContext, match: TriggerMatch) -> Factuality:
    """The factuality of a trigger in its clause (negation is reported, not applied, for entries that recode it)."""
    cues = ctx.cues
    entry = match.entry
    window = _window(ctx, match)
    forms = ctx.forms  # ctx.has is inlined below (hot loops); every index looked at is inside the sentence
    until = _until_condition(ctx, match)
    if until is not None:
        return Factuality("hypothetical", f"until:{ctx.tokens[until].text}")
    neg = is_negated(ctx, match, window)
    if neg:
        return Factuality("negated", f"negation:{neg}", negated=True)
    clause = ctx.clauses[ctx.clause_of[match.head]]
    for k in range(clause.start, match.start):
        if not forms[k].isdisjoint(cues.conditional):
            return Factuality("hypothetical", f"conditional:{ctx.tokens[k].text}")
    for k in window:
        if not forms[k].isdisjoint(cues.modal):
            if entry.event_type == "THREATEN" and match.head < k < match.end:
                continue  # "warned it could impose sanctions": the threat is made; "could" is its content
            return Factuality("hypothetical", f"modal:{ctx.tokens[k].text}")
    if ctx.quoted and ctx.quoted[match.head]:
        for k in range(0, match.start):
            if ctx.quoted[k] and ctx.has(k, cues.hedge):
                return Factuality("hypothetical", f"hedge:{ctx.tokens[k].text}")
    if not entry.intent_ok:
        for k in window:
            if k > match.start and k + 1 in match.tokens and ctx.lower(k).endswith("ed"):
                continue  # "cancelled a planned visit": an attribute of the trigger's noun, not its mood
            if not forms[k].isdisjoint(cues.desire):
                return Factuality("desired", f"desire:{ctx.tokens[k].text}")
            if not forms[k].isdisjoint(cues.intention):
                return Factuality("intended", f"intention:{ctx.tokens[k].text}")
    if ctx.lang != "en" and not entry.intent_ok:
        v = match.head
        tags = ctx.tags(v)
        if any("futr" in t for t in tags) and not any("past" in t for t in tags):
            return Factuality("intended", "future_tense")
    gov = infinitive_governor(ctx, match)
    if gov is not None and not entry.intent_ok:
        if gov >= 0 and ctx.has(gov, cues.implicative_verbs):
            return Factuality("asserted", f"implicative:{ctx.tokens[gov].text}")
        if gov >= 0 and ctx.has(gov, cues.desire):
            return Factuality("desired", f"desire:{ctx.tokens[gov].text}")
        return Factuality("intended", "infinitive")
    return Factuality("asserted")
