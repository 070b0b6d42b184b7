"""The sentence-set format and figures, on synthetic events (no coder needed)."""

from __future__ import annotations

import pytest

from kronika.errors import InputError
from kronika.evaluate.sentence_sets import SetScore, evaluate_items, item_document, load_items, parse_items, score_item, summary

from .builders import DATA, build_event

ITEMS = parse_items([
    {"id": "a", "lang": "en", "published": "2025-06-18", "tags": ["passive"],
     "text": "Sanctions against Rosneft were imposed by the EU on Monday.",
     "events": [{"event": "SANCTION", "actor": ["EUR"], "recipient": ["RUS"], "sanction_action": "impose",
                 "date": ["2025-06-16", "2025-06-16"]}]},
    {"id": "b", "lang": "en", "published": "2025-06-18", "tags": ["negation"],
     "text": "Latvia is not ready to lift the restrictions.",
     "events": [{"event": "REJECT", "actor": ["LVA"]}, {"event": "RETREAT", "optional": True, "factuality": "negated"}],
     "traps": [{"event": "RETREAT", "factuality": "asserted"}]},
    {"id": "c", "lang": "uk", "published": "2025-06-18", "text": "Поліція затримала 12 активістів.",
     "events": [{"event": "COERCE", "mode": "arrest", "actor": ["GEO"], "size": 12},
                {"event": "CONSULT", "reciprocal": True, "actor": ["GEO"], "recipient": ["ARM"]}]},
], "test")


def test_parse_checks_the_items() -> None:
    assert ITEMS[0].events[0].date == ("2025-06-16", "2025-06-16") and str(ITEMS[0].published) == "2025-06-18"
    assert ITEMS[1].traps == ("RETREAT",) and ITEMS[1].events[1].optional
    for bad, msg in [
        ({"id": "x", "lang": "en", "published": "2025-01-01", "text": "t", "events": [{"event": "HUG"}]}, "PLOVER"),
        ({"id": "x", "lang": "en", "published": "2025-01-01", "text": "t", "events": [{"event": "AID", "mode": "visit"}]}, "mode"),
        ({"id": "x", "lang": "en", "published": "2025-13-01", "text": "t"}, "date"),
        ({"id": "x", "lang": "en", "published": "2025-01-01", "text": "t", "events": [{"event": "AID", "size": "many"}]}, "size"),
        ({"lang": "en", "text": "t"}, "needs id"),
    ]:
        with pytest.raises(InputError, match=msg):
            parse_items([bad], "test")
    with pytest.raises(InputError, match="twice"):
        parse_items([{"id": "x", "lang": "en", "published": "2025-01-01", "text": "t"}] * 2, "test")


def test_figures_per_language_tag_and_type() -> None:
    a, b, c = ITEMS
    s = SetScore()
    score_item(a, [build_event(a.text, "SANCTION", ["EUR"], ["RUS"], sanction_action="impose", date=("2025-06-16", "2025-06-16"))], s)
    score_item(b, [build_event(b.text, "RETREAT", ["LVA"])], s)  # trap taken; REJECT missed; RETREAT is optional: right
    score_item(c, [build_event(c.text, "COERCE", ["UKR"], [], mode="arrest", size={"arrested": {"min": 12, "max": 12}}),
                   build_event(c.text, "CONSULT", ["ARM"], ["GEO"]), build_event(c.text, "ASSAULT", ["GEO"])], s)
    out = summary(s)
    en, uk = out["per_language"]["en"], out["per_language"]["uk"]
    assert (en["required"], en["found"], en["type_recall"], en["precision"], en["traps"]) == (2, 1, 0.5, 1.0, 1)
    assert en["actor_accuracy"] == 1.0 and en["date_accuracy"] == 1.0 and en["sanction_action_accuracy"] == 1.0
    assert (uk["type_recall"], uk["precision"], uk["actor_accuracy"]) == (1.0, 0.667, 0.5)
    assert uk["mode_accuracy"] == 1.0 and uk["size_accuracy"] == 1.0 and uk["recipient_accuracy"] == 1.0
    assert out["per_tag"]["en:negation"]["traps"] == 1 and out["per_tag"]["en:passive"]["type_recall"] == 1.0
    assert out["per_type"]["en:REJECT"]["found"] == 0 and out["per_type"]["uk:ASSAULT"]["false"] == 1
    kinds = sorted((f["id"], f["kind"]) for f in s.failures)
    assert kinds == [("b", "miss"), ("b", "trap"), ("c", "actor"), ("c", "extra")]


def test_evaluate_items_builds_one_document_per_sentence() -> None:
    seen = []
    score = evaluate_items(ITEMS, lambda d: seen.append(d) or [])
    assert [d.id for d in seen] == ["a", "b", "c"] and seen[2].language == "uk"
    assert item_document(ITEMS[0]).published.isoformat() == "2025-06-18"
    assert summary(score)["per_language"]["en"]["type_recall"] == 0.0


def test_the_own_sets_are_well_formed() -> None:
    items = load_items(*sorted(DATA.glob("sentences-*.yaml")))
    by_lang: dict[str, list] = {}
    for it in items:
        by_lang.setdefault(it.lang, []).append(it)
        assert it.id.startswith(it.lang + "-")
        assert it.events or it.traps, it.id
    assert set(by_lang) == {"en", "uk", "ru"} and all(len(v) >= 50 for v in by_lang.values())
    from kronika.events.ontology import EVENT_TYPES

    for lang, its in by_lang.items():
        covered = {x.event for it in its for x in it.events if not x.optional}
        assert covered == set(EVENT_TYPES), (lang, set(EVENT_TYPES) - covered)
        assert len({it.text for it in its}) == len(its)
        tags = {t for it in its for t in it.tags}
        assert {"negation", "hope", "appeal", "passive", "reported_speech", "relative_clause", "coordination",
                "metonymy", "place", "size", "date"} <= tags, lang


def test_a_non_asserted_event_of_a_trap_type_is_right() -> None:
    item = parse_items([{"id": "t", "lang": "en", "published": "2025-06-18",
                         "text": "Moscow threatened to expel Moldovan diplomats.",
                         "events": [{"event": "THREATEN", "actor": ["RUS"]}],
                         "traps": [{"event": "SANCTION", "factuality": "asserted"}]}], "test")[0]
    s = SetScore()
    score_item(item, [build_event(item.text, "THREATEN", ["RUS"]),
                      build_event(item.text, "SANCTION", ["RUS"], factuality="hypothetical")], s)
    assert summary(s)["per_language"]["en"]["precision"] == 1.0 and s.counts["en"]["traps"] == 0
    s = SetScore()
    score_item(item, [build_event(item.text, "SANCTION", ["RUS"])], s)
    assert summary(s)["per_language"]["en"]["precision"] == 0.0 and s.counts["en"]["traps"] == 1
