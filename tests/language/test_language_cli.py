"""``kronika dates``: output per the contract, language guess, usage errors."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from kronika.cli.main import app
from kronika.language.script import guess_language

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, ["dates", *args])


def test_jsonl_records():
    r = run("Talks ended at the end of September and resumed on October 6, 8, and 9.", "--published", "2025-10-17")
    assert r.exit_code == 0, r.output
    rows = [json.loads(line) for line in r.output.splitlines()]
    assert [(x["text"], x["start"], x["end"], x["precision"]) for x in rows] == [
        ("at the end of September", "2025-09-21", "2025-09-30", "month_part"),
        ("October 6, 8, and 9", "2025-10-06", "2025-10-09", "days"),
    ]


@pytest.mark.parametrize("text,start", [
    ("Посол відвідає Мінськ у березні.", "2026-03-01"),
    ("В марте посол посетит Минск.", "2026-03-01"),
])
def test_auto_language(text, start):
    r = run(text, "--published", "2025-10-17")
    assert r.exit_code == 0, r.output
    assert json.loads(r.output.splitlines()[0])["start"] == start


def test_table_format():
    r = run("вчора", "--published", "2025-10-17", "--lang", "uk", "--format", "table")
    assert r.exit_code == 0 and "2025-10-16" in r.output


@pytest.mark.parametrize("args", [
    ("x", "--published", "17.10.2025"),
    ("x", "--published", "2025-10-17", "--lang", "de"),
    ("x", "--published", "2025-10-17", "--format", "xml"),
])
def test_usage_errors(args):
    r = run(*args)
    assert r.exit_code == 2


def test_script_guess():
    assert guess_language("at the end of September") == "en"
    assert guess_language("наприкінці вересня їх") == "uk"
    assert guess_language("в последние недели объём") == "ru"


def test_script_guess_by_month_names_without_telling_letters():
    assert guess_language("в марте посетит") == "ru"
    assert guess_language("у березні") == "uk"
