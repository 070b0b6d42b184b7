"""The seed article in three languages, ingested: one merged event per real event.

Runs the whole pipeline (read, code, store, merge) on the seed article and its
Ukrainian and Russian renderings, as a user would with ``kronika ingest``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kronika import pipeline
from kronika.merge.sanctions import lifecycle
from kronika.merge.stored import EventQuery, query
from kronika.store import Store

SEED = Path(__file__).resolve().parents[2].parent / "shared" / "seed"
PUBLISHED = date(2025, 10, 17)


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    if not SEED.is_dir():
        pytest.skip("the shared seed articles are not beside this checkout")
    store = Store.open(tmp_path_factory.mktemp("seed") / "seed.db")
    report = pipeline.ingest([str(SEED)], store, published=PUBLISHED)
    assert report.new == 3 and not report.failed
    return store


def test_one_merged_event_per_real_event(seed_store: Store) -> None:
    merged = list(query(seed_store, EventQuery()))
    english = [m for m in merged if any(r.language == "en" for r in m.mentions)]
    per_language = sum(sum(1 for r in m.mentions if r.language == "en") for m in english)
    # the total stays within 10% of what one language reports
    assert abs(len(merged) - per_language) <= 0.1 * per_language, (len(merged), per_language)
    three = [m for m in merged if m.languages == 3]
    assert len(three) >= 0.85 * len(merged)


def test_sanctions_lifecycle_of_the_seed(seed_store: Store) -> None:
    steps = [s.to_record() for s in lifecycle(seed_store)]

    def find(action: str, sender: str, target_country: str) -> list[dict]:
        return [s for s in steps if s["action"] == action
                and sender in {e["country"] for e in s["sender"]}
                and s["target"]["country"] == target_country]

    [impose] = find("impose", "EUR", "BLR")
    assert impose["date"]["start"].startswith("2020") and impose["status_after"] == "active"
    [strengthen] = find("strengthen", "EUR", "BLR")
    assert strengthen["date"]["start"].startswith("2022")
    [ease] = find("ease", "USA", "BLR")
    assert ease["target"]["sector"] == "BUS" and ease["date"]["start"].startswith("2025-09")
    assert ease["status_after"] == "eased"
    refusals = [s for s in steps if s["action"] == "refuse_to_lift"
                and {"LTU", "LVA"} <= {e["country"] for e in s["sender"]}]
    assert refusals
    # every step is reported in the three languages
    for step in (impose, strengthen, ease, refusals[0]):
        assert {src["language"] for src in step["sources"]} == {"en", "uk", "ru"}
