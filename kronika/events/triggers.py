"""Finding trigger expressions in a sentence by their lemmas.

A pattern is a sequence of elements, each a set of lemma alternatives; a token
matches an element when any of its lemma candidates (or its own form) is in the set,
so an ambiguous word form is never lost to a wrong first reading. Elements may be
separated by up to ``gap`` tokens inside one clause ("held *a series of* meetings").
Patterns marked ``order: any`` also match the other way round, which is how passives
and nominalisations come in ("sanctions *were* lifted", "санкції *не можна* знімати").

A noun element may also be satisfied by an anaphor ("посилив **їх**", "which were
strengthened") when the noun stands in the previous clause: the match then records
that it leans on the previous clause, and the argument rules carry its roles over.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kronika.events.context import SentenceContext, pos_of
from kronika.events.lexicon import Lexicon, Pattern, TriggerEntry

_SOFT_PUNCT = frozenset({"\"", "«", "»", "“", "”", "„", "'", "’"})


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    entry: TriggerEntry
    #: token indices of the matched elements, in element order
    tokens: tuple[int, ...]
    #: the head token (the verb or noun that names the event)
    head: int
    #: an element was satisfied by an anaphor or relative pronoun pointing to the previous clause
    anaphoric: bool = False
    #: first token and end of the span, computed once: the rules ask for them hundreds of
    #: thousands of times per thousand sentences
    start: int = field(init=False, repr=False, compare=False)
    end: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", min(self.tokens))
        object.__setattr__(self, "end", max(self.tokens) + 1)

    @property
    def size(self) -> int:
        return len(self.tokens)

    @property
    def reversed(self) -> bool:
        """Whether the head element came after another ("sanctions were lifted")."""
        return self.head != self.start


_PASSABLE_KINDS = frozenset({"word", "number", "quote", "symbol"})


def _passable(ctx: SentenceContext, i: int) -> bool:
    """Whether a gap may run over token i: words and quote marks, not clause punctuation."""
    t = ctx.tokens[i]
    return t.kind in _PASSABLE_KINDS or t.text in _SOFT_PUNCT


# The search below inlines _passable and uses isdisjoint (no intersection set):
# they run for every candidate trigger element, the matcher's inner loop.
def _find(ctx: SentenceContext, lemmas: frozenset[str], frm: int, gap: int, step: int) -> int | None:
    """The first token from ``frm`` in direction ``step`` (+1 forward, -1 backward) with
    one of ``lemmas``, passing at most ``gap`` words and only passable tokens."""
    forms = ctx.forms
    toks = ctx.tokens
    n = len(toks)
    skipped = 0
    i = frm
    while 0 <= i < n and skipped <= gap:
        if not forms[i].isdisjoint(lemmas):
            return i
        kind = toks[i].kind
        if kind not in _PASSABLE_KINDS and toks[i].text not in _SOFT_PUNCT:
            return None
        if kind != "quote":
            skipped += 1
        i += step
    return None


def _anaphor(ctx: SentenceContext, lemmas: frozenset[str], pos: int, gap: int) -> int | None:
    """A pronoun or relative pronoun near ``pos`` standing for a noun of the previous clause."""
    cues = ctx.cues
    clause = ctx.clauses[ctx.clause_of[pos]]
    if clause.index == 0:
        return None
    prev = ctx.clauses[clause.index - 1]
    if not any(ctx.forms[k] & lemmas for k in range(prev.start, prev.end)):
        return None
    if clause.opener in ("relative_thing", "relative_person") and clause.opener_token is not None:
        return clause.opener_token
    pron = cues.object_pronouns
    for k in range(max(clause.start, pos - gap - 1), min(clause.end, pos + gap + 2)):
        if k != pos and ctx.forms[k] & pron:
            return k
    return None


def _match_pattern(ctx: SentenceContext, pat: Pattern, at: int, el: int, head: int = 0) -> tuple[tuple[int, ...], bool] | None:
    """Match pattern ``pat`` with element ``el`` at token ``at``; returns element positions.
    An anaphor may stand for a noun element, never for the ``head`` element (the verb)."""
    k = len(pat.elements)
    if k == 1:
        return (at,), False
    if pat.ordered:
        pos = [at]
        for e in range(1, k):
            nxt = _find(ctx, pat.elements[e], pos[-1] + 1, pat.gap, 1)
            if nxt is None:
                return None
            pos.append(nxt)
        return tuple(pos), False
    # any order: every other element within the gap window on either side of ``at``
    pos_by_el: dict[int, int] = {el: at}
    anaphoric = False
    for e in range(k):
        if e == el:
            continue
        lo = min(pos_by_el.values())
        hi = max(pos_by_el.values())
        fwd = _find(ctx, pat.elements[e], hi + 1, pat.gap, 1)
        bwd = _find(ctx, pat.elements[e], lo - 1, pat.gap, -1)
        cands = [p for p in (fwd, bwd) if p is not None]
        if not cands:
            ana = _anaphor(ctx, pat.elements[e], at, pat.gap) if e != head else None
            if ana is None:
                return None
            cands = [ana]
            anaphoric = True
        pos_by_el[e] = min(cands, key=lambda p: abs(p - at))
    return tuple(pos_by_el[e] for e in range(k)), anaphoric


#: per lexicon (by id; the lexicon is kept alive beside its cache so its id is never reused):
#: lemma set of a token -> the (entry, pattern, element) index entries its lemmas start.
#: Token lemma sets recur (they are memoised per word form), so the per-lemma look-ups are done once.
_HITS: dict[int, tuple[Lexicon, dict[frozenset[str], tuple[tuple[int, int, int], ...]]]] = {}
_HITS_MAX = 100_000


def _hits_cache(lex: Lexicon) -> dict[frozenset[str], tuple[tuple[int, int, int], ...]]:
    held = _HITS.get(id(lex))
    if held is None or held[0] is not lex:
        held = _HITS[id(lex)] = (lex, {})
    return held[1]


def _hits(lex: Lexicon, forms: frozenset[str], cache: dict) -> tuple[tuple[int, int, int], ...]:
    index = lex.index
    hit = tuple(x for lemma in forms for x in index.get(lemma, ()))
    if len(cache) >= _HITS_MAX:
        cache.clear()
    cache[forms] = hit
    return hit


def find_triggers(ctx: SentenceContext, lex: Lexicon) -> list[TriggerMatch]:
    """All trigger matches of a sentence, overlaps resolved in favour of the most specific."""
    found: list[TriggerMatch] = []
    seen: set[tuple[int, tuple[int, ...]]] = set()
    toks = ctx.tokens
    entries = lex.entries
    cache = _hits_cache(lex)
    for i, forms in enumerate(ctx.forms):
        if toks[i].kind != "word":
            continue
        hits = cache.get(forms)
        if hits is None:
            hits = _hits(lex, forms, cache)
        for ei, pi, el in hits:
            entry = entries[ei]
            pat = entry.patterns[pi]
            if len(pat.elements) == 1:
                toks_m, ana = (i,), False  # a one-word pattern matches where it starts
            else:
                res = _match_pattern(ctx, pat, i, el, entry.head)
                if res is None:
                    continue
                toks_m, ana = res
            key = (ei, toks_m)
            if key in seen:
                continue
            seen.add(key)
            head = toks_m[min(entry.head, len(toks_m) - 1)]
            if entry.exclude_pos and all(pos_of(p) in entry.exclude_pos for p in toks[head].parses):
                continue
            found.append(TriggerMatch(entry, toks_m, head, ana))
    return _resolve_overlaps(found)


def _resolve_overlaps(found: list[TriggerMatch]) -> list[TriggerMatch]:
    """Keep the most specific match where matches share tokens (priority, more elements, tighter span, earlier)."""
    order = sorted(found, key=lambda m: (-m.entry.priority, -m.size, m.end - m.start, m.start))
    kept: list[TriggerMatch] = []
    used: set[int] = set()
    for m in order:
        real = set(m.tokens)
        if real & used:
            continue
        kept.append(m)
        used |= real
    return sorted(kept, key=lambda m: m.head)
