"""Time expressions in the three languages, resolved against a publication date.

Each case: a fresh sentence, the expression's text, its first and last day, precision.
The publication date is Friday 17 October 2025 unless a case says otherwise.
"""

from __future__ import annotations

from datetime import date

import pytest

from kronika.language import find_times

PUB = date(2025, 10, 17)  # a Friday

EN = [
    ("Envoys met at the end of September in Vienna.", "at the end of September", "2025-09-21", "2025-09-30", "month_part"),
    ("Meetings were offered on October 6, 8, and 9.", "October 6, 8, and 9", "2025-10-06", "2025-10-09", "days"),
    ("The minister was appointed in March.", "in March", "2025-03-01", "2025-03-31", "month"),
    ("The rules were tightened in 2022 after the war began.", "in 2022", "2022-01-01", "2022-12-31", "year"),
    ("In September, the two leaders spoke by phone.", "In September", "2025-09-01", "2025-09-30", "month"),
    ("Trade has grown in recent weeks, officials say.", "in recent weeks", "2025-09-19", "2025-10-17", "relative"),
    ("After the 2020 presidential election, protests spread.", "After the 2020", "2020-01-01", "2020-12-31", "year"),
    ("The ministry said the talks stalled in November.", "in November", "2024-11-01", "2024-11-30", "month"),
    ("The envoy will visit Minsk in March.", "in March", "2026-03-01", "2026-03-31", "month"),
    ("The delegation plans to return next month.", "next month", "2025-11-01", "2025-11-30", "month"),
    ("Police detained two activists yesterday.", "yesterday", "2025-10-16", "2025-10-16", "day"),
    ("Ministers met last week in Brussels.", "last week", "2025-10-06", "2025-10-12", "week"),
    ("Prices rose earlier this month.", "earlier this month", "2025-10-01", "2025-10-17", "month_part"),
    ("The parliament voted on Tuesday to extend the ban.", "on Tuesday", "2025-10-14", "2025-10-14", "day"),
    ("Talks are planned for next Tuesday.", "next Tuesday", "2025-10-21", "2025-10-21", "day"),
    ("Exercises were held from 12 to 16 September near the border.", "from 12 to 16 September", "2025-09-12", "2025-09-16", "range"),
    ("Observers stayed from September 28 to October 3.", "from September 28 to October 3", "2025-09-28", "2025-10-03", "range"),
    ("The accord was signed on 14 July 2015 in Vienna.", "14 July 2015", "2015-07-14", "2015-07-14", "day"),
    ("Fighting resumed in early 2023.", "in early 2023", "2023-01-01", "2023-04-30", "year_part"),
    ("Protests peaked in mid-August.", "in mid-August", "2025-08-11", "2025-08-20", "month_part"),
    ("Inflation doubled between 2020 and 2022.", "between 2020 and 2022", "2020-01-01", "2022-12-31", "range"),
    ("The embassy closed three weeks ago.", "three weeks ago", "2025-09-22", "2025-09-28", "week"),
    ("Earlier, the court freed two journalists.", "Earlier", "2025-07-19", "2025-10-17", "relative"),
    ("The opposition leader was recently moved to another prison.", "recently", "2025-09-17", "2025-10-17", "relative"),
    ("The decree was published on 2024-02-05.", "2024-02-05", "2024-02-05", "2024-02-05", "day"),
    ("Elections were held in September 2020.", "in September 2020", "2020-09-01", "2020-09-30", "month"),
    ("The sanctions expire at the end of the year.", "at the end of the year", "2025-09-01", "2025-12-31", "year_part"),
    ("Harvests failed last summer.", "last summer", "2025-06-01", "2025-08-31", "season"),
    ("Voting is set for October 20 and 21.", "October 20 and 21", "2025-10-20", "2025-10-21", "days"),
]

UK = [
    ("Посли зустрілися наприкінці вересня у Відні.", "наприкінці вересня", "2025-09-21", "2025-09-30", "month_part"),
    ("Зустрічі запропонували на 6, 8 та 9 жовтня.", "6, 8 та 9 жовтня", "2025-10-06", "2025-10-09", "days"),
    ("Міністра призначили в березні.", "в березні", "2025-03-01", "2025-03-31", "month"),
    ("Правила посилили у 2022 році.", "у 2022 році", "2022-01-01", "2022-12-31", "year"),
    ("У вересні лідери поговорили телефоном.", "У вересні", "2025-09-01", "2025-09-30", "month"),
    ("Останніми тижнями торгівля зросла.", "Останніми тижнями", "2025-09-19", "2025-10-17", "relative"),
    ("Після виборів 2020 року почалися протести.", "2020 року", "2020-01-01", "2020-12-31", "year"),
    ("Переговори зайшли в глухий кут у листопаді.", "у листопаді", "2024-11-01", "2024-11-30", "month"),
    ("Посол відвідає Мінськ у березні.", "у березні", "2026-03-01", "2026-03-31", "month"),
    ("Делегація відвідає столицю наступного місяця.", "наступного місяця", "2025-11-01", "2025-11-30", "month"),
    ("Поліція вчора затримала двох активістів.", "вчора", "2025-10-16", "2025-10-16", "day"),
    ("Міністри зустрілися минулого тижня в Брюсселі.", "минулого тижня", "2025-10-06", "2025-10-12", "week"),
    ("Ціни зросли раніше цього місяця.", "раніше цього місяця", "2025-10-01", "2025-10-17", "month_part"),
    ("Парламент у вівторок продовжив заборону.", "у вівторок", "2025-10-14", "2025-10-14", "day"),
    ("Навчання тривали з 12 по 16 вересня біля кордону.", "з 12 по 16 вересня", "2025-09-12", "2025-09-16", "range"),
    ("Спостерігачі працювали з 28 вересня по 3 жовтня.", "з 28 вересня по 3 жовтня", "2025-09-28", "2025-10-03", "range"),
    ("Угоду підписали 14 липня 2015 року у Відні.", "14 липня 2015 року", "2015-07-14", "2015-07-14", "day"),
    ("Бої відновилися на початку 2023 року.", "на початку 2023 року", "2023-01-01", "2023-04-30", "year_part"),
    ("Протести досягли піку в середині серпня.", "в середині серпня", "2025-08-11", "2025-08-20", "month_part"),
    ("Інфляція подвоїлася у 2020–2022 роках.", "у 2020–2022 роках", "2020-01-01", "2022-12-31", "range"),
    ("Посольство закрили три тижні тому.", "три тижні тому", "2025-09-22", "2025-09-28", "week"),
    ("Раніше суд звільнив двох журналістів.", "Раніше", "2025-07-19", "2025-10-17", "relative"),
    ("Лідера опозиції нещодавно перевели до іншої в'язниці.", "нещодавно", "2025-09-17", "2025-10-17", "relative"),
    ("Указ оприлюднили 05.02.2024.", "05.02.2024", "2024-02-05", "2024-02-05", "day"),
    ("Вибори відбулися у вересні 2020 року.", "у вересні 2020 року", "2020-09-01", "2020-09-30", "month"),
    ("Санкції спливають наприкінці року.", "наприкінці року", "2025-09-01", "2025-12-31", "year_part"),
    ("Торік урожай загинув.", "Торік", "2024-01-01", "2024-12-31", "year"),
    ("Минулого літа врожай загинув.", "Минулого літа", "2025-06-01", "2025-08-31", "season"),
    ("Голосування призначили на 20 і 21 жовтня.", "20 і 21 жовтня", "2025-10-20", "2025-10-21", "days"),
    ("Він пам’ятає вибори 2010 року.", "2010 року", "2010-01-01", "2010-12-31", "year"),
]

RU = [
    ("Послы встретились в конце сентября в Вене.", "в конце сентября", "2025-09-21", "2025-09-30", "month_part"),
    ("Встречи предложили на 6, 8 и 9 октября.", "6, 8 и 9 октября", "2025-10-06", "2025-10-09", "days"),
    ("Министра назначили в марте.", "в марте", "2025-03-01", "2025-03-31", "month"),
    ("Правила ужесточили в 2022 году.", "в 2022 году", "2022-01-01", "2022-12-31", "year"),
    ("В сентябре лидеры поговорили по телефону.", "В сентябре", "2025-09-01", "2025-09-30", "month"),
    ("В последние недели торговля выросла.", "В последние недели", "2025-09-19", "2025-10-17", "relative"),
    ("После выборов 2020 года начались протесты.", "2020 года", "2020-01-01", "2020-12-31", "year"),
    ("Переговоры зашли в тупик в ноябре.", "в ноябре", "2024-11-01", "2024-11-30", "month"),
    ("В марте посол посетит Минск.", "В марте", "2026-03-01", "2026-03-31", "month"),
    ("Делегация посетит столицу в следующем месяце.", "в следующем месяце", "2025-11-01", "2025-11-30", "month"),
    ("Полиция вчера задержала двух активистов.", "вчера", "2025-10-16", "2025-10-16", "day"),
    ("Министры встретились на прошлой неделе в Брюсселе.", "на прошлой неделе", "2025-10-06", "2025-10-12", "week"),
    ("Цены выросли ранее в этом месяце.", "ранее в этом месяце", "2025-10-01", "2025-10-17", "month_part"),
    ("Парламент во вторник продлил запрет.", "во вторник", "2025-10-14", "2025-10-14", "day"),
    ("Учения прошли с 12 по 16 сентября у границы.", "с 12 по 16 сентября", "2025-09-12", "2025-09-16", "range"),
    ("Наблюдатели работали с 28 сентября по 3 октября.", "с 28 сентября по 3 октября", "2025-09-28", "2025-10-03", "range"),
    ("Соглашение подписали 14 июля 2015 года в Вене.", "14 июля 2015 года", "2015-07-14", "2015-07-14", "day"),
    ("Бои возобновились в начале 2023 года.", "в начале 2023 года", "2023-01-01", "2023-04-30", "year_part"),
    ("Протесты достигли пика в середине августа.", "в середине августа", "2025-08-11", "2025-08-20", "month_part"),
    ("Инфляция удвоилась в 2020–2022 годах.", "в 2020–2022 годах", "2020-01-01", "2022-12-31", "range"),
    ("Посольство закрыли три недели назад.", "три недели назад", "2025-09-22", "2025-09-28", "week"),
    ("Ранее суд освободил двух журналистов.", "Ранее", "2025-07-19", "2025-10-17", "relative"),
    ("Лидера оппозиции недавно перевели в другую тюрьму.", "недавно", "2025-09-17", "2025-10-17", "relative"),
    ("Указ опубликовали 05.02.2024.", "05.02.2024", "2024-02-05", "2024-02-05", "day"),
    ("Выборы прошли в сентябре 2020 года.", "в сентябре 2020 года", "2020-09-01", "2020-09-30", "month"),
    ("Санкции истекают в конце года.", "в конце года", "2025-09-01", "2025-12-31", "year_part"),
    ("В прошлом году урожай погиб.", "В прошлом году", "2024-01-01", "2024-12-31", "year"),
    ("Прошлым летом урожай погиб.", "Прошлым летом", "2025-06-01", "2025-08-31", "season"),
    ("Голосование назначили на 20 и 21 октября.", "20 и 21 октября", "2025-10-20", "2025-10-21", "days"),
    ("Он помнит выборы 2010 года.", "2010 года", "2010-01-01", "2010-12-31", "year"),
]


def _check(lang: str, sentence: str, text: str, first: str, last: str, precision: str) -> None:
    found = find_times(sentence, PUB, lang)
    match = [t for t in found if t.text == text]
    assert match, f"{text!r} not found in {sentence!r}: {[t.text for t in found]}"
    t = match[0]
    assert sentence[t.start:t.end] == t.text
    assert (t.first.isoformat(), t.last.isoformat(), t.precision) == (first, last, precision)


@pytest.mark.parametrize("sentence,text,first,last,precision", EN)
def test_english(sentence, text, first, last, precision):
    _check("en", sentence, text, first, last, precision)


@pytest.mark.parametrize("sentence,text,first,last,precision", UK)
def test_ukrainian(sentence, text, first, last, precision):
    _check("uk", sentence, text, first, last, precision)


@pytest.mark.parametrize("sentence,text,first,last,precision", RU)
def test_russian(sentence, text, first, last, precision):
    _check("ru", sentence, text, first, last, precision)


@pytest.mark.parametrize("lang,sentence", [
    ("en", "You may go now; they march on."),
    ("en", "Prices rose 20% and 2020 people came."),
    ("uk", "Лютий вітер дув з півночі."),
    ("ru", "Рост составил 20% за квартал."),
])
def test_no_false_alarms(lang, sentence):
    assert find_times(sentence, PUB, lang) == []


def test_year_is_found_wherever_the_election_is_named():
    for lang, s in [("en", "The 2020 presidential election was disputed."),
                    ("uk", "Результати виборів 2020 року оскаржили."),
                    ("ru", "Итоги выборов 2020 года оспорили.")]:
        years = [(t.first.year, t.precision) for t in find_times(s, PUB, lang)]
        assert (2020, "year") in years, (lang, years)


def test_month_without_year_in_january_paper_points_back_to_last_year():
    found = find_times("Talks took place in December.", date(2026, 1, 10), "en")
    assert (found[0].first, found[0].last) == (date(2025, 12, 1), date(2025, 12, 31))


def test_day_list_without_year_in_early_paper_stays_in_the_near_future():
    # an article of 3 October announcing meetings on 6, 8 and 9 October
    found = find_times("Invitations were sent for meetings on October 6, 8, and 9.", date(2025, 10, 3), "en")
    assert (found[0].first, found[0].last) == (date(2025, 10, 6), date(2025, 10, 9))


def test_offsets_with_apostrophes_and_several_expressions():
    s = "У п’ятницю, 10 жовтня, і минулого тижня зв’язок зник."
    found = find_times(s, PUB, "uk")
    assert [t.text for t in found] == ["У п’ятницю", "10 жовтня", "минулого тижня"]
    for t in found:
        assert s[t.start:t.end] == t.text


def test_unsupported_language_finds_nothing():
    assert find_times("am 5. Oktober", PUB, "de") == []


def test_today_is_used_without_publication_date():
    assert find_times("yesterday", None, "en")[0].precision == "day"


def test_to_record_shape():
    rec = find_times("in March", PUB, "en")[0].to_record()
    assert rec == {"text": "in March", "start": "2025-03-01", "end": "2025-03-31", "precision": "month", "offset": [0, 8]}


EXTRA = [
    ("en", "Sanctions have been in force since 2014.", "since 2014", "2014-01-01", "2025-10-17", "range"),
    ("en", "Prices have doubled since March.", "since March", "2025-03-01", "2025-10-17", "range"),
    ("en", "Clashes broke out over the weekend.", "over the weekend", "2025-10-11", "2025-10-12", "days"),
    ("uk", "Санкції діють з 2014 року.", "з 2014 року", "2014-01-01", "2025-10-17", "range"),
    ("uk", "Ціни подвоїлися з березня.", "з березня", "2025-03-01", "2025-10-17", "range"),
    ("uk", "Сутички спалахнули на вихідних.", "на вихідних", "2025-10-11", "2025-10-12", "days"),
    ("uk", "Між 12 і 16 вересня тривали навчання.", "Між 12 і 16 вересня", "2025-09-12", "2025-09-16", "range"),
    ("ru", "Санкции действуют с 2014 года.", "с 2014 года", "2014-01-01", "2025-10-17", "range"),
    ("ru", "Цены удвоились с марта.", "с марта", "2025-03-01", "2025-10-17", "range"),
    ("ru", "Стычки вспыхнули на выходных.", "на выходных", "2025-10-11", "2025-10-12", "days"),
    ("ru", "Между 2020 и 2022 годами инфляция выросла.", "Между 2020 и 2022 годами", "2020-01-01", "2022-12-31", "range"),
    ("en", "Output fell in the second half of 2024.", "in the second half of 2024", "2024-07-01", "2024-12-31", "year_part"),
    ("uk", "Виробництво впало у другій половині 2024 року.", "у другій половині 2024 року", "2024-07-01", "2024-12-31", "year_part"),
    ("ru", "Производство упало в первой половине марта.", "в первой половине марта", "2025-03-01", "2025-03-15", "month_part"),
]


@pytest.mark.parametrize("lang,sentence,text,first,last,precision", EXTRA)
def test_since_weekend_between(lang, sentence, text, first, last, precision):
    _check(lang, sentence, text, first, last, precision)


# (language, past sentence, future sentence, expression): the tense of the clause decides
TENSE = [
    ("en", "The envoy visited Minsk in March.", "The envoy is going to visit Minsk in March.", "in March"),
    ("en", "Lukashenko travelled to Moscow in December.", "Lukashenko plans to travel to Moscow in December.", "in December"),
    ("en", "The council met on Monday.", "The council will meet on Monday.", "on Monday"),
    ("uk", "Посол відвідав Мінськ у березні.", "Посол відвідає Мінськ у березні.", "у березні"),
    ("uk", "Він відвідав Москву в грудні.", "Він планує відвідати Москву в грудні.", "в грудні"),
    ("uk", "У понеділок відбулося засідання.", "У понеділок відбудеться засідання.", "У понеділок"),
    ("ru", "В марте посол посетил Минск.", "В марте посол посетит Минск.", "В марте"),
    ("ru", "Она посетила Москву в декабре.", "Она намерена посетить Москву в декабре.", "в декабре"),
    ("ru", "В понедельник прошло заседание.", "В понедельник состоится заседание.", "В понедельник"),
]


@pytest.mark.parametrize("lang,past,future,text", TENSE)
def test_tense_moves_unyeared_dates(lang, past, future, text):
    before = [t for t in find_times(past, PUB, lang) if t.text == text][0]
    after = [t for t in find_times(future, PUB, lang) if t.text == text][0]
    assert before.last <= PUB < after.first


def test_quantities_are_not_years():
    assert find_times("A total of 2000 troops and up to 1900 vehicles.", PUB, "en") == []


def test_counted_things_are_not_years_but_in_2014_is():
    found = find_times("The 2000 troops left. He won by 1900 votes. In 2014 people protested.", PUB, "en")
    assert [(t.text, t.first.year) for t in found] == [("In 2014", 2014)]


ANCHORED = [
    ("en", "Talks opened on Monday. A day later both delegations left Geneva.", "A day later", "2025-10-14"),
    ("en", "The minister arrived on October 6. Two days later she met the president.", "Two days later", "2025-10-08"),
    ("en", "The vote was held on 12 October; the previous day the opposition had rallied.", "the previous day", "2025-10-11"),
    ("uk", "Переговори почалися в понеділок. Наступного дня делегації роз'їхалися.", "Наступного дня", "2025-10-14"),
    ("uk", "Міністерка прибула 6 жовтня, а тижнем пізніше зустрілася з президентом.", "тижнем пізніше", "2025-10-13"),
    ("uk", "Голосування відбулося 12 жовтня; днем раніше опозиція провела мітинг.", "днем раніше", "2025-10-11"),
    ("ru", "Переговоры начались в понедельник. На следующий день делегации разъехались.", "На следующий день", "2025-10-14"),
    ("ru", "Министр прибыла 6 октября, а спустя два дня встретилась с президентом.", "спустя два дня", "2025-10-08"),
    ("ru", "Голосование прошло 12 октября; днем ранее оппозиция провела митинг.", "днем ранее", "2025-10-11"),
]


@pytest.mark.parametrize("lang,sentence,text,day", ANCHORED)
def test_counted_from_the_day_named_before(lang, sentence, text, day):
    times = [t for t in find_times(sentence, PUB, lang) if t.text == text]
    assert times and (times[0].first.isoformat(), times[0].last.isoformat(), times[0].precision) == (day, day, "day")


@pytest.mark.parametrize("lang,sentence", [
    ("en", "A day later the delegations left."),
    ("ru", "На следующий день делегации разъехались."),
])
def test_counted_expression_without_an_earlier_day_is_left_out(lang, sentence):
    assert find_times(sentence, PUB, lang) == []
