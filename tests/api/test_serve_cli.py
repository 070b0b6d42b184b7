"""`kronika serve` and `kronika spark` on the command line: options and failures."""

from __future__ import annotations

import importlib.util

import pytest
from typer.testing import CliRunner

from kronika.cli.main import app
from kronika.cli.serve import _is_loopback


def test_commands_are_registered() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert "serve" in result.output and "spark" in result.output
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0 and "--port" in result.output and "--db" in result.output


def test_serve_refuses_a_missing_store(tmp_path) -> None:  # noqa: ANN001
    from kronika.errors import StoreError

    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "none.db"), "--port", "0"])
    assert result.exit_code != 0
    assert isinstance(result.exception, StoreError) and "no such store" in str(result.exception)
    assert not (tmp_path / "none.db").exists()


def test_serve_rejects_a_bad_port() -> None:
    result = CliRunner().invoke(app, ["serve", "--port", "70000"])
    assert result.exit_code == 2


def test_loopback_detection() -> None:
    assert _is_loopback("127.0.0.1") and _is_loopback("::1") and _is_loopback("localhost")
    assert not _is_loopback("0.0.0.0") and not _is_loopback("192.168.1.5")


@pytest.mark.skipif(importlib.util.find_spec("pyspark") is not None, reason="pyspark is installed")
def test_spark_without_pyspark_names_the_package(tmp_path) -> None:  # noqa: ANN001
    from kronika.errors import KronikaError

    (tmp_path / "in.jsonl").write_text('{"text": "Oslo met Lima."}\n', encoding="utf-8")
    result = CliRunner().invoke(app, ["spark", str(tmp_path / "in.jsonl"), str(tmp_path / "out")])
    assert result.exit_code != 0
    assert isinstance(result.exception, KronikaError)
    assert "pip install 'kronika[spark]'" in str(result.exception)
