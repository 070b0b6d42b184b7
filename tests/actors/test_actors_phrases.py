"""Phrase rules, unknown names and the place/actor hint on fresh sentences."""

from __future__ import annotations

import pytest


def _by_text(mentions):
    return {m.text: m for m in mentions}


def test_title_and_name_make_one_mention(find):
    ms = find("Belarusian President Alexander Lukashenko met Russian President Vladimir Putin in Sochi.", "en")
    texts = [m.text for m in ms if m.entity]
    assert "Belarusian President Alexander Lukashenko" in texts
    assert "Russian President Vladimir Putin" in texts
    assert not any(t in ("Belarusian", "Russian", "President") for t in texts)


def test_embassy_keeps_its_own_country(find):
    ms = find("The Belarusian embassy in Paris sent a note.", "en")
    m = _by_text(ms)["Belarusian embassy"]
    assert (m.entity.country, m.entity.sector) == ("BLR", "GOV")
    paris = _by_text(ms)["Paris"]
    assert paris.kind == "capital" and paris.rule.endswith(":after_locative_preposition")


@pytest.mark.parametrize("text,lang,word", [
    ("Minsk released the prisoners.", "en", "Minsk"),
    ("Мінськ звільнив в'язнів.", "uk", "Мінськ"),
    ("Минск освободил заключенных.", "ru", "Минск"),
])
def test_capital_as_subject_has_no_place_hint(find, text, lang, word):
    m = _by_text(find(text, lang))[word]
    assert m.kind == "capital" and m.rule == f"capitals.yaml:{word}"
    assert (m.entity.country, m.entity.sector) == ("BLR", "GOV")


@pytest.mark.parametrize("text,lang,word", [
    ("The talks took place in Minsk.", "en", "Minsk"),
    ("Переговори відбулися в Мінську.", "uk", "Мінську"),
    ("Переговоры прошли в Минске.", "ru", "Минске"),
])
def test_capital_after_locative_preposition_is_marked(find, text, lang, word):
    m = _by_text(find(text, lang))[word]
    assert m.rule.endswith(":after_locative_preposition")


@pytest.mark.parametrize("text,lang,unknown", [
    ("Officials met Zygmunt Kowalczykiewicz on Monday.", "en", "Zygmunt Kowalczykiewicz"),
    ("Посадовці зустрілися з Остапом Вишиваним.", "uk", "Остапом Вишиваним"),
    ("Чиновники встретились с Фролом Скобеевым.", "ru", "Фролом Скобеевым"),
])
def test_unknown_names_are_reported_not_guessed(find, text, lang, unknown):
    ms = find(text, lang)
    got = [m for m in ms if m.kind == "unknown"]
    assert [m.text for m in got] == [unknown]
    assert got[0].entity is None


@pytest.mark.parametrize("text,lang", [
    ("However, the talks went on.", "en"),
    ("Однак переговори тривали.", "uk"),
    ("Однако переговоры продолжились.", "ru"),
    ("In October the talks went on.", "en"),
])
def test_sentence_initial_words_and_months_are_not_names(find, text, lang):
    assert [m for m in find(text, lang) if m.kind == "unknown"] == []


def test_lowercase_common_words_are_not_countries(find):
    # "того" (of that) and "мали" (had) are also the Russian/Ukrainian names of Togo and Mali
    assert [m for m in find("Після того вони мали розмову.", "uk") if m.entity and m.kind == "country"] == []


def test_acronym_needs_capitals(find):
    ms = find("Let us talk to the US about it.", "en")
    assert [m.text for m in ms if m.kind == "country"] == ["US"]
    envoy = [m for m in find("The US envoy arrived.", "en") if m.entity]
    assert [(m.text, m.entity.country, m.kind) for m in envoy] == [("US envoy", "USA", "role")]


def test_demonym_alone_is_no_actor(find):
    ms = find("Under Western sanctions the Belarusian economy shrank.", "en")
    assert [m for m in ms if m.entity] == []
    assert [m for m in ms if m.kind == "unknown"] == []


def test_role_alone_has_no_country(find):
    ms = find("Police detained several opposition activists.", "en")
    kinds = {m.text: (m.kind, m.entity.country, m.entity.sector) for m in ms if m.entity}
    assert kinds["opposition activists"] == ("role", None, "OPP")
    assert kinds["Police"] == ("role", None, "COP")


def test_former_makes_a_role_eli(find):
    ms = find("A former Belarusian minister criticised the decision.", "en")
    m = [m for m in ms if m.entity][0]
    assert (m.entity.country, m.entity.sector) == ("BLR", "ELI")


def test_title_before_person_with_comma(find):
    ms = find("The foreign minister of Latvia, Baiba Braže, arrived.", "en")
    m = [m for m in ms if m.kind == "person"][0]
    assert m.text == "foreign minister of Latvia, Baiba Braže"
    assert m.entity.name == "Baiba Braže"


def test_person_without_known_first_name_keeps_it(find):
    ms = find("Officials said Yurii Ambrazevich would travel.", "en")
    m = [m for m in ms if m.kind == "person"][0]
    assert m.text == "Yurii Ambrazevich" and m.entity.name == "Yury Ambrazevich"


def test_country_does_not_match_inside_a_word(find):
    ms = find("The Omanis and the Chadians watched.", "en")
    assert [m for m in ms if m.kind == "country"] == []


def test_title_case_headline_words_are_not_names(find):
    ms = find("Belarus Frees Dozens Of Political Prisoners After Talks With US Envoy", "en")
    assert [m.text for m in ms if m.kind == "unknown"] == []
    assert [(m.text, m.entity.country) for m in ms if m.entity] == [
        ("Belarus", "BLR"), ("Political Prisoners", None), ("US Envoy", "USA")]
    ms = find("Lukashenko Meets Kaja Kallas And Zygmunt Kowalczykiewicz", "en")
    assert [m.text for m in ms if m.kind == "unknown"] == ["Zygmunt Kowalczykiewicz"]


def test_document_without_language_is_guessed(resolver):
    from kronika.language import analyze
    from kronika.model import Document

    # the language layer needs a language; the resolver guesses one for "und" documents
    adoc = analyze(Document.from_text("Лукашенко зустрівся з Путіним.", language="uk"))
    und = type(adoc)(Document.from_text(adoc.document.text), adoc.sentences, adoc.times)
    assert [m.entity.name for m in resolver.find_mentions(und)] == ["Alexander Lukashenko", "Vladimir Putin"]
