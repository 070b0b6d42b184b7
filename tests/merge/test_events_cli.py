"""The commands events, sanctions, export, reextract on a store of synthetic events."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kronika.cli.main import app
from kronika.store import Store
from kronika.store.events import add_events

from .factories import BELAVIA, BLR_GOV, EU, LTU, LVA, USA, doc, event

runner = CliRunner()


@pytest.fixture()
def db(tmp_path) -> Path:
    path = tmp_path / "k.db"
    with Store.open(path) as store:
        for lang in ("en", "uk", "ru"):
            d = doc(f"d-{lang}", lang)
            evs = [
                event("RETREAT", [USA[lang]], [BELAVIA[lang]], sanction_action="ease", doc_id=d.id, language=lang,
                      date=("2025-09-01", "2025-09-30", "month"), attribution="Reuters"),
                event("SANCTION", [EU[lang]], [BLR_GOV[lang]], mode="discontinue", sanction_action="impose",
                      doc_id=d.id, language=lang, date=("2020-01-01", "2020-12-31", "year")),
                event("REJECT", [LTU[lang], LVA[lang]], [BLR_GOV[lang]], mode="yield", doc_id=d.id, language=lang,
                      sanction_action="refuse_to_lift"),
            ]
            with store.transaction():
                store.add_document(d)
                add_events(store, d, evs)
    return path


def _run(*args: str):
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, (result.output, result.exception)
    return result.stdout


def test_events_jsonl(db):
    lines = _run("events", "--db", str(db), "--format", "jsonl").splitlines()
    recs = [json.loads(x) for x in lines]
    assert len(recs) == 3
    assert all(r["languages"] == 3 and r["documents"] == 3 and len(r["mentions"]) == 3 for r in recs)
    assert set(recs[0]["mentions"][0]) >= {"document", "sentence", "language", "attribution"}
    contract = {"id", "event_type", "mode", "cameo", "quad", "contexts", "actor", "recipient", "date", "factuality",
                "attribution", "sanction_action", "size", "language", "document", "evidence", "confidence",
                "mentions", "languages", "documents"}
    assert all(contract <= set(r) for r in recs)
    assert [r["date"]["start"][:4] for r in recs] == ["2020", "2025", "2025"]  # by date
    ease = [json.loads(x) for x in _run("events", "--db", str(db), "--format", "jsonl", "--actor", "usa",
                                        "--recipient", "BELAV").splitlines()]
    assert [r["event_type"] for r in ease] == ["RETREAT"]
    assert _run("events", "--db", str(db), "--format", "jsonl", "--since", "2026").strip() == ""
    assert len(_run("events", "--db", str(db), "--format", "jsonl", "--until", "2020-12").splitlines()) == 1
    assert len(_run("events", "--db", str(db), "--format", "jsonl", "--limit", "2").splitlines()) == 2


def test_events_table_and_csv(db):
    out = _run("events", "--db", str(db))
    assert "RETREAT" in out and "SANCTION" in out
    csv_out = _run("events", "--db", str(db), "--format", "csv", "--type", "sanction")
    assert csv_out.splitlines()[0].startswith("id,date_start") and len(csv_out.splitlines()) == 2


def test_sanctions_jsonl(db):
    steps = [json.loads(x) for x in _run("sanctions", "--db", str(db), "--format", "jsonl").splitlines()]
    assert {(s["action"], s["status_after"]) for s in steps} == {
        ("ease", "eased"), ("impose", "active"), ("refuse_to_lift", "active")}
    for s in steps:
        assert isinstance(s["target"], dict) and isinstance(s["sender"], list) and s["event_id"]
    only = [json.loads(x) for x in _run("sanctions", "belavia", "--db", str(db), "--format", "jsonl").splitlines()]
    assert [s["action"] for s in only] == ["ease"]
    assert "Belavia" in _run("sanctions", "--db", str(db))


def test_export_to_file(db, tmp_path):
    out = tmp_path / "e.jsonl"
    _run("export", "--format", "plover", "--output", str(out), "--db", str(db))
    assert len([json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]) == 3
    tsv = _run("export", "--format", "polecat", "--db", str(db))
    assert tsv.splitlines()[0].split("\t")[0] == "Event ID" and len(tsv.splitlines()) == 4


@pytest.mark.parametrize("args", [
    ["events", "--format", "xml"], ["events", "--since", "yesterday"], ["export", "--format", "xls"],
    ["sanctions", "--format", "csv"], ["events", "--factuality", "maybe"], ["events", "--type", "HUG"],
    ["events", "--until", "2025-13"],
])
def test_usage_errors_exit_2(db, args):
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 2


def test_missing_store_is_one_line_exit_1(tmp_path):
    kronika = Path(sys.executable).parent / "kronika"
    if not kronika.exists():
        pytest.skip("kronika console script not installed next to this python")
    missing = tmp_path / "nope.db"
    r = subprocess.run([str(kronika), "events", "--db", str(missing)], capture_output=True, text=True, timeout=60)
    assert r.returncode == 1
    assert str(missing) in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not missing.exists()
