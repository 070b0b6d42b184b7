"""Actor and recipient of a trigger, from the clause around it (no parser needed).

The cues, in the order they are tried (see the project's coding hints):

1. Passive voice ("were strengthened by X", "посилені Євросоюзом", "ужесточены ЕС"):
   the agent phrase is the actor and the grammatical subject the patient.
2. Subject: in English the nearest mention before the verb in its clause that no
   preposition governs; in Ukrainian and Russian a nominative mention of the clause,
   left of the verb first, whose gender and number agree with a past-tense verb.
   Coordinated mentions ("Minsk and Moscow", "Литва і Латвія") form one compound actor.
3. Clause openers: "who"/"який"/"который" is the mention before the comma; a
   "which"-clause, a participle clause or an elliptic clause after a conjunction takes
   the actor (and, for anaphoric triggers, the recipient) of the clause it hangs on;
   an apposition ("Minsk, the capital of Belarus, sent") is skipped.
4. Recipient: the cue sets an entry names in ``arguments.yaml`` (prepositions with
   their case, dative, direct object); a pronoun object is the other party of the
   previous clause ("Trump, who called him" -> Lukashenko).

Mentions without a resolved entity never become actors; a capital governed by a
locative preposition ("in Paris") is a place, which the preposition rule gives for free.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kronika.events.context import SentenceContext, past_adverb, pos_of
from kronika.events.mentions import MentionInfo
from kronika.events.triggers import TriggerMatch
from kronika.model import Entity


@dataclass(slots=True)
class Arguments:
    actor: list[Entity] = field(default_factory=list)
    actor_rule: str = ""
    actor_confidence: float = 0.0
    actor_mentions: list[int] = field(default_factory=list)
    recipient: list[Entity] = field(default_factory=list)
    recipient_rule: str = ""
    recipient_mentions: list[int] = field(default_factory=list)
    passive: bool = False


@dataclass(slots=True)
class ClauseRoles:
    """Roles already known for a clause (from an event coded in it, or its bare subject)."""

    actor: list[Entity] = field(default_factory=list)
    recipient: list[Entity] = field(default_factory=list)
    actor_mentions: list[int] = field(default_factory=list)
    #: the clause's event was in the passive: its grammatical subject is the recipient
    passive: bool = False


def _entities(infos: list[MentionInfo], idx: list[int]) -> list[Entity]:
    out: list[Entity] = []
    seen: set[tuple[str, str | None]] = set()
    for i in idx:
        e = infos[i].mention.entity
        if e is None:
            continue
        key = (e.name, e.country)
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


_ARTICLES = frozenset({"the", "a", "an"})


def _compatible(ctx: SentenceContext, a: MentionInfo, b: MentionInfo) -> bool:
    """Whether two mentions can be conjuncts of one phrase.

    "Moldova expelled two Russian diplomats and Romania summoned ...": the left mention is
    the object of a verb and the right one the subject of the next; conjuncts share their
    preposition and, in Ukrainian and Russian, a case.
    """
    if a.prep != b.prep:
        return False
    if ctx.lang != "en" and a.cases and b.cases and not (a.cases & b.cases):
        return False
    after = b.mention.token_end
    while after < len(ctx.tokens) and ctx.tokens[after].kind == "word" and _adverb(ctx, after):
        after += 1  # "and Washington partially lifted": an adverb may stand before the verb
    if after < len(ctx.tokens) and ctx.tokens[after].kind == "word" and ctx.is_verb(after) and a.prep is None:
        if ctx.lang != "en" and a.cases and "nomn" not in a.cases and "nomn" in b.cases:
            return False  # "звільнила активістів, і Брюссель зняв": an object, then the next subject
        # the right mention opens a clause of its own; so does the left one after a verb
        k = a.mention.token_start - 1
        while k >= 0 and ctx.tokens[k].kind in ("word", "number") and (
            ctx.lower(k) in _ARTICLES or ctx.tokens[k].kind == "number" or any(f in ctx.cues.size_words for f in ctx.forms[k])
            or _quantity_phrase_word(ctx, k)
        ):
            k -= 1
        if k >= 0 and ctx.tokens[k].kind == "word" and ctx.is_verb(k):
            return False
    return True


def _quantity_phrase_word(ctx: SentenceContext, k: int) -> bool:
    """A word of a quantity phrase before a number ("more than 50", "понад 50", "более 50")."""
    c = ctx.cues
    low = ctx.lower(k)
    return any(low in p for pl in (c.size_more, c.size_less, c.size_at_least, c.size_about) for p in pl)


def _adverb(ctx: SentenceContext, k: int) -> bool:
    """Whether the first reading of token k is an adverb ("partially", "частково", "частично")."""
    parses = ctx.tokens[k].parses
    return bool(parses) and pos_of(parses[0]) == "ADVB"


def coordinated(ctx: SentenceContext, infos: list[MentionInfo], mi: int) -> list[int]:
    """Mention ``mi`` with the mentions coordinated with it ("X and Y", "X, Y і Z", "X and the Y")."""
    group = [mi]
    toks = ctx.tokens
    # to the left
    k = mi
    while k > 0:
        prev, cur = infos[k - 1].mention, infos[k].mention
        between = [t for t in range(prev.token_end, cur.token_start) if toks[t].kind != "quote" and toks[t].text.lower() not in _ARTICLES]
        if len(between) == 1 and (
            ctx.has(between[0], ctx.cues.coordinators) or (toks[between[0]].text == "," and len(group) > 1)
        ) and _compatible(ctx, infos[k - 1], infos[k]):
            group.insert(0, k - 1)
            k -= 1
            continue
        break
    k = mi
    while k + 1 < len(infos):
        cur, nxt = infos[k].mention, infos[k + 1].mention
        between = [t for t in range(cur.token_end, nxt.token_start) if toks[t].kind != "quote" and toks[t].text.lower() not in _ARTICLES]
        if (len(between) == 1 and ctx.has(between[0], ctx.cues.coordinators) or (
            len(between) == 2 and toks[between[0]].text == "," and ctx.has(between[1], ctx.cues.coordinators)
        )) and _compatible(ctx, infos[k], infos[k + 1]):
            group.append(k + 1)
            k += 1
            continue
        if len(between) == 1 and toks[between[0]].text == "," and k + 2 < len(infos):
            # "X, Y and Z": only if a coordinator follows later
            nn = infos[k + 2].mention
            b2 = [t for t in range(nxt.token_end, nn.token_start) if toks[t].kind != "quote"]
            if len(b2) == 1 and ctx.has(b2[0], ctx.cues.coordinators):
                group.append(k + 1)
                k += 1
                continue
        break
    # a coordinated group split by commas must still be resolved mentions
    return [g for g in group if infos[g].resolved] or [mi]


def _verb_token(ctx: SentenceContext, match: TriggerMatch) -> int:
    """The token whose agreement/voice decides the subject: the head, or a verb of the match."""
    if ctx.lang == "en":
        return match.head
    for k in [match.head, *match.tokens]:
        if ctx.is_finite_verb(k) or ctx.is_passive_participle(k) or ctx.is_infinitive(k):
            return k
    return match.head


def is_passive(ctx: SentenceContext, match: TriggerMatch) -> bool:
    """Passive voice of the trigger verb: be + participle (en), a passive participle (uk/ru),
    the impersonal -но/-то form (uk)."""
    v = _verb_token(ctx, match)
    if ctx.lang == "en":
        low = ctx.lower(v)
        participle = low.endswith(("ed", "en", "wn")) or any("VBN" in p.tags or "VBD" in p.tags for p in ctx.tokens[v].parses)
        if low.endswith("ing") or not participle:
            return False  # "are ready to", "is seeking": no passive
        i = v - 1
        steps = 0
        while i >= 0 and steps < 3 and ctx.tokens[i].kind == "word":
            if ctx.lower(i) in ctx.cues.passive_auxiliaries:
                return True
            i -= 1
            steps += 1
        return False
    if is_impersonal(ctx, match):
        return True
    return ctx.is_passive_participle(v) and not ctx.is_finite_verb(v)


def fronted_object(ctx: SentenceContext, match: TriggerMatch) -> bool:
    """Ukrainian and Russian put the object first ("Журналиста освободили", "Двох активістів
    затримали"): every element before the head is accusative and not nominative, and is no
    genitive hanging on a noun before it ("Адвокат журналиста освободил")."""
    if ctx.lang == "en":
        return False
    before = [k for k in match.tokens if k < match.head]
    for k in before:
        cases = ctx.frozen_cases(k)
        if "accs" not in cases or "nomn" in cases:
            return False
        j = k - 1
        while j >= 0 and ctx.tokens[j].kind == "word" and ctx.tokens[j].parses and pos_of(ctx.tokens[j].parses[0]) in ("ADJF", "PRTF", "NUMR"):
            j -= 1
        if j >= 0 and ctx.tokens[j].kind == "word" and ctx.tokens[j].parses and pos_of(ctx.tokens[j].parses[0]) == "NOUN":
            return False
    return bool(before)


def predicative_passive(ctx: SentenceContext, match: TriggerMatch) -> bool:
    """A passive that is the clause's predicate, not a participle used as a noun or an adjective
    ("помиловал 30 осужденных"): English be + participle, a Russian short participle, the
    Ukrainian impersonal, or a full participle after a form of "to be"."""
    if ctx.lang == "en":
        return is_passive(ctx, match)
    v = _verb_token(ctx, match)
    if is_impersonal(ctx, match) or any(pos_of(p) == "PRTS" for p in ctx.tokens[v].parses):
        return True
    return any(ctx.lower(k) in ctx.cues.passive_auxiliaries for k in range(max(0, v - 2), v))


def is_impersonal(ctx: SentenceContext, match: TriggerMatch) -> bool:
    """The Ukrainian impersonal in -но/-то ("опозиціонера було заарештовано міліцією"): no subject,
    the patient stays an accusative object, the agent (when named) is in the instrumental as in
    a passive."""
    v = _verb_token(ctx, match)
    return ctx.lang == "uk" and any("Impe" in p.tags for p in ctx.tokens[v].parses)


def _agrees(info: MentionInfo, demand: set[str], group_size: int) -> bool:
    if not demand:
        return True
    if group_size > 1:
        return "plur" in demand
    if not info.agreement:
        return True  # indeclinable or unknown: no evidence against
    if "plur" in demand:
        return "plur" in info.agreement
    return bool(demand & info.agreement) and not (info.agreement <= {"plur"})


def _subject_candidates(
    ctx: SentenceContext, infos: list[MentionInfo], clause: int, excluded: set[int], allow_roles: bool = False
) -> list[MentionInfo]:
    out = []
    for inf in infos:
        m = inf.mention
        if ctx.clause_of[m.token_start] != clause or inf.mention.entity is None or inf.index in excluded:
            continue
        if inf.prep is not None or inf.possessive:
            continue
        if m.entity is None:
            continue
        if not m.entity.country and not (allow_roles and m.kind in ("role", "demonym_role", "person", "organisation")):
            continue  # a bare role ("the leader", "делегації") names no actor
        if m.kind == "pronoun" and not any(ctx.lower(k) in ctx.cues.subject_pronouns for k in range(m.token_start, m.token_end)):
            continue  # "його", "him": an object or a possessive, never the subject
        if ctx.lang != "en" and inf.cases and "nomn" not in inf.cases:
            continue
        out.append(inf)
    return out


def clause_subject(
    ctx: SentenceContext, infos: list[MentionInfo], clause: int, verb: int | None, excluded: set[int],
    allow_roles: bool = False,
) -> tuple[list[int], str]:
    """The subject mentions of a clause (around ``verb`` if given) and the rule that found them.

    ``allow_roles`` admits roles without a country ("opposition supporters", "двох активістів"):
    for patients of passives, and for actors whose clause names the place they act in.
    """
    cands = _subject_candidates(ctx, infos, clause, excluded, allow_roles)
    if not cands:
        return [], ""
    pivot = verb if verb is not None else len(ctx.tokens)
    left = [c for c in cands if c.mention.token_end <= pivot]
    right = [c for c in cands if c.mention.token_start > pivot]
    if ctx.lang == "en":
        ordered = sorted(left, key=lambda c: -c.mention.token_end)
        for best in ordered:
            if _en_object_before_coordinated_verb(ctx, best, pivot):
                continue  # "Macron met Zelensky and praised ...": Zelensky is the first verb's object
            return coordinated(ctx, infos, best.index), "subject_before_verb"
        if ordered:
            # no subject before the object's verb: the verb reading was wrong ("Exiled leader X ...")
            return coordinated(ctx, infos, ordered[0].index), "subject_before_verb"
        return [], ""
    demand = ctx.past_agreement(verb) if verb is not None else set()
    skipped: tuple[list[int], str] | None = None
    for side, rule in ((sorted(left, key=lambda c: -c.mention.token_end), "nominative_before_verb"),
                       (sorted(right, key=lambda c: c.mention.token_start), "nominative_after_verb")):
        for c in side:
            group = coordinated(ctx, infos, c.index)
            if _agrees(c, demand, len(group)):
                if verb is not None and c.mention.token_end <= verb and _object_before_coordinated_verb(ctx, c, verb):
                    # "посетил Киев и встретился": Киев is the object of the first verb
                    skipped = skipped or (group, rule + ("+agreement" if demand else ""))
                    continue
                return group, rule + ("+agreement" if demand else "")
    return skipped or ([], "")


def _object_before_coordinated_verb(ctx: SentenceContext, inf: MentionInfo, verb: int) -> bool:
    """A Ukrainian or Russian mention that can be accusative right after another finite verb, with a
    coordinator before this verb: the object of the first verb, not the subject of the second."""
    if inf.cases and "accs" not in inf.cases:
        return False
    m = inf.mention
    if not any(ctx.has(k, ctx.cues.coordinators) for k in range(m.token_end, verb)):
        return False
    k = m.token_start - 1
    while k >= 0 and k >= m.token_start - 3 and ctx.tokens[k].kind in ("word", "quote"):
        if ctx.tokens[k].kind == "word" and ctx.is_finite_verb(k):
            return True
        parses = ctx.tokens[k].parses
        if ctx.tokens[k].kind == "word" and not (parses and pos_of(parses[0]) in ("ADJF", "PRTF", "NUMR")):
            return False
        k -= 1
    return False


def _en_object_before_coordinated_verb(ctx: SentenceContext, inf: MentionInfo, verb: int) -> bool:
    """An English mention right after a verb, with a coordinator before the next verb: an object.

    "X met Y in Paris and praised Z": the second verb shares the subject X; Y is no subject.
    """
    m = inf.mention
    if not any(ctx.has(k, ctx.cues.coordinators) for k in range(m.token_end, verb)):
        return False
    k = m.token_start - 1
    steps = 0
    while k >= 0 and steps < 4 and ctx.tokens[k].kind in ("word", "number"):
        tags = ctx.tokens[k].parses[0].tags if ctx.tokens[k].parses else frozenset()
        if tags & {"VBD", "VBZ", "VBP", "VB"} and ctx.lower(k) not in ctx.cues.passive_auxiliaries:
            return True
        if ctx.tokens[k].kind == "number" or ctx.lower(k) in _ARTICLES or tags & {"JJ", "CD", "DT", "PRP$"}:
            k -= 1
            steps += 1
            continue
        return False
    return False


def _agent(ctx: SentenceContext, infos: list[MentionInfo], match: TriggerMatch, clause: int) -> list[int]:
    """The agent of a passive: "by X" (en) or an instrumental / indeclinable name after the participle (uk/ru)."""
    for inf in infos:
        m = inf.mention
        if ctx.clause_of[m.token_start] != clause or inf.mention.entity is None:
            continue
        if ctx.lang == "en":
            if inf.prep in ctx.cues.agent_prepositions:
                return coordinated(ctx, infos, inf.index)
        else:
            if inf.prep is None and "ablt" in inf.cases:
                if _indeclinable(ctx, m.token_start) and m.token_start != match.head + 1:
                    continue  # "по запросу США": an indeclinable name is no instrumental agent far off
                if not m.entity.country:  # type: ignore[union-attr]
                    # "Міністерством фінансів США": the institution's owner follows in the genitive
                    nxt = [j for j in infos if j.index > inf.index and j.resolved and j.mention.entity.country  # type: ignore[union-attr]
                           and j.mention.token_start - m.token_end <= 3 and j.prep is None]
                    if nxt:
                        return [nxt[0].index]
                return coordinated(ctx, infos, inf.index)  # "затримані поліцією": its country is found later
            if inf.prep is None and not inf.cases - {"nomn", "gent", "datv", "accs", "loct"} and m.token_start == match.head + 1 \
                    and _indeclinable(ctx, m.token_start):
                # "ужесточены ЕС": an indeclinable name after the participle; "задержан лидер" is the patient
                return coordinated(ctx, infos, inf.index)
    return []


def _of_chain_head(ctx: SentenceContext, inf: MentionInfo) -> int | None:
    """The preposition that governs a chain of "of" phrases or possessives ending in the mention
    ("on dozens of tankers of Russia's", "against the leaders of Belarus"): its token, if any."""
    k = (inf.prep_token if inf.prep == "of" else inf.mention.token_start) - 1
    steps = 0
    while k >= 0 and steps < 8:
        t = ctx.tokens[k]
        if t.kind not in ("word", "number") or ctx.is_verb(k) and not ctx.tokens[k].parses[0].pos == "NOUN":
            return None
        if ctx.has(k, ctx.cues.prepositions) and ctx.lower(k) != "of":
            return k
        k -= 1
        steps += 1
    return None


def _indeclinable(ctx: SentenceContext, k: int) -> bool:
    parses = ctx.tokens[k].parses
    return not parses or any("Fixd" in p.tags for p in parses) or not ctx.cases(k)


#: how far (tokens) a recipient's preposition may stand from the trigger
_NEAR = 6


def _cue_fits(ctx: SentenceContext, inf: MentionInfo, cue: dict, match: TriggerMatch) -> bool:
    prep = cue.get("prep")
    case = cue.get("case")
    if prep:
        if ctx.lang == "en" and (inf.prep == "of" or inf.possessive):
            # "sanctions on dozens of tankers of Russia's fleet": the owner stands for the target
            head = _of_chain_head(ctx, inf)
            return head is not None and ctx.lower(head) in str(prep).split("|") and -_NEAR <= head - match.end <= _NEAR
        if inf.prep is None or inf.prep not in str(prep).split("|"):
            return False
        if case and inf.prep_object_cases and case not in inf.prep_object_cases:
            return False
        # the phrase must hang on the trigger, not on a later noun ("war against Ukraine")
        return -_NEAR <= inf.prep_token - match.end <= _NEAR if inf.prep_token is not None else False
    if cue.get("object") and ctx.lang == "en" and inf.prep == "of" and inf.prep_token is not None:
        # "seized the property of exiled politicians": the owner of the object undergoes the act
        k = match.end
        while k < inf.prep_token and ctx.tokens[k].kind == "word" and not ctx.has(k, ctx.cues.prepositions) and (
            not ctx.is_verb(k) or pos_of(ctx.tokens[k].parses[0]) == "NOUN"  # "rejected the demands of X"
        ):
            k += 1
        return k == inf.prep_token and inf.prep_token - match.end <= 4
    if inf.prep is not None:
        return False
    if cue.get("object"):
        # the first mention after the trigger's head with no preposition (accusative where cases are
        # known); it may lie inside a discontinuous trigger ("released 84 Ukrainian prisoners",
        # "назвав Мінськ надійним партнером"). Ukrainian and Russian may front the object
        # ("Двох активістів затримали силовики") when its case cannot be nominative.
        m = inf.mention
        if ctx.lang != "en" and inf.cases and "accs" not in inf.cases and "gent" not in inf.cases:
            return False
        if ctx.lang != "en" and is_passive(ctx, match) and not is_impersonal(ctx, match):
            return False  # "гражданку, задержанную по запросу США": a passive participle has no object
        if m.token_start <= match.head <= m.token_end - 1:
            return False
        if m.token_start > match.head:
            # no other verb in between: "привітав рішення та закликав США" - США belongs to закликав
            if _finite_verb_between(ctx, match, match.head + 1, m.token_start):
                return False
            # nor a "that" opening a clause: in "warned that Moscow would respond" Moscow is its
            # subject, who may be either side; "demanded that Mugabe abandon" names the addressee
            if match.entry.frame != "request" and any(
                    k not in match.tokens and ctx.has(k, ctx.cues.complementisers) for k in range(match.head + 1, m.token_start)):
                return False
            # nor "until"/"if" ("will not reopen the crossings until Minsk releases"): a new clause
            if any(ctx.has(k, ctx.cues.until_conditions) or ctx.has(k, ctx.cues.conditional)
                   for k in range(match.head + 1, m.token_start)):
                return False
            return m.token_start - match.head <= 6
        return ctx.lang != "en" and bool(inf.cases) and "nomn" not in inf.cases and match.head - m.token_end <= 4 \
            and not _other_verb_before(ctx, match, auxiliaries_too=not is_impersonal(ctx, match))
    if case:
        if ctx.lang == "en":
            return False
        if inf.mention.token_start > match.end and _finite_verb_between(ctx, match, match.end, inf.mention.token_start):
            return False  # "висловив стурбованість ... та закликав ЄС": ЄС belongs to the second verb
        if inf.mention.token_end <= match.start and _other_verb_before(ctx, match):
            return False  # "розкритикувала рішення Латвії та пригрозила": Латвії belongs to the first verb
        if inf.mention.token_start > match.end and _after_common_noun(ctx, match, inf.mention.token_start):
            return False  # "обвинувачення в фінансуванні партії": партії hangs on фінансуванні
        return not inf.cases or case in inf.cases
    return False


def _after_common_noun(ctx: SentenceContext, match: TriggerMatch, start: int) -> bool:
    """Whether a name right after a common noun (adjectives aside) outside the trigger hangs on
    that noun as its attribute ("фінансуванні політичної партії") rather than on the verb."""
    k = start - 1
    while k > match.end - 1 and ctx.tokens[k].kind == "word" and ctx.tokens[k].parses \
            and pos_of(ctx.tokens[k].parses[0]) in ("ADJF", "PRTF", "NUMR"):
        k -= 1
    if k < match.end or k in match.tokens or ctx.tokens[k].kind != "word" or not ctx.tokens[k].parses:
        return False
    return pos_of(ctx.tokens[k].parses[0]) == "NOUN" and k not in ctx.mention_at and not ctx.tokens[k].text[:1].isupper()


def _other_verb_before(ctx: SentenceContext, match: TriggerMatch, auxiliaries_too: bool = True) -> bool:
    """Another finite verb earlier in the trigger's clause: a fronted object or dative before the
    trigger is then that verb's ("розкритикувала рішення Латвії та пригрозила"). The auxiliary of
    an impersonal ("опозиціонера було заарештовано") is part of the trigger's own predicate."""
    return _finite_verb_between(ctx, match, ctx.clauses[ctx.clause_of[match.head]].start, match.start, auxiliaries_too)


def _finite_verb_between(
    ctx: SentenceContext, match: TriggerMatch, start: int, end: int, auxiliaries_too: bool = True
) -> bool:
    """A finite verb outside the trigger between two tokens: the later words belong to another predicate."""
    aux = ctx.cues.passive_auxiliaries
    return any(
        ctx.tokens[k].kind == "word" and k not in match.tokens and ctx.is_finite_verb(k)
        and (auxiliaries_too or ctx.lower(k) not in aux)
        for k in range(start, end)
    )


def find_recipient(
    ctx: SentenceContext,
    infos: list[MentionInfo],
    match: TriggerMatch,
    cue_sets: dict[str, tuple[dict, ...]],
    actor_idx: set[int],
    excluded: set[int],
) -> tuple[list[int], str]:
    """Recipient mentions by the entry's cue sets, nearest to the trigger in its clause first."""
    clause = ctx.clause_of[match.head]
    for name in match.entry.recipient:
        for cue in cue_sets.get(name, ()):
            best: MentionInfo | None = None
            for inf in infos:
                if inf.index in actor_idx or inf.index in excluded or inf.mention.entity is None:
                    continue
                if not match.entry.domestic and not inf.mention.entity.country:  # type: ignore[union-attr]
                    continue
                mclause = ctx.clause_of[inf.mention.token_start]
                if mclause != clause:
                    continue
                if not _cue_fits(ctx, inf, cue, match):
                    continue
                if best is None or abs(inf.mention.token_start - match.head) < abs(best.mention.token_start - match.head):
                    best = inf
            if best is not None:
                return coordinated(ctx, infos, best.index), f"{name}:{cue.get('prep') or cue.get('case') or 'object'}"
    return [], ""


def pronoun_object(ctx: SentenceContext, match: TriggerMatch, cue_sets: dict[str, tuple[dict, ...]]) -> int | None:
    """A pronoun standing where the recipient would be ("called him", "надіслав їм", "to them")."""
    clause = ctx.clauses[ctx.clause_of[match.head]]
    for k in range(match.start, min(clause.end, match.end + 4)):
        if k in match.tokens:
            continue
        if ctx.has(k, ctx.cues.object_pronouns):
            return k
    return None


def antecedent_before(ctx: SentenceContext, infos: list[MentionInfo], clause: int) -> list[int]:
    """The mention that ends right before the clause's opening comma ("Trump, who ...")."""
    if clause == 0:
        return []
    prev = ctx.clauses[clause - 1]
    best = None
    for inf in infos:
        m = inf.mention
        if inf.mention.entity is None or ctx.clause_of[m.token_start] != prev.index:
            continue
        trailing = [t for t in range(m.token_end, ctx.clauses[clause].start) if ctx.tokens[t].kind not in ("quote", "punct")]
        if not trailing:
            best = inf
    return [best.index] if best else []


def other_party(ctx: SentenceContext, infos: list[MentionInfo], clause: int, cue_sets: dict[str, tuple[dict, ...]]) -> list[int]:
    """The other party a clause names ("engage with Minsk", "з Мінськом"), for clauses that hang on it."""
    for cue in cue_sets.get("other_party", ()):
        preps = str(cue.get("prep") or "").split("|")
        for inf in infos:
            if ctx.clause_of[inf.mention.token_start] != clause or inf.mention.entity is None or inf.prep not in preps:
                continue
            if cue.get("case") and inf.prep_object_cases and cue["case"] not in inf.prep_object_cases:
                continue
            return coordinated(ctx, infos, inf.index)
    return []


def place_country(ctx: SentenceContext, infos: list[MentionInfo], clause: int) -> str | None:
    """The country of a place named in the clause ("in Yerevan", "у Тбілісі"), if exactly one."""
    found = {
        inf.mention.entity.country
        for inf in infos
        if inf.resolved and inf.prep in ctx.cues.location_prepositions and ctx.clause_of[inf.mention.token_start] == clause
        and inf.mention.entity.country and inf.mention.kind in ("capital", "city", "place", "country", "location")  # type: ignore[union-attr]
    }
    return found.pop() if len(found) == 1 else None


def shared_object(ctx: SentenceContext, infos: list[MentionInfo], match: TriggerMatch, exclude: set[int]) -> list[int]:
    """"detained and questioned two journalists", "затримала і допитала двох журналістів": two
    verbs joined by "and" share the object after the second; the object of the first trigger,
    when it has none before "and"."""
    k = match.end
    toks = ctx.tokens
    if k + 1 >= len(toks) or not ctx.has(k, ctx.cues.coordinators):
        return []
    v = past_adverb(toks, k + 1)
    if v >= len(toks) or not ctx.is_verb(v):
        return []
    for inf in sorted(infos, key=lambda i: i.mention.token_start):
        m = inf.mention
        if m.token_start <= v or inf.index in exclude:
            continue
        if inf.prep is None and inf.resolved and m.token_start - v <= 4:
            return coordinated(ctx, infos, inf.index)
        break
    return []


_PLACE_KINDS = ("capital", "city", "place", "country", "location")


def attacked_place(ctx: SentenceContext, infos: list[MentionInfo], match: TriggerMatch, exclude: set[int]) -> list[int]:
    """The place an attack hit when its target is no actor ("attacked a refinery in Saratov",
    "атакували завод у Саратовській області Росії"): the first place after the trigger in its
    clause that a location preposition governs, or a place right after that one (its country)."""
    clause = ctx.clause_of[match.head]
    after = [inf for inf in infos if inf.index not in exclude and inf.mention.token_start >= match.end
             and ctx.clause_of[inf.mention.token_start] == clause and inf.resolved]
    after.sort(key=lambda inf: inf.mention.token_start)
    for n, inf in enumerate(after):
        if inf.prep in ctx.cues.location_prepositions:
            if inf.mention.kind in _PLACE_KINDS and inf.mention.entity.country:  # type: ignore[union-attr]
                return [inf.index]
            nxt = after[n + 1] if n + 1 < len(after) else None
            if nxt is not None and nxt.mention.token_start == inf.mention.token_end and nxt.mention.kind in _PLACE_KINDS \
                    and nxt.mention.entity.country:  # type: ignore[union-attr]
                return [nxt.index]
    return []


def impersonal_seat(ctx: SentenceContext, infos: list[MentionInfo], clause: int, verb: int) -> list[int]:
    """The seat of power of an impersonal plural ("У Кремлі заявили", "В Минске ответили").

    Ukrainian and Russian report an institution's statement with a subjectless plural verb
    after "in <capital>": the capital there stands for its government. Only before the verb,
    only a capital or seat of power, only with a past plural verb.
    """
    if "plur" not in ctx.past_agreement(verb):
        return []
    for inf in infos:
        m = inf.mention
        if ctx.clause_of[m.token_start] != clause or m.token_start > verb or inf.mention.entity is None:
            continue
        if inf.prep in ctx.cues.location_prepositions and m.kind == "capital" and m.entity.country:  # type: ignore[union-attr]
            return [inf.index]
    return []


def owner_country(ctx: SentenceContext, infos: list[MentionInfo], mi: int, verb: int) -> str | None:
    """The country a role belongs to when the text names it right after the role.

    "Hundreds of workers at Serbia's state power company", "Сотні працівників компанії Сербії":
    a mention within four tokens after the role, before the verb, that is genitive (uk/ru) or
    governed by of/at/from or possessive (en).
    """
    role = infos[mi].mention
    for inf in infos[mi + 1 :]:
        m = inf.mention
        if m.token_start - role.token_end > 4 or m.token_start >= verb:
            break
        if inf.mention.entity is None or not m.entity.country:  # type: ignore[union-attr]
            continue
        if ctx.lang == "en":
            if inf.prep in ("of", "at", "from", "for") or (inf.possessive or inf.institution):
                return m.entity.country  # type: ignore[union-attr]
        elif inf.prep is None and "gent" in inf.cases:
            return m.entity.country  # type: ignore[union-attr]
    return None
