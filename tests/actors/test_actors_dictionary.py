"""The actor data: complete, valid, extendable by user files, fast to load."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from kronika.errors import DataFileError

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def userdata(tmp_path, monkeypatch):
    d = tmp_path / "data"
    (d / "actors").mkdir(parents=True)
    monkeypatch.setenv("KRONIKA_DATA_PATH", str(d))
    from kronika.resources import clear_cache

    clear_cache()
    yield d / "actors"
    clear_cache()


def test_every_iso_country_in_three_languages():
    from kronika.resources import load

    rows = load("actors/countries.tsv", user=False)
    by_lang: dict[str, set[str]] = {}
    for r in rows:
        by_lang.setdefault(r["lang"], set()).add(r["code"])
    assert len(by_lang["en"]) >= 245
    assert by_lang["en"] == by_lang["uk"] == by_lang["ru"]
    assert {"BLR", "UKR", "RUS", "USA", "LTU", "LVA", "POL", "VAT"} <= by_lang["en"]


@pytest.mark.skipif(importlib.util.find_spec("babel") is None or importlib.util.find_spec("pycountry") is None,
                    reason="babel and pycountry (dev dependencies) are needed to regenerate the country names")
def test_generated_countries_file_is_up_to_date(tmp_path):
    out = tmp_path / "countries.tsv"
    subprocess.run([sys.executable, str(REPO / "scripts" / "generate_countries.py"), str(out)], check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == (REPO / "kronika" / "data" / "actors" / "countries.tsv").read_text(encoding="utf-8")


def test_dictionary_coverage():
    from kronika.actors.dictionary import load_dictionary

    d = load_dictionary()
    kinds: dict[str, int] = {}
    for a in d.actors:
        kinds[a.kind] = kinds.get(a.kind, 0) + 1
    assert kinds["demonym"] >= 60
    assert kinds["person"] >= 100
    assert kinds["capital"] >= 40
    assert kinds["organisation"] >= 40
    people = [a for a in d.actors if a.kind == "person"]
    assert len({a.country for a in people} | {t.country for a in people for t in a.terms if t.country}) >= 35
    # every person is spelt in three languages
    names_by_actor: dict[int, set[str]] = {}
    for n in d.names:
        names_by_actor.setdefault(n.actor, set()).add(n.lang)
    for i, a in enumerate(d.actors):
        if a.kind == "person" and a.source == "people.yaml":
            assert {"en", "uk", "ru"} <= names_by_actor[i], a.name


def test_terms_are_consistent():
    from kronika.actors.dictionary import load_dictionary

    for a in load_dictionary().actors:
        for t in a.terms:
            assert t.start is None or t.end is None or t.start < t.end, a.name


def test_sector_follows_terms():
    from kronika.actors.dictionary import load_dictionary

    trump = next(a for a in load_dictionary().actors if a.name == "Donald Trump")
    assert trump.on(date(2016, 1, 1)) == ("USA", "BUS")
    assert trump.on(date(2018, 1, 1)) == ("USA", "GOV")
    assert trump.on(date(2021, 1, 20)) == ("USA", "ELI")  # "to" is the first day out of office
    assert trump.on(date(2025, 1, 20)) == ("USA", "GOV")


def test_user_file_extends_bundled_people(userdata):
    (userdata / "people.yaml").write_text(
        "- name: Hanna Testerka\n  country: BLR\n  gender: f\n  default_sector: OPP\n"
        "  names: {en: [Hanna Testerka], uk: [Ганна Тестерка], ru: [Анна Тестерка]}\n", encoding="utf-8")
    from kronika.actors.resolve import ActorResolver

    r = ActorResolver()
    e = r.lookup("Ганни Тестерки", "uk")
    assert e is not None and (e.name, e.country, e.sector) == ("Hanna Testerka", "BLR", "OPP")
    assert r.lookup("Lukashenko", "en").country == "BLR"  # the bundled data is still there


@pytest.mark.parametrize("content,message", [
    ("- name: X Y\n  country: BLR\n  default_sector: FOO\n", "unknown sector"),
    ("- name: X Y\n  country: ZZZ\n", "unknown country code"),
    ("- name: X Y\n  country: BLR\n  roles: [{sector: GOV, from: '2020-13-01'}]\n", "bad date"),
    ("- name: X Y\n  country: BLR\n  roles: [{sector: GOV, from: 2020-01-01, to: 2019-01-01}]\n", "ends"),
    ("- country: BLR\n", "needs at least a 'name'"),
    ("name: not a list\n", "list or mapping"),
])
def test_bad_user_data_is_named(userdata, content, message):
    (userdata / "people.yaml").write_text(content, encoding="utf-8")
    from kronika.actors.dictionary import load_dictionary

    with pytest.raises(DataFileError) as err:
        load_dictionary()
    assert message in str(err.value)
    assert "people.yaml" in str(err.value)


def test_load_is_fast(tmp_path, monkeypatch):
    """A warm load (compiled cache) takes well under a second; a cold build, about one."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    from kronika.actors.resolve import _compiled

    t = time.perf_counter()
    _compiled()
    cold = time.perf_counter() - t
    t = time.perf_counter()
    d, index = _compiled()
    warm = time.perf_counter() - t
    assert warm < 1.0, warm
    assert cold < 5.0, cold
    assert index.size > 10_000
