"""The seed article's gold events (shared reference material), scored in process as
`kronika eval` scores them, held above the floors in floors.yaml; and the same figures as
the acceptance scorer where the installed command is at hand."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from datetime import date

import pytest

from .builders import SHARED
from .coder import coder_unavailable, reader_unavailable
from .floors import load_floors

SEED = SHARED / "seed"
GOLD = SHARED / "gold" / "seed.gold.jsonl"
PUBLISHED = date(2025, 10, 17)
LANGS = ("en", "uk", "ru")

if not GOLD.is_file():
    pytest.skip(f"the seed gold file is not beside the repository ({GOLD})", allow_module_level=True)
_why = coder_unavailable() or reader_unavailable()
if _why:
    pytest.skip(_why, allow_module_level=True)

from kronika import pipeline  # noqa: E402
from kronika.evaluate.gold import load_gold  # noqa: E402
from kronika.evaluate.runner import ScoringInput, evaluate_gold  # noqa: E402
from kronika.model import Document  # noqa: E402


def _read(lang: str) -> Document:
    docs = [d for d in pipeline.read([str(SEED / f"seed-{lang}.txt")], published=PUBLISHED, lang=lang) if isinstance(d, Document)]
    assert docs, f"seed-{lang}.txt could not be read"
    return docs[0]


@pytest.fixture(scope="module")
def report():
    inputs = [ScoringInput(f"seed-{lang}", lang, _read(lang)) for lang in LANGS]
    return evaluate_gold(load_gold(GOLD), inputs, pipeline.extract)


def test_seed_floors(report, capsys) -> None:
    s = report.summary
    with capsys.disabled():
        print("\nseed:", json.dumps({k: v for k, v in s.items() if k not in ("per_language", "counts")}, ensure_ascii=False))
        for line in report.misses + report.trapped:
            print(" ", line)
    floor = load_floors()["seed_gold"]
    assert s["recall_required"] >= floor["recall_required"], report.misses
    assert s["precision"] >= floor["precision"], report.unmatched
    assert s["traps"] <= floor["max_traps"], report.trapped


def test_same_languages_same_events(report) -> None:
    """The same key means the same event in every language: found sets should not drift apart."""
    found = {sc.doc: set(sc.found) for sc in report.scores}
    union = set().union(*found.values())
    assert all(len(union - keys) <= max(1, len(union) // 4) for keys in found.values()), found


@pytest.mark.skipif(shutil.which("kronika") is None, reason="the kronika command is not on PATH")
@pytest.mark.skipif(not (SHARED / "tools" / "score_gold.py").is_file(), reason="the acceptance scorer is absent")
def test_acceptance_scorer_agrees(report, tmp_path) -> None:
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("".join(json.dumps({"doc": f"seed-{lang}", "path": str(SEED / f"seed-{lang}.txt"), "lang": lang,
                                            "published": PUBLISHED.isoformat()}) + "\n" for lang in LANGS), encoding="utf-8")
    p = subprocess.run([sys.executable, str(SHARED / "tools" / "score_gold.py"), str(GOLD), str(manifest), "--json"],
                       capture_output=True, text=True, timeout=600)
    lines = p.stdout.strip().splitlines()
    if not lines or not lines[0].startswith("{"):
        pytest.fail(f"the acceptance scorer did not run: {p.stdout[-300:]} {p.stderr[-300:]}")
    theirs = json.loads("\n".join(lines[:-1]))
    mine = report.summary
    keys = ("recall_required", "precision", "traps", "date_ok", "factuality_ok", "sector_ok", "recipient_ok", "mode_ok", "per_doc")
    assert {k: mine[k] for k in keys} == {k: theirs[k] for k in keys}
