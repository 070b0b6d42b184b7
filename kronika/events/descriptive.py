"""Which trigger words describe a thing instead of reporting an act.

Without a parser, an English verb form may be a noun ("sabotage arrests"), an attribute
("rejected proposed changes", "activists accused of treason") or a purpose ("a line used to
deliver aid"); a Ukrainian or Russian participle describes a noun ("гражданку, задержанную во
Франции"). These tests decide, from word order and the readings of the neighbouring words, whether
a trigger is the act of its clause, and whether a frame ("urged", "promised") may take it as its
content. Each is a few token look-ups: nothing here scales with the sentence.
"""

from __future__ import annotations

from kronika.events.context import SentenceContext, pos_of
from kronika.events.factuality import infinitive_governor
from kronika.events.mentions import MAIN_CASES
from kronika.events.triggers import TriggerMatch


_EN_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our", "your"})



def participle(ctx: SentenceContext, h: int) -> bool:
    """A Ukrainian or Russian full participle (it describes a noun, often after a comma)."""
    return ctx.lang != "en" and (
        any(pos_of(p) in ("PRTF", "PRTS") for p in ctx.tokens[h].parses[:1]) or ctx.is_passive_participle(h)
    )


#: "warned that it could cut supplies": a modal verb makes the act the content of the frame
_EN_MODALS = frozenset({"could", "would", "will", "may", "might", "shall", "'ll"})


def non_finite(ctx: SentenceContext, m: TriggerMatch) -> bool:
    """Whether a trigger is an infinitive, gerund or noun: the content of an appeal or accusation."""
    if m.entry.nominal:
        return True
    h = m.tokens[0]
    if ctx.lang == "en":
        prev = ctx.lower(h - 1) if h > 0 else ""
        prev2 = ctx.lower(h - 2) if h > 1 else ""
        return prev in ("to", "of", "for") or prev2 in ("to",) or ctx.lower(h).endswith("ing") or prev in _EN_MODALS
    return ctx.is_infinitive(h) or not ctx.is_verb(h) or any(pos_of(p) == "GRND" for p in ctx.tokens[h].parses)


_EN_AFTER_PARTICIPLE = frozenset({"of", "by", "in", "with", "for", "over", "since", "during", "after", "last", "near", "at", "on",
                                  "outside", "inside"})


def reduced_relative(ctx: SentenceContext, match: TriggerMatch) -> bool:
    """An English past participle right after a common noun describes it: "officials accused of
    war crimes", "activists detained last week" report no act of the clause's subject."""
    if ctx.lang != "en" or len(match.tokens) != 1:
        return False
    h = match.head
    if not ctx.lower(h).endswith(("ed", "en")) or h == 0 or h + 1 >= len(ctx.tokens):
        return False
    if not any("VBN" in p.tags for p in ctx.tokens[h].parses):
        return False
    prev = h - 1
    pp = ctx.tokens[prev].parses
    if ctx.tokens[prev].kind != "word" or not pp or pos_of(pp[0]) != "NOUN" or ctx.tokens[prev].text[:1].isupper():
        return False
    if ctx.has(prev, ctx.cues.passive_auxiliaries) or ctx.is_verb(prev) and pos_of(pp[0]) != "NOUN":
        return False
    if prev in ctx.mention_at:
        m = ctx.mentions[ctx.mention_at[prev]]
        if m.entity is not None and m.entity.country:
            return False  # "Polish police arrested": a named actor, not a description
    if ctx.lower(h + 1) not in _EN_AFTER_PARTICIPLE:
        return False
    # the noun must hang on something earlier ("freed three activists accused of"); a noun that
    # opens its clause is the subject of the verb ("Farmers rallied in Warsaw")
    clause = ctx.clauses[ctx.clause_of[h]]
    return any(
        ctx.tokens[k].kind == "word" and ctx.tokens[k].parses
        and (any(t.startswith("VB") for t in ctx.tokens[k].parses[0].tags) or ctx.has(k, ctx.cues.prepositions) and ctx.lower(k) != "of")
        for k in range(clause.start, prev)
    )


_EN_AUXILIARIES = frozenset({"has", "have", "had", "having", "is", "are", "was", "were", "be", "been", "being",
                             "get", "got", "gets", "do", "does", "did"})


def attributive_participle(ctx: SentenceContext, match: TriggerMatch) -> bool:
    """"reject proposed changes", "condemned detained activists": an English participle right after
    another finite verb modifies the noun after it; it is no second act. In Ukrainian and Russian a
    full participle before a noun it agrees with ("звільнені політв'язні прибули", "освобожденные
    заключенные") is an adjective too, unless an auxiliary makes it the predicate ("були звільнені")."""
    if ctx.lang != "en":
        return _agreeing_participle(ctx, match.head) or _counted_participle(ctx, match.head)
    if len(match.tokens) != 1 or match.head == 0:
        return False
    h = match.head
    if not ctx.lower(h).endswith("ed"):
        return False
    prev = h - 1
    if _before_noun_after_determiner(ctx, h):
        return True  # "freed ten jailed journalists", "the detained activists": an adjective
    pp = ctx.tokens[prev].parses
    if ctx.tokens[prev].kind != "word" or not pp or ctx.lower(prev) in _EN_AUXILIARIES:
        return False
    return any(t in ("VBD", "VBZ", "VBP") for t in pp[0].tags) and prev not in ctx.mention_at


_FULL_PARTICIPLE = frozenset({"PRTF", "ADJF"})


def _agreeing_participle(ctx: SentenceContext, h: int) -> bool:
    nxt = h + 1
    if nxt >= len(ctx.tokens) or ctx.tokens[nxt].kind != "word" or not ctx.tokens[nxt].parses:
        return False
    if pos_of(ctx.tokens[nxt].parses[0]) != "NOUN":
        return False
    if h > 0 and ctx.lower(h - 1) in ctx.cues.passive_auxiliaries:  # "були звільнені": the predicate
        return False
    full = [p.tags for p in ctx.tokens[h].parses if pos_of(p) in _FULL_PARTICIPLE and "pssv" in p.tags]
    if not full or any(pos_of(p) in ("VERB", "PRTS") for p in ctx.tokens[h].parses):
        return False
    nouns = [p.tags for p in ctx.tokens[nxt].parses if pos_of(p) == "NOUN"]
    return any(_agree(a, b) for a in full for b in nouns)


def _counted_participle(ctx: SentenceContext, h: int) -> bool:
    """A participle used as a noun after a number or quantity word ("задержала 12 протестующих",
    "сотні протестувальників"): the people counted, not an act."""
    parses = ctx.tokens[h].parses
    if not parses or any(pos_of(p) in ("VERB", "PRTS", "INFN", "GRND") for p in parses):
        return False
    if not any(pos_of(p) == "PRTF" for p in parses):
        return False
    prev = h - 1
    while prev >= 0 and ctx.tokens[prev].kind == "word" and parses and any(pos_of(p) == "ADJF" for p in ctx.tokens[prev].parses[:1]):
        prev -= 1
    if prev < 0:
        return False
    if ctx.tokens[prev].kind == "number":
        return True
    return ctx.tokens[prev].kind == "word" and (
        not ctx.forms[prev].isdisjoint(ctx.cues.quantifiers) or any(f in ctx.cues.size_words for f in ctx.forms[prev])
    )


def _agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Same case and number (the gender of a plural is not marked)."""
    if (a & MAIN_CASES).isdisjoint(b):
        return False
    return ("plur" in a) == ("plur" in b)


def reason_gerund(ctx: SentenceContext, match: TriggerMatch, matches: list[TriggerMatch]) -> bool:
    """"thanked Berlin for deploying a brigade", "arrested for protesting": an English gerund
    after "for" names the reason of an act coded before it in the clause, not an act reported
    in its own right (Ukrainian and Russian say it with a noun, "за розгортання", and code
    only the thanks as well)."""
    if ctx.lang != "en" or match.start == 0 or ctx.lower(match.start - 1) != "for":
        return False
    if not ctx.lower(match.head).endswith("ing"):
        return False
    clause = ctx.clause_of[match.head]
    return any(m is not match and m.end <= match.start and ctx.clause_of[m.head] == clause for m in matches)


def continuing_state(ctx: SentenceContext, match: TriggerMatch) -> bool:
    """"transit would remain banned", "залишається забороненим", "остается под арестом": a
    participle after a verb of remaining describes a state that goes on, not a new act."""
    h = match.head
    for k in range(h - 1, max(-1, h - 3), -1):
        if ctx.tokens[k].kind != "word" or not ctx.forms[k].isdisjoint(ctx.cues.coordinators):
            return False  # "stayed and blocked the road": a second act
        if not ctx.forms[k].isdisjoint(ctx.cues.state_verbs):
            return True
    return False


def _before_noun_after_determiner(ctx: SentenceContext, h: int) -> bool:
    """An English participle between a number or determiner and a common noun modifies the noun."""
    prev, nxt = h - 1, h + 1
    if nxt >= len(ctx.tokens) or ctx.tokens[nxt].kind != "word" or ctx.tokens[nxt].text[:1].isupper():
        return False
    np = ctx.tokens[nxt].parses
    if not np or not any(t in ("NN", "NNS") for t in np[0].tags):
        return False
    return ctx.tokens[prev].kind == "number" or ctx.lower(prev) in _EN_DETERMINERS or any(
        f in ctx.cues.size_words for f in ctx.forms[prev]
    )


def purpose_infinitive(ctx: SentenceContext, match: TriggerMatch) -> bool:
    """An infinitive that describes a thing's purpose reports no event of anyone.

    "a railway line used to deliver aid", "a fund set up to finance": the infinitive hangs on a
    participle without an auxiliary right after a common noun (a reduced relative clause), not on
    a verb its subject acts with.
    """
    if ctx.lang != "en" or match.entry.nominal:
        return False
    g = infinitive_governor(ctx, match)
    if g is None or g < 0:
        return False
    parses = ctx.tokens[g].parses
    if not parses or ctx.tokens[g].kind != "word":
        return False
    if ctx.lower(g).endswith("ed") and any("VBN" in p.tags for p in parses):
        # a participle: only a reduced relative ("a line used to") when a common noun stands right before it
        prev = g - 1
        if prev >= 0 and ctx.tokens[prev].kind == "word" and not ctx.has(prev, ctx.cues.passive_auxiliaries):
            pp = ctx.tokens[prev].parses
            noun = not pp or pos_of(pp[0]) in ("NOUN", "")
            return noun and not ctx.is_verb(prev) and not ctx.tokens[prev].text[:1].isupper() and prev not in ctx.mention_at
    return False


def nominal_use(ctx: SentenceContext, match: TriggerMatch) -> bool:
    """An English trigger used as a noun reports no act of the clause's subject.

    "the easing of sanctions", "the wounded", "rejected a United Nations appeal": a
    determiner right before the head (or before capitalised words before a bare head).
    """
    if ctx.lang != "en":
        return False
    h = match.tokens[0]
    low = ctx.lower(h)
    nxt = ctx.lower(h + 1) if h + 1 < len(ctx.tokens) else ""
    prev = ctx.lower(h - 1) if h > 0 else ""
    if low.endswith("ing") and nxt == "of":
        return True
    if after_preposition(ctx, h):
        return True
    if prev in _EN_DETERMINERS:
        return True
    bare = low in ctx.tokens[h].lemmas or low.endswith("ing")
    # "that Chisinau must return": a verb-only word after a name is no noun ("the Kremlin's release")
    if bare and any(pos_of(p) == "NOUN" for p in ctx.tokens[h].parses):
        k = h - 1
        while k >= 0 and k >= h - 3 and ctx.tokens[k].text[:1].isupper() and ctx.lower(k) not in _EN_DETERMINERS:
            k -= 1
        if k >= 0 and k < h - 1 and ctx.lower(k) in _EN_DETERMINERS:
            return True
    return False


def after_preposition(ctx: SentenceContext, h: int) -> bool:
    """A word read first as a plural noun after a preposition and other nouns is a noun
    ("after rail sabotage arrests", "amid mass detentions"), not the verb of a clause."""
    parses = ctx.tokens[h].parses
    if not parses or pos_of(parses[0]) != "NOUN" or "NNS" not in parses[0].tags:
        return False
    for k in range(h - 1, max(-1, h - 4), -1):
        if ctx.tokens[k].kind != "word" or k in ctx.mention_at:
            return False
        if ctx.has(k, ctx.cues.prepositions):
            return True
        kp = ctx.tokens[k].parses
        if kp and pos_of(kp[0]) not in ("NOUN", "ADJF", "ADJ", ""):
            return False
    return False
