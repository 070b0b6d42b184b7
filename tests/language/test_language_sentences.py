"""Sentences and tokens: exact offsets, paragraphs, abbreviations, quotes, titles."""

from __future__ import annotations

import pytest

from kronika.language import analyze, get_analyzer
from kronika.model import Document


def sents(text: str, lang: str) -> list[str]:
    return [s.text for s in get_analyzer(lang).sentences(text)]


def check_offsets(text: str, lang: str) -> None:
    adoc = analyze(Document(id="t", text=text, language=lang))
    for i, s in enumerate(adoc.sentences):
        assert s.index == i
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip() and s.text
        for t in s.tokens:
            assert text[t.start:t.end] == t.text
            assert s.start <= t.start < t.end <= s.end


@pytest.mark.parametrize("lang,expected", [("en", 33), ("uk", 33), ("ru", 33)])
def test_seed_sentence_counts_and_offsets(seed_text, lang, expected):
    text = seed_text(lang)
    got = get_analyzer(lang).sentences(text)
    assert len(got) == expected
    check_offsets(text, lang)
    # the switcher line, the title and the caption line are each their own sentence
    assert got[0].text == "ua en ru"
    assert got[1].paragraph == 1 and got[2].paragraph == 2
    assert got[1].text != got[2].text and got[2].text.startswith(got[1].text)


@pytest.mark.parametrize("lang", ["en", "uk", "ru"])
def test_seed_agrees_with_tokenize_uk(seed_text, lang):
    tokenize_uk = pytest.importorskip("tokenize_uk")
    text = seed_text(lang)
    code = "en_two" if lang == "en" else "uk_two"
    ref = [(a, b) for _, a, b in tokenize_uk.tokenize_sents_with_spans(text, language_code=code)]
    assert [(s.start, s.end) for s in get_analyzer(lang).sentences(text)] == ref


def test_english_abbreviations():
    text = ("Mr. Smith met Gen. Ivanov in Oct. 2024 in Washington, D.C. The U.S. envoy said so. "
            "Sanctions on Acme Inc. were lifted. They ended at 5 p.m. on Friday.")
    assert sents(text, "en") == [
        "Mr. Smith met Gen. Ivanov in Oct. 2024 in Washington, D.C.",
        "The U.S. envoy said so.",
        "Sanctions on Acme Inc. were lifted.",
        "They ended at 5 p.m. on Friday.",
    ]


def test_ukrainian_abbreviations_and_initials():
    text = ("Згідно зі ст. 109 кодексу суд ухвалив рішення у 2021 р. Також його оскаржили. "
            "Збитки сягнули 5 тис. грн за день. О. Лукашенко прибув до м. Мінська.")
    assert sents(text, "uk") == [
        "Згідно зі ст. 109 кодексу суд ухвалив рішення у 2021 р.",
        "Також його оскаржили.",
        "Збитки сягнули 5 тис. грн за день.",
        "О. Лукашенко прибув до м. Мінська.",
    ]


def test_russian_abbreviations_and_quotes():
    text = ("В 2020 г. в Минске прошли протесты. Ущерб составил 3 млн руб. в месяц. "
            "«Мы не уйдём!» — заявил он. «Это конец», — сказала она. Затем все разошлись.")
    assert sents(text, "ru") == [
        "В 2020 г. в Минске прошли протесты.",
        "Ущерб составил 3 млн руб. в месяц.",
        "«Мы не уйдём!» — заявил он.",
        "«Это конец», — сказала она.",
        "Затем все разошлись.",
    ]


def test_english_quotes_close_the_sentence():
    text = 'He said: "We are ready." Then he left. "Why?" she asked.'
    assert sents(text, "en") == ['He said: "We are ready."', "Then he left.", '"Why?" she asked.']


def test_title_line_is_its_own_sentence_and_wrapped_lines_join():
    text = "Talks resume in Geneva\nDelegations from both sides arrived on Monday and\nsaid little.\n\nA new paragraph."
    got = get_analyzer("en").sentences(text)
    assert [s.text for s in got] == [
        "Talks resume in Geneva",
        "Delegations from both sides arrived on Monday and\nsaid little.",
        "A new paragraph.",
    ]
    assert [s.paragraph for s in got] == [0, 0, 1]


def test_tokens_keep_apostrophes_and_hyphens():
    toks = get_analyzer("uk").tokens("Звільнили в'язнів і пам’ять та памʼять віце-прем'єра, COVID-19 — 2020-го.")
    texts = [t.text for t in toks]
    assert "в'язнів" in texts and "пам’ять" in texts and "памʼять" in texts
    assert "віце-прем'єра" in texts and "COVID-19" in texts and "2020-го" in texts
    kinds = {t.text: t.kind for t in toks}
    assert kinds["—"] == "punct" and kinds["2020-го"] == "number" and kinds[","] == "punct"


def test_token_kinds_and_english_clitics():
    toks = get_analyzer("en").tokens('Russia\'s "deal" costs $5 (50%) and they don\'t care.')
    texts = [t.text for t in toks]
    assert texts[:2] == ["Russia", "'s"]
    assert "do" in texts and "n't" in texts
    kinds = {t.text: t.kind for t in toks}
    assert kinds['"'] == "quote" and kinds["$"] == "symbol" and kinds["%"] == "symbol"
    assert kinds["5"] == "number" and kinds["("] == "punct"


def test_offsets_on_messy_text():
    text = "  \n\nFirst line.  Second one!\r\n\r\n\tThird «quoted» text… And more?\n"
    check_offsets(text, "uk")
    check_offsets(text, "xx")
    assert len(get_analyzer("en").sentences(text)) == 4


def test_empty_text():
    assert analyze(Document(id="e", text="", language="en")).sentences == ()


def test_two_letter_initial_and_numbers_before_period():
    assert sents("Дж. Байден прибув у 2021 р. Він виступив. Ціна зросла на 5. Далі буде.", "uk") == [
        "Дж. Байден прибув у 2021 р.",
        "Він виступив.",
        "Ціна зросла на 5.",
        "Далі буде.",
    ]


def test_hard_wrapped_paragraph_is_joined_but_titles_stay_apart():
    text = (
        "Border talks resume\n"
        "Delegations of the two countries met on Tuesday for a new round with\n"
        "Polish and Lithuanian observers present, officials in Vilnius said on\n"
        "Wednesday. The talks will continue next week in Warsaw, they added.\n"
        "\n"
        "Sanctions relief\n"
        "Washington eased restrictions on the carrier."
    )
    assert sents(text, "en") == [
        "Border talks resume",
        "Delegations of the two countries met on Tuesday for a new round with\n"
        "Polish and Lithuanian observers present, officials in Vilnius said on\nWednesday.",
        "The talks will continue next week in Warsaw, they added.",
        "Sanctions relief",
        "Washington eased restrictions on the carrier.",
    ]
