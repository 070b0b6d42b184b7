"""Frames, voice and role rules beyond the basic clause: fresh sentences, three languages where it matters."""

from __future__ import annotations

import pytest

from .helpers import code, countries, one


def test_accusation_absorbs_the_act_it_alleges() -> None:
    events = code("The Kremlin accused Poland of attacking a power plant near Kursk.", "en")
    assert [e.event_type for e in events] == ["ACCUSE"]
    assert countries(events[0].actor) == ["RUS"] and countries(events[0].recipient) == ["POL"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Moscow threatened to break off relations with Warsaw."),
        ("uk", "Москва пригрозила розірвати відносини з Варшавою."),
        ("ru", "Москва пригрозила разорвать отношения с Варшавой."),
    ],
)
def test_threat_takes_the_recipient_of_the_threatened_act(lang: str, text: str) -> None:
    events = code(text, lang)
    assert [e.event_type for e in events] == ["THREATEN"]
    assert countries(events[0].actor) == ["RUS"] and countries(events[0].recipient) == ["POL"]


def test_until_gives_a_duration_not_the_event_date() -> None:
    e = one(code("Canada extended the sanctions against Iran until 2027.", "en", "2025-06-18"), "SANCTION")
    assert e.factuality == "asserted" and e.sanction_action == "extend"
    assert e.date.precision == "published"


def test_perfective_future_is_intended() -> None:
    e = one(code("Путин встретится с Макроном в Париже.", "ru"), "CONSULT")
    assert e.factuality == "intended"
    assert countries(e.actor) == ["RUS"] and countries(e.recipient) == ["FRA"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Poland's foreign ministry criticised Iran."),
        ("uk", "МЗС Польщі розкритикувало Іран."),
        ("ru", "МИД Польши раскритиковал Иран."),
    ],
)
def test_an_institution_acts_for_its_country(lang: str, text: str) -> None:
    e = one(code(text, lang), "ACCUSE")
    assert countries(e.actor) == ["POL"] and countries(e.recipient) == ["IRN"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Kyiv came under attack on Monday."),
        ("uk", "Київ зазнав атаки в понеділок."),
        ("ru", "Киев подвергся атаке в понедельник."),
    ],
)
def test_the_subject_of_coming_under_attack_is_the_target(lang: str, text: str) -> None:
    e = one(code(text, lang), "ASSAULT")
    assert countries(e.recipient) == ["UKR"] and not e.actor


def test_a_role_acting_in_a_named_capital_takes_its_country() -> None:
    e = one(code("Opposition figures in Warsaw held a rally against the government.", "en"), "PROTEST")
    assert countries(e.actor) == ["POL"] and e.actor[0].sector == "OPP"


def test_a_meeting_needs_another_party() -> None:
    assert not [e for e in code("The Polish cabinet met on Monday.", "en") if e.event_type == "CONSULT"]
    e = one(code("Macron met Putin on Monday.", "en"), "CONSULT")
    assert countries(e.actor) == ["FRA"] and countries(e.recipient) == ["RUS"]


def test_the_guest_of_a_host_is_the_visitor() -> None:
    e = one(code("Macron hosted Putin in Paris.", "en"), "CONSULT")
    assert e.mode == "visit" and countries(e.actor) == ["RUS"] and countries(e.recipient) == ["FRA"]


def test_exercises_of_two_countries_are_joint() -> None:
    e = one(code("France and Germany launched war games in the Baltic.", "en"), "COOPERATE")
    assert e.reciprocal and sorted(countries(e.actor) + countries(e.recipient)) == ["DEU", "FRA"]
    e = one(code("Poland launched military exercises near the border.", "en"), "MOBILIZE")
    assert countries(e.actor) == ["POL"]


def test_a_heading_adds_only_what_the_body_does_not_report() -> None:
    text = "Poland imposes sanctions on Iran\n\nPoland imposed sanctions on Iran on Monday."
    events = code(text, "en")
    assert len(events) == 1 and events[0].evidence.sentence.endswith("Monday.")
    events = code("Tsikhanouskaya urges Poland not to lift sanctions\n\nThe appeal came on Monday.", "en")
    assert [e.event_type for e in events] == ["REQUEST"]
    assert events[0].sanction_action == "demand_keep"


def test_a_nominalised_trigger_reports_no_act_of_the_subject() -> None:
    events = code("Poland criticised the easing of sanctions on Iran.", "en")
    assert [e.event_type for e in events] == ["ACCUSE"]
    assert not [e for e in code("Тегеран сподівається на скасування санкцій.", "uk") if e.event_type == "RETREAT"]


def test_a_planned_event_in_a_month_without_year_lies_ahead() -> None:
    e = one(code("Poland will hold military exercises in March.", "en", "2025-06-18"), "MOBILIZE")
    assert e.factuality == "intended"
    assert e.date.start == "2026-03-01"


def test_promise_to_ease_sanctions_is_an_agree() -> None:
    e = one(code("Washington promised to ease sanctions on Belavia.", "en"), "AGREE")
    assert e.sanction_action == "promise_to_ease" and e.cameo == "0354"
    assert not [x for x in code("Washington promised to ease sanctions on Belavia.", "en") if x.event_type == "RETREAT"]


def test_evidence_names_the_lexicon_entry_and_argument_rules() -> None:
    e = one(code("Poland imposed sanctions on Iran.", "en"), "SANCTION")
    rule = e.evidence.rule
    assert rule.startswith("en:triggers:impose_sanctions")
    assert "actor:subject_before_verb" in rule and "recipient:sanction_target" in rule
    assert 0 < e.confidence <= 1
    carried = one(code("Poland imposed sanctions on Iran, and in May it tightened them.", "en"), "SANCTION")
    assert carried.confidence >= 0.5


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Minsk urged the EU to lift sanctions on Belavia."),
        ("uk", "Мінськ закликав ЄС зняти санкції з Белавіа."),
        ("ru", "Минск призвал ЕС снять санкции с Белавиа."),
    ],
)
def test_demand_to_lift_is_a_request_to_yield(lang: str, text: str) -> None:
    events = code(text, lang)
    assert [e.event_type for e in events] == ["REQUEST"]
    e = events[0]
    assert (e.mode, e.cameo, e.sanction_action) == ("yield", "1054", "demand_lift")
    assert countries(e.actor) == ["BLR"] and countries(e.recipient) == ["EUR"]


@pytest.mark.parametrize(
    "lang,text,written",
    [
        ("en", "Lukashenko pardoned 16 convicts.", "16"),
        ("uk", "Лукашенко помилував 16 засуджених.", "16"),
        ("ru", "Лукашенко помиловал 16 осужденных.", "16"),
    ],
)
def test_people_a_government_pardons_are_its_own(lang: str, text: str, written: str) -> None:
    e = one(code(text, lang), "CONCEDE")
    assert countries(e.actor) == ["BLR"] and countries(e.recipient) == ["BLR"]
    assert e.size["pardoned"]["text"] == written


def test_a_foreign_nationality_is_not_guessed_as_the_actors_own() -> None:
    e = one(code("Poland arrested a Chinese citizen.", "en"), "COERCE")
    assert "POL" not in countries(e.recipient)


def test_a_hoped_for_lifting_is_emitted_but_not_asserted() -> None:
    events = [e for e in code("Minsk hopes that Washington will lift sanctions on Belavia.", "en") if e.event_type == "RETREAT"]
    assert events and all(e.factuality in ("desired", "intended") for e in events)
    assert countries(events[0].actor) == ["USA"]


def test_an_act_announced_unless_a_condition_is_met_is_a_threat() -> None:
    e = one(code("Poland will expel Russian diplomats unless Moscow releases the journalists.", "en"), "THREATEN")
    assert e.factuality == "asserted" and countries(e.actor) == ["POL"]
    e = one(code("Польща вишле російських дипломатів, якщо Москва не звільнить журналістів.", "uk"), "THREATEN")
    assert countries(e.actor) == ["POL"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Iran is ready to resume talks with France."),
        ("uk", "Іран готовий відновити переговори з Францією."),
        ("ru", "Иран готов возобновить переговоры с Францией."),
    ],
)
def test_readiness_to_cooperate_is_an_agree(lang: str, text: str) -> None:
    e = one(code(text, lang), "AGREE")
    assert e.factuality == "asserted" and countries(e.actor) == ["IRN"]


def test_unreadiness_to_cooperate_is_a_rejection() -> None:
    events = code("Iran is not ready to resume talks with France.", "en")
    assert [e.event_type for e in events] == ["REJECT"] and events[0].cameo == "120"


@pytest.mark.parametrize(
    "lang,text",
    [
        ("uk", "У Кремлі розкритикували рішення Польщі."),
        ("ru", "В Кремле раскритиковали решение Польши."),
    ],
)
def test_a_subjectless_plural_after_a_seat_of_power_is_its_government(lang: str, text: str) -> None:
    e = one(code(text, lang), "ACCUSE")
    assert countries(e.actor) == ["RUS"] and "impersonal_seat" in e.evidence.rule


def test_a_seat_of_power_with_its_own_subject_stays_a_place() -> None:
    e = one(code("У Кремлі Путін провів переговори з Макроном.", "uk"), "CONSULT")
    assert countries(e.actor) == ["RUS"] and countries(e.recipient) == ["FRA"]
    assert "impersonal_seat" not in e.evidence.rule


def test_coordination_does_not_join_an_object_to_the_next_subject() -> None:
    events = code("Germany criticised Iran and Poland condemned China.", "en")
    assert [(countries(e.actor), countries(e.recipient)) for e in events] == [(["DEU"], ["IRN"]), (["POL"], ["CHN"])]
    e = one(code("Lithuania and Latvia condemned China.", "en"), "ACCUSE")
    assert countries(e.actor) == ["LTU", "LVA"]


def test_a_role_takes_the_country_named_right_after_it() -> None:
    e = one(code("Opposition figures from Poland held a rally against the government.", "en"), "PROTEST")
    assert countries(e.actor) == ["POL"] and "owner_country" in e.evidence.rule
