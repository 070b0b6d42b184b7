"""The seed articles as scraped: three documents, three languages, clean titles and bodies."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kronika.documents import read_paths
from kronika.model import Document

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / ".." / "shared" / "seed"


@pytest.fixture(scope="module")
def seed_dir() -> Path:
    if not SEED.is_dir():
        pytest.skip("the shared seed articles are not beside the repository")
    return SEED


def _raw_lines(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def test_seed_documents(seed_dir: Path) -> None:
    docs = [d for d in read_paths([str(seed_dir)]) if isinstance(d, Document)]
    by_lang = {d.language: d for d in docs}
    assert sorted(by_lang) == ["en", "ru", "uk"]
    en = by_lang["en"]
    assert en.title == "Lukashenko seeks way out of isolation, reopens contacts with EU"
    for d in docs:
        raw = _raw_lines(Path(d.source))
        switcher, title, glued = raw[0], raw[1], raw[2]
        paras = d.text.split("\n\n")
        assert paras[0] == title == d.title
        assert switcher not in paras
        assert glued not in d.text  # the title with its photo caption glued to it
        assert "(фото:" not in d.text and "(photo:" not in d.text
        # the body is intact: every other line of the file is a paragraph, in order
        assert paras[1:] == raw[3:]


def test_seed_ingest_cli(seed_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "seed.db"
    cmd = [sys.executable, "-m", "kronika", "ingest", str(seed_dir), "--db", str(db), "--no-events"]
    first = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert "new 3" in first.stdout
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0 and "new 0, already stored 3" in again.stdout
    from kronika.store import Store

    with Store.open(db) as store:
        langs = sorted(d.language for d in store.documents())
    assert langs == ["en", "ru", "uk"]
