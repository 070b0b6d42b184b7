"""Find dictionary names in a sentence: a trie over per-token match keys.

Each dictionary name is split into tokens with the language layer's own tokenizer (so
``U.S.`` and ``Russia's`` are cut the same way on both sides) and every token gets a set
of keys: its normal form, its lemma candidates (multi-word names: ``Сполучені Штати`` ->
``сполучений штат``) and, for one-word Cyrillic proper names, its regular case forms
(:mod:`kronika.actors.declension`). Every combination of keys is a path in the trie.
A document token offers its normal form and all its lemma candidates; walking the trie
with the set of live nodes finds every name starting at a token, so matching needs
neither a regex over 100k names nor a window loop: one dict step per token and key.
Token boundaries are respected by construction.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

from kronika.actors.declension import inflect, inflect_adjective
from kronika.actors.dictionary import ActorDictionary, Name
from kronika.actors.keys import is_acronym, is_cyrillic, norm
from kronika.model import Token

_END = ""  # trie key holding the payloads (no real token key is empty)
#: one-word names of these kinds get Cyrillic case forms generated
_DECLINED_KINDS = frozenset({"person", "capital", "place", "company", "organisation", "media", "country"})
_MAX_PATHS = 64

#: case requirement of a name on the first document token
NEED_NONE, NEED_CAPITAL, NEED_UPPER = 0, 1, 2


@dataclass(frozen=True, slots=True)
class Hit:
    """A dictionary name found at tokens [start, end) of a sentence."""

    start: int
    end: int
    actor: int
    rank: int
    name: str


def name_tokens(text: str, lang: str) -> list[tuple[str, tuple[str, ...]]]:
    """(surface, lemma candidates) of the tokens of a dictionary name.

    Cut with the language layer's tokenizer, so both sides split alike. Lemmas come from
    pymorphy3 alone (all readings): the document side offers every pymorphy3 reading too,
    and skipping simplemma here keeps the dictionary load far below a second.
    """
    from kronika.language.tokens import iter_tokens

    tok_lang = lang if lang in ("en", "uk", "ru") else "uk"
    out = []
    for s, e, kind in iter_tokens(text, 0, len(text), tok_lang):
        if kind == "quote":
            continue
        surface = text[s:e]
        out.append((surface, _lemmas(lang, surface) if kind == "word" else ()))
    return out


@functools.lru_cache(maxsize=50_000)
def _lemmas(lang: str, word: str) -> tuple[str, ...]:
    if lang not in ("uk", "ru"):
        return ()
    from kronika.language.morphology import morph_analyzer

    key = word.replace("’", "'").replace("ʼ", "'") if lang == "uk" else word
    return tuple(dict.fromkeys(p.normal_form for p in morph_analyzer(lang).parse(key)))


def token_keys(tok: Token) -> frozenset[str]:
    """The keys a document token offers: its normal form and all lemma candidates."""
    return _keys(tok.text, tok.lemmas)


_EX_PREFIXES = ("ex-", "екс-", "экс-")


@functools.lru_cache(maxsize=200_000)
def _keys(text: str, lemmas: tuple[str, ...]) -> frozenset[str]:
    keys = {norm(text)}
    keys.update(norm(l) for l in lemmas)
    low = norm(text)
    if low.startswith(_EX_PREFIXES):  # "ex-president", "екс-президента": the role noun inside
        rest = low.split("-", 1)[1]
        keys.add(rest)
        keys.update(k.split("-", 1)[1] for k in list(keys) if k.startswith(_EX_PREFIXES))
    return frozenset(keys)


class NameIndex:
    """A trie of name-token keys whose end nodes list (actor, rank, case need, name)."""

    def __init__(self) -> None:
        self.root: dict = {}
        self.size = 0

    def add_path(self, path: tuple[str, ...], payload: tuple[int, int, int, str]) -> None:
        node = self.root
        for key in path:
            node = node.setdefault(key, {})
        node.setdefault(_END, []).append(payload)
        self.size += 1

    def add_name(self, name: Name, kind: str) -> None:
        toks = name_tokens(name.text, name.lang)
        if not toks:
            return
        single = len(toks) == 1
        per_token: list[set[str]] = []
        for surface, lemmas in toks:
            keys = {norm(surface)}
            cyr_name = is_cyrillic(surface) and surface[:1].isupper() and kind in _DECLINED_KINDS
            if cyr_name and not is_acronym(surface):
                keys.update(norm(f) for f in inflect(surface))
            elif kind == "demonym" and single and is_cyrillic(surface):
                keys.update(norm(f) for f in inflect_adjective(surface))
            # one-word role nouns and demonyms are written as lemmas already; lemmatising
            # them again over-generalises (заключенный -> заключить)
            if not single and kind != "person":
                keys.update(norm(l) for l in lemmas)
            per_token.append(keys)
        need = NEED_UPPER if is_acronym(name.text) else (NEED_CAPITAL if name.text[:1].isupper() else NEED_NONE)
        payload = (name.actor, name.rank, need, name.text)
        combos = 1
        for keys in per_token:
            combos *= len(keys)
        if combos > _MAX_PATHS:
            per_token = [{norm(surface)} | {norm(l) for l in lemmas[:1]} for surface, lemmas in toks]
        for path in itertools.product(*per_token):
            self.add_path(path, payload)

    def find(self, tokens: tuple[Token, ...], keys: list[frozenset[str]] | None = None) -> list[Hit]:
        """Every name at every position of a token sequence (overlaps included)."""
        keys = keys if keys is not None else [token_keys(t) for t in tokens]
        hits: list[Hit] = []
        root = self.root
        n = len(tokens)
        for i in range(n):
            if tokens[i].kind not in ("word", "number") and tokens[i].text not in (".",):
                continue
            frontier = [root]
            j = i
            while frontier and j < n:
                nxt = []
                for node in frontier:
                    for k in keys[j]:
                        child = node.get(k)
                        if child is not None:
                            nxt.append(child)
                j += 1
                for node in nxt:
                    for actor, rank, need, text in node.get(_END, ()):
                        if _case_ok(tokens[i], need):
                            hits.append(Hit(i, j, actor, rank, text))
                frontier = nxt
        return hits


def _case_ok(tok: Token, need: int) -> bool:
    if need == NEED_NONE:
        return True
    if need == NEED_UPPER:
        return is_acronym(tok.text) or tok.text.isupper()
    return tok.text[:1].isupper()


def build_index(d: ActorDictionary) -> NameIndex:
    index = NameIndex()
    for name in d.names:
        index.add_name(name, d.actors[name.actor].kind)
    return index
