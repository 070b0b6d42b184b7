"""Who the text says a sentence's information comes from.

Three shapes cover most news prose in the three languages (cues in
``events/<lang>/attribution.yaml``):

- a lead phrase: "According to the agency, ...", "За даними Reuters, ...", "По словам дипломатов, ...";
- a speech verb with its speaker: "..., Reuters reports", "..., заявила Тихановська",
  "He noted that ...", "One diplomat noted: ...";
- a source noun coreferent with an earlier named source ("the agency" -> Reuters),
  carried from the document's last named source of the same kind.

The tokens of the attribution phrase are excluded from actor search: the reporter of
an event is not its actor.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kronika.events.context import SentenceContext
from kronika.model import Attribution, Entity


@dataclass(slots=True)
class AttributionState:
    """Document-level memory: the last named source (for "the agency") and last person (for "he")."""

    last_source: Entity | None = None
    last_source_text: str | None = None
    last_person: Entity | None = None


@dataclass(slots=True)
class SentenceAttribution:
    attribution: Attribution = field(default_factory=Attribution)
    #: mention indices (of the sentence) that belong to the attribution phrase
    mentions: set[int] = field(default_factory=set)
    tokens: set[int] = field(default_factory=set)
    #: the speaker as an entity (for verbal events with no actor of their own)
    speaker: Entity | None = None


def _span_text(ctx: SentenceContext, a: int, b: int) -> str:
    toks = ctx.tokens
    while b > a and toks[b - 1].kind in ("punct", "quote"):
        b -= 1
    while a < b and toks[a].kind in ("punct", "quote"):
        a += 1
    if a >= b:
        return ""
    return ctx.sentence.text[toks[a].start - ctx.sentence.start : toks[b - 1].end - ctx.sentence.start].strip(" \"«»“”")


def _resolve_span(ctx: SentenceContext, a: int, b: int, state: AttributionState) -> tuple[Entity | None, set[int]]:
    ent = None
    ids: set[int] = set()
    for mi, m in enumerate(ctx.mentions):
        if m.token_start >= a and m.token_end <= b:
            ids.add(mi)
            if ent is None and m.entity is not None:
                ent = m.entity
    if ent is None:
        words = {k for k in range(a, b)}
        if any(ctx.has(k, ctx.cues.source_nouns) for k in words) and state.last_source is not None:
            ent = state.last_source
        elif any(ctx.lower(k) in ctx.cues.subject_pronouns for k in words) and b - a <= 2:
            ent = state.last_person
    return ent, ids


def find_attribution(ctx: SentenceContext, state: AttributionState) -> SentenceAttribution:
    """The attribution of a sentence (empty where the text names no source)."""
    cues = ctx.cues
    toks = ctx.tokens
    n = len(toks)
    out = SentenceAttribution()
    # 1. lead phrase "according to X," anywhere at a clause start
    firsts = cues.according_first
    has_lead = not all(map(firsts.isdisjoint, ctx.forms))  # any token a first word; no per-token frame
    for c in ctx.clauses if has_lead else ():
        words = [k for k in range(c.start, c.end) if toks[k].kind == "word"]
        if not words:
            continue
        for phrase in cues.according_to:
            k0 = words[0]
            # the phrase may follow a clause-initial conjunction ("However, according to Reuters")
            for start in (k0,):
                if start + len(phrase) <= n and all(
                    toks[start + j].kind == "word" and (toks[start + j].text.lower() == w or w in ctx.forms[start + j])
                    for j, w in enumerate(phrase)
                ):
                    a, b = start + len(phrase), c.end
                    ent, ids = _resolve_span(ctx, a, b, state)
                    text = _span_text(ctx, a, b)
                    out.attribution = Attribution(text or None, ent)
                    out.mentions |= ids
                    out.tokens |= set(range(start, b))
                    out.speaker = ent
                    _remember(ctx, ent, text, state)
                    return out
    # 2. speech verb: last clause "X said/reports" or "заявила X"; first clause "X noted that"/"X noted:"
    last = ctx.clauses[-1]
    lw = [k for k in range(last.start, last.end) if toks[k].kind == "word"]
    if len(ctx.clauses) > 1 and lw and len(lw) <= 8:
        forms = ctx.forms
        verbs = [k for k in lw if not forms[k].isdisjoint(cues.speech_verbs) and ctx.is_verb(k)]
        if verbs:
            v = verbs[0]
            a, b = (v + 1, last.end) if v == lw[0] else (last.start, v)
            ent, ids = _resolve_span(ctx, a, b, state)
            text = _span_text(ctx, a, b)
            if text:
                out.attribution = Attribution(text, ent)
                out.mentions |= ids
                out.tokens |= set(range(last.start, last.end))
                out.speaker = ent
                _remember(ctx, ent, text, state)
                return out
    for first in ctx.clauses[:2]:
        fw = [k for k in range(first.start, first.end) if toks[k].kind == "word"]
        for v in fw[:5]:
            if ctx.forms[v].isdisjoint(cues.speech_verbs) or not ctx.is_verb(v):
                continue
            nxt = v + 1
            follows = nxt < n and (toks[nxt].text in (":", ",") or ctx.has(nxt, cues.complementisers))
            if not follows:
                continue
            a = first.start
            while a < v and ctx.has(a, cues.clause_conjunctions):
                a += 1
            ent, ids = _resolve_span(ctx, a, v, state)
            text = _span_text(ctx, a, v)
            if text:
                out.attribution = Attribution(text, ent)
                out.mentions |= ids
                out.tokens |= set(range(first.start, v + 1))
                out.speaker = ent
                _remember(ctx, ent, text, state)
            return out
    return out


def _remember(ctx: SentenceContext, ent: Entity | None, text: str, state: AttributionState) -> None:
    if ent is None:
        return
    for m in ctx.mentions:
        if m.entity is ent and m.kind in ("organisation", "company", "media"):
            state.last_source, state.last_source_text = ent, text
            return
    if not state.last_source and ent.sector in ("JRN", "BUS"):
        state.last_source, state.last_source_text = ent, text


def note_people(ctx: SentenceContext, state: AttributionState) -> None:
    """Remember the last person named (for a later "he said")."""
    for m in ctx.mentions:
        if m.entity is not None and m.kind == "person":
            state.last_person = m.entity
