"""What the words around an actor mention say about its role.

Without a parser, a mention's role comes from its immediate left context (the
preposition that governs it, if any), its case readings (Ukrainian and Russian) and
what follows it (an English possessive "'s"). These helpers compute those facts once
per mention for the argument rules.
"""

from __future__ import annotations

from dataclasses import dataclass

from kronika.events.context import SentenceContext, pos_of
from kronika.events.lexicon import Cues
from kronika.model import Mention

_MODIFIER_POS = frozenset({"ADJF", "PRTF", "NUMR", "ADJS"})
_EN_DETERMINERS = frozenset(
    {"the", "a", "an", "its", "their", "his", "her", "this", "these", "that", "those", "some", "several", "state",
     "former", "senior", "top", "acting", "new", "own", "official", "two", "three", "both", "all", "other"}
)


#: last words of English quantity phrases ("at least", "more than", "at most")
_EN_QUANTITY_ENDS = frozenset({"least", "than", "most"})

#: English words that are prepositions before a noun and conjunctions before a clause
_EN_CLAUSE_PREPS = frozenset({"after", "before", "since", "until", "till"})


def _finite_first(ctx: SentenceContext, k: int) -> bool:
    """Whether token k reads first as a finite past or present verb ("charged", "says")."""
    t = ctx.tokens[k]
    return t.kind == "word" and bool(t.parses) and bool(t.parses[0].tags & {"VBD", "VBZ", "VBP"})


@dataclass(frozen=True, slots=True)
class MentionInfo:
    index: int
    mention: Mention
    #: the preposition governing the mention (lower-cased), or None
    prep: str | None
    prep_token: int | None
    #: case readings of the mention's words (uk/ru); empty for English or indeclinable names
    cases: frozenset[str]
    #: grammatical genders/numbers its nominative readings allow (uk/ru)
    agreement: frozenset[str]
    possessive: bool
    #: the case readings of the first word after the preposition (it decides з + gent vs з + ablt)
    prep_object_cases: frozenset[str]
    #: the mention is the owner of an institution that acts ("Ukraine's foreign ministry", "МИД Польши")
    institution: bool = False

    @property
    def resolved(self) -> bool:
        return self.mention.entity is not None


#: per cue set (kept alive beside it so its id is never reused): every preposition kind in one
#: set, so the left-context walk asks one question per word instead of three
_ANY_PREP: dict[int, tuple[Cues, frozenset[str]]] = {}


def _any_preposition(cues: Cues) -> frozenset[str]:
    held = _ANY_PREP.get(id(cues))
    if held is None or held[0] is not cues:
        held = _ANY_PREP[id(cues)] = (cues, cues.prepositions | cues.agent_prepositions | cues.location_prepositions)
    return held[1]


_NO_CASES: frozenset[str] = frozenset()
#: the six cases a noun of a name phrase is read in
MAIN_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})


def _word_cases(ctx: SentenceContext, i: int) -> frozenset[str]:
    return ctx.frozen_cases(i) if ctx.tokens[i].kind == "word" else _NO_CASES


def mention_info(ctx: SentenceContext, mi: int, stop_tokens: frozenset[int] = frozenset()) -> MentionInfo:
    """Governing preposition, cases and agreement features of mention ``mi`` of the sentence."""
    m = ctx.mentions[mi]
    toks = ctx.tokens
    prep: str | None = None
    prep_tok: int | None = None
    quoted_name = m.token_start > 0 and toks[m.token_start - 1].kind == "quote"
    oblique = False
    if ctx.lang != "en":
        own = _word_cases(ctx, m.token_start)
        oblique = bool(own) and "nomn" not in own
    any_prep = _any_preposition(ctx.cues)
    # ctx.has is inlined in the left-context walk (every index there is inside the sentence)
    forms = ctx.forms
    cues = ctx.cues
    i = m.token_start - 1
    skipped = 0
    while i >= 0 and skipped <= 3:
        t = toks[i]
        if t.kind == "quote":
            i -= 1
            continue
        if t.kind != "word" or i in stop_tokens:
            break
        if i in ctx.mention_at:
            other = ctx.mentions[ctx.mention_at[i]].entity
            if other is not None and other.country:
                break
            # a bare role in apposition ("the state airline Belavia", «авіакомпанії "Белавіа"») is passed over
        if ctx.lang != "en" and not forms[i].isdisjoint(cues.quantifiers):
            break  # "в воскресенье тысячи фермеров": the quantity word governs the genitive, not "в"
        if not ctx.forms[i].isdisjoint(any_prep):  # 0 <= i < len(toks) here
            prep, prep_tok = t.text.lower(), i
            break
        if ctx.lang == "en":
            if ctx.lower(i) in _EN_QUANTITY_ENDS:
                break  # "at least four civilians", "more than 50 prisoners": no preposition governs them
            if ctx.is_verb(i) or not forms[i].isdisjoint(cues.coordinators) or not forms[i].isdisjoint(cues.complementisers) \
                    or not forms[i].isdisjoint(cues.conditional):
                break  # "said on Friday that Chisinau must", "retaliate if Finland": a clause opens, "on" governs Friday
        else:
            first = pos_of(t.parses[0]) if t.parses else None
            # a noun may stand between a preposition and a quoted or oblique name: «з авіакомпанії "Белавіа"»
            noun_ok = first == "NOUN" and (quoted_name or oblique or i in ctx.mention_at) and not ctx.is_verb(i)
            if first not in _MODIFIER_POS and not noun_ok and forms[i].isdisjoint(cues.determiners):
                break
        skipped += 1
        i -= 1
    cases: set[str] = set()
    agreement: set[str] = set()
    words = [k for k in range(m.token_start, min(m.token_end, len(toks))) if toks[k].kind == "word"]
    if ctx.lang != "en" and words:
        first = _word_cases(ctx, words[0])
        last = _word_cases(ctx, words[-1])
        head_first = bool(ctx.tokens[words[0]].parses) and pos_of(ctx.tokens[words[0]].parses[0]) == "NOUN"
        # "Власти Молдавии": a noun with its genitive takes the first noun's case; adjective + noun agree
        cases = set(first if head_first and first else ((first & last) or (first | last)))
        for k in (words[-1], words[0]):
            for t in ctx.tags(k):
                if "nomn" in t or t.isdisjoint(MAIN_CASES):
                    # a plural reading agrees as plural whatever its gender: "Латвии" (nom. pl.) is no
                    # subject of "пригрозила"
                    for g in (("plur",) if "plur" in t else ("masc", "femn", "neut", "sing")):
                        if g in t:
                            agreement.add(g)
                    if "ms-f" in t or "Ms-f" in t:
                        agreement.update(("masc", "femn"))
                    if "Abbr" in t and "Fixd" in t and "plur" not in t:
                        # "НАТО начало", "ООН заявила", "МАГАТЭ сообщило": an abbreviation takes any gender
                        agreement.update(("masc", "femn", "neut"))
        if m.kind == "person" and len(words) > 2:
            # "Президент Майя Санду": a title before the name; the first name tells the gender
            for k in words[1:-1]:
                for t in ctx.tags(k):
                    if "nomn" in t and "plur" not in t:
                        agreement.update(g for g in ("masc", "femn") if g in t)
        if m.kind in ("role", "demonym_role") and any(
            {"masc", "anim", "nomn"} <= t and "plur" not in t for t in ctx.tags(words[0] if head_first else words[-1])
        ):
            # "Президент Молдавии призвала", "посол заявила": a masculine title of a person
            # takes the verb of the woman who holds it
            agreement.add("femn")
    if ctx.lang == "en" and prep in _EN_CLAUSE_PREPS and m.token_end < len(toks) and _finite_first(ctx, m.token_end):
        # "a day after prosecutors charged two men": "after" opens a clause whose subject the mention is
        prep, prep_tok = None, None
    if ctx.lang == "en" and prep == "of" and prep_tok is not None and prep_tok > 0 and ctx.has(prep_tok - 1, ctx.cues.quantifiers):
        # "Thousands of Georgians rallied": the group after a quantity word is the subject
        prep, prep_tok = None, None
    q = m.token_start - 1
    # "десятки тисяч грузинів": a chain of quantity words, the first of them nominative
    while ctx.lang != "en" and q >= 1 and ctx.has(q, ctx.cues.quantifiers) and ctx.has(q - 1, ctx.cues.quantifiers):
        q -= 1
    if ctx.lang != "en" and prep is None and q >= 0 and ctx.has(q, ctx.cues.quantifiers) and (not ctx.frozen_cases(q) or "nomn" in ctx.frozen_cases(q)):
        # "Кілька європейських країн підтвердили": a quantity word makes the genitive group the subject
        cases.add("nomn")
        agreement.add("plur")
    possessive = m.token_end < len(toks) and toks[m.token_end].text.lower() in ("'s", "’s")
    institution = False
    if possessive:
        # "Ukraine's foreign ministry summoned": the possessor of an institution acts through it
        k = m.token_end + 1
        while k < min(len(toks), m.token_end + 4) and toks[k].kind == "word":
            if ctx.has(k, ctx.cues.institution_nouns):
                institution = True
                break
            k += 1
    elif ctx.lang != "en" and prep is None and m.token_start > 0 and ("gent" in cases or not cases):
        # "МИД Польши вызвал", "Власти Молдавии выслали": a genitive country after an institution noun
        k = m.token_start - 1
        while k >= 0 and toks[k].kind == "word" and k >= m.token_start - 3:
            if ctx.has(k, ctx.cues.institution_nouns) and (not ctx.frozen_cases(k) or "nomn" in ctx.frozen_cases(k)):
                owner = ctx.mentions[ctx.mention_at[k]].entity if k in ctx.mention_at else None
                # "Верховна Рада України": the institution is a named actor itself
                institution = not (owner is not None and owner.country)
                break
            k -= 1
        if institution:
            cases = set(cases) | {"nomn"}
            for t in ctx.tags(k):
                if "nomn" in t:
                    for g in ("masc", "femn", "neut", "plur"):
                        if g in t:
                            agreement.add(g)
    after_prep = frozenset()
    if prep_tok is not None:
        j = prep_tok + 1
        while j < len(toks) and toks[j].kind != "word":
            j += 1
        if j < len(toks) and not (quoted_name and j == m.token_start):
            # a quoted name's case is a guess of the lemmatiser ("з «Білоруськалію»" read as an
            # accusative): no case is known then, and the preposition alone decides
            after_prep = frozenset(_word_cases(ctx, j))
    return MentionInfo(mi, m, prep, prep_tok, frozenset(cases), frozenset(agreement), possessive and not institution, after_prep, institution)
