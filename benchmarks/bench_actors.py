"""Benchmark of the actor stage: dictionary load time, mentions resolved per second,
lookups per second, and matching with 100k extra names in the index.

Run: python benchmarks/bench_actors.py [--docs PATH...] [--articles N]
Without --docs it uses the seed articles of the shared reference folder when present,
else a built-in paragraph in each language. ``--articles`` (default 1500, 0 to skip) also
times find_mentions on the multi-article news stream of ``bench_extract.py`` (same pools,
same seed), the corpus whose vocabulary recurs as in a feed: CPU seconds per pass, best of
three, in sentences/s.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

FALLBACK = {
    "en": "Belarusian President Alexander Lukashenko met Russian President Vladimir Putin in Minsk. "
          "The European Union and Washington discussed sanctions on Belavia with Lithuanian officials. ",
    "uk": "Білоруський президент Олександр Лукашенко зустрівся з Володимиром Путіним у Мінську. "
          "Європейський Союз і Вашингтон обговорили санкції проти Белавіа з литовськими посадовцями. ",
    "ru": "Президент Беларуси Александр Лукашенко встретился с Владимиром Путиным в Минске. "
          "Евросоюз и Вашингтон обсудили санкции против Белавиа с литовскими чиновниками. ",
}


def _docs(paths: list[str]) -> list[tuple[str, str]]:
    from kronika.actors.keys import guess_language

    if paths:
        return [(Path(p).read_text(encoding="utf-8"), guess_language(Path(p).read_text(encoding="utf-8")[:2000])) for p in paths]
    shared = REPO.parent / "shared" / "seed"
    out = []
    for lang in ("en", "uk", "ru"):
        p = shared / f"seed-{lang}.txt"
        out.append((p.read_text(encoding="utf-8") if p.is_file() else FALLBACK[lang] * 20, lang))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", nargs="*", default=[])
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--articles", type=int, default=1500, help="articles in the stream corpus (0: skip)")
    args = ap.parse_args()

    from kronika.actors.dictionary import load_dictionary
    from kronika.actors.matcher import build_index
    from kronika.actors.resolve import ActorResolver, _compiled
    from kronika.language import analyze
    from kronika.model import Document

    # --- load times: cold (no cache) and warm (compiled cache)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CACHE_HOME"] = tmp
        t = time.perf_counter()
        d = load_dictionary()
        t_yaml = time.perf_counter() - t
        t = time.perf_counter()
        index = build_index(d)
        t_index = time.perf_counter() - t
        _compiled()  # writes the cache
        t = time.perf_counter()
        d, index = _compiled()
        t_warm = time.perf_counter() - t
    print(f"dictionary: {len(d.actors)} actors, {len(d.names)} names, {index.size} index paths")
    print(f"load cold: read+validate {t_yaml:.3f} s, index {t_index:.3f} s; warm (compiled cache): {t_warm:.3f} s")

    resolver = ActorResolver(d, index)
    adocs = [analyze(Document.from_text(text, language=lang, published=date(2025, 10, 17))) for text, lang in _docs(args.docs)]
    resolver.find_mentions(adocs[0])  # warm the caches
    n_tokens = sum(len(s.tokens) for a in adocs for s in a.sentences)
    times = []
    n_mentions = 0
    for _ in range(args.rounds):
        t = time.perf_counter()
        n_mentions = sum(len(resolver.find_mentions(a)) for a in adocs)
        times.append(time.perf_counter() - t)
    med = statistics.median(times)
    resolved = sum(1 for a in adocs for m in resolver.find_mentions(a) if m.entity is not None)
    print(f"find_mentions: {len(adocs)} documents, {n_tokens} tokens, {n_mentions} mentions ({resolved} resolved) "
          f"in {med * 1000:.1f} ms -> {resolved / med:,.0f} resolved mentions/s, {n_tokens / med:,.0f} tokens/s")

    if args.articles:
        _stream_figures(resolver, args.articles)

    names = ["Лукашенка", "Belarusian authorities", "посол Белоруссии", "Trump", "Євросоюзу", "Xyzzy Plonk"]
    t = time.perf_counter()
    for _ in range(50):
        for n in names:
            resolver.lookup(n)
    dt = time.perf_counter() - t
    print(f"lookup: {50 * len(names) / dt:,.0f} lookups/s (analysis included)")

    # --- 100k extra names: build and match
    from kronika.actors.dictionary import Actor, Name

    rng = random.Random(7)
    syll = ["ka", "lo", "vi", "ner", "sto", "mar", "tel", "rin", "bo", "zan", "dru", "pel"]
    big = ActorResolver(d, index)
    extra = 100_000
    base = len(d.actors)
    t = time.perf_counter()
    for i in range(extra):
        first = "".join(rng.choice(syll) for _ in range(2)).title()
        last = "".join(rng.choice(syll) for _ in range(3)).title()
        d.actors.append(Actor(f"bench:{i}", "person", f"{first} {last}", "BLR", "GOV", source="bench"))
        big.index.add_name(Name(base + i, f"{first} {last}", "en"), "person")
    t_big = time.perf_counter() - t
    times = []
    for _ in range(max(3, args.rounds // 4)):
        t = time.perf_counter()
        for a in adocs:
            big.find_mentions(a)
        times.append(time.perf_counter() - t)
    med_big = statistics.median(times)
    print(f"+{extra:,} names: index build {t_big:.2f} s ({big.index.size:,} paths); "
          f"find_mentions {n_tokens / med_big:,.0f} tokens/s (was {n_tokens / med:,.0f})")
    return 0


def _stream_figures(resolver, articles: int) -> None:
    """find_mentions on the news stream of bench_extract.py, analysis done beforehand."""
    sys.path.insert(0, str(REPO / "benchmarks"))
    import bench_extract

    from kronika.language import analyze
    from kronika.model import Document

    _, pools = bench_extract._pools()
    docs = bench_extract._stream(pools, articles, 7)
    on = date.fromisoformat(bench_extract.PUBLISHED)
    adocs = [analyze(Document.from_text(text, language=lang, published=on)) for lang, text in docs]
    n = sum(len(a.sentences) for a in adocs)
    times = []
    for _ in range(3):
        t = time.process_time()
        mentions = sum(len(resolver.find_mentions(a)) for a in adocs)
        times.append(time.process_time() - t)
    best = min(times)
    print(f"stream: {len(adocs)} articles, {n} sentences, {mentions} mentions: find_mentions {best:.2f} s CPU "
          f"-> {n / best:,.0f} sentences/s (first pass {times[0]:.2f} s)")


if __name__ == "__main__":
    raise SystemExit(main())
