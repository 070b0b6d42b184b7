"""`kronika actors lookup`: the contract's json shape and exit statuses (run in-process
through the real entry point, so error handling and exit codes are the user's)."""

from __future__ import annotations

import json
import sys

import pytest


@pytest.fixture
def kronika(monkeypatch, capsys):
    """kronika(*args) -> (exit status, stdout, stderr)"""
    from kronika.cli.main import run

    def _run(*args: str):
        monkeypatch.setattr(sys, "argv", ["kronika", *args])
        code = 0
        try:
            run()
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        out = capsys.readouterr()
        return code, out.out, out.err

    return _run


def test_json_object(kronika):
    code, out, _ = kronika("actors", "lookup", "Лукашенка", "--lang", "uk")
    assert code == 0
    assert json.loads(out) == {"name": "Alexander Lukashenko", "country": "BLR", "sector": "GOV", "id": None}


def test_date_changes_sector(kronika):
    assert json.loads(kronika("actors", "lookup", "Trump", "--date", "2022-03-01")[1])["sector"] == "ELI"
    assert json.loads(kronika("actors", "lookup", "Trump", "--date", "2025-03-01")[1])["sector"] == "GOV"


def test_unknown_is_null(kronika):
    code, out, _ = kronika("actors", "lookup", "Qwertyuiop Asdfgh")
    assert code == 0 and out.strip() == "null"


def test_table_format(kronika):
    out = kronika("actors", "lookup", "Belarusian authorities", "--format", "table")[1]
    assert "BLR" in out and "GOV" in out


@pytest.mark.parametrize("args", [("x", "--date", "yesterday"), ("x", "--format", "xml"), ("x", "--lang", "de")])
def test_usage_errors_exit_2(kronika, args):
    code, _, err = kronika("actors", "lookup", *args)
    assert code == 2 and "Traceback" not in err
