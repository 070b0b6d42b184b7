"""pipeline.ingest stores documents with their events through add_events, merged on arrival."""

from __future__ import annotations

import kronika.pipeline as pipeline
from kronika.store import Store
from kronika.merge.stored import EventQuery, query

from .factories import BELAVIA, USA, doc, event


def test_ingest_stores_and_merges(tmp_path, monkeypatch):
    docs = [doc(f"d-{lang}", lang) for lang in ("en", "uk", "ru")]
    monkeypatch.setattr(pipeline, "read", lambda paths, **kw: iter(docs))
    monkeypatch.setattr(pipeline, "extract", lambda d: [
        event("RETREAT", [USA[d.language]], [BELAVIA[d.language]], sanction_action="ease", doc_id=d.id,
              language=d.language, date=("2025-09-01", "2025-09-30", "month"))])
    with Store.open(tmp_path / "k.db") as store:
        report = pipeline.ingest(["ignored"], store)
        assert report.new == 3 and report.events == 3
        [me] = list(query(store, EventQuery()))
        assert me.languages == 3 and me.documents == 3
        again = pipeline.ingest(["ignored"], store)
        assert again.duplicates == 3
        assert len(list(query(store, EventQuery()))) == 1
