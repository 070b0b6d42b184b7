"""The event coder: sentences with actor mentions in, PLOVER events out.

Per sentence: find trigger expressions (lexicon), let frames absorb what they govern
(an appeal "not to lift" is one REQUEST, not also a lifting), assign actor and
recipient from the clause, decide factuality, attribution, date and size, and keep
the provenance (the lexicon entry and the argument rules that fired) in
``evidence.rule``.

Headings (lines without sentence-final punctuation: titles, sub-headings, photo
captions) are not coded: they restate the body's events in telegraphic form without
their dates, so coding them would only add duplicates with worse dates.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kronika.errors import DataFileError
from kronika.events import arguments as args_mod
from kronika.events.arguments import Arguments, ClauseRoles
from kronika.events.attribution import AttributionState, SentenceAttribution, find_attribution, note_people
from kronika.events.context import SentenceContext, build_context, pos_of
from kronika.events.factuality import Factuality, factuality, is_negated
from kronika.events.lexicon import LANGUAGES, Lexicon, TriggerEntry, get_lexicon
from kronika.events.mentions import MentionInfo, mention_info
from kronika.events.size import find_size
from kronika.events.timing import TimeState, event_date, remember, sentence_times
from kronika.events.triggers import TriggerMatch, find_triggers
from kronika.model import (
    AnalyzedDocument,
    DocumentRef,
    Entity,
    Event,
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
    #: paragraph -> the last actor entities coded or seen as a subject
    paragraph_actor: dict[int, list[Entity]]


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
    state = _DocState(AttributionState(), TimeState(), {})
    events: list[Event] = []
    for s in adoc.sentences:
        if is_heading(s):
            continue
        ctx = build_context(s, lang, lex.cues, by_sentence.get(s.index, []))
        stimes = sentence_times(ctx, times_by_sentence.get(s.index, []))
        events.extend(_code_sentence(ctx, lex, stimes, adoc, ref, state))
        remember(ctx, stimes, state.time)
        note_people(ctx, state.attribution)
    return events


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
            if not _non_finite(ctx, inner):
                continue  # "criticised X and imposed sanctions": a second finite act, not the content
            between_neg = any(ctx.has(k, ctx.cues.negation) for k in range(f.end, inner.start))
            action = inner.entry.sanction_action
            coding = _coding_of(f.entry)
            if action and frame in _FRAME_DECISIONS:
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


def _non_finite(ctx: SentenceContext, m: TriggerMatch) -> bool:
    """Whether a trigger is an infinitive, gerund or noun: the content of an appeal or accusation."""
    if m.entry.nominal:
        return True
    h = m.tokens[0]
    if ctx.lang == "en":
        prev = ctx.lower(h - 1) if h > 0 else ""
        prev2 = ctx.lower(h - 2) if h > 1 else ""
        return prev in ("to", "of", "for") or prev2 in ("to",) or ctx.lower(h).endswith("ing")
    return ctx.is_infinitive(h) or not ctx.is_verb(h) or any(pos_of(p) == "GRND" for p in ctx.tokens[h].parses)


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
        if entry.nominal or _nominal_use(ctx, match):
            light = _light_verb_before(ctx, match)
            if light is None:
                continue
        framed = frames.get(mi)
        coding = framed or _coding_of(entry)
        inner = framed.inner if framed else None
        fact = factuality(ctx, match)
        rule_parts = [entry.rule + coding.rule_extra]
        if fact.negated and entry.when_negated:
            coding = _recode(entry.when_negated, "")
            inner = None
            rule_parts.append(f"negated->{entry.when_negated}")
            fact = Factuality("asserted", fact.cue)
        elif fact.cue:
            rule_parts.append(fact.cue)
        if entry.partial and coding.sanction_action and any(ctx.has(k, ctx.cues.partial) for k in range(max(0, match.start - 3), match.end)):
            coding.sanction_action = entry.partial
        a = _arguments(ctx, infos, match, lex, att, roles, state, light, fact.value == "asserted")
        if not a.recipient and inner is not None and entry.frame in ("threaten", "promise", "reject"):
            # "threatened to break relations with Chisinau": the recipient of the threatened act
            idx, rule = args_mod.find_recipient(ctx, infos, inner, lex.cues.recipient_cues, set(a.actor_mentions), set(att.mentions))
            if idx:
                a.recipient = args_mod._entities(infos, idx)
                a.recipient_rule = f"recipient:inner:{rule}"
        rule_parts += [p for p in (a.actor_rule, a.recipient_rule) if p]
        if not a.actor and att.speaker is not None and coding.quad in (1, 3) and fact.value == "asserted":
            a.actor = [att.speaker]
            a.actor_rule = "actor:speaker"
            a.actor_confidence = 0.6
            rule_parts.append("actor:speaker")
        if not a.actor and not a.recipient:
            continue
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
        reciprocal = entry.reciprocal or "plural->" in rule_parts[-1]
        if reciprocal and not recipient and len(actor) > 1:
            actor, recipient = actor[:1], actor[1:]
        if entry.domestic:
            recipient = _domestic(recipient, actor) or _patient(ctx, match, actor, lex)
        date, date_rule = event_date(ctx, match, stimes, adoc.document.published, state.time)
        rule_parts.append(date_rule)
        if fact.value == "asserted" and date.start and adoc.document.published and date.start > adoc.document.published.isoformat() and date.precision != "published":
            fact = Factuality("intended", "future_date")
            rule_parts.append("future_date")
        size = find_size(ctx, match, entry.size, a.passive) if entry.size else {}
        conf = a.actor_confidence or 0.3
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
        c = ctx.clause_of[match.head]
        roles[c] = ClauseRoles(list(actor), list(recipient), a.actor_mentions)
    _remember_actor(state, para, roles)
    return out


def _nominal_use(ctx: SentenceContext, match: TriggerMatch) -> bool:
    """An English -ing form used as a noun ("the easing of sanctions") reports no act by the subject."""
    if ctx.lang != "en":
        return False
    h = match.tokens[0]
    if not ctx.lower(h).endswith("ing"):
        return False
    nxt = ctx.lower(h + 1) if h + 1 < len(ctx.tokens) else ""
    prev = ctx.lower(h - 1) if h > 0 else ""
    return nxt == "of" or prev in ("the", "a", "an", "its", "their", "his", "her", "this", "that")


def _patient(ctx: SentenceContext, match: TriggerMatch, actor: list[Entity], lex: Lexicon) -> list[Entity]:
    """People named only by a common noun ("50 political prisoners") as a recipient of the actor's country."""
    country = next((e.country for e in actor if e.country), None)
    if not country or len(match.tokens) < 2:
        return []
    k = match.tokens[-1]
    tok = ctx.tokens[k]
    sector = next((lex.cues.patient_sectors[f] for f in ctx.forms[k] if f in lex.cues.patient_sectors), None)
    return [Entity(tok.text, tok.lemma, country, sector)]


def _domestic(recipient: list[Entity], actor: list[Entity]) -> list[Entity]:
    """People arrested or released by a government are its own nationals unless the text says otherwise."""
    country = next((e.country for e in actor if e.country), None)
    if not country:
        return recipient
    return [Entity(e.text, e.name, country, e.sector, e.id) if e.country is None else e for e in recipient]


def _remember_actor(state: _DocState, para: int, roles: dict[int, ClauseRoles]) -> None:
    for c in sorted(roles):
        if roles[c].actor:
            state.paragraph_actor = {para: roles[c].actor}


def _arguments(
    ctx: SentenceContext,
    infos: list[MentionInfo],
    match: TriggerMatch,
    lex: Lexicon,
    att: SentenceAttribution,
    roles: dict[int, ClauseRoles],
    state: _DocState,
    light: int | None,
    asserted: bool = True,
) -> Arguments:
    """Actor and recipient of one trigger by the cues of :mod:`kronika.events.arguments`."""
    a = Arguments()
    clause_i = ctx.clause_of[match.head]
    clause = ctx.clauses[clause_i]
    excluded = set(att.mentions)
    a.passive = args_mod.is_passive(ctx, match)
    verb = light if light is not None else args_mod._verb_token(ctx, match)
    prev_roles = _previous_roles(ctx, roles, clause_i)
    if match.entry.subject_is_recipient:
        subj, _ = args_mod.clause_subject(ctx, infos, clause_i, verb, excluded)
        a.recipient_mentions, a.recipient_rule = subj, "recipient:subject_undergoes"
        a.recipient = args_mod._entities(infos, subj)
        return a
    if a.passive:
        idx = args_mod._agent(ctx, infos, match, clause_i)
        if idx:
            a.actor_mentions, a.actor_rule, a.actor_confidence = idx, "actor:passive_agent", 0.9
        # the grammatical subject of a passive is the patient
        subj, _ = args_mod.clause_subject(ctx, infos, clause_i, verb, excluded | set(idx), allow_roles=True)
        if subj and match.entry.recipient:
            a.recipient_mentions, a.recipient_rule = subj, "recipient:passive_subject"
    else:
        idx, rule = args_mod.clause_subject(ctx, infos, clause_i, verb, excluded)
        if idx:
            a.actor_mentions, a.actor_rule, a.actor_confidence = idx, f"actor:{rule}", 0.9 if "agreement" not in rule else 0.95
    a.actor = args_mod._entities(infos, a.actor_mentions)
    if not a.actor and not a.passive:
        # a role without a country acting in a named place: "Opposition supporters in Yerevan began ..."
        place = args_mod.place_country(ctx, infos, clause_i)
        if place:
            idx, rule = args_mod.clause_subject(ctx, infos, clause_i, verb, excluded, allow_roles=True)
            ents = args_mod._entities(infos, idx)
            if ents:
                a.actor = [e if e.country else Entity(e.text, e.name, place, e.sector, e.id) for e in ents]
                a.actor_mentions, a.actor_rule, a.actor_confidence = idx, f"actor:{rule}+place_country", 0.6
    if not a.actor:
        opener = clause.opener
        if opener == "relative_person" and not a.passive:
            idx = args_mod.antecedent_before(ctx, infos, clause_i)
            if idx:
                a.actor_mentions, a.actor = idx, args_mod._entities(infos, idx)
                a.actor_rule, a.actor_confidence = "actor:relative_antecedent", 0.85
        if not a.actor and clause_i >= 2 and ctx.clauses[clause_i - 1].opener == "apposition":
            idx = args_mod.antecedent_before(ctx, infos, clause_i - 1)
            if idx:
                a.actor_mentions, a.actor = idx, args_mod._entities(infos, idx)
                a.actor_rule, a.actor_confidence = "actor:apposition_anchor", 0.8
        if not a.actor and prev_roles is not None and clause_i > 0:
            a.actor = list(prev_roles.actor)
            a.actor_mentions = list(prev_roles.actor_mentions)
            a.actor_rule, a.actor_confidence = f"actor:carried_from_clause({opener})", 0.75
        if not a.actor and not a.passive and clause_i == 0 or (not a.actor and _has_subject_pronoun(ctx, clause)):
            carried = state.paragraph_actor.get(ctx.sentence.paragraph)
            if carried and not a.passive and asserted:
                a.actor = list(carried)
                a.actor_rule, a.actor_confidence = "actor:paragraph", 0.5
    actor_set = set(a.actor_mentions)
    # recipient: an anaphoric trigger ("which were strengthened", "посилив їх") keeps the one it refers to
    relative = clause.opener == "relative_thing" or (clause.opener == "relative_person" and a.passive)
    if (match.anaphoric or relative) and prev_roles is not None and prev_roles.recipient:
        a.recipient = [e for e in prev_roles.recipient if e not in a.actor]
        if a.recipient:
            a.recipient_rule = "recipient:carried_from_clause"
            return a
    if not a.recipient_mentions:
        idx, rule = args_mod.find_recipient(ctx, infos, match, lex.cues.recipient_cues, actor_set, excluded)
        if idx:
            a.recipient_mentions, a.recipient_rule = idx, f"recipient:{rule}"
    a.recipient = args_mod._entities(infos, a.recipient_mentions)
    if not a.recipient and match.entry.recipient:
        pron = args_mod.pronoun_object(ctx, match, lex.cues.recipient_cues)
        if pron is not None:
            other = _other_party(ctx, infos, clause_i, a.actor, roles)
            if other:
                a.recipient, a.recipient_rule = other, "recipient:pronoun_other_party"
        if not a.recipient and (match.anaphoric or clause.opener in ("relative_thing", "participle")) and prev_roles is not None:
            a.recipient = [e for e in prev_roles.recipient if e not in a.actor]
            if a.recipient:
                a.recipient_rule = "recipient:carried_from_clause"
    return a


def _has_subject_pronoun(ctx: SentenceContext, clause) -> bool:
    return any(ctx.lower(k) in ctx.cues.subject_pronouns for k in range(clause.start, min(clause.end, clause.start + 4)))


def _previous_roles(ctx: SentenceContext, roles: dict[int, ClauseRoles], clause_i: int) -> ClauseRoles | None:
    """The roles of the clause this one hangs on.

    Appositions are skipped ("Minsk, the capital of Belarus, sent"); so are relative clauses
    when this clause continues the main clause after them ("Merz, who visited Washington,
    met Tusk"); a relative clause itself hangs on the clause right before it.
    """
    relatives = ("relative_person", "relative_thing")
    here_relative = ctx.clauses[clause_i].opener in relatives
    k = clause_i - 1
    while k >= 0:
        c = ctx.clauses[k]
        if c.opener == "apposition" and k > 0:
            k -= 1
            continue
        if c.opener in relatives and not (here_relative and k == clause_i - 1):
            k -= 1
            continue
        if k in roles:
            return roles[k]
        k -= 1
    return None


def _other_party(
    ctx: SentenceContext, infos: list[MentionInfo], clause_i: int, actor: list[Entity], roles: dict[int, ClauseRoles]
) -> list[Entity]:
    """The referent of an object pronoun: the latest party of an earlier clause that is not the actor."""
    for k in range(clause_i - 1, -1, -1):
        r = roles.get(k)
        if r:
            for e in list(r.recipient) + list(r.actor):
                if e not in actor:
                    return [e]
    for inf in reversed(infos):
        m = inf.mention
        if inf.resolved and ctx.clause_of[m.token_start] < clause_i and m.entity not in actor:
            return [m.entity]  # type: ignore[list-item]
    return []
