"""Calendar arithmetic for time expressions: the interval a period or a part of it covers.

Parts of a month or a year are thirds, as news uses them ("at the end of September"
is 21-30 September, "early 2022" is January-April 2022), or halves ("in the second half
of 2024" is July-December).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

Interval = tuple[date, date]

#: first and last day of each third of a month
MONTH_PARTS = {"begin": (1, 10), "middle": (11, 20), "end": (21, 31), "first_half": (1, 15), "second_half": (16, 31)}
#: first and last month of each third of a year
YEAR_PARTS = {"begin": (1, 4), "middle": (5, 8), "end": (9, 12), "first_half": (1, 6), "second_half": (7, 12)}
#: meteorological seasons: (first month, number of months)
SEASONS = {"winter": (12, 3), "spring": (3, 3), "summer": (6, 3), "autumn": (9, 3)}


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_interval(year: int, month: int) -> Interval:
    return date(year, month, 1), date(year, month, last_day(year, month))


def year_interval(year: int) -> Interval:
    return date(year, 1, 1), date(year, 12, 31)


def add_months(year: int, month: int, n: int) -> tuple[int, int]:
    """(year, month) moved by ``n`` months."""
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def month_part(year: int, month: int, part: str) -> Interval:
    lo, hi = MONTH_PARTS[part]
    return date(year, month, lo), date(year, month, min(hi, last_day(year, month)))


def year_part(year: int, part: str) -> Interval:
    lo, hi = YEAR_PARTS[part]
    return date(year, lo, 1), date(year, hi, last_day(year, hi))


def week_interval(day: date) -> Interval:
    """Monday to Sunday of the week that holds ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def season_interval(year: int, season: str) -> Interval:
    """A season of ``year``; winter is the one that begins in December of ``year - 1``."""
    first, length = SEASONS[season]
    start_year = year - 1 if season == "winter" else year
    end_year, end_month = add_months(start_year, first, length - 1)
    return date(start_year, first, 1), date(end_year, end_month, last_day(end_year, end_month))


def safe_date(year: int, month: int, day: int) -> date | None:
    """The date, or None where it does not exist (31 September)."""
    if not 1 <= month <= 12 or not 1 <= day <= last_day(year, month):
        return None
    return date(year, month, day)


def shift_years(d: date, n: int) -> date:
    try:
        return d.replace(year=d.year + n)
    except ValueError:  # 29 February
        return d.replace(year=d.year + n, day=28)
