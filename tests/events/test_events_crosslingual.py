"""The same report in English, Ukrainian and Russian gives the same events and arguments.

Mentions are merged across languages only when type, CAMEO code, sanction action and the
countries of actor and recipient agree, so a difference in any of them splits one event in two.
"""

from __future__ import annotations

import pytest

from .helpers import code, countries, one


def _key(e) -> tuple:  # type: ignore[no-untyped-def]
    return (e.event_type, e.cameo, e.sanction_action, tuple(sorted(countries(e.actor))), tuple(sorted(countries(e.recipient))))


_RELEASE_AND_EASE = {
    "en": "Minsk freed more than 20 opposition figures, and Warsaw quickly eased restrictions on Lukashenko.",
    "uk": "Мінськ звільнив понад 20 опозиціонерів, і Варшава швидко послабила обмеження проти Лукашенка.",
    "ru": "Минск освободил более 20 оппозиционеров, и Варшава быстро ослабила ограничения против Лукашенко.",
}


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_the_subject_of_a_coordinated_clause_is_no_second_object(lang: str) -> None:
    # an adverb between the next subject and its verb must not make the subject a conjunct of the object
    events = code(_RELEASE_AND_EASE[lang], lang)
    release = next(e for e in events if e.mode == "release")
    assert countries(release.actor) == ["BLR"]
    assert countries(release.recipient) == ["BLR"]
    eased = next(e for e in events if e.sanction_action == "ease")
    assert countries(eased.actor) == ["POL"]


def test_release_and_ease_agree_across_languages() -> None:
    keys = {lang: sorted(_key(e) for e in code(text, lang)) for lang, text in _RELEASE_AND_EASE.items()}
    assert keys["en"] == keys["uk"] == keys["ru"]


_CONCERN_AND_APPEAL = {
    "en": "Lithuania expressed alarm about the expansion of sanctions against Ukraine and called on France "
          "not to hurry with the removal of restrictions.",
    "uk": "Литва висловила стурбованість розширенням санкцій проти України та закликала Францію "
          "не квапитися зі скасуванням обмежень.",
    "ru": "Литва выразила озабоченность расширением санкций против Украины и призвала Францию "
          "не торопиться с отменой ограничений.",
}


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_concern_takes_its_object_not_the_next_clauses_addressee(lang: str) -> None:
    events = code(_CONCERN_AND_APPEAL[lang], lang)
    concern = one(events, "ACCUSE")
    assert countries(concern.actor) == ["LTU"]
    assert countries(concern.recipient) == ["UKR"]


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_an_appeal_not_to_hurry_with_lifting_is_a_demand_to_keep(lang: str) -> None:
    request = one(code(_CONCERN_AND_APPEAL[lang], lang), "REQUEST")
    assert request.sanction_action == "demand_keep"
    assert countries(request.recipient) == ["FRA"]
    assert not any(e.event_type == "RETREAT" for e in code(_CONCERN_AND_APPEAL[lang], lang))


def test_concern_and_appeal_agree_across_languages() -> None:
    keys = {lang: sorted(_key(e) for e in code(text, lang)) for lang, text in _CONCERN_AND_APPEAL.items()}
    assert keys["en"] == keys["uk"] == keys["ru"]


@pytest.mark.parametrize("lang,text", [
    ("uk", "Польща закликала Німеччину поспішити зі зняттям санкцій проти Ірану."),
    ("ru", "Польша призвала Германию поспешить с отменой санкций против Ирана."),
])
def test_an_appeal_to_hurry_with_lifting_is_a_demand_to_lift(lang: str, text: str) -> None:
    request = one(code(text, lang), "REQUEST")
    assert request.sanction_action == "demand_lift"


@pytest.mark.parametrize("lang,text", [
    ("uk", "Литва висловила занепокоєння та закликала ЄС переглянути свою позицію."),
    ("ru", "Литва выразила обеспокоенность и призвала ЕС пересмотреть свою позицию."),
])
def test_a_concern_without_object_borrows_no_recipient_from_the_next_verb(lang: str, text: str) -> None:
    events = code(text, lang)
    concern = one(events, "ACCUSE")
    assert "EUR" not in countries(concern.recipient)
    assert countries(one(events, "REQUEST").recipient) == ["EUR"]


_RELEASE_OF_JAILED = {
    "en": "Poland freed ten jailed journalists.",
    "uk": "Польща звільнила десять ув'язнених журналістів.",
    "ru": "Польша освободила десять заключенных журналистов.",
}


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_a_participle_describing_the_freed_people_is_no_arrest(lang: str) -> None:
    events = code(_RELEASE_OF_JAILED[lang], lang)
    assert [e.event_type for e in events] == ["RETREAT"]


_CRITICISE_AND_THREATEN = {
    "en": "Moscow criticised the decision of Latvia and threatened to cut gas supplies.",
    "uk": "Москва розкритикувала рішення Латвії та пригрозила припинити постачання газу.",
    "ru": "Москва раскритиковала решение Латвии и пригрозила прекратить поставки газа.",
}


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_a_second_verb_keeps_its_own_subject_and_its_own_content(lang: str) -> None:
    # ru "Латвии" may read as a nominative plural: it is no subject of the feminine singular verb;
    # a genitive or dative of the first verb is no addressee of the second; the nearer frame
    # ("threatened") governs the infinitive, not the first one ("criticised")
    events = code(_CRITICISE_AND_THREATEN[lang], lang)
    threat = one(events, "THREATEN")
    assert countries(threat.actor) == ["RUS"]
    assert "LVA" not in countries(threat.recipient)
    assert "+inner:" not in one(events, "ACCUSE").evidence.rule


def test_criticise_and_threaten_agree_across_languages() -> None:
    keys = {lang: sorted(_key(e) for e in code(text, lang)) for lang, text in _CRITICISE_AND_THREATEN.items()}
    assert keys["en"] == keys["uk"] == keys["ru"]


@pytest.mark.parametrize("text", [
    "Macron met Putin in Paris and praised China.",
    "Warsaw criticised Minsk and urged the EU to impose sanctions on Moscow.",
])
def test_an_english_object_is_no_subject_of_the_next_coordinated_verb(text: str) -> None:
    events = code(text, "en")
    second = max(events, key=lambda e: e.evidence.start)
    first = min(events, key=lambda e: e.evidence.start)
    assert countries(second.actor) == countries(first.actor)


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia attacked Kyiv with drones overnight."),
    ("uk", "Росія вночі атакувала Київ дронами."),
    ("ru", "Россия ночью атаковала Киев дронами."),
])
def test_an_attack_with_drones_is_an_aerial_assault(lang: str, text: str) -> None:
    attack = one(code(text, lang), "ASSAULT")
    assert attack.cameo == "195"
    assert countries(attack.recipient) == ["UKR"]


def test_in_respect_of_marks_the_target_of_russian_sanctions() -> None:
    sanction = one(code("Франция ввела новые санкции в отношении Ирана.", "ru"), "SANCTION")
    assert countries(sanction.recipient) == ["IRN"]


_CLOSE_AND_ACCUSE = {
    "en": "Poland closed its border with Belarus and accused Minsk of sending migrants.",
    "uk": "Польща закрила кордон з Білоруссю та звинуватила Мінськ у відправленні мігрантів.",
    "ru": "Польша закрыла границу с Беларусью и обвинила Минск в отправке мигрантов.",
}


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_closing_the_border_with_a_neighbour_is_a_blockade_of_it(lang: str) -> None:
    blockade = one(code(_CLOSE_AND_ACCUSE[lang], lang), "COERCE")
    assert blockade.cameo == "191"
    assert countries(blockade.actor) == ["POL"]
    assert countries(blockade.recipient) == ["BLR"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Lukashenko thanked China for the new loans."),
    ("uk", "Лукашенко подякував Китаю за нові кредити."),
    ("ru", "Лукашенко поблагодарил Китай за новые кредиты."),
])
def test_thanks_are_support_for_the_thanked(lang: str, text: str) -> None:
    support = one(code(text, lang), "SUPPORT")
    assert countries(support.actor) == ["BLR"]
    assert countries(support.recipient) == ["CHN"]


def test_the_owner_of_rejected_demands_is_the_english_recipient() -> None:
    # "demands" may read as a verb; after the article it is the noun the "of" phrase hangs on
    reject = one(code("Tehran rejected the demands of Washington.", "en"), "REJECT")
    assert countries(reject.recipient) == ["USA"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Poland protested against the decision of Belarus."),
    ("uk", "Польща протестувала проти рішення Білорусі."),
    ("ru", "Польша протестовала против решения Беларуси."),
])
def test_a_government_that_protests_lodges_a_protest(lang: str, text: str) -> None:
    events = code(text, lang)
    assert [e.event_type for e in events] == ["ACCUSE"]
    assert events[0].cameo == "111"
    assert countries(events[0].actor) == ["POL"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Opposition figures protested in Minsk against the election results."),
    ("uk", "Опозиціонери протестували в Мінську проти результатів виборів."),
    ("ru", "Оппозиционеры протестовали в Минске против результатов выборов."),
])
def test_people_who_protest_in_the_streets_stage_a_protest(lang: str, text: str) -> None:
    protest = one(code(text, lang), "PROTEST")
    assert protest.cameo == "141"


@pytest.mark.parametrize("lang,text", [
    ("en", "Russia released two Ukrainian soldiers."),
    ("uk", "Росія звільнила двох українських військових."),
    ("ru", "Россия освободила двух украинских военнослужащих."),
])
def test_freed_soldiers_are_a_release(lang: str, text: str) -> None:
    release = one(code(text, lang), "RETREAT")
    assert release.mode == "release"
    assert countries(release.actor) == ["RUS"]


@pytest.mark.parametrize("lang,text", [
    ("en", "France will send humanitarian aid to Ukraine."),
    ("uk", "Франція надішле гуманітарну допомогу до України."),
    ("ru", "Франция отправит гуманитарную помощь в Украину."),
])
def test_humanitarian_aid_goes_to_its_destination(lang: str, text: str) -> None:
    aid = one(code(text, lang), "AID")
    assert countries(aid.actor) == ["FRA"]
    assert countries(aid.recipient) == ["UKR"]
    assert aid.factuality == "intended"


@pytest.mark.parametrize("lang,text", [
    ("en", "The EU is preparing new sanctions against Iran."),
    ("uk", "ЄС готує нові санкції проти Ірану."),
    ("ru", "ЕС готовит новые санкции против Ирана."),
])
def test_preparing_sanctions_is_a_threat_of_sanctions(lang: str, text: str) -> None:
    threat = one(code(text, lang), "THREATEN")
    assert threat.sanction_action == "threaten"
    assert countries(threat.recipient) == ["IRN"]


@pytest.mark.parametrize("lang,text", [
    ("uk", "Литва вислала російського дипломата та заборонила йому в'їзд."),
    ("ru", "Литва выслала российского дипломата и запретила ему въезд."),
])
def test_an_entry_ban_is_coded_as_in_english(lang: str, text: str) -> None:
    en = sorted(e.cameo for e in code("Lithuania expelled a Russian diplomat and banned him from entering.", "en"))
    assert sorted(e.cameo for e in code(text, lang)) == en


def test_a_russian_charge_d_affaires_can_be_summoned() -> None:
    summon = one(code("Польша вызвала временного поверенного Беларуси.", "ru"), "ACCUSE")
    assert countries(summon.actor) == ["POL"]


_VISIT_AND_MEET = {
    "en": "Macron visited Warsaw and met Lukashenko.",
    "uk": "Макрон відвідав Варшаву і зустрівся з Лукашенком.",
    "ru": "Макрон посетил Киев и встретился с Лукашенко.",
}


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_the_object_of_a_first_verb_is_no_subject_of_the_second(lang: str) -> None:
    # ru "Киев" reads as nominative and agrees with "встретился": the verb before it makes it an object
    events = code(_VISIT_AND_MEET[lang], lang)
    assert events and all(countries(e.actor) == ["FRA"] for e in events)
