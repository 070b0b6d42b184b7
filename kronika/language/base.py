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
from kronika.language.tokens import TOKEN_RE, split_english_clitic
from kronika.model import AnalyzedDocument, Document, Parse, Sentence, TimeExpression, Token

#: word forms kept in each analyser's own dict (cleared when full; the LRU cache behind it stays)
_DICT_CACHE_LIMIT = 200_000
WordParser = Callable[[str], tuple[Parse, ...]]


def _token_factory() -> Callable[[str, int, int, tuple[Parse, ...], str], Token]:
    """A maker of :class:`Token` three times faster than its constructor.

    The generated ``__init__`` of a frozen dataclass sets each field through
    ``object.__setattr__``; setting the slots through their descriptors does the same
    for a third of the time, and tokens are the most numerous objects Kronika makes.
    The field list is checked so that a change to ``Token`` fails here, loudly.
    """
    names = tuple(f.name for f in dataclasses.fields(Token))
    if names != ("text", "start", "end", "parses", "kind"):
        raise RuntimeError(f"Token fields changed to {names}: update kronika.language.base._token_factory")
    new = object.__new__
    set_text, set_start, set_end = Token.text.__set__, Token.start.__set__, Token.end.__set__  # type: ignore[attr-defined]
    set_parses, set_kind = Token.parses.__set__, Token.kind.__set__  # type: ignore[attr-defined]

    def make(text: str, start: int, end: int, parses: tuple[Parse, ...], kind: str) -> Token:
        tok = new(Token)
        set_text(tok, text)
        set_start(tok, start)
        set_end(tok, end)
        set_parses(tok, parses)
        set_kind(tok, kind)
        return tok

    return make


make_token = _token_factory()


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
        self._parses: dict[str, tuple[Parse, ...]] = {}

    def __repr__(self) -> str:
        return f"Analyzer({self.lang!r})"

    # ------------------------------------------------------------------ pieces

    def tokens(self, text: str, start: int = 0, end: int | None = None) -> tuple[Token, ...]:
        """Tokens of ``text[start:end]`` with offsets into ``text``.

        The hot loop of the layer (every token of every document): the regex and the
        look-ups are inlined and word readings come from a plain dict in front of the
        analyser's LRU cache.
        """
        end = len(text) if end is None else end
        out: list[Token] = []
        append = out.append
        cache = self._parses
        parse_word = self.parse_word
        number_tags = self._number_parse_tags
        english = self.lang == "en"
        for m in TOKEN_RE.finditer(text, start, end):
            kind = m.lastgroup
            s, e = m.span()
            surface = text[s:e]
            if kind == "word":
                if english and ("'" in surface or "’" in surface):
                    for s2, e2, k in split_english_clitic(m):
                        w = text[s2:e2]
                        append(make_token(w, s2, e2, parse_word(w), k))
                    continue
                parses = cache.get(surface)
                if parses is None:
                    if len(cache) >= _DICT_CACHE_LIMIT:
                        cache.clear()
                    parses = cache[surface] = parse_word(surface)
                if type(parses) is NounOrVerb and out:
                    prev = out[-1]
                    if prev.parses and prev.kind == "word" and prefers_verb(prev.parses[0], prev.text):
                        parses = parses.verb_first  # "Lukashenko seeks", "it remains"
                append(make_token(surface, s, e, parses, "word"))
            elif kind == "number":
                append(make_token(surface, s, e, (Parse(surface, "NUMB", number_tags, 1.0),), kind))
            else:
                append(make_token(surface, s, e, (), kind or "symbol"))
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
