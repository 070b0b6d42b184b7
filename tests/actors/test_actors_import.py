"""`kronika actors import`: FollowTheMoney and CSV into the user's data folder."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

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
    assert report.target == datadir / "actors" / "imported.yaml"
    assert len(report.errors) == 2
    assert any(":4:" in e and "not a FollowTheMoney entity" in e for e in report.errors)
    assert any(":6:" in e and "no name" in e for e in report.errors)
    entries = {e["name"]: e for e in yaml.safe_load(report.target.read_text(encoding="utf-8"))}
    person = entries["Ivan Ivanovich Testovenko"]
    assert person["kind"] == "person" and person["country"] == "BLR" and person["default_sector"] == "GOV"
    assert person["qid"] == "Q999999991" and "sanctioned" in person["tags"] and person["gender"] == "m"
    company = entries["Testogaz Holding"]
    assert company["country"] == "RUS" and company["sector"] == "BUS" and "sanctioned" in company["tags"]


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
    assert len(yaml.safe_load(again.target.read_text(encoding="utf-8"))) == 2


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
