"""A table of lookups beyond the seed: inflected forms in every case, dates before,
during and after terms of office, transliterations, bodies, roles and unknown names."""

from __future__ import annotations

from datetime import date

import pytest

D = date(2025, 10, 17)

# (text, lang, date, name or None, country, sector); name "" = any name (roles)
TABLE = [
    # --- Lukashenko in every case, three languages and Belarusian spelling
    ("Лукашенко", "uk", D, "Alexander Lukashenko", "BLR", "GOV"),
    ("Лукашенка", "uk", D, "Alexander Lukashenko", "BLR", "GOV"),
    ("Лукашенкові", "uk", D, "Alexander Lukashenko", "BLR", "GOV"),
    ("Лукашенком", "uk", D, "Alexander Lukashenko", "BLR", "GOV"),
    ("Олександра Лукашенка", "uk", D, "Alexander Lukashenko", "BLR", "GOV"),
    ("Олександром Лукашенком", "uk", D, "Alexander Lukashenko", "BLR", "GOV"),
    ("Александру Лукашенко", "ru", D, "Alexander Lukashenko", "BLR", "GOV"),
    ("Аляксандр Лукашэнка", "uk", D, "Alexander Lukashenko", "BLR", "GOV"),
    ("Lukashenka", "en", D, "Alexander Lukashenko", "BLR", "GOV"),
    ("Lukashenko", "en", date(1995, 1, 1), "Alexander Lukashenko", "BLR", "GOV"),
    # --- Tsikhanouskaya: transliterations and feminine case forms
    ("Tsikhanouskaya", "en", D, "Sviatlana Tsikhanouskaya", "BLR", "OPP"),
    ("Svetlana Tikhanovskaya", "en", D, "Sviatlana Tsikhanouskaya", "BLR", "OPP"),
    ("Тихановської", "uk", D, "Sviatlana Tsikhanouskaya", "BLR", "OPP"),
    ("Тихановською", "uk", D, "Sviatlana Tsikhanouskaya", "BLR", "OPP"),
    ("Тихановській", "uk", D, "Sviatlana Tsikhanouskaya", "BLR", "OPP"),
    ("Світлану Тихановську", "uk", D, "Sviatlana Tsikhanouskaya", "BLR", "OPP"),
    ("Тихановской", "ru", D, "Sviatlana Tsikhanouskaya", "BLR", "OPP"),
    ("Тихановскую", "ru", D, "Sviatlana Tsikhanouskaya", "BLR", "OPP"),
    ("Ціханоўская", "uk", D, "Sviatlana Tsikhanouskaya", "BLR", "OPP"),
    ("Колесникової", "uk", D, "Maria Kalesnikava", "BLR", "OPP"),
    ("Марии Колесниковой", "ru", D, "Maria Kalesnikava", "BLR", "OPP"),
    ("Babaryko", "en", D, "Viktar Babaryka", "BLR", "OPP"),
    ("Navalnaya", "en", D, "Yulia Navalnaya", "RUS", "OPP"),
    ("Юлії Навальної", "uk", D, "Yulia Navalnaya", "RUS", "OPP"),
    ("Slunkin", "en", D, "Pavel Slunkin", "BLR", "ELI"),
    ("Слюнькіна", "uk", D, "Pavel Slunkin", "BLR", "ELI"),
    ("Ambrazevich", "en", D, "Yury Ambrazevich", "BLR", "GOV"),
    ("Рыженкова", "ru", D, "Maxim Ryzhenkov", "BLR", "GOV"),
    # --- dates: sector follows the term of office
    ("Donald Trump", "en", date(2019, 6, 1), "Donald Trump", "USA", "GOV"),
    ("Donald Trump", "en", date(2022, 6, 1), "Donald Trump", "USA", "ELI"),
    ("Donald Trump", "en", date(2025, 6, 1), "Donald Trump", "USA", "GOV"),
    ("Трампа", "uk", date(2022, 6, 1), "Donald Trump", "USA", "ELI"),
    ("Трампом", "ru", date(2025, 6, 1), "Donald Trump", "USA", "GOV"),
    ("Angela Merkel", "en", date(2015, 6, 1), "Angela Merkel", "DEU", "GOV"),
    ("Angela Merkel", "en", date(2023, 6, 1), "Angela Merkel", "DEU", "ELI"),
    ("Меркель", "ru", date(2023, 6, 1), "Angela Merkel", "DEU", "ELI"),
    ("Joe Biden", "en", date(2015, 6, 1), "Joe Biden", "USA", "GOV"),
    ("Joe Biden", "en", date(2019, 6, 1), "Joe Biden", "USA", "ELI"),
    ("Байдена", "uk", date(2023, 6, 1), "Joe Biden", "USA", "GOV"),
    ("Olaf Scholz", "en", date(2023, 6, 1), "Olaf Scholz", "DEU", "GOV"),
    ("Olaf Scholz", "en", date(2025, 9, 1), "Olaf Scholz", "DEU", "ELI"),
    ("Merz", "en", date(2025, 9, 1), "Friedrich Merz", "DEU", "GOV"),
    ("Merz", "en", date(2024, 1, 1), "Friedrich Merz", "DEU", "PTY"),
    ("Kaja Kallas", "en", date(2022, 6, 1), "Kaja Kallas", "EST", "GOV"),
    ("Kaja Kallas", "en", date(2025, 6, 1), "Kaja Kallas", "EUR", "GOV"),
    ("Mark Rutte", "en", date(2020, 6, 1), "Mark Rutte", "NLD", "GOV"),
    ("Mark Rutte", "en", date(2025, 6, 1), "Mark Rutte", "IGO", "MIL"),
    ("Donald Tusk", "en", date(2017, 6, 1), "Donald Tusk", "EUR", "GOV"),
    ("Donald Tusk", "en", date(2021, 6, 1), "Donald Tusk", "POL", "ELI"),
    ("Donald Tusk", "en", date(2024, 6, 1), "Donald Tusk", "POL", "GOV"),
    ("Andrzej Duda", "en", date(2025, 10, 1), "Andrzej Duda", "POL", "ELI"),
    ("Dmytro Kuleba", "en", date(2023, 1, 1), "Dmytro Kuleba", "UKR", "GOV"),
    ("Dmytro Kuleba", "en", date(2025, 1, 1), "Dmytro Kuleba", "UKR", "ELI"),
    ("Sybiha", "en", date(2025, 1, 1), "Andrii Sybiha", "UKR", "GOV"),
    ("Сибіги", "uk", date(2025, 1, 1), "Andrii Sybiha", "UKR", "GOV"),
    ("Путін", "uk", date(2010, 1, 1), "Vladimir Putin", "RUS", "GOV"),
    ("Путіна", "uk", D, "Vladimir Putin", "RUS", "GOV"),
    ("Путіним", "uk", D, "Vladimir Putin", "RUS", "GOV"),
    ("Путину", "ru", D, "Vladimir Putin", "RUS", "GOV"),
    ("Путиным", "ru", D, "Vladimir Putin", "RUS", "GOV"),
    ("Vladimir Putin", "en", date(1998, 1, 1), "Vladimir Putin", "RUS", None),
    ("Лаврова", "ru", D, "Sergey Lavrov", "RUS", "GOV"),
    ("Зеленського", "uk", D, "Volodymyr Zelensky", "UKR", "GOV"),
    ("Зеленским", "ru", D, "Volodymyr Zelensky", "UKR", "GOV"),
    ("Zelenskyy", "en", D, "Volodymyr Zelensky", "UKR", "GOV"),
    ("Macron", "en", D, "Emmanuel Macron", "FRA", "GOV"),
    ("Макроном", "uk", D, "Emmanuel Macron", "FRA", "GOV"),
    ("Nauseda", "en", D, "Gitanas Nausėda", "LTU", "GOV"),
    ("Науседи", "uk", D, "Gitanas Nausėda", "LTU", "GOV"),
    ("Rinkevics", "en", D, "Edgars Rinkēvičs", "LVA", "GOV"),
    ("von der Leyen", "en", D, "Ursula von der Leyen", "EUR", "GOV"),
    ("Orban", "en", D, "Viktor Orbán", "HUN", "GOV"),
    ("Erdogan", "en", D, "Recep Tayyip Erdoğan", "TUR", "GOV"),
    ("Ердогана", "uk", D, "Recep Tayyip Erdoğan", "TUR", "GOV"),
    ("Xi Jinping", "en", D, "Xi Jinping", "CHN", "GOV"),
    ("Guterres", "en", D, "António Guterres", "UNO", "GOV"),
    ("Rubio", "en", D, "Marco Rubio", "USA", "GOV"),
    ("Рубіо", "uk", D, "Marco Rubio", "USA", "GOV"),
    ("Maia Sandu", "en", D, "Maia Sandu", "MDA", "GOV"),
    # --- countries in every case and short forms
    ("Білорусь", "uk", D, "Belarus", "BLR", "GOV"),
    ("Білорусі", "uk", D, "Belarus", "BLR", "GOV"),
    ("Білоруссю", "uk", D, "Belarus", "BLR", "GOV"),
    ("Беларуси", "ru", D, "Belarus", "BLR", "GOV"),
    ("Белоруссией", "ru", D, "Belarus", "BLR", "GOV"),
    ("Belarus", "en", D, "Belarus", "BLR", "GOV"),
    ("США", "uk", D, "United States", "USA", "GOV"),
    ("U.S.", "en", D, "United States", "USA", "GOV"),
    ("the United States", "en", D, "United States", "USA", "GOV"),
    ("Сполученими Штатами", "uk", D, "United States", "USA", "GOV"),
    ("Соединенных Штатах", "ru", D, "United States", "USA", "GOV"),
    ("Britain", "en", D, "United Kingdom", "GBR", "GOV"),
    ("Росії", "uk", D, "Russia", "RUS", "GOV"),
    ("Россией", "ru", D, "Russia", "RUS", "GOV"),
    ("Молдавии", "ru", D, "Moldova", "MDA", "GOV"),
    ("Литвою", "uk", D, "Lithuania", "LTU", "GOV"),
    ("Латвией", "ru", D, "Latvia", "LVA", "GOV"),
    ("Польщі", "uk", D, "Poland", "POL", "GOV"),
    ("Germany", "en", D, "Germany", "DEU", "GOV"),
    # --- capitals and seats of power (metonymy)
    ("Мінська", "uk", D, "Belarus", "BLR", "GOV"),
    ("Мінськом", "uk", D, "Belarus", "BLR", "GOV"),
    ("Минске", "ru", D, "Belarus", "BLR", "GOV"),
    ("Kyiv", "en", D, "Ukraine", "UKR", "GOV"),
    ("Kiev", "en", D, "Ukraine", "UKR", "GOV"),
    ("Києві", "uk", D, "Ukraine", "UKR", "GOV"),
    ("Киеве", "ru", D, "Ukraine", "UKR", "GOV"),
    ("Москвою", "uk", D, "Russia", "RUS", "GOV"),
    ("Москвой", "ru", D, "Russia", "RUS", "GOV"),
    ("the Kremlin", "en", D, "Russia", "RUS", "GOV"),
    ("Кремлем", "ru", D, "Russia", "RUS", "GOV"),
    ("Вашингтоном", "uk", D, "United States", "USA", "GOV"),
    ("White House", "en", D, "United States", "USA", "GOV"),
    ("Білого дому", "uk", D, "United States", "USA", "GOV"),
    ("Brussels", "en", D, "European Union", "EUR", "GOV"),
    ("Брюсселем", "ru", D, "European Union", "EUR", "GOV"),
    ("Vilnius", "en", D, "Lithuania", "LTU", "GOV"),
    ("Варшави", "uk", D, "Poland", "POL", "GOV"),
    ("Beijing", "en", D, "China", "CHN", "GOV"),
    # --- organisations, agencies, companies
    ("EU", "en", D, "European Union", "EUR", "GOV"),
    ("Євросоюзу", "uk", D, "European Union", "EUR", "GOV"),
    ("Європейським Союзом", "uk", D, "European Union", "EUR", "GOV"),
    ("Евросоюза", "ru", D, "European Union", "EUR", "GOV"),
    ("Европейскому союзу", "ru", D, "European Union", "EUR", "GOV"),
    ("European Commission", "en", D, "European Commission", "EUR", "GOV"),
    ("Єврокомісії", "uk", D, "European Commission", "EUR", "GOV"),
    ("НАТО", "uk", D, "NATO", "IGO", "MIL"),
    ("ООН", "ru", D, "United Nations", "UNO", "GOV"),
    ("UN Security Council", "en", D, "UN Security Council", "UNO", "GOV"),
    ("Радбез ООН", "uk", D, "UN Security Council", "UNO", "GOV"),
    ("ОБСЄ", "uk", D, "OSCE", "IGO", "GOV"),
    ("ОБСЕ", "ru", D, "OSCE", "IGO", "GOV"),
    ("МВФ", "ru", D, "International Monetary Fund", "IGO", "BUS"),
    ("ЮНЕСКО", "uk", D, "UNESCO", "UNO", "EDU"),
    ("UNHCR", "en", D, "UNHCR", "UNO", "REF"),
    ("Council of Europe", "en", D, "Council of Europe", "IGO", "GOV"),
    ("Reuters", "en", D, "Reuters", "GBR", "JRN"),
    ("ТАСС", "ru", D, "TASS", "RUS", "JRN"),
    ("БелТА", "ru", D, "BelTA", "BLR", "JRN"),
    ("Укрінформу", "uk", D, "Ukrinform", "UKR", "JRN"),
    ("Belavia", "en", D, "Belavia", "BLR", "BUS"),
    ("«Белавиа»", "ru", D, "Belavia", "BLR", "BUS"),
    ('"Белавіа"', "uk", D, "Belavia", "BLR", "BUS"),
    ("Беларуськалия", "ru", D, "Belaruskali", "BLR", "BUS"),
    ("Газпрому", "uk", D, "Gazprom", "RUS", "BUS"),
    ("Aeroflot", "en", D, "Aeroflot", "RUS", "BUS"),
    # --- role phrases
    ("Belarusian authorities", "en", D, "", "BLR", "GOV"),
    ("білоруська влада", "uk", D, "", "BLR", "GOV"),
    ("білоруської влади", "uk", D, "", "BLR", "GOV"),
    ("білоруській владі", "uk", D, "", "BLR", "GOV"),
    ("белорусские власти", "ru", D, "", "BLR", "GOV"),
    ("белорусских властей", "ru", D, "", "BLR", "GOV"),
    ("a senior Belarusian diplomat", "en", D, "", "BLR", "GOV"),
    ("the Belarusian embassy in Paris", "en", D, "", "BLR", "GOV"),
    ("посол Білорусі", "uk", D, "", "BLR", "GOV"),
    ("посла Білорусі", "uk", D, "", "BLR", "GOV"),
    ("посол Белоруссии", "ru", D, "", "BLR", "GOV"),
    ("the ambassador of Belarus", "en", D, "", "BLR", "GOV"),
    ("Belarusian opposition leader", "en", D, "", "BLR", "OPP"),
    ("лідерка білоруської опозиції", "uk", D, "", "BLR", "OPP"),
    ("leader of the Belarusian opposition", "en", D, "", "BLR", "OPP"),
    ("білоруське керівництво", "uk", D, "", "BLR", "GOV"),
    ("белорусское руководство", "ru", D, "", "BLR", "GOV"),
    ("Belarusian leadership", "en", D, "", "BLR", "GOV"),
    ("European diplomats", "en", D, "", "EUR", "GOV"),
    ("European countries", "en", D, "", "EUR", "GOV"),
    ("європейські країни", "uk", D, "", "EUR", "GOV"),
    ("европейские страны", "ru", D, "", "EUR", "GOV"),
    ("Western capitals", "en", D, "", "EUR", "GOV"),
    ("former Belarusian diplomat", "en", D, "", "BLR", "ELI"),
    ("колишній білоруський дипломат", "uk", D, "", "BLR", "ELI"),
    ("бывший белорусский дипломат", "ru", D, "", "BLR", "ELI"),
    ("Belarusian police", "en", D, "", "BLR", "COP"),
    ("Russian troops", "en", D, "", "RUS", "MIL"),
    ("російські війська", "uk", D, "", "RUS", "MIL"),
    ("российские военные", "ru", D, "", "RUS", "MIL"),
    ("Belarusian court", "en", D, "", "BLR", "JUD"),
    ("Ukrainian parliament", "en", D, "", "UKR", "LEG"),
    ("Lithuanian foreign minister", "en", D, "", "LTU", "GOV"),
    ("EU officials", "en", D, "", "EUR", "GOV"),
    ("Kremlin spokesman", "en", D, "", "RUS", "GOV"),
    ("opposition figures", "en", D, "", None, "OPP"),
    ("political prisoners", "en", D, "", None, "OPP"),
    ("політв'язнів", "uk", D, "", None, "OPP"),
    ("политзаключенных", "ru", D, "", None, "OPP"),
    ("Verkhovna Rada", "en", D, "Verkhovna Rada", "UKR", "LEG"),
    ("білоруським посольством", "uk", D, "", "BLR", "GOV"),
    ("литовськими дипломатами", "uk", D, "", "LTU", "GOV"),
    ("польського уряду", "uk", D, "", "POL", "GOV"),
    ("молдовська влада", "uk", D, "", "MDA", "GOV"),
    ("молдавской оппозиции", "ru", D, "", "MDA", "OPP"),
    ("американской администрации", "ru", D, "", "USA", "GOV"),
    ("міністра оборони Росії", "uk", D, "", "RUS", "MIL"),
    ("главы МИД Беларуси", "ru", D, "", "BLR", "GOV"),
    ("посла США", "uk", D, "", "USA", "GOV"),
    ("Georgian ex-president", "en", D, "", "GEO", "ELI"),
    ("екс-президент Грузії", "uk", D, "", "GEO", "ELI"),
    ("экс-президента Грузии", "ru", D, "", "GEO", "ELI"),
    # --- title + name: one mention, the person
    ("Russian President Vladimir Putin", "en", D, "Vladimir Putin", "RUS", "GOV"),
    ("Exiled Belarusian opposition leader Sviatlana Tsikhanouskaya", "en", D, "Sviatlana Tsikhanouskaya", "BLR", "OPP"),
    ("The self-proclaimed President of Belarus, Alexander Lukashenko", "en", D, "Alexander Lukashenko", "BLR", "GOV"),
    ("посол Білорусі Юрій Амбразевич", "uk", D, "Yury Ambrazevich", "BLR", "GOV"),
    ("German Chancellor Olaf Scholz", "en", date(2023, 1, 1), "Olaf Scholz", "DEU", "GOV"),
    # --- unknown names
    ("Xyzzy Plonk", "en", D, None, None, None),
    ("Іван Петренко-Задунайський", "uk", D, None, None, None),
]


def test_table_is_big_enough():
    assert len(TABLE) >= 120


@pytest.mark.parametrize("text,lang,on,name,country,sector", TABLE, ids=[f"{t[1]}:{t[0]}:{t[2]}" for t in TABLE])
def test_lookup(resolver, text, lang, on, name, country, sector):
    e = resolver.lookup(text, lang=lang, on_date=on)
    if name is None:
        assert e is None
        return
    assert e is not None, f"{text!r} not resolved"
    if name:
        assert e.name == name
    assert (e.country, e.sector) == (country, sector), e
    assert e.text  # the surface text is kept


def test_lookup_guesses_language(resolver):
    assert resolver.lookup("Лукашенкові").country == "BLR"
    assert resolver.lookup("посол Белоруссии").country == "BLR"
    # no letter tells Ukrainian from Russian here: both are tried
    assert resolver.lookup("молдовська влада").country == "MDA"


def test_empty_lookup(resolver):
    assert resolver.lookup("   ") is None


def test_qids_only_where_given(resolver):
    assert resolver.lookup("Putin", "en").id == "Q7747"
    assert resolver.lookup("Lukashenko", "en").id is None


@pytest.mark.parametrize(
    "text,lang,code",
    [("Myanmar", "en", "MMR"), ("Burma", "en", "MMR"), ("Trinidad and Tobago", "en", "TTO"), ("Hong Kong", "en", "HKG"),
     ("Saint Kitts and Nevis", "en", "KNA"), ("Гонконгу", "ru", "HKG"), ("Мьянме", "ru", "MMR"), ("Гонконзі", "uk", "HKG")],
)
def test_country_names_as_news_writes_them_not_as_cldr_displays_them(resolver, text: str, lang: str, code: str) -> None:  # type: ignore[no-untyped-def]
    e = resolver.lookup(text, lang=lang, on_date=D)
    assert e is not None and e.country == code


@pytest.mark.parametrize(
    "text,lang,on,sector",
    [("Bill Clinton", "en", date(2000, 1, 1), "GOV"), ("Bill Clinton", "en", D, "ELI"),
     ("Леонида Кучмы", "ru", date(2003, 5, 1), "GOV"), ("Леоніда Кучми", "uk", D, "ELI"),
     ("Шмигаля", "uk", date(2024, 1, 1), "GOV"), ("Шмыгаль", "ru", D, "MIL")],
)
def test_past_leaders_and_changed_offices_follow_the_date(resolver, text: str, lang: str, on: date, sector: str) -> None:  # type: ignore[no-untyped-def]
    e = resolver.lookup(text, lang=lang, on_date=on)
    assert e is not None and e.sector == sector
