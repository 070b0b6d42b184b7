"""Scoring extracted events against gold lines, per document, then in total.

The counting follows the acceptance scorer exactly, so ``kronika eval`` and that scorer
give the same figures on the same events:

- recall: required gold events with at least one matching event / required gold events;
  the fields (date, factuality, recipient, mode, sectors, ...) are scored on the *first*
  matching event of each found required event;
- precision: extracted events that match some gold event (required or optional) /
  extracted events; with ``lenient_duplicates``, an unmatched event that repeats a gold
  event of the document (same type and actor, another sentence) leaves both counts;
- traps: traps for which some asserted event of the trap's type came from its sentence;
- a ratio with nothing to count is 0.0 (as in that scorer).

Beyond the acceptance scorer, attribution, sanction_action and size are scored on the
same matched pairs, and figures are also broken down by language.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kronika.evaluate import matching as m
from kronika.evaluate.gold import GoldEvent
from kronika.model import Event


@dataclass(slots=True)
class DocScore:
    """The counts of one document and what went wrong in it."""

    doc: str
    lang: str
    counts: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    trapped: list[str] = field(default_factory=list)
    #: gold key -> the first matching event, for found required events
    found: dict[str, Event] = field(default_factory=dict)


def _describe(ev: Event) -> str:
    a = sorted(m.countries(ev.actor))
    r = sorted(m.countries(ev.recipient))
    return f"{ev.event_type} {a}->{r} [{ev.factuality}]: {(ev.evidence.sentence or '')[:110]}"


def score_document(
    gold: Iterable[GoldEvent],
    events: Sequence[Event],
    doc: str,
    lang: str,
    *,
    lenient_duplicates: bool = False,
) -> DocScore:
    """Score one document's events against the gold lines that apply to it."""
    mine = [g for g in gold if g.applies_to(doc, lang)]
    golds = [g for g in mine if not g.trap]
    traps = [g for g in mine if g.trap]
    s = DocScore(doc, lang)
    c = s.counts
    c["extracted"] += len(events)
    matched: set[int] = set()
    for g in golds:
        hits = [i for i, ev in enumerate(events) if m.matches(ev, g, lang)]
        matched.update(hits)
        if not g.required:
            continue
        c["required"] += 1
        if not hits:
            s.misses.append(f"{doc} {g.key} {g.event} {list(g.actor)}->{list(g.recipient)}: {g.anchor[lang]}")
            continue
        ev = events[hits[0]]
        s.found[g.key] = ev
        c["found"] += 1
        c["date_ok"] += m.date_ok(ev, g)
        c["factuality_ok"] += m.factuality_ok(ev, g)
        c["recipient_ok"] += m.recipient_ok(ev, g)
        for name, result in (
            ("mode", m.mode_ok(ev, g)),
            ("attribution", m.attribution_ok(ev, g, lang)),
            ("sanction_action", m.sanction_action_ok(ev, g)),
            ("size", m.size_ok(ev, g)),
        ):
            if result is not None:
                c[name + "_n"] += 1
                c[name + "_ok"] += result
        for ok in m.sector_checks(ev, g):
            c["sector_n"] += 1
            c["sector_ok"] += ok
    for i, ev in enumerate(events):
        if i in matched:
            continue
        if lenient_duplicates and m.repeats_gold(ev, golds):
            c["repeats"] += 1
            continue
        c["unmatched"] += 1
        s.unmatched.append(f"{doc} {_describe(ev)}")
    for t in traps:
        if any(m.trap_taken(ev, t, lang) for ev in events):
            c["traps"] += 1
            s.trapped.append(f"{doc} {t.key}: {t.anchor[lang]}")
    return s


def ratio(n: float, d: float) -> float:
    """n/d, and 0.0 where there is nothing to count (the acceptance scorer's convention)."""
    return n / d if d else 0.0


def figures(c: Counter) -> dict[str, Any]:
    """The headline figures of a set of counts (one document, one language, or all)."""
    return {
        "recall_required": round(ratio(c["found"], c["required"]), 3),
        "precision": round(ratio(c["extracted"] - c["unmatched"] - c["repeats"], c["extracted"] - c["repeats"]), 3),
        "traps": c["traps"],
        "date_ok": round(ratio(c["date_ok"], c["found"]), 3),
        "factuality_ok": round(ratio(c["factuality_ok"], c["found"]), 3),
        "sector_ok": round(ratio(c["sector_ok"], c["sector_n"]), 3),
        "recipient_ok": round(ratio(c["recipient_ok"], c["found"]), 3),
        "mode_ok": round(ratio(c["mode_ok"], c["mode_n"]), 3),
        "attribution_ok": round(ratio(c["attribution_ok"], c["attribution_n"]), 3),
        "sanction_action_ok": round(ratio(c["sanction_action_ok"], c["sanction_action_n"]), 3),
        "size_ok": round(ratio(c["size_ok"], c["size_n"]), 3),
        "found": c["found"],
        "required": c["required"],
        "extracted": c["extracted"],
        "unmatched": c["unmatched"],
    }


def summarise(scores: Iterable[DocScore]) -> dict[str, Any]:
    """Totals, per-language and per-document figures of scored documents.

    The top-level keys ``recall_required`` ... ``mode_ok`` and ``per_doc`` have the
    meaning and shape of the acceptance scorer's summary.
    """
    scores = list(scores)
    total: Counter = Counter()
    per_lang: dict[str, Counter] = {}
    for s in scores:
        total.update(s.counts)
        per_lang.setdefault(s.lang, Counter()).update(s.counts)
    out = figures(total)
    out["per_doc"] = {
        s.doc: {"found": f"{s.counts['found']}/{s.counts['required']}", "extracted": s.counts["extracted"],
                "unmatched": s.counts["unmatched"], "traps": s.counts["traps"]}
        for s in scores
    }
    out["per_language"] = {lang: figures(c) for lang, c in sorted(per_lang.items())}
    out["counts"] = dict(total)
    return out


def passes(summary: dict[str, Any], *, min_recall: float = 1.0, min_precision: float = 0.9, max_traps: int = 0) -> bool:
    """The acceptance thresholds (recall of required events, precision, traps taken),
    compared unrounded as the acceptance scorer does."""
    c = Counter(summary["counts"])
    recall = ratio(c["found"], c["required"])
    precision = ratio(c["extracted"] - c["unmatched"] - c["repeats"], c["extracted"] - c["repeats"])
    return recall >= min_recall and precision >= min_precision and c["traps"] <= max_traps


__all__ = ["DocScore", "figures", "passes", "ratio", "score_document", "summarise"]
