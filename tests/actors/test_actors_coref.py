"""Pronoun and anaphor resolution in three languages (fresh sentences, not the seed)."""

from __future__ import annotations

import pytest


def _pronouns(mentions):
    return [(m.text, m.entity.name if m.entity else None) for m in mentions if m.kind == "pronoun"]


CASES = [
    # (text, lang, pronoun, expected antecedent)
    ("Angela Merkel met Emmanuel Macron in Berlin. She said the talks were useful.", "en", "She", "Angela Merkel"),
    ("Angela Merkel met Emmanuel Macron in Berlin. He said the talks were useful.", "en", "He", "Emmanuel Macron"),
    ("Maia Sandu spoke with Donald Tusk, who thanked her for the support.", "en", "her", "Maia Sandu"),
    ("Ангела Меркель зустрілася з Еммануелем Макроном. Вона заявила, що розмова була корисною.", "uk", "Вона", "Angela Merkel"),
    ("Ангела Меркель зустрілася з Еммануелем Макроном. Він заявив, що розмова була корисною.", "uk", "Він", "Emmanuel Macron"),
    ("Майя Санду поговорила з Дональдом Туском, який подякував їй за підтримку.", "uk", "їй", "Maia Sandu"),
    ("Ангела Меркель встретилась с Эммануэлем Макроном. Она заявила, что беседа была полезной.", "ru", "Она", "Angela Merkel"),
    ("Ангела Меркель встретилась с Эммануэлем Макроном. Он заявил, что беседа была полезной.", "ru", "Он", "Emmanuel Macron"),
    ("Майя Санду поговорила с Дональдом Туском, который поблагодарил ее за поддержку.", "ru", "ее", "Maia Sandu"),
]


@pytest.mark.parametrize("text,lang,pronoun,expected", CASES)
def test_pronoun_takes_last_person_of_its_gender(find, text, lang, pronoun, expected):
    assert (pronoun, expected) in _pronouns(find(text, lang))


@pytest.mark.parametrize("text,lang", [
    ("Olaf Scholz arrived.\n\nHe said nothing.", "en"),
    ("Олаф Шольц прибув.\n\nВін нічого не сказав.", "uk"),
    ("Олаф Шольц прибыл.\n\nОн ничего не сказал.", "ru"),
])
def test_pronoun_does_not_cross_paragraphs(find, text, lang):
    assert _pronouns(find(text, lang)) == []


@pytest.mark.parametrize("text,lang", [
    ("Angela Merkel arrived. He said nothing.", "en"),
    ("Ангела Меркель прибула. Він нічого не сказав.", "uk"),
])
def test_pronoun_needs_matching_gender(find, text, lang):
    assert _pronouns(find(text, lang)) == []


@pytest.mark.parametrize("text,lang,word", [
    ("Interfax reported the arrests.\n\nAccording to the agency, twelve people were detained.", "en", "agency"),
    ("Про це повідомив Укрінформ.\n\nЗа даними агентства, затримали дванадцять людей.", "uk", "агентства"),
    ("Об этом сообщил ТАСС.\n\nПо данным агентства, задержаны двенадцать человек.", "ru", "агентства"),
])
def test_the_agency_is_the_last_news_agency(find, text, lang, word):
    got = [m for m in find(text, lang) if m.kind == "pronoun" and m.text.endswith(word)]
    assert got and got[0].entity.name in ("Interfax", "Ukrinform", "TASS")
    assert got[0].rule == "coref:agency"


@pytest.mark.parametrize("text,lang", [
    ("Lithuanian Foreign Minister Kęstutis Budrys visited Kyiv. The diplomat met students.", "en"),
    ("Глава МЗС Литви Кястутіс Будріс відвідав Київ. Дипломат зустрівся зі студентами.", "uk"),
])
def test_the_diplomat_is_the_last_diplomat(find, text, lang):
    got = [m for m in find(text, lang) if m.kind == "pronoun" and m.rule == "coref:diplomat"]
    assert got and got[0].entity.name == "Kęstutis Budrys" and got[0].entity.country == "LTU"


def test_indefinite_diplomat_is_a_new_role(find):
    ms = find("Kaja Kallas spoke. One diplomat said the talks failed.", "en")
    role = [m for m in ms if m.text == "diplomat"]
    assert role and role[0].kind == "role" and role[0].entity.country is None


@pytest.mark.parametrize("text,lang,pronoun", [
    ("Officials met Donald Tusk. According to Olaf Scholz, the talks failed. He added that Donald Tusk left early.", "en", "He"),
    ("Посадовці зустріли Дональда Туска. За словами Олафа Шольца, переговори провалилися. Він додав, що Туск поїхав.", "uk", "Він"),
    ("Чиновники встретили Дональда Туска. По словам Олафа Шольца, переговоры провалились. Он добавил, что Туск уехал.", "ru", "Он"),
])
def test_subject_pronoun_after_a_quoted_source_is_the_source(find, text, lang, pronoun):
    assert (pronoun, "Olaf Scholz") in _pronouns(find(text, lang))


def test_predicate_role_is_not_an_anaphor(find):
    ms = find("Посол Литви Кястутіс Будріс прибув. Його призначили послом у 2020 році.", "uk")
    assert [m for m in ms if m.rule == "coref:diplomat"] == []
