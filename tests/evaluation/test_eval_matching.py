"""The match predicates on single events (the definition of a match and of right fields)."""

from __future__ import annotations

import pytest

from kronika.evaluate import matching as m
from kronika.evaluate.gold import parse_gold_line
from kronika.errors import InputError
from kronika.model import Attribution, Entity

from .builders import build_event

S = "Lithuanian Foreign Minister Kestutis Budrys met his Latvian counterpart Baiba Braze in Vilnius."


def gold(**kw):
    line = {"key": "k", "event": "CONSULT", "anchor": {"en": "met his Latvian counterpart"}, "actor": ["LTU"], "recipient": ["LVA"]}
    line.update(kw)
    return parse_gold_line(line, "test")


def test_anchor_type_and_actor_decide_a_match() -> None:
    g = gold()
    assert m.matches(build_event(S, "CONSULT", ["LTU"], ["LVA"]), g, "en")
    assert not m.matches(build_event(S, "AGREE", ["LTU"], ["LVA"]), g, "en")
    assert not m.matches(build_event("Another sentence.", "CONSULT", ["LTU"], ["LVA"]), g, "en")
    assert not m.matches(build_event(S, "CONSULT", ["EST"], ["LVA"]), g, "en")
    assert not m.matches(build_event(S, "CONSULT", ["LTU"], ["LVA"]), g, "uk")  # no uk anchor


def test_missing_recipient_still_matches_but_a_wrong_one_does_not() -> None:
    g = gold()
    ev = build_event(S, "CONSULT", ["LTU"], [])
    assert m.matches(ev, g, "en") and not m.recipient_ok(ev, g)
    assert not m.matches(build_event(S, "CONSULT", ["LTU"], ["EST"]), g, "en")


def test_reciprocal_sides_may_be_swapped_or_compound() -> None:
    swapped = build_event(S, "CONSULT", ["LVA"], ["LTU"])
    compound = build_event(S, "CONSULT", ["LTU", "LVA"], [])
    assert not m.matches(swapped, gold(), "en")
    assert m.matches(swapped, gold(reciprocal=True), "en")
    assert m.matches(compound, gold(reciprocal=True), "en")
    assert m.recipient_ok(compound, gold(reciprocal=True)) and not m.recipient_ok(compound, gold())


def test_empty_gold_sides_accept_anything() -> None:
    g = gold(actor=[], recipient=[])
    assert m.matches(build_event(S, "CONSULT", ["FRA"], ["ESP"]), g, "en")
    assert m.recipient_ok(build_event(S, "CONSULT"), g)


def test_also_anchor_counts_as_the_same_event() -> None:
    g = gold(also_anchor={"en": "the two ministers talked"})
    assert m.matches(build_event("Later the two ministers talked again.", "CONSULT", ["LTU"]), g, "en")


def test_date_must_lie_inside_the_gold_range() -> None:
    g = gold(date=["2025-03-01", "2025-03-31"])
    assert m.date_ok(build_event(S, "CONSULT", date=("2025-03-03", "2025-03-03")), g)
    assert m.date_ok(build_event(S, "CONSULT", date=("2025-03-01", "2025-03-31")), g)
    assert not m.date_ok(build_event(S, "CONSULT", date=("2025-02-01", "2025-03-31")), g)
    assert not m.date_ok(build_event(S, "CONSULT", date=("2025-03-30", "2025-04-02")), g)
    assert not m.date_ok(build_event(S, "CONSULT", date=("", "")), g)
    assert m.date_ok(build_event(S, "CONSULT", date=("", "")), gold())


def test_sectors_modes_and_sanction_actions() -> None:
    g = gold(actor_sector="GOV", recipient_sector="OPP", mode="visit", sanction_action="impose")
    ev = build_event(S, "CONSULT", [("LTU", "GOV")], [("LVA", "GOV")], mode="phone", sanction_action="impose")
    assert m.sector_checks(ev, g) == [True, False]
    assert m.mode_ok(ev, g) is False and m.mode_ok(ev, gold()) is None
    assert m.sanction_action_ok(ev, g) is True and m.sanction_action_ok(ev, gold()) is None
    rec = gold(actor_sector="OPP", reciprocal=True)
    assert m.sector_checks(build_event(S, "CONSULT", [("LTU", "GOV")], [("LVA", "OPP")]), rec) == [True]


def test_attribution_text_in_english_presence_elsewhere() -> None:
    g = gold(attribution="Reuters")
    assert m.attribution_ok(build_event(S, "CONSULT", attribution="Reuters news agency"), g, "en") is True
    assert m.attribution_ok(build_event(S, "CONSULT", attribution="a diplomat"), g, "en") is False
    assert m.attribution_ok(build_event(S, "CONSULT"), g, "en") is False
    assert m.attribution_ok(build_event(S, "CONSULT", attribution="Рейтер"), g, "uk") is True
    assert m.attribution_ok(build_event(S, "CONSULT"), gold(), "en") is None
    ev = build_event(S, "CONSULT")
    ev = ev.__class__(**{**{f: getattr(ev, f) for f in ev.__slots__}, "attribution": Attribution(None, Entity("Reuters", "Reuters", None, "JRN"))})
    assert m.attribution_ok(ev, g, "en") is True


def test_size_keys() -> None:
    g = gold(size={"released": "14"})
    assert m.size_ok(build_event(S, "CONSULT", size={"released": {"min": 14, "max": 14}}), g) is True
    assert m.size_ok(build_event(S, "CONSULT", size={"arrested": {"min": 14}}), g) is False
    assert m.size_ok(build_event(S, "CONSULT"), gold()) is None


def test_traps_only_asserted_and_of_the_named_actor() -> None:
    t = parse_gold_line({"key": "t", "trap": True, "event": "RETREAT", "actor": ["DEU"],
                         "anchor": {"en": "not ready to lift"}}, "test")
    s = "Germany is not ready to lift the restrictions."
    assert m.trap_taken(build_event(s, "RETREAT", ["DEU"]), t, "en")
    assert not m.trap_taken(build_event(s, "RETREAT", ["DEU"], factuality="negated"), t, "en")
    assert not m.trap_taken(build_event(s, "RETREAT", ["FRA"]), t, "en")
    assert not m.trap_taken(build_event(s, "REJECT", ["DEU"]), t, "en")
    assert not m.trap_taken(build_event(s, "RETREAT", ["DEU"]), t, "uk")


def test_gold_lines_are_checked() -> None:
    with pytest.raises(InputError, match="old name"):
        parse_gold_line({"key": "x", "event": "DEMAND", "anchor": {"en": "a"}}, "f: line 1")
    with pytest.raises(InputError, match="anchor"):
        parse_gold_line({"key": "x", "event": "AGREE"}, "f: line 1")
    with pytest.raises(InputError, match="date"):
        parse_gold_line({"key": "x", "event": "AGREE", "anchor": {"en": "a"}, "date": "2025"}, "f: line 1")
    with pytest.raises(InputError, match="factuality"):
        parse_gold_line({"key": "x", "event": "AGREE", "anchor": {"en": "a"}, "factuality": "sure"}, "f: line 1")
    g = parse_gold_line({"key": "x", "event": "AGREE", "anchor": {"en": "a", "uk": ""}, "doc": "d1"}, "f")
    assert g.applies_to("d1", "en") and not g.applies_to("d2", "en") and not g.applies_to("d1", "uk")
