"""A sanctions article written for the tests, in English, Ukrainian and Russian, ingested
together: each report merges across the three languages, and the lifecycle of Belaruskali
reads lifted by the United States (dated by "a day later", counted from Monday), with the
British refusal to ease and threat beside it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kronika import pipeline
from kronika.merge.sanctions import lifecycle
from kronika.merge.stored import EventQuery, query
from kronika.store import Store

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = Store.open(tmp_path_factory.mktemp("potash") / "k.db")
    paths = [str(ARTICLES / f"potash-sanctions-{lang}.txt") for lang in ("en", "uk", "ru")]
    report = pipeline.ingest(paths, s, published=date(2026, 2, 26))
    assert report.new == 3 and not report.failed
    return s


def test_every_event_is_reported_in_the_three_languages(store: Store) -> None:
    merged = list(query(store, EventQuery()))
    assert len(merged) == 6
    assert all(m.languages == 3 for m in merged)


def test_lifecycle_of_the_potash_producer(store: Store) -> None:
    steps = [s.to_record() for s in lifecycle(store, "Belaruskali")]
    by_action = {s["action"]: s for s in steps}
    lift = by_action["lift"]
    assert {e["country"] for e in lift["sender"]} == {"USA"}
    assert lift["date"]["start"] == "2026-02-24" and lift["status_after"] == "lifted"
    refusal = by_action["refuse_to_lift"]
    assert {e["country"] for e in refusal["sender"]} == {"GBR"}


def test_extension_and_threat_against_other_targets(store: Store) -> None:
    steps = [s.to_record() for s in lifecycle(store)]
    extend = [s for s in steps if s["action"] == "extend"]
    assert extend and extend[0]["date"]["start"] == "2026-02-23" and extend[0]["target"]["country"] == "BLR"
    assert any(s["action"] == "threaten" and {e["country"] for e in s["sender"]} == {"GBR"} for s in steps)
