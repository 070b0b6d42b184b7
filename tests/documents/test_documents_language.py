"""Language from the text alone."""

from __future__ import annotations

import pytest

from kronika.documents import detect_language
from kronika.documents.langid import normalise_language


@pytest.mark.parametrize("text,expected", [
    ("The foreign ministers met in Vienna and agreed to resume the talks next month.", "en"),
    ("Міністри закордонних справ зустрілися у Відні й домовилися відновити переговори.", "uk"),
    ("Министры иностранных дел встретились в Вене и договорились возобновить переговоры.", "ru"),
    ("Die Außenminister trafen sich in Wien und vereinbarten, die Gespräche fortzusetzen.", "de"),
    ("Ministrowie spraw zagranicznych spotkali się w Wiedniu i uzgodnili wznowienie rozmów.", "pl"),
    ("Міністры замежных спраў сустрэліся ў Вене і дамовіліся аднавіць перамовы.", "be"),
    ("12345 67890", "und"),
    ("", "und"),
])
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_short_ukrainian_and_russian_fragments_are_told_apart() -> None:
    assert detect_language("Київ запровадив санкції") == "uk"
    assert detect_language("Москва ввела санкции") == "ru"


@pytest.mark.parametrize("given,expected", [
    ("auto", None), (None, None), ("", None), ("EN", "en"), ("en-US", "en"), ("uk_UA", "uk"), ("ua", "uk"), ("rus", "ru"),
])
def test_normalise_language(given: str | None, expected: str | None) -> None:
    assert normalise_language(given) == expected


@pytest.mark.parametrize("text,expected", [
    ("Лукашенко провел разговор с Трампом", "ru"),
    ("Санду призвала ЕС", "ru"),
    ("Санду закликала ЄС", "uk"),
    ("Переговоры в Дохе", "ru"),
    ("Talks in Doha", "en"),
])
def test_short_texts(text: str, expected: str) -> None:
    assert detect_language(text) == expected
