"""Run a coder over documents and score it against a gold file.

The coder is passed in as a function (``extract(document) -> list[Event]``) rather than
imported: this package sits below the pipeline in Kronika's layout, and taking the
function lets the tests score synthetic events without any coder at all. The command
line passes :func:`kronika.pipeline.extract`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kronika.evaluate.gold import GoldEvent
from kronika.evaluate.gold_scorer import DocScore, score_document, summarise
from kronika.model import Document, Event

Extract = Callable[[Document], list[Event]]


@dataclass(frozen=True, slots=True)
class ScoringInput:
    """One document to score: its name in the gold file, its language, the document."""

    doc: str
    lang: str
    document: Document


@dataclass(slots=True)
class GoldReport:
    summary: dict[str, Any]
    scores: list[DocScore]

    @property
    def misses(self) -> list[str]:
        return [x for s in self.scores for x in s.misses]

    @property
    def unmatched(self) -> list[str]:
        return [x for s in self.scores for x in s.unmatched]

    @property
    def trapped(self) -> list[str]:
        return [x for s in self.scores for x in s.trapped]


def doc_name(path: str, document: Document, index: int, count: int) -> str:
    """The name a document has in a gold file: the file name without its extension
    (``seed-en.txt`` -> ``seed-en``); for a file holding several documents (JSONL, a
    feed), the id the source gave it, else ``name#index``."""
    stem = Path(path).name.split(".")[0] or Path(path).name
    if count == 1:
        return stem
    return document.source_id or f"{stem}#{index + 1}"


def gold_languages(gold: Iterable[GoldEvent]) -> set[str]:
    """The languages the gold file has anchors for."""
    return {lang for g in gold for lang in g.anchor}


def evaluate_gold(
    gold: Sequence[GoldEvent],
    inputs: Iterable[ScoringInput],
    extract: Extract,
    *,
    lenient_duplicates: bool = False,
) -> GoldReport:
    """Extract each document's events and score them; figures as the acceptance scorer's."""
    scores = []
    for item in inputs:
        events = list(extract(item.document))
        scores.append(score_document(gold, events, item.doc, item.lang, lenient_duplicates=lenient_duplicates))
    return GoldReport(summarise(scores), scores)


__all__ = ["Extract", "GoldReport", "ScoringInput", "doc_name", "evaluate_gold", "gold_languages"]
