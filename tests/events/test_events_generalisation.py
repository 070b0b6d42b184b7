"""Coding rules that must hold on text the coder was not written from.

Each test uses fresh sentences; where the mechanism does not depend on the language, the
same case is checked in English, Ukrainian and Russian.
"""

from __future__ import annotations

import pytest

from kronika.events.context import _uk_gerund_infinitives
from .helpers import code, countries, one


def _types(events) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.event_type for e in events]


# ---------------------------------------------------------------- expulsion reported as an order to leave


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Lithuania ordered two Russian diplomats to leave the country by Friday."),
        ("uk", "Литва наказала двом російським дипломатам покинути країну до п'ятниці."),
        ("ru", "Литва приказала двум российским дипломатам покинуть страну до пятницы."),
    ],
)
def test_order_to_leave_is_an_expulsion(lang: str, text: str) -> None:
    e = one(code(text, lang), "SANCTION")
    assert e.mode == "expel" and e.cameo == "166"
    assert countries(e.actor) == ["LTU"] and countries(e.recipient) == ["RUS"]


# ---------------------------------------------------------------- a clause's own subject blocks carry-over


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Lithuania expelled a Belarusian diplomat on Monday, a day after prosecutors charged two men with spying."),
        ("uk", "Литва вислала білоруського дипломата, а прокурори висунули обвинувачення двом чоловікам."),
        ("ru", "Литва выслала белорусского дипломата, а прокуратура предъявила обвинение двум мужчинам."),
    ],
)
def test_role_subject_blocks_carry_over_and_takes_the_document_country(lang: str, text: str) -> None:
    events = code(text, lang)
    accuse = one(events, "ACCUSE")
    # not the expelled diplomat (carried over from the first clause): the prosecutors, of the
    # country the document is about
    assert accuse.actor[0].sector == "JUD"
    assert countries(accuse.actor) == ["LTU"]
    assert "BLR" not in countries(accuse.actor)


def test_document_country_is_not_given_to_roles_that_may_be_foreign() -> None:
    events = code("Poland summoned the Belarusian ambassador. Senators criticised the decision.", "en")
    accuse = [e for e in events if e.evidence.sentence_index == 1]
    assert accuse and accuse[0].actor[0].sector == "LEG" and accuse[0].actor[0].country is None


# ---------------------------------------------------------------- descriptions of things are no events


def test_purpose_of_a_thing_is_not_an_event() -> None:
    events = code("Saboteurs damaged a bridge used to deliver aid to Ukraine.", "en")
    assert "AID" not in _types(events)


def test_participle_after_a_noun_describes_it() -> None:
    events = code("Belarus freed three activists accused of treason.", "en")
    assert "RETREAT" in _types(events)
    assert "ACCUSE" not in _types(events)


def test_plural_noun_after_a_preposition_in_a_heading_is_no_act() -> None:
    events = code("Lithuania expels Belarusian diplomat after spy arrests", "en")
    assert "COERCE" not in _types(events)


# ---------------------------------------------------------------- recipients and speakers


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Macron expressed solidarity with Lithuania."),
        ("uk", "Макрон висловив солідарність з Литвою."),
        ("ru", "Макрон выразил солидарность с Литвой."),
    ],
)
def test_solidarity_with_names_the_recipient(lang: str, text: str) -> None:
    e = one(code(text, lang), "SUPPORT")
    assert countries(e.actor) == ["FRA"] and countries(e.recipient) == ["LTU"]


def test_demand_with_must_has_the_speaker_as_actor() -> None:
    e = one(code("Moscow said on Tuesday that Kyiv must withdraw its troops.", "en"), "REQUEST")
    assert countries(e.actor) == ["RUS"] and countries(e.recipient) == ["UKR"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "The Kremlin called the expulsion a hostile step."),
        ("uk", "Кремль назвав висилку ворожим кроком."),
        ("ru", "Кремль назвал высылку враждебным шагом."),
    ],
)
def test_calling_something_hostile_is_criticism(lang: str, text: str) -> None:
    e = one(code(text, lang), "ACCUSE")
    assert e.mode == "disapprove" and countries(e.actor) == ["RUS"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Moscow promised a tough response."),
        ("uk", "Москва пообіцяла жорстку відповідь."),
        ("ru", "Москва пообещала жесткий ответ."),
    ],
)
def test_promised_response_is_a_threat_not_an_agreement(lang: str, text: str) -> None:
    events = code(text, lang)
    assert one(events, "THREATEN").factuality == "asserted"
    assert "AGREE" not in _types(events)


# ---------------------------------------------------------------- unnamed actors


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Thousands of farmers rallied in Warsaw on Sunday."),
        ("uk", "У неділю тисячі фермерів вийшли на мітинг у Варшаві."),
        ("ru", "В воскресенье тысячи фермеров вышли на митинг в Варшаве."),
    ],
)
def test_a_crowd_protests_in_the_country_where_it_rallies(lang: str, text: str) -> None:
    e = one(code(text, lang), "PROTEST")
    assert countries(e.actor) == ["POL"] and e.actor[0].sector == "CVL"
    assert e.confidence < 0.5


def test_unknown_group_named_by_nationality_keeps_the_event_without_a_country() -> None:
    e = one(code("Ruritanian gunboats shelled the harbour of Kyiv on Friday.", "en"), "ASSAULT")
    assert e.actor[0].text == "Ruritanian gunboats" and e.actor[0].country is None


def test_heading_keeps_no_countryless_guess() -> None:
    events = code("Opposition urges calm", "en")
    assert not [e for e in events if e.actor and e.actor[0].country is None]


# ---------------------------------------------------------------- frames and relative clauses


@pytest.mark.parametrize(
    "lang,text",
    [
        ("uk", "Париж погодився звільнити громадянку Ірану, затриману у Франції."),
        ("ru", "Париж согласился освободить гражданку Ирана, задержанную во Франции."),
    ],
)
def test_participle_is_not_the_content_of_an_agreement(lang: str, text: str) -> None:
    events = code(text, lang)
    assert one(events, "AGREE")
    assert "THREATEN" not in _types(events)


@pytest.mark.parametrize(
    "lang,text",
    [
        ("uk", "ЄС запровадив санкції проти двох компаній, яких звинувачують у постачанні зброї."),
        ("ru", "ЕС ввёл санкции против двух компаний, которых обвиняют в поставках оружия."),
    ],
)
def test_object_relative_pronoun_gives_no_actor(lang: str, text: str) -> None:
    events = code(text, lang)
    assert one(events, "SANCTION")
    assert not [e for e in events if e.event_type == "ACCUSE" and e.actor]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("uk", "У Мінську затримано лідера опозиції"),
        ("ru", "В Минске задержан лидер оппозиции."),
    ],
)
def test_nominative_after_a_passive_participle_is_the_patient(lang: str, text: str) -> None:
    for e in code(text, lang):
        assert not any("лідер" in a.text.lower() or "лидер" in a.text.lower() for a in e.actor)


def test_ukrainian_gerund_matches_the_infinitive_pattern() -> None:
    assert "направляти" in _uk_gerund_infinitives("направляючи")
    assert "звільнити" in _uk_gerund_infinitives("звільнивши")
    events = code("Сполучені Штати активізували контакти з Мінськом, направляючи делегації до Мінська.", "uk")
    visit = [e for e in events if e.mode == "visit"]
    assert visit and countries(visit[0].actor) == ["USA"]


# ---------------------------------------------------------------- CAMEO vocabulary (fresh sentences)


@pytest.mark.parametrize(
    "text,event_type",
    [
        ("Lithuania closed its border with Belarus on Monday.", "COERCE"),
        ("Poland denied entry to a Belarusian diplomat.", "REJECT"),
        ("France dispatched inspectors to Iran to check the reactor.", "ACCUSE"),
        ("Germany evacuated wounded civilians from Ukraine.", "AID"),
        ("The United States consulted with Poland on Tuesday.", "CONSULT"),
        ("Belarus thanked China for its support.", "SUPPORT"),
        ("Iran said it would not accept refugees from Russia.", "REJECT"),
        ("Lithuania paid compensation to Poland for the damage.", "RETREAT"),
        ("Belarus violated the ceasefire agreement with Ukraine.", "REJECT"),
        ("The European Union is preparing sanctions against Iran.", "THREATEN"),
    ],
)
def test_widened_english_vocabulary(text: str, event_type: str) -> None:
    assert event_type in _types(code(text, "en"))


def test_agreeing_to_a_ceasefire_after_fighting_is_no_threat() -> None:
    events = code("Russia and Ukraine agreed to a ceasefire after two days of fighting.", "en")
    assert "AGREE" in _types(events) and "THREATEN" not in _types(events)


# ---------------------------------------------------------------- recipients named indirectly


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "If Minsk attacks Lithuania, NATO will respond with force, the alliance warned."),
        ("uk", "Якщо Мінськ нападе на Литву, НАТО відповість усією силою, попередив генсек."),
        ("ru", "Если Минск нападет на Литву, НАТО ответит всей силой, предупредил генсек."),
    ],
)
def test_threatened_party_is_the_subject_of_the_condition(lang: str, text: str) -> None:
    threats = [e for e in code(text, lang) if e.event_type == "THREATEN"]
    assert threats and all(countries(e.recipient) == ["BLR"] for e in threats)
    assert all(countries(e.actor) == ["IGO"] for e in threats)


def test_owner_in_an_of_phrase_is_the_sanctions_target() -> None:
    e = one(code("France imposed sanctions on dozens of vessels of Iran's shadow fleet.", "en"), "SANCTION")
    assert countries(e.recipient) == ["IRN"]


def test_owner_of_the_seized_object_is_the_recipient() -> None:
    e = one(code("Belarusian authorities seized the property of Polish police.", "en"), "COERCE")
    assert countries(e.recipient) == ["POL"]


def test_modal_act_after_a_warning_is_its_content() -> None:
    e = one(code("Moscow warned that it could cut gas supplies to Ukraine.", "en"), "THREATEN")
    assert countries(e.recipient) == ["UKR"]


def test_loan_for_a_country_names_the_recipient() -> None:
    e = one(code("Germany approved a new loan for Ukraine.", "en"), "AID")
    assert countries(e.recipient) == ["UKR"]


def test_participle_after_a_finite_verb_is_an_attribute() -> None:
    events = code("Lithuania rejected proposed changes to the treaty.", "en")
    assert "REJECT" in _types(events) and "AGREE" not in _types(events)


def test_ending_the_fighting_is_no_assault() -> None:
    events = code("Germany halted aid to Belarus in an effort to end the fighting.", "en")
    assert "ASSAULT" not in _types(events)


def test_far_off_act_is_not_the_content_of_an_offer() -> None:
    text = "Poland offered to hand over to Lithuania two men suspected by investigators of blowing up a bridge in 2019."
    assert "THREATEN" not in _types(code(text, "en"))


def test_cancelled_planned_visit_is_an_asserted_cancellation() -> None:
    e = one(code("Poland cancelled a planned visit to Minsk.", "en"), "SANCTION")
    assert e.factuality == "asserted" and countries(e.recipient) == ["BLR"]


def test_quantity_phrase_is_no_preposition() -> None:
    e = one(code("At least four Ukrainian civilians were killed in Kyiv.", "en"), "ASSAULT")
    assert e.recipient


def test_preposition_of_a_pattern_still_marks_the_recipient() -> None:
    e = one(code("Poland consulted with Lithuania on Monday.", "en"), "CONSULT")
    assert countries(e.recipient) == ["LTU"]
