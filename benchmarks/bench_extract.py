#!/usr/bin/env python3
"""Speed and memory of ``kronika extract`` on news text, start-up included.

Builds a JSON-lines corpus from news-style text (the shared seed article in three
languages when it is beside the repository, and Kronika's own test sentences), runs
``kronika extract CORPUS --format jsonl`` in a fresh process, and prints sentences per
second (wall clock, one process = one core, start-up included) and the peak resident
memory of that process.

Usage: python benchmarks/bench_extract.py [--copies N] [--keep PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def _texts() -> list[tuple[str, str]]:
    """(language, text) pairs of news-style prose."""
    import yaml

    out: list[tuple[str, str]] = []
    for lang in ("en", "uk", "ru"):
        seed = SHARED / "seed" / f"seed-{lang}.txt"
        if seed.is_file():
            out.append((lang, seed.read_text(encoding="utf-8")))
        sents = REPO / "tests" / "evaluation" / "data" / f"sentences-{lang}.yaml"
        if sents.is_file():
            items = yaml.safe_load(sents.read_text(encoding="utf-8")) or []
            # ten sentences a document, as in a short news item
            texts = [str(i["text"]) for i in items if isinstance(i, dict) and i.get("text")]
            for k in range(0, len(texts), 10):
                out.append((lang, " ".join(texts[k : k + 10])))
    if not out:
        out.append(("en", "Poland imposed sanctions on Belarus on Monday. Iran released more than 20 prisoners."))
    return out


def _count_sentences(docs: list[dict]) -> int:
    from datetime import date

    from kronika.language import analyze
    from kronika.model import Document

    n = 0
    for d in docs:
        doc = Document.from_text(d["text"], language=d["lang"], published=date.fromisoformat(d["published"]))
        n += len(analyze(doc).sentences)
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=40, help="how many times the corpus is repeated")
    ap.add_argument("--keep", help="write the corpus here instead of a temporary file")
    a = ap.parse_args(argv)

    base = _texts()
    docs = []
    for c in range(a.copies):
        for i, (lang, text) in enumerate(base):
            # a copy number in the text keeps document ids distinct
            docs.append({"id": f"c{c}-{i}", "text": f"{text}\n\n({c})", "lang": lang, "published": "2025-10-17"})
    sentences = _count_sentences(docs[: len(base)]) * a.copies

    path = Path(a.keep) if a.keep else Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with path.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    kronika = [sys.executable, "-m", "kronika"]
    t0 = time.perf_counter()
    p = subprocess.run([*kronika, "extract", str(path), "--format", "jsonl"], capture_output=True, text=True, cwd=REPO)
    seconds = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if not a.keep:
        os.unlink(path)
    if p.returncode != 0:
        print(f"kronika extract failed ({p.returncode}): {p.stderr.strip()[-400:]}", file=sys.stderr)
        return 1
    events = sum(1 for line in p.stdout.splitlines() if line.strip())
    t1 = time.perf_counter()
    subprocess.run([*kronika, "extract", "--help"], capture_output=True, text=True, cwd=REPO)
    startup = time.perf_counter() - t1
    print(f"documents: {len(docs)}, sentences: {sentences}, events: {events}")
    print(f"wall time: {seconds:.2f} s (start-up of the command alone: {startup:.2f} s)")
    print(f"speed: {sentences / seconds:.0f} sentences/s on one core, start-up included")
    print(f"peak memory: {peak_kb / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
