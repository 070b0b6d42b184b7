"""The PLOVER ontology Kronika codes to: event types, quads, modes, contexts, CAMEO codes.

Everything here is read from the data files in ``kronika/data/ontology/`` (through
:func:`kronika.resources.load`) so that the vocabulary lives in one place that users can
read and extend, and the coder, the exporters and the scorers agree on it:

- ``plover.yaml``: types with their quad, modes and whether a recipient is required;
  contexts; sectors; non-state actor codes.
- ``cameo_plover.tsv``: the CAMEO -> PLOVER (event, mode, contexts) table, derived from
  the Open Event Data Alliance's CAMEO2PLOVER-2021 table (CC BY-SA 4.0) by
  ``scripts/generate_cameo_table.py``.
- ``cameo_kronika.tsv``: where Kronika's coding decisions depart from that table.
- ``decisions.yaml``: Kronika's coding decisions (sanctions, releases, meetings, ...).
- ``legacy.yaml``: old PLOVER type names and CAMEO-era actor codes.

The module-level tables are plain values built at import (treat them as read-only): they are small,
and a coder that consults them per token must not pay for a function call into YAML.
The CAMEO tables are loaded on first use only.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Any, Mapping

from kronika.errors import DataFileError
from kronika.resources import load

_PLOVER_FILE = "ontology/plover.yaml"
_CAMEO_FILE = "ontology/cameo_plover.tsv"
_KRONIKA_CAMEO_FILE = "ontology/cameo_kronika.tsv"
_DECISIONS_FILE = "ontology/decisions.yaml"
_LEGACY_FILE = "ontology/legacy.yaml"


def _plover() -> dict[str, Any]:
    data = load(_PLOVER_FILE)
    if not isinstance(data, dict) or not isinstance(data.get("event_types"), dict):
        raise DataFileError(f"{_PLOVER_FILE}: expected a mapping with 'event_types'")
    for name, spec in data["event_types"].items():
        if not isinstance(spec, dict) or spec.get("quad") not in (1, 2, 3, 4):
            raise DataFileError(f"{_PLOVER_FILE}: event type {name} needs a quad 1-4")
    return data


_DATA = _plover()

#: event type -> quad class (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict)
EVENT_TYPES: dict[str, int] = {t: int(s["quad"]) for t, s in _DATA["event_types"].items()}

#: quad class -> its name
QUAD_NAMES: dict[int, str] = {int(k): str(v) for k, v in _DATA.get("quad_names", {}).items()}

#: event type -> the modes PLOVER defines for it (empty for types without modes)
MODES: dict[str, tuple[str, ...]] = (
    {t: tuple(s.get("modes") or ()) for t, s in _DATA["event_types"].items()}
)

#: event types whose events need a recipient (COOPERATE, AID, SANCTION)
RECIPIENT_REQUIRED: frozenset[str] = frozenset(t for t, s in _DATA["event_types"].items() if s.get("recipient_required"))

#: event type -> a one-line description of what it covers
DESCRIPTIONS: dict[str, str] = (
    {t: str(s.get("description", "")) for t, s in _DATA["event_types"].items()}
)

#: event type -> its general CAMEO code (AGREE -> 030), for events no finer code fits
GENERAL_CAMEO: dict[str, str] = {t: str(s["cameo"]) for t, s in _DATA["event_types"].items() if s.get("cameo")}

#: PLOVER contexts (an event may carry several)
CONTEXTS: tuple[str, ...] = tuple(_DATA.get("contexts") or ())

_SECTOR_GROUPS: dict[str, dict[str, str]] = _DATA.get("sectors") or {}
#: sector code -> meaning (frequent sectors first)
SECTOR_NAMES: dict[str, str] = (
    {code: meaning for group in _SECTOR_GROUPS.values() for code, meaning in group.items()}
)
#: all sector codes, frequent ones first
SECTORS: tuple[str, ...] = tuple(SECTOR_NAMES)
#: the sectors PLOVER calls frequent
FREQUENT_SECTORS: tuple[str, ...] = tuple((_SECTOR_GROUPS.get("frequent") or {}).keys())

#: country codes of actors that belong to no single state (EUR, IGO, UNO, NGO, MNC, IMG, ISM) -> meaning
NON_STATE_CODES: dict[str, str] = dict(_DATA.get("non_state_codes") or {})

_LEGACY = load(_LEGACY_FILE) or {}
#: PLOVER 0.5 type name -> (current type, mode or None), e.g. DISAPPROVE -> (ACCUSE, disapprove)
LEGACY_TYPES: dict[str, tuple[str, str | None]] = (
    {old: (str(new[0]), new[1] if len(new) > 1 else None) for old, new in (_LEGACY.get("event_types") or {}).items()}
)
#: CAMEO-era country code -> ISO 3166 alpha-3, e.g. JAP -> JPN
LEGACY_ACTOR_CODES: dict[str, str] = dict(_LEGACY.get("actor_codes") or {})
#: CAMEO-era sector spelling -> PLOVER sector
LEGACY_SECTORS: dict[str, str] = dict(_LEGACY.get("sectors") or {})


# --------------------------------------------------------------------------- types


def quad_of(event_type: str) -> int:
    """The quad class of an event type (old PLOVER names accepted); KeyError names the type."""
    current = current_type(event_type)
    if current not in EVENT_TYPES:
        raise KeyError(f"unknown PLOVER event type: {event_type!r}")
    return EVENT_TYPES[current]


def current_type(event_type: str) -> str:
    """The PLOVER 0.8 name of a type: DEMAND -> REQUEST, FIGHT -> ASSAULT; others unchanged."""
    name = event_type.strip().upper()
    return LEGACY_TYPES[name][0] if name in LEGACY_TYPES else name


def modernise(event_type: str, mode: str | None = None) -> tuple[str, str | None]:
    """(type, mode) in PLOVER 0.8 terms: DISAPPROVE -> (ACCUSE, disapprove); a given mode wins."""
    name = event_type.strip().upper()
    if name in LEGACY_TYPES:
        new, legacy_mode = LEGACY_TYPES[name]
        return new, mode or legacy_mode
    return name, mode


def requires_recipient(event_type: str) -> bool:
    """Whether PLOVER requires a recipient for this type (COOPERATE, AID, SANCTION)."""
    return current_type(event_type) in RECIPIENT_REQUIRED


def iso_country(code: str | None) -> str | None:
    """An actor's country code in ISO 3166 alpha-3 terms: legacy CAMEO codes mapped (JAP -> JPN)."""
    if not code:
        return code
    c = code.strip().upper()
    return LEGACY_ACTOR_CODES.get(c, c)


def is_non_state(code: str | None) -> bool:
    """Whether a country code stands for a non-state actor (EUR, IGO, UNO, NGO, ...)."""
    return bool(code) and code.strip().upper() in NON_STATE_CODES


def validate(
    event_type: str,
    mode: str | None,
    contexts: Iterable[str] = (),
    *,
    recipient: Sequence[Any] | None = None,
) -> list[str]:
    """The problems of an (event type, mode, contexts) triple; an empty list means valid.

    Returns messages rather than raising so a coder or a user-data check can report every
    problem of a rule at once. ``recipient``, when given, is checked against the types
    that require one.
    """
    problems: list[str] = []
    if event_type not in EVENT_TYPES:
        if event_type in LEGACY_TYPES:
            new, m = LEGACY_TYPES[event_type]
            problems.append(f"{event_type} is an old PLOVER name: use {new}" + (f" with mode {m}" if m else ""))
        else:
            problems.append(f"unknown event type {event_type!r}; PLOVER has {', '.join(EVENT_TYPES)}")
    elif mode is not None:
        allowed = MODES[event_type]
        if not allowed:
            problems.append(f"{event_type} has no modes, got {mode!r}")
        elif mode not in allowed:
            problems.append(f"mode {mode!r} is not a mode of {event_type} ({', '.join(allowed)})")
    ctx = list(contexts or ())
    if isinstance(contexts, str):
        problems.append(f"contexts must be a list, got the string {contexts!r}")
        ctx = [contexts]
    for c in ctx:
        if c not in CONTEXTS:
            problems.append(f"unknown context {c!r}")
    if recipient is not None and not recipient and event_type in RECIPIENT_REQUIRED:
        problems.append(f"{event_type} requires a recipient")
    return problems


# --------------------------------------------------------------------------- CAMEO


def _row_triple(row: Mapping[str, str], source: str) -> tuple[str, str | None, tuple[str, ...]]:
    event = (row.get("event") or "").strip()
    if event not in EVENT_TYPES:
        raise DataFileError(f"{source}: CAMEO {row.get('cameo')}: unknown event type {event!r}")
    mode = (row.get("mode") or "").strip() or None
    contexts = tuple(c.strip() for c in (row.get("contexts") or "").split(";") if c.strip())
    return event, mode, contexts


@functools.cache
def _cameo_tables() -> tuple[dict[str, tuple[str, str | None, tuple[str, ...]]], dict[str, tuple[str, str | None, tuple[str, ...]]], dict[str, str]]:
    published: dict[str, tuple[str, str | None, tuple[str, ...]]] = {}
    descriptions: dict[str, str] = {}
    for row in load(_CAMEO_FILE):
        code = row.get("cameo", "").strip()
        if not code.isdigit():
            raise DataFileError(f"{_CAMEO_FILE}: bad CAMEO code {code!r}")
        published.setdefault(code, _row_triple(row, _CAMEO_FILE))
        descriptions.setdefault(code, row.get("description", ""))
    kronika = dict(published)
    for row in load(_KRONIKA_CAMEO_FILE):
        code = row.get("cameo", "").strip()
        if not code.isdigit():
            raise DataFileError(f"{_KRONIKA_CAMEO_FILE}: bad CAMEO code {code!r}")
        kronika[code] = _row_triple(row, _KRONIKA_CAMEO_FILE)
    return published, kronika, descriptions


def cameo_to_plover(code: str, *, published: bool = False) -> tuple[str, str | None, tuple[str, ...]] | None:
    """The PLOVER (event type, mode, contexts) of a CAMEO code, or None where none applies.

    Kronika's coding decisions (``cameo_kronika.tsv``) take precedence over the published
    table unless ``published`` is true. A code the table lacks falls back to its parent
    (``0845`` -> ``084``), since CAMEO codes are hierarchical; CAMEO 01 and 02 (statements
    and appeals in general) have no PLOVER counterpart in the table and give None.
    """
    c = str(code).strip()
    if not c.isdigit():
        return None
    table = _cameo_tables()[0 if published else 1]
    while len(c) >= 2:
        if c in table:
            return table[c]
        c = c[:-1]
    return None


def cameo_description(code: str) -> str | None:
    """CAMEO's own name for a code ("Discuss by telephone"), where the table gives one."""
    return _cameo_tables()[2].get(str(code).strip()) or None


def cameo_codes(event_type: str, mode: str | None = None) -> tuple[str, ...]:
    """The CAMEO codes that map to a PLOVER type (and mode, if given), most general first."""
    _, kronika, _ = _cameo_tables()
    out = [c for c, (t, m, _) in kronika.items() if t == event_type and (mode is None or m == mode)]
    return tuple(sorted(out, key=lambda c: (len(c), c)))


def default_cameo(event_type: str, mode: str | None = None) -> str | None:
    """The most general CAMEO code for a type and mode, for an event no decision names.

    With a mode, the shortest code carrying it (CONSULT/phone -> 041); otherwise, or when
    no code carries that mode (CONSULT/multilateral), the type's general code in
    ``plover.yaml`` (CONSULT -> 040).
    """
    if mode:
        with_mode = cameo_codes(event_type, mode)
        if with_mode:
            return with_mode[0]
    return GENERAL_CAMEO.get(current_type(event_type))


# --------------------------------------------------------------------------- decisions


@functools.cache
def _decisions() -> dict[str, dict[str, Any]]:
    data = load(_DECISIONS_FILE)
    if not isinstance(data, dict):
        raise DataFileError(f"{_DECISIONS_FILE}: expected a mapping of decision name -> entry")
    out: dict[str, dict[str, Any]] = {}
    for name, entry in data.items():
        if not isinstance(entry, dict) or entry.get("event") not in EVENT_TYPES:
            raise DataFileError(f"{_DECISIONS_FILE}: decision {name!r} needs a known 'event'")
        problems = validate(entry["event"], entry.get("mode"), entry.get("contexts") or ())
        if problems:
            raise DataFileError(f"{_DECISIONS_FILE}: decision {name!r}: {'; '.join(problems)}")
        e = dict(entry)
        e["name"] = name
        e["cameo"] = str(e["cameo"]) if e.get("cameo") is not None else None
        e["quad"] = EVENT_TYPES[e["event"]]
        e["contexts"] = tuple(e.get("contexts") or ())
        e["sanction_actions"] = tuple(e.get("sanction_actions") or ())
        e["sanction_action"] = e["sanction_actions"][0] if e["sanction_actions"] else None
        out[str(name)] = e
    return out


def decision_names() -> tuple[str, ...]:
    """The names of Kronika's coding decisions (``meeting``, ``sanctions_imposed``, ...)."""
    return tuple(_decisions())


def decision(name: str) -> dict[str, Any]:
    """One coding decision: ``event``, ``mode``, ``cameo``, ``quad``, ``contexts``,
    ``sanction_action`` (the default one) and ``sanction_actions``; a copy, safe to change.

    KeyError lists the known names.
    """
    table = _decisions()
    if name not in table:
        raise KeyError(f"no coding decision {name!r}; known: {', '.join(table)}")
    return dict(table[name])


def decision_for_sanction_action(action: str) -> dict[str, Any]:
    """The coding decision for a ``sanction_action`` value, with that action set.

    ``lift`` -> RETREAT 085, ``refuse_to_lift`` -> REJECT/yield 1244, ...
    """
    for entry in _decisions().values():
        if action in entry["sanction_actions"]:
            out = dict(entry)
            out["sanction_action"] = action
            return out
    raise KeyError(f"no coding decision covers sanction_action {action!r}")


__all__ = [
    "CONTEXTS", "DESCRIPTIONS", "EVENT_TYPES", "FREQUENT_SECTORS", "GENERAL_CAMEO", "LEGACY_ACTOR_CODES", "LEGACY_SECTORS",
    "LEGACY_TYPES", "MODES", "NON_STATE_CODES", "QUAD_NAMES", "RECIPIENT_REQUIRED", "SECTORS", "SECTOR_NAMES",
    "cameo_codes", "cameo_description", "cameo_to_plover", "current_type", "decision", "decision_for_sanction_action",
    "decision_names", "default_cameo", "is_non_state", "iso_country", "modernise", "quad_of", "requires_recipient",
    "validate",
]
