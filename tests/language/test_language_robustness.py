"""No input breaks the layer: offsets stay exact on random and hostile text."""

from __future__ import annotations

import random
from datetime import date

import pytest

from kronika.language import analyze, find_times
from kronika.model import Document

PIECES = [
    "Mr.", "U.S.", "ст.", "р.", "тис.", "г.", "Oct.", " ", "  ", "\n", "\n\n", "\r\n", "\t", ".", "...", "…", "!", "?",
    ",", "«", "»", '"', "“", "”", "'", "’", "ʼ", "—", "-", "(", ")", "2020", "6, 8 та 9", "12–16", "05.10.2024",
    "жовтня", "October", "сентября", "в'язнів", "пам’ять", "Київ", "Мінську", "Тихановской", "sanctions", "İstanbul",
    "ß", "ﬁ", "😀", "\u200b", "\u00ad", "at the end of", "наприкінці", "в конце", "yesterday", "вчора", "вчера",
    "a", "A", "Б", "ы", "і", "1", "31", "32", "99", "0", "—Так.", "e.g.", "т.д.", "$", "%", "№",
]


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("lang", ["en", "uk", "ru", "und"])
def test_random_text_keeps_offsets(seed, lang):
    rng = random.Random(seed * 7 + len(lang))
    text = "".join(rng.choice(PIECES) + rng.choice(["", " "]) for _ in range(rng.randint(0, 120)))
    adoc = analyze(Document(id="r", text=text, language=lang, published=date(2025, 10, 17)))
    last_end = 0
    for s in adoc.sentences:
        assert text[s.start:s.end] == s.text and s.start >= last_end
        assert not text[last_end:s.start].strip()  # nothing but white space is left out
        last_end = s.end
        for t in s.tokens:
            assert text[t.start:t.end] == t.text
            assert t.kind in ("word", "number", "punct", "quote", "symbol")
            if t.kind == "word":
                assert t.parses
    assert not text[last_end:].strip()
    for t in adoc.times:
        assert text[t.start:t.end] == t.text and t.first <= t.last


def test_huge_paragraph_without_punctuation():
    text = "слово " * 20000
    found = find_times(text, date(2025, 10, 17), "uk")
    assert found == []
    adoc = analyze(Document(id="h", text=text, language="uk"))
    assert len(adoc.sentences) == 1 and len(adoc.sentences[0].tokens) == 20000
