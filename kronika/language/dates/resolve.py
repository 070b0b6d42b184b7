"""From a matched time expression to an interval of dates and a precision.

One function per kind of pattern (the kinds of ``rules.py``). A day or month named
without a year gets the year that makes it the latest one not after publication, or
the next one when its clause is about the future (``tense.py``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from re import Match

from kronika.language.dates import calendar as cal
from kronika.language.dates.rules import Rules
from kronika.language.dates.tense import is_future

Resolved = tuple[date, date, str]
#: days after publication a past-tense day without a year may still fall (an announced meeting)
_NEAR_FUTURE_DAYS = 31
_DIGITS = re.compile(r"\d+")


# --------------------------------------------------------------------------- helpers


def _g(m: Match[str], name: str) -> str | None:
    try:
        return m.group(name)
    except IndexError:
        return None


def _month(rules: Rules, word: str | None) -> int | None:
    if not word:
        return None
    return rules.month_of.get(word.lower().rstrip("."))


def _int(s: str | None) -> int | None:
    if not s:
        return None
    digits = "".join(ch for ch in s if ch.isdigit())
    return int(digits) if digits else None


def _since(m: Match[str], rules: Rules, first: date, published: date) -> Resolved | None:
    """"since March", "з 2014 року": from the period's start to publication, or None."""
    pre = _g(m, "pre")
    if pre and rules.since is not None and rules.since.fullmatch(" ".join(pre.lower().split())) and first <= published:
        return first, published, "range"
    return None


def _future(m: Match[str], text: str, lang: str) -> bool:
    return is_future(text, m.start(), m.end(), lang)


def _month_year(month: int, published: date, future: bool) -> int:
    """The year of a month named without one: the latest not after publication, or the next."""
    if future:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def _day_year(month: int, day: int, published: date, future: bool) -> int:
    """The year of a day named without one."""
    this = cal.safe_date(published.year, month, day) or date(published.year, month, 28)
    if future:
        return published.year if this >= published else published.year + 1
    if this <= published or (this - published).days <= _NEAR_FUTURE_DAYS:
        return published.year
    return published.year - 1


# --------------------------------------------------------------------------- resolution


def resolve(kind: str, m: Match[str], rules: Rules, published: date, text: str, lang: str) -> Resolved | None:
    """The interval a match of pattern ``kind`` denotes, or None where it is no date."""
    handler = _HANDLERS[kind]
    try:
        return handler(m, rules, published, text, lang)
    except (ValueError, OverflowError):  # an impossible date such as 31 September
        return None


def _days_in_month(m, rules, published, text, lang, days: list[int], month_key="m1", year_key="y1") -> Resolved | None:
    month = _month(rules, _g(m, month_key))
    if month is None or not days:
        return None
    year = _int(_g(m, year_key)) or _day_year(month, min(days), published, _future(m, text, lang))
    first = date(year, month, min(days))
    last = date(year, month, max(days))
    return first, last, "day" if len(set(days)) == 1 else "days"


def _span_cross(m, rules, published, text, lang) -> Resolved | None:
    m1, m2 = _month(rules, _g(m, "m1")), _month(rules, _g(m, "m2"))
    d1, d2 = _int(_g(m, "d1")), _int(_g(m, "d2"))
    if not (m1 and m2 and d1 and d2):
        return None
    y2 = _int(_g(m, "y2"))
    y1 = _int(_g(m, "y1"))
    if y2 is None and y1 is None:
        y1 = _day_year(m1, d1, published, _future(m, text, lang))
    if y1 is None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1  # type: ignore[operator]
    if y2 is None:
        y2 = y1 if (m2, d2) >= (m1, d1) else y1 + 1
    first, last = date(y1, m1, d1), date(y2, m2, d2)
    return (first, last, "range") if first <= last else None


def _span_days(m, rules, published, text, lang) -> Resolved | None:
    d1, d2 = _int(_g(m, "d1")), _int(_g(m, "d2"))
    if not d1 or not d2 or d1 >= d2:
        return None
    r = _days_in_month(m, rules, published, text, lang, [d1, d2])
    return (r[0], r[1], "range") if r else None


def _list(m, rules, published, text, lang) -> Resolved | None:
    days = [int(x) for x in _DIGITS.findall(_g(m, "days") or "")]
    if any(not 1 <= d <= 31 for d in days):
        return None
    return _days_in_month(m, rules, published, text, lang, days)


def _date(m, rules, published, text, lang) -> Resolved | None:
    d = _int(_g(m, "d1"))
    return _days_in_month(m, rules, published, text, lang, [d] if d else [])


def _numeric(m, rules, published, text, lang) -> Resolved | None:
    y, mo, d = int(m.group("y1")), int(m.group("m1")), int(m.group("d1"))
    day = date(y, mo, d)
    return day, day, "day"


def _part(m, rules, published, text, lang) -> Resolved | None:
    part = next((k[2:] for k, v in m.groupdict().items() if k.startswith("p_") and v), None)
    if part is None:
        return None
    month = _month(rules, _g(m, "m1"))
    if month is not None:
        year = _int(_g(m, "y1")) or _month_year(month, published, _future(m, text, lang))
        first, last = cal.month_part(year, month, part)
        return first, last, "month_part"
    year = _int(_g(m, "y2"))
    if year is not None:
        first, last = cal.year_part(year, part)
        return first, last, "year_part"
    period = next((k[2:] for k, v in m.groupdict().items() if k.startswith("q_") and v), None)
    if period is None:
        return None
    which, unit = period.split("_")
    shift = {"this": 0, "last": -1, "next": 1}[which]
    if unit == "year":
        first, last = cal.year_part(published.year + shift, part)
        return first, last, "year_part"
    y, mo = cal.add_months(published.year, published.month, shift)
    first, last = cal.month_part(y, mo, part)
    return first, last, "month_part"


def _month_span(m, rules, published, text, lang) -> Resolved | None:
    m1, m2 = _month(rules, _g(m, "m1")), _month(rules, _g(m, "m2"))
    if not m1 or not m2:
        return None
    y2 = _int(_g(m, "y1"))
    if y2 is None:
        y2 = _month_year(m2, published, _future(m, text, lang))
    y1 = y2 if m1 <= m2 else y2 - 1
    return cal.month_interval(y1, m1)[0], cal.month_interval(y2, m2)[1], "range"


def _year_span(m, rules, published, text, lang) -> Resolved | None:
    y1, y2 = int(m.group("y1")), int(m.group("y2"))
    if not y1 < y2 <= y1 + 50:
        return None
    return date(y1, 1, 1), date(y2, 12, 31), "range"


def _month_year_h(m, rules, published, text, lang) -> Resolved | None:
    month = _month(rules, _g(m, "m1"))
    if month is None:
        return None
    first, last = cal.month_interval(int(m.group("y1")), month)
    return _since(m, rules, first, published) or (first, last, "month")


def _month_alone(m, rules, published, text, lang) -> Resolved | None:
    word = (_g(m, "m1") or "").lower().rstrip(".")
    month = rules.month_of.get(word)
    if month is None:
        return None
    if word in rules.ambiguous_months and not _g(m, "pre"):
        return None
    if lang == "en" and not m.group("m1")[:1].isupper():
        return None  # "may", "march" as ordinary words
    pre = " ".join((_g(m, "pre") or "").lower().split())
    if pre and rules.last_re and rules.last_re.fullmatch(pre):
        # "last March", "минулого березня": the latest one before the publication's month
        year = published.year if month < published.month else published.year - 1
    elif pre and rules.next_re and rules.next_re.fullmatch(pre):
        year = published.year if month > published.month else published.year + 1
    elif pre and rules.this_re and rules.this_re.fullmatch(pre):
        year = published.year
    else:
        year = _month_year(month, published, _future(m, text, lang))
    first, last = cal.month_interval(year, month)
    return _since(m, rules, first, published) or (first, last, "month")


def _year(m, rules, published, text, lang) -> Resolved | None:
    has_year_word = bool((_g(m, "yw") or "").strip())
    if not (_g(m, "pre") or has_year_word):
        return None
    pre = " ".join((_g(m, "pre") or "").lower().split())
    strong = bool(pre) and rules.strong_year_prefix is not None and rules.strong_year_prefix.fullmatch(pre)
    if not (has_year_word or strong) and rules.count_noun is not None and rules.count_noun.match(text, m.end()):
        return None  # "the 2000 troops", "by 2000 votes"
    year = int(m.group("y1"))
    if year > published.year + 30:
        return None
    first, last = cal.year_interval(year)
    return _since(m, rules, first, published) or (first, last, "year")


#: precision prefix of an expression counted from the previous date of the text ("a day
#: later"): never leaves the engine, which replaces it with that date's day and offset
ANCHORED = "anchored:"


def _relative(m, rules, published, text, lang) -> Resolved | None:
    idx = next((int(k[1:].split("_")[0]) for k, v in m.groupdict().items() if k[:1] == "r" and v), None)
    if idx is None:
        return None
    rule = rules.relative[idx]
    if "back_days" in rule:
        return published - timedelta(days=int(rule["back_days"])), published, "relative"
    unit, offset, part = rule.get("unit"), int(rule.get("offset", 0)), rule.get("part")
    if rule.get("anchor") == "previous":
        # "a day later": counted from the date the text gave before; the engine moves it there
        d = published + timedelta(days=offset)
        return d, d, f"{ANCHORED}{offset}"
    if unit == "day":
        d = published + timedelta(days=offset)
        return d, d, "day"
    if unit == "weekend":
        # the latest Saturday and Sunday that began on or before publication
        saturday = published - timedelta(days=(published.weekday() - 5) % 7) + timedelta(weeks=offset)
        return saturday, saturday + timedelta(days=1), "days"
    if unit == "week":
        first, last = cal.week_interval(published + timedelta(weeks=offset))
        precision = "week"
    elif unit == "month":
        y, mo = cal.add_months(published.year, published.month, offset)
        first, last = cal.month_interval(y, mo)
        precision = "month"
    elif unit == "year":
        first, last = cal.year_interval(published.year + offset)
        precision = "year"
    else:
        return None
    if part == "to_date":
        return first, max(first, min(last, published)), f"{precision}_part"
    if part == "from_date":
        return min(last, max(first, published)), last, f"{precision}_part"
    return first, last, precision


def _ago(m, rules, published, text, lang) -> Resolved | None:
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else rules.number_of.get(" ".join(raw.split()))
    unit = rules.unit_of.get(" ".join(m.group("unit").lower().split()))
    if not n or not unit:
        return None
    if unit == "day":
        d = published - timedelta(days=n)
        return d, d, "day"
    if unit == "week":
        first, last = cal.week_interval(published - timedelta(weeks=n))
        return first, last, "week"
    if unit == "month":
        y, mo = cal.add_months(published.year, published.month, -n)
        first, last = cal.month_interval(y, mo)
        return first, last, "month"
    first, last = cal.year_interval(published.year - n)
    return first, last, "year"


def _weekday(m, rules, published, text, lang) -> Resolved | None:
    wd = rules.weekday_of.get(m.group("w").lower())
    if wd is None:
        return None
    if lang == "en" and not m.group("w")[:1].isupper():
        return None
    pre = (_g(m, "pre") or "").lower()
    if rules.last_re and pre and rules.last_re.match(pre):
        back = (published.weekday() - wd) % 7 or 7
        d = published - timedelta(days=back)
        return d, d, "day"
    if (rules.next_re and pre and rules.next_re.match(pre)) or _future(m, text, lang):
        ahead = (wd - published.weekday()) % 7 or 7
        d = published + timedelta(days=ahead)
        return d, d, "day"
    # past: the latest such day on or before publication ("said on Tuesday" in a Tuesday paper is that day)
    d = published - timedelta(days=(published.weekday() - wd) % 7)
    return d, d, "day"


def _season(m, rules, published, text, lang) -> Resolved | None:
    word = m.group("s").lower()
    season = rules.season_of.get(word)
    pre = (_g(m, "pre") or "").lower()
    year = _int(_g(m, "y1"))
    if season is None or not (pre or year or word in rules.season_bare):
        return None
    if year is None:
        # the season's year: winter belongs to the year it ends in
        current = published.year + (1 if season == "winter" and published.month == 12 else 0)
        first, last = cal.season_interval(current, season)
        if rules.season_last.match(pre or "-"):
            # "last summer": the latest one that has ended
            year = current if last < published else current - 1
        elif rules.season_next.match(pre or "-") or _future(m, text, lang):
            year = current if first > published else current + 1
        else:
            year = current if first <= published else current - 1
    first, last = cal.season_interval(year, season)
    return first, last, "season"


_HANDLERS = {
    "span_cross": _span_cross,
    "span_days": _span_days,
    "list": _list,
    "date": _date,
    "numeric": _numeric,
    "day_month": _date,
    "part": _part,
    "month_span": _month_span,
    "year_span": _year_span,
    "month_year": _month_year_h,
    "month": _month_alone,
    "year": _year,
    "relative": _relative,
    "ago": _ago,
    "weekday": _weekday,
    "season": _season,
}
