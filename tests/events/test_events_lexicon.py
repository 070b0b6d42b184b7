"""The trigger lexicons: every entry compiles, every PLOVER type is covered in every language."""

from __future__ import annotations

import pytest

from kronika.errors import DataFileError
from kronika.events import lexicon as lx
from kronika.events.ontology import EVENT_TYPES, validate


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_all_sixteen_types_have_triggers(lang: str) -> None:
    lex = lx.get_lexicon(lang)
    covered = {e.event_type for e in lex.entries}
    assert covered == set(EVENT_TYPES), f"missing: {set(EVENT_TYPES) - covered}"


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_entries_are_valid_plover_with_a_cameo_code(lang: str) -> None:
    lex = lx.get_lexicon(lang)
    ids = [e.id for e in lex.entries]
    assert len(ids) == len(set(ids)), "duplicate entry ids"
    for e in lex.entries:
        assert not validate(e.event_type, e.mode, e.contexts), e.id
        assert e.cameo and e.cameo.isdigit(), e.id
        assert e.rule == f"{lang}:triggers:{e.id}"
        for name in e.recipient:
            assert name in lex.cues.recipient_cues, f"{e.id}: unknown recipient cue set {name}"


def test_the_same_entries_exist_in_all_languages() -> None:
    """Ukrainian and Russian share one entry list; English has a few more (phrasal verbs)."""
    en, uk, ru = ({e.id for e in lx.get_lexicon(lang).entries} for lang in ("en", "uk", "ru"))
    assert uk == ru
    assert uk <= en


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_sanction_decisions_follow_the_coding_table(lang: str) -> None:
    by_id = {e.id: e for e in lx.get_lexicon(lang).entries}
    assert (by_id["impose_sanctions"].event_type, by_id["impose_sanctions"].cameo) == ("SANCTION", "163")
    assert (by_id["lift_sanctions"].event_type, by_id["lift_sanctions"].cameo) == ("RETREAT", "085")
    assert by_id["lift_sanctions"].when_negated == "sanctions_refuse_to_lift"
    assert (by_id["release_prisoners"].event_type, by_id["release_prisoners"].mode) == ("RETREAT", "release")
    assert (by_id["arrest"].event_type, by_id["arrest"].cameo) == ("COERCE", "173")
    assert by_id["joint_exercises"].event_type == "COOPERATE" and by_id["joint_exercises"].reciprocal
    assert by_id["unilateral_exercises"].event_type == "MOBILIZE"
    assert by_id["call_on"].event_type == "REQUEST" and by_id["call_on"].frame == "request"


def test_a_bad_entry_names_the_file_and_entry() -> None:
    with pytest.raises(DataFileError, match="events/xx/triggers.yaml entry broken"):
        lx._entry({"id": "broken", "patterns": ["x"], "type": "NOPE"}, "xx", 0)
    with pytest.raises(DataFileError, match="needs 'id' and 'patterns'"):
        lx._entry({"id": "empty"}, "xx", 0)


def test_unknown_language_is_a_data_error() -> None:
    with pytest.raises(DataFileError):
        lx.get_lexicon("de")


def test_user_file_extends_the_lexicon(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kronika.resources import clear_cache

    d = tmp_path / "events" / "en"
    d.mkdir(parents=True)
    (d / "triggers.yaml").write_text(
        "- id: user_snub\n  cameo: '120'\n  patterns: ['snub']\n  recipient: [object]\n", encoding="utf-8"
    )
    monkeypatch.setenv("KRONIKA_DATA_PATH", str(tmp_path))
    clear_cache()
    lx.get_lexicon.cache_clear()
    try:
        from .helpers import code

        events = code("Poland snubbed Iran.", "en")
        assert [(e.event_type, e.evidence.rule.split("+")[0]) for e in events] == [("REJECT", "en:triggers:user_snub")]
    finally:
        monkeypatch.delenv("KRONIKA_DATA_PATH")
        clear_cache()
        lx.get_lexicon.cache_clear()
