"""Find time expressions and resolve them against the publication date.

Why not dateparser: on news it turned "6, 8 та 9 жовтня" into 8 June, found nothing in
"у березні" or "в сентябре", lost "end of" and matched "20%" (see the project's library
notes). Here each kind of expression has a pattern (``rules.py``, words from
``data/language/<lang>/time.yaml``); overlapping matches are resolved leftmost-longest,
then each match becomes an interval with a precision.

A month or weekday without a year points back from the publication date (news mostly
reports the past) unless the clause is in the future tense (``tense.py``), then forward.
"""

from __future__ import annotations

from datetime import date, timedelta
from re import Match

from kronika.language.dates import calendar as cal
from kronika.language.dates.rules import Rules, fold_apostrophes, rules_for
from kronika.language.dates.tense import is_future
from kronika.model import TimeExpression

Resolved = tuple[date, date, str]
#: days after publication a past-tense day without a year may still fall (an announced meeting)
_NEAR_FUTURE_DAYS = 31
_SUPPORTED = ("en", "uk", "ru")
#: characters around a trigger word within which its patterns are tried
_MARGIN = 45


def find_times(text: str, published: date, lang: str) -> list[TimeExpression]:
    """All time expressions of ``text`` in reading order, resolved against ``published``."""
    if lang not in _SUPPORTED or not text:
        return []
    rules = rules_for(lang)
    folded = fold_apostrophes(text)
    candidates: list[tuple[int, int, int, str, Match[str]]] = []
    for order, (lo, hi) in _windows(folded, rules):
        kind, pattern = rules.patterns[order]
        for m in pattern.finditer(folded, lo, hi):
            if m.end() > m.start():
                candidates.append((m.start(), m.end(), order, kind, m))
    # leftmost-longest, the more specific pattern first on ties
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    taken: list[tuple[int, int]] = []
    out: list[TimeExpression] = []
    for start, end, _order, kind, m in candidates:
        if any(start < e and s < end for s, e in taken):
            continue
        resolved = _resolve(kind, m, rules, published, folded, lang)
        if resolved is None:
            continue
        first, last, precision = resolved
        s, e = _trim(text, start, end)
        taken.append((start, end))
        out.append(TimeExpression(text[s:e], s, e, first, last, precision))
    out.sort(key=lambda t: t.start)
    return out


def _windows(text: str, rules: Rules) -> list[tuple[int, tuple[int, int]]]:
    """(pattern index, (start, end)) of the stretches of text each pattern must search.

    A pattern is tried only within ``_MARGIN`` characters of one of its trigger words
    (or of a number); overlapping stretches of the same pattern are merged.
    """
    spans: dict[int, list[tuple[int, int]]] = {}
    n = len(text)
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is longer (İ)
        lowered = "".join(ch.lower()[:1] for ch in text)
    for m in rules.trigger.finditer(lowered):
        if m.lastgroup == "n":
            units = rules.number_units
        else:
            units = rules.word_units.get(m.group("w"), ())
        if not units:
            continue
        lo, hi = max(0, m.start() - _MARGIN), min(n, m.end() + _MARGIN)
        while hi < n and text[hi].isalnum():  # never cut a word in two
            hi += 1
        for u in units:
            spans.setdefault(u, []).append((lo, hi))
    out: list[tuple[int, tuple[int, int]]] = []
    for u, ranges in spans.items():
        ranges.sort()
        cur_lo, cur_hi = ranges[0]
        for lo, hi in ranges[1:]:
            if lo <= cur_hi:
                cur_hi = max(cur_hi, hi)
            else:
                out.append((u, (cur_lo, cur_hi)))
                cur_lo, cur_hi = lo, hi
        out.append((u, (cur_lo, cur_hi)))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " \t\n,.":
        end -= 1
    return start, end


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


def _resolve(kind: str, m: Match[str], rules: Rules, published: date, text: str, lang: str) -> Resolved | None:
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
    import re

    days = [int(x) for x in re.findall(r"\d+", _g(m, "days") or "")]
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
    return first, last, "month"


def _month_alone(m, rules, published, text, lang) -> Resolved | None:
    word = (_g(m, "m1") or "").lower().rstrip(".")
    month = rules.month_of.get(word)
    if month is None:
        return None
    if word in rules.ambiguous_months and not _g(m, "pre"):
        return None
    if lang == "en" and not m.group("m1")[:1].isupper():
        return None  # "may", "march" as ordinary words
    pre = (_g(m, "pre") or "").lower()
    if pre in ("last", "this", "next"):
        # "last March": the latest March before the publication's month
        if pre == "last":
            year = published.year if month < published.month else published.year - 1
        elif pre == "next":
            year = published.year if month > published.month else published.year + 1
        else:
            year = published.year
    else:
        year = _month_year(month, published, _future(m, text, lang))
    first, last = cal.month_interval(year, month)
    return first, last, "month"


def _year(m, rules, published, text, lang) -> Resolved | None:
    if not (_g(m, "pre") or (_g(m, "yw") or "").strip()):
        return None
    year = int(m.group("y1"))
    if year > published.year + 30:
        return None
    first, last = cal.year_interval(year)
    return first, last, "year"


def _relative(m, rules, published, text, lang) -> Resolved | None:
    idx = next((int(k[1:].split("_")[0]) for k, v in m.groupdict().items() if k[:1] == "r" and v), None)
    if idx is None:
        return None
    rule = rules.relative[idx]
    if "back_days" in rule:
        return published - timedelta(days=int(rule["back_days"])), published, "relative"
    unit, offset, part = rule.get("unit"), int(rule.get("offset", 0)), rule.get("part")
    if unit == "day":
        d = published + timedelta(days=offset)
        return d, d, "day"
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
