"""POST /api/extract codes a posted text as `kronika extract` codes a file."""

from __future__ import annotations

import json

from .apifixtures import Client

TEXT = ("Ottawa imposed sanctions on four Venezuelan officials on Monday.\n\n"
        "The measures freeze their assets, the foreign ministry said.")


def test_extract_json_body(client: Client) -> None:
    status, body = client.post_json("/api/extract", {"text": TEXT, "published": "2025-02-12", "lang": "en"})
    assert status == 200, body
    assert body["document"]["language"] == "en"
    assert body["document"]["published"] == "2025-02-12"
    assert body["count"] == len(body["events"]) >= 1
    sanction = next(e for e in body["events"] if e["event_type"] == "SANCTION")
    assert sanction["actor"][0]["country"] == "CAN"
    # "on Monday" before 12 February 2025 (a Wednesday) is 10 February
    assert sanction["date"]["start"] == "2025-02-10"
    assert sanction["document"]["id"] == body["document"]["id"]
    assert sanction["evidence"]["sentence"].startswith("Ottawa imposed sanctions")


def test_extract_plain_text_body_with_query_parameters(client: Client) -> None:
    status, body, _ = client.request("/api/extract?published=2025-02-12&lang=en", method="POST",
                                     body=TEXT.encode("utf-8"), headers={"Content-Type": "text/plain; charset=utf-8"})
    assert status == 200
    assert any(e["event_type"] == "SANCTION" for e in body["events"])


def test_extract_gives_what_the_command_line_gives(client: Client, tmp_path) -> None:  # noqa: ANN001
    from typer.testing import CliRunner

    from kronika.cli.main import app

    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path), "--published", "2025-02-12", "--lang", "en"])
    assert result.exit_code == 0, result.output
    cli = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    status, body = client.post_json("/api/extract", {"text": TEXT, "published": "2025-02-12", "lang": "en"})
    assert status == 200

    def comparable(records: list[dict]) -> list[dict]:
        out = []
        for r in records:
            r = dict(r)
            r["document"] = {k: v for k, v in r["document"].items() if k != "url"}
            out.append(r)
        return out

    assert comparable(body["events"]) == comparable(cli)


def test_extract_of_an_uncoded_language_says_so(client: Client) -> None:
    status, body = client.post_json("/api/extract", {"text": "Le gouvernement a annoncé de nouvelles mesures hier soir "
                                                              "contre plusieurs entreprises étrangères."})
    assert status == 200
    assert body["events"] == [] and "not coded" in body["note"]
