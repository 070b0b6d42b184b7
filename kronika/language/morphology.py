"""Lemma candidates with grammemes for Ukrainian and Russian words.

pymorphy3 gives every reading of a word with its grammemes (case, gender, number,
tense, part of speech) in its own names (``nomn``, ``femn``, ``plur``, ``past``,
``NOUN``, ``VERB``, ``INFN``, ``PRTS``, ``ADJF`` ...); Kronika keeps all of them, ranked,
because the first one is often wrong for names (``Мінську`` -> ``мінський`` before
``мінськ``, ``Києві`` -> ``кий`` before ``київ``). Fixes on top, all as extra or
re-ranked candidates, never by dropping a reading:

* a capitalised word's place reading moves in front of an adjective or a personal
  name that pymorphy3 ranks first (:func:`_place_first`);
* capitalised words pymorphy3 does not know (or knows only as a surname) get the
  surname endings of ``kronika/data/language/<lang>/surnames.yaml`` undone
  (``Тихановской`` -> ``тихановская``), a foreign name its bare stem (``Шольца`` ->
  ``шольц``), and their own lower-cased form as candidates;
* a Ukrainian gerund gets its infinitive (``направляючи`` -> ``направляти``).

Why no simplemma here (English still uses it): its Russian and Ukrainian dictionaries
took 1.7 s and ~200 MB to load, a third of a short run, and measured on every word
form of the test and evaluation texts it changed the first lemma of some fifty words,
half of them for the worse (``Зеленского`` -> ``зеленсхто``, ``Генеральная`` ->
``ассамблея``); the good half is what the rules above do.

Everything is cached per (language, word form): nothing is analysed twice.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
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
def _surname_rules(lang: str) -> tuple[tuple[str, str, str, bool], ...]:
    """(ending, nominative ending, gender, fallback), longest ending first."""
    rows = load(f"language/{lang}/surnames.yaml") or []
    rules = [
        (str(end), str(row.get("nominative") or ""), str(row.get("gender", "")), bool(row.get("fallback")))
        for row in rows
        for end in row.get("endings") or ()
    ]
    return tuple(sorted(rules, key=lambda r: (r[3], -len(r[0]))))


_VOWELS = frozenset("аеєиіїоуюяыэёьй'")


def surname_candidates(word: str, lang: str, fallback: bool = False) -> list[Parse]:
    """Nominatives a capitalised inflected surname may have (heuristic, from data).

    ``fallback``: the consonant-stem rows instead (``Шольца`` -> ``шольц``), for a name
    no surname ending fits; only a stem ending in a consonant qualifies.
    """
    low = word.lower()
    out: list[Parse] = []
    for ending, nominative, gender, is_fallback in _surname_rules(lang):
        if is_fallback != fallback or not low.endswith(ending) or len(low) <= len(ending) + 2:
            continue
        stem = low[: -len(ending)]
        if is_fallback and stem[-1] in _VOWELS:
            continue
        tags = frozenset(t for t in ("NOUN", "Surn", "anim", gender) if t)
        out.append(Parse(stem + nominative, "NOUN", tags, 0.05 if is_fallback else 0.3))
        break
    return out


#: id(pymorphy3 tag) -> (the tag, its grammemes, its part of speech); the tag is kept in
#: the value so that its id can never be reused by another object
_TAG_CACHE: dict[int, tuple[Any, frozenset[str], str | None]] = {}


def _tag_info(tag: Any) -> tuple[Any, frozenset[str], str | None]:
    """Grammemes and part of speech of a pymorphy3 tag as plain strings, computed once per tag.

    A dictionary has a few hundred distinct tag objects (shared by all its words) but a new
    word brings several readings: building the frozenset once per tag instead of once per
    reading, and finding it by ``id`` (pymorphy3 hashes a tag in Python code), halves the
    cost of a new word after pymorphy3's own look-up.
    """
    info = _TAG_CACHE.get(id(tag))
    if info is None:
        pos = tag.POS
        # plain strings: pymorphy3's grammeme objects raise on comparisons with unknown names
        info = _TAG_CACHE[id(tag)] = (tag, frozenset(str(g) for g in tag.grammemes), str(pos) if pos else None)
    return info


def _parse_factory() -> Callable[[str, str | None, frozenset[str], float], Parse]:
    """A maker of :class:`Parse` twice as fast as its constructor (see ``base._token_factory``)."""
    names = tuple(f.name for f in dataclasses.fields(Parse))
    if names != ("lemma", "pos", "tags", "score"):
        raise RuntimeError(f"Parse fields changed to {names}: update kronika.language.morphology._parse_factory")
    new = object.__new__
    set_lemma, set_pos = Parse.lemma.__set__, Parse.pos.__set__  # type: ignore[attr-defined]
    set_tags, set_score = Parse.tags.__set__, Parse.score.__set__  # type: ignore[attr-defined]

    def make(lemma: str, pos: str | None, tags: frozenset[str], score: float) -> Parse:
        p = new(Parse)
        set_lemma(p, lemma)
        set_pos(p, pos)
        set_tags(p, tags)
        set_score(p, score)
        return p

    return make


make_parse = _parse_factory()


#: class of a pymorphy3 unit -> whether its readings come from the dictionary
_DICTIONARY_UNIT: dict[type, bool] = {}


def _is_dictionary_unit(unit: Any) -> bool:
    """Whether a pymorphy3 unit reads the dictionary (its class name, looked up once per class)."""
    cls = type(unit)
    known = _DICTIONARY_UNIT.get(cls)
    if known is None:
        known = _DICTIONARY_UNIT[cls] = cls.__name__ in _DICTIONARY_METHODS
    return known


def _raw_parse(lang: str, word: str) -> list[tuple[Any, ...]]:
    """pymorphy3's readings of ``word`` as plain tuples (word, tag, normal form, score, methods).

    ``MorphAnalyzer.parse`` less its last step, which wraps each reading in a named tuple
    that Kronika unpacks at once (a tenth of the cost of a new word); it uses the
    analyser's documented pipeline of units and its probability estimator.
    """
    morph = morph_analyzer(lang)
    units = getattr(morph, "_units", None)
    if units is None:  # another pymorphy3 version: the public call, unwrapped
        return [tuple(p) for p in morph.parse(word)]
    res: list[tuple[Any, ...]] = []
    seen: set[Any] = set()
    word_lower = word.lower()
    for unit, is_terminal in units:
        res.extend(unit.parse(word, word_lower, seen))
        if is_terminal and res:
            break
    estimator = getattr(morph, "prob_estimator", None)
    if estimator is not None:
        res = estimator.apply_to_parses(word, word_lower, res)
    return res


def _place_first(known: list[Parse], lang: str) -> list[Parse]:
    """Readings of a capitalised word with its place reading moved first where pymorphy3
    ranks an adjective or a personal name before it (never dropping a reading).

    Three regular patterns, each a known weak spot of the dictionaries' ranking:

    * a ``Geox`` reading (the Russian dictionary marks places) after a non-name reading;
    * an inanimate noun after the adjective derived from it (``Мінську``: ``мінськ``
      before ``мінський``; ``Минском``; ``Куп'янська``);
    * Ukrainian: a place in ``-ів``/``-їв`` whose oblique stem (``Києв-``, ``Харков-``,
      ``Львов-``) pymorphy3 reads first as a name or surname (``кий``, ``харко``, ``львов``).

    A person's name with a common-noun homonym (``Путина``, ``Марко``) keeps its order.
    """
    first = known[0]
    first_is_name = bool(first.tags & _NAME_GRAMMEMES)
    if "Geox" in first.tags:
        return known
    if first.pos == "ADJF":
        stem = first.lemma
        places = [
            p for p in known
            if ("Geox" in p.tags and not first_is_name)
            or (p.pos == "NOUN" and "inan" in p.tags and stem.startswith(p.lemma) and 0 < len(stem) - len(p.lemma) <= 2)
        ]
    elif first_is_name and lang == "uk":
        places = [
            p for p in known
            if p.pos == "NOUN" and "inan" in p.tags and p.lemma.endswith(("ів", "їв")) and p.lemma != first.lemma
            and not (p.tags & _NAME_GRAMMEMES)
        ]
    elif not first_is_name:
        places = [p for p in known if "Geox" in p.tags]
    else:
        return known
    if not places:
        return known
    return places + [p for p in known if p not in places]


def _from_dictionary(reading: Any) -> bool:
    """Whether a pymorphy3 reading (a named tuple) comes from the dictionary rather than a guess."""
    return _is_dictionary_unit(reading.methods_stack[0][0])


#: Ukrainian gerund endings -> infinitive endings to try (the stem kept)
_UK_GERUND = (
    ("ючись", ("тися", "ватися")), ("учись", ("тися",)), ("ячись", ("тися", "итися", "ітися")),
    ("ачись", ("тися", "итися", "ітися")), ("вшись", ("тися",)),
    ("ючи", ("ти", "вати")), ("учи", ("ти",)), ("ячи", ("ти", "ити", "іти")), ("ачи", ("ти", "ити", "іти")),
    ("вши", ("ти",)),
)
#: labial + л in the present stem, dropped in the infinitive (роблячи -> робити)
_EPENTHETIC_L = ("бл", "пл", "вл", "мл", "фл")


def _uk_gerund_infinitive(word: str) -> str | None:
    """The infinitive of a Ukrainian gerund (``направляючи`` -> ``направляти``), or None.

    The Ukrainian dictionary of pymorphy3 keeps a gerund as its own lemma, while event
    triggers are listed by infinitive; the candidates made by swapping the ending are
    kept only when the dictionary knows them as infinitives, so a guess never invents a verb.
    """
    low = word.lower()
    analyzer = morph_analyzer("uk")
    for ending, infinitives in _UK_GERUND:
        if not low.endswith(ending) or len(low) <= len(ending) + 1:
            continue
        stem = low[: -len(ending)]
        stems = ([stem[:-1]] if stem.endswith(_EPENTHETIC_L) else []) + [stem]
        for st in stems:
            for inf in infinitives:
                cand = st + inf
                for r in analyzer.parse(cand):
                    if r.normal_form == cand and _from_dictionary(r):
                        # grammemes as plain strings: pymorphy3 raises on "infn" for some tags
                        _, grammemes, pos = _tag_info(r.tag)
                        if "infn" in grammemes or pos == "INFN":
                            return cand
        return None
    return None


@functools.lru_cache(maxsize=300_000)
def parse_word(lang: str, word: str) -> tuple[Parse, ...]:
    """All lemma candidates of one Ukrainian or Russian word form, best first."""
    key = word.translate(_APOSTROPHES) if lang == "uk" else word
    known: list[Parse] = []
    guessed: list[Parse] = []
    seen: set[tuple[str, frozenset[str]]] = set()
    name_in_dictionary = False
    tag_cache = _TAG_CACHE
    dictionary_unit = _DICTIONARY_UNIT
    for _form, tag, normal_form, score, methods in _raw_parse(lang, key):
        info = tag_cache.get(id(tag)) or _tag_info(tag)
        tags = info[1]
        sig = (normal_form, tags)
        if sig in seen:
            continue
        seen.add(sig)
        p = make_parse(normal_form, info[2], tags, float(score))
        unit = methods[0][0]
        if dictionary_unit.get(type(unit)) or _is_dictionary_unit(unit):
            known.append(p)
            if not name_in_dictionary and ("Geox" in tags or "Orgn" in tags) and not (tags & _NAME_GRAMMEMES) and "LATN" not in tags:
                name_in_dictionary = True
        else:
            guessed.append(p)
    capitalised = word[:1].isupper()
    if capitalised and len(known) > 1:
        known_ranked = _place_first(known, lang)
    else:
        known_ranked = known
    parses = known_ranked + guessed
    lemmas = {p.lemma for p in parses}
    if lang == "uk" and known and known[0].pos == "GRND":
        infinitive = _uk_gerund_infinitive(key)
        if infinitive and infinitive not in lemmas:
            parses.append(Parse(infinitive, "GRND", known[0].tags, 0.5))
            lemmas.add(infinitive)

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
            if only_guesses and not extra:
                # a foreign name on a consonant (Шольца): its bare stem, after the guesses
                more = [p for p in surname_candidates(key, lang, fallback=True) if p.lemma not in lemmas]
                parses = parses + more
                lemmas.update(p.lemma for p in more)
            if only_guesses and low not in lemmas:
                parses.append(Parse(low, "NOUN", frozenset({"NOUN"}), 0.1))
    if not parses:
        parses = [Parse(key.lower(), None, frozenset(), 0.1)]
    return tuple(parses)


@functools.lru_cache(maxsize=100_000)
def verb_tense(lang: str, word: str) -> str | None:
    """"future", "past" or None from the best pymorphy3 reading of a verb form.

    The best reading alone (no re-ranking): the time resolver needs only the tense.
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
