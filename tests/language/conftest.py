"""Shared fixtures of the language tests: the reference folder beside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SHARED = REPO_ROOT / ".." / "shared"


@pytest.fixture
def seed_text():
    """A reader of the seed article in one language; skips where the folder is absent."""

    def read(lang: str) -> str:
        path = SHARED / "seed" / f"seed-{lang}.txt"
        if not path.is_file():
            pytest.skip(f"seed article not available at {path}")
        return path.read_text(encoding="utf-8")

    return read
