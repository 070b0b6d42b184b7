"""Stage: evaluation. Scores Kronika's events against gold annotations.

- :mod:`kronika.evaluate.gold`: gold lines and manifests, read and checked.
- :mod:`kronika.evaluate.matching`: when an event matches a gold line; which fields are right.
- :mod:`kronika.evaluate.gold_scorer`: per-document counts and the summary figures.
- :mod:`kronika.evaluate.runner`: run a coder (passed in) over documents and score it.
- :mod:`kronika.evaluate.plover_gsr`: the PLOVER gold standard records.
- :mod:`kronika.evaluate.sentence_sets`: sentence-level test sets with expected events.
- :mod:`kronika.evaluate.report`: plain-text tables.

The coder is always passed in as a function, never imported, so that this package
stays below the pipeline in the layout and can be tested on synthetic events.
"""

from kronika.evaluate.gold import DocSpec, GoldEvent, load_gold, load_manifest
from kronika.evaluate.gold_scorer import DocScore, passes, score_document, summarise
from kronika.evaluate.plover_gsr import evaluate_plover, load_gsr, score_gsr
from kronika.evaluate.runner import GoldReport, ScoringInput, evaluate_gold

__all__ = [
    "DocScore", "DocSpec", "GoldEvent", "GoldReport", "ScoringInput", "evaluate_gold", "evaluate_plover",
    "load_gold", "load_gsr", "load_manifest", "passes", "score_document", "score_gsr", "summarise",
]
