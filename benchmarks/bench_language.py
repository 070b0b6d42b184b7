"""Speed of the language layer: sentences per second per core, by step and language.

    python benchmarks/bench_language.py [--rounds N] [FILE.txt ...]

Reads the given plain-text news files (by default the seed articles beside the
repository, ``../shared/seed/seed-{en,uk,ru}.txt``), takes the language from the file
name (``-en``, ``-uk``, ``-ru``) and prints, per language:

* load: seconds to load the analysers (pymorphy3 and simplemma dictionaries), once per process;
* new words: the first analysis after loading, when every word form is new to the caches
  (the worst case: an article of vocabulary never seen before);
* warm: steady state over ``--rounds`` repetitions, when the per-word caches hold the
  vocabulary (news repeats its words: this is the figure for a long ingest);
* the steps alone: sentence splitting, tokens with lemma candidates, time expressions.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kronika.language import find_times, get_analyzer  # noqa: E402
from kronika.language.sentences import split_sentences  # noqa: E402
from kronika.model import Document  # noqa: E402

PUBLISHED = date(2025, 10, 17)


def _files(args: list[str]) -> list[tuple[str, Path]]:
    paths = [Path(a) for a in args] or [ROOT.parent / "shared" / "seed" / f"seed-{l}.txt" for l in ("en", "uk", "ru")]
    out = []
    for p in paths:
        m = re.search(r"(?:^|[-_.])(en|uk|ru)(?:[-_.]|$)", p.stem)
        if not p.is_file() or not m:
            print(f"skipped {p}: missing or no -en/-uk/-ru in its name", file=sys.stderr)
            continue
        out.append((m.group(1), p))
    return out


def _rate(fn, n_sentences: int, rounds: int) -> float:
    """Best of three timings of ``rounds`` calls: sentences per second."""
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        for _ in range(rounds):
            fn()
        best = min(best, time.process_time() - t0)
    return n_sentences * rounds / best


def _plover_text() -> str | None:
    """The 322 English sentences of the PLOVER gold standard as one text (fresh vocabulary)."""
    import json

    path = ROOT.parent / "shared" / "data" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"
    if not path.is_file():
        return None
    raw = re.sub(r",(\s*[\]}])", r"\1", path.read_text(encoding="utf-8"))
    return "\n\n".join(r["text"] for r in json.loads(raw) if r.get("text"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--rounds", type=int, default=30)
    args = ap.parse_args()
    files = _files(args.files)
    if not files:
        sys.exit("no input files")
    print(f"{'lang':4} {'sents':>5} {'chars':>6} | {'load s':>6} {'new-words':>9} {'warm':>9} | {'split':>8} {'tokens':>8} {'times':>8}  (sentences/second, one core)")
    total_sents = 0
    total_time = 0.0
    for lang, path in files:
        text = path.read_text(encoding="utf-8")
        doc = Document(id=path.stem, text=text, language=lang, published=PUBLISHED)
        analyzer = get_analyzer(lang)
        t0 = time.process_time()
        analyzer.analyze(Document(id="warm-up", text="Xq 1.", language=lang, published=PUBLISHED))
        load = time.process_time() - t0
        t0 = time.process_time()
        adoc = analyzer.analyze(doc)
        cold = time.process_time() - t0
        n = len(adoc.sentences)
        warm = _rate(lambda: analyzer.analyze(doc), n, args.rounds)
        split = _rate(lambda: split_sentences(text, lang), n, args.rounds)
        tokens = _rate(lambda: analyzer.sentences(text), n, args.rounds)
        times = _rate(lambda: find_times(text, PUBLISHED, lang), n, args.rounds)
        total_sents += n
        total_time += n / warm
        print(f"{lang:4} {n:5d} {len(text):6d} | {load:6.2f} {n / cold:9.0f} {warm:9.0f} | {split:8.0f} {tokens:8.0f} {times:8.0f}")
    plover = _plover_text() if not args.files else None
    if plover:
        doc = Document(id="plover", text=plover, language="en", published=PUBLISHED)
        analyzer = get_analyzer("en")
        t0 = time.process_time()
        adoc = analyzer.analyze(doc)
        first = time.process_time() - t0
        n = len(adoc.sentences)
        warm = _rate(lambda: analyzer.analyze(doc), n, max(1, args.rounds // 10))
        print(f"en-plover {n} sentences (PLOVER gold standard): first pass {n / first:.0f} s/s, warm {warm:.0f} s/s")
    print(f"all  {total_sents:5d}        | {'':16} {total_sents / total_time:9.0f} |  (warm, whole layer: sentences+tokens+lemmas+times)")


if __name__ == "__main__":
    main()
