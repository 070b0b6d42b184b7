"""Actors the dictionaries do not name: unknown names, nationality groups, crowds.

An event whose subject the actor stage could not resolve ("General X has threatened ...",
"Ruritanian gunboats shelled ...", "Hundreds of dock workers rallied ...") is kept with the
subject as written and a low confidence rather than lost; a crowd that protests in a named
place is given that place's country. Headings never take such guesses (see ``roles``).
"""

from __future__ import annotations

from kronika.events.context import SentenceContext, pos_of
from kronika.events.mentions import MentionInfo
from kronika.events.triggers import TriggerMatch
from kronika.model import Entity

_LEADING = frozenset({"the", "a", "an", "some", "about", "up", "to", "around", "nearly", "almost", "over"})


def unresolved_subject(ctx: SentenceContext, infos: list[MentionInfo], clause, verb: int, match: TriggerMatch) -> Entity | None:  # type: ignore[no-untyped-def]
    """The subject right before the verb when the actor dictionaries resolved none of it.

    An unknown name (a capitalised mention without an entity) within four words before the verb,
    no clause punctuation or resolved name in between; in English also the bare noun phrase that
    opens the sentence when it names a nationality or group ("Ruritanian gunboats") or, for a
    protest, any crowd ("Hundreds of dock workers").
    """
    lo = clause.start
    for inf in reversed(infos):
        m = inf.mention
        if m.token_end > verb or m.token_start < lo:
            continue
        if inf.prep is not None:
            continue  # inside the subject phrase ("supporters of former President X")
        if inf.resolved:
            return None  # a resolved mention nearer the verb that the rules did not take: no guess
        if inf.possessive or verb - m.token_end > 4:
            return None
        if any(ctx.tokens[k].kind != "word" for k in range(m.token_end, verb)):
            return None
        if ctx.lang != "en" and inf.cases and "nomn" not in inf.cases:
            return None
        # "Iraqi Kurds", "курдські активісти": a nationality right before the unknown name
        before = [m.token_start - 1] if m.token_start > lo else []
        return Entity(m.text, m.text, _nationality(ctx, before + [m.token_start]), None, None)
    if ctx.lang != "en":
        return _crowd_uk_ru(ctx, lo, verb) if match.entry.event_type == "PROTEST" else None
    if lo != 0:
        return None
    # the noun phrase that opens the sentence, up to its first verb
    end = next((k for k in range(lo, verb + 1) if _verb_first(ctx, k)), verb)
    words = list(range(lo, end))
    if not words or len(words) > 10 or any(ctx.tokens[k].kind not in ("word", "number") for k in words):
        return None
    while words and ctx.lower(words[0]) in _LEADING:
        words = words[1:]
    # the head ends at a place or other prepositional phrase ("settlers in the border town")
    cut = next((i for i, k in enumerate(words) if ctx.has(k, ctx.cues.prepositions) and ctx.lower(k) != "of"), None)
    if cut is not None:
        words = words[:cut]
    if not words or len(words) > 6:
        return None
    named = any(ctx.tokens[k].text[:1].isupper() and (k > 0 or _proper(ctx, k)) for k in words)
    if match.entry.event_type != "PROTEST" and not named:
        return None  # only a crowd may act unnamed; other acts need a name or nationality
    sector = None if named else "CVL"
    country = _nationality(ctx, words)
    if country and sum(ctx.tokens[k].text[:1].isupper() for k in words) == 1:
        sector = "CVL"  # "Algerian landowners": people of a nationality, no named body
    s = ctx.sentence
    text = s.text[ctx.tokens[words[0]].start - s.start : ctx.tokens[words[-1]].end - s.start]
    return Entity(text, text, country, sector, None)


def _nationality(ctx: SentenceContext, words: list[int]) -> str | None:
    """The country of a nationality adjective among the first words of an unresolved subject
    ("Israeli tanks", "Algerian landowners", "алжирські землевласники")."""
    # imported here: the coder runs on any actor mentions (the tests give it a small stub
    # gazetteer); only this fallback needs the dictionary's nationality adjectives
    from kronika.actors import get_resolver

    resolver = get_resolver()
    for k in words[:3]:
        if ctx.tokens[k].kind == "word":
            c = resolver.nationality(ctx.tokens[k], ctx.lang)
            if c:
                return c
    return None


_CROWD_POS = frozenset({"NOUN", "ADJF", "NUMR", "PRTF", "NUMB"})


def _crowd_uk_ru(ctx: SentenceContext, lo: int, verb: int) -> Entity | None:
    """The crowd of a Ukrainian or Russian protest: the nominal words before the verb that start
    with a nominative ("десятки тисяч грузинів вийшли", "тысячи фермеров провели")."""
    k = verb - 1
    words: list[int] = []
    while k >= lo and ctx.tokens[k].kind in ("word", "number"):
        t = ctx.tokens[k]
        if ctx.has(k, ctx.cues.prepositions) or ctx.has(k, ctx.cues.location_prepositions):
            break
        if t.kind == "word" and not (t.parses and pos_of(t.parses[0]) in _CROWD_POS):
            break
        words.insert(0, k)
        k -= 1
    while words and "nomn" not in ctx.cases(words[0]) and ctx.tokens[words[0]].kind != "number":
        words = words[1:]
    if not words or len(words) > 6 or words[-1] in ctx.mention_at:
        return None
    s = ctx.sentence
    text = s.text[ctx.tokens[words[0]].start - s.start : ctx.tokens[words[-1]].end - s.start]
    return Entity(text, text, _nationality(ctx, words), "CVL", None)


def _verb_first(ctx: SentenceContext, k: int) -> bool:
    p = ctx.tokens[k].parses
    return bool(p) and any(t.startswith("VB") or t == "MD" for t in p[0].tags)


def _proper(ctx: SentenceContext, k: int) -> bool:
    p = ctx.tokens[k].parses
    return bool(p) and ("NNP" in p[0].tags or "NNPS" in p[0].tags or "JJ" in p[0].tags)
