"""Actor and recipient of one trigger, from its clause and what the sentence already knows.

:mod:`kronika.events.arguments` has the clause-level cues (subject, agent, recipient by
preposition and case); this module applies them in order for one trigger and falls back,
with lower confidence, on what earlier clauses and sentences established: the antecedent
of "who", the actor of the clause a relative or participle clause hangs on, the other
party of a pronoun object, the paragraph's last actor.
"""

from __future__ import annotations

from dataclasses import dataclass

from kronika.events import arguments as args_mod
from kronika.events import unnamed
from kronika.events.arguments import Arguments, ClauseRoles
from kronika.events.attribution import SentenceAttribution
from kronika.events.context import SentenceContext
from kronika.events.lexicon import Lexicon
from kronika.events.mentions import MentionInfo
from kronika.events.triggers import TriggerMatch
from kronika.model import Entity


@dataclass(slots=True)
class ParagraphMemory:
    """The paragraph's last actor, for a sentence that names none ("He also met ..."), and the
    document's main country, for roles that name none ("prosecutors charged two men")."""

    actor: dict[int, list[Entity]]
    main_country: str | None = None
    #: whether a role without any country may act (not in headings: they restate the body)
    countryless_roles: bool = True


_EN_NOT_NOUNS = frozenset({"not", "to", "that", "the", "a", "an", "and", "or", "of", "in", "on", "for", "with", "by",
                           "from", "it", "them", "him", "her", "their", "its", "his", "some", "several", "about", "at"})


def _patient_noun(ctx: SentenceContext, match: TriggerMatch) -> int | None:
    """The head noun of the people a one-word trigger acts on ("pardoned 30 convicts", "помилував 16 засуджених")."""
    if len(match.tokens) >= 2:
        return match.tokens[-1]
    clause = ctx.clauses[ctx.clause_of[match.head]]
    for k in range(match.head + 1, min(clause.end, match.head + 6)):
        tok = ctx.tokens[k]
        if tok.kind == "number" or any(f in ctx.cues.size_words for f in ctx.forms[k]) or _quantity_word(ctx, k):
            continue
        if tok.kind != "word":
            return None
        if ctx.has(k, ctx.cues.coordinators):
            return None  # "arrested and later released": what follows belongs to the next verb
        if ctx.lang == "en":
            if tok.text[:1].isupper():
                return None  # "a Russian citizen": a nationality the coder cannot resolve
            if ctx.lower(k) in _EN_NOT_NOUNS:
                continue
            return k
        # a noun, or an adjective or participle used as one ("16 засуджених", "30 осужденных")
        if any(str(p.pos) in ("NOUN", "ADJF", "PRTF") for p in tok.parses[:2]):
            return k
    return None


def _quantity_word(ctx: SentenceContext, k: int) -> bool:
    """A word of a quantity phrase ("понад 30", "more than 50", "около 20")."""
    c = ctx.cues
    forms = ctx.forms[k]
    # a handful of short phrases, looked at only for the few words after a release or arrest
    return any(w in forms for pl in (c.size_more, c.size_less, c.size_at_least, c.size_about) for p in pl for w in p)


def patient(ctx: SentenceContext, match: TriggerMatch, actor: list[Entity], lex: Lexicon) -> list[Entity]:
    """People named only by a common noun ("50 political prisoners") as a recipient of the actor's country."""
    country = next((e.country for e in actor if e.country), None)
    k = _patient_noun(ctx, match) if country else None
    if k is None:
        return []
    tok = ctx.tokens[k]
    sector = next((lex.cues.patient_sectors[f] for f in ctx.forms[k] if f in lex.cues.patient_sectors), None)
    return [Entity(tok.text, tok.lemma, country, sector)]


def domestic(recipient: list[Entity], actor: list[Entity]) -> list[Entity]:
    """People arrested or released by a government are its own nationals unless the text says otherwise."""
    country = next((e.country for e in actor if e.country), None)
    if not country:
        return recipient
    return [Entity(e.text, e.name, country, e.sector, e.id) if e.country is None else e for e in recipient]


def assign(
    ctx: SentenceContext,
    infos: list[MentionInfo],
    match: TriggerMatch,
    lex: Lexicon,
    att: SentenceAttribution,
    roles: dict[int, ClauseRoles],
    memory: ParagraphMemory,
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
        if subj and match.entry.frame == "request":
            # "Moscow said that Chisinau must return ...": the speaker of the demand is its actor
            first = min(infos[i].mention.token_start for i in subj)
            speech = next((k for k in range(first - 1, clause.start - 1, -1) if ctx.has(k, lex.cues.speech_verbs)), None)
            if speech is not None:
                idx, rule = args_mod.clause_subject(ctx, infos, clause_i, speech, excluded | set(subj), allow_roles=True)
                if idx:
                    a.actor_mentions = idx
                    a.actor = [e if e.country else Entity(e.text, e.name, memory.main_country, e.sector, e.id)
                               for e in args_mod._entities(infos, idx)]
                    a.actor_rule, a.actor_confidence = f"actor:speaker_of_demand:{rule}", 0.8
        return a
    if a.passive:
        idx = args_mod._agent(ctx, infos, match, clause_i)
        if idx:
            a.actor_mentions, a.actor_rule, a.actor_confidence = idx, "actor:passive_agent", 0.9
            ents = args_mod._entities(infos, idx)
            if all(not e.country for e in ents):
                # "були затримані поліцією в Батумі": a role without a country acts where the clause is
                country, how, conf = args_mod.place_country(ctx, infos, clause_i), "place_country", 0.6
                if not country and memory.main_country and all(e.sector in _DOMESTIC_SECTORS for e in ents):
                    country, how, conf = memory.main_country, "document_country", 0.45
                if country:
                    a.actor = [Entity(e.text, e.name, country, e.sector, e.id) for e in ents]
                    a.actor_rule, a.actor_confidence = f"actor:passive_agent+{how}", conf
                elif not memory.countryless_roles:
                    idx, a.actor_mentions, a.actor_rule, a.actor_confidence = [], [], "", 0.0
        # the grammatical subject of a passive is the patient
        subj, _ = args_mod.clause_subject(ctx, infos, clause_i, verb, excluded | set(idx), allow_roles=True)
        rule = "recipient:passive_subject"
        if not subj and args_mod.predicative_passive(ctx, match):
            # "Десятки прихильників грузинської опозиції були затримані", "Dozens of supporters of the
            # opposition were detained": the named group inside the subject phrase before the verb
            subj = [inf.index for inf in infos if inf.resolved and inf.prep in (None, "of") and inf.index not in idx
                    and inf.index not in excluded and ctx.clause_of[inf.mention.token_start] == clause_i
                    and inf.mention.token_end <= verb][:1]
            rule = "recipient:passive_subject_phrase"
        if subj and match.entry.recipient:
            a.recipient_mentions, a.recipient_rule = subj, rule
    else:
        idx, rule = args_mod.clause_subject(ctx, infos, clause_i, verb, excluded)
        if idx:
            a.actor_mentions, a.actor_rule, a.actor_confidence = idx, f"actor:{rule}", 0.9 if "agreement" not in rule else 0.95
    a.actor = a.actor or args_mod._entities(infos, a.actor_mentions)
    if not a.actor and not a.passive and _own_subject_clause(ctx, clause, match, verb):
        # a role without a country, owned by a country named after it ("workers of Serbia's power
        # company", "працівників компанії Сербії") or acting in a named place ("Opposition supporters
        # in Yerevan began ...")
        idx, rule = args_mod.clause_subject(ctx, infos, clause_i, verb, excluded, allow_roles=True)
        ents = args_mod._entities(infos, idx)
        if ents and all(not e.country for e in ents):
            country = args_mod.owner_country(ctx, infos, idx[-1], verb)
            how = "owner_country"
            if not country:
                country, how = args_mod.place_country(ctx, infos, clause_i), "place_country"
            conf = 0.6
            if not country and memory.main_country and all(e.sector in _DOMESTIC_SECTORS for e in ents):
                # police, prosecutors, courts and the opposition of the country the document is about
                # ("prosecutors charged two men"); diplomats, leaders or senators may be any country's
                country, how, conf = memory.main_country, "document_country", 0.45
            if not country:
                how, conf = "no_country", 0.35
            # a subject of its own blocks the carry-over of an earlier clause's actor, with or
            # without a country: "Poland expelled X, a day after prosecutors charged two men"
            if country or memory.countryless_roles:
                a.actor = [Entity(e.text, e.name, country, e.sector, e.id) for e in ents]
                a.actor_mentions, a.actor_rule, a.actor_confidence = idx, f"actor:{rule}+{how}", conf
    if not a.actor and not a.passive and memory.countryless_roles and _own_subject_clause(ctx, clause, match, verb):
        # a name the actor dictionaries do not know ("Yoweri Museveni", "the Islamic Jihad movement"),
        # or for a protest a crowd named by a common noun ("Thousands of farmers"): the event is
        # kept with the subject as written and no country, rather than lost
        ent = unnamed.unresolved_subject(ctx, infos, clause, verb, match)
        if ent is not None:
            place = args_mod.place_country(ctx, infos, clause_i) if ent.sector == "CVL" else None
            if place and not ent.country:  # a crowd protests where it lives; a named group may be abroad
                ent = Entity(ent.text, ent.name, place, ent.sector, ent.id)
            a.actor, a.actor_rule, a.actor_confidence = [ent], "actor:unresolved_subject", 0.3
    if not a.actor and ctx.lang != "en" and not a.passive:
        # "У Кремлі розкритикували", "В Кремле заявили": a plural verb with no subject after a seat of power
        seat = args_mod.impersonal_seat(ctx, infos, clause_i, verb)
        if seat:
            a.actor_mentions, a.actor = seat, args_mod._entities(infos, seat)
            a.actor_rule, a.actor_confidence = "actor:impersonal_seat", 0.6
    if not a.actor:
        opener = clause.opener
        if opener == "relative_person" and not a.passive and _nominative_relative(ctx, clause):
            idx = args_mod.antecedent_before(ctx, infos, clause_i)
            if idx:
                a.actor_mentions, a.actor = idx, args_mod._entities(infos, idx)
                a.actor_rule, a.actor_confidence = "actor:relative_antecedent", 0.85
        if not a.actor and clause_i >= 2 and ctx.clauses[clause_i - 1].opener == "apposition":
            idx = args_mod.antecedent_before(ctx, infos, clause_i - 1)
            if idx:
                a.actor_mentions, a.actor = idx, args_mod._entities(infos, idx)
                a.actor_rule, a.actor_confidence = "actor:apposition_anchor", 0.8
        carry_ok = not a.passive or match.anaphoric or opener in ("relative_thing", "relative_person")
        if opener == "relative_person" and not _nominative_relative(ctx, clause):
            carry_ok = False  # "компаній, яких звинувачують": an impersonal verb about the antecedent
        if not a.actor and prev_roles is not None and clause_i > 0 and carry_ok:
            if prev_roles.passive and opener == "conjunction" and prev_roles.recipient:
                # "has been indicted by the court and will resign": the shared subject is the
                # passive's subject, its recipient, not its agent
                a.actor = list(prev_roles.recipient)
                a.actor_rule, a.actor_confidence = f"actor:carried_passive_subject({opener})", 0.7
            else:
                a.actor = list(prev_roles.actor)
                a.actor_mentions = list(prev_roles.actor_mentions)
                a.actor_rule, a.actor_confidence = f"actor:carried_from_clause({opener})", 0.75
        if not a.actor and not a.passive and clause_i == 0 or (not a.actor and _has_subject_pronoun(ctx, clause)):
            carried = memory.actor.get(ctx.sentence.paragraph)
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


#: sectors of roles that act inside their own country (police, courts, prosecutors, the
#: opposition): named without a country, they are the document's country's
_DOMESTIC_SECTORS = frozenset({"COP", "JUD", "OPP"})

def _nominative_relative(ctx: SentenceContext, clause) -> bool:  # type: ignore[no-untyped-def]
    """Whether the relative pronoun opening a clause is its subject: "who", "який", "который" yes;
    "whom", "яких", "которых" (object of an impersonal "звинувачують") no."""
    k = clause.opener_token
    if k is None:
        return True
    if ctx.lang == "en":
        return ctx.lower(k) != "whom"
    cases = ctx.cases(k)
    return not cases or "nomn" in cases


def _own_subject_clause(ctx: SentenceContext, clause, match: TriggerMatch, verb: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the trigger's clause can have a subject of its own.

    Participle and relative clauses ("sending delegations", "направляючи делегації") and
    infinitives or gerunds ("to negotiate", "planning to sabotage") take their subject from the
    clause they hang on; only a finite verb has one of its own.
    """
    if clause.opener in ("participle", "relative_person", "relative_thing"):
        return False
    if match.entry.nominal:
        return True  # after a light verb, which is finite where it has a subject
    if ctx.lang == "en":
        h = match.tokens[0]
        low = ctx.lower(h)
        prev = ctx.lower(h - 1) if h > 0 else ""
        if prev == "to" or low.endswith("ing"):
            return False
        return True
    return ctx.is_finite_verb(verb) or ctx.is_passive_participle(verb)


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
