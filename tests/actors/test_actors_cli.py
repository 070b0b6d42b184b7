"""`kronika actors lookup`: the contract's json shape and exit statuses."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def run(*args):
    return subprocess.run([sys.executable, "-m", "kronika", "actors", "lookup", *args], capture_output=True, text=True)


def test_json_object():
    out = run("Лукашенка", "--lang", "uk")
    assert out.returncode == 0
    assert json.loads(out.stdout) == {"name": "Alexander Lukashenko", "country": "BLR", "sector": "GOV", "id": None}


def test_date_changes_sector():
    assert json.loads(run("Trump", "--date", "2022-03-01").stdout)["sector"] == "ELI"
    assert json.loads(run("Trump", "--date", "2025-03-01").stdout)["sector"] == "GOV"


def test_unknown_is_null():
    out = run("Qwertyuiop Asdfgh")
    assert out.returncode == 0 and out.stdout.strip() == "null"


def test_table_format():
    out = run("Belarusian authorities", "--format", "table")
    assert "BLR" in out.stdout and "GOV" in out.stdout


@pytest.mark.parametrize("args", [("x", "--date", "yesterday"), ("x", "--format", "xml"), ("x", "--lang", "de")])
def test_usage_errors_exit_2(args):
    out = run(*args)
    assert out.returncode == 2 and "Traceback" not in out.stderr
