"""Lemma candidates with grammemes for Ukrainian and Russian words.

pymorphy3 gives every reading of a word with its grammemes (case, gender, number,
tense, part of speech) in its own names (``nomn``, ``femn``, ``plur``, ``past``,
``NOUN``, ``VERB``, ``INFN``, ``PRTS``, ``ADJF`` ...); Kronika keeps all of them, ranked,
because the first one is often wrong for names (``Мінську`` -> ``мінський`` before
``мінськ``, ``Києві`` -> ``кий`` before ``київ``). Three fixes on top, all as extra or
re-ranked candidates, never by dropping a reading:

* simplemma knows proper nouns with their capital (``Києві`` -> ``Київ``): for a
  capitalised word whose simplemma lemma is a capitalised name, the readings with that
  lemma move to the front (or the lemma is added first when pymorphy3 lacks it);
* simplemma's lemma is added where it differs from every pymorphy3 lemma;
* capitalised words pymorphy3 does not know (or knows only as a surname) get the
  surname endings of ``kronika/data/language/<lang>/surnames.yaml`` undone
  (``Тихановской`` -> ``тихановская``) and their own lower-cased form as candidates.

Everything is cached per (language, word form): nothing is analysed twice.
"""

from __future__ import annotations

import functools
from typing import Any

from kronika.model import Parse
from kronika.resources import load

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'"})
#: pymorphy3 methods whose readings come from the dictionary (others are guesses)
_DICTIONARY_METHODS = ("DictionaryAnalyzer", "HyphenatedWordsAnalyzer", "NumberAnalyzer")
_NAME_GRAMMEMES = frozenset({"Surn", "Name", "Patr"})


@functools.lru_cache(maxsize=4)
def morph_analyzer(lang: str) -> Any:
    """The pymorphy3 analyser of a language (loading takes ~0.3 s, so once per process)."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@functools.lru_cache(maxsize=4)
def _surname_rules(lang: str) -> tuple[tuple[str, str, str], ...]:
    """(ending, nominative ending, gender), longest ending first."""
    rows = load(f"language/{lang}/surnames.yaml") or []
    rules = [
        (str(end), str(row["nominative"]), str(row.get("gender", "")))
        for row in rows
        for end in row.get("endings") or ()
    ]
    return tuple(sorted(rules, key=lambda r: -len(r[0])))


def surname_candidates(word: str, lang: str) -> list[Parse]:
    """Nominatives a capitalised inflected surname may have (heuristic, from data)."""
    low = word.lower()
    out: list[Parse] = []
    for ending, nominative, gender in _surname_rules(lang):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            tags = frozenset(t for t in ("NOUN", "Surn", "anim", gender) if t)
            out.append(Parse(low[: -len(ending)] + nominative, "NOUN", tags, 0.3))
            break
    return out


#: per pymorphy3 tag (an interned object per distinct tag): its grammemes and part of speech
_TAG_CACHE: dict[Any, tuple[frozenset[str], str | None]] = {}


def _tag_info(tag: Any) -> tuple[frozenset[str], str | None]:
    """Grammemes and part of speech of a pymorphy3 tag as plain strings, computed once per tag.

    A language has a few thousand distinct tags but a new word brings several readings,
    so building the frozenset once per tag instead of once per reading saves most of the
    per-word cost after pymorphy3's own look-up.
    """
    info = _TAG_CACHE.get(tag)
    if info is None:
        pos = tag.POS
        # plain strings: pymorphy3's grammeme objects raise on comparisons with unknown names
        info = _TAG_CACHE[tag] = (frozenset(str(g) for g in tag.grammemes), str(pos) if pos else None)
    return info


def _place_first(known: list[Parse]) -> list[Parse]:
    """Readings of a capitalised word with an inanimate common-noun reading moved first
    where pymorphy3 ranks an adjective or a personal name before it.

    ``Мінську`` -> ``мінськ`` before ``мінський``, ``Києві`` -> ``київ`` before the name
    ``кий``, ``Харкові`` -> ``харків`` before the surname ``харко``: the Ukrainian
    dictionary does not mark places (no ``Geox``), and a capitalised word whose
    dictionary readings include an inanimate noun next to a homonymous name or an
    adjective is, in news, almost always the place. A surname whose inanimate reading
    has the same lemma (``Білий``) keeps its order, so names stay names.
    """
    first = known[0]
    if first.pos == "NOUN" and not (first.tags & _NAME_GRAMMEMES):
        return known
    places = [
        p for p in known
        if p.pos == "NOUN" and "inan" in p.tags and not (p.tags & _NAME_GRAMMEMES) and p.lemma != first.lemma
    ]
    if not places:
        return known
    return places + [p for p in known if p not in places]


@functools.lru_cache(maxsize=300_000)
def parse_word(lang: str, word: str) -> tuple[Parse, ...]:
    """All lemma candidates of one Ukrainian or Russian word form, best first."""
    key = word.translate(_APOSTROPHES) if lang == "uk" else word
    readings = morph_analyzer(lang).parse(key)
    known: list[Parse] = []
    guessed: list[Parse] = []
    seen: set[tuple[str, frozenset[str]]] = set()
    name_in_dictionary = False
    tag_cache = _TAG_CACHE
    for r in readings:
        tag = r.tag
        info = tag_cache.get(tag) or _tag_info(tag)
        tags = info[0]
        sig = (r.normal_form, tags)
        if sig in seen:
            continue
        seen.add(sig)
        p = Parse(str(r.normal_form), info[1], tags, float(r.score))
        if r.methods_stack[0][0].__class__.__name__ in _DICTIONARY_METHODS:
            known.append(p)
            if not (tags & _NAME_GRAMMEMES) and "LATN" not in tags:
                name_in_dictionary = name_in_dictionary or "Geox" in tags or "Orgn" in tags
        else:
            guessed.append(p)
    capitalised = word[:1].isupper()
    if capitalised and len(known) > 1:
        known_ranked = _place_first(known)
    else:
        known_ranked = known
    parses = known_ranked + guessed
    lemmas = {p.lemma for p in parses}

    if capitalised and not name_in_dictionary:
        only_guesses = not known
        known_as_surname = bool(known) and bool(known[0].tags & _NAME_GRAMMEMES)
        if only_guesses or known_as_surname:
            extra = [p for p in surname_candidates(key, lang) if p.lemma not in lemmas]
            if only_guesses:
                # A name no dictionary knows: the heuristics beat pymorphy3's guesses.
                parses = extra + parses
            else:
                parses = parses + extra
            lemmas.update(p.lemma for p in extra)
            low = key.lower()
            if only_guesses and low not in lemmas:
                parses.append(Parse(low, "NOUN", frozenset({"NOUN"}), 0.1))
    if not parses:
        parses = [Parse(key.lower(), None, frozenset(), 0.1)]
    return tuple(parses)


@functools.lru_cache(maxsize=100_000)
def verb_tense(lang: str, word: str) -> str | None:
    """"future", "past" or None from the best pymorphy3 reading of a verb form.

    pymorphy3 alone, without simplemma: the time resolver needs only the tense, and
    simplemma's Russian dictionary takes seconds to load (``kronika dates`` stays fast).
    """
    key = word.translate(_APOSTROPHES) if lang == "uk" else word
    readings = morph_analyzer(lang).parse(key)
    if not readings:
        return None
    tag = readings[0].tag
    if tag.POS not in ("VERB", "PRTS"):
        return None
    if "futr" in tag:
        return "future"
    if "past" in tag:
        return "past"
    return None
