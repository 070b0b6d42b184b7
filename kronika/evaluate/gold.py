"""Gold annotations and the documents they annotate, read from their files.

A gold file has one JSON object a line: an event a coder should find (``required`` true
or false) or a *trap* (``"trap": true``): something a careless coder would emit from the
anchor sentence and must not. Each line names its sentence by an ``anchor`` phrase per
language. The format is the project's gold format (see the gold README of the shared
reference material); lines are kept as frozen records so a typo in a field name fails
loudly here rather than silently scoring nothing.

A manifest (one JSON object a line: ``doc``, ``path``, ``lang``, ``published``) names the
documents to score; gold lines that carry a ``doc`` apply to that document only, the
others to every document with an anchor in its language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from kronika.errors import InputError
from kronika.events.ontology import EVENT_TYPES, LEGACY_TYPES
from kronika.model import FACTUALITY


@dataclass(frozen=True, slots=True)
class GoldEvent:
    """One gold line: an event to find, or a trap (an asserted event that must not appear)."""

    key: str
    event: str
    anchor: dict[str, str]
    also_anchor: dict[str, str] = field(default_factory=dict)
    required: bool = False
    trap: bool = False
    reciprocal: bool = False
    actor: tuple[str, ...] = ()
    recipient: tuple[str, ...] = ()
    actor_sector: str | None = None
    recipient_sector: str | None = None
    mode: str | None = None
    #: [earliest, latest] ISO dates the event's own date must lie in
    date: tuple[str, str] | None = None
    factuality: str = "asserted"
    attribution: str | None = None
    sanction_action: str | None = None
    size: dict[str, Any] = field(default_factory=dict)
    #: the document this line belongs to; None: every document with an anchor in its language
    doc: str | None = None
    #: the line as read (notes and fields Kronika does not score)
    raw: dict[str, Any] = field(default_factory=dict)

    def anchors(self, lang: str) -> list[str]:
        """The anchor phrases of this line in one language (anchor first, then also_anchor)."""
        return [a for a in (self.anchor.get(lang), self.also_anchor.get(lang)) if a]

    def applies_to(self, doc: str, lang: str) -> bool:
        """Whether the line concerns this document: same ``doc`` (or none) and an anchor in ``lang``."""
        return self.doc in (None, doc) and bool(self.anchor.get(lang))


def parse_gold_line(obj: Any, where: str) -> GoldEvent:
    """One gold line from its JSON object; InputError names ``where`` and the problem."""
    if not isinstance(obj, dict):
        raise InputError(f"{where}: a gold line must be a JSON object")
    key = obj.get("key")
    event = obj.get("event")
    if not key or not isinstance(key, str):
        raise InputError(f"{where}: missing 'key'")
    if event not in EVENT_TYPES:
        hint = f" (old name: use {LEGACY_TYPES[event][0]})" if event in LEGACY_TYPES else ""
        raise InputError(f"{where}: {key}: unknown event type {event!r}{hint}")
    anchor = obj.get("anchor")
    if not isinstance(anchor, dict) or not anchor:
        raise InputError(f"{where}: {key}: 'anchor' must map languages to phrases")
    also = obj.get("also_anchor") or {}
    if not isinstance(also, dict):
        raise InputError(f"{where}: {key}: 'also_anchor' must map languages to phrases")
    rng = obj.get("date")
    if rng is not None:
        if not (isinstance(rng, list) and len(rng) >= 2 and all(isinstance(x, str) for x in rng[:2])):
            raise InputError(f"{where}: {key}: 'date' must be [earliest, latest]")
        rng = (rng[0], rng[1])
    fact = obj.get("factuality", "asserted")
    if fact not in FACTUALITY:
        raise InputError(f"{where}: {key}: unknown factuality {fact!r}")
    for side in ("actor", "recipient"):
        if not isinstance(obj.get(side, []), list):
            raise InputError(f"{where}: {key}: '{side}' must be a list of country codes")
    return GoldEvent(
        key=key,
        event=event,
        anchor={str(k): str(v) for k, v in anchor.items() if v},
        also_anchor={str(k): str(v) for k, v in also.items() if v},
        required=bool(obj.get("required", False)),
        trap=bool(obj.get("trap", False)),
        reciprocal=bool(obj.get("reciprocal", False)),
        actor=tuple(obj.get("actor") or ()),
        recipient=tuple(obj.get("recipient") or ()),
        actor_sector=obj.get("actor_sector"),
        recipient_sector=obj.get("recipient_sector"),
        mode=obj.get("mode"),
        date=rng,
        factuality=fact,
        attribution=obj.get("attribution"),
        sanction_action=obj.get("sanction_action"),
        size=dict(obj.get("size") or {}),
        doc=obj.get("doc"),
        raw=dict(obj),
    )


def _json_lines(path: Path) -> list[tuple[int, Any]]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: cannot read: {e}") from e
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append((n, json.loads(line)))
        except json.JSONDecodeError as e:
            raise InputError(f"{path}: line {n}: not JSON: {e.msg}") from e
    return out


def load_gold(path: str | Path) -> list[GoldEvent]:
    """All lines of a gold file, checked; duplicate keys of the same document are an error."""
    p = Path(path)
    gold = [parse_gold_line(obj, f"{p}: line {n}") for n, obj in _json_lines(p)]
    seen: set[tuple[str, str | None]] = set()
    for g in gold:
        if (g.key, g.doc) in seen:
            raise InputError(f"{p}: key {g.key} appears twice")
        seen.add((g.key, g.doc))
    if not gold:
        raise InputError(f"{p}: no gold lines")
    return gold


@dataclass(frozen=True, slots=True)
class DocSpec:
    """A document to score: its name in the gold file, where it is, its language and date."""

    doc: str
    path: str
    lang: str | None = None
    published: date | None = None


def load_manifest(path: str | Path) -> list[DocSpec]:
    """A manifest in the acceptance scorer's format.

    A relative ``path`` is taken as given when it exists from the working folder (as the
    acceptance scorer does), else relative to the manifest's own folder, so a manifest
    kept beside its documents works from anywhere.
    """
    p = Path(path)
    specs = []
    for n, obj in _json_lines(p):
        where = f"{p}: line {n}"
        if not isinstance(obj, dict) or not obj.get("doc") or not obj.get("path"):
            raise InputError(f"{where}: a manifest line needs 'doc' and 'path'")
        doc_path = Path(obj["path"])
        if not doc_path.is_absolute() and not doc_path.exists() and (p.parent / doc_path).exists():
            doc_path = p.parent / doc_path
        published = None
        if obj.get("published"):
            try:
                published = date.fromisoformat(str(obj["published"]))
            except ValueError as e:
                raise InputError(f"{where}: 'published' is not YYYY-MM-DD: {obj['published']!r}") from e
        specs.append(DocSpec(str(obj["doc"]), str(doc_path), obj.get("lang"), published))
    if not specs:
        raise InputError(f"{p}: no documents")
    return specs


__all__ = ["DocSpec", "GoldEvent", "load_gold", "load_manifest", "parse_gold_line"]
