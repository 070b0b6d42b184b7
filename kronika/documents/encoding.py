"""Bytes to text: the encoding comes from the bytes, never from the file name.

News in Ukrainian and Russian still arrives in Windows-1251 and KOI8-R/KOI8-U. The
order of decisions:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) decides;
2. binary data (NUL bytes, many control bytes) is refused;
3. strict UTF-8, which almost never decodes anything else by accident;
4. a charset the container declares (HTTP header, ``<meta charset>``) is tried;
5. bytes that are mostly well-formed UTF-8 with a few broken sequences are refused
   as "invalid UTF-8" rather than decoded as mojibake in a single-byte code page;
6. charset-normalizer, restricted to the single-byte code pages news comes in, chooses
   by language coherence; KOI8-R and KOI8-U differ only where KOI8-R has box-drawing
   characters, so a KOI8 text is decoded as KOI8-U (a superset for letters) and named
   KOI8-R when the two agree.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

#: Single-byte code pages considered after UTF-8 (charset-normalizer names).
CANDIDATE_ENCODINGS = ("cp1251", "koi8_r", "koi8_u", "cp1252")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH = re.compile(rb"[\x80-\xff]")
_SAMPLE = 256 * 1024


class DecodeError(ValueError):
    """The bytes are not text in an encoding Kronika reads; the message says why."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def normalise_charset(name: str | None) -> str | None:
    """A Python codec name for a declared charset, or None when unknown."""
    if not name:
        return None
    name = name.strip().strip("\"'").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(data: bytes, *, declared: str | None = None) -> Decoded:
    """Decode ``data`` or raise :class:`DecodeError` with a one-line reason."""
    if not data:
        raise DecodeError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = _try(data, enc)
            if text is None:
                raise DecodeError(f"starts with a {enc.upper()} byte-order mark but is not valid {enc.upper()}")
            return Decoded(text.lstrip("\ufeff"), enc.replace("-sig", ""))
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # C speed, no list
    if b"\x00" in sample or controls > max(2, len(sample) // 200):
        raise DecodeError("binary data, not text")
    # Strict UTF-8 before any declared charset: pages that declare windows-1251 but are
    # UTF-8 are common, and valid UTF-8 with non-ASCII bytes is almost never an accident.
    text = _try(data, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8")
    enc = normalise_charset(declared)
    if enc and enc not in ("utf-8", "ascii"):
        text = _try(data, enc)
        if text is not None:
            return Decoded(text, enc)

    high = len(_HIGH.findall(sample))
    utf8_bytes = sum(len(m) for m in _UTF8_MULTIBYTE.findall(sample))
    if high and utf8_bytes >= 0.5 * high:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise DecodeError(f"invalid UTF-8 at byte {e.start} (and not Windows-1251 or KOI8 either)") from None

    best = from_bytes(sample, cp_isolation=list(CANDIDATE_ENCODINGS)).best()
    if best is None:
        raise DecodeError("unknown encoding: not UTF-8, Windows-1251, KOI8-R or KOI8-U")
    enc = best.encoding
    if enc in ("koi8_r", "koi8_u"):
        as_u, as_r = _try(data, "koi8_u"), _try(data, "koi8_r")
        if as_u is None:
            raise DecodeError("looks like KOI8 but does not decode as KOI8-U")
        return Decoded(as_u, "koi8_r" if as_u == as_r else "koi8_u")
    text = _try(data, enc)
    if text is None:
        raise DecodeError(f"looks like {enc} at the start but does not decode as {enc} further on")
    return Decoded(text, enc)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_html_charset(head: bytes) -> str | None:
    """The charset a page declares in its first few kilobytes (``<meta charset>``)."""
    m = _META_CHARSET.search(head[:8192])
    return m.group(1).decode("ascii", "replace") if m else None
