"""`kronika actors import`: FollowTheMoney and CSV into the user's data folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "actors"


@pytest.fixture
def datadir(tmp_path, monkeypatch):
    d = tmp_path / "data"
    d.mkdir()
    monkeypatch.setenv("KRONIKA_DATA_PATH", str(d))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    from kronika.resources import clear_cache

    clear_cache()
    yield d
    clear_cache()


def test_ftm_import_counts_and_errors(datadir):
    from kronika.actors.imports import import_actors

    report = import_actors(FIXTURES / "opensanctions-sample.ftm.json")
    assert report.read == 7
    assert report.imported == 3
    assert report.target == datadir / "actors" / "imported.tsv"
    assert len(report.errors) == 2
    assert any(":4:" in e and "not a FollowTheMoney entity" in e for e in report.errors)
    assert any(":6:" in e and "no name" in e for e in report.errors)
    from kronika.resources import load

    entries = {e["name"]: e for e in load("actors/imported.tsv")}
    person = entries["Ivan Ivanovich Testovenko"]
    assert person["kind"] == "person" and person["country"] == "BLR" and person["sector"] == "GOV"
    assert person["id"] == "Q999999991" and "sanctioned" in person["tags"].split("|") and person["gender"] == "m"
    assert set(person["aliases"].split("|")) == {"Іван Тестовенко", "Иван Тестовенко"}
    company = entries["Testogaz Holding"]
    assert company["country"] == "RUS" and company["sector"] == "BUS" and "sanctioned" in company["tags"].split("|")


def test_imported_actors_resolve_next_time(datadir):
    from kronika.actors.imports import import_actors
    from kronika.actors.resolve import ActorResolver

    import_actors(FIXTURES / "opensanctions-sample.ftm.json")
    import_actors(FIXTURES / "actors-sample.csv")
    r = ActorResolver()
    e = r.lookup("Тестовенка", "uk")
    assert e is not None and (e.name, e.country, e.sector, e.id) == ("Ivan Ivanovich Testovenko", "BLR", "GOV", "Q999999991")
    e = r.lookup("Testogaz Holding", "en")
    assert (e.country, e.sector) == ("RUS", "BUS")
    e = r.lookup("Тестоградського металургійного заводу", "uk")
    assert e is not None and e.name == "Testograd Steel Works"
    e = r.lookup("Petra Examplova", "en")
    assert (e.country, e.sector) == ("CZE", "OPP")


def test_csv_reports_bad_lines_and_goes_on(datadir):
    from kronika.actors.imports import import_actors

    report = import_actors(FIXTURES / "actors-sample.csv")
    assert report.imported == 2
    assert len(report.errors) == 3
    assert any(":4:" in e and "unknown country" in e for e in report.errors)
    assert any(":5:" in e and "empty name" in e for e in report.errors)
    assert any(":6:" in e and "unknown sector" in e for e in report.errors)


def test_import_twice_adds_nothing(datadir):
    from kronika.actors.imports import import_actors

    import_actors(FIXTURES / "actors-sample.csv")
    again = import_actors(FIXTURES / "actors-sample.csv")
    assert again.imported == 0
    from kronika.resources import load

    assert len(load("actors/imported.tsv")) == 2


def test_cli_import_and_lookup(datadir, monkeypatch, capsys):
    from kronika.cli.main import run

    def kronika(*args):
        monkeypatch.setattr(sys, "argv", ["kronika", *args])
        code = 0
        try:
            run()
        except SystemExit as e:
            code = e.code or 0
        out = capsys.readouterr()
        return code, out.out, out.err

    code, out, err = kronika("actors", "import", str(FIXTURES / "actors-sample.csv"))
    assert code == 0, err
    assert "imported 2" in out and "unknown sector" in err
    from kronika.actors import get_resolver

    get_resolver.cache_clear()  # a long-running process sees the import after a reload
    code, out, _ = kronika("actors", "lookup", "Testograd Steel Works")
    assert json.loads(out) == {"name": "Testograd Steel Works", "country": "BLR", "sector": "BUS", "id": None}
    get_resolver.cache_clear()


def test_cli_import_missing_file(datadir):
    """The installed entry point: exit 1, one line naming the file, no traceback."""
    out = subprocess.run([sys.executable, "-m", "kronika", "actors", "import", "no-such-file.csv"],
                         capture_output=True, text=True)
    assert out.returncode == 1 and "no-such-file.csv" in out.stderr and "Traceback" not in out.stderr


def test_big_import_stays_fast(datadir, tmp_path):
    """Sanctions lists are large: 5,000 entities import and load in seconds, not minutes."""
    import time

    from kronika.actors.imports import import_actors
    from kronika.actors.resolve import ActorResolver

    src = tmp_path / "big.ftm.json"
    with src.open("w", encoding="utf-8") as f:
        for i in range(5000):
            f.write(json.dumps({"id": f"p{i}", "schema": "Person", "properties": {
                "name": [f"Testname{i} Bulkovich{i}"], "country": ["ru"], "topics": ["sanction"]}}) + "\n")
    t = time.perf_counter()
    assert import_actors(src).imported == 5000
    r = ActorResolver()
    elapsed = time.perf_counter() - t
    e = r.lookup("Bulkovich4321", "en")
    assert e is not None and e.name == "Testname4321 Bulkovich4321" and e.country == "RUS"
    assert elapsed < 20, elapsed
