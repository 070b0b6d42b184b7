"""Scraped text to clean text: title line, blank line, paragraphs separated by blank lines.

What a scraper copies besides the article, and how each is recognised (the patterns
are data in ``kronika/data/documents``, so a new site's furniture is a YAML edit):

- a language switcher line ("ua en ru", "EN | UA | RU", "Укр Eng Рус"): every token is
  a language name or code (``navigation.yaml``);
- menus and breadcrumbs ("Home › World › Europe"): three or more short items joined by
  a separator;
- page furniture ("Share", "Read also: ...", "Теги: ..."): whole-line patterns per
  language (``<lang>/boilerplate.yaml``); all languages' patterns apply, because the
  language is only known once the text is clean;
- a date line near the top ("12.02.2026 09:15"): removed, its date kept as the
  publication date (:mod:`kronika.documents.dateline`);
- the title repeated with a photo caption glued to it ("<title> <caption> (photo:
  Getty Images)"), and short caption lines ("Фото: Reuters"): credit words per language
  (``<lang>/captions.yaml``).

The title is the first substantive line. Later stages treat blank lines as paragraph
boundaries and sub-headings as paragraphs of their own, so lines are kept as paragraphs
unless they are visibly hard-wrapped pieces of one paragraph.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from kronika.documents.dateline import parse_dateline
from kronika.errors import DataFileError
from kronika.model import SUPPORTED_LANGUAGES
from kronika.resources import load

#: Date lines ("12.02.2026 09:15") are looked for among this many first lines.
DATELINE_WINDOW = 10

#: A line longer than this is a paragraph, never a title or a caption.
MAX_TITLE_CHARS = 250
MAX_CAPTION_CHARS = 300

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_WORD = re.compile(r"[^\W\d_]{2,}")
_SENTENCE_END = re.compile(r"[.!?…:;\"»”’)\]]$")
_QUOTES = str.maketrans({"«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "’": "'", "‘": "'"})


@dataclass(frozen=True, slots=True)
class CleanText:
    title: str
    paragraphs: tuple[str, ...]
    #: from a date line near the top ("19 листопада 2025, 16:05"), if there was one
    published: date | None = None

    @property
    def text(self) -> str:
        """The clean text: the title line, a blank line, then paragraphs separated by blank lines."""
        parts = ([self.title] if self.title else []) + list(self.paragraphs)
        return "\n\n".join(parts)


# --------------------------------------------------------------------------- rules from data


@dataclass(frozen=True, slots=True)
class _Rules:
    language_tokens: frozenset[str]
    menu_split: re.Pattern[str]
    menu_item_max_words: int
    #: every language's boilerplate patterns as one alternation: one match call a line
    boilerplate: re.Pattern[str]
    separators: str
    caption_tail: re.Pattern[str]
    caption_head: re.Pattern[str]


@functools.lru_cache(maxsize=1)
def _rules() -> _Rules:
    nav = load("documents/navigation.yaml")
    boiler: list[str] = []
    credit_words: list[str] = []
    for lang in SUPPORTED_LANGUAGES:
        for pattern in load(f"documents/{lang}/boilerplate.yaml") or []:
            try:
                re.compile(pattern)
            except re.error as e:
                raise DataFileError(f"documents/{lang}/boilerplate.yaml: bad pattern {pattern!r}: {e}") from e
            boiler.append(f"(?:{pattern})")
        credit_words += [str(w) for w in load(f"documents/{lang}/captions.yaml") or []]
    # Longest first, so "photo by" wins over "photo"; "(?!)" never matches (no words given).
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(credit_words), key=len, reverse=True)) or "(?!)"
    by_words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in credit_words if w.endswith(" by"))
    seps = "".join(re.escape(s) for s in nav.get("menu_separators", []))
    return _Rules(
        language_tokens=frozenset(str(t).casefold() for t in nav.get("language_tokens", [])),
        menu_split=re.compile(rf"\s*[{seps}]\s*") if seps else re.compile(r"(?!)"),
        menu_item_max_words=int(nav.get("menu_item_max_words", 3)),
        boilerplate=re.compile("|".join(boiler), re.IGNORECASE) if boiler else re.compile(r"(?!)"),
        separators="".join(str(x) for x in nav.get("menu_separators", [])),
        # "... (photo: Getty Images)", "... [Фото: УНІАН]", "... (Photo by AP)" at the end of a line
        caption_tail=re.compile(rf"[(\[]\s*(?:{words})\b\s*[:\-–—]?\s*[^()\[\]]{{0,80}}[)\]]\s*$", re.IGNORECASE),
        # "Фото: Reuters", "Illustrative photo" as the start of a line; "Photo by AP"
        # (a credit word ending in "by" needs no colon)
        caption_head=re.compile(
            rf"^(?:(?:{words})\b\s*(?:[:\-–—|/]|$)|(?:{by_words})\s+\S)" if by_words else rf"^(?:{words})\b\s*(?:[:\-–—|/]|$)",
            re.IGNORECASE,
        ),
    )


def reload_rules() -> None:
    """Read the pattern files again (after a user edits one in a long-running process)."""
    from kronika.documents.dateline import _patterns
    from kronika.resources import clear_cache

    clear_cache()
    _rules.cache_clear()
    _patterns.cache_clear()


# --------------------------------------------------------------------------- line kinds


def normalise_line(line: str) -> str:
    """NFC, invisible characters removed, runs of spaces collapsed, trimmed."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", unicodedata.normalize("NFC", line))).strip()


def split_lines(text: str) -> list[str]:
    """Normalised lines; blank lines are kept as "" (they mark paragraph ends)."""
    text = _NEWLINES.sub("\n", _INVISIBLE.sub("", unicodedata.normalize("NFC", text)))
    return [_SPACES.sub(" ", ln).strip() for ln in text.split("\n")]


def is_language_switcher(line: str) -> bool:
    if len(line) > 80:
        return False
    rules = _rules()
    tokens = [t.strip(".").casefold() for t in re.split(r"[\s|/•·,]+", line) if t.strip(" .")]
    return len(tokens) >= 2 and all(t in rules.language_tokens for t in tokens)


def strip_switcher_prefix(line: str) -> str:
    """ "UA EN RU Talks resume in Baku" -> "Talks resume in Baku": a switcher glued to a line."""
    tokens = line.split(" ")
    rules = _rules()
    n = 0
    while n < len(tokens) and tokens[n].strip("|/·•,.").casefold() in rules.language_tokens | {""}:
        n += 1
    if n < 2 or not any(tokens[i].strip("|/·•,.") for i in range(n)):
        return line
    rest = " ".join(tokens[n:]).lstrip("|/·•, ")
    return rest if is_substantive(rest) and len(rest.split()) >= 3 else line


def is_menu(line: str) -> bool:
    rules = _rules()
    if len(line) > 300 or not any(sep in line for sep in rules.separators):
        return False
    items = [i for i in rules.menu_split.split(line) if i]
    if len(items) < 3:
        return False
    return all(len(i.split()) <= rules.menu_item_max_words and not _SENTENCE_END.search(i) for i in items)


def is_boilerplate(line: str) -> bool:
    return _rules().boilerplate.fullmatch(line) is not None if len(line) <= 400 else False


def is_caption(line: str) -> bool:
    """A short line that carries a photo credit: a caption, not article text."""
    if len(line) > MAX_CAPTION_CHARS:
        return False
    rules = _rules()
    return bool(rules.caption_tail.search(line) or rules.caption_head.match(line))


def is_furniture(line: str) -> bool:
    """Navigation, switcher, boilerplate or caption: never part of the article."""
    return is_language_switcher(line) or is_menu(line) or is_boilerplate(line) or is_caption(line)


def is_substantive(line: str) -> bool:
    """At least two words (or one long word): a line that can be a title."""
    words = _WORD.findall(line)
    return len(words) >= 2 or (len(words) == 1 and len(line) >= 12)


def _key(s: str) -> str:
    """Comparison form: case, quotes and spacing differences ignored."""
    return _SPACES.sub(" ", s.translate(_QUOTES)).casefold().strip(" .")


def _repeats_title(line: str, title: str) -> bool:
    """The title again, alone or with a caption glued after it (the seed's "<title> <caption> (photo: ...)")."""
    # cheap refusal first; characters 1-4 skip an opening quote that may differ in style
    if not title or len(line) + 2 < len(title) or line[1:5].casefold() != title[1:5].casefold():
        return False
    k, t = _key(line), _key(title)
    if k == t:
        return True
    if not k.startswith(t) or len(line) > len(title) + MAX_CAPTION_CHARS:
        return False
    rest = line[len(title):].strip() if line.casefold().startswith(title.casefold()) else k[len(t):].strip()
    # Either a credit marks it as a caption, or the remainder is a short fragment that
    # does not end as a sentence (a caption without credit); a lead paragraph that
    # happens to begin with the headline ends as a sentence and is kept.
    return bool(_rules().caption_tail.search(rest)) or (len(rest) < 150 and not _SENTENCE_END.search(rest))


# --------------------------------------------------------------------------- paragraphs


def _wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped text was wrapped at, or None when lines are paragraphs.

    Hard-wrapped text (mail, plain-text archives) has most lines close to one width of
    at most about 100 characters; scraped web text has one paragraph per line, of very
    different lengths.
    """
    lengths = sorted(len(ln) for ln in lines if ln)
    if len(lengths) < 5:
        return None
    width = lengths[int(len(lengths) * 0.9) - 1]
    if width > 100 or width < 30:
        return None
    near = sum(1 for n in lengths if n >= 0.7 * width)
    return width if near >= 0.5 * len(lengths) else None


def _continues(prev: str, nxt: str, width: int | None) -> bool:
    """Whether ``nxt`` continues the paragraph of ``prev`` rather than starting one."""
    if not prev or not nxt:
        return False
    if width is not None and len(prev) >= 0.7 * width:
        return True  # a full line of wrapped text: the paragraph goes on
    # A sentence broken mid-way (a stray <br>, a copy-paste wrap): next starts in lower case.
    return not _SENTENCE_END.search(prev) and (nxt[0].islower() or nxt[0] in ",;)")


def _paragraphs(lines: list[str], *, join_wrapped: bool) -> list[str]:
    """Group lines into paragraphs; each line is its own paragraph unless it continues one."""
    width = _wrap_width(lines) if join_wrapped else None
    paras: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paras.append(current)
            current = ""
            continue
        if current and join_wrapped and _continues(current, line, width):
            if current.endswith("-") and line[:1].islower() and not current.endswith(" -"):
                current = current[:-1] + line  # word hyphenated at the wrap
            else:
                current = f"{current} {line}"
            continue
        if current:
            paras.append(current)
        current = line
    if current:
        paras.append(current)
    return paras


def clean(text: str, *, title: str | None = None, join_wrapped: bool = True) -> CleanText:
    """Clean scraped text; ``title`` is the title a source declared (HTML, JSONL, feeds).

    Without a declared title, the first substantive line is the title when it is short
    enough to be one and something follows it; otherwise the document has no title.
    ``join_wrapped=False`` for text whose lines are already paragraphs (HTML extraction).
    """
    lines: list[str] = []
    published: date | None = None
    seen = 0
    in_header = True
    for ln in split_lines(text):
        if ln:
            seen += 1
            if seen <= 3:
                ln = strip_switcher_prefix(ln)
            if is_furniture(ln):
                continue
            if in_header and seen <= DATELINE_WINDOW:
                found = parse_dateline(ln)
                if found is not None:
                    published = published or found
                    continue
            if len(ln) >= 120:
                in_header = False  # the article has begun: a date alone now is a sub-heading
        lines.append(ln)
    declared = normalise_line(title) if title else ""
    paras = _paragraphs(lines, join_wrapped=join_wrapped)

    if declared:
        head = declared
    else:
        head = ""
        while paras and not is_substantive(paras[0]):
            paras.pop(0)  # stray fragments before the title ("|", "12:40")
        if len(paras) >= 2 and len(paras[0]) <= MAX_TITLE_CHARS and not paras[0].endswith((".", ",", ";")):
            head = paras.pop(0)
    # The title repeated (alone or with a caption glued to it) is dropped wherever it appears.
    body = tuple(p for p in paras if not _repeats_title(p, head))
    return CleanText(head, body, published)
