"""Match keys: the one normal form names and tokens are compared in.

Both sides (dictionary names and document tokens) go through :func:`norm`, so the
comparison ignores case, ``ё``/``е``, the four Ukrainian apostrophes and Latin
diacritics (``Nausėda`` = ``Nauseda``, ``Erdoğan`` = ``Erdogan``). Cyrillic letters keep
their marks: ``й`` and ``ї`` are letters of their own, not ``и`` and ``і`` with accents.
"""

from __future__ import annotations

import functools
import unicodedata

_TRANSLATE = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "ё": "е", "Ё": "е", "‑": "-"})


@functools.lru_cache(maxsize=200_000)
def norm(text: str) -> str:
    """Case-folded, apostrophe- and diacritic-normalised form of a word or name."""
    s = unicodedata.normalize("NFC", text).translate(_TRANSLATE).casefold()
    if any(ord(c) > 127 and ord(c) < 0x250 for c in s):
        s = "".join(
            c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)
        ) if all(not ("\u0400" <= c <= "\u04ff") for c in s) else s
        s = s.replace("ı", "i").replace("ł", "l").replace("ø", "o").replace("đ", "d").replace("æ", "ae")
    return s


def is_cyrillic(text: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in text)


def is_acronym(text: str) -> bool:
    """``EU``, ``НАТО``, ``U.S.``: all letters upper case, at least two of them."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def guess_languages(text: str) -> tuple[str, ...]:
    """The languages a short Cyrillic or Latin text may be in, likeliest first.

    Ukrainian letters (і ї є ґ, the apostrophe) decide uk, Russian ones (ы э ъ ё) ru;
    a text with neither ("молдовська влада") may be either.
    """
    if not is_cyrillic(text):
        return ("en",)
    low = text.lower()
    uk = any(c in low for c in "іїєґ'’ʼ")
    ru = any(c in low for c in "ыэъё")
    if uk and not ru:
        return ("uk",)
    if ru and not uk:
        return ("ru",)
    return ("ru", "uk")


def guess_language(text: str) -> str:
    """en/uk/ru from the script of a short name (see :func:`guess_languages`)."""
    return guess_languages(text)[0]
