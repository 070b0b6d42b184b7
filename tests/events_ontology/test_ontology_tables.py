"""The PLOVER ontology module: types, quads, modes, CAMEO mapping, decisions, legacy names."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from kronika.events import ontology as o
from kronika.resources import PACKAGE_DATA

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"


def test_sixteen_types_in_their_quads() -> None:
    assert len(o.EVENT_TYPES) == 16
    by_quad: dict[int, set[str]] = {}
    for t, q in o.EVENT_TYPES.items():
        by_quad.setdefault(q, set()).add(t)
    assert by_quad == {
        1: {"AGREE", "CONSULT", "SUPPORT", "CONCEDE"},
        2: {"COOPERATE", "AID", "RETREAT"},
        3: {"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION"},
        4: {"PROTEST", "MOBILIZE", "COERCE", "ASSAULT"},
    }
    assert o.QUAD_NAMES[3] == "verbal conflict"


def test_quad_of_accepts_old_names_and_refuses_unknown() -> None:
    assert o.quad_of("ASSAULT") == 4
    assert o.quad_of("FIGHT") == 4
    assert o.quad_of("DEMAND") == 3
    with pytest.raises(KeyError, match="BOMBARD"):
        o.quad_of("BOMBARD")


def test_modes() -> None:
    assert o.MODES["CONSULT"] == ("visit", "third-party", "multilateral", "phone")
    assert "release" in o.MODES["RETREAT"] and "arrest" in o.MODES["COERCE"]
    assert "convict" in o.MODES["SANCTION"]
    for t in ("AGREE", "SUPPORT", "CONCEDE", "COOPERATE", "AID"):
        assert o.MODES[t] == ()
    assert set(o.MODES) == set(o.EVENT_TYPES)


def test_recipient_required_and_vocabularies() -> None:
    assert o.RECIPIENT_REQUIRED == {"COOPERATE", "AID", "SANCTION"}
    assert o.requires_recipient("AID") and not o.requires_recipient("ACCUSE")
    assert len(o.CONTEXTS) == 37 and "diplomatic" in o.CONTEXTS and "trafficking" in o.CONTEXTS
    assert o.SECTORS[:3] == ("GOV", "MIL", "COP") and "ELI" in o.SECTORS and "OPP" in o.SECTORS
    assert "ELI" not in o.FREQUENT_SECTORS and "GOV" in o.FREQUENT_SECTORS
    assert set(o.NON_STATE_CODES) == {"EUR", "IGO", "UNO", "NGO", "MNC", "IMG", "ISM"}
    assert o.is_non_state("eur") and not o.is_non_state("UKR") and not o.is_non_state(None)


def test_validate_reports_every_problem() -> None:
    assert o.validate("RETREAT", "release", ["legal"]) == []
    assert o.validate("AGREE", None, []) == []
    problems = o.validate("CONSULT", "call", ["diplomatic", "gossip"])
    assert len(problems) == 2 and "call" in problems[0] and "gossip" in problems[1]
    assert "no modes" in o.validate("AID", "release", [])[0]
    assert "ACCUSE" in o.validate("DISAPPROVE", None, [])[0]
    assert "unknown event type" in o.validate("HUG", None, [])[0]
    assert o.validate("SANCTION", "discontinue", [], recipient=[]) == ["SANCTION requires a recipient"]
    assert o.validate("SANCTION", "discontinue", [], recipient=["x"]) == []
    assert o.validate("ACCUSE", None, [], recipient=[]) == []
    assert "string" in o.validate("ACCUSE", None, "legal")[0]


def test_legacy_names() -> None:
    assert o.LEGACY_TYPES["DEMAND"] == ("REQUEST", None)
    assert o.LEGACY_TYPES["DISAPPROVE"] == ("ACCUSE", "disapprove")
    assert o.LEGACY_TYPES["INVESTIGATE"] == ("ACCUSE", "investigate")
    assert o.LEGACY_TYPES["FIGHT"] == ("ASSAULT", None)
    assert o.modernise("INVESTIGATE") == ("ACCUSE", "investigate")
    assert o.modernise("DISAPPROVE", "allege") == ("ACCUSE", "allege")
    assert o.modernise("agree") == ("AGREE", None)
    assert o.current_type("FIGHT") == "ASSAULT"
    assert o.iso_country("JAP") == "JPN" and o.iso_country("ITL") == "ITA" and o.iso_country("VTN") == "VAT"
    assert o.iso_country("UKR") == "UKR" and o.iso_country(None) is None
    for old, new in o.LEGACY_ACTOR_CODES.items():
        assert re.fullmatch(r"[A-Z]{3}", new), (old, new)


def test_cameo_published_table() -> None:
    assert o.cameo_to_plover("0841") == ("RETREAT", "release", ("legal",))
    assert o.cameo_to_plover("041") == ("CONSULT", "phone", ())
    assert o.cameo_to_plover("091") == ("ACCUSE", "investigate", ("crime", "corruption"))
    assert o.cameo_to_plover("163", published=True) == ("COERCE", "restrict", ("diplomatic",))
    assert o.cameo_to_plover("116", published=True)[0] == "ACCUSE"
    # normalised to the PLOVER 0.8 vocabulary
    assert o.cameo_to_plover("085") == ("RETREAT", None, ("economic",))
    assert o.cameo_to_plover("073")[2] == ("human_security",)
    assert o.cameo_to_plover("175") == ("ASSAULT", None, ("pro_autocracy", "military"))


def test_cameo_kronika_decisions_win() -> None:
    assert o.cameo_to_plover("163") == ("SANCTION", "discontinue", ("economic",))
    assert o.cameo_to_plover("116") == ("SANCTION", "convict", ("legal",))
    assert o.cameo_to_plover("112")[:2] == ("ACCUSE", "allege")
    assert o.cameo_to_plover("081")[0] == "RETREAT"
    assert o.cameo_to_plover("0843")[0] == "CONCEDE"


def test_cameo_fallbacks() -> None:
    assert o.cameo_to_plover("0845") == o.cameo_to_plover("084")  # unknown leaf -> parent
    assert o.cameo_to_plover("10") == ("REQUEST", None, ())
    assert o.cameo_to_plover("19")[0] == "ASSAULT"
    assert o.cameo_to_plover("01") is None and o.cameo_to_plover("023") is None
    assert o.cameo_to_plover("") is None and o.cameo_to_plover("abc") is None
    assert o.cameo_description("041") == "Discuss by telephone"


def test_every_cameo_row_is_valid_plover() -> None:
    for code in o._cameo_tables()[1]:
        event, mode, contexts = o.cameo_to_plover(code)
        assert o.validate(event, mode, contexts) == [], code


def test_default_cameo_round_trips() -> None:
    for t in o.EVENT_TYPES:
        code = o.default_cameo(t)
        assert code and o.cameo_to_plover(code)[0] == t
        for m in o.MODES[t]:
            c = o.default_cameo(t, m)
            assert o.cameo_to_plover(c)[0] == t
    assert o.default_cameo("CONSULT", "phone") == "041"
    assert o.default_cameo("RETREAT", "release") == "0841"
    assert o.default_cameo("CONSULT", "multilateral") == "040"
    assert "0841" in o.cameo_codes("RETREAT", "release")


def test_decisions() -> None:
    d = o.decision("sanctions_imposed")
    assert (d["event"], d["mode"], d["cameo"], d["quad"]) == ("SANCTION", "discontinue", "163", 3)
    assert d["sanction_actions"] == ("impose", "extend", "strengthen") and d["sanction_action"] == "impose"
    assert o.decision("sanctions_refuse_to_lift")["cameo"] == "1244"
    assert o.decision("prisoners_released")["mode"] == "release"
    assert o.decision("joint_exercises")["contexts"] == ("military",)
    assert o.decision("phone_call")["mode"] == "phone"
    lift = o.decision_for_sanction_action("lift")
    assert (lift["event"], lift["cameo"], lift["sanction_action"]) == ("RETREAT", "085", "lift")
    assert o.decision_for_sanction_action("demand_keep")["event"] == "REQUEST"
    with pytest.raises(KeyError, match="known"):
        o.decision("tea_party")
    with pytest.raises(KeyError):
        o.decision_for_sanction_action("forgive")
    d["event"] = "ASSAULT"  # a copy: the table stays intact
    assert o.decision("sanctions_imposed")["event"] == "SANCTION"


def test_every_decision_cameo_agrees_with_the_table() -> None:
    """A decision's CAMEO code maps (with Kronika's departures) to the decision's type."""
    for name in o.decision_names():
        d = o.decision(name)
        mapped = o.cameo_to_plover(d["cameo"])
        assert mapped and mapped[0] == d["event"], (name, d["cameo"], mapped)


def test_every_sanction_action_has_a_decision() -> None:
    from kronika.model import SANCTION_ACTIONS

    for action in SANCTION_ACTIONS:
        assert o.decision_for_sanction_action(action)["sanction_action"] == action


def test_derived_table_carries_licence_and_attribution() -> None:
    head = (PACKAGE_DATA / "ontology" / "cameo_plover.tsv").read_text(encoding="utf-8")[:1500]
    assert "CC BY-SA 4.0" in head and "Open Event Data Alliance" in head
    assert (PACKAGE_DATA / "ontology" / "LICENSE-cameo_plover.txt").is_file()


def test_generator_reproduces_the_packaged_table() -> None:
    source = SHARED / "data" / "plover-gsr" / "CAMEO2PLOVER-2021.txt"
    if not source.is_file():
        pytest.skip(f"the source table is not beside the repository ({source})")
    p = subprocess.run([sys.executable, str(REPO / "scripts" / "generate_cameo_table.py"), str(source), "--check"],
                       capture_output=True, text=True, timeout=60)
    assert p.returncode == 0, p.stdout + p.stderr


def test_generator_normalises_off_vocabulary_values(tmp_path: Path) -> None:
    sys.path.insert(0, str(REPO / "scripts"))
    try:
        import generate_cameo_table as g
    finally:
        sys.path.pop(0)
    rows = g.parse("04: CONSULT\n041: CONSULT, phone,   # Discuss by telephone\n"
                   "085: RETREAT, ease,   economic # Ease\n175: ASSAULT, pro_autocracy , military # Repress\n"
                   "175: ASSAULT, beat, # duplicate\n073: AID, , humanitarian # Aid\n")
    by = {r["cameo"]: r for r in rows}
    assert by["04"]["event"] == "CONSULT" and by["04"]["mode"] == ""
    assert by["041"]["mode"] == "phone" and by["041"]["description"] == "Discuss by telephone"
    assert by["085"]["mode"] == "" and "ease" in by["085"]["note"]
    assert by["175"]["contexts"] == "pro_autocracy;military" and by["175"]["mode"] == ""
    assert by["073"]["contexts"] == "human_security"
    with pytest.raises(ValueError, match="unknown event type"):
        g.parse("999: HUG, , # nope\n")
