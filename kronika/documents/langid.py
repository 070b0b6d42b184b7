"""Which language a document is in, from its text only (never from its URL).

lingua restricted to a few languages in low-accuracy mode was measured on this kind of
machine at 0.02 s to load, 25 MB, about 29k short fragments a second and 93/96 right;
on whole articles it is as good as the high-accuracy mode. Besides English, Ukrainian
and Russian the detector knows a handful of neighbours (Belarusian, Polish, German,
French, Spanish, Italian, Bulgarian) so that an article in one of them is stored marked
as such instead of being forced into one of the three Kronika analyses.

Short texts (a headline, one sentence given on standard input) are where the
low-accuracy mode errs: trigrams alone took "Лукашенко провел разговор с Трампом" for
Bulgarian and "Санду призвала ЕС" for Ukrainian. Texts under :data:`SHORT_TEXT_CHARS`
characters therefore go to the high-accuracy detector, which got both right; it costs
about 1 s and 130 MB the first time it is needed, then 0.07 ms a text, and is never
loaded when every document is article-sized.

Each detector is built once, on first use, so importing this module costs nothing.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from kronika.model import UNKNOWN_LANGUAGE

if TYPE_CHECKING:
    from lingua import LanguageDetector

#: ISO 639-1 codes the detector chooses between.
DETECTED_LANGUAGES = ("en", "uk", "ru", "be", "pl", "de", "fr", "es", "it", "bg")

#: Characters of text looked at: a few paragraphs decide as well as the whole article.
SAMPLE_CHARS = 1000

_THREE_LETTERS = re.compile(r"(?:[^\W\d_][\W\d_]*){3}")

_ALIASES = {
    "ua": "uk", "ukr": "uk", "ukrainian": "uk",
    "eng": "en", "english": "en",
    "rus": "ru", "russian": "ru",
    "bel": "be", "by": "be",
}


#: Texts shorter than this go to the high-accuracy detector (see the module docstring).
SHORT_TEXT_CHARS = 200


@functools.lru_cache(maxsize=2)
def _detector(high_accuracy: bool = False) -> "LanguageDetector":
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, c.upper()) for c in DETECTED_LANGUAGES]
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
    return builder.build() if high_accuracy else builder.with_low_accuracy_mode().build()


def detect_language(text: str) -> str:
    """"en", "uk", "ru", another ISO 639-1 code, or "und" when the text does not say."""
    sample = text[:SAMPLE_CHARS]
    if not _THREE_LETTERS.search(sample):
        return UNKNOWN_LANGUAGE
    language = _detector(len(sample) < SHORT_TEXT_CHARS).detect_language_of(sample)
    if language is None:
        return UNKNOWN_LANGUAGE
    return language.iso_code_639_1.name.lower()


def normalise_language(code: str | None) -> str | None:
    """A user's or a source's language label as an ISO 639-1 code; None for "auto"/empty.

    Accepts "en", "EN", "en-US", "uk_UA", "ua", "rus"; anything else that looks like a
    language code is kept lower-cased (it is stored as given).
    """
    if code is None:
        return None
    c = code.strip().lower().replace("_", "-")
    if not c or c == "auto":
        return None
    c = c.split("-", 1)[0]
    return _ALIASES.get(c, c)
