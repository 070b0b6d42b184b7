"""Date lines of scraped pages: "12.02.2026 09:15", "19 листопада 2025, 16:05", "Published: Feb 12, 2026".

A scraped article often carries its publication date as a line of its own near the
top. Such a line is page furniture, not article text, but its date is what relative
expressions in the article ("on Tuesday", "last October") are resolved against, so it is
taken as the publication date and the line removed. Only a line that is *nothing but* a
date (with an optional label and time) counts; dates inside sentences are the language
stage's business. Month names and labels are data (``<lang>/dates.yaml``).
"""

from __future__ import annotations

import functools
import re
from datetime import date

from kronika.model import SUPPORTED_LANGUAGES
from kronika.resources import load

#: Only lines this short can be date lines.
MAX_DATELINE_CHARS = 80

_TIME = r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:utc|gmt|[a-z]{2,4}t|[+-]\d{2}:?\d{2}))?)"


@functools.lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], dict[str, int]]:
    months: dict[str, int] = {}
    labels: list[str] = []
    joiners: list[str] = []
    for lang in SUPPORTED_LANGUAGES:
        data = load(f"documents/{lang}/dates.yaml") or {}
        for number, stems in (data.get("months") or {}).items():
            for stem in stems:
                months[str(stem).casefold()] = int(number)
        labels += [str(x) for x in data.get("labels") or []]
        joiners += [str(x) for x in data.get("time_joiners") or []]
    alt = lambda words: "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))  # noqa: E731
    month = rf"(?P<mname>(?:{alt(months)})[^\W\d_]*\.?)"
    numeric = r"(?:(?P<d1>\d{1,2})[./](?P<m1>\d{1,2})[./](?P<y1>\d{4})|(?P<y2>\d{4})-(?P<m2>\d{2})-(?P<d2>\d{2}))"
    day_month = rf"(?:(?P<d3>\d{{1,2}})\s+{month}\s*,?\s*(?P<y3>\d{{4}})(?:\s*(?:р\.|г\.|року|года))?)"
    month_day = rf"(?:{month.replace('mname', 'mname2')}\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y4>\d{{4}}))"
    weekday = r"(?:[^\W\d_]{2,12},\s*)?"
    time = rf"(?:\s*(?:,|\||—|–|-)?\s*(?:(?:{alt(joiners)})\s+)?{_TIME})?" if joiners else rf"(?:\s*,?\s*{_TIME})?"
    label = rf"(?:(?:{alt(labels)})\s*[:\-–—]?\s*)?" if labels else ""
    pattern = re.compile(
        rf"^{label}(?:{_TIME}\s*[,|·—–-]?\s*)?{weekday}(?:{numeric}|{day_month}|{month_day}){time}\s*$",
        re.IGNORECASE,
    )
    return pattern, months


def _month_number(name: str, months: dict[str, int]) -> int | None:
    n = name.casefold().rstrip(".")
    best = None
    for stem, number in months.items():
        if n.startswith(stem) and (best is None or len(stem) > best[0]):
            best = (len(stem), number)
    return best[1] if best else None


def parse_dateline(line: str) -> date | None:
    """The date a line consists of, or None when the line is anything else."""
    if len(line) > MAX_DATELINE_CHARS or not any(ch.isdigit() for ch in line):
        return None
    pattern, months = _patterns()
    m = pattern.match(line.strip())
    if not m:
        return None
    g = m.groupdict()
    try:
        if g.get("y1"):
            return date(int(g["y1"]), int(g["m1"]), int(g["d1"]))
        if g.get("y2"):
            return date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
        name, day, year = (g["mname"], g["d3"], g["y3"]) if g.get("y3") else (g.get("mname2"), g.get("d4"), g.get("y4"))
        number = _month_number(name or "", months)
        if number is None or not day or not year:
            return None
        return date(int(year), number, int(day))
    except ValueError:
        return None  # 31.02.2026 and the like
