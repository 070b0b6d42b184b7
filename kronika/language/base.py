"""One analyser interface for every language: sentences, tokens, lemma candidates, times.

A language differs only in its abbreviation lists, its word analyser and its time rules
(all data under ``kronika/data/language/<lang>/``); the steps are the same, so one class
does the work and each language plugs in the function that reads a word form.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from datetime import date

from kronika.language.english import NounOrVerb, prefers_verb
from kronika.language.sentences import split_sentences
from kronika.language.tokens import TOKEN_RE, split_english_clitic_text
from kronika.model import AnalyzedDocument, Document, Parse, Sentence, TimeExpression, Token

#: word forms kept in each analyser's own dict (cleared when full; the LRU cache behind it stays)
_DICT_CACHE_LIMIT = 200_000
WordParser = Callable[[str], tuple[Parse, ...]]


def token_lemmas(text: str, parses: tuple[Parse, ...]) -> tuple[str, ...]:
    """The same derivation as ``Token.__post_init__``: distinct lower-cased lemmas, best
    first, else the lower-cased form. The analyser keeps it beside the readings of each
    word form, so a recurring word does not derive it again for every token."""
    return tuple(dict.fromkeys(p.lemma.lower() for p in parses)) or (text.lower(),)


def _token_factory() -> Callable[..., Token]:
    """A maker of :class:`Token` three times faster than its constructor.

    The generated ``__init__`` of a frozen dataclass sets each field through
    ``object.__setattr__``; setting the slots through their descriptors does the same
    for a third of the time, and tokens are the most numerous objects Kronika makes.
    The field list is checked so that a change to ``Token`` fails here, loudly.
    """
    names = tuple(f.name for f in dataclasses.fields(Token))
    if names != ("text", "start", "end", "parses", "kind", "lemmas"):
        raise RuntimeError(f"Token fields changed to {names}: update kronika.language.base._token_factory")
    new = object.__new__
    set_text, set_start, set_end = Token.text.__set__, Token.start.__set__, Token.end.__set__  # type: ignore[attr-defined]
    set_parses, set_kind = Token.parses.__set__, Token.kind.__set__  # type: ignore[attr-defined]
    set_lemmas = Token.lemmas.__set__  # type: ignore[attr-defined]

    def make(
        text: str, start: int, end: int, parses: tuple[Parse, ...], kind: str, lemmas: tuple[str, ...] | None = None
    ) -> Token:
        tok = new(Token)
        set_text(tok, text)
        set_start(tok, start)
        set_end(tok, end)
        set_parses(tok, parses)
        set_kind(tok, kind)
        set_lemmas(tok, token_lemmas(text, parses) if lemmas is None else lemmas)
        return tok

    return make


make_token = _token_factory()


class _Special:
    """A word form needing more than a look-up: an English clitic split (``parts``:
    (start, end, text, readings, lemmas) relative to the form) or -s readings that depend on the
    word before (``readings``, a :class:`NounOrVerb` or any other tuple subclass)."""

    __slots__ = ("parts", "readings")

    def __init__(
        self,
        parts: tuple[tuple[int, int, str, tuple[Parse, ...], tuple[str, ...]], ...] | None,
        readings: tuple[Parse, ...] | None = None,
    ) -> None:
        self.parts = parts
        self.readings = readings


@functools.lru_cache(maxsize=100_000)
def _plain_parse(word: str) -> tuple[Parse, ...]:
    """The fallback for languages Kronika does not analyse: the lower-cased form."""
    return (Parse(word.lower(), None, frozenset(), 1.0),)


class Analyzer:
    """Sentences, tokens with ranked lemma candidates, and resolved time expressions.

    ``lang`` selects the abbreviation and time rules; ``parse_word`` returns the
    readings of a word form (it must be cached: it is called for every token).
    """

    def __init__(self, lang: str, parse_word: WordParser, number_tag: str = "NUMB", times: bool = True) -> None:
        self.lang = lang
        self.parse_word = parse_word
        self._number_parse_tags = frozenset({number_tag})
        self._times = times
        #: word form -> (its readings, its lemmas), or a _Special for the rare forms
        #: that need more than a look-up (English clitics, -s forms after a subject)
        self._parses: dict[str, tuple[tuple[Parse, ...], tuple[str, ...]] | _Special] = {}
        self._numbers: dict[str, tuple[tuple[Parse, ...], tuple[str, ...]]] = {}

    def __repr__(self) -> str:
        return f"Analyzer({self.lang!r})"

    # ------------------------------------------------------------------ pieces

    def _lookup(self, surface: str) -> tuple[tuple[Parse, ...], tuple[str, ...]] | _Special:
        """Readings and lemmas of a word form seen for the first time, stored for the next ones."""
        cache = self._parses
        if len(cache) >= _DICT_CACHE_LIMIT:
            cache.clear()
        entry: tuple[tuple[Parse, ...], tuple[str, ...]] | _Special
        if self.lang == "en" and ("'" in surface or "’" in surface):
            parts = split_english_clitic_text(surface)
            if len(parts) > 1:
                pieces = []
                for a, b in parts:
                    piece = surface[a:b]
                    readings = self.parse_word(piece)
                    pieces.append((a, b, piece, readings, token_lemmas(piece, readings)))
                entry = _Special(tuple(pieces))
                cache[surface] = entry
                return entry
        parses = self.parse_word(surface)
        entry = (parses, token_lemmas(surface, parses)) if type(parses) is tuple else _Special(None, parses)
        cache[surface] = entry
        return entry

    def tokens(self, text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
        """Tokens of ``text[start:end]`` with offsets into ``text``.

        The hot loop of the layer (every token of every document): one regex match and
        one dict look-up a word; the rare forms that need more (English clitics, -s
        forms) are marked in the dict and handled apart, off the common path.
        """
        end = len(text) if end is None else end
        out: list[Token] = []
        append = out.append
        get = self._parses.get
        make = make_token
        for m in TOKEN_RE.finditer(text, start, end):
            kind = m.lastgroup
            surface = m.group()
            s = m.start()
            if kind == "word":
                entry = get(surface)
                if entry is None:
                    entry = self._lookup(surface)
                if entry.__class__ is tuple:
                    append(make(surface, s, s + len(surface), entry[0], "word", entry[1]))
                elif entry.parts is not None:
                    for a, b, w, p, lemmas in entry.parts:
                        append(make(w, s + a, s + b, p, "word", lemmas))
                else:
                    p = entry.readings
                    if type(p) is NounOrVerb and out:
                        prev = out[-1]
                        if prev.parses and prev.kind == "word" and prefers_verb(prev.parses[0], prev.text):
                            p = p.verb_first  # "Lukashenko seeks", "it remains"
                    append(make(surface, s, s + len(surface), p, "word"))
            elif kind == "number":
                entry = self._numbers.get(surface)
                if entry is None:
                    if len(self._numbers) >= _DICT_CACHE_LIMIT:
                        self._numbers.clear()
                    readings = (Parse(surface, "NUMB", self._number_parse_tags, 1.0),)
                    entry = self._numbers[surface] = (readings, token_lemmas(surface, readings))
                append(make(surface, s, s + len(surface), entry[0], kind, entry[1]))
            else:
                append(make(surface, s, s + len(surface), (), kind or "symbol", (surface.lower(),)))
        return tuple(out)

    def sentences(self, text: str) -> tuple[Sentence, ...]:
        """Sentences of ``text`` with their tokens and paragraph indexes."""
        return tuple(
            Sentence(i, sp.start, sp.end, text[sp.start:sp.end], self.tokens(text, sp.start, sp.end), sp.paragraph)
            for i, sp in enumerate(split_sentences(text, self.lang))
        )

    def find_times(self, text: str, published: date | None = None) -> list[TimeExpression]:
        """Time expressions of ``text`` resolved against ``published`` (default: today)."""
        if not self._times:
            return []
        from kronika.language.dates import find_times

        return find_times(text, published or date.today(), self.lang)

    # ------------------------------------------------------------------ whole document

    def analyze(self, doc: Document) -> AnalyzedDocument:
        """The document's sentences, tokens and time expressions."""
        return AnalyzedDocument(doc, self.sentences(doc.text), tuple(self.find_times(doc.text, doc.published)))


@functools.lru_cache(maxsize=16)
def get_analyzer(lang: str) -> Analyzer:
    """The analyser of a language; an unknown language gets a plain fallback
    (sentences and tokens, lower-cased lemmas, no time expressions)."""
    code = (lang or "").lower().replace("_", "-").split("-")[0]  # "uk-UA" -> "uk"
    if code == "en":
        from kronika.language.english import parse_english

        return Analyzer("en", parse_english, number_tag="CD")
    if code in ("uk", "ru"):
        from kronika.language.morphology import parse_word

        return Analyzer(code, functools.partial(parse_word, code))
    return Analyzer(code or "und", _plain_parse, times=False)
