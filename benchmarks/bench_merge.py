"""Benchmark of stored mentions: bulk load, merge, queries, incremental adds.

Builds a synthetic store of N mentions (default 1,000,000) reporting N/3.3 made-up
real events: each event is reported 1-6 times, in documents of the following days, in
English, Ukrainian and Russian, with a dated or undated sentence; some events recur
with other dates (monthly releases, yearly sanctions). Then it times

* the bulk insert (one transaction),
* the full merge (``kronika.merge.stored.rebuild``) and how well it recovers the
  made-up events (purity: share of merged events whose mentions all report one event;
  completeness: share of made-up events that end up in one merged event),
* queries as ``kronika events`` runs them,
* ingest of new documents into the big store (``add_events``) and the incremental
  merge of their mentions on the next read (``kronika.merge.stored.ensure_merged``),

and prints the figures. Usage: python benchmarks/bench_merge.py [N] [--keep FILE]
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

from kronika.merge.sanctions import lifecycle
from kronika.model import Attribution, Document, DocumentRef, Entity, Event, EventDate, Evidence
from kronika.store import Store
from kronika.store.events import add_events, add_mentions_bulk
from kronika.merge.stored import EventQuery, ensure_merged, load_events, rebuild
from kronika.store.merged import select_events

TYPES = {
    "AGREE": (None, 1), "CONSULT": ("visit", 1), "SUPPORT": (None, 1), "COOPERATE": (None, 2),
    "RETREAT": ("release", 2), "REQUEST": (None, 3), "ACCUSE": ("disapprove", 3), "REJECT": ("yield", 3),
    "THREATEN": ("restrict", 3), "SANCTION": ("discontinue", 3), "PROTEST": ("demo", 4),
    "COERCE": ("arrest", 4), "ASSAULT": ("aerial", 4), "MOBILIZE": ("troops", 4),
}
SANCTION_ACTIONS = {"SANCTION": ["impose", "strengthen", "extend"], "RETREAT": [None, None, "ease", "lift"],
                    "REJECT": [None, "refuse_to_lift"], "THREATEN": [None, "threaten"]}
COUNTRIES = ["USA", "RUS", "UKR", "BLR", "EUR", "POL", "LTU", "LVA", "DEU", "FRA", "GBR", "CHN", "TUR", "IRN",
             "ISR", "KAZ", "GEO", "MDA", "ARM", "AZE", "HUN", "ROU", "EST", "FIN", "SWE", "JPN", "IND", "SYR"]
SECTORS = ["GOV", "GOV", "GOV", "MIL", "OPP", "BUS", "JUD", "COP"]
LANGS = ("en", "uk", "ru")
START = date(2024, 1, 1)
DAYS = 730


def _entity(rng: random.Random, lang: str, cache: dict) -> Entity:
    c = rng.choice(COUNTRIES)
    s = rng.choice(SECTORS)
    k = rng.randrange(3)  # three named actors per country and sector
    key = (c, s, k, lang)
    e = cache.get(key)
    if e is None:
        name = f"{c}-{s}-{k}"
        # unknown names (BUS) stay as written, so they differ by language
        shown = name if s != "BUS" else f"{name}-{lang}"
        e = Entity(text=f"{shown} ({lang})", name=shown, country=c, sector=s, id=None if s == "BUS" else f"Q{abs(hash(name)) % 10**7}")
        cache[key] = e
    return e


def _localise(e: Entity, lang: str, cache: dict) -> Entity:
    c, s, k = e.name.split("-")[:3]
    return cache.get((c, s, int(k), lang)) or e


def generate(n: int, seed: int = 7):
    """Yield (Event, true event number) for about n mentions, and the documents."""
    rng = random.Random(seed)
    cache: dict = {}
    docs: dict[str, Document] = {}
    out: list[tuple[Event, int]] = []
    true_id = 0
    while len(out) < n:
        true_id += 1
        etype = rng.choice(list(TYPES))
        mode, quad = TYPES[etype]
        action = rng.choice(SANCTION_ACTIONS.get(etype, [None]))
        actor = [_entity(rng, "en", cache)]
        recipient = [_entity(rng, "en", cache)] if rng.random() < 0.85 else []
        day = rng.randrange(DAYS)
        precision = rng.choice(["day", "month", "published", "published"])
        k = min(6, 1 + int(rng.expovariate(1 / 2.3)))
        for j in range(k):
            lang = rng.choice(LANGS)
            pub = min(DAYS + 10, day + rng.randrange(6))
            doc_id = f"{pub:04d}-{lang}-{rng.randrange(90):03d}"
            pub_iso = (START + timedelta(days=pub)).isoformat()
            if doc_id not in docs:
                docs[doc_id] = Document(id=doc_id, text=f"text {doc_id}", title=doc_id,
                                        published=START + timedelta(days=pub), language=lang)
            ev_day = START + timedelta(days=day)
            if precision == "day":
                d = EventDate(ev_day.isoformat(), ev_day.isoformat(), "day", "on the day")
            elif precision == "month":
                first = ev_day.replace(day=1)
                last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
                d = EventDate(first.isoformat(), last.isoformat(), "month", "that month")
            else:
                d = EventDate(pub_iso, pub_iso, "published", None)
            sent = len(out) % 40
            ev = Event(
                id=f"m{len(out):07d}", event_type=etype, mode=mode, cameo="000", quad=quad, contexts=("diplomatic",),
                actor=tuple(_localise(e, lang, cache) for e in actor),
                recipient=tuple(_localise(e, lang, cache) for e in recipient),
                date=d, factuality="asserted", attribution=Attribution("Agency", None), sanction_action=action,
                size={}, language=lang, document=DocumentRef(doc_id, None, doc_id, pub_iso, lang),
                evidence=Evidence(f"A synthetic sentence number {sent} about the event.", sent, 0, 50, "did", "bench"),
                confidence=0.7,
            )
            out.append((ev, true_id))
            if len(out) >= n:
                break
    return out, docs, true_id


def timed(label: str, fn, *args, **kw):  # noqa: ANN001, ANN201
    t = time.perf_counter()
    result = fn(*args, **kw)
    dt = time.perf_counter() - t
    print(f"{label:<58} {dt * 1000:10.1f} ms")
    return result, dt


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    n = int(args[0]) if args else 1_000_000
    keep = sys.argv[sys.argv.index("--keep") + 1] if "--keep" in sys.argv else None
    tmp = tempfile.mkdtemp(prefix="kronika-bench-")
    path = Path(keep) if keep else Path(tmp) / "bench.db"
    if path.exists():
        path.unlink()
    print(f"synthetic store: {n:,} mentions -> {path}")

    (data, gen_dt) = timed("generate event records (Python objects)", generate, n)
    mentions, docs, n_true = data
    print(f"  {len(mentions):,} mentions, {len(docs):,} documents, {n_true:,} made-up events")

    store = Store.open(path)

    def load() -> None:
        with store.transaction():
            store.conn.executemany(
                "INSERT INTO documents (id, title, url, published, language, text, source, source_id, chars,"
                " ingested_at) VALUES (?, ?, NULL, ?, ?, ?, '', NULL, ?, '2026-01-01T00:00:00')",
                ((d.id, d.title, d.published.isoformat(), d.language, d.text, len(d.text)) for d in docs.values()))
            add_mentions_bulk(store.conn, (ev for ev, _ in mentions))

    _, load_dt = timed("bulk insert documents + mentions (one transaction)", load)
    print(f"  {len(mentions) / load_dt:,.0f} mentions/s")

    def merge():  # noqa: ANN202
        with store.transaction():
            return rebuild(store.conn)

    stats, merge_dt = timed("merge all mentions (rebuild)", merge)
    print(f"  {stats.mentions:,} mentions -> {stats.events:,} merged events ({n_true:,} made up);"
          f" {stats.mentions / merge_dt:,.0f} mentions/s")

    # quality against the made-up truth
    truth = {ev.id: t for ev, t in mentions}
    by_event: dict[int, set[int]] = defaultdict(set)
    pure = 0
    clusters: dict[int, list[str]] = defaultdict(list)
    for pk, mid_id in store.conn.execute("SELECT event_pk, id FROM event_mentions"):
        clusters[pk].append(mid_id)
    for pk, ids in clusters.items():
        ts = {truth[i] for i in ids}
        pure += len(ts) == 1
        for t in ts:
            by_event[t].add(pk)
    complete = sum(1 for pks in by_event.values() if len(pks) == 1)
    print(f"  purity {pure / len(clusters):.4f} (merged events with one made-up event);"
          f" completeness {complete / len(by_event):.4f} (made-up events in one merged event)")

    queries = [
        ("events --actor USA --limit 100", EventQuery(actor="USA", limit=100)),
        ("events --actor USA (all)", EventQuery(actor="USA")),
        ("events --actor usa-gov --recipient BLR (name substring)", EventQuery(actor="usa-gov", recipient="BLR")),
        ("events --actor USA --recipient BLR --type SANCTION", EventQuery(actor="USA", recipient="BLR", event_type="SANCTION")),
        ("events --type ASSAULT --since 2025-03-01 --until 2025-03-31", EventQuery(event_type="ASSAULT", since="2025-03-01", until="2025-03-31")),
        ("events --language uk --limit 100", EventQuery(language="uk", limit=100)),
        ("events --since 2025-12-01 (all)", EventQuery(since="2025-12-01")),
    ]
    for label, q in queries:
        t = time.perf_counter()
        rows = select_events(store.conn, q)
        t_sel = time.perf_counter() - t
        evs = list(load_events(store.conn, rows[:1000]))
        dt = time.perf_counter() - t
        print(f"{label:<58} {dt * 1000:10.1f} ms  ({len(rows):,} events; select {t_sel * 1000:.1f} ms,"
              f" records of {len(evs):,})")

    timed("sanctions BLR-BUS-0 (lifecycle)", lifecycle, store, "BLR-BUS-0")
    timed("sanctions (every target, lifecycle)", lifecycle, store)

    # incremental ingest into the big store
    rng = random.Random(11)
    new_docs = []
    for i in range(1000):
        lang = LANGS[i % 3]
        d = Document(id=f"new-{i}", text=f"new text {i}", title="new", published=START + timedelta(days=DAYS - 5),
                     language=lang)
        evs = [ev for ev, _ in rng.sample(mentions, 5)]
        evs = [Event(**{**{f: getattr(ev, f) for f in ev.__dataclass_fields__}, "id": f"new-{i}-{j}",
                        "document": DocumentRef(d.id, None, "new", d.published.isoformat(), lang)})
               for j, ev in enumerate(evs)]
        new_docs.append((d, evs))

    def ingest_new() -> None:
        for d, evs in new_docs:
            with store.transaction():
                store.add_document(d)
                add_events(store, d, evs)

    _, inc_dt = timed("ingest 1,000 documents x 5 events (per-doc commit)", ingest_new)
    print(f"  {1000 / inc_dt:,.0f} documents/s stored")
    _, m_dt = timed("first read after it: merge the 5,000 pending mentions", ensure_merged, store)
    print(f"  {5000 / m_dt:,.0f} mentions/s merged into the existing events")

    def ingest_one_and_read() -> None:
        d, evs = new_docs[0]
        d2 = Document(id="one-more", text="one more", title="x", published=d.published, language=d.language)
        evs = [Event(**{**{f: getattr(ev, f) for f in ev.__dataclass_fields__}, "id": f"one-{j}"})
               for j, ev in enumerate(evs)]
        with store.transaction():
            store.add_document(d2)
            add_events(store, d2, evs)
        ensure_merged(store)
        list(load_events(store.conn, select_events(store.conn, EventQuery(limit=10))))

    timed("one more document stored, then a query (merge 5 + select)", ingest_one_and_read)
    n_events = store.conn.execute("SELECT count(*) FROM merged_events").fetchone()[0]
    print(f"merged events now {n_events:,}")
    store.close()
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    print(f"store file {size / 1e6:,.0f} MB")
    print(f"total: generate {gen_dt:.1f} s, load {load_dt:.1f} s, merge {merge_dt:.1f} s")
    if not keep:
        for p in path.parent.glob(path.name + "*"):
            os.unlink(p)


if __name__ == "__main__":
    main()
