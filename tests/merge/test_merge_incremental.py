"""Incremental merging (document by document) agrees with the batch rebuild."""

from __future__ import annotations

import random

import pytest
from datetime import date, timedelta

from kronika.merge.events import merge_events
from kronika.store import Store
from kronika.store.events import add_events
from kronika.merge.stored import EventQuery, ensure_merged, query, rebuild

from .factories import BELAVIA, BLR_GOV, EU, LTU, RUS, USA, doc, event

ACTORS = [USA, EU, BLR_GOV, RUS, LTU, BELAVIA]


def _random_corpus(seed: int = 3, n_docs: int = 60):
    rng = random.Random(seed)
    docs = []
    start = date(2025, 1, 1)
    for i in range(n_docs):
        lang = rng.choice(["en", "uk", "ru"])
        pub = start + timedelta(days=rng.randrange(120))
        d = doc(f"doc{i:03d}", lang, pub.isoformat())
        evs = []
        for s in range(rng.randrange(1, 6)):
            etype = rng.choice(["SANCTION", "RETREAT", "CONSULT"])
            a, r = rng.sample(ACTORS, 2)
            when = rng.choice([None, "day", "month"])
            day = pub - timedelta(days=rng.randrange(20))
            if when == "day":
                dt = (day.isoformat(), day.isoformat(), "day")
            elif when == "month":
                first = day.replace(day=1)
                dt = (first.isoformat(), ((first + timedelta(days=32)).replace(day=1) - timedelta(days=1)).isoformat(), "month")
            else:
                dt = None
            evs.append(event(etype, [a[lang]], [r[lang]], date=dt, doc_id=d.id, language=lang,
                             published=pub.isoformat(), sentence=s, reciprocal=etype == "CONSULT",
                             sanction_action={"SANCTION": "impose", "RETREAT": "ease"}.get(etype)))
        docs.append((d, evs))
    docs.sort(key=lambda x: (x[0].published, x[0].id))
    return docs


def _partition(events):
    return sorted(sorted(m.event_id for m in me.mentions) for me in events)


@pytest.mark.parametrize("seed", [1, 2, 10, 18])
def test_incremental_equals_rebuild_equals_memory(tmp_path, seed):
    corpus = _random_corpus(seed, 120)
    with Store.open(tmp_path / "k.db") as store:
        for d, evs in corpus:
            with store.transaction():
                store.add_document(d)
                add_events(store, d, evs)
            ensure_merged(store)  # a read between documents: merges incrementally
        incremental = _partition(query(store, EventQuery()))
        with store.transaction():
            rebuild(store.conn)
        rebuilt = _partition(query(store, EventQuery()))
    in_memory = _partition(merge_events([e for _, evs in corpus for e in evs]))
    n_mentions = sum(len(evs) for _, evs in corpus)
    assert sum(len(p) for p in incremental) == n_mentions
    assert len(incremental) < n_mentions  # something merged
    assert incremental == rebuilt == in_memory
