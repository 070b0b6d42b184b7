"""Speed of the language layer: sentences per second per core, by language and step.

    python benchmarks/bench_language.py [--articles N] [--rounds N]

The texts are those of ``bench_extract.py``: every distinct news text available (the
shared seed article, Kronika's evaluation sentences, the PLOVER gold sentences) and a
stream of different articles drawn from their sentences. Each figure is measured in a
fresh process (CPU time of one core), per language:

* load: seconds until the first analysis returns (dictionaries, rules, imports);
* cold: the first pass over the distinct texts, every word form new to the process
  (the worst case per sentence: pymorphy3 parses each new form once); "+load" counts
  the loading too (a short run: one article, ``kronika dates``);
* stream: the first pass over the stream of articles, where the vocabulary recurs
  from article to article as it does in news;
* warm: the stream again, every word form cached (the figure for a long ingest);
* the steps alone, warm: sentence splitting, tokens with lemma candidates, times.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

PUBLISHED = date(2025, 10, 17)


def _corpora(lang: str, articles: int) -> tuple[list[str], list[str]]:
    """The distinct texts and the stream articles of one language."""
    from bench_extract import _pools, _stream

    texts, pools = _pools()
    distinct = [t for l, t in texts if l == lang]
    stream = [t for l, t in _stream(pools, articles, 7) if l == lang]
    return distinct, stream


def _one(lang: str, articles: int, rounds: int) -> dict[str, float]:
    """All figures of one language, measured in this (fresh) process."""
    distinct, stream = _corpora(lang, articles)
    from kronika.language import find_times, get_analyzer
    from kronika.language.sentences import split_sentences
    from kronika.model import Document

    def docs(texts: list[str]) -> list[Document]:
        return [Document(id=f"b{i}", text=t, language=lang, published=PUBLISHED) for i, t in enumerate(texts)]

    cold_docs, stream_docs = docs(distinct), docs(stream)
    t0 = time.process_time()
    analyzer = get_analyzer(lang)
    analyzer.analyze(Document(id="warm-up", text="Xq 1.", language=lang, published=PUBLISHED))
    load = time.process_time() - t0

    def rate(fn, items: list[Document]) -> tuple[float, int]:
        t = time.process_time()
        n = sum(len(fn(d)) for d in items)
        return n / max(time.process_time() - t, 1e-9), n

    cold, n_cold = rate(lambda d: analyzer.analyze(d).sentences, cold_docs)
    stream_first, n_stream = rate(lambda d: analyzer.analyze(d).sentences, stream_docs)

    def best(fn) -> float:
        times = []
        for _ in range(rounds):
            t = time.process_time()
            for d in stream_docs:
                fn(d)
            times.append(time.process_time() - t)
        return n_stream / max(min(times), 1e-9)

    return {
        "load": load, "n_cold": n_cold, "cold": cold, "n_stream": n_stream, "stream": stream_first,
        "warm": best(analyzer.analyze),
        "split": best(lambda d: split_sentences(d.text, lang)),
        "tokens": best(lambda d: analyzer.sentences(d.text)),
        "times": best(lambda d: find_times(d.text, PUBLISHED, lang)),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1500, help="articles in the stream (all languages)")
    ap.add_argument("--rounds", type=int, default=3, help="timings of each warm figure (the best is kept)")
    ap.add_argument("--one", help=argparse.SUPPRESS)  # internal: measure one language, print JSON
    args = ap.parse_args()
    if args.one:
        print(json.dumps(_one(args.one, args.articles, args.rounds)))
        return
    print(f"{'lang':4} | {'load s':>6} | {'cold':>13} {'+load':>6} | {'stream':>13} | {'warm':>6} | {'split':>7} {'tokens':>7} {'times':>7}   (sentences/second, one core)")
    total = {"cold": [0, 0.0], "stream": [0, 0.0], "warm": [0, 0.0]}
    for lang in ("en", "uk", "ru"):
        p = subprocess.run(
            [sys.executable, __file__, "--one", lang, "--articles", str(args.articles), "--rounds", str(args.rounds)],
            capture_output=True, text=True,
        )
        if p.returncode != 0:
            print(f"{lang}: failed: {p.stderr.strip()[-300:]}", file=sys.stderr)
            continue
        r = json.loads(p.stdout)
        for key, n in (("cold", r["n_cold"]), ("stream", r["n_stream"]), ("warm", r["n_stream"])):
            total[key][0] += n
            total[key][1] += n / r[key]
        print(
            f"{lang:4} | {r['load']:6.2f} | {r['cold']:6.0f} ({r['n_cold']:4d}) {r['n_cold'] / (r['load'] + r['n_cold'] / r['cold']):6.0f} | "
            f"{r['stream']:6.0f} ({r['n_stream']:4d}) | "
            f"{r['warm']:6.0f} | {r['split']:7.0f} {r['tokens']:7.0f} {r['times']:7.0f}"
        )
    summary = ", ".join(f"{k} {n / s:.0f}" for k, (n, s) in total.items() if s)
    print(f"all three languages (sentences/second): {summary}")


if __name__ == "__main__":
    main()
