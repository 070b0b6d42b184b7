#!/usr/bin/env python3
"""Kronika's event coder on the PLOVER gold standard records: type recall, actor agreement,
precision (per type too) and speed.

Usage: python benchmarks/eval_plover_gsr.py [PLOVER_GSR_CAMEO.txt] [--verbose] [--json]

Without a path, the file is looked up beside the repository
(``<repo>/../shared/data/plover-gsr/PLOVER_GSR_CAMEO.txt``). The records are © the Open
Event Data Alliance, CC BY-SA 4.0: cite the PLOVER project where these figures are reported.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO.parent / "shared" / "data" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gsr", nargs="?", default=str(DEFAULT))
    ap.add_argument("--verbose", action="store_true", help="list every record whose type was not found")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    a = ap.parse_args(argv)
    if not Path(a.gsr).is_file():
        print(f"{a.gsr}: no such file", file=sys.stderr)
        return 1

    from kronika import pipeline
    from kronika.evaluate.plover_gsr import evaluate_plover, load_gsr
    from kronika.evaluate.report import plover_table

    records = load_gsr(a.gsr)
    t0 = time.perf_counter()
    result = evaluate_plover(records, pipeline.extract)
    seconds = time.perf_counter() - t0
    result["seconds"] = round(seconds, 2)
    result["sentences_per_second"] = round(len(records) / seconds, 1) if seconds else None
    if a.json:
        if not a.verbose:
            result.pop("misses")
        print(json.dumps(result, indent=1))
    else:
        print(plover_table(result, verbose=a.verbose))
        print(f"{seconds:.1f} s, {result['sentences_per_second']} sentences/s "
              f"(actor right on {result['actor_accuracy']:.2f} of the found types)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
