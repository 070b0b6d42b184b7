"""The event coder: sentences with actor mentions in, PLOVER events out.

Per sentence: find trigger expressions (lexicon), let frames absorb what they govern
(an appeal "not to lift" is one REQUEST, not also a lifting), assign actor and
recipient from the clause, decide factuality, attribution, date and size, and keep
the provenance (the lexicon entry and the argument rules that fired) in
``evidence.rule``.

Headings (lines without sentence-final punctuation: titles, sub-headings, photo
captions) restate the body's events in telegraphic form without their dates: a heading
event is kept only where the body does not report the same event again.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kronika.errors import DataFileError
from kronika.events import anaphora
from kronika.events import arguments as args_mod
from kronika.events import descriptive
from kronika.events import roles as roles_mod
from kronika.events.arguments import ClauseRoles
from kronika.events.attribution import AttributionState, find_attribution, note_people
from kronika.events.context import SentenceContext, build_context
from kronika.events.factuality import Factuality, factuality
from kronika.events.lexicon import LANGUAGES, Lexicon, TriggerEntry, get_lexicon
from kronika.events.mentions import mention_info
from kronika.events.size import find_size
from kronika.events.timing import TimeState, event_date, remember, sentence_times
from kronika.events.triggers import TriggerMatch, find_triggers
from kronika.model import (
    AnalyzedDocument,
    DocumentRef,
    Event,
    EventDate,
    Evidence,
    Mention,
    Sentence,
    stable_event_id,
)

#: frame -> (sanction action of the inner trigger, inner negated) -> coding decision
_FRAME_DECISIONS = {
    "request": {("lift", False): "sanctions_demand_lift", ("ease", False): "sanctions_demand_lift",
                ("lift", True): "sanctions_demand_keep", ("ease", True): "sanctions_demand_keep",
                ("impose", False): "sanctions_demand_keep", ("extend", False): "sanctions_demand_keep",
                ("strengthen", False): "sanctions_demand_keep"},
    "reject": {("lift", False): "sanctions_refuse_to_lift", ("ease", False): "sanctions_refuse_to_lift"},
    "promise": {("lift", False): "sanctions_promise_to_ease", ("ease", False): "sanctions_promise_to_ease"},
    "threaten": {("impose", False): "sanctions_threat", ("extend", False): "sanctions_threat",
                 ("strengthen", False): "sanctions_threat"},
}
_TERMINAL = ".!?…"
_CLOSERS = "\"'»”’)]›"


def is_heading(sentence: Sentence) -> bool:
    """A line without sentence-final punctuation: a title, sub-heading or caption."""
    text = sentence.text.rstrip().rstrip(_CLOSERS).rstrip()
    return not text or text[-1] not in _TERMINAL


@dataclass(slots=True)
class _Coding:
    """The coding of one trigger, after frames and negation have been applied."""

    event_type: str
    mode: str | None
    cameo: str | None
    quad: int | None
    contexts: tuple[str, ...]
    sanction_action: str | None
    rule_extra: str = ""
    #: the trigger a frame absorbed ("urged X not to lift sanctions on Y": lift sanctions on Y)
    inner: TriggerMatch | None = None


def _coding_of(entry: TriggerEntry) -> _Coding:
    return _Coding(entry.event_type, entry.mode, entry.cameo, entry.quad, entry.contexts, entry.sanction_action)


def _recode(decision_name: str, rule: str) -> _Coding:
    """The coding of a decision name, or of a CAMEO code written "cameo:120"."""
    from kronika.events import ontology

    if decision_name.startswith("cameo:"):
        code = decision_name.split(":", 1)[1]
        found = ontology.cameo_to_plover(code)
        if found is None:
            raise DataFileError(f"events: no PLOVER type for CAMEO {code} (in {decision_name!r})")
        t, mode, contexts = found
        return _Coding(t, mode, code, ontology.EVENT_TYPES.get(t), tuple(contexts), None, rule)
    d = ontology.decision(decision_name)
    return _Coding(d["event"], d.get("mode"), d.get("cameo"), d["quad"], tuple(d["contexts"]), d.get("sanction_action"), rule)


@dataclass(slots=True)
class _DocState:
    attribution: AttributionState
    time: TimeState
    memory: roles_mod.ParagraphMemory
    sanctions: anaphora.SanctionMemory = field(default_factory=anaphora.SanctionMemory)
    #: lexicon entry id -> its latest asserted event in the document (what a response answers)
    last_act: dict[str, Event] = field(default_factory=dict)


def code_document(adoc: AnalyzedDocument, mentions: list[Mention]) -> list[Event]:
    """The events of an analysed document, given its actor mentions (any order)."""
    doc = adoc.document
    lang = doc.language
    if lang not in LANGUAGES:
        return []
    lex = get_lexicon(lang)
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence_index].append(m)
    times_by_sentence: dict[int, list] = defaultdict(list)
    sent_bounds = [(s.start, s.end, s.index) for s in adoc.sentences]
    for t in adoc.times:
        for a, b, idx in sent_bounds:
            if a <= t.start < b:
                times_by_sentence[idx].append(t)
                break
    ref = DocumentRef.of(doc)
    dateline = dateline_mention(adoc, by_sentence)
    if dateline is not None:
        # "ВИЛЬНЮС, 2 июня - НАТО начало": the place a story is filed from takes no part in it
        by_sentence[dateline.sentence_index] = [m for m in by_sentence[dateline.sentence_index] if m is not dateline]
    country = (dateline.entity.country if dateline is not None and dateline.entity else None) or main_country(mentions)
    state = _DocState(AttributionState(), TimeState(), roles_mod.ParagraphMemory({}, country))
    events: list[Event] = []
    headline_events: list[Event] = []
    for s in adoc.sentences:
        ctx = build_context(s, lang, lex.cues, by_sentence.get(s.index, []))
        stimes = sentence_times(ctx, times_by_sentence.get(s.index, []))
        if is_heading(s):
            # a heading is coded in a state of its own: it neither sets nor inherits context
            heading_state = _DocState(AttributionState(), TimeState(), roles_mod.ParagraphMemory({}, None, False))
            headline_events.extend(_code_sentence(ctx, lex, stimes, adoc, ref, heading_state))
            continue
        anaphora.note_target_phrases(ctx, state.sanctions)
        events.extend(_code_sentence(ctx, lex, stimes, adoc, ref, state))
        remember(ctx, stimes, state.time)
        note_people(ctx, state.attribution)
    return _merge_headlines(events, headline_events)


#: what follows the place of a dateline: "KYIV, Oct 17 -", "MINSK (Reuters) -"
_DATELINE_AFTER = frozenset({",", "("})
_DASHES = frozenset({"-", "–", "—"})


def dateline_mention(adoc: AnalyzedDocument, by_sentence: dict[int, list[Mention]]) -> Mention | None:
    """The place of the dateline that opens the body ("CHISINAU, Nov 20 - Moldova ..."): where
    the story is filed from is where its police, courts and prosecutors act, even when another
    country is named more often in it; the place itself is no actor of the first sentence."""
    for s in adoc.sentences[:3]:
        if is_heading(s):
            continue
        toks = s.tokens
        first = next((m for m in by_sentence.get(s.index, []) if m.token_start == 0), None)
        if first is None or first.entity is None or first.kind not in ("capital", "place", "country") \
                or first.token_end >= len(toks) or toks[first.token_end].text not in _DATELINE_AFTER:
            return None
        # the dash closes the dateline within a few tokens (a date, an agency in brackets)
        if any(t.text in _DASHES for t in toks[first.token_end: first.token_end + 8]):
            return first
        return None
    return None


def main_country(mentions: list[Mention]) -> str | None:
    """The country a document is most about: the most often named state (first named on a tie).

    Roles without a country ("prosecutors", "police", "прокуратура") act for it with lower
    confidence. Non-state codes (EUR, IGO, UNO, ...) are no country of a role.
    """
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in sorted(mentions, key=lambda m: m.start):
        c = m.entity.country if m.entity is not None else None
        if not c or c in _NON_STATE:
            continue
        counts[c] = counts.get(c, 0) + 1
        first.setdefault(c, m.start)
    if not counts:
        return None
    return min(counts, key=lambda c: (-counts[c], first[c]))


_NON_STATE = frozenset({"IGO", "UNO", "EUR", "NGO", "ISM", "IMG", "MNC"})


def _merge_headlines(body: list[Event], headlines: list[Event]) -> list[Event]:
    """Body events plus the headline events the body does not report again.

    Titles, sub-headings and captions restate the body's events telegraphically (present
    tense, no date): where the body has an event of the same type by the same actor, the
    body's mention (with its date and arguments) is the one kept.
    """
    def key(e: Event) -> tuple[str, frozenset[str]]:
        return e.event_type, frozenset(a.country or a.name for a in e.actor)

    seen = {key(e) for e in body}
    kept: list[Event] = []
    body_types = {e.event_type for e in body}
    for e in headlines:
        if key(e) in seen or e.factuality != "asserted":
            continue
        if not any(a.country for a in e.actor) and e.event_type in body_types:
            continue  # "В Тбилиси задержан лидер": the body names who did it
        seen.add(key(e))
        kept.append(e)
    return sorted(body + kept, key=lambda e: (e.evidence.sentence_index, e.evidence.start))


def _absorbed(matches: list[TriggerMatch], ctx: SentenceContext) -> dict[int, _Coding]:
    """Frames (appeals, refusals, promises) absorb the trigger they govern in their clause.

    Returns, per index of a frame match, its coding as changed by the inner trigger,
    and marks inner matches as absorbed (key -1 - index).
    """
    out: dict[int, _Coding] = {}
    for fi, f in enumerate(matches):
        frame = f.entry.frame
        if not frame:
            continue
        for ii, inner in enumerate(matches):
            if ii == fi or inner.start <= f.head or (-1 - ii) in out:
                continue
            if ctx.clause_of[inner.head] != ctx.clause_of[f.head] and inner.start - f.end > 8:
                continue
            if not descriptive.non_finite(ctx, inner) and not _threat_content(ctx, f, inner):
                continue  # "criticised X and imposed sanctions": a second finite act, not the content
            if any(o.entry.frame and f.end <= o.head < inner.start for o in matches if o is not f and o is not inner):
                continue  # "criticised X and threatened to cut supplies": the nearer frame governs it
            if ctx.clause_of[inner.head] != ctx.clause_of[f.head] and descriptive.participle(ctx, inner.head):
                continue  # "освободить гражданку, задержанную во Франции": a participle clause describes a noun
            if inner.start - _content_anchor(ctx, f, inner) > (3 if inner.entry.nominal else 10):
                continue  # "agreed to a ceasefire after days of fighting": a noun far off is no content
            between_neg = any(ctx.has(k, ctx.cues.negation) for k in range(f.end, inner.start))
            action = inner.entry.sanction_action
            coding = _coding_of(f.entry)
            if frame == "promise" and inner.entry.quad in (3, 4) and not action:
                # "vowed to retaliate", "prepared to impose martial law": an announced harm is a threat
                coding = _recode("cameo:130", f"+inner:{inner.entry.id}")
            elif action and frame in _FRAME_DECISIONS:
                name = _FRAME_DECISIONS[frame].get((action, between_neg))
                if name:
                    coding = _recode(name, f"+inner:{inner.entry.id}")
            else:
                coding.rule_extra = f"+inner:{inner.entry.id}"
            coding.inner = inner
            out[fi] = coding
            out[-1 - ii] = coding
            break
    return out


def _threat_content(ctx: SentenceContext, frame: TriggerMatch, inner: TriggerMatch) -> bool:
    """"warned that Moscow would respond": a threat stated in a "that" clause of a warning is
    the warning's content, one threat, not two."""
    return frame.entry.frame == "threaten" and inner.entry.event_type == "THREATEN" and any(
        ctx.has(k, ctx.cues.complementisers) for k in range(frame.end, min(inner.start, frame.end + 2))
    )


def _content_anchor(ctx: SentenceContext, frame: TriggerMatch, inner: TriggerMatch) -> int:
    """Where the content of a frame starts: its end, or a verb of haste in between.

    "закликав Варшаву не квапитися зі скасуванням ембарго", "urged Tokyo not to hurry with easing the embargo":
    the noun is the complement of the haste verb, so its distance counts from that verb.
    """
    for k in range(inner.start - 1, frame.end - 1, -1):
        if ctx.has(k, ctx.cues.haste_verbs):
            return k
    return frame.end


def _condition_subject(ctx: SentenceContext, infos: list, excluded: set[int]) -> list[int]:  # type: ignore[type-arg]
    """The subject of a conditional clause ("if X attacks", "якщо X нападе", "если X нападет").

    First the name between the conditional word and its verb (the clause need not be set
    off by a comma: "threatened to retaliate if Finland hosts ..."), then the subject the
    clause rules find in a clause the conditional word opens.
    """
    toks = ctx.tokens
    for k in range(len(toks)):
        if toks[k].kind != "word" or not ctx.has(k, ctx.cues.conditional):
            continue
        clause_end = ctx.clauses[ctx.clause_of[k]].end
        verb = next((j for j in range(k + 1, clause_end) if toks[j].kind == "word" and (
            any(t.startswith("VB") for q in toks[j].parses for t in q.tags) and not toks[j].text[:1].isupper()
            if ctx.lang == "en"
            else ctx.lang != "en" and ctx.is_finite_verb(j))), None)
        if verb is None:
            continue
        between = [inf for inf in infos if inf.resolved and inf.index not in excluded and inf.prep is None
                   and k < inf.mention.token_start and inf.mention.token_end <= verb
                   and (ctx.lang == "en" or not inf.cases or "nomn" in inf.cases)]
        if between:
            return args_mod.coordinated(ctx, infos, between[0].index)
    for c in ctx.clauses:
        k = c.start
        while k < c.end and ctx.tokens[k].kind != "word":
            k += 1
        if k >= c.end or not ctx.has(k, ctx.cues.conditional):
            continue
        verb = None
        if ctx.lang == "en":
            verb = next((j for j in range(k + 1, c.end) if ctx.tokens[j].parses
                         and any(t.startswith("VB") for t in ctx.tokens[j].parses[0].tags)), None)
            if verb is None:
                continue
        idx, _ = args_mod.clause_subject(ctx, infos, c.index, verb, excluded)
        if idx:
            return idx
    return []


def _threat_condition(ctx: SentenceContext, match: TriggerMatch) -> bool:
    """An "unless"/"якщо не"/"если не" condition after the trigger in the same sentence."""
    toks = ctx.tokens
    n = len(toks)
    for k in range(match.end, n):
        for phrase in ctx.cues.threat_conditions:
            if ctx.lower(k) != phrase[0]:
                continue
            # later words may follow within three tokens ("якщо Москва не звільнить")
            pos, ok = k, True
            for w in phrase[1:]:
                nxt = next((j for j in range(pos + 1, min(n, pos + 5)) if ctx.lower(j) == w), None)
                if nxt is None:
                    ok = False
                    break
                pos = nxt
            if ok:
                return True
    return False


def _light_verb_before(ctx: SentenceContext, match: TriggerMatch) -> int | None:
    clause = ctx.clauses[ctx.clause_of[match.head]]
    for k in range(match.start - 1, max(clause.start, match.start - 4) - 1, -1):
        if ctx.has(k, ctx.cues.light_verbs):
            return k
    return None


def _code_sentence(
    ctx: SentenceContext,
    lex: Lexicon,
    stimes: list,
    adoc: AnalyzedDocument,
    ref: DocumentRef,
    state: _DocState,
) -> list[Event]:
    matches = find_triggers(ctx, lex)
    att = find_attribution(ctx, state.attribution)
    if not matches:
        return []
    trigger_tokens = frozenset(k for m in matches for k in m.tokens)
    infos = [mention_info(ctx, i, trigger_tokens) for i in range(len(ctx.mentions))]
    para = ctx.sentence.paragraph
    roles: dict[int, ClauseRoles] = {}
    # bare subjects of every clause, for ellipsis and carry-over
    for c in ctx.clauses:
        idx, _ = args_mod.clause_subject(ctx, infos, c.index, None, att.mentions)
        other = args_mod.other_party(ctx, infos, c.index, lex.cues.recipient_cues)
        if idx or other:
            roles[c.index] = ClauseRoles(args_mod._entities(infos, idx), args_mod._entities(infos, other), idx)
    frames = _absorbed(matches, ctx)
    out: list[Event] = []
    for mi, match in enumerate(matches):
        if (-1 - mi) in frames:
            continue
        entry = match.entry
        light = None
        if entry.nominal or descriptive.nominal_use(ctx, match):
            light = _light_verb_before(ctx, match)
            if light is None:
                continue
        framed = frames.get(mi)
        coding = framed or _coding_of(entry)
        inner = framed.inner if framed else None
        if descriptive.reduced_relative(ctx, match) or descriptive.attributive_participle(ctx, match) \
                or descriptive.continuing_state(ctx, match) or descriptive.reason_gerund(ctx, match, matches):
            continue
        fact = factuality(ctx, match)
        if fact.cue == "infinitive" and descriptive.purpose_infinitive(ctx, match):
            continue
        rule_parts = [entry.rule + coding.rule_extra]
        if fact.negated and entry.when_negated:
            # "not ready to lift" is a refusal to lift, whatever the frame would have made of it
            name = entry.when_negated
            if inner is not None and inner.entry.sanction_action in ("lift", "ease"):
                name = "sanctions_refuse_to_lift"
            coding = _recode(name, "")
            inner = None
            rule_parts.append(f"negated->{name}")
            fact = Factuality("asserted", fact.cue)
        elif fact.cue:
            rule_parts.append(fact.cue)
        if fact.value == "intended" and coding.quad in (2, 3, 4) and coding.event_type != "AID" and _threat_condition(ctx, match):
            # "will withdraw its force unless ...": a conditional announcement of a harmful act is a threat
            coding = _recode("cameo:130", f"+threat:{coding.event_type}")
            rule_parts.append("threat_condition")
            fact = Factuality("asserted", fact.cue)
        if entry.partial and coding.sanction_action and any(ctx.has(k, ctx.cues.partial) for k in range(max(0, match.start - 3), match.end)):
            coding.sanction_action = entry.partial
        a = roles_mod.assign(ctx, infos, match, lex, att, roles, state.memory, light, fact.value == "asserted")
        if entry.reversed_if_passive and match.reversed and not a.passive and not args_mod.fronted_object(ctx, match):
            continue  # "the prisoner's lawyer released a statement": reversed, and no passive
        governed = framed.inner if framed else None  # kept when negation recoded the frame
        if not a.recipient and governed is not None and entry.frame in ("threaten", "promise", "reject"):
            # "threatened to break relations with Chisinau", "not ready to lift sanctions on Minsk":
            # the recipient of the threatened or refused act
            idx, rule = args_mod.find_recipient(ctx, infos, governed, lex.cues.recipient_cues, set(a.actor_mentions), set(att.mentions))
            if idx:
                a.recipient = args_mod._entities(infos, idx)
                a.recipient_rule = f"recipient:inner:{rule}"
        if not a.recipient and "object" in entry.recipient:
            idx = args_mod.shared_object(ctx, infos, match, set(a.actor_mentions) | set(att.mentions))
            if idx:
                a.recipient = args_mod._entities(infos, idx)
                a.recipient_rule = "recipient:shared_object"
        if not a.recipient and coding.event_type == "ASSAULT":
            # "drones attacked a refinery in Saratov": the place hit stands for the attacked side
            idx = args_mod.attacked_place(ctx, infos, match, set(a.actor_mentions) | set(att.mentions))
            if idx:
                a.recipient = args_mod._entities(infos, idx)
                a.recipient_rule = "recipient:attacked_place"
        if not a.recipient and coding.event_type == "THREATEN":
            # "If Moscow attacks a NATO member, the alliance will respond": the threatened party is
            # the subject of the condition
            cond = _condition_subject(ctx, infos, set(a.actor_mentions) | set(att.mentions))
            if cond:
                a.recipient = args_mod._entities(infos, cond)
                a.recipient_rule = "recipient:condition_subject"
        rule_parts += [p for p in (a.actor_rule, a.recipient_rule) if p]
        if not a.actor and att.speaker is not None and att.speaker.country and coding.quad in (1, 3) and fact.value == "asserted":
            a.actor = [att.speaker]
            a.actor_rule = "actor:speaker"
            a.actor_confidence = 0.6
            rule_parts.append("actor:speaker")
        if not a.actor and not a.recipient:
            continue
        if entry.needs_recipient and not a.recipient:
            continue  # "the cabinet met": a meeting with no other party named is no interaction
        if not a.actor and fact.value != "asserted":
            continue
        recipient = [r for r in a.recipient if r not in a.actor] or a.recipient
        actor = a.actor
        if entry.swap and actor and recipient:
            actor, recipient = recipient, actor
            rule_parts.append("swap")
        if entry.when_plural and len({e.country for e in actor if e.country}) > 1:
            coding = _recode(entry.when_plural, "")
            rule_parts.append(f"plural->{entry.when_plural}")
        if entry.when_government and actor and all(e.country and e.sector == "GOV" for e in actor):
            # a government that protests lodges a protest; it does not march
            coding = _recode(entry.when_government, "")
            rule_parts.append(f"government->{entry.when_government}")
        reciprocal = entry.reciprocal or "plural->" in rule_parts[-1]
        if reciprocal and not recipient and len(actor) > 1:
            actor, recipient = actor[:1], actor[1:]
        if entry.domestic:
            recipient = roles_mod.domestic(recipient, actor)
            if not recipient and entry.size:  # counted people: prisoners, detainees, convicts
                recipient = roles_mod.patient(ctx, match, actor, lex)
        date, date_rule = event_date(ctx, match, stimes, adoc.document.published, state.time)
        rule_parts.append(date_rule)
        date = _future_shift(date, fact.value, adoc.document.published)
        if fact.value == "asserted" and date.start and adoc.document.published and date.start > adoc.document.published.isoformat() and date.precision != "published":
            fact = Factuality("intended", "future_date")
            rule_parts.append("future_date")
        size = find_size(ctx, match, entry.size, a.passive) if entry.size else {}
        conf = a.actor_confidence or 0.3
        if not recipient and coding.sanction_action:
            # "not ready to lift these sanctions": the target of the sanctions named just before
            ana = anaphora.anaphor(ctx, match, framed.inner if framed else None)
            if ana is not None:
                recipient, how = state.sanctions.resolve(para, ctx.sentence.index, ana)
                if recipient:
                    rule_parts.append("recipient:anaphora" + (f"({how})" if how else ""))
                    conf *= anaphora.CONFIDENCE_FACTOR
        if not recipient and entry.responds_to and actor:
            # "sent invitations ... some agreed to meet": a response answers the latest act it responds to
            asked = state.last_act.get(entry.responds_to)
            mine = {e.country for e in actor}
            if asked is not None and asked.actor and not {e.country for e in asked.actor} & mine:
                recipient = list(asked.actor)
                rule_parts.append(f"recipient:responds_to({entry.responds_to})")
                conf *= 0.8
        if not recipient and entry.recipient:
            conf *= 0.85
        s = ctx.sentence
        toks = ctx.tokens
        t0 = toks[match.start]
        t1 = toks[match.end - 1]
        trigger_text = s.text[t0.start - s.start : t1.end - s.start]
        events_ref = Event(
            id=stable_event_id(ref.id, s.index, coding.event_type, t0.start),
            event_type=coding.event_type,
            mode=coding.mode,
            cameo=coding.cameo,
            quad=coding.quad,
            contexts=tuple(coding.contexts),
            actor=tuple(actor),
            recipient=tuple(recipient),
            date=date,
            factuality=fact.value,
            attribution=att.attribution,
            sanction_action=coding.sanction_action,
            size=size,
            language=ctx.lang,
            document=ref,
            evidence=Evidence(s.text, s.index, s.start, s.end, trigger_text, "+".join(rule_parts)),
            confidence=round(min(1.0, conf), 3),
            reciprocal=reciprocal,
        )
        out.append(events_ref)
        if fact.value == "asserted":
            state.last_act[entry.id] = events_ref
        if coding.sanction_action and recipient and coding.event_type != "REQUEST":
            # (the recipient of an appeal is its addressee, not the target of the sanctions)
            state.sanctions.note(para, s.index, match.start, recipient)
        c = ctx.clause_of[match.head]
        roles[c] = ClauseRoles(list(actor), list(recipient), a.actor_mentions, a.passive)
    _remember_actor(state, para, roles)
    return out


def _future_shift(date: EventDate, factuality_value: str, published) -> EventDate:  # type: ignore[no-untyped-def]
    """A planned event's month or day without a year lies ahead ("will hold exercises in September").

    The language layer resolves year-less dates into the past (news mostly reports the past);
    an intended event moves to the next such date after publication.
    """
    if factuality_value != "intended" or published is None or not date.text or not date.start:
        return date
    if any(tok[:4].isdigit() for tok in date.text.split()):
        return date  # the text names the year
    if date.end >= published.isoformat() or date.precision not in ("month", "day", "days", "month_part", "week"):
        return date
    try:
        from datetime import date as _d

        s, e = _d.fromisoformat(date.start), _d.fromisoformat(date.end)
        s, e = s.replace(year=s.year + 1), e.replace(year=e.year + 1)
    except ValueError:
        return date
    return EventDate(s.isoformat(), e.isoformat(), date.precision, date.text)


def _remember_actor(state: _DocState, para: int, roles: dict[int, ClauseRoles]) -> None:
    for c in sorted(roles):
        known = [e for e in roles[c].actor if e.country]
        if known:
            state.memory.actor = {para: known}
