"""The API and the command line give the same answers over the same store."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlencode

import pytest
from typer.testing import CliRunner

from kronika.cli.main import app

from .apifixtures import Client


def _cli_jsonl(args: list[str]) -> list[dict]:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


@pytest.mark.parametrize(("cli_args", "query"), [
    ([], ""),
    (["--actor", "NOR"], "actor=NOR"),
    (["--recipient", "arctic", "--since", "2025-04"], "recipient=arctic&since=2025-04"),
    (["--type", "RETREAT", "--until", "2025"], "type=RETREAT&until=2025"),
    (["--factuality", "hypothetical"], "factuality=hypothetical"),
])
def test_events_match_kronika_events(client: Client, store_path: Path, cli_args: list[str], query: str) -> None:
    cli = _cli_jsonl(["events", "--db", str(store_path), "--format", "jsonl", *cli_args])
    status, body = client.get("/api/events?" + query)
    assert status == 200
    assert body["events"] == cli


@pytest.mark.parametrize("target", [None, "arctic", "RUS", "Peru"])
def test_sanctions_match_kronika_sanctions(client: Client, store_path: Path, target: str | None) -> None:
    cli = _cli_jsonl(["sanctions", *([target] if target else []), "--db", str(store_path), "--format", "jsonl"])
    status, body = client.get("/api/sanctions" + (f"?target={target}" if target else ""))
    assert status == 200
    assert body["steps"] == cli


def test_documents_match_kronika_documents_list(client: Client, store_path: Path) -> None:
    cli = _cli_jsonl(["documents", "list", "--db", str(store_path), "--format", "jsonl"])
    status, body = client.get("/api/documents")
    assert body["documents"] == cli


def test_actor_lookup_matches_kronika_actors_lookup(client: Client) -> None:
    for name, lang in (("Washington", "en"), ("Вашингтона", "uk"), ("Nowhere Inc", "en")):
        result = CliRunner().invoke(app, ["actors", "lookup", name, "--lang", lang, "--format", "json"])
        assert result.exit_code == 0, result.output
        status, body = client.get("/api/actors/lookup?" + urlencode({"text": name, "lang": lang}))
        assert status == 200
        assert body["actor"] == json.loads(result.stdout)
