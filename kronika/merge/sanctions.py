"""The sanctions lifecycle of each target: imposed, strengthened, eased, lifted, refused…

Built from merged events that carry a ``sanction_action`` and are *asserted* (a hope
that sanctions will be lifted is not a step; a refusal to lift is). Each step belongs
to a target (one recipient entity: a person, a company, a sector, a country) and a
sender (the actor list: who imposes, eases or refuses), in date order. The status is
tracked per (target, sender) pair, because the United States easing its sanctions on
an airline says nothing about the European Union's:

* impose, strengthen, extend -> ``active``; ease -> ``eased``; lift -> ``lifted``;
* refuse_to_lift, threaten, demand_lift, demand_keep, promise_to_ease leave the status
  as it was. Where nothing earlier is stored, a refusal to lift, a demand about
  existing sanctions or a promise to ease them shows that sanctions are in force:
  ``active``. A threat of sanctions before any: ``null``.

Demands (REQUEST events) are addressed to the sanctioning party: "X called on the EU
not to lift sanctions" has the EU as its recipient. For them the sender is the
request's recipient and the target the requesting side's government: the actor itself
when it is a government, else its country's (as the actor dictionary names it).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kronika.errors import KronikaError
from kronika.merge.model import MentionRef, MergedEvent
from kronika.model import Entity, EventDate

STATUS_AFTER = {"impose": "active", "strengthen": "active", "extend": "active", "ease": "eased", "lift": "lifted"}
#: actions that presuppose sanctions in force when no earlier step is known
PRESUPPOSE_ACTIVE = frozenset({"refuse_to_lift", "demand_lift", "demand_keep", "promise_to_ease"})
DEMANDS = frozenset({"demand_lift", "demand_keep"})
_STATE_SECTORS = frozenset({"GOV", "", None})


@dataclass(frozen=True, slots=True)
class LifecycleStep:
    """One reported step of a sanctions lifecycle."""

    target: Entity
    sender: tuple[Entity, ...]
    action: str
    date: EventDate
    status_after: str | None
    event_id: str
    event_type: str
    sources: tuple[MentionRef, ...] = ()

    def to_record(self) -> dict[str, Any]:
        """The contract's step object (``target``, ``sender``, ``action``, ``date``,
        ``status_after``, ``event_id``) plus the event type and the sources."""
        return {
            "target": self.target.to_record(),
            "sender": [e.to_record() for e in self.sender],
            "action": self.action,
            "date": self.date.to_record(),
            "status_after": self.status_after,
            "event_id": self.event_id,
            "event_type": self.event_type,
            "sources": [m.to_record() for m in self.sources],
        }


def entity_key(e: Entity) -> str:
    """Group by canonical name and country, not by id: one report may resolve an
    entity with its Wikidata id and another (Washington vs United States) without."""
    return f"{(e.name or e.text).casefold()}@{e.country or '?'}"


#: The target of a step whose text names none ("Lithuania is not ready to lift these
#: sanctions"): listed rather than dropped, so the refusal is not lost.
UNNAMED_TARGET = Entity(text="", name="(target not named)", country=None, sector=None, id=None)


@functools.lru_cache(maxsize=256)
def _country(code: str) -> Entity | None:
    """The country's entity from the actor dictionary (name in English, id), if known."""
    try:
        from kronika.actors import get_resolver
        from kronika.resources import load

        names = [r["name"] for r in load("actors/countries.tsv") if r.get("code") == code and r.get("lang") == "en"]
        return get_resolver().lookup(names[0], "en") if names else None
    except (KronikaError, LookupError, ImportError):
        return None  # no dictionary: the code alone names the target


def _country_entity(e: Entity) -> Entity:
    known = _country(e.country) if e.country else None
    if known is not None and known.country == e.country:
        return Entity(text=e.text, name=known.name, country=known.country, sector=known.sector, id=known.id)
    return Entity(text=e.text, name=e.country or e.name, country=e.country, sector="GOV", id=None)


def _targets_and_sender(me: MergedEvent) -> tuple[list[Entity], tuple[Entity, ...]]:
    ev = me.event
    if ev.sanction_action in DEMANDS:
        targets: dict[str, Entity] = {}
        for a in ev.actor:
            t = a if a.sector in _STATE_SECTORS else _country_entity(a)
            targets.setdefault(entity_key(t), t)
        return list(targets.values()) or [UNNAMED_TARGET], tuple(ev.recipient)
    return list(ev.recipient) or [UNNAMED_TARGET], tuple(ev.actor)


def matches(e: Entity, query: str) -> bool:
    """Whether TARGET names this entity: its country code, or part of its name or text."""
    q = query.strip()
    if not q:
        return True
    if e is UNNAMED_TARGET:
        return False
    if e.country and e.country.upper() == q.upper():
        return True
    fold = q.casefold()
    return fold in (e.name or "").casefold() or fold in (e.text or "").casefold() or (e.id or "") == q


def lifecycle_of(events: Iterable[MergedEvent], target: str | None = None) -> list[LifecycleStep]:
    """Steps of every target's lifecycle (or of targets matching ``target``), grouped by
    target and sender, each group in date order."""
    groups: dict[tuple[str, str], list[tuple[Entity, MergedEvent]]] = defaultdict(list)
    for me in events:
        ev = me.event
        if ev.sanction_action is None or ev.factuality != "asserted":
            continue
        targets, sender = _targets_and_sender(me)
        sender_key = "+".join(sorted(entity_key(s) for s in sender))
        for t in targets:
            if target and not matches(t, target):
                continue
            groups[(entity_key(t), sender_key)].append((t, me))
    steps: list[LifecycleStep] = []
    for key in sorted(groups, key=lambda k: (groups[k][0][0].name.casefold(), k)):
        status: str | None = None
        items = sorted(groups[key], key=lambda x: (x[1].event.date.start or "", x[1].event.date.end or "", x[1].id))
        for t, me in items:
            action = me.event.sanction_action or ""
            if action in STATUS_AFTER:
                status = STATUS_AFTER[action]
            elif status is None and action in PRESUPPOSE_ACTIVE:
                status = "active"
            sender = tuple(me.event.recipient) if action in DEMANDS else tuple(me.event.actor)
            steps.append(LifecycleStep(t, sender, action, me.event.date, status, me.id, me.event.event_type,
                                       me.mentions))
    return steps


def lifecycle(store, target: str | None = None) -> list[LifecycleStep]:  # noqa: ANN001
    """The sanctions lifecycles recorded in ``store`` (a :class:`kronika.store.Store`)."""
    from kronika.merge.stored import EventQuery, query

    if not target:
        return lifecycle_of(query(store, EventQuery(sanction=True, factuality="asserted")), target)
    # Narrow in SQL first (indexed): targets are recipients, or for demands the actors.
    events: dict[str, MergedEvent] = {}
    for q in (EventQuery(sanction=True, factuality="asserted", recipient=target),
              EventQuery(sanction=True, factuality="asserted", actor=target)):
        for me in query(store, q):
            events.setdefault(me.id, me)
    return lifecycle_of(events.values(), target)


__all__ = ["LifecycleStep", "UNNAMED_TARGET", "lifecycle", "lifecycle_of", "matches"]
