"""Exports: exact column names, round trips, the Python API."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from kronika.errors import UsageError
from kronika.export import FORMATS, write
from kronika.export.codes import cow_code, intensity
from kronika.merge.events import merge_events

from merge.factories import BELAVIA, BLR_GOV, EU, LTU, LVA, USA, event

POLECAT = (
    "Event ID, Event Date, Event Type, Event Mode, Event Intensity, Quad Code, Contexts, "
    "Actor Name, Actor Country, Actor COW, Primary Actor Sector, Actor Sectors, Actor Title, Actor Name Raw, "
    "Wikipedia Actor ID, Recipient Name, Recipient Country, Recipient COW, Primary Recipient Sector, "
    "Recipient Sectors, Recipient Title, Recipient Name Raw, Wikipedia Recipient ID, Placename, City, District, "
    "Province, Country, Latitude, Longitude, GeoNames ID, Raw Placename, Feature Type, Source, Publication Date, "
    "Story People, Story Organizations, Story Locations, Language, Version"
).split(", ")
ICEWS = (
    "Event ID, Event Date, Source Name, Source Sectors, Source Country, Event Text, CAMEO Code, Intensity, "
    "Target Name, Target Sectors, Target Country, Story ID, Sentence Number, Publisher, City, District, Province, "
    "Country, Latitude, Longitude"
).split(", ")
SEPT = ("2025-09-01", "2025-09-30", "month")


@pytest.fixture()
def merged():
    evs = []
    for lang in ("en", "uk", "ru"):
        evs.append(event("RETREAT", [USA[lang]], [BELAVIA[lang]], date=SEPT, doc_id=f"d-{lang}", language=lang,
                         sanction_action="ease", url="https://www.example.org/news/1", text="Washington eased them.",
                         contexts=("economic", "diplomatic")))
    evs.append(event("REJECT", [LTU["en"], LVA["en"]], [BLR_GOV["en"]], mode="yield",
                     sanction_action="refuse_to_lift", doc_id="d-en", text='They said "no".'))
    evs.append(event("SANCTION", [EU["en"]], [BLR_GOV["en"]], mode="discontinue", sanction_action="impose",
                     date=("2020-01-01", "2020-12-31", "year"), doc_id="d-en", size={"people": {"min": 3, "max": 3}}))
    return merge_events(evs)


def _rows(text: str, delimiter: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def test_polecat_columns_exact(merged):
    buf = io.StringIO()
    assert write(merged, "polecat", buf) == 3
    rows = _rows(buf.getvalue(), "\t")
    assert rows[0] == POLECAT and len(POLECAT) == 40
    by_id = {r[0]: dict(zip(POLECAT, r)) for r in rows[1:]}
    reject = next(r for r in by_id.values() if r["Event Type"] == "REJECT")
    assert reject["Actor Country"] == "LTU;LVA" and reject["Actor COW"] == "368;367"
    assert reject["Recipient COW"] == "370" and reject["Quad Code"] == "3"
    assert float(reject["Event Intensity"]) < 0
    easing = next(r for r in by_id.values() if r["Event Type"] == "RETREAT")
    assert easing["Source"] == "example.org" and easing["Contexts"] == "economic;diplomatic"
    assert easing["Wikipedia Actor ID"] == "Q30"


def test_icews_columns_exact(merged):
    buf = io.StringIO()
    write(merged, "icews", buf)
    rows = _rows(buf.getvalue(), "\t")
    assert rows[0] == ICEWS and len(ICEWS) == 20
    sanction = next(dict(zip(ICEWS, r)) for r in rows[1:] if r[6] == "163")
    assert sanction["Event Date"] == "2020-01-01" and sanction["Source Country"] == "EUR"
    assert sanction["Target Country"] == "BLR" and sanction["Story ID"] == "d-en"


def test_plover_jsonl_parses_with_plover_fields(merged):
    buf = io.StringIO()
    write(merged, "plover", buf)
    lines = buf.getvalue().splitlines()
    assert len(lines) == 3
    recs = [json.loads(x) for x in lines]
    for r in recs:
        for field in ("id", "date", "enddate", "actor", "recipient", "event", "mode", "context", "quad_code",
                      "text", "text_info", "cite_info", "coder", "coded_date"):
            assert field in r
        assert set(r["text_info"]) >= {"sequence", "start", "end"}
        assert set(r["cite_info"]) >= {"url", "title", "language", "publication"}
    easing = next(r for r in recs if r["event"] == "RETREAT")
    assert easing["actor"][0]["code"] == "USA" and easing["actor"][0]["entity_text"] == "Washington"
    assert easing["kronika"]["languages"] == 3 and easing["kronika"]["sanction_action"] == "ease"
    assert easing["date"] == "2025-09-01" and easing["enddate"] == "2025-09-30"


def test_csv_and_parquet_round_trip(merged, tmp_path: Path):
    pq = pytest.importorskip("pyarrow.parquet")
    from kronika.export.tables import COLUMN_NAMES

    csv_path = tmp_path / "e.csv"
    write(merged, "csv", csv_path)
    with csv_path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert tuple(rows[0]) == COLUMN_NAMES and len(rows) == 3
    assert any(r["sentence"] == 'They said "no".' for r in rows)

    pq_path = tmp_path / "e.parquet"
    assert write(merged, "parquet", pq_path) == 3
    table = pq.read_table(pq_path)
    assert tuple(table.column_names) == COLUMN_NAMES
    back = table.to_pylist()
    easing = next(r for r in back if r["event_type"] == "RETREAT")
    assert easing["languages"] == 3 and easing["documents"] == 3 and easing["quad"] == 2
    assert {m["language"] for m in json.loads(easing["mentions_json"])} == {"en", "uk", "ru"}
    assert [r["id"] for r in back] == [r["id"] for r in rows]


def test_parquet_to_binary_stream_and_empty(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    buf = io.BytesIO()
    assert write([], "parquet", buf) == 0
    assert pq.read_table(io.BytesIO(buf.getvalue())).num_rows == 0


def test_single_records_are_accepted_and_unknown_format_refused(merged):
    ev = event("CONSULT", [BLR_GOV["en"]], [USA["en"]], mode="phone", reciprocal=True, doc_id="z")
    buf = io.StringIO()
    assert write([ev], "plover", buf) == 1
    with pytest.raises(UsageError):
        write(merged, "xml", io.StringIO())
    assert set(FORMATS) == {"plover", "polecat", "icews", "gdelt", "csv", "parquet"}


def test_gdelt_rows_have_61_columns_and_cameo_codes(merged):
    from kronika.export.gdelt import COLUMNS

    buf = io.StringIO()
    assert write(merged, "gdelt", buf) == 3
    rows = [dict(zip(COLUMNS, r)) for r in _rows(buf.getvalue(), "\t")]
    assert len(COLUMNS) == 61 and all(len(r) == 61 for r in rows)
    assert COLUMNS[:5] == ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    assert COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    easing = next(r for r in rows if r["EventCode"] == "085")
    assert easing["SQLDATE"] == "20250901" and easing["Actor1Code"] == "USAGOV"
    assert easing["Actor2CountryCode"] == "BLR" and easing["NumArticles"] == "3" and easing["EventRootCode"] == "08"
    assert easing["GLOBALEVENTID"].isdigit()


def test_code_tables():
    assert cow_code("BLR") == "370" and cow_code("usa") == "2" and cow_code("EUR") == ""
    assert intensity("ASSAULT", "aerial") == -10.0 and intensity("ASSAULT", "beat") == -9.0
    assert intensity("AID") > 0 > intensity("SANCTION")
    assert intensity("NOTATYPE") is None


def test_parquet_without_pyarrow_names_the_package(merged, tmp_path, monkeypatch):
    import sys

    from kronika.errors import KronikaError

    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    with pytest.raises(KronikaError, match="pyarrow"):
        write(merged, "parquet", tmp_path / "x.parquet")


def test_export_command_parquet(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    from typer.testing import CliRunner

    from kronika.cli.main import app
    from kronika.store import Store
    from kronika.store.events import add_events
    from merge.factories import doc

    db = tmp_path / "k.db"
    with Store.open(db) as store:
        for lang in ("en", "ru"):
            d = doc(f"d-{lang}", lang)
            with store.transaction():
                store.add_document(d)
                add_events(store, d, [event("RETREAT", [USA[lang]], [BELAVIA[lang]], date=SEPT, doc_id=d.id,
                                            language=lang, sanction_action="ease")])
    out = tmp_path / "e.parquet"
    r = CliRunner().invoke(app, ["export", "--format", "parquet", "--output", str(out), "--db", str(db)])
    assert r.exit_code == 0, r.output
    rows = pq.read_table(out).to_pylist()
    assert len(rows) == 1 and rows[0]["languages"] == 2
