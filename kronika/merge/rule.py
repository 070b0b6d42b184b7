"""When two event mentions report the same real-world event: Kronika's merge rule.

A mention is one coded event record (one sentence of one document). The same event is
reported many times: twice in one article, in other articles, in other languages. The
rule decides, for a new mention and an existing merged event (a *cluster* of
mentions), whether the mention belongs to it.

The rule, in order of cost (cheap tests first, so a million mentions merge quickly):

1. **Block.** Only mentions with the same block key are ever compared: event type,
   mode, factuality, sanction action and the *unordered* pair of country sets of the
   two sides. So a lifting never merges with an imposition (different type), a
   strengthening never with an imposition (different sanction action), a refusal to
   lift ("not ready to lift", REJECT asserted) never with a lifting, and only asserted
   mentions merge with asserted ones. Easing and lifting share a block, and merge only
   inside one document where one of the two has no date of its own ("in September
   Washington partially lifted sanctions on Belavia … the United States lifted
   sanctions on Belavia"): an easing and a later full lifting stay two events.
2. **Dates.** A date given by the text ("in September", "in 2020") is *strong*; a
   date that is only the publication date (precision ``published``) is *weak*: the
   event happened at some time up to the publication. Two strong dates must overlap
   (the looser one containing the tighter one is the usual case); the cluster keeps the
   intersection, so "2025" then "September 2025" then "October 2025" gives two events,
   not one. A weak date stands for the window ``[published - WEAK_WINDOW_DAYS,
   published]``; inside one document it stands for everything up to the publication,
   because an article that names the event twice names it once with its date. So two
   releases months apart, or an imposition in 2020 and a strengthening in 2022, stay
   apart.
3. **Sides.** The actors of the mention must match the actors of some member of the
   cluster and the recipients its recipients (either way round when either mention is
   reciprocal: meetings, calls, joint exercises). A side matches when the canonical
   keys overlap: the entity id, or the casefolded canonical name with its country. The
   canonical name comes from the actor dictionary and does not depend on the language
   of the text. Across languages only, where the names still differ and some entity
   has no id (a name the dictionary does not know is kept as written: Белавіа,
   Белавиа, Belavia), the sides match when their sets of (country, sector) are equal
   and every country is known. Within one language different names are different
   actors (Belavia is not Belaruskali even though both are Belarusian companies), and
   entities with different ids are different actors in every language.
4. **Sizes.** Where both give a quantity of the same kind (people released) the
   ranges must overlap: 14 released is not 52 released.

The first compatible cluster wins, preferring one the same document already reports,
then the one with the tightest date, then the earliest reported. Clusters are never
fused afterwards, so the result depends on the order mentions arrive; within a
document dated mentions go first, and :func:`kronika.merge.stored.rebuild` processes
everything in publication order, which is the order news usually arrives in (an
ingest in that order gives exactly the rebuild's events; a test pins this).
Stored mentions are merged by :mod:`kronika.merge.stored` (lazily, incrementally).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable

from kronika.model import Event

# The indexed columns of a stored mention are the rule's keys; they are computed by the
# store (which comes before this stage and must not depend on it) and shared here.
from kronika.store.events import (
    OPEN_MARKER as _OPEN, SEP as _SEP, UNKNOWN_COUNTRY as _UNKNOWN_COUNTRY, block_key, entity_keys,
    event_block_key, side_countries, side_cs, side_keys, side_names,
)

#: How far before its publication an event reported without a date of its own may lie
#: (days). Wider merges more reports of older events; narrower keeps repeated events
#: (monthly prisoner releases) apart. 30 days: a month-old event reported without a
#: date still merges with its dated reports.
WEAK_WINDOW_DAYS = 30

#: Date precision of an event whose only date is its document's publication.
WEAK_PRECISION = "published"


# --------------------------------------------------------------------------- mention info


@dataclass(frozen=True, slots=True)
class Side:
    keys: frozenset[str]
    cs: frozenset[str]
    countries: frozenset[str]
    #: some entity has no id: its name may be a language-specific spelling
    open: bool = False

    @classmethod
    def parse(cls, keys: str, cs: str, countries: str) -> "Side":
        """From the '|'-joined store columns; shared instances keep a million mentions small."""
        return _parse_side(keys, cs, countries)


@functools.lru_cache(maxsize=65536)
def _parse_side(keys: str, cs: str, countries: str) -> Side:
    def split(s: str) -> frozenset[str]:
        return frozenset(s.split(_SEP)) if s else frozenset()
    pairs = split(cs)
    return Side(split(keys), pairs - {_OPEN}, split(countries), _OPEN in pairs)


def _ordinal(iso: str | None) -> int | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10]).toordinal()
    except ValueError:
        return None


def _size_ranges(size: dict[str, Any] | None) -> dict[str, tuple[float, float]]:
    out: dict[str, tuple[float, float]] = {}
    for kind, value in (size or {}).items():
        if not isinstance(value, dict):
            continue
        lo, hi = value.get("min"), value.get("max")
        if not isinstance(lo, (int, float)) and not isinstance(hi, (int, float)):
            continue
        out[kind] = (float(lo) if isinstance(lo, (int, float)) else float("-inf"),
                     float(hi) if isinstance(hi, (int, float)) else float("inf"))
    return out


@dataclass(slots=True)
class MentionInfo:
    """What the rule needs to know of one mention (built from an Event or a store row)."""

    mid: int
    document_id: str
    sentence_index: int
    language: str
    actor: Side
    recipient: Side
    reciprocal: bool
    #: ordinal day numbers; for a weak date start == end == publication
    start: int | None
    end: int | None
    weak: bool
    published: int | None
    sizes: dict[str, tuple[float, float]] = field(default_factory=dict)
    #: the date as the record gives it (for the merged event's consolidated date)
    precision: str | None = None
    date_text: str | None = None
    #: the event record id
    event_id: str = ""
    sanction_action: str | None = None

    @classmethod
    def of_event(cls, mid: int, ev: Event) -> "MentionInfo":
        return cls.of_columns(
            mid, ev.document.id, ev.evidence.sentence_index, ev.language or ev.document.language,
            side_keys(ev.actor), side_cs(ev.actor), side_countries(ev.actor),
            side_keys(ev.recipient), side_cs(ev.recipient), side_countries(ev.recipient),
            ev.reciprocal, ev.date.start, ev.date.end, ev.date.precision, ev.document.published, ev.size,
            ev.date.text, ev.id, ev.sanction_action,
        )

    @classmethod
    def of_columns(cls, mid: int, document_id: str, sentence_index: int, language: str,
                   actor_keys: str, actor_cs: str, actor_countries: str,
                   recipient_keys: str, recipient_cs: str, recipient_countries: str,
                   reciprocal: bool, date_start: str | None, date_end: str | None, precision: str | None,
                   published: str | None, size: dict[str, Any] | str | None,
                   date_text: str | None = None, event_id: str = "",
                   sanction_action: str | None = None) -> "MentionInfo":
        start, end = _ordinal(date_start), _ordinal(date_end)
        pub = _ordinal(published)
        weak = precision == WEAK_PRECISION or start is None or end is None
        if weak:
            # The publication is the upper bound of a weak date; the date record may
            # carry it too when the document did not.
            pub = pub if pub is not None else (end if end is not None else start)
            start = end = pub
        elif end < start:
            start, end = end, start
        if isinstance(size, str):
            try:
                size = json.loads(size)
            except ValueError:
                size = None
        return cls(
            mid, document_id, sentence_index, language,
            Side.parse(actor_keys, actor_cs, actor_countries),
            Side.parse(recipient_keys, recipient_cs, recipient_countries),
            bool(reciprocal), start, end, weak, pub, _size_ranges(size if isinstance(size, dict) else None),
            WEAK_PRECISION if weak else precision, None if weak else date_text, event_id, sanction_action or None,
        )

    @property
    def window(self) -> tuple[int, int] | None:
        """The days this mention's event may lie in, for comparison with other documents."""
        if self.start is None:
            return None
        if self.weak:
            return (self.start - WEAK_WINDOW_DAYS, self.start)
        return (self.start, self.end)  # type: ignore[return-value]

    @property
    def sort_key(self) -> tuple:
        """Arrival order for a batch merge: by publication, then document, dated first."""
        span = (self.end - self.start) if (self.start is not None and not self.weak) else 10**9
        return (self.published if self.published is not None else 10**9, self.document_id, self.weak, span,
                self.sentence_index, self.mid)


# --------------------------------------------------------------------------- clusters


@dataclass(slots=True, eq=False)
class Cluster:
    """A merged event under construction: its members and their consolidated dates."""

    members: list[MentionInfo] = field(default_factory=list)
    #: intersection of the members' strong dates (ordinals), None if all are weak
    strong: tuple[int, int] | None = None
    pub_min: int | None = None
    pub_max: int | None = None
    documents: set[str] = field(default_factory=set)
    pk: int | None = None
    #: the smallest member sort key: a tie-break that depends on content, not arrival
    first_key: tuple | None = None

    @classmethod
    def of(cls, members: Iterable[MentionInfo], pk: int | None = None) -> "Cluster":
        c = cls(pk=pk)
        for m in members:
            c.absorb(m)
        return c

    def absorb(self, m: MentionInfo) -> None:
        self.members.append(m)
        self.documents.add(m.document_id)
        key = m.sort_key
        if self.first_key is None or key < self.first_key:
            self.first_key = key
        if m.start is not None and not m.weak:
            if self.strong is None:
                self.strong = (m.start, m.end)  # type: ignore[assignment]
            else:
                lo, hi = max(self.strong[0], m.start), min(self.strong[1], m.end)  # type: ignore[type-var]
                # Never empty when the rule admitted m; kept safe for rows merged elsewhere.
                self.strong = (lo, hi) if lo <= hi else self.strong
        if m.published is not None:
            self.pub_min = m.published if self.pub_min is None else min(self.pub_min, m.published)
            self.pub_max = m.published if self.pub_max is None else max(self.pub_max, m.published)

    @property
    def envelope(self) -> tuple[int, int] | None:
        """Days a mention of another document must touch to be compared at all."""
        if self.strong is not None:
            return self.strong
        if self.pub_min is None or self.pub_max is None:
            return None
        return (self.pub_min - WEAK_WINDOW_DAYS, self.pub_max)

    @property
    def span(self) -> int:
        env = self.envelope
        return (env[1] - env[0]) if env else 10**9


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def dates_compatible(c: Cluster, m: MentionInfo) -> bool:
    """Rule step 2: the dates of the mention and of the cluster may denote the same day."""
    same_document = m.document_id in c.documents
    if m.weak and same_document and m.published is not None:
        # In its own article an undated mention may refer back to any earlier event.
        return c.strong is None or c.strong[0] <= m.published
    if not m.weak and same_document and c.strong is None and c.pub_max is not None:
        return m.start is not None and m.start <= c.pub_max
    window, env = m.window, c.envelope
    if window is None or env is None:
        return False
    return _overlap(window, env)


def side_match(a: Side, b: Side, cross_language: bool) -> bool:
    """Rule step 3 for one side: canonical keys overlap (or, across languages, where a
    side has an entity without an id, the country/sector sets are equal with every
    country known). Two sides whose entities all have ids and share none are different
    actors in any language."""
    if not a.keys and not b.keys:
        return True
    if a.keys & b.keys:
        return True
    if (cross_language and (a.open or b.open) and a.cs and a.cs == b.cs
            and _UNKNOWN_COUNTRY not in a.countries):
        return True
    return False


def sides_compatible(a: MentionInfo, m: MentionInfo) -> bool:
    cross = a.language != m.language
    if side_match(a.actor, m.actor, cross) and side_match(a.recipient, m.recipient, cross):
        return True
    if a.reciprocal or m.reciprocal:
        return side_match(a.actor, m.recipient, cross) and side_match(a.recipient, m.actor, cross)
    return False


def sizes_compatible(a: MentionInfo, m: MentionInfo) -> bool:
    for kind, (lo, hi) in m.sizes.items():
        other = a.sizes.get(kind)
        if other and not (lo <= other[1] and other[0] <= hi):
            return False
    return True


def actions_compatible(c: Cluster, m: MentionInfo) -> bool:
    """Rule step 1b: the same sanction action as some member, or (easing vs lifting)
    a member of the same document where one of the two has no date of its own."""
    for a in c.members:
        if a.sanction_action == m.sanction_action:
            return True
        if a.document_id == m.document_id and (a.weak or m.weak):
            return True
    return False


def compatible(c: Cluster, m: MentionInfo) -> bool:
    """Whether mention ``m`` reports the event of cluster ``c`` (same block assumed)."""
    if not actions_compatible(c, m):
        return False
    if not dates_compatible(c, m):
        return False
    if not all(sizes_compatible(a, m) for a in c.members):
        return False
    return any(sides_compatible(a, m) for a in c.members)


def choose(candidates: Iterable[Cluster], m: MentionInfo) -> Cluster | None:
    """The cluster ``m`` joins: same document first, then the tightest date, then the
    earliest reported (a tie-break by content, so the store's incremental merge and a
    rebuild agree); None: a new event."""
    best: Cluster | None = None
    best_key: tuple | None = None
    for c in candidates:
        if not compatible(c, m):
            continue
        key = (m.document_id not in c.documents, c.span, c.first_key)
        if best_key is None or key < best_key:
            best, best_key = c, key
    return best


__all__ = [
    "Cluster", "MentionInfo", "Side", "WEAK_PRECISION", "WEAK_WINDOW_DAYS", "block_key", "choose",
    "actions_compatible", "compatible", "dates_compatible", "entity_keys", "event_block_key", "side_cs", "side_countries",
    "side_keys", "side_match", "side_names", "sides_compatible", "sizes_compatible",
]
