"""The date of an event: the time expression that governs its clause, not the article's date.

Order of preference (the language layer has already resolved every time expression
against the publication date):

1. a time expression in the trigger's own clause (nearest to the trigger);
2. a time expression earlier in the sentence ("After the 2020 election, the EU
   imposed ..." -> 2020; "In September, X spoke with Y, who called him ..." -> September);
   expressions to the right in other clauses belong to those clauses;
3. the sentence's "earlier" cue ("Earlier, ...", "Раніше", "Ранее"): a range ending at
   the publication date;
4. a background time of the paragraph, where the sentence continues the previous one
   ("Following the talks, ...", "Після цього ...");
5. the publication date, with precision ``published``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from kronika.events.context import SentenceContext
from kronika.events.triggers import TriggerMatch
from kronika.model import EventDate, TimeExpression

#: how far back "earlier" reaches when the text gives nothing more precise
EARLIER_DAYS = 180


@dataclass(slots=True)
class TimeState:
    """Paragraph-level memory of the last governing time."""

    paragraph: int = -1
    last: EventDate | None = None


def to_event_date(t: TimeExpression) -> EventDate:
    return EventDate(t.first.isoformat(), t.last.isoformat(), t.precision, t.text)


def published_date(published: date | None) -> EventDate:
    if published is None:
        return EventDate("", "", "unknown", None)
    return EventDate(published.isoformat(), published.isoformat(), "published", None)


def sentence_times(ctx: SentenceContext, times: list[TimeExpression]) -> list[tuple[int, TimeExpression]]:
    """(token index, time expression) for the expressions inside the sentence."""
    out = []
    toks = ctx.tokens
    for t in times:
        first = t.text.split()[0].lower() if t.text.split() else ""
        if first in ctx.cues.until:
            continue  # "until 2026", "до 2026 року": how long, not when
        for i, tok in enumerate(toks):
            if tok.start <= t.start < tok.end or (tok.start >= t.start and tok.end <= t.end):
                if i > 0 and ctx.lower(i - 1) in ctx.cues.until:
                    break
                out.append((i, t))
                break
    return out


def _starts_with(ctx: SentenceContext, words: frozenset[str]) -> str | None:
    for i, tok in enumerate(ctx.tokens):
        if tok.kind == "word":
            return tok.text if ctx.has(i, words) else None
    return None


def event_date(
    ctx: SentenceContext,
    match: TriggerMatch,
    times: list[tuple[int, TimeExpression]],
    published: date | None,
    state: TimeState,
) -> tuple[EventDate, str]:
    """The event's date and the rule that gave it."""
    clause = ctx.clause_of[match.head]
    same = [(i, t) for i, t in times if ctx.clause_of[i] == clause]
    if same:
        i, t = min(same, key=lambda p: abs(p[0] - match.head))
        return to_event_date(t), "time:clause"
    left = [(i, t) for i, t in times if i < match.start]
    if left:
        i, t = max(left, key=lambda p: p[0])
        return to_event_date(t), "time:sentence"
    cue = _starts_with(ctx, ctx.cues.earlier)
    if cue and published is not None:
        start = published - timedelta(days=EARLIER_DAYS)
        return EventDate(start.isoformat(), published.isoformat(), "before_published", cue), "time:earlier"
    if state.last is not None and state.paragraph == ctx.sentence.paragraph and _starts_with(ctx, ctx.cues.continuation):
        return state.last, "time:paragraph"
    return published_date(published), "time:published"


def remember(ctx: SentenceContext, times: list[tuple[int, TimeExpression]], state: TimeState) -> None:
    """Keep the sentence's last time as the paragraph background for the next sentence."""
    if state.paragraph != ctx.sentence.paragraph:
        state.paragraph = ctx.sentence.paragraph
        state.last = None
    if times:
        state.last = to_event_date(times[-1][1])
