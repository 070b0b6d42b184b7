"""When an extracted event counts as a gold event, and which of its fields are right.

These predicates are the definition of a match that the acceptance scorer uses (and
that the gold README states): the event's evidence sentence contains the gold anchor
(or ``also_anchor``), the type is equal, and the actor and recipient countries overlap
the gold lists -- either way round where the gold event is reciprocal. They are kept
line for line in the same order as that scorer so that the two can be compared, and a
disagreement between them is a bug in one of them.
"""

from __future__ import annotations

from collections.abc import Iterable

from kronika.evaluate.gold import GoldEvent
from kronika.model import Entity, Event


def countries(entities: Iterable[Entity]) -> set[str]:
    """The country codes of a side (entities without a country are left out)."""
    return {e.country for e in entities if e.country}


def sectors(entities: Iterable[Entity]) -> set[str | None]:
    return {e.sector for e in entities}


def in_anchor_sentence(ev: Event, g: GoldEvent, lang: str) -> bool:
    """Whether the event comes from the sentence a gold line names (plain substring test)."""
    s = ev.evidence.sentence or ""
    return any(a in s for a in g.anchors(lang))


def matches(ev: Event, g: GoldEvent, lang: str) -> bool:
    """Same sentence, same type, actor countries overlap; a recipient, where the coder
    gives one, must overlap the gold one (a missing recipient is scored separately)."""
    if not in_anchor_sentence(ev, g, lang):
        return False
    if ev.event_type != g.event:
        return False
    ga, gr = set(g.actor), set(g.recipient)
    ea, er = countries(ev.actor), countries(ev.recipient)

    def fits(a: set[str], r: set[str]) -> bool:
        return (not ga or bool(ga & a)) and (not gr or not r or bool(gr & r))

    if fits(ea, er):
        return True
    if g.reciprocal and fits(er, ea):
        return True
    if g.reciprocal and ga and gr and (ga | gr) <= (ea | er):
        return True  # all parties listed together as a compound actor
    return False


def recipient_ok(ev: Event, g: GoldEvent) -> bool:
    """The gold recipient is named (on either side where reciprocal); no gold recipient: right."""
    gr = set(g.recipient)
    if not gr:
        return True
    got = countries(ev.recipient) | (countries(ev.actor) if g.reciprocal else set())
    return bool(gr & got)


def date_ok(ev: Event, g: GoldEvent) -> bool:
    """The extracted interval must lie inside the gold range (gold ranges are generous)."""
    if not g.date or not g.date[0]:
        return True
    lo, hi = g.date
    start = ev.date.start
    end = ev.date.end or start
    if not start:
        return False
    return lo <= start[:10] and end[:10] <= hi


def factuality_ok(ev: Event, g: GoldEvent) -> bool:
    return ev.factuality == g.factuality


def mode_ok(ev: Event, g: GoldEvent) -> bool | None:
    """None where the gold line gives no mode (not scored)."""
    return None if not g.mode else ev.mode == g.mode


def sector_checks(ev: Event, g: GoldEvent) -> list[bool]:
    """One result per side whose sector the gold line gives (either side where reciprocal)."""
    out = []
    for side, other, want in (("actor", "recipient", g.actor_sector), ("recipient", "actor", g.recipient_sector)):
        if not want:
            continue
        mine = getattr(ev, side)
        theirs = getattr(ev, other)
        out.append(bool(want in sectors(mine) or (g.reciprocal and want in sectors(theirs))))
    return out


def attribution_ok(ev: Event, g: GoldEvent, lang: str) -> bool | None:
    """Whether the event names the source the gold line gives; None where it gives none.

    Gold attributions are written in English ("Reuters", "one diplomat"), so in English the
    attribution text (or its entity's name) must contain them; in the other languages,
    whose renderings translate the source, an attribution must be present.
    """
    if not g.attribution:
        return None
    a = ev.attribution
    texts = [t for t in (a.text, a.entity.name if a.entity else None, a.entity.text if a.entity else None) if t]
    if not texts:
        return False
    if lang != "en":
        return True
    want = g.attribution.casefold()
    return any(want in t.casefold() or t.casefold() in want for t in texts)


def sanction_action_ok(ev: Event, g: GoldEvent) -> bool | None:
    """None where the gold line gives no sanction_action."""
    return None if not g.sanction_action else ev.sanction_action == g.sanction_action


def size_ok(ev: Event, g: GoldEvent) -> bool | None:
    """Every quantity the gold line gives (released, arrested, ...) is present; None where none."""
    if not g.size:
        return None
    return all(k in (ev.size or {}) for k in g.size)


def trap_taken(ev: Event, t: GoldEvent, lang: str) -> bool:
    """An asserted event of the trap's type from the trap's sentence (and actor, if it names one)."""
    if t.anchor.get(lang, "\0") not in (ev.evidence.sentence or ""):
        return False
    if ev.event_type != t.event or (ev.factuality or "asserted") != "asserted":
        return False
    if t.actor and not (set(t.actor) & countries(ev.actor)):
        return False
    return True


def repeats_gold(ev: Event, events: Iterable[GoldEvent]) -> bool:
    """An event that repeats a gold event of the same document (same type, actor) from another
    sentence: a duplicate mention, not counted against precision when duplicates are lenient."""
    for g in events:
        if ev.event_type != g.event:
            continue
        ga = set(g.actor) | (set(g.recipient) if g.reciprocal else set())
        if not ga or ga & countries(ev.actor):
            return True
    return False


__all__ = [
    "attribution_ok", "countries", "date_ok", "factuality_ok", "in_anchor_sentence", "matches", "mode_ok",
    "recipient_ok", "repeats_gold", "sanction_action_ok", "sector_checks", "sectors", "size_ok", "trap_taken",
]
