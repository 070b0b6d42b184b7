"""A cheap guess of en/uk/ru for a short text (``kronika dates --lang auto``).

Short inputs such as "у березні" are where statistical identifiers are least sure, and
the alphabets already tell: і, ї, є, ґ are Ukrainian; ы, э, ъ, ё are Russian; Latin
letters alone are taken as English. Cyrillic without either set is decided by the month
and weekday names of the two languages' ``time.yaml`` (``марте`` is Russian,
``березні`` Ukrainian); only where those are silent too is the documents stage's
statistical ``detect_language`` asked (imported lazily; its model takes seconds to load).
"""

from __future__ import annotations

import functools
import re

_UK = frozenset("іїєґІЇЄҐ")
_RU = frozenset("ыэъёЫЭЪЁ")
_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=2)
def _calendar_words(lang: str) -> frozenset[str]:
    from kronika.resources import load

    data = load(f"language/{lang}/time.yaml") or {}
    words = set()
    for key in ("months", "weekdays"):
        for forms in (data.get(key) or {}).values():
            words.update(str(f).lower() for f in forms)
    return frozenset(words)


def guess_language(text: str) -> str:
    """"en", "uk" or "ru" for a short text (see the module's notes for how)."""
    letters = [ch for ch in text if ch.isalpha()]
    uk = sum(ch in _UK for ch in letters)
    ru = sum(ch in _RU for ch in letters)
    if uk or ru:
        return "uk" if uk >= ru else "ru"
    if not any("\u0400" <= ch <= "\u04ff" for ch in letters):
        return "en"
    words = [w.lower() for w in _WORD.findall(text)]
    uk_words = sum(w in _calendar_words("uk") for w in words)
    ru_words = sum(w in _calendar_words("ru") for w in words)
    if uk_words != ru_words:
        return "uk" if uk_words > ru_words else "ru"
    try:
        from kronika.documents import detect_language
    except ImportError:
        return "ru"
    try:
        code = detect_language(text)
    except Exception:  # the model is optional here: the alphabet guess stands
        return "ru"
    return code if code in ("uk", "ru") else "ru"
