"""Whole articles written for the tests, each in English, Ukrainian and Russian (not from
the seed): the same events in each language. The expulsion article checks the dateline
deciding whose police act and a negated sanction kept apart; the prisoner swap an exchange
as a reciprocal release, killed and wounded counted apart, and a participle clause
("soldiers killed near Pokrovsk") that reports no act; the drills article a dateline that
is no actor, a second predicate with its own time, and "not ... until" conditions. Rules
were corrected on these articles, so they check that those corrections stay; they are no
held-out figure."""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

import pytest

import kronika
from kronika.model import Event

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
PUBLISHED = date(2025, 11, 20)


#: article name -> its publication date
PUBLISHED_ON = {"moldova-expulsion": PUBLISHED, "prisoner-swap": date(2025, 3, 8), "baltic-drills": date(2025, 6, 6)}


@functools.lru_cache(maxsize=None)
def article_events(name: str, lang: str) -> tuple[Event, ...]:
    text = (ARTICLES / f"{name}-{lang}.txt").read_text(encoding="utf-8")
    return tuple(kronika.extract(kronika.document(text, lang=lang, published=PUBLISHED_ON[name])))


def key(e: Event) -> tuple:
    return (e.event_type, e.mode or "", e.factuality, tuple(sorted(a.country or "?" for a in e.actor)),
            tuple(sorted(r.country or "?" for r in e.recipient)), e.date.start)


@pytest.mark.parametrize("name,count", [("moldova-expulsion", 10), ("prisoner-swap", 7), ("baltic-drills", 9)])
def test_each_article_gives_the_same_events_in_three_languages(name: str, count: int) -> None:
    keys = {lang: sorted(key(e) for e in article_events(name, lang)) for lang in ("en", "uk", "ru")}
    assert keys["en"] == keys["uk"] == keys["ru"]
    assert len(keys["en"]) == count


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_events_of_the_article(lang: str) -> None:
    evs = article_events("moldova-expulsion", lang)
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
    assert ("SUPPORT", "", "asserted", ("MDA",), ("EUR",), "2025-11-20") in keys
    assert ("REQUEST", "", "asserted", ("MDA",), ("EUR",), "2025-11-20") in keys


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_events_of_the_swap_article(lang: str) -> None:
    evs = article_events("prisoner-swap", lang)
    swap = next(e for e in evs if e.mode == "release")
    assert swap.reciprocal and {a.country for a in swap.actor + swap.recipient} == {"UKR", "RUS"}
    assert swap.size["released"]["min"] == 175 and swap.date.start == "2025-03-07"
    sizes = {k: v["min"] for e in evs for k, v in e.size.items()}
    assert sizes.get("killed") == 2 and sizes.get("wounded") == 9
    # "soldiers killed near Pokrovsk" describes the soldiers; nobody is said to have killed them
    assert not [e for e in evs if e.evidence.sentence_index == 3]
    assert {e.event_type for e in evs if e.evidence.sentence_index == 5} == {"AGREE", "REJECT"}


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_events_of_the_drills_article(lang: str) -> None:
    evs = article_events("baltic-drills", lang)
    by_sentence: dict[int, list[Event]] = {}
    for e in evs:
        by_sentence.setdefault(e.evidence.sentence_index, []).append(e)
    # the dateline's city is no actor: NATO began the drills, on Monday
    [drills] = by_sentence[1]
    assert [a.country for a in drills.actor] == ["IGO"] and drills.date.start == "2025-06-02"
    # the condemnation is asserted and dated by publication; next week's own drills are intended
    condemn, own = sorted(by_sentence[2], key=lambda e: e.event_type)
    assert condemn.event_type == "ACCUSE" and condemn.factuality == "asserted" and condemn.date.start == "2025-06-06"
    assert own.event_type == "MOBILIZE" and own.factuality == "intended" and [a.country for a in own.actor] == ["RUS"]
    # "will not reopen ... until Minsk releases X": the reopening negated, the release a condition
    last = {e.mode: e for e in by_sentence[5]}
    assert last["access"].factuality == "negated" and last["release"].factuality == "hypothetical"
