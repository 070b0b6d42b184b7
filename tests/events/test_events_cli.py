"""``kronika extract``: formats, bad input, and the end-to-end result on the shared seed article."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kronika.cli.main import app

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"

TEXT = "Poland imposed sanctions on Belarus on Monday. Iran released more than 20 prisoners.\n"


def _runner() -> CliRunner:
    try:
        return CliRunner(mix_stderr=False)
    except TypeError:  # newer Click keeps stderr apart already
        return CliRunner()


def test_extract_jsonl_writes_one_record_a_line(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    r = _runner().invoke(app, ["extract", str(f), "--published", "2025-06-18", "--lang", "en"])
    assert r.exit_code == 0, r.output
    recs = [json.loads(line) for line in r.stdout.splitlines() if line.strip()]
    assert [x["event_type"] for x in recs] == ["SANCTION", "RETREAT"]
    s = recs[0]
    for key in ("id", "mode", "cameo", "quad", "contexts", "actor", "recipient", "date", "factuality",
                "attribution", "sanction_action", "size", "language", "document", "evidence", "confidence"):
        assert key in s
    assert s["date"]["start"] == "2025-06-16"  # "on Monday" before 18 June 2025
    assert s["evidence"]["sentence"] == TEXT[s["evidence"]["start"] : s["evidence"]["end"]]
    assert s["evidence"]["rule"].startswith("en:triggers:impose_sanctions")
    assert recs[1]["size"]["released"]["min"] == 21


def test_extract_table_and_bad_options(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    r = _runner().invoke(app, ["extract", str(f), "--published", "2025-06-18", "--format", "table"])
    assert r.exit_code == 0
    assert "SANCTION" in r.stdout
    for bad in (["--format", "xml"], ["--published", "18.06.2025"], ["--lang", "de"]):
        p = subprocess.run([sys.executable, "-m", "kronika", "extract", str(f), *bad], capture_output=True, text=True, cwd=REPO)
        assert p.returncode == 2, bad
        assert p.stderr.count("\n") == 1 and "Traceback" not in p.stderr


def test_unreadable_input_is_named_and_the_rest_is_processed(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    p = subprocess.run(
        [sys.executable, "-m", "kronika", "extract", str(missing), str(good), "--published", "2025-06-18"],
        capture_output=True, text=True, cwd=REPO,
    )
    assert p.returncode == 1
    assert "missing.txt" in p.stderr and "Traceback" not in p.stderr
    assert len([x for x in p.stdout.splitlines() if x.strip()]) == 2


@pytest.mark.skipif(not (SHARED / "seed").is_dir(), reason="the shared seed article is not beside the repository")
def test_seed_article_gives_the_same_events_in_three_languages() -> None:
    pytest.importorskip("kronika.actors")
    found = {}
    for lang in ("en", "uk", "ru"):
        p = subprocess.run(
            [sys.executable, "-m", "kronika", "extract", str(SHARED / "seed" / f"seed-{lang}.txt"), "--published", "2025-10-17"],
            capture_output=True, text=True, cwd=REPO,
        )
        assert p.returncode == 0, p.stderr[-500:]
        recs = [json.loads(x) for x in p.stdout.splitlines() if x.strip()]
        found[lang] = sorted(
            (r["event_type"], tuple(sorted({a["country"] or "" for a in r["actor"]}))) for r in recs
        )
        # no asserted lifting may come from a refusal, a hope, an appeal or a guess
        for r in recs:
            if r["event_type"] == "RETREAT":
                assert r["factuality"] == "asserted"
                assert not any(w in r["evidence"]["sentence"] for w in ("not ready", "не готов", "hopes", "сподіва", "рассчитыва"))
    assert found["en"] == found["uk"] == found["ru"]
    assert ("REJECT", ("LTU", "LVA")) in found["en"]


@pytest.mark.skipif(not (SHARED / "tools" / "score_gold.py").is_file(), reason="the shared acceptance scorer is not beside the repository")
def test_seed_passes_the_acceptance_scorer(tmp_path: Path) -> None:
    import os

    manifest = tmp_path / "manifest.jsonl"
    with manifest.open("w", encoding="utf-8") as f:
        for lang in ("en", "uk", "ru"):
            path = SHARED / "seed" / f"seed-{lang}.txt"
            f.write(json.dumps({"doc": f"seed-{lang}", "path": str(path), "lang": lang, "published": "2025-10-17"}) + "\n")
    env = dict(os.environ, PATH=str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", ""))
    p = subprocess.run(
        [sys.executable, str(SHARED / "tools" / "score_gold.py"), str(SHARED / "gold" / "seed.gold.jsonl"), str(manifest), "--min-fields", "0.8"],
        capture_output=True, text=True, cwd=REPO, env=env,
    )
    assert p.returncode == 0, p.stdout[-1500:] + p.stderr[-500:]
