"""The fast paths keep the readings: place ranking, gerunds, foreign names, caches, lazy rules."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kronika.language import get_analyzer


def lemmas(lang: str, word: str) -> tuple[str, ...]:
    tokens = get_analyzer(lang).tokens(word)
    assert len(tokens) == 1, tokens
    return tokens[0].lemmas


@pytest.mark.parametrize("lang,word,place", [
    ("uk", "Харкові", "харків"),  # pymorphy3 alone: the surname "харко" first
    ("uk", "Львові", "львів"),  # pymorphy3 alone: the surname "львов" first
    ("uk", "Мінська", "мінськ"),  # pymorphy3 alone: the adjective first
    ("ru", "Минском", "минск"),
])
def test_capitalised_place_ranked_first(lang, word, place):
    assert lemmas(lang, word)[0] == place


@pytest.mark.parametrize("lang,word,person", [
    ("ru", "Путина", "путин"),  # not "путина", the fishing season
    ("uk", "Ігор", "ігор"),  # not "гра"
    ("uk", "Трампом", "трамп"),
])
def test_person_with_a_common_homonym_keeps_the_name_first(lang, word, person):
    assert lemmas(lang, word)[0] == person


def test_lower_case_homonym_is_not_reranked():
    # "кий" (a cue) in lower case is a common noun: no place moves in front of it
    assert lemmas("uk", "києві")[0] == "кий"


@pytest.mark.parametrize("gerund,infinitive", [
    ("направляючи", "направляти"), ("дозволивши", "дозволити"), ("посилаючись", "посилатися"),
    ("обговорюючи", "обговорювати"), ("роблячи", "робити"),
])
def test_uk_gerund_gets_its_infinitive(gerund, infinitive):
    cands = lemmas("uk", gerund)
    assert cands[0] == gerund and infinitive in cands


def test_uk_gerund_infinitive_is_never_invented():
    # "кажучи" -> "казати" needs a consonant change the rules do not make: nothing is added
    assert lemmas("uk", "кажучи") == ("кажучи",)


@pytest.mark.parametrize("lang,word,stem", [
    ("ru", "Шольца", "шольц"), ("ru", "Мерцем", "мерц"), ("ru", "Беларуськалия", "беларуськалий"),
])
def test_unknown_foreign_name_gets_its_bare_stem(lang, word, stem):
    cands = lemmas(lang, word)
    assert stem in cands
    assert word.lower() in cands  # the surface form stays a candidate


def test_vowel_stem_gets_no_bare_stem():
    # "Анна" + the consonant fallback would give "анн": a stem ending in a vowel is refused
    assert "ульрик" not in lemmas("ru", "Ульрикеа")


def test_english_clitics_and_s_forms_from_the_cache():
    a = get_analyzer("en")
    for _ in range(2):  # the second pass reads the cached entries
        toks = a.tokens("Russia's envoy said he didn't know. He talks; the talks failed.")
        texts = [t.text for t in toks if t.kind == "word"]
        assert texts[:2] == ["Russia", "'s"] and "did" in texts and "n't" in texts
        talks = [t for t in toks if t.text == "talks"]
        assert "VBZ" in talks[0].parses[0].tags and "NNS" in talks[1].parses[0].tags
        assert all(toks[i].start >= toks[i - 1].end for i in range(1, len(toks)))


def test_numbers_share_their_cached_reading():
    a = get_analyzer("uk")
    first, second = a.tokens("2025 і 2025")[0], a.tokens("2025 і 2025")[2]
    assert first.parses is second.parses and first.parses[0].pos == "NUMB"


def test_russian_analysis_loads_no_simplemma_dictionary():
    """simplemma's Russian and Ukrainian dictionaries took 1.7 s and ~200 MB to load."""
    code = (
        "from kronika.language import get_analyzer\n"
        "get_analyzer('ru').tokens('Лукашенко провел переговоры в Минске.')\n"
        "get_analyzer('uk').tokens('Лукашенко провів переговори в Мінську.')\n"
        "import sys\n"
        "print('simplemma' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_date_patterns_compile_on_first_use():
    from kronika.language.dates.rules import rules_for

    rules = rules_for("uk")
    assert len(rules.patterns) > 50
    kind, pattern = rules.patterns[0]
    assert pattern.search("з 28 вересня по 3 жовтня") and rules.patterns[0][1] is pattern


@pytest.mark.parametrize("lang,word", [("ru", "переговоров"), ("ru", "Шольца"), ("uk", "Києві"), ("uk", "в'язнів")])
def test_raw_readings_equal_pymorphy3_parse(lang, word):
    from kronika.language.morphology import _raw_parse, morph_analyzer

    assert _raw_parse(lang, word) == [tuple(p) for p in morph_analyzer(lang).parse(word)]
