"""Readers during an ingest, and ingests that stop half-way.

An ingest commits one document (with its events) per transaction, in WAL mode, so a
reader in another process always sees whole documents, never a partial one, and never
fails with "database is locked"; an ingest killed half-way leaves a consistent store
that a second run completes.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

from kronika.model import content_id
from kronika.store import Store

REPO = Path(__file__).resolve().parents[2]


def write_jsonl(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = (f"Delegations from country {i} and its neighbour met in Geneva on Monday for talks number {i}. "
                    f"The ministry said that a new round of talks, the {i + 1}th, would take place next month. "
                    "Officials declined to comment on sanctions.")
            f.write(json.dumps({"id": f"doc-{i}", "title": f"Talks round {i}", "text": text, "lang": "en"}) + "\n")


def start_ingest(src: Path, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "kronika", "ingest", str(src), "--db", str(db), "--no-events"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)


def assert_consistent(store: Store) -> int:
    """Every stored document is whole: its id is its text's content id, chars its length."""
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    n = 0
    for d in store.documents():
        assert d.id == content_id(d.text)
        n += 1
    bad = store.conn.execute("SELECT count(*) FROM documents WHERE chars != length(text)").fetchone()[0]
    assert bad == 0
    return n


def test_reader_sees_consistent_counts_while_ingest_runs(tmp_path: Path) -> None:
    n = 1500
    src = tmp_path / "docs.jsonl"
    write_jsonl(src, n)
    db = tmp_path / "k.db"
    proc = start_ingest(src, db)
    seen: list[int] = []
    with Store.open(db) as reader:  # may create the store first: migrations are serialised
        while proc.poll() is None:
            with reader.snapshot():  # one read transaction: both counts from one snapshot
                total = reader.conn.execute("SELECT count(*) FROM documents").fetchone()[0]
                whole = reader.conn.execute("SELECT count(*) FROM documents WHERE chars = length(text)").fetchone()[0]
            assert total == whole
            assert not seen or total >= seen[-1]
            seen.append(total)
            time.sleep(0.005)
        out, err = proc.communicate()
        assert proc.returncode == 0, err
        assert assert_consistent(reader) == n
    assert len(set(seen)) >= 3, f"the reader should have seen the ingest in progress: {sorted(set(seen))[:10]}"
    assert any(0 < c < n for c in seen)


def test_killed_ingest_leaves_a_consistent_store_and_a_rerun_completes(tmp_path: Path) -> None:
    n = 4000
    src = tmp_path / "docs.jsonl"
    write_jsonl(src, n)
    db = tmp_path / "k.db"
    proc = start_ingest(src, db)
    deadline = time.monotonic() + 60
    with Store.open(db) as probe:
        while probe.count_documents() < 50 and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.01)
    proc.kill()  # SIGKILL: no cleanup, no rollback by Python
    proc.communicate()
    with Store.open(db) as store:
        before = assert_consistent(store)
    assert 50 <= before < n, f"the ingest should have been stopped half-way, stored {before} of {n}"

    rerun = subprocess.run([sys.executable, "-m", "kronika", "ingest", str(src), "--db", str(db), "--no-events"],
                           capture_output=True, text=True, timeout=300, cwd=REPO)
    assert rerun.returncode == 0, rerun.stderr
    assert f"read {n}, new {n - before}, already stored {before}" in rerun.stdout
    with Store.open(db) as store:
        assert assert_consistent(store) == n


def test_exception_mid_batch_keeps_stored_documents_and_rerun_finishes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        import kronika.store.events  # noqa: F401  (pipeline.ingest imports it even without events)
    except ImportError:
        stub = types.ModuleType("kronika.store.events")
        stub.add_events = lambda *a, **k: None  # type: ignore[attr-defined]
        monkeypatch.setitem(sys.modules, "kronika.store.events", stub)
    from kronika.pipeline import ingest

    src = tmp_path / "docs.jsonl"
    write_jsonl(src, 10)
    db = tmp_path / "k.db"
    real_add = Store.add_document
    calls = {"n": 0}

    def failing_add(self: Store, doc):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError("disk full (simulated)")
        return real_add(self, doc)

    with Store.open(db) as store:
        monkeypatch.setattr(Store, "add_document", failing_add)
        with pytest.raises(OSError):
            ingest([str(src)], store, with_events=False)
        monkeypatch.setattr(Store, "add_document", real_add)
        assert not store.in_transaction
        assert assert_consistent(store) == 4
        report = ingest([str(src)], store, with_events=False)
        assert (report.read, report.new, report.duplicates) == (10, 6, 4)
        assert assert_consistent(store) == 10


def test_two_ingests_at_once_store_each_document_once(tmp_path: Path) -> None:
    n = 400
    src = tmp_path / "docs.jsonl"
    write_jsonl(src, n)
    db = tmp_path / "k.db"
    procs = [start_ingest(src, db), start_ingest(src, db)]
    for p in procs:
        out, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
        assert "locked" not in err
    with Store.open(db) as store:
        assert assert_consistent(store) == n


def _open_store(path: str, barrier, results) -> None:  # type: ignore[no-untyped-def]
    barrier.wait()
    try:
        Store.open(path).close()
        results.put("ok")
    except Exception as e:  # noqa: BLE001 - the test reports whatever went wrong
        results.put(f"{type(e).__name__}: {e}")


def test_processes_creating_the_same_new_store_at_once(tmp_path: Path) -> None:
    """Switching a new file to WAL fails at once with "database is locked" while another
    process does the same; opening retries instead of calling the file no store."""
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    failures = []
    for k in range(40):
        barrier, results = ctx.Barrier(3), ctx.Queue()
        procs = [ctx.Process(target=_open_store, args=(str(tmp_path / f"s{k}.db"), barrier, results)) for _ in range(3)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(timeout=60)
        failures += [r for r in (results.get(timeout=10) for _ in procs) if r != "ok"]
    assert not failures, failures[:3]
