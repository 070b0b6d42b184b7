"""The compiled time-expression patterns of one language, built from its ``time.yaml``.

The grammar of dates is shared (a day, a month word, a year; lists, spans, parts of a
period, relative phrases); the words are data. Each pattern is a regular expression
with named groups that :mod:`kronika.language.dates.engine` resolves. Patterns are
compiled once per language and process.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from kronika.errors import DataFileError
from kronika.resources import load

def fold_apostrophes(text: str) -> str:
    """The text with ’ ʼ ` as ' (1:1, so offsets stay exact); str.replace is C-fast."""
    if "’" in text:
        text = text.replace("’", "'")
    if "ʼ" in text:
        text = text.replace("ʼ", "'")
    if "`" in text:
        text = text.replace("`", "'")
    return text
_B = r"(?<![\w'])"  # a word starts here
_E = r"(?![\w'])"  # a word ends here


def _alt(words: list[str], *, dot: bool = False) -> str:
    """A regex matching any of the literal ``words``, longest first, as a trie.

    ``dot``: an English abbreviated month may carry a period ("Sept. 5").
    Spaces inside a word ("a few") match any white space.
    """
    uniq = {str(w).lower() for w in words}
    body = _trie_regex(sorted(uniq)).replace(r"\ ", r"\s+")
    return "(?:" + body + ")" + (r"\.?" if dot else "")


def _frag(data: dict[str, Any], key: str, default: str = "") -> str:
    value = data.get(key, default)
    if value is None:
        return default
    return str(value).replace(" ", r"\s+")


def _structure(pattern: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """``(index, char, depth)`` of the regex's structural characters from ``start``:
    parentheses and '|' outside character classes and escapes, with the group depth
    after an opening and before a closing parenthesis."""
    depth, in_class, escaped = 0, False, False
    for i in range(start, len(pattern)):
        ch = pattern[i]
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
            yield i, ch, depth
        elif ch == ")":
            yield i, ch, depth
            depth -= 1
        elif ch == "|":
            yield i, ch, depth


def _closing_paren(pattern: str, start: int) -> int:
    """Index of the parenthesis closing the one at ``start`` (-1 if none)."""
    for i, ch, depth in _structure(pattern, start):
        if ch == ")" and depth == 1:
            return i
    return -1


def _top_level_alternatives(pattern: str) -> list[str]:
    """Split a regex on the '|' that are outside any group or character class.

    A pattern wholly wrapped in one group, "(?:a|b)", is split inside that group.
    """
    while pattern.startswith("(?:") and _closing_paren(pattern, 0) == len(pattern) - 1:
        pattern = pattern[3:-1]
    cuts = [i for i, ch, depth in _structure(pattern) if ch == "|" and depth == 0]
    bounds = zip([-1, *cuts], [*cuts, len(pattern)])
    return [pattern[a + 1 : b] for a, b in bounds if pattern[a + 1 : b]]


_ESCAPE = re.compile(r"\\.")
_GROUP_OPEN = r"\((?:\?(?:P<\w+>|:|<?[=!]))?"
_OPTIONAL_GROUP = re.compile(_GROUP_OPEN + r"[^()]*\)[?*]")
_GROUP = re.compile(_GROUP_OPEN + r"([^()]*)\)")
_LITERAL_WORD = re.compile(r"[^\W\d_][\w']*")
#: function words too frequent to be worth a look-up on their own
_TOO_COMMON = frozenset("the a an of in on at to for by and or в во у з із с со на до по та і й и".split())


def _trigger_key(word: str) -> str:
    """The form of a trigger word as looked up: lower-cased, up to its first non-letter."""
    m = _LITERAL_WORD.match(str(word).lower())
    return m.group().rstrip("'") if m else ""


def _followed_by(text: str, word: str, nexts: tuple[str, ...]) -> bool:
    """Whether ``word`` occurs in ``text`` right before one of ``nexts`` (plain string
    search: a regex compiled per word took a third of the rules' start-up)."""
    i = text.find(word)
    while i != -1:
        if text.startswith(nexts, i + len(word)):
            return True
        i = text.find(word, i + 1)
    return False


def _trigger_words(source: str) -> list[str]:
    """Words one of which every match of the regex ``source`` must contain.

    Optional groups are dropped; a word outside any group is required (the longest
    one is enough); otherwise any word of the first group of alternatives will do.
    An empty list means the pattern has no such word (it is then never tried).
    """
    s = re.sub(r"\(\?P<\w+>", "(", _ESCAPE.sub(" ", source))
    s = re.sub(r"\(\?(?::|<?[=!])", "(", s)
    while True:
        t = _OPTIONAL_GROUP.sub(" ", s)
        if t == s:
            break
        s = t
    groups = [g for g in _GROUP.findall(s)]
    outside = _LITERAL_WORD.findall(_GROUP.sub(" ", s))
    # a word the regex may extend ("weeks?", "минул\w*") is not a whole word of the text
    outside = [
        w for w in outside
        if w.lower() not in _TOO_COMMON and not _followed_by(s, w, ("[", "(", "?", "*", "+", "{"))
        and not _followed_by(source, w, ("\\w", "\\W", "\\S"))
    ]
    # the longest word; on a tie the later one ("end" in "the end", "week" in "this week")
    best = max(reversed(outside), key=len, default="")
    if best:
        return [best]
    for g in groups:
        alts = [
            max(reversed([w for w in _LITERAL_WORD.findall(a) if w.lower() not in _TOO_COMMON]), key=len, default="")
            for a in g.split("|")
        ]
        if alts and all(alts):
            return alts
    return []


def _trie_regex(words: list[str]) -> str:
    """One regex matching any of ``words`` (longest first), factored as a trie.

    A flat alternation of a few hundred words is tried branch by branch at every
    position; the trie lets the regex engine reject a position on its first letter.
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie) or "(?!)"


class LazyPatterns:
    """``(kind, compiled pattern)`` by index, each compiled the first time it is used.

    A language has over a hundred patterns and compiling them all took a tenth of a
    second per language at start-up; a short run (``kronika dates``, one article) needs
    only the few that its trigger words call for.
    """

    def __init__(self) -> None:
        self._sources: list[tuple[str, str]] = []
        self._compiled: dict[int, tuple[str, re.Pattern[str]]] = {}

    def append(self, kind: str, source: str) -> None:
        self._sources.append((kind, source))

    def __len__(self) -> int:
        return len(self._sources)

    def __getitem__(self, index: int) -> tuple[str, re.Pattern[str]]:
        item = self._compiled.get(index)
        if item is None:
            kind, source = self._sources[index]
            item = self._compiled[index] = (kind, _c(source))
        return item


@dataclass
class Rules:
    """One language's vocabulary (look-up tables) and compiled patterns."""

    lang: str
    month_of: dict[str, int] = field(default_factory=dict)
    weekday_of: dict[str, int] = field(default_factory=dict)
    season_of: dict[str, str] = field(default_factory=dict)
    number_of: dict[str, int] = field(default_factory=dict)
    unit_of: dict[str, str] = field(default_factory=dict)
    relative: list[dict[str, Any]] = field(default_factory=list)
    ambiguous_months: frozenset[str] = frozenset()
    season_bare: frozenset[str] = frozenset()
    weekday_prefix_required: bool = False
    #: (kind, compiled pattern), most specific first
    patterns: LazyPatterns = field(default_factory=LazyPatterns)
    #: finds the words (and digits) that can start the look-up of an expression
    trigger: re.Pattern[str] | None = None
    #: indexes into ``patterns`` to try around a run of digits / around a trigger word
    number_units: tuple[int, ...] = ()
    word_units: dict[str, tuple[int, ...]] = field(default_factory=dict)
    part_of: dict[str, re.Pattern[str]] = field(default_factory=dict)
    period_of: dict[str, re.Pattern[str]] = field(default_factory=dict)
    #: matches right after a number that counts things ("2000 troops"): then it is no year
    count_noun: re.Pattern[str] | None = None
    #: prefixes that make a following number a year whatever comes after it
    strong_year_prefix: re.Pattern[str] | None = None
    #: a prefix that makes a month or year the start of a range to publication ("since")
    since: re.Pattern[str] | None = None
    future: re.Pattern[str] | None = None
    past: re.Pattern[str] | None = None
    #: "last", "next", "this" before a weekday, month or season name
    this_re: re.Pattern[str] | None = None
    last_re: re.Pattern[str] | None = None
    next_re: re.Pattern[str] | None = None
    season_last: re.Pattern[str] | None = None
    season_next: re.Pattern[str] | None = None


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def rules_for(lang: str) -> Rules:
    """The compiled rules of ``lang`` (en, uk, ru)."""
    path = f"language/{lang}/time.yaml"
    data = load(path)
    if not isinstance(data, dict) or "months" not in data:
        raise DataFileError(f"{path}: expected a mapping with 'months'")
    r = Rules(lang)
    for num, forms in data["months"].items():
        for f in forms:
            r.month_of[str(f).lower()] = int(num)
    for num, forms in (data.get("weekdays") or {}).items():
        for f in forms:
            r.weekday_of[str(f).lower()] = int(num)
    for name, forms in (data.get("seasons") or {}).items():
        for f in forms:
            r.season_of[str(f).lower()] = str(name)
    r.number_of = {str(k).lower(): int(v) for k, v in (data.get("numbers") or {}).items()}
    for unit, forms in (data.get("units") or {}).items():
        for f in forms:
            r.unit_of[str(f).lower()] = str(unit)
    r.ambiguous_months = frozenset(str(w).lower() for w in data.get("ambiguous_months") or ())
    r.season_bare = frozenset(str(w).lower() for w in data.get("season_bare") or ())
    r.weekday_prefix_required = bool(data.get("weekday_prefix_required"))
    r.relative = [dict(x) for x in data.get("relative") or ()]

    en = lang == "en"
    month = _alt(list(r.month_of), dot=en)
    weekday = _alt(list(r.weekday_of)) if r.weekday_of else None
    season = _alt(list(r.season_of)) if r.season_of else None
    dsuf = _frag(data, "day_suffix_re")
    day_core = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)" + dsuf
    day = lambda n: rf"(?P<{n}>{day_core})"  # noqa: E731
    mon = lambda n: rf"(?P<{n}>{month}){_E}"  # noqa: E731
    year = lambda n: rf"(?P<{n}>(?:1[89]|20)\d\d)(?!\d)"  # noqa: E731
    yw_re = _frag(data, "year_word_re")
    ysuf = _frag(data, "year_suffix_re")
    yw = (rf"(?:{ysuf})?(?:\s+{yw_re})?" if yw_re else rf"(?:{ysuf})?") if ysuf or yw_re else ""
    frm = _frag(data, "span_from_re")
    to = _frag(data, "span_to_re")
    sep = _frag(data, "list_sep_re")
    dmj = _frag(data, "day_month_join_re")
    mdyj = _frag(data, "month_day_year_join_re")
    myj = _frag(data, "month_year_join_re")
    mpre = _frag(data, "month_prefix_re")
    ypre = _frag(data, "year_prefix_re")
    the = r"(?:the\s+)?" if en else ""
    opt_year = lambda n: rf"(?:,?\s+{year(n)}{yw})?"  # noqa: E731
    span_to = rf"\s*(?:{to})\s*"
    days_list = rf"(?P<days>{day_core}(?:\s*{sep}\s*{day_core})+)"

    pats: list[tuple] = []  # (kind, regex source[, trigger words])
    # spans across months: "з 28 вересня по 3 жовтня", "from September 28 to October 3"
    pats.append(("span_cross", rf"(?:(?P<from>{frm})\s+)?{day('d1')}{dmj}\s+{mon('m1')}{opt_year('y1')}{span_to}{day('d2')}{dmj}\s+{mon('m2')}{opt_year('y2')}"))
    if en:
        pats.append(("span_cross", rf"(?:(?P<from>{frm})\s+)?{mon('m1')}\s+{day('d1')}(?:,?\s+{year('y1')})?{span_to}{mon('m2')}\s+{day('d2')}(?:,?\s+{year('y2')})?"))
        pats.append(("span_days", rf"between\s+{mon('m1')}\s+{day('d1')}\s+and\s+{day('d2')}(?:,?\s+{year('y1')})?"))
        pats.append(("span_days", rf"(?:(?P<from>{frm})\s+)?{mon('m1')}\s+{day('d1')}{span_to}{day('d2')}(?:,?\s+{year('y1')})?"))
    # spans inside a month: "з 12 по 16 вересня", "12-16 September"
    pats.append(("span_days", rf"(?:(?P<from>{frm})\s+)?{day('d1')}{span_to}{day('d2')}{dmj}\s+{mon('m1')}{opt_year('y1')}"))
    # day lists: "6, 8 та 9 жовтня", "October 6, 8, and 9"
    pats.append(("list", rf"{days_list}{dmj}\s+{mon('m1')}{opt_year('y1')}"))
    if en:
        pats.append(("list", rf"{mon('m1')}\s+{days_list}(?:,?\s+{year('y1')})?"))
    # full and partial dates
    pats.append(("date", rf"{day('d1')}{dmj}\s+{mon('m1')}{mdyj}\s+{year('y1')}{yw}"))
    if en:
        pats.append(("date", rf"{mon('m1')}\s+{day('d1')}{mdyj}\s+{year('y1')}"))
    pats.append(("numeric", r"(?P<y1>(?:1[89]|20)\d\d)-(?P<m1>0[1-9]|1[0-2])-(?P<d1>0[1-9]|[12]\d|3[01])(?![\d-])"))
    if data.get("numeric_dates") == "dmy":
        pats.append(("numeric", r"(?<![\d.])(?P<d1>0?[1-9]|[12]\d|3[01])\.(?P<m1>0?[1-9]|1[0-2])\.(?P<y1>(?:1[89]|20)\d\d)(?![\d.]\d)"))
    pats.append(("day_month", rf"{day('d1')}{dmj}\s+{mon('m1')}"))
    if en:
        pats.append(("day_month", rf"{mon('m1')}\s+{day('d1')}(?![\d,]\d)"))
    # parts of a month or a year: "наприкінці вересня", "at the end of 2022", "в начале года"
    parts = data.get("parts") or {}
    periods = data.get("part_periods") or {}
    part_alt = "|".join(f"(?P<p_{k}>{_frag(parts, k)})" for k in parts)
    period_alt = "|".join(f"(?P<q_{k}>{_frag(periods, k)})" for k in periods)
    if part_alt:
        glue = r"(?:\s+|(?<=-))"
        pats.append(("part", rf"(?:{part_alt}){glue}{the}(?:{mon('m1')}(?:{myj}\s+{year('y1')}{yw})?|{year('y2')}{yw}|(?:{period_alt}){_E})"))
    # month spans: "з березня по травень", "from March to May 2022"
    pats.append(("month_span", rf"(?:(?P<from>{frm})\s+){mon('m1')}{span_to}{mon('m2')}(?:{myj}\s+{year('y1')}{yw})?"))
    # "between 2020 and 2022", "між 12 і 16 вересня"
    btw, btw_and = _frag(data, "between_re"), _frag(data, "between_and_re")
    if btw and btw_and:
        pats.append(("year_span", rf"(?P<from>{btw})\s+{year('y1')}\s+(?:{btw_and})\s+{year('y2')}{yw}"))
        pats.append(("span_days", rf"(?P<from>{btw})\s+{day('d1')}\s+(?:{btw_and})\s+{day('d2')}{dmj}\s+{mon('m1')}{opt_year('y1')}"))
    # year spans: "2020-2022", "з 2020 по 2022 рік"
    pats.append(("year_span", rf"(?:(?P<from>{frm})\s+|(?P<pre>{ypre})\s+)?{the}{year('y1')}{span_to}{year('y2')}{yw}"))
    # month with a year, then alone: "September 2022", "у березні", "in March"
    pats.append(("month_year", rf"(?:(?P<pre>{mpre})\s+)?{mon('m1')}{myj}\s+{year('y1')}{yw}"))
    pats.append(("month", rf"(?:(?P<pre>{mpre})\s+)?{mon('m1')}"))
    # a year alone needs a cue: a preposition before it or a year word after it
    pats.append(("year", rf"(?:(?P<pre>{ypre})\s+)?{the}{year('y1')}(?P<yw>{yw})"))
    # relative expressions: each alternative of each rule is a pattern of its own, so the
    # longest one wins ("earlier this month" over "earlier"); its group name r<rule>_<k>
    # says which rule matched.
    alternatives = [
        (i, k, alt)
        for i, rule in enumerate(r.relative)
        for k, alt in enumerate(_top_level_alternatives(_frag(rule, "re")))
    ]
    for i, k, alt in alternatives:
        pats.append(("relative", f"(?P<r{i}_{k}>{alt})", _trigger_words(alt)))
    if data.get("ago_re") and r.number_of:
        ago = str(data["ago_re"]).format(numbers=_alt(list(r.number_of)), units=_alt(list(r.unit_of)))
        template = str(data["ago_re"]).format(numbers="(?:0)", units="(?:0)")
        pats.append(("ago", ago.replace(" ", r"\s+"), _trigger_words(template)))
    if weekday:
        wpre = _frag(data, "weekday_prefix_re")
        opt = "" if r.weekday_prefix_required else "?"
        pats.append(("weekday", rf"(?:(?P<pre>{wpre})\s+){opt}(?P<w>{weekday})"))
    if season:
        spre = _frag(data, "season_prefix_re")
        pats.append(("season", rf"(?:(?P<pre>{spre})\s+)?{the}(?P<s>{season}){_E}(?:\s+(?:of\s+)?{year('y1')}{yw})?"))
    # Which words make each pattern worth trying: running every pattern over the whole
    # text cost ~15 ms per article; trying them only around their trigger words keeps
    # the resolver near 1 ms.
    month_words = list(r.month_of)
    by_kind: dict[str, list[str]] = {
        # everything naming a month is looked for around the month word
        **{k: month_words for k in ("span_cross", "span_days", "list", "date", "day_month", "month_year",
                                     "month", "month_span")},
        "weekday": list(r.weekday_of),
        "season": list(r.season_of),
        "part": [w for k in parts for alt in _top_level_alternatives(_frag(parts, k)) for w in _trigger_words(alt)],
    }
    numeric_kinds = {"numeric", "year_span", "year"}
    r.patterns = LazyPatterns()
    numbers: list[int] = []
    words: dict[str, list[int]] = {}
    for kind, source, *extra in pats:
        index = len(r.patterns)
        r.patterns.append(kind, _B + source + _E if not source.endswith(_E) else _B + source)
        if kind in numeric_kinds:
            numbers.append(index)
        for w in (extra[0] if extra else by_kind.get(kind, ())):
            words.setdefault(_trigger_key(w), []).append(index)
    r.number_units = tuple(numbers)
    r.word_units = {w: tuple(dict.fromkeys(v)) for w, v in words.items() if w}
    # matched against the lower-cased text: a case-sensitive trie is several times faster
    r.trigger = re.compile(r"(?P<n>\d+)|(?<![\w'])(?P<w>" + _trie_regex(list(r.word_units)) + r")(?![\w'])")
    r.part_of = {k: _c(f"^(?:{_frag(parts, k)})$") for k in parts}
    counted = [str(w) for w in data.get("count_nouns") or ()]
    r.count_noun = _c(r"\s+" + _alt(counted) + _E) if counted else None
    strong = data.get("year_strong_prefix_re")
    r.strong_year_prefix = _c(f"(?:{_frag(data, 'year_strong_prefix_re')})") if strong else None
    r.since = _c(f"(?:{_frag(data, 'since_re')})") if data.get("since_re") else None
    r.future = _c(_B + f"(?:{_frag(data, 'future_re', 'will')})" + _E)
    r.past = _c(_B + f"(?:{_frag(data, 'past_re', 'was')})" + _E)
    r.this_re = _c(f"(?:{_frag(data, 'this_re', 'this')})")
    r.last_re = _c(f"^(?:{_frag(data, 'weekday_last_re', 'last')})")
    r.next_re = _c(f"^(?:{_frag(data, 'weekday_next_re', 'next')})")
    r.season_last = _c(f"^(?:{_frag(data, 'season_last_re', 'last')})")
    r.season_next = _c(f"^(?:{_frag(data, 'season_next_re', 'next')})")
    return r
