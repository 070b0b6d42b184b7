"""The `eval` and `eval-plover` commands, on an app of their own, with the reader and the
coder replaced by synthetic ones (the scoring is what is under test here)."""

from __future__ import annotations

import json
from datetime import date

import pytest
import typer
from typer.testing import CliRunner

from kronika import pipeline
from kronika.cli import evaluate as cli_evaluate
from kronika.errors import InputError, UsageError
from kronika.evaluate.gold import load_gold
from kronika.evaluate.gold_scorer import score_document, summarise
from kronika.model import Document, Rejected

from .builders import DATA, build_event, mini_sentences

EN, UK = mini_sentences("en"), mini_sentences("uk")
EVENTS = {
    "en": [build_event(EN[0], "SANCTION", ["POL"], ["BLR"], attribution="Reuters"),
           build_event(EN[1], "CONSULT", ["LTU"], ["LVA"], mode="visit"),
           build_event(EN[5], "RETREAT", ["BLR"], [])],  # trap t2 taken; g04 missed
    "uk": [build_event(UK[0], "SANCTION", ["POL"], ["BLR"], lang="uk"),
           build_event(UK[2], "RETREAT", ["BLR"], ["BLR"], lang="uk", mode="release", date=("2025-02-25", "2025-02-25"))],
}
SEEN: list[Document] = []


def fake_read(paths, *, published=None, lang=None, url=None):
    for p in paths:
        if p.endswith(".bad"):
            yield Rejected(p, "not a document")
            continue
        text = open(p, encoding="utf-8").read()
        guessed = "uk" if any("\u0400" <= ch <= "\u04ff" for ch in text) else "en"
        yield Document.from_text(text, published=published, language=lang or guessed, source=p)


def fake_extract(doc: Document):
    SEEN.append(doc)
    return [e for e in EVENTS.get(doc.language, []) if e.evidence.sentence in doc.text]


@pytest.fixture
def app(monkeypatch):
    monkeypatch.setattr(pipeline, "read", fake_read)
    monkeypatch.setattr(pipeline, "extract", fake_extract)
    SEEN.clear()
    a = typer.Typer()
    cli_evaluate.register(a)
    return a


def run(app, *args):
    return CliRunner().invoke(app, list(args))


def expected_summary():
    gold = load_gold(DATA / "mini.gold.jsonl")
    return summarise([score_document(gold, EVENTS["en"], "mini-en", "en"),
                      score_document(gold, EVENTS["uk"], "mini-uk", "uk")])


def test_json_summary_equals_the_library_figures(app) -> None:
    r = run(app, "eval", str(DATA / "mini.gold.jsonl"), str(DATA / "mini-en.txt"), str(DATA / "mini-uk.txt"),
            "--published", "2025-03-03", "--format", "json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out == expected_summary()
    assert out["per_doc"]["mini-uk"]["found"] == "2/4"  # g05 is a line of mini-uk only
    assert out["traps"] == 1
    assert [d.published for d in SEEN] == [date(2025, 3, 3)] * 2


def test_manifest_names_documents_and_languages(app) -> None:
    r = run(app, "eval", str(DATA / "mini.gold.jsonl"), "--manifest", str(DATA / "mini.manifest.jsonl"), "--format", "json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output) == expected_summary()
    assert [d.language for d in SEEN] == ["en", "uk"]


def test_table_and_verbose_listing(app) -> None:
    r = run(app, "eval", str(DATA / "mini.gold.jsonl"), str(DATA / "mini-en.txt"), "--verbose")
    assert r.exit_code == 0, r.output
    assert "lang en" in r.output and "mini-en" in r.output
    assert "MISS mini-en g04 RETREAT" in r.output
    assert "TRAP mini-en t2" in r.output
    assert "UNMATCHED mini-en RETREAT" in r.output
    assert r.output.strip().splitlines()[-1].startswith("SHORT: recall 0.67")


def test_thresholds_set_the_exit_status(app) -> None:
    args = ["eval", str(DATA / "mini.gold.jsonl"), str(DATA / "mini-en.txt")]
    assert run(app, *args, "--min-recall", "0.5", "--min-precision", "0.5", "--max-traps", "1").exit_code == 0
    assert run(app, *args, "--min-recall", "1.0").exit_code == 1
    assert run(app, *args, "--max-traps", "0").exit_code == 1


def test_usage_and_input_errors(app, tmp_path) -> None:
    r = run(app, "eval", str(DATA / "mini.gold.jsonl"))
    assert isinstance(r.exception, UsageError)
    bad = tmp_path / "x.bad"
    bad.write_text("x", encoding="utf-8")
    r = run(app, "eval", str(DATA / "mini.gold.jsonl"), str(bad))
    assert isinstance(r.exception, InputError) and "not a document" in str(r.exception)
    r = run(app, "eval", str(DATA / "mini.gold.jsonl"), str(DATA / "mini-en.txt"), "--format", "xml")
    assert r.exit_code == 2
    r = run(app, "eval", str(tmp_path / "missing.jsonl"), str(DATA / "mini-en.txt"))
    assert isinstance(r.exception, InputError)


GSR_TEXT = """[
{"id": "DOC-1", "event": "DOCUMENT", "comment": "documentation",},
{"id": "R1", "event": "DEMAND", "text": "Japan demanded that Vietnam release the fishermen.",
 "source": [{"actorText": "Japan", "code": "JAP"},], "target": [{"actorText": "Vietnam", "code": "VNM"}],},
{"id": "R2", "event": "FIGHT", "text": "Rebels clashed with troops.", "source": {"actorText": "Rebels", "code": "SDN"}, "target": ""},
]"""


def test_eval_plover_command(app, monkeypatch, tmp_path) -> None:
    path = tmp_path / "gsr.txt"
    path.write_text(GSR_TEXT, encoding="utf-8")

    def extract(doc):
        if doc.id == "R1":
            return [build_event(doc.text, "REQUEST", ["JPN"], ["VNM"], doc_id=doc.id),
                    build_event(doc.text, "ACCUSE", ["JPN"], [], doc_id=doc.id)]
        return []

    monkeypatch.setattr(pipeline, "extract", extract)
    r = run(app, "eval-plover", str(path), "--format", "json", "--verbose")
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert (out["records"], out["events"], out["type_recall"], out["with_actor"], out["precision"]) == (2, 2, 0.5, 0.5, 0.5)
    assert out["misses"][0]["want"] == "ASSAULT"
    r = run(app, "eval-plover", str(path), "--verbose")
    assert "MISS ASSAULT: Rebels clashed" in r.output and "type recall 0.50" in r.output
    assert run(app, "eval-plover", str(path), "--min-type", "0.6").exit_code == 1


def test_documents_of_a_jsonl_file_take_their_ids(app, monkeypatch, tmp_path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps({"key": "a", "doc": "second", "required": True, "event": "SANCTION", "actor": ["POL"],
                                "recipient": ["BLR"], "anchor": {"en": "imposed new sanctions"}}) + "\n", encoding="utf-8")
    docs = tmp_path / "docs.jsonl"
    docs.write_text("x\n", encoding="utf-8")

    def read(paths, *, published=None, lang=None, url=None):
        yield Document.from_text(EN[1], language="en", source=f"{paths[0]}:line 1", source_id="first")
        yield Document.from_text(EN[0], language="en", source=f"{paths[0]}:line 2", source_id="second")

    monkeypatch.setattr(pipeline, "read", read)
    r = run(app, "eval", str(gold), str(docs), "--format", "json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.output)
    assert out["per_doc"]["second"]["found"] == "1/1" and out["per_doc"]["first"]["found"] == "0/0"
    assert out["recall_required"] == 1.0


def test_doc_names() -> None:
    from kronika.evaluate.runner import doc_name

    d = Document.from_text("t", source_id=None)
    assert doc_name("some/dir/seed-en.txt", d, 0, 1) == "seed-en"
    assert doc_name("feed.xml", d, 1, 3) == "feed#2"
    assert doc_name("docs.jsonl", Document.from_text("t", source_id="abc"), 0, 2) == "abc"
