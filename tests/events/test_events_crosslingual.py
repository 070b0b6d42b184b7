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
