"""Find time expressions and resolve them against the publication date.

Why not dateparser: on news it turned "6, 8 та 9 жовтня" into 8 June, found nothing in
"у березні" or "в сентябре", lost "end of" and matched "20%" (see the project's library
notes). Here each kind of expression has a pattern (``rules.py``, words from
``data/language/<lang>/time.yaml``); of overlapping matches the longest wins (then the
leftmost, then the more specific pattern), and each becomes an interval with a precision.

The resolution of each kind of match is in ``resolve.py``.
"""

from __future__ import annotations

from datetime import date
from re import Match

from datetime import timedelta

from kronika.language.dates.resolve import ANCHORED, resolve
from kronika.language.dates.rules import Rules, fold_apostrophes, rules_for
from kronika.model import TimeExpression

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
    # longest first; on a tie the leftmost, then the more specific pattern
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    taken = bytearray(len(text))  # 1 where an accepted expression lies
    out: list[TimeExpression] = []
    for start, end, _order, kind, m in candidates:
        if taken.find(1, start, end) != -1:
            continue
        resolved = resolve(kind, m, rules, published, folded, lang)
        if resolved is None:
            continue
        first, last, precision = resolved
        s, e = _trim(text, start, end)
        taken[start:end] = b"\x01" * (end - start)
        out.append(TimeExpression(text[s:e], s, e, first, last, precision))
    out.sort(key=lambda t: t.start)
    return _anchor(out)


def _anchor(times: list[TimeExpression]) -> list[TimeExpression]:
    """Count "a day later", "на следующий день" from the last day the text named before them.

    Such an expression without an earlier day in the text has nothing to count from and is
    left out (the event then takes its sentence's or the publication's date).
    """
    if not any(t.precision.startswith(ANCHORED) for t in times):
        return times
    out: list[TimeExpression] = []
    last_day: date | None = None
    for t in times:
        if t.precision.startswith(ANCHORED):
            if last_day is None:
                continue
            d = last_day + timedelta(days=int(t.precision[len(ANCHORED):]))
            t = TimeExpression(t.text, t.start, t.end, d, d, "day")
        if t.precision == "day":
            last_day = t.first
        out.append(t)
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
