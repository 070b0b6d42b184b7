"""Lemma candidates and a light part-of-speech guess for English words.

simplemma gives English lemmas (``sanctions`` -> ``sanction``, ``held`` -> ``hold``) at
about half a million words a second and leaves unknown names as they are; lemminflect
was slower and turned ``Belavia`` into ``belavium``. English has no pymorphy3, so the
readings carry a coarse part of speech in pymorphy3's names where one exists (NOUN,
VERB, ADJF, ADVB, PREP, CONJ, NPRO, PRCL, NUMB) plus DET, MODAL and AUX, and Penn
Treebank tags in ``Parse.tags`` (NN, NNS, NNP, VB, VBD, VBN, VBG, VBZ, VBP, MD, DT, IN,
TO, CC, PRP, PRP$, WP, WP$, WDT, WRB, RB, JJ, JJR, JJS, CD, EX, POS, and ``Cap`` on
capitalised words read as names). The tags come from closed-class
word lists (``data/language/en/words.yaml``), irregular past forms
(``irregular_verbs.yaml``) and endings; ambiguous forms get several readings
(``lifted``: VBD and VBN; ``talks``: NNS and VBZ).
"""

from __future__ import annotations

import functools

from kronika.model import Parse
from kronika.resources import load

_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'"})


@functools.lru_cache(maxsize=1)
def _closed_class() -> dict[str, tuple[tuple[str, str], ...]]:
    """word -> ((pos, Penn tag), ...) from words.yaml."""
    out: dict[str, list[tuple[str, str]]] = {}
    for pos, by_tag in (load("language/en/words.yaml") or {}).items():
        for tag, words in (by_tag or {}).items():
            for w in words or ():
                readings = out.setdefault(str(w).lower().translate(_APOSTROPHES), [])
                if (str(pos), str(tag)) not in readings:
                    readings.append((str(pos), str(tag)))
    return {w: tuple(v) for w, v in out.items()}


@functools.lru_cache(maxsize=1)
def _irregular_past() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load("language/en/irregular_verbs.yaml") or ())


class NounOrVerb(tuple):
    """Readings of an -s form that is a plural noun or a 3rd-person verb ("talks", "seeks").

    A plain tuple (noun first) that also carries the verb-first order, so the analyser
    can switch to it after a subject ("Lukashenko seeks", "it remains") without looking
    the word up again.
    """

    verb_first: tuple[Parse, ...]

    def __new__(cls, noun_first: tuple[Parse, ...], verb_first: tuple[Parse, ...]) -> "NounOrVerb":
        self = super().__new__(cls, noun_first)
        self.verb_first = verb_first
        return self


#: a capitalised word with one of these endings is a nationality adjective, not a subject
_NATIONALITY = ("ian", "ese", "ish", "ic", "i")
_SUBJECT_TAGS = frozenset({"NNP", "PRP", "WDT", "WP", "NN"})


def prefers_verb(prev: Parse, prev_text: str) -> bool:
    """After this reading an ambiguous -s form reads as a verb: a name, pronoun, "which"."""
    if not (prev.tags & _SUBJECT_TAGS):
        return False
    if "NNP" in prev.tags and prev_text.lower().endswith(_NATIONALITY):
        return False  # "Russian talks"
    return not ("NN" in prev.tags and prev.pos != "NOUN")


def _simplemma(word: str) -> str:
    import simplemma

    return simplemma.lemmatize(word, lang="en")


def _p(lemma: str, pos: str | None, *tags: str, score: float = 1.0) -> Parse:
    return Parse(lemma, pos, frozenset(tags), score)


@functools.lru_cache(maxsize=300_000)
def parse_english(word: str) -> tuple[Parse, ...]:
    """All lemma candidates of an English word form with a light tag guess, best first."""
    norm = word.translate(_APOSTROPHES)
    low = norm.lower()
    closed = _closed_class().get(low)
    if closed:
        lemma = {"'s": "'s", "n't": "not", "'ll": "will", "'d": "would"}.get(low)
        if lemma is None:
            lemma = _simplemma(low).lower() if closed[0][0] == "AUX" else low
        return tuple(_p(lemma, pos, tag) for pos, tag in closed)
    capitalised = norm[:1].isupper()
    lemma = _simplemma(low).lower()
    out: list[Parse] = []
    if capitalised:
        # A name keeps its own form first ("States", "Belavia"); the common-word lemma follows.
        own = _simplemma(norm).lower()
        if own == lemma and lemma != low:
            # An inflected common word opening a sentence ("Sanctions", "Held").
            return parse_english(low)
        tag = "NNPS" if own != low and low.endswith("s") else "NNP"
        out.append(_p(own, "NOUN", tag, "Cap"))
        if lemma != own:
            out.append(_p(lemma, None, score=0.5))
        return tuple(out)
    if lemma != low:
        if low.endswith("ing"):
            out.append(_p(lemma, "VERB", "VBG"))
            out.append(_p(low, "NOUN", "NN", score=0.3))
        elif low.endswith("ed") or low in _irregular_past():
            out.append(_p(lemma, "VERB", "VBD"))
            out.append(_p(lemma, "VERB", "VBN"))
        elif low.endswith("s"):
            noun, verb = _p(lemma, "NOUN", "NNS"), _p(lemma, "VERB", "VBZ", score=0.5)
            return NounOrVerb((noun, verb), (verb, noun))
        elif low.endswith(("er", "est")):
            out.append(_p(lemma, "ADJF", "JJR" if low.endswith("er") else "JJS"))
        else:
            out.append(_p(lemma, "NOUN", "NNS"))
        return tuple(out)
    if low.endswith("ly"):
        return (_p(low, "ADVB", "RB"),)
    if low.endswith(("ous", "ive", "ful", "less", "able", "ible", "ical", "ian", "ese")):
        return (_p(low, "ADJF", "JJ"),)
    if low.endswith(("ing",)):
        return (_p(low, "VERB", "VBG"), _p(low, "NOUN", "NN", score=0.3))
    if low.endswith(("tion", "sion", "ment", "ness", "ity", "ship", "ance", "ence", "ism", "ist")):
        return (_p(low, "NOUN", "NN"),)
    return (_p(low, None),)
