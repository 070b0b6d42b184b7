"""A cheap guess of en/uk/ru from the letters of a short text (for ``kronika dates``).

Short inputs such as "у березні" are where statistical identifiers are least sure, and
the alphabets already tell: і, ї, є, ґ are Ukrainian; ы, э, ъ, ё are Russian; Latin
letters alone are taken as English. Only Cyrillic without either set needs a model
(the documents stage's ``detect_language``, imported lazily where it exists).
"""

from __future__ import annotations

_UK = frozenset("іїєґІЇЄҐ")
_RU = frozenset("ыэъёЫЭЪЁ")


def guess_language(text: str) -> str:
    """"en", "uk" or "ru" for a short text; Cyrillic without telling letters -> model, else "ru"."""
    letters = [ch for ch in text if ch.isalpha()]
    uk = sum(ch in _UK for ch in letters)
    ru = sum(ch in _RU for ch in letters)
    if uk or ru:
        return "uk" if uk >= ru else "ru"
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in letters)
    if not cyrillic:
        return "en"
    try:
        from kronika.documents import detect_language
    except ImportError:
        return "ru"
    try:
        code = detect_language(text)
    except Exception:  # the model is optional here: the alphabet guess stands
        return "ru"
    return code if code in ("uk", "ru") else "ru"
