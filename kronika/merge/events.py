"""Merging event records in memory (no store): the same rule as the store uses.

Used by exports of freshly extracted records and by tests; stored mentions are merged
by :mod:`kronika.merge.stored`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from kronika.merge.batch import merge_block
from kronika.merge.model import MentionRef, MergedEvent, with_date
from kronika.merge.rule import Cluster, MentionInfo, event_block_key
from kronika.model import Event


def first_report(members: Sequence[MentionInfo]) -> MentionInfo:
    """The earliest published mention; within that document a dated one (the fullest
    record), then the one stored first."""
    return min(members, key=lambda m: (m.published if m.published is not None else 10**9, m.weak, m.mid))


def date_source(members: Sequence[MentionInfo]) -> MentionInfo:
    """The mention with the tightest date the text itself gives; the first report if none."""
    strong = [m for m in members if not m.weak and m.start is not None]
    if not strong:
        return first_report(members)
    return min(strong, key=lambda m: (m.end - m.start, m.published or 10**9, m.mid))  # type: ignore[operator]


def ordered(members: Sequence[MentionInfo]) -> list[MentionInfo]:
    """Mentions in report order: by publication, document, sentence."""
    return sorted(members, key=lambda m: (m.published if m.published is not None else 10**9,
                                          m.document_id, m.sentence_index, m.mid))


def merged_from(cluster: Cluster, events: dict[int, Event]) -> MergedEvent:
    """A :class:`MergedEvent` from a cluster whose members' mids index ``events``."""
    first = events[first_report(cluster.members).mid]
    dated = events[date_source(cluster.members).mid]
    mentions = tuple(MentionRef.of(events[m.mid]) for m in ordered(cluster.members))
    return MergedEvent(first.id, with_date(first, dated.date), mentions)


def merge_events(events: Iterable[Event]) -> list[MergedEvent]:
    """Merge event records into events (see :mod:`kronika.merge.rule`), by first report date."""
    by_mid: dict[int, Event] = {}
    blocks: dict[str, list[MentionInfo]] = defaultdict(list)
    for mid, ev in enumerate(events):
        by_mid[mid] = ev
        blocks[event_block_key(ev)].append(MentionInfo.of_event(mid, ev))
    merged = [merged_from(c, by_mid) for key in sorted(blocks) for c in merge_block(blocks[key])]
    merged.sort(key=lambda m: (m.event.date.start or "", m.id))
    return merged


__all__ = ["date_source", "first_report", "merge_events", "merged_from", "ordered"]
