"""kronika reextract: old mentions replaced by a new coding, merged events rebuilt."""

from __future__ import annotations

import json

from typer.testing import CliRunner

import kronika.pipeline
from kronika.cli.main import app
from kronika.errors import KronikaError
from kronika.store import Store
from kronika.store.events import add_events, count_mentions

from .factories import BELAVIA, BLR_GOV, USA, doc, event

runner = CliRunner()


def test_reextract_replaces_mentions(tmp_path, monkeypatch):
    path = tmp_path / "k.db"
    with Store.open(path) as store:
        for lang in ("en", "uk"):
            d = doc(f"d-{lang}", lang)
            with store.transaction():
                store.add_document(d)
                add_events(store, d, [event("COERCE", [BLR_GOV[lang]], [], mode="arrest", doc_id=d.id,
                                            language=lang)])
        store.add_document(doc("d-de", "de"))  # not a supported language: left alone

    def new_coder(d):
        if d.id == "d-uk":
            raise KronikaError("broken lexicon")
        return [event("RETREAT", [USA[d.language]], [BELAVIA[d.language]], sanction_action="ease", doc_id=d.id,
                      language=d.language, date=("2025-09-01", "2025-09-30", "month"))]

    monkeypatch.setattr(kronika.pipeline, "extract", new_coder)
    result = runner.invoke(app, ["reextract", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert "1 documents coded again (1 failed)" in result.stderr
    with Store.open(path) as store:
        assert count_mentions(store) == 2  # d-en recoded, d-uk kept its old event
    out = runner.invoke(app, ["events", "--db", str(path), "--format", "jsonl"]).stdout
    types = sorted(json.loads(x)["event_type"] for x in out.splitlines())
    assert types == ["COERCE", "RETREAT"]
