"""Benchmark of the HTTP API: requests per second for /api/events on loopback.

Builds a synthetic store of N event mentions (default 5,000) in N/4 documents, made-up
actors in 20 countries over two years, and serves it on 127.0.0.1 (a free port). Then,
for a fixed number of requests each (a bounded loop, loopback only), it times

* the first request (merges the pending mentions: what the first reader after an
  ingest pays),
* /api/events pages with no filter, by actor, by type and date range, and deep pages,
* /api/events from several client threads at once (keep-alive connections),
* /api/sanctions and /api/health,

and prints requests per second and the median and 95th-percentile latency.

Usage: python benchmarks/bench_api.py [N] [--requests R] [--threads T]
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

from kronika.api import running
from kronika.model import Attribution, Document, DocumentRef, Entity, Event, EventDate, Evidence, stable_event_id
from kronika.store import Store
from kronika.store.events import add_events

COUNTRIES = ["NOR", "CHL", "PER", "KEN", "VNM", "MEX", "CAN", "AUS", "EGY", "IDN",
             "BRA", "ZAF", "NGA", "THA", "ARG", "COL", "MAR", "PAK", "PHL", "ETH"]
TYPES = {"CONSULT": 1, "AGREE": 1, "COOPERATE": 2, "RETREAT": 2, "ACCUSE": 3, "SANCTION": 3, "PROTEST": 4}
START = date(2024, 1, 1)


def build_store(path: Path, n: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    ents = {c: Entity(c.title(), f"Government of {c}", c, "GOV", None) for c in COUNTRIES}
    with Store.open(path) as store:
        made = 0
        k = 0
        while made < n:
            k += 1
            published = START + timedelta(days=rng.randrange(730))
            lang = rng.choice(("en", "uk", "ru"))
            text = f"Synthetic report {k} of {published.isoformat()}."
            doc = Document.from_text(text, title=f"Report {k}", url=f"https://news.example/{k}",
                                     published=published, language=lang, source="bench")
            events = []
            for s in range(min(4, n - made)):
                et = rng.choice(list(TYPES))
                a, r = rng.sample(COUNTRIES, 2)
                day = (published - timedelta(days=rng.randrange(3))).isoformat()
                sentence = f"Sentence {s} of report {k}: {a} and {r}."
                action = rng.choice(["impose", "ease", "lift"]) if et in ("SANCTION", "RETREAT") else None
                events.append(Event(
                    id=stable_event_id(doc.id, s, et, s), event_type=et, mode=None, cameo=None, quad=TYPES[et],
                    contexts=(), actor=(ents[a],), recipient=(ents[r],), date=EventDate(day, day, "day", None),
                    factuality="asserted", attribution=Attribution(None, None), sanction_action=action, size={},
                    language=lang, document=DocumentRef.of(doc),
                    evidence=Evidence(sentence, s, 0, len(sentence), "x", "bench"), confidence=0.8))
            with store.transaction():
                store.add_document(doc)
                add_events(store, doc, events)
            made += len(events)


def timed(port: int, paths: list[str]) -> list[float]:
    """Latency of each request, one keep-alive connection."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    out = []
    for p in paths:
        t = time.perf_counter()
        conn.request("GET", p)
        r = conn.getresponse()
        body = r.read()
        out.append(time.perf_counter() - t)
        if r.status != 200:
            raise SystemExit(f"{p}: HTTP {r.status}: {body[:200]!r}")
    conn.close()
    return out


def report(label: str, lat: list[float], wall: float) -> None:
    lat = sorted(lat)
    p95 = lat[min(len(lat) - 1, int(0.95 * len(lat)))]
    print(f"{label:44} {len(lat) / wall:8.0f} req/s   median {statistics.median(lat) * 1000:6.1f} ms"
          f"   p95 {p95 * 1000:6.1f} ms   ({len(lat)} requests)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("n", nargs="?", type=int, default=5000, help="event mentions in the store")
    ap.add_argument("--requests", type=int, default=300, help="requests per measurement (bounded)")
    ap.add_argument("--threads", type=int, default=4)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.db"
        t = time.perf_counter()
        build_store(db, a.n)
        print(f"store: {a.n} mentions built in {time.perf_counter() - t:.1f} s")
        with running(db, "127.0.0.1", 0, quiet=True) as server:
            port = server.server_address[1]
            first = timed(port, ["/api/events?limit=1"])[0]
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            conn.request("GET", "/api/health")
            h = json.loads(conn.getresponse().read())
            conn.close()
            print(f"first request (merges {h['mentions']} pending mentions): {first:.2f} s")
            rng = random.Random(1)
            cases = {
                "/api/events (first page of 100)": lambda: "/api/events",
                "/api/events?limit=20 (page of 20)": lambda: "/api/events?limit=20",
                "/api/events?actor=X&limit=20": lambda: f"/api/events?actor={rng.choice(COUNTRIES)}&limit=20",
                "/api/events?type=T&since&until&limit=20": lambda: (
                    f"/api/events?type={rng.choice(list(TYPES))}&since=2024-{rng.randrange(1, 13):02d}"
                    f"&until=2025-{rng.randrange(1, 13):02d}&limit=20"),
                "/api/events deep page (offset 2000, 20)": lambda: "/api/events?limit=20&offset=2000",
                "/api/sanctions?target=X": lambda: f"/api/sanctions?target={rng.choice(COUNTRIES)}",
                "/api/health": lambda: "/api/health",
            }
            for label, make in cases.items():
                paths = [make() for _ in range(a.requests)]
                t = time.perf_counter()
                lat = timed(port, paths)
                report(label, lat, time.perf_counter() - t)
            # several clients at once
            paths = [f"/api/events?actor={rng.choice(COUNTRIES)}&limit=20" for _ in range(a.requests)]
            lats: list[float] = []
            lock = threading.Lock()

            def worker() -> None:
                got = timed(port, paths)
                with lock:
                    lats.extend(got)

            threads = [threading.Thread(target=worker) for _ in range(a.threads)]
            t = time.perf_counter()
            for th in threads:
                th.start()
            for th in threads:
                th.join()
            report(f"/api/events?actor=X&limit=20, {a.threads} clients", lats, time.perf_counter() - t)


if __name__ == "__main__":
    main()
