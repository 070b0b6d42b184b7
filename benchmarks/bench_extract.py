#!/usr/bin/env python3
"""Speed and memory of ``kronika extract`` on news text, start-up included.

Two corpora, each run by ``kronika extract CORPUS --format jsonl`` in a fresh process:

* cold: every distinct news text available once (the shared seed article in three
  languages when it is beside the repository, Kronika's evaluation sentences, the 322
  sentences of the PLOVER gold standard in short items): every word is new to the
  process, so this is the worst case per sentence;
* stream: ``--articles`` different articles (6 to 20 sentences each, drawn at random
  without repetition inside an article from the same pools, per language), as a news
  feed gives them: the vocabulary recurs across articles as it does in news, though
  more than in a real feed because the pools are small.

For each it prints sentences per second by wall clock and by CPU time (one process =
one core; the CPU figure is the one to compare across machines and loads) and the peak
resident memory of the process. ``--stages`` also times the stages in this process
(language / actors / events) on the stream corpus, first pass and again warm.

Usage: python benchmarks/bench_extract.py [--articles N] [--seed S] [--stages] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO))
PUBLISHED = "2025-10-17"


def _pools() -> tuple[list[tuple[str, str]], dict[str, list[str]]]:
    """(language, text) of every distinct news text, and the sentences of each language."""
    import yaml

    from kronika.language.sentences import split_sentences

    texts: list[tuple[str, str]] = []
    for lang in ("en", "uk", "ru"):
        seed = SHARED / "seed" / f"seed-{lang}.txt"
        if seed.is_file():
            texts.append((lang, seed.read_text(encoding="utf-8")))
        mini = REPO / "tests" / "evaluation" / "data" / f"mini-{lang}.txt"
        if mini.is_file():
            texts.append((lang, mini.read_text(encoding="utf-8")))
        path = REPO / "tests" / "evaluation" / "data" / f"sentences-{lang}.yaml"
        if path.is_file():
            items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
            sents = [str(i["text"]) for i in items if isinstance(i, dict) and i.get("text")]
            texts += [(lang, " ".join(sents[k : k + 8])) for k in range(0, len(sents), 8)]
    plover = SHARED / "data" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"
    if plover.is_file():
        raw = re.sub(r",(\s*[\]}])", r"\1", plover.read_text(encoding="utf-8"))
        sents = [str(r["text"]) for r in json.loads(raw) if r.get("text")]
        texts += [("en", " ".join(sents[k : k + 8])) for k in range(0, len(sents), 8)]
    if not texts:
        texts.append(("en", "Poland imposed sanctions on Belarus on Monday. Iran released more than 20 prisoners."))
    pools: dict[str, list[str]] = {}
    for lang, text in texts:
        for sp in split_sentences(text, lang):
            pools.setdefault(lang, []).append(text[sp.start : sp.end])
    return texts, {lang: list(dict.fromkeys(s)) for lang, s in pools.items()}


def _stream(pools: dict[str, list[str]], n: int, seed: int) -> list[tuple[str, str]]:
    """``n`` different articles of 6-20 sentences drawn from the pools, languages in turn."""
    rng = random.Random(seed)
    langs = sorted(pools)
    out = []
    for i in range(n):
        lang = langs[i % len(langs)]
        pool = pools[lang]
        k = min(len(pool), rng.randint(6, 20))
        sents = rng.sample(pool, k)
        # two or three paragraphs, as in a short news item
        cut = sorted(rng.sample(range(1, k), min(2, k - 1))) if k > 2 else []
        paras, last = [], 0
        for c in [*cut, k]:
            paras.append(" ".join(sents[last:c]))
            last = c
        out.append((lang, "\n\n".join(paras)))
    return out


def _write(docs: list[tuple[str, str]], path: Path) -> int:
    """Write the JSON-lines corpus; returns its number of sentences."""
    from kronika.language.sentences import split_sentences

    n = 0
    with path.open("w", encoding="utf-8") as f:
        for i, (lang, text) in enumerate(docs):
            n += len(split_sentences(text, lang))
            f.write(json.dumps({"id": f"d{i}", "text": text, "lang": lang, "published": PUBLISHED}, ensure_ascii=False) + "\n")
    return n


#: runs a command and reports its CPU time and peak memory; a small launcher, because a
#: child forked from this (large) process would report this process's memory as its peak
_LAUNCHER = """
import json, os, subprocess, sys
p = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(p.pid, 0)
sys.stderr.write(json.dumps([os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime, usage.ru_maxrss]))
"""


def _measure(args: list[str]) -> tuple[float, float, float, int, str]:
    """Wall and CPU seconds, peak RSS (MB), exit code and output (stdout, or stderr on failure)."""
    t0 = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", _LAUNCHER, *args], capture_output=True, text=True, cwd=REPO)
    wall = time.perf_counter() - t0
    err, _, report = p.stderr.rpartition("\n") if not p.stderr.startswith("[") else ("", "", p.stderr)
    code, cpu, peak_kb = json.loads(report)
    return wall, cpu, peak_kb / 1024, code, p.stdout if code == 0 else err


def _stages(docs: list[tuple[str, str]]) -> None:
    """Seconds per stage in this process: first pass (new words), then warm."""
    from datetime import date

    from kronika import pipeline
    from kronika.model import Document

    objs = [Document.from_text(t, language=l, published=date.fromisoformat(PUBLISHED)) for l, t in docs]
    for label in ("first pass", "warm"):
        spent = {"language": 0.0, "actors": 0.0, "events": 0.0}
        n = 0
        for d in objs:
            t0 = time.process_time()
            adoc = pipeline.analyze(d)
            t1 = time.process_time()
            mentions = pipeline.find_actors(adoc)
            t2 = time.process_time()
            pipeline.code_events(adoc, mentions)
            t3 = time.process_time()
            spent["language"] += t1 - t0
            spent["actors"] += t2 - t1
            spent["events"] += t3 - t2
            n += len(adoc.sentences)
        total = sum(spent.values())
        parts = ", ".join(f"{k} {v:.2f} s ({v / total:.0%}, {n / v:.0f} sent/s)" for k, v in spent.items() if v)
        print(f"  stages, {label}: {n} sentences in {total:.2f} s CPU = {n / total:.0f} sent/s; {parts}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=1500, help="articles in the stream corpus")
    ap.add_argument("--seed", type=int, default=7, help="random seed of the stream corpus")
    ap.add_argument("--stages", action="store_true", help="also time the stages in this process")
    ap.add_argument("--keep", help="write the corpora into this folder instead of a temporary one")
    a = ap.parse_args(argv)

    texts, pools = _pools()
    folder = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="kronika-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    corpora = [("cold", texts), ("stream", _stream(pools, a.articles, a.seed))]
    print(f"sentence pools: {', '.join(f'{l} {len(s)}' for l, s in sorted(pools.items()))}")
    for name, docs in corpora:
        path = folder / f"{name}.jsonl"
        sentences = _write(docs, path)
        wall, cpu, peak, code, out = _measure([sys.executable, "-m", "kronika", "extract", str(path), "--format", "jsonl"])
        if code != 0:
            print(f"kronika extract failed ({code}) on {name}: {out.strip()[-400:]}", file=sys.stderr)
            return 1
        events = sum(1 for line in out.splitlines() if line.strip())
        print(
            f"{name:6}: {len(docs)} documents, {sentences} sentences, {events} events | "
            f"wall {wall:.2f} s = {sentences / wall:.0f} sent/s | CPU {cpu:.2f} s = {sentences / cpu:.0f} sent/s "
            f"(start-up included) | peak {peak:.0f} MB"
        )
        if not a.keep:
            path.unlink()
    wall, cpu, peak, _, _ = _measure([sys.executable, "-m", "kronika", "extract", "--help"])
    print(f"start-up alone (kronika extract --help): wall {wall:.2f} s, CPU {cpu:.2f} s, peak {peak:.0f} MB")
    if not a.keep:
        folder.rmdir()
    if a.stages:
        _stages(corpora[1][1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
