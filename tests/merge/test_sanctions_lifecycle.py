"""Sanctions lifecycle on synthetic events."""

from __future__ import annotations

import pytest

from kronika.merge.events import merge_events
from kronika.merge.sanctions import lifecycle, lifecycle_of
from kronika.store import Store
from kronika.store.events import add_events

from .factories import BELAVIA, BLR_GOV, BLR_LEADERSHIP, EU, LTU, LVA, USA, doc, event, ent


def _story(lang: str = "en", doc_id: str = "story-en"):
    kw = dict(doc_id=doc_id, language=lang)
    return [
        event("SANCTION", [EU[lang]], [BLR_LEADERSHIP[lang]], mode="discontinue", sanction_action="impose",
              date=("2020-01-01", "2020-12-31", "year"), sentence=1, **kw),
        event("SANCTION", [EU[lang]], [BLR_LEADERSHIP[lang]], mode="discontinue", sanction_action="strengthen",
              date=("2022-01-01", "2022-12-31", "year"), sentence=2, **kw),
        event("RETREAT", [USA[lang]], [BELAVIA[lang]], sanction_action="ease",
              date=("2025-09-01", "2025-09-30", "month"), sentence=3, **kw),
        event("REJECT", [LTU[lang], LVA[lang]], [BLR_GOV[lang]], mode="yield", sanction_action="refuse_to_lift",
              sentence=4, attribution="an analyst", **kw),
        # a hope is not a step
        event("RETREAT", [EU[lang]], [BLR_GOV[lang]], sanction_action="lift", factuality="desired", sentence=5, **kw),
    ]


def _by_target(steps):
    out: dict[str, list[tuple[str, str | None, str]]] = {}
    for s in steps:
        out.setdefault(s.target.name, []).append((s.action, s.status_after, "+".join(e.country for e in s.sender)))
    return out


def test_lifecycle_statuses():
    steps = lifecycle_of(merge_events(_story()))
    got = _by_target(steps)
    assert got == {
        "Government of Belarus": [("impose", "active", "EUR"), ("strengthen", "active", "EUR")],
        "Belavia": [("ease", "eased", "USA")],
        "Belarus": [("refuse_to_lift", "active", "LTU+LVA")],
    }
    gov = [s for s in steps if s.target.name == "Government of Belarus"]
    assert [s.date.start[:4] for s in gov] == ["2020", "2022"]


def test_refusal_keeps_an_eased_status_and_lifting_follows():
    evs = _story() + [
        event("REJECT", [LTU["en"]], [BELAVIA["en"]], sanction_action="refuse_to_lift", doc_id="x"),
        event("REJECT", [USA["en"]], [BELAVIA["en"]], sanction_action="refuse_to_lift", doc_id="y",
              date=("2025-10-01", "2025-10-05", "days")),
        event("RETREAT", [USA["en"]], [BELAVIA["en"]], sanction_action="lift", doc_id="z",
              published="2026-01-20", date=("2026-01-15", "2026-01-15", "day")),
    ]
    steps = [s for s in lifecycle_of(merge_events(evs), "belavia") if s.sender[0].country == "USA"]
    assert [(s.action, s.status_after) for s in steps] == [("ease", "eased"), ("refuse_to_lift", "eased"),
                                                           ("lift", "lifted")]


def test_sender_resolved_with_and_without_id_is_one_sender_and_unnamed_targets_are_listed():
    washington = ent("Washington", "United States", "USA", "GOV")  # no id in this report
    evs = [
        event("RETREAT", [washington], [BELAVIA["en"]], sanction_action="ease", doc_id="a",
              date=("2025-09-01", "2025-09-30", "month")),
        event("RETREAT", [USA["en"]], [BELAVIA["en"]], sanction_action="lift", doc_id="b", published="2025-12-01"),
        event("REJECT", [LTU["en"]], [], sanction_action="refuse_to_lift", doc_id="c"),
    ]
    steps = lifecycle_of(merge_events(evs))
    bel = [(s.action, s.status_after) for s in steps if s.target.name == "Belavia"]
    assert bel == [("ease", "eased"), ("lift", "lifted")]
    unnamed = [s for s in steps if s.target.name == "(target not named)"]
    assert [(s.action, s.status_after) for s in unnamed] == [("refuse_to_lift", "active")]
    assert all(s.target.name != "(target not named)" for s in lifecycle_of(merge_events(evs), "LTU"))


def test_target_filter_by_country_and_name():
    evs = merge_events(_story())
    assert {s.target.name for s in lifecycle_of(evs, "BLR")} == {"Government of Belarus", "Belavia", "Belarus"}
    assert {s.action for s in lifecycle_of(evs, "belav")} == {"ease"}
    assert lifecycle_of(evs, "Narnia") == []


def test_demand_is_listed_under_the_requesting_side_and_the_party_asked():
    opp = ent("the opposition leader", "Opposition Leader", "BLR", "OPP")
    ev = event("REQUEST", [opp], [EU["en"]], mode="change", sanction_action="demand_keep", doc_id="q")
    [step] = lifecycle_of(merge_events([ev]))
    assert step.target.country == "BLR" and step.sender[0].country == "EUR"
    assert step.status_after == "active"
    rec = step.to_record()
    assert set(rec) >= {"target", "sender", "action", "date", "status_after", "event_id"}
    assert rec["action"] == "demand_keep" and isinstance(rec["sender"], list)


def test_lifecycle_from_store_merges_three_languages(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        for lang in ("en", "uk", "ru"):
            d = doc(f"story-{lang}", lang)
            with store.transaction():
                store.add_document(d)
                add_events(store, d, _story(lang, d.id))
        steps = lifecycle(store)
        assert len(steps) == 4
        ease = next(s for s in steps if s.action == "ease")
        assert len(ease.sources) == 3 and {m.language for m in ease.sources} == {"en", "uk", "ru"}
        assert [s.action for s in lifecycle(store, "Lithuania")] == []  # LTU is a sender, not a target
