"""The target of sanctions named by anaphora: "these sanctions", "ці санкції", "эти меры", "them".

A refusal or appeal often names the sanctions only by pointing back ("Lithuania is not
ready to lift these sanctions"); the target is the one of the most recent sanctions
mention in the same or previous paragraph: a recipient of an earlier sanctions event,
or a target phrase "sanctions on/against X", "санкції проти X", "санкции с X" even where
that clause was no event (a hope for removal is not coded, but it names the target).

Only a determiner or a pronoun makes the noun point back: a bare "sanctions" in an
unrelated sentence is sanctions in general and takes no target. Cues per language are
in ``events/<lang>/anaphora.yaml``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from kronika.errors import DataFileError
from kronika.events.context import SentenceContext
from kronika.events.triggers import TriggerMatch
from kronika.model import Entity
from kronika.resources import load

#: how far back (paragraphs) a sanctions mention may stand from its anaphor
_PARAGRAPHS = 1
#: how many tokens a target's mention may stand after its preposition ("sanctions against the Belarusian leadership")
_TARGET_SPAN = 5
#: the confidence of an event whose recipient was resolved by anaphora, relative to its own
CONFIDENCE_FACTOR = 0.8


@dataclass(frozen=True, slots=True)
class AnaphoraCues:
    nouns: frozenset[str]
    determiners: frozenset[str]
    target_prepositions: frozenset[str]
    gap: int
    lifting_nouns: frozenset[str]


@functools.lru_cache(maxsize=8)
def cues(lang: str) -> AnaphoraCues:
    raw = load(f"events/{lang}/anaphora.yaml") or {}
    if not isinstance(raw, dict):
        raise DataFileError(f"events/{lang}/anaphora.yaml: expected a mapping")

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in raw.get(key) or ())

    return AnaphoraCues(words("nouns"), words("determiners"), words("target_prepositions"), int(raw.get("gap", 2)),
                        words("lifting_nouns"))


@dataclass(frozen=True, slots=True)
class _Target:
    paragraph: int
    sentence: int
    token: int
    entities: tuple[Entity, ...]
    #: how the target was found: "" (named), "desirer" (the one hoping for the lifting)
    how: str = ""


@dataclass(slots=True)
class SanctionMemory:
    """The document's sanctions mentions with a named target, in text order."""

    targets: list[_Target] = field(default_factory=list)

    def note(self, paragraph: int, sentence: int, token: int, entities: list[Entity] | tuple[Entity, ...],
             how: str = "") -> None:
        ents = tuple(e for e in entities if e.country)
        if ents:
            self.targets.append(_Target(paragraph, sentence, token, ents, how))

    def resolve(self, paragraph: int, sentence: int, token: int) -> tuple[list[Entity], str]:
        """The target of the latest sanctions mention before (sentence, token) within reach, and how it was found."""
        best: _Target | None = None
        for t in self.targets:
            if (t.sentence, t.token) >= (sentence, token) or paragraph - t.paragraph > _PARAGRAPHS:
                continue
            if best is None or (t.sentence, t.token) > (best.sentence, best.token):
                best = t
        return (list(best.entities), best.how) if best is not None else ([], "")


def note_target_phrases(ctx: SentenceContext, memory: SanctionMemory) -> None:
    """Remember "sanctions on/against X" phrases of a sentence, whether or not they were coded."""
    c = cues(ctx.lang)
    toks = ctx.tokens
    s = ctx.sentence
    forms = ctx.forms
    nouns = c.nouns
    for k in range(len(toks) - 1):
        if forms[k].isdisjoint(nouns):  # ctx.has inlined: this runs for every token of every sentence
            continue
        # "sanctions on X", "sanctions imposed on X" is left to the events; the phrase is noun + preposition
        p = k + 1
        if ctx.lower(p) not in c.target_prepositions:
            continue
        clause = ctx.clause_of[p]
        found = [m for m in ctx.mentions if m.entity is not None and m.entity.country
                 and p < m.token_start <= p + _TARGET_SPAN and ctx.clause_of[m.token_start] == clause]
        if found:
            first = min(found, key=lambda m: m.token_start)
            memory.note(s.paragraph, s.index, p, [first.entity])  # type: ignore[list-item]
        else:
            desirer = _desirer(ctx, c, k, clause)
            if desirer is not None:
                memory.note(s.paragraph, s.index, p, [desirer], "desirer")


def _desirer(ctx: SentenceContext, c: AnaphoraCues, noun: int, clause: int) -> Entity | None:
    """X in "X hopes for the removal of sanctions on <a thing>": who wants lifted what it is under.

    Only where the phrase names no actor of its own: "sanctions on fuel exports" are the
    sanctions on the exports of the one who hopes they go.
    """
    lift = next((j for j in range(noun - 1, max(-1, noun - 3), -1) if ctx.has(j, c.lifting_nouns)), None)
    if lift is None:
        return None
    cue = next((j for j in range(lift - 1, max(-1, lift - 5), -1)
                if ctx.has(j, ctx.cues.desire) and ctx.clause_of[j] == clause), None)
    if cue is None:
        return None
    before = [m for m in ctx.mentions if m.entity is not None and m.entity.country
              and m.token_end <= cue and ctx.clause_of[m.token_start] == clause]
    return max(before, key=lambda m: m.token_end).entity if before else None


def anaphor(ctx: SentenceContext, match: TriggerMatch, inner: TriggerMatch | None) -> int | None:
    """The token of a demonstrative/definite sanctions noun or pronoun the trigger takes, or None."""
    if match.anaphoric or (inner is not None and inner.anaphoric):
        return min(match.tokens + (inner.tokens if inner is not None else ()))
    c = cues(ctx.lang)
    lo = min(match.start, inner.start) if inner is not None else match.start
    hi = max(match.end, inner.end) if inner is not None else match.end
    clause = ctx.clause_of[match.head if inner is None else inner.head]
    for k in range(max(0, lo - 3), min(len(ctx.tokens), hi + 3)):
        if ctx.clause_of[k] != clause or not ctx.has(k, c.nouns):
            continue
        if k + 1 < len(ctx.tokens) and ctx.lower(k + 1) in c.target_prepositions:
            continue  # "the sanctions on potash": the phrase names its own target, it points nowhere
        # a determiner a few words before the noun ("these economic sanctions"); surface forms only:
        # "та" (and) is also a form of "той"
        for j in range(k - 1, max(-1, k - 1 - c.gap), -1):
            if ctx.lower(j) in c.determiners:
                return j
            if ctx.tokens[j].kind != "word":
                break
    return None
