"""Shared fixtures of the actor tests: one resolver, and a helper analysing fresh text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kronika.model import Document, Mention


@pytest.fixture(scope="session")
def resolver():
    from kronika.actors import get_resolver

    return get_resolver()


@pytest.fixture(scope="session")
def find(resolver):
    """find(text, lang, published=date(2025, 10, 17)) -> list[Mention]"""
    from kronika.language import analyze

    def _find(text: str, lang: str, published: date | None = date(2025, 10, 17)) -> list[Mention]:
        return resolver.find_mentions(analyze(Document.from_text(text, language=lang, published=published)))

    return _find


def shared_dir() -> Path:
    return Path(__file__).resolve().parents[2] / ".." / "shared"
