"""The event coder on Kronika's own sentences (en, uk, ru): type recall, precision, actor
accuracy and traps per language, held above the floors in floors.yaml.

Run with ``-s`` to see the measured figures and the failures grouped by kind and tag.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from .builders import DATA
from .coder import coder_unavailable
from .floors import load_floors, sentence_digest

_why = coder_unavailable()
if _why:
    pytest.skip(_why, allow_module_level=True)

from kronika import pipeline  # noqa: E402
from kronika.evaluate.sentence_sets import evaluate_items, load_items, summary  # noqa: E402

LANGS = ("en", "uk", "ru")


@pytest.fixture(scope="module")
def measured():
    items = load_items(*sorted(DATA.glob("sentences-*.yaml")))
    score = evaluate_items(items, pipeline.extract)
    return summary(score), score.failures


def test_report_figures(measured, capsys) -> None:
    figures, failures = measured
    with capsys.disabled():
        print("\nown sentences:", json.dumps(figures["per_language"], indent=1))
        print("data_digest:", sentence_digest())
        kinds = Counter((f["id"][:2], f["kind"]) for f in failures)
        print("failures by language and kind:", dict(sorted(kinds.items())))
        misses = Counter(f"{f['id'][:2]}:{f['event']}" for f in failures if f["kind"] == "miss")
        print("missed types:", dict(misses.most_common()))
    assert set(figures["per_language"]) == set(LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_floors_hold(measured, lang) -> None:
    floor = load_floors()["own_sentences"][lang]
    got = measured[0]["per_language"][lang]
    short = [f"{k} {got.get(k, 0.0)} < {v}" for k, v in floor.items() if not k.startswith("max_") and got.get(k, 0.0) < v]
    if got["traps"] > floor["max_traps"]:
        short.append(f"traps {got['traps']} > {floor['max_traps']}")
    assert not short, f"{lang}: " + "; ".join(short)


def test_floors_were_measured_on_these_sentences() -> None:
    pinned = load_floors()["own_sentences"].get("data_digest")
    if pinned is None:
        pytest.skip("no data_digest pinned yet")
    assert pinned == sentence_digest(), "the sentence sets changed since the floors were measured: measure again and update data_digest"
