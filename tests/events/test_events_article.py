"""A whole article written for the tests, in English, Ukrainian and Russian (not from the
seed): the same events in each language, with the dateline deciding whose police act and a
negated sanction kept apart. The dateline, title agreement and "warned that" rules were
corrected on this article, so it checks they stay so; it is no held-out figure."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import kronika
from kronika.model import Event

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
PUBLISHED = date(2025, 11, 20)


def article_events(lang: str) -> list[Event]:
    text = (ARTICLES / f"moldova-expulsion-{lang}.txt").read_text(encoding="utf-8")
    return kronika.extract(kronika.document(text, lang=lang, published=PUBLISHED))


def key(e: Event) -> tuple:
    return (e.event_type, e.mode, e.factuality, tuple(sorted(a.country or "?" for a in e.actor)),
            tuple(sorted(r.country or "?" for r in e.recipient)), e.date.start)


@pytest.fixture(scope="module")
def by_lang() -> dict[str, list[Event]]:
    return {lang: article_events(lang) for lang in ("en", "uk", "ru")}


def test_the_three_languages_give_the_same_events(by_lang) -> None:  # type: ignore[no-untyped-def]
    keys = {lang: sorted(key(e) for e in evs) for lang, evs in by_lang.items()}
    assert keys["en"] == keys["uk"] == keys["ru"]
    assert len(keys["en"]) == 10


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_events_of_the_article(by_lang, lang: str) -> None:  # type: ignore[no-untyped-def]
    evs = by_lang[lang]
    keys = {key(e) for e in evs}
    # the expulsion on Wednesday (the day before publication), and the accusation with it
    assert ("SANCTION", "expel", "asserted", ("MDA",), ("RUS",), "2025-11-19") in keys
    assert ("ACCUSE", "allege", "asserted", ("MDA",), ("RUS",), "2025-11-19") in keys
    # police and prosecutors of the dateline's country, though Russia is named more often
    arrest = next(e for e in evs if e.event_type == "COERCE")
    assert [(a.country, a.sector) for a in arrest.actor] == [("MDA", "COP")] and arrest.date.start == "2025-11-18"
    # "has not imposed new sanctions" is negated, never an imposition
    sanction = next(e for e in evs if e.event_type == "SANCTION" and e.mode == "discontinue")
    assert sanction.factuality == "negated"
    # one threat: the warning and what it warns of are one event
    assert sum(e.event_type == "THREATEN" for e in evs) == 1
    # the President thanks the EU and appeals to Brussels (the EU)
    assert ("SUPPORT", None, "asserted", ("MDA",), ("EUR",), "2025-11-20") in keys
    assert ("REQUEST", None, "asserted", ("MDA",), ("EUR",), "2025-11-20") in keys
