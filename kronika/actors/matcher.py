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
from typing import NamedTuple

from kronika.actors.declension import inflect, inflect_adjective
from kronika.actors.dictionary import ActorDictionary, Name
from kronika.actors.keys import is_acronym, is_cyrillic, norm
from kronika.model import Token

_END = ""  # trie key holding the payloads (no real token key is empty)
#: one-word names of these kinds get Cyrillic case forms generated
_DECLINED_KINDS = frozenset({"person", "capital", "place", "company", "organisation", "media", "country"})
_MAX_PATHS = 64
#: tokens memoised per index (news vocabulary; cleared when full)
_MEMO_SIZE = 200_000

#: what the matcher knows of a document token: its keys (:func:`token_keys`; the first is
#: the token's :func:`norm` form), the trie nodes one step from the root (empty: no name
#: starts with it) and whether it is capitalised
Entry = tuple[tuple[str, ...], tuple[dict, ...], bool]

#: case requirement of a name on the first document token
NEED_NONE, NEED_CAPITAL, NEED_UPPER = 0, 1, 2


class Hit(NamedTuple):
    """A dictionary name found at tokens [start, end) of a sentence.

    A named tuple rather than a frozen dataclass: a sentence yields about eight hits
    and most are dropped in overlap resolution, so making them must be cheap (a frozen
    dataclass sets each field through ``object.__setattr__``, about three times slower).
    """

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


def token_keys(tok: Token) -> tuple[str, ...]:
    """The keys a document token offers: its normal form and all lemma candidates."""
    return _keys(tok.text, tok.lemmas)


_EX_PREFIXES = ("ex-", "екс-", "экс-")


# small: documents reach this through the index's per-token memo, which holds the result
@functools.lru_cache(maxsize=4096)
def _keys(text: str, lemmas: tuple[str, ...]) -> tuple[str, ...]:
    # A tuple in a fixed order (surface form, then lemmas best first), not a set: the trie
    # walk visits keys in this order, and the order of hits decides between names of equal
    # rank ("representatives" / "representative"); a set's order would change from run to run.
    low = norm(text)
    keys = dict.fromkeys([low, *(norm(l) for l in lemmas)])
    if low.startswith(_EX_PREFIXES):  # "ex-president", "екс-президента": the role noun inside
        keys[low.split("-", 1)[1]] = None
        for k in [k for k in keys if k.startswith(_EX_PREFIXES)]:
            keys[k.split("-", 1)[1]] = None
    return tuple(keys)


class NameIndex:
    """A trie of name-token keys whose end nodes list (actor, rank, case need, name)."""

    def __init__(self) -> None:
        self.root: dict = {}
        self.size = 0
        self._memo: dict[tuple[str, tuple[str, ...]], Entry] = {}

    def __getstate__(self) -> dict:
        # the per-token memo is a cache of this process's text, not part of the index
        return {"root": self.root, "size": self.size}

    def __setstate__(self, state: dict) -> None:
        self.root, self.size, self._memo = state["root"], state["size"], {}

    def add_path(self, path: tuple[str, ...], payload: tuple[int, int, int, str]) -> None:
        self._memo.clear()  # the first steps of memoised tokens may change
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

    def token_entries(self, tokens: tuple[Token, ...]) -> list[Entry]:
        """Per token: its keys (:func:`token_keys`), the trie nodes one step from the root and
        whether it is capitalised (see :data:`Entry`).

        Memoised on (text, lemmas), the only inputs of both: news repeats its words, and
        most tokens start no name, so the walk skips them after one look-up here.
        """
        memo = self._memo
        out = [memo.get((t.text, t.lemmas)) for t in tokens]
        if None in out:
            if len(memo) >= _MEMO_SIZE:
                memo.clear()
            root = self.root
            for i, e in enumerate(out):
                if e is None:
                    t = tokens[i]
                    keys = _keys(t.text, t.lemmas)
                    out[i] = memo[(t.text, t.lemmas)] = (keys, tuple(root[k] for k in keys if k in root),
                                                         t.text[:1].isupper())
        return out

    def find(self, tokens: tuple[Token, ...], keys: list[tuple[str, ...]] | None = None,
             entries: list[Entry] | None = None) -> list[Hit]:
        """Every name at every position of a token sequence (overlaps included).

        Hits come start by start, then by end, then in the order of the token keys (see
        :func:`_keys`): the resolver's sort is stable, so that order breaks its ties.
        """
        if entries is None:
            if keys is None:
                entries = self.token_entries(tokens)
            else:
                root = self.root
                entries = [(ks, tuple(root[k] for k in ks if k in root), t.text[:1].isupper())
                           for ks, t in zip(keys, tokens)]
        hits: list[Hit] = []
        n = len(tokens)
        for i in range(n):
            _, frontier, cap = entries[i]
            if not frontier:
                continue
            tok = tokens[i]
            if tok.kind != "word" and tok.kind != "number" and tok.text != ".":
                continue
            j = i + 1
            while frontier:
                for node in frontier:
                    ends = node.get(_END)
                    if ends:
                        for actor, rank, need, text in ends:
                            # _case_ok inlined for the two common needs (a call per hit saved)
                            if need == NEED_NONE or (cap if need == NEED_CAPITAL else _case_ok(tok, need)):
                                hits.append(Hit(i, j, actor, rank, text))
                if j >= n:
                    break
                step = entries[j][0]
                nxt = []
                for node in frontier:
                    if len(node) == 1 and _END in node:
                        continue  # a leaf: the name cannot go on
                    for k in step:
                        c = node.get(k)
                        if c is not None:
                            nxt.append(c)
                frontier = nxt
                j += 1
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
