"""Capitalised names the dictionary does not know: reported as they are, never guessed.

Events need to see that *someone* acted even when the dictionary lacks the name, so
every run of capitalised words outside the known mentions becomes a mention with
``entity=None`` and ``kind="unknown"``. Ordinary words written with a capital because
they open a sentence (or a quote, or a Title Case headline) are not names: the
language's dictionary (pymorphy3, simplemma for English) tells them apart.
"""

from __future__ import annotations

import functools

from kronika.actors.keys import norm
from kronika.model import Document, Mention, Sentence, Token

_NAME_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "NNP", "NNPS", "Cap"})
_OPENERS = frozenset({'"', "«", "„", "“", "'", "(", ":", "—", "–", "-", "‘"})


def unknown_names(doc: Document, sent: Sentence, covered: list[bool], lang: str,
                  words: dict[str, frozenset[str]], caps: list[int] | None = None) -> list[Mention]:
    """Capitalised names the dictionary lacks: reported, never guessed.

    A sentence-initial word (or one after an opening quote, bracket, colon or dash)
    counts only when it is no ordinary word of the language; in a title-case line
    ("Belarus Frees Dozens Of Prisoners") every word is checked that way. ``caps``: the
    positions of the capitalised tokens, where the caller knows them already.
    """
    tokens = sent.tokens
    n = len(tokens)
    # only capitalised tokens can open a name: find them once, look no further at the rest
    if caps is None:
        caps = [k for k, t in enumerate(tokens) if t.text[:1].isupper()]
    if not caps:
        return []
    # Title Case is an English headline habit; Ukrainian and Russian headlines are in sentence
    # case (and a title-case line has 3 or more capitalised words)
    title_case = lang == "en" and len(caps) >= 3 and _title_case(tokens)
    out: list[Mention] = []
    i = 0
    for i0 in caps:
        if i0 < i or not _name_like(tokens, i0, covered, lang, words, title_case):
            continue  # inside the name just reported, or no name
        i = i0
        j = i + 1
        while j < n and not covered[j] and tokens[j].kind == "word" and (
                (tokens[j].text[:1].isupper() and norm(tokens[j].text) not in words["not_names"]
                 and not (title_case and _common_word(tokens[j], lang)))
                or _particle(tokens, j)):
            j += 1
        start, end = tokens[i].start, tokens[j - 1].end
        out.append(Mention(sent.index, start, end, i, j, doc.text[start:end], None, "unknown", "unknown:capitalised"))
        i = j
    return out


def _title_case(tokens: tuple[Token, ...]) -> bool:
    """Are at least 70% of the words with letters (the first one aside, 4 or more) capitalised?"""
    words = upper = 0
    first = True
    for t in tokens:
        if t.kind != "word":
            continue
        text = t.text
        if text.isalpha() or any(c.isalpha() for c in text):
            if first:
                first = False
                continue
            words += 1
            if text[:1].isupper():
                upper += 1
    return words >= 4 and upper >= 0.7 * words


#: lower-case particles inside names: "Asaad al-Shibani", "Ursula von der Leyen"
_PARTICLES = frozenset({"al", "el", "ad", "as", "ash", "bin", "ibn", "abu", "de", "van", "von", "der", "den", "da", "di",
                        "du", "la", "le", "dos", "das", "ter", "ben"})


def _particle(tokens: tuple[Token, ...], j: int) -> bool:
    """A lower-case name particle: ``al-Shibani`` itself, or ``von``/``bin`` before a capital."""
    text = tokens[j].text
    head, sep, rest = text.partition("-")
    if sep and head in _PARTICLES and rest[:1].isupper():
        return True
    return text in _PARTICLES and j + 1 < len(tokens) and (tokens[j + 1].text[:1].isupper() or _particle(tokens, j + 1))


def _name_like(tokens: tuple[Token, ...], i: int, covered: list[bool], lang: str,
               words: dict[str, frozenset[str]], title_case: bool = False) -> bool:
    tok = tokens[i]
    if covered[i] or tok.kind != "word" or not tok.text[:1].isupper() or len(tok.text) < 2:
        return False
    w = norm(tok.text)
    if w in words["not_names"] or w in words["pron_m"] or w in words["pron_f"] or w in words["honorifics"]:
        return False
    initial = i == 0 or tokens[i - 1].text in _OPENERS or tokens[i - 1].kind in ("quote",)
    if not initial and not title_case:
        return True
    return not _common_word(tok, lang)


def _common_word(tok: Token, lang: str) -> bool:
    """Is a sentence-initial capitalised word an ordinary word (``The``, ``Після``)?"""
    if tok.text.isupper() and len(tok.text) > 1:
        return False  # acronyms are names
    if lang == "en":
        return _known_english(tok.text.lower())
    if tok.parses and tok.parses[0].tags & _NAME_TAGS:
        return False  # the best reading is a name; rare readings ("По" as a surname) do not count
    return _known_slavic(lang, tok.text.lower())


@functools.lru_cache(maxsize=50_000)
def _known_english(word: str) -> bool:
    import simplemma

    return bool(simplemma.is_known(word, lang="en"))


@functools.lru_cache(maxsize=50_000)
def _known_slavic(lang: str, word: str) -> bool:
    from kronika.language.morphology import morph_analyzer

    return bool(morph_analyzer(lang).word_is_known(word))


_CASE_TAGS = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")


def nominative_name(tokens: tuple[Token, ...], lang: str) -> str | None:
    """``Ірину Славнікову`` -> ``Ірина Славнікова``: a Ukrainian or Russian personal name in the
    nominative, or None where that is not certain.

    An unknown name after a role noun becomes an entity's name, and the same person named
    in two cases must get one name. pymorphy3 knows given names well and offers surname
    readings of both genders, so the given name fixes gender and case and every other word
    must have a name reading that agrees; if any word has none, the name is left as written.
    """
    if lang not in ("uk", "ru") or not tokens:
        return None
    from kronika.language.morphology import morph_analyzer

    morph = morph_analyzer(lang)
    parsed = [morph.parse(t.text.lower().replace("’", "'")) for t in tokens]
    first = next((p for p in parsed[0] if "Name" in p.tag.grammemes), None)
    if first is None:
        return None
    gender = "femn" if "femn" in first.tag.grammemes else "masc"
    case = next((c for c in _CASE_TAGS if c in first.tag.grammemes), None)
    if case is None:
        return None
    out = []
    for tok, parses in zip(tokens, parsed):
        fit = next((p for p in parses if p.tag.grammemes & {"Name", "Surn", "Patr"} and gender in p.tag.grammemes
                    and case in p.tag.grammemes), None)
        nom = fit.inflect({"nomn"}) if fit is not None else None
        if nom is None:
            return None
        word = nom.word
        out.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(out)
