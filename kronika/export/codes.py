"""Code tables of the export formats: COW country numbers and event intensity.

Both are data files (``kronika/data/export/cow.tsv``, ``intensity.tsv``) so users can
extend them without touching Python.
"""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from kronika.errors import DataFileError
from kronika.resources import load


@functools.lru_cache(maxsize=1)
def _cow() -> dict[str, str]:
    return {r["iso3"].upper(): r["cow"] for r in load("export/cow.tsv") if r.get("iso3") and r.get("cow")}


def cow_code(iso3: str | None) -> str:
    """The Correlates of War number of a country, '' where none (non-state codes, unknown)."""
    return _cow().get((iso3 or "").upper(), "")


@functools.lru_cache(maxsize=1)
def _intensity() -> dict[tuple[str, str], float]:
    out: dict[tuple[str, str], float] = {}
    for r in load("export/intensity.tsv"):
        try:
            out[(r["event_type"].upper(), r.get("mode", "") or "")] = float(r["intensity"])
        except (KeyError, ValueError) as e:
            raise DataFileError(f"export/intensity.tsv: bad row {r}: {e}") from e
    return out


def intensity(event_type: str, mode: str | None = None) -> float | None:
    """Approximate Goldstein-like intensity of an event type (and mode), None if unknown."""
    table = _intensity()
    return table.get((event_type.upper(), mode or ""), table.get((event_type.upper(), "")))


def publisher(url: str | None) -> str:
    """The site a report comes from (its host without ``www.``), '' without a URL."""
    if not url:
        return ""
    host = urlsplit(url).hostname or ""
    return host[4:] if host.startswith("www.") else host
