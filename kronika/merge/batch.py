"""Merging many mentions at once: one block at a time, candidates found by date buckets.

Comparing every mention of a block with every cluster would be quadratic, and some
blocks are large (every asserted SANCTION of the EU against Russia). Clusters are
therefore registered in 32-day buckets covering their date envelope; a mention only
meets the clusters registered in the buckets its own window touches, plus the clusters
its own document already reports (whose weak dates reach back without limit). Wide
envelopes (a decade, say) go to a short list every mention of the block checks.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from kronika.merge.rule import Cluster, MentionInfo, choose

_BUCKET_DAYS = 32
_WIDE_BUCKETS = 24  # envelopes spanning more buckets than this go to the wide list
_WIDE = (-1, -1)


class BlockMerger:
    """Merges the mentions of one block, given in arrival order."""

    def __init__(self) -> None:
        self.clusters: list[Cluster] = []
        self._buckets: dict[int, list[Cluster]] = defaultdict(list)
        self._wide: list[Cluster] = []
        self._by_document: dict[str, list[Cluster]] = defaultdict(list)
        self._registered: dict[int, tuple[int, int]] = {}

    def _register(self, c: Cluster) -> None:
        env = c.envelope
        if env is None:
            return
        prev = self._registered.get(id(c))
        if prev == _WIDE:
            return
        lo, hi = env[0] // _BUCKET_DAYS, env[1] // _BUCKET_DAYS
        if prev is not None and prev[0] <= lo and hi <= prev[1]:
            return  # envelopes narrow as strong dates intersect: already registered wider
        if hi - lo > _WIDE_BUCKETS:
            self._wide.append(c)
            self._registered[id(c)] = _WIDE
            return
        for b in range(lo, hi + 1):
            if prev is None or not (prev[0] <= b <= prev[1]):
                self._buckets[b].append(c)
        # a new envelope always overlaps the old one, so the union is one range
        self._registered[id(c)] = (min(lo, prev[0]), max(hi, prev[1])) if prev else (lo, hi)

    def candidates(self, m: MentionInfo) -> Iterator[Cluster]:
        seen: set[int] = set()
        pools: list[Iterable[Cluster]] = [self._by_document.get(m.document_id, ()), self._wide]
        window = m.window
        if window is not None:
            for b in range(window[0] // _BUCKET_DAYS, window[1] // _BUCKET_DAYS + 1):
                pools.append(self._buckets.get(b, ()))
        for pool in pools:
            for c in pool:
                if id(c) not in seen:
                    seen.add(id(c))
                    yield c

    def add(self, m: MentionInfo) -> Cluster:
        c = choose(self.candidates(m), m)
        if c is None:
            c = Cluster()
            self.clusters.append(c)
        new_document = m.document_id not in c.documents
        c.absorb(m)
        if new_document:
            self._by_document[m.document_id].append(c)
        self._register(c)
        return c


def merge_block(mentions: Iterable[MentionInfo]) -> list[Cluster]:
    """Clusters of one block's mentions, processed in :attr:`MentionInfo.sort_key` order."""
    merger = BlockMerger()
    for m in sorted(mentions, key=lambda x: x.sort_key):
        merger.add(m)
    return merger.clusters


def merge_blocks(items: Iterable[tuple[str, MentionInfo]]) -> Iterator[tuple[str, Cluster]]:
    """Clusters of (block key, mention) pairs sorted by block key (as a store yields them)."""
    current: str | None = None
    pending: list[MentionInfo] = []
    for key, m in items:
        if key != current:
            if pending:
                for c in merge_block(pending):
                    yield current, c  # type: ignore[misc]
            current, pending = key, []
        pending.append(m)
    if pending:
        for c in merge_block(pending):
            yield current, c  # type: ignore[misc]
