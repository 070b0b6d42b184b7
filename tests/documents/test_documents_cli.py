"""``kronika ingest`` and ``kronika documents list|show``: output, exit codes, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"


def kronika(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kronika", *args], capture_output=True, text=True,
                          input=stdin, timeout=120, cwd=REPO)


@pytest.fixture(scope="module")
def examples_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("cli") / "ex.db"
    r = kronika("ingest", str(EXAMPLES), "--db", str(db), "--no-events")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "read 9, new 9, already stored 0, events 0, failed 0"
    return db


def test_list_jsonl(examples_db: Path) -> None:
    r = kronika("documents", "list", "--db", str(examples_db), "--format", "jsonl")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(rows) == 9
    assert all(set(row) == {"id", "title", "language", "published", "url", "chars"} for row in rows)
    assert sorted(row["language"] for row in rows) == ["en"] * 4 + ["ru"] * 3 + ["uk"] * 2
    html = next(row for row in rows if row["url"] and "poland-expels" in row["url"])
    assert html["published"] == "2026-01-22" and html["title"] == "Poland expels Russian diplomats after rail sabotage arrests"


def test_list_table_and_show_by_prefix(examples_db: Path) -> None:
    table = kronika("documents", "list", "--db", str(examples_db))
    assert table.returncode == 0 and "Serbia and EU resume talks" in table.stdout
    rows = [json.loads(x) for x in kronika("documents", "list", "--db", str(examples_db), "--format", "jsonl").stdout.splitlines()]
    target = next(row for row in rows if row["title"].startswith("Serbia"))
    shown = kronika("documents", "show", target["id"][:8], "--db", str(examples_db))
    assert shown.returncode == 0
    assert shown.stdout.startswith(target["title"] + "\n\n")
    assert len(shown.stdout.rstrip("\n")) == target["chars"]


def test_show_unknown_id_is_one_line_exit_1(examples_db: Path) -> None:
    r = kronika("documents", "show", "ffffffffffff", "--db", str(examples_db))
    assert r.returncode == 1
    assert len(r.stderr.strip().splitlines()) == 1 and str(examples_db) in r.stderr and "Traceback" not in r.stderr


def test_missing_store_is_exit_1(tmp_path: Path) -> None:
    r = kronika("documents", "list", "--db", str(tmp_path / "none.db"))
    assert r.returncode == 1 and "none.db" in r.stderr and not (tmp_path / "none.db").exists()


def test_usage_errors_exit_2(examples_db: Path) -> None:
    assert kronika("documents", "list", "--db", str(examples_db), "--format", "xml").returncode == 2
    assert kronika("ingest").returncode == 2


def test_ingest_failures_are_listed_and_exit_1(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "ok.txt").write_text("Talks in Oman\n\nIranian and US envoys met in Muscat on Saturday.", encoding="utf-8")
    db = tmp_path / "s.db"
    r = kronika("ingest", str(tmp_path / "empty.txt"), str(tmp_path / "ok.txt"), str(tmp_path / "nope.txt"),
                "--db", str(db), "--no-events")
    assert r.returncode == 1
    assert "read 1, new 1, already stored 0, events 0, failed 2" in r.stdout
    failures = [ln for ln in r.stderr.splitlines() if ln.startswith("kronika: ")]
    assert any("empty.txt: empty file" in ln for ln in failures)
    assert any("nope.txt: no such file" in ln for ln in failures)
    assert "Traceback" not in r.stderr


def test_ingest_from_stdin(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    r = kronika("ingest", "-", "--db", str(db), "--no-events",
                stdin="Вірменія і Азербайджан\n\nМіністри зустрілися в Абу-Дабі в неділю.\n")
    assert r.returncode == 0, r.stderr
    rows = [json.loads(x) for x in kronika("documents", "list", "--db", str(db), "--format", "jsonl").stdout.splitlines()]
    assert [(row["title"], row["language"]) for row in rows] == [("Вірменія і Азербайджан", "uk")]


def test_a_later_stage_crashing_is_one_line_not_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    import kronika.pipeline
    from kronika.cli.main import run

    def broken_extract(doc):  # type: ignore[no-untyped-def]
        raise ValueError("bug in a later stage")

    monkeypatch.setattr(kronika.pipeline, "extract", broken_extract)
    (tmp_path / "a.txt").write_text("Talks in Oman\n\nIranian and US envoys met in Muscat on Saturday.", encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["kronika", "ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "s.db")])
    with pytest.raises(SystemExit) as exit_info:
        run()
    assert exit_info.value.code == 1
    err = capsys.readouterr().err
    lines = [ln for ln in err.splitlines() if ln.startswith("kronika: ")]
    assert len(lines) == 1 and "bug in a later stage" in lines[0] and "Traceback" not in err
