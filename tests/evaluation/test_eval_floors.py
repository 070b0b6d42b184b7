"""Floors may only be raised; the floors file is well formed."""

from __future__ import annotations

import pytest

from .floors import committed_floors, load_floors, lowered


def test_floors_file_has_every_language_and_the_seed() -> None:
    f = load_floors()
    for lang in ("en", "uk", "ru"):
        assert {"type_recall", "precision", "actor_accuracy", "max_traps"} <= set(f["own_sentences"][lang])
    assert {"recall_required", "precision", "max_traps"} <= set(f["seed_gold"])


def test_lowered_finds_lowered_floors_and_raised_ceilings() -> None:
    old = {"a": {"type_recall": 0.5, "max_traps": 2}, "b": 0.9}
    assert lowered(old, {"a": {"type_recall": 0.6, "max_traps": 1}, "b": 0.9}) == []
    assert lowered(old, {"a": {"type_recall": 0.4, "max_traps": 3}, "b": 0.8}) == [
        "a.type_recall: 0.5 -> 0.4", "a.max_traps: 2 -> 3", "b: 0.9 -> 0.8"]
    assert lowered(old, {"b": 0.9}) == ["a was removed"]


def test_floors_only_rise() -> None:
    old = committed_floors()
    if old is None:
        pytest.skip("no committed floors to compare with (not a git checkout, or floors.yaml not committed yet)")
    assert lowered(old, load_floors()) == [], "a floor was lowered; floors may only be raised"
