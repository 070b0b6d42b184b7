#!/usr/bin/env python3
"""Kronika's event coder on its own test sentences (tests/evaluation/data/sentences-*.yaml, heldout-*.yaml, heldout2-*.yaml):
figures per language, per tag (passive, negation, metonymy, ...) and per event type, and
the failures grouped so that the most frequent patterns come first.

Usage: python benchmarks/eval_own_sentences.py [--set sentences|heldout|heldout2|all] [--lang en] [--failures N] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "evaluation" / "data"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--lang", choices=["en", "uk", "ru"], help="only this language")
    ap.add_argument("--failures", type=int, default=40, help="how many failures to list")
    ap.add_argument("--set", choices=["sentences", "heldout", "heldout2", "all"], default="sentences",
                    help="the development set, one of the held-out sets, or all")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)

    from kronika import pipeline
    from kronika.evaluate.sentence_sets import evaluate_items, load_items, summary

    patterns = {"sentences": ["sentences-*.yaml"], "heldout": ["heldout-*.yaml"], "heldout2": ["heldout2-*.yaml"],
                "all": ["sentences-*.yaml", "heldout-*.yaml", "heldout2-*.yaml"]}[a.set]
    files = sorted(p for pattern in patterns for p in DATA.glob(pattern))
    if not files:
        print(f"no {a.set} files in {DATA}", file=sys.stderr)
        return 1
    items = [i for i in load_items(*files) if not a.lang or i.lang == a.lang]
    t0 = time.perf_counter()
    score = evaluate_items(items, pipeline.extract)
    seconds = time.perf_counter() - t0
    figures = summary(score)
    if a.json:
        figures["failures"] = score.failures
        print(json.dumps(figures, ensure_ascii=False, indent=1, default=str))
        return 0
    for lang, f in figures["per_language"].items():
        print(lang, json.dumps(f))
    print("\nweakest tags (type recall, actor accuracy, traps):")
    tags = sorted(figures["per_tag"].items(), key=lambda kv: (kv[1]["type_recall"], kv[1].get("actor_accuracy", 1.0)))
    for name, f in tags[:20]:
        print(f"  {name:28} recall {f['type_recall']:.2f} ({f['found']}/{f['required']})  "
              f"actor {f.get('actor_accuracy', float('nan')):.2f}  precision {f['precision']:.2f}  traps {f['traps']}")
    print("\nper type (found/required, false, actor):")
    for name, f in figures["per_type"].items():
        if f["required"] or f["false"]:
            print(f"  {name:16} {f['found']}/{f['required']}  false {f['false']}  actor {f['actor_accuracy']:.2f}")
    kinds = Counter((f["lang"], f["kind"]) for f in score.failures)
    print("\nfailures by language and kind:", dict(sorted(kinds.items())))
    print()
    for f in score.failures[: a.failures]:
        extra = f.get("got") if f["kind"] != "extra" else f"{f['event']} [{f['factuality']}] trigger {f['trigger']!r}"
        print(f"{f['id']} {f['kind']:10} {f['event']:9} {extra}\n    {f['text']}")
    print(f"\n{len(items)} sentences in {seconds:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
