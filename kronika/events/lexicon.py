"""The event coder's lexicons, read from data and compiled once per language.

Everything language-specific the coder knows is in ``kronika/data/events/<lang>/``:

- ``triggers.yaml``: the words and multi-word expressions that report each event type
  (format documented at the top of each file);
- ``arguments.yaml``: prepositions and cases that mark recipients, relative pronouns,
  passive auxiliaries, clause boundaries, light verbs, coordinators;
- ``factuality.yaml``: negation, modal, intention, desire and hedge cues;
- ``attribution.yaml``: "according to", speech verbs;
- ``timing.yaml``: "earlier" and continuation cues for event dates;
- ``size.yaml``: quantity words ("more than", "several").

The files are compiled into frozen structures here so the matcher only does set
look-ups per token; users extend any file through :func:`kronika.resources.load`.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from typing import Any

from kronika.errors import DataFileError
from kronika.resources import load

LANGUAGES = ("en", "uk", "ru")


@dataclass(frozen=True, slots=True)
class Pattern:
    """A sequence of elements, each a set of lemma alternatives."""

    elements: tuple[frozenset[str], ...]
    ordered: bool = True
    gap: int = 3


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One lexicon entry: the expressions that report one kind of event, and how to code it."""

    id: str
    lang: str
    event_type: str
    mode: str | None
    cameo: str | None
    quad: int | None
    contexts: tuple[str, ...]
    sanction_action: str | None
    patterns: tuple[Pattern, ...]
    head: int = 0
    recipient: tuple[str, ...] = ()
    reciprocal: bool = False
    nominal: bool = False
    size: str | None = None
    domestic: bool = False
    when_negated: str | None = None
    intent_ok: bool = False
    frame: str | None = None
    speaker_is_actor: bool = False
    partial: str | None = None
    priority: int = 0
    #: the grammatical subject undergoes the event ("Kyiv came under attack")
    subject_is_recipient: bool = False
    #: actor and recipient change places ("X hosted Y": Y is the visitor, the actor of a visit)
    swap: bool = False
    #: an event of this kind needs a named other party ("the cabinet met" is not a meeting between actors)
    needs_recipient: bool = False
    #: decision (or "cameo:NNN") for a compound actor of several countries (one side's exercises -> joint)
    when_plural: str | None = None
    #: decision (or "cameo:NNN") when every actor is a government ("Warsaw protested": a diplomatic protest)
    when_government: str | None = None
    #: parts of speech the head may not have ("призвана" is not an appeal)
    exclude_pos: frozenset[str] = frozenset()
    #: ``order: passive``: the elements may come the other way round only when the head is a
    #: passive ("prisoners were released"), not in an active clause ("the prisoner's lawyer released")
    reversed_if_passive: bool = False
    #: entry id of the act this one answers ("agreed to meet" answers an invitation): with no
    #: recipient named, the actor of the latest such act in the document is the recipient
    responds_to: str | None = None

    @property
    def rule(self) -> str:
        return f"{self.lang}:triggers:{self.id}"


@dataclass(frozen=True, slots=True)
class Cues:
    """The function words and cue lists of one language (all lower-cased lemmas/forms)."""

    lang: str
    recipient_cues: dict[str, tuple[dict[str, Any], ...]]
    prepositions: frozenset[str]
    agent_prepositions: frozenset[str]
    location_prepositions: frozenset[str]
    relative_person: frozenset[str]
    relative_thing: frozenset[str]
    object_pronouns: frozenset[str]
    subject_pronouns: frozenset[str]
    coordinators: frozenset[str]
    clause_conjunctions: frozenset[str]
    passive_auxiliaries: frozenset[str]
    light_verbs: frozenset[str]
    implicative_verbs: frozenset[str]
    participle_suffixes: tuple[str, ...]
    apposition_openers: frozenset[str]
    infinitive_markers: frozenset[str]
    complementisers: frozenset[str]
    quantifiers: frozenset[str]
    institution_nouns: frozenset[str]
    until: frozenset[str]
    negation: frozenset[str]
    modal: frozenset[str]
    conditional: frozenset[str]
    intention: frozenset[str]
    desire: frozenset[str]
    hedge: frozenset[str]
    threat_conditions: tuple[tuple[str, ...], ...]
    partial: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]
    according_first: frozenset[str]
    speech_verbs: frozenset[str]
    source_nouns: frozenset[str]
    earlier: frozenset[str]
    continuation: frozenset[str]
    size_more: tuple[tuple[str, ...], ...]
    size_less: tuple[tuple[str, ...], ...]
    size_at_least: tuple[tuple[str, ...], ...]
    size_about: tuple[tuple[str, ...], ...]
    size_words: dict[str, tuple[int, int | None]] = field(default_factory=dict)
    #: nouns after which a number counts no people ("two years", "50 km")
    size_units: frozenset[str] = frozenset()
    patient_sectors: dict[str, str | None] = field(default_factory=dict)
    #: verbs of haste whose complement is the content of an appeal ("not to rush with the lifting")
    haste_verbs: frozenset[str] = frozenset()
    #: pronouns that stand like adjectives between a preposition and its noun ("зі своїм колегою")
    determiners: frozenset[str] = frozenset()
    #: verbs of remaining: a participle after them is a state that goes on ("remain banned")
    state_verbs: frozenset[str] = frozenset()
    #: "not ... until X": X is a condition ("will not reopen until Minsk releases", "доки не звільнить")
    until_conditions: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The compiled triggers and cues of one language."""

    lang: str
    entries: tuple[TriggerEntry, ...]
    #: lemma -> (entry index, pattern index, element index) for every element that may start a match
    index: dict[str, tuple[tuple[int, int, int], ...]]
    cues: Cues


def _words(value: Any) -> frozenset[str]:
    if not value:
        return frozenset()
    if isinstance(value, str):
        value = [value]
    return frozenset(str(v).lower() for v in value)


def _phrases(value: Any) -> tuple[tuple[str, ...], ...]:
    out = [tuple(str(p).lower().split()) for p in (value or ())]
    return tuple(sorted(out, key=len, reverse=True))


def _compile_pattern(text: str, order: str, gap: int, where: str) -> Pattern:
    elements = []
    for part in str(text).lower().split():
        alts = frozenset(a for a in part.split("|") if a)
        if not alts:
            raise DataFileError(f"{where}: empty element in pattern {text!r}")
        elements.append(alts)
    if not elements:
        raise DataFileError(f"{where}: empty pattern")
    return Pattern(tuple(elements), ordered=order == "fixed", gap=gap)


def _coding(raw: dict[str, Any], where: str) -> tuple[str, str | None, str | None, tuple[str, ...], str | None]:
    """(type, mode, cameo, contexts, sanction_action) of an entry: decision, CAMEO table, overrides."""
    from kronika.events import ontology

    event_type = mode = cameo = action = None
    contexts: tuple[str, ...] = ()
    if raw.get("decision"):
        try:
            d = ontology.decision(str(raw["decision"]))
        except KeyError as e:
            raise DataFileError(f"{where}: {e.args[0]}") from e
        event_type, mode, cameo, contexts, action = d["event"], d.get("mode"), d.get("cameo"), d["contexts"], d.get("sanction_action")
    if raw.get("cameo") is not None:
        cameo = str(raw["cameo"])
        if not event_type:
            found = ontology.cameo_to_plover(cameo)
            if found is None and not raw.get("type"):
                raise DataFileError(f"{where}: CAMEO {cameo} has no PLOVER type; give 'type'")
            if found:
                event_type, mode, contexts = found
    if raw.get("type"):
        event_type = str(raw["type"]).upper()
    if "mode" in raw:
        mode = raw["mode"] or None
    if "contexts" in raw:
        contexts = tuple(raw["contexts"] or ())
    if "sanction_action" in raw:
        action = raw["sanction_action"] or None
    if not event_type:
        raise DataFileError(f"{where}: needs 'decision', 'cameo' or 'type'")
    problems = ontology.validate(event_type, mode, contexts)
    if problems:
        raise DataFileError(f"{where}: {'; '.join(problems)}")
    if cameo is None:
        cameo = ontology.default_cameo(event_type, mode)
    return event_type, mode, cameo, tuple(contexts), action


def _entry(raw: dict[str, Any], lang: str, n: int) -> TriggerEntry:
    from kronika.events import ontology

    where = f"events/{lang}/triggers.yaml entry {raw.get('id', n)}"
    if not isinstance(raw, dict) or not raw.get("id") or not raw.get("patterns"):
        raise DataFileError(f"{where}: each entry needs 'id' and 'patterns'")
    event_type, mode, cameo, contexts, action = _coding(raw, where)
    order = str(raw.get("order", "fixed"))
    if order not in ("fixed", "any", "passive"):
        raise DataFileError(f"{where}: order must be fixed, any or passive, not {order!r}")
    gap = int(raw.get("gap", 3))
    patterns = tuple(_compile_pattern(p, order, gap, where) for p in raw["patterns"])
    recipient = raw.get("recipient") or ()
    if isinstance(recipient, str):
        recipient = [recipient]
    return TriggerEntry(
        id=str(raw["id"]),
        lang=lang,
        event_type=event_type,
        mode=mode,
        cameo=cameo,
        quad=ontology.EVENT_TYPES.get(event_type),
        contexts=contexts,
        sanction_action=action,
        patterns=patterns,
        head=int(raw.get("head", 0)),
        recipient=tuple(str(r) for r in recipient),
        reciprocal=bool(raw.get("reciprocal", False)),
        nominal=bool(raw.get("nominal", False)),
        size=raw.get("size") or None,
        domestic=bool(raw.get("domestic", False)),
        when_negated=raw.get("when_negated") or None,
        intent_ok=bool(raw.get("intent_ok", False)),
        frame=raw.get("frame") or None,
        speaker_is_actor=bool(raw.get("speaker_is_actor", False)),
        partial=raw.get("partial") or None,
        priority=int(raw.get("priority", 0)),
        subject_is_recipient=bool(raw.get("subject_is_recipient", False)),
        swap=bool(raw.get("swap", False)),
        needs_recipient=bool(raw.get("needs_recipient", False)),
        when_plural=raw.get("when_plural") or None,
        when_government=raw.get("when_government") or None,
        exclude_pos=frozenset(str(p) for p in raw.get("exclude_pos") or ()),
        reversed_if_passive=order == "passive",
        responds_to=raw.get("responds_to") or None,
    )


def _cues(lang: str) -> Cues:
    args = load(f"events/{lang}/arguments.yaml") or {}
    fact = load(f"events/{lang}/factuality.yaml") or {}
    att = load(f"events/{lang}/attribution.yaml") or {}
    tim = load(f"events/{lang}/timing.yaml") or {}
    siz = load(f"events/{lang}/size.yaml") or {}
    rc = args.get("recipient_cues") or {}
    if not isinstance(rc, dict):
        raise DataFileError(f"events/{lang}/arguments.yaml: recipient_cues must be a mapping")
    recipient_cues = {
        str(k): tuple({kk: (str(vv).lower() if isinstance(vv, str) else vv) for kk, vv in c.items()} for c in (v or ()))
        for k, v in rc.items()
    }
    words: dict[str, tuple[int, int | None]] = {}
    for w, rng in (siz.get("words") or {}).items():
        lo, hi = (list(rng) + [None])[:2] if isinstance(rng, list) else (rng, rng)
        words[str(w).lower()] = (int(lo), int(hi) if hi is not None else None)
    return Cues(
        lang=lang,
        recipient_cues=recipient_cues,
        prepositions=_words(args.get("prepositions")),
        agent_prepositions=_words(args.get("agent_prepositions")),
        location_prepositions=_words(args.get("location_prepositions")),
        relative_person=_words(args.get("relative_person")),
        relative_thing=_words(args.get("relative_thing")),
        object_pronouns=_words(args.get("object_pronouns")),
        subject_pronouns=_words(args.get("subject_pronouns")),
        coordinators=_words(args.get("coordinators")),
        clause_conjunctions=_words(args.get("clause_conjunctions")),
        passive_auxiliaries=_words(args.get("passive_auxiliaries")),
        light_verbs=_words(args.get("light_verbs")),
        implicative_verbs=_words(args.get("implicative_verbs")),
        participle_suffixes=tuple(str(s) for s in args.get("participle_suffixes") or ()),
        apposition_openers=_words(args.get("apposition_openers")),
        infinitive_markers=_words(args.get("infinitive_markers")),
        complementisers=_words(args.get("complementisers")),
        quantifiers=_words(args.get("quantifiers")),
        institution_nouns=_words(args.get("institution_nouns")),
        until=_words(tim.get("until")),
        negation=_words(fact.get("negation")),
        modal=_words(fact.get("modal")),
        conditional=_words(fact.get("conditional")),
        intention=_words(fact.get("intention")),
        desire=_words(fact.get("desire")),
        hedge=_words(fact.get("hedge")),
        threat_conditions=_phrases(fact.get("threat_conditions")),
        partial=_words(fact.get("partial")),
        according_to=_phrases(att.get("according_to")),
        according_first=frozenset(p[0] for p in _phrases(att.get("according_to"))),
        speech_verbs=_words(att.get("speech_verbs")),
        source_nouns=_words(att.get("source_nouns")),
        earlier=_words(tim.get("earlier")),
        continuation=_words(tim.get("continuation")),
        size_more=_phrases(siz.get("more_than")),
        size_less=_phrases(siz.get("less_than")),
        size_at_least=_phrases(siz.get("at_least")),
        size_about=_phrases(siz.get("about")),
        size_words=words,
        size_units=_words(siz.get("units")),
        patient_sectors={str(k).lower(): (str(v) if v else None) for k, v in (args.get("patient_sectors") or {}).items()},
        haste_verbs=_words(args.get("haste_verbs")),
        determiners=_words(args.get("determiners")),
        state_verbs=_words(args.get("state_verbs")),
        until_conditions=_words(fact.get("until_conditions")),
    )


@functools.lru_cache(maxsize=8)
def get_lexicon(lang: str) -> Lexicon:
    """The compiled lexicon of a language (loaded once per process)."""
    if lang not in LANGUAGES:
        raise DataFileError(f"events/{lang}: no event lexicon for language {lang!r} (have {', '.join(LANGUAGES)})")
    raw = load(f"events/{lang}/triggers.yaml") or []
    if not isinstance(raw, list):
        raise DataFileError(f"events/{lang}/triggers.yaml: expected a list of entries")
    entries = tuple(_entry(r, lang, n) for n, r in enumerate(raw))
    ids = {e.id for e in entries}
    for e in entries:
        if e.responds_to and e.responds_to not in ids:
            raise DataFileError(f"events/{lang}/triggers.yaml entry {e.id}: responds_to names no entry: {e.responds_to!r}")
    index: dict[str, list[tuple[int, int, int]]] = {}
    for ei, entry in enumerate(entries):
        for pi, pat in enumerate(entry.patterns):
            starts = range(len(pat.elements)) if not pat.ordered else (0,)
            for el in starts:
                for lemma in pat.elements[el]:
                    index.setdefault(lemma, []).append((ei, pi, el))
    return Lexicon(lang, entries, {k: tuple(v) for k, v in index.items()}, _cues(lang))
