"""Stage 2, the language layer: sentences, tokens, lemma candidates and time expressions.

    from kronika.language import analyze, get_analyzer, find_times
    adoc = analyze(doc)                      # AnalyzedDocument: sentences (with tokens) and times
    get_analyzer("uk").tokens("у Києві")     # Token.parses: every lemma candidate, ranked
    find_times("in March", date(2025, 10, 17), "en")

English, Ukrainian and Russian share one :class:`~kronika.language.base.Analyzer`;
any other language gets sentences and tokens with lower-cased lemmas.
"""

from __future__ import annotations

from datetime import date

from kronika.language.base import Analyzer, get_analyzer
from kronika.model import AnalyzedDocument, Document, TimeExpression


def analyze(doc: Document) -> AnalyzedDocument:
    """Sentences, tokens, lemma candidates and the resolved time expressions of ``doc``.

    Times are resolved against ``doc.published``, or today's date where it is unknown.
    """
    return get_analyzer(doc.language).analyze(doc)


def find_times(text: str, published: date | None, lang: str) -> list[TimeExpression]:
    """The time expressions of ``text`` (offsets into ``text``) resolved against ``published``."""
    from kronika.language.dates import find_times as _find_times

    return _find_times(text, published or date.today(), lang)


__all__ = ["Analyzer", "analyze", "find_times", "get_analyzer"]
