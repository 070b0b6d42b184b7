"""Sentence-level test sets: one news sentence, the events it reports, the traps it sets.

A set is a YAML list of items::

    - id: en-014
      lang: en
      published: 2025-05-14
      text: "Georgian police detained 37 protesters outside parliament on Monday."
      tags: [size, date]
      events:
        - {event: COERCE, mode: arrest, actor: [GEO], recipient: [GEO], date: [2025-05-12, 2025-05-12], size: 37}
      traps:
        - {event: PROTEST, factuality: asserted}

Expected events name their sides by country codes (ISO 3166 alpha-3, EUR, IGO, UNO, ...);
``factuality`` defaults to asserted; ``optional: true`` marks a correct event that is not
required; ``reciprocal: true`` lets the sides be swapped. A trap forbids an asserted event
of its type from the sentence.

The figures differ from the gold scorer's by design: each item is one sentence, so the
sentence is the anchor, and an event of the right type is *found* even with the wrong
actor -- the actor is scored separately, which tells a type lexicon gap from an argument
gap.

- type recall: required expected events with an extracted event of their type;
- precision: extracted events whose type is that of some expected event of the sentence,
  or that are not asserted and of a trap's type (a trap names an event the sentence
  mentions without asserting it: coding it as hoped, threatened or denied is right);
- actor accuracy: of found events with a named actor, those where an event of the type
  names an actor country of the expected ones (either side where reciprocal);
- recipient, factuality, mode, sanction_action, date, size accuracy likewise, on found
  events where the item gives the field;
- traps taken: traps for which an asserted event of their type was extracted.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from kronika.errors import InputError
from kronika.events.ontology import EVENT_TYPES, MODES
from kronika.model import FACTUALITY, SANCTION_ACTIONS, Document, Event


@dataclass(frozen=True, slots=True)
class Expected:
    event: str
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    mode: str | None = None
    factuality: str = "asserted"
    sanction_action: str | None = None
    date: tuple[str, str] | None = None
    size: int | None = None
    reciprocal: bool = False
    optional: bool = False


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    lang: str
    published: date
    text: str
    events: tuple[Expected, ...] = ()
    traps: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


def _iso(value: Any, where: str) -> str:
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError as e:
        raise InputError(f"{where}: not a YYYY-MM-DD date: {value!r}") from e


def _expected(obj: Any, where: str) -> Expected:
    if not isinstance(obj, dict) or obj.get("event") not in EVENT_TYPES:
        raise InputError(f"{where}: an expected event needs a PLOVER 'event', got {obj!r}")
    mode = obj.get("mode")
    if mode is not None and mode not in MODES[obj["event"]]:
        raise InputError(f"{where}: {mode!r} is not a mode of {obj['event']}")
    fact = obj.get("factuality", "asserted")
    if fact not in FACTUALITY:
        raise InputError(f"{where}: unknown factuality {fact!r}")
    action = obj.get("sanction_action")
    if action is not None and action not in SANCTION_ACTIONS:
        raise InputError(f"{where}: unknown sanction_action {action!r}")
    rng = obj.get("date")
    if rng is not None:
        if not isinstance(rng, list) or len(rng) != 2:
            raise InputError(f"{where}: 'date' must be [earliest, latest]")
        rng = (_iso(rng[0], where), _iso(rng[1], where))
    for side in ("actor", "recipient"):
        if not isinstance(obj.get(side, []), list):
            raise InputError(f"{where}: '{side}' must be a list of country codes")
    size = obj.get("size")
    if size is not None and not isinstance(size, int):
        raise InputError(f"{where}: 'size' must be a number")
    return Expected(obj["event"], tuple(obj.get("actor") or ()), tuple(obj.get("recipient") or ()), mode, fact,
                    action, rng, size, bool(obj.get("reciprocal", False)), bool(obj.get("optional", False)))


def parse_items(data: Any, where: str) -> list[Item]:
    """Items of a sentence set from its parsed YAML; InputError names the item and the problem."""
    if not isinstance(data, list):
        raise InputError(f"{where}: a sentence set is a YAML list of items")
    items: list[Item] = []
    seen: set[str] = set()
    for n, obj in enumerate(data, 1):
        w = f"{where}: item {n}"
        if not isinstance(obj, dict) or not obj.get("id") or not obj.get("text") or not obj.get("lang"):
            raise InputError(f"{w}: needs id, lang and text")
        w = f"{where}: {obj['id']}"
        if obj["id"] in seen:
            raise InputError(f"{w}: id used twice")
        seen.add(obj["id"])
        traps = []
        for t in obj.get("traps") or ():
            if not isinstance(t, dict) or t.get("event") not in EVENT_TYPES:
                raise InputError(f"{w}: a trap needs a PLOVER 'event'")
            traps.append(t["event"])
        items.append(Item(
            id=str(obj["id"]), lang=str(obj["lang"]), published=date.fromisoformat(_iso(obj.get("published"), w)),
            text=str(obj["text"]).strip(), events=tuple(_expected(e, w) for e in obj.get("events") or ()),
            traps=tuple(traps), tags=tuple(obj.get("tags") or ()),
        ))
    return items


def load_items(*paths: str | Path) -> list[Item]:
    """The items of one or more sentence-set files, in order."""
    out: list[Item] = []
    for p in map(Path, paths):
        try:
            data = yaml.safe_load(p.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError, UnicodeDecodeError) as e:
            raise InputError(f"{p}: cannot read sentence set: {e}") from e
        out += parse_items(data, str(p))
    return out


def item_document(item: Item) -> Document:
    return Document(id=item.id, text=item.text, title="", published=item.published, language=item.lang,
                    source=item.id, source_id=item.id)


# --------------------------------------------------------------------------- scoring


def _countries(ev: Event, side: str) -> set[str]:
    return {e.country for e in getattr(ev, side) if e.country}


def _side_ok(evs: Sequence[Event], x: Expected, side: str) -> bool:
    """Whether an event names one of the expected countries on ``side`` (actor or recipient;
    on either side for a reciprocal event)."""
    want = set(getattr(x, side))
    other = "recipient" if side == "actor" else "actor"
    return any(want & (_countries(ev, side) | (_countries(ev, other) if x.reciprocal else set())) for ev in evs)


def _date_ok(ev: Event, x: Expected) -> bool:
    assert x.date
    start, end = ev.date.start[:10], (ev.date.end or ev.date.start)[:10]
    return bool(start) and x.date[0] <= start and end <= x.date[1]


def _size_ok(ev: Event, want: int) -> bool:
    for q in (ev.size or {}).values():
        if not isinstance(q, dict):
            continue
        lo, hi = q.get("min"), q.get("max")
        if want in (lo, hi) or (isinstance(lo, int) and lo <= want and (hi is None or want <= hi)):
            return True
    return False


@dataclass(slots=True)
class SetScore:
    """Counts per language (and tag), and the failures worth reading."""

    counts: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    by_tag: dict[tuple[str, str], Counter] = field(default_factory=lambda: defaultdict(Counter))
    by_type: dict[tuple[str, str], Counter] = field(default_factory=lambda: defaultdict(Counter))
    failures: list[dict[str, Any]] = field(default_factory=list)


def score_item(item: Item, events: Sequence[Event], into: SetScore) -> None:
    """Add one sentence's figures to ``into``."""
    c = into.counts[item.lang]
    tag_counters = [into.by_tag[(item.lang, t)] for t in item.tags]
    c["items"] += 1
    c["extracted"] += len(events)
    for tc in tag_counters:
        tc["items"] += 1
    expected_types = {x.event for x in item.events}

    def is_right(ev: Event) -> bool:
        return ev.event_type in expected_types or (ev.factuality != "asserted" and ev.event_type in item.traps)

    right = sum(1 for ev in events if is_right(ev))
    c["right"] += right
    for tc in tag_counters:
        tc["extracted"] += len(events)
        tc["right"] += right
    for ev in events:
        if not is_right(ev):
            into.by_type[(item.lang, ev.event_type)]["false"] += 1
            into.failures.append({"id": item.id, "lang": item.lang, "kind": "extra", "event": ev.event_type,
                                  "factuality": ev.factuality, "trigger": ev.evidence.trigger, "text": item.text})
    for x in item.events:
        same = [ev for ev in events if ev.event_type == x.event]
        if x.optional:
            continue
        tcount = into.by_type[(item.lang, x.event)]
        c["required"] += 1
        tcount["required"] += 1
        for tc in tag_counters:
            tc["required"] += 1
        if not same:
            into.failures.append({"id": item.id, "lang": item.lang, "kind": "miss", "event": x.event, "tags": list(item.tags),
                                  "got": [ev.event_type for ev in events], "text": item.text})
            continue
        c["found"] += 1
        tcount["found"] += 1
        for tc in tag_counters:
            tc["found"] += 1
        checks: list[tuple[str, bool]] = []
        if x.actor:
            checks.append(("actor", _side_ok(same, x, "actor")))
        if x.recipient:
            checks.append(("recipient", _side_ok(same, x, "recipient")))
        checks.append(("factuality", any(ev.factuality == x.factuality for ev in same)))
        if x.mode:
            checks.append(("mode", any(ev.mode == x.mode for ev in same)))
        if x.sanction_action:
            checks.append(("sanction_action", any(ev.sanction_action == x.sanction_action for ev in same)))
        if x.date:
            checks.append(("date", any(_date_ok(ev, x) for ev in same)))
        if x.size is not None:
            checks.append(("size", any(_size_ok(ev, x.size) for ev in same)))
        for name, ok in checks:
            c[name + "_n"] += 1
            c[name + "_ok"] += ok
            if name == "actor":
                tcount["actor_n"] += 1
                tcount["actor_ok"] += ok
                for tc in tag_counters:
                    tc["actor_n"] += 1
                    tc["actor_ok"] += ok
            if not ok:
                got = [(ev.event_type, sorted(_countries(ev, "actor")), sorted(_countries(ev, "recipient")),
                        ev.factuality, ev.mode, ev.sanction_action, ev.date.start, ev.size) for ev in same]
                into.failures.append({"id": item.id, "lang": item.lang, "kind": name, "event": x.event, "tags": list(item.tags),
                                      "want": {"actor": list(x.actor), "recipient": list(x.recipient),
                                               "factuality": x.factuality, "mode": x.mode,
                                               "sanction_action": x.sanction_action, "date": x.date, "size": x.size},
                                      "got": got, "text": item.text})
    for t in item.traps:
        if any(ev.event_type == t and ev.factuality == "asserted" for ev in events):
            c["traps"] += 1
            for tc in tag_counters:
                tc["traps"] += 1
            into.failures.append({"id": item.id, "lang": item.lang, "kind": "trap", "event": t, "tags": list(item.tags), "text": item.text})


def _r(n: int, d: int) -> float:
    return round(n / d, 3) if d else 0.0


def figures(c: Counter) -> dict[str, Any]:
    """Headline figures of one language's (or tag's) counts."""
    out: dict[str, Any] = {
        "items": c["items"],
        "required": c["required"],
        "found": c["found"],
        "type_recall": _r(c["found"], c["required"]),
        "precision": _r(c["right"], c["extracted"]),
        "extracted": c["extracted"],
        "traps": c["traps"],
    }
    for name in ("actor", "recipient", "factuality", "mode", "sanction_action", "date", "size"):
        if c[name + "_n"]:
            out[name + "_accuracy"] = _r(c[name + "_ok"], c[name + "_n"])
    return out


def summary(score: SetScore) -> dict[str, Any]:
    """Figures per language, per (language, tag) and per (language, type)."""
    return {
        "per_language": {lang: figures(c) for lang, c in sorted(score.counts.items())},
        "per_tag": {f"{lang}:{tag}": figures(c) for (lang, tag), c in sorted(score.by_tag.items())},
        "per_type": {f"{lang}:{t}": {"found": c["found"], "required": c["required"], "false": c["false"],
                                     "actor_accuracy": _r(c["actor_ok"], c["actor_n"])}
                     for (lang, t), c in sorted(score.by_type.items())},
    }


def evaluate_items(items: Iterable[Item], extract: Callable[[Document], list[Event]]) -> SetScore:
    """Extract each sentence's events in process and score them."""
    score = SetScore()
    for item in items:
        score_item(item, list(extract(item_document(item))), score)
    return score


__all__ = ["Expected", "Item", "SetScore", "evaluate_items", "figures", "item_document", "load_items",
           "parse_items", "score_item", "summary"]
