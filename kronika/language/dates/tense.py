"""Is the clause around a time expression about the future?

A month or weekday named without a year ("in March", "у вівторок") points back from the
publication date in reports of what happened and forward in announcements ("will visit
in March", "відвідає у березні", "в марте посетит"). No parser is available offline for
Ukrainian and Russian, so the clause is a window between the nearest sentence or clause
punctuation; the tense cue nearest to the expression decides:

* future: the language's ``future_re`` words (will, plans to, буде, планує, намерен ...)
  and, for Ukrainian and Russian, verbs whose best pymorphy3 reading has ``futr``;
* past: ``past_re`` words and verbs whose best reading has ``past`` (English: VBD).

With no cue, the past wins: news mostly reports what has happened.
"""

from __future__ import annotations

import re

_CLAUSE_END = re.compile(r"[.!?;:\n]|\s[—–-]\s")
_WORD = re.compile(r"[^\W\d_][\w'’ʼ-]*")
_WINDOW = 90


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max(0, start - _WINDOW)
    left = lo
    for m in _CLAUSE_END.finditer(text, lo, start):
        left = m.end()
    m = _CLAUSE_END.search(text, end, min(len(text), end + _WINDOW))
    right = m.start() if m else min(len(text), end + _WINDOW)
    return left, right


def _verb_tense(word: str, lang: str) -> str | None:
    if lang == "en":
        from kronika.language.english import parse_english

        parses = parse_english(word)
        if parses and parses[0].pos in ("VERB", "AUX") and "VBD" in parses[0].tags:
            return "past"
        return None
    from kronika.language.morphology import verb_tense

    return verb_tense(lang, word)


def is_future(text: str, start: int, end: int, lang: str) -> bool:
    """True when the tense cue nearest to ``text[start:end]`` in its clause is a future one."""
    from kronika.language.dates.rules import rules_for

    rules = rules_for(lang)
    left, right = _clause(text, start, end)
    if lang == "en" and (rules.future is None or not rules.future.search(text, left, right)):
        return False  # English marks the future with words only: none, no future
    cues: list[tuple[int, str]] = []
    for pattern, tense in ((rules.future, "future"), (rules.past, "past")):
        if pattern is None:
            continue
        for m in pattern.finditer(text, left, right):
            if m.end() <= start or m.start() >= end:
                cues.append((m.start(), tense))
    for m in _WORD.finditer(text, left, right):
        if start <= m.start() < end:
            continue
        tense = _verb_tense(m.group(), lang)
        if tense:
            cues.append((m.start(), tense))
    if not cues:
        return False
    middle = (start + end) / 2
    cues.sort(key=lambda c: abs(c[0] - middle))
    return cues[0][1] == "future"
