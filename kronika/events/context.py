"""A sentence as the coder sees it: lemma sets, clauses, mentions by token.

Computed once per sentence and shared by the trigger matcher and the argument,
factuality, timing and attribution rules, so none of them re-derives token forms.

Clauses are found without a parser: punctuation that separates clauses in all three
languages (comma, semicolon, colon, dash, brackets) and clause-level conjunctions
from ``arguments.yaml`` (Ukrainian/Russian "а", English "but") open a new clause. Each
clause remembers what opened it (a relative pronoun, a participle, an apposition),
because that decides where its missing subject comes from.
"""

from __future__ import annotations

import functools
import operator
from dataclasses import dataclass, field

from kronika.events.lexicon import Cues
from kronika.model import Mention, Parse, Sentence, Token

_CLAUSE_PUNCT = frozenset({",", ";", ":", "—", "–", "(", ")", "-", "…"})
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2")
_CASE_NORMAL = {"gen2": "gent", "acc2": "accs", "loc2": "loct"}
_CASE_SET = frozenset(_CASES)
_NOMINAL_POS = frozenset({"NOUN", "ADJF", "PRTF", "NPRO"})
_UK_INFINITIVE = ("ти", "ть", "тися", "тись", "чи")
_FINITE_TAGS = frozenset({"past", "pres", "futr", "impr", "sing", "plur", "1per", "2per", "3per"})


def pos_of(p: Parse) -> str:
    """A reading's part of speech as a plain string (pymorphy3's grammeme objects refuse unknown comparisons)."""
    return str(p.pos) if p.pos is not None else ""


def en_forms(word: str, lemmas: tuple[str, ...]) -> frozenset[str]:
    """English candidate base forms: the analyser's lemmas, the form itself and plain suffix stripping.

    Suffix stripping is a safety net for words the lemmatiser leaves unchanged
    (rare inflections, names); trigger patterns are written with base forms.
    """
    return _en_forms_cached(word.lower(), lemmas, word[:1].isupper())


@functools.lru_cache(maxsize=200_000)
def _en_forms_cached(low: str, lemmas: tuple[str, ...], capitalised: bool = False) -> frozenset[str]:
    out = set(lemmas)
    out.add(low)
    # British doubled consonants the lemmatiser keeps ("cancelled" -> "cancell", "labelled")
    out.update(lem[:-1] for lem in lemmas if lem.endswith("ll") and len(lem) > 5 and low.endswith(("lled", "lling")))
    if capitalised or any(lem != low for lem in lemmas):
        return frozenset(out)  # a name, or a word the lemmatiser already reduced ("United" is no "unit")
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if low.endswith(suffix) and len(low) - len(suffix) >= 3:
            out.add(low[: -len(suffix)] + repl)
    return frozenset(out)


@dataclass(slots=True)
class Clause:
    index: int
    start: int  # token index (inclusive)
    end: int  # token index (exclusive)
    #: what opened it: "start", "relative_person", "relative_thing", "participle", "conjunction", "comma", "apposition"
    opener: str = "start"
    opener_token: int | None = None


@dataclass(slots=True)
class SentenceContext:
    """Per-sentence derived data; ``mentions`` are those of this sentence, in text order."""

    sentence: Sentence
    lang: str
    cues: Cues
    forms: list[frozenset[str]]
    clauses: list[Clause]
    clause_of: list[int]
    mentions: list[Mention]
    mention_at: dict[int, int] = field(default_factory=dict)
    quoted: list[bool] = field(default_factory=list)
    _cases: dict[int, frozenset[str]] = field(default_factory=dict)
    #: the sentence's tokens, held directly: the rules read them over a million times per
    #: thousand sentences, and a property costs a call each time
    tokens: tuple[Token, ...] = ()

    def __post_init__(self) -> None:
        self.tokens = self.sentence.tokens

    def lower(self, i: int) -> str:
        return self.tokens[i].text.lower()

    def is_word(self, i: int) -> bool:
        return self.tokens[i].kind in ("word", "number")

    def has(self, i: int, words: frozenset[str]) -> bool:
        """Whether token i is one of ``words`` by its form or any lemma candidate."""
        # isdisjoint builds no intersection set; this is the rules' most frequent question
        forms = self.forms
        return 0 <= i < len(forms) and not forms[i].isdisjoint(words)

    # ---------------------------------------------------------------- morphology

    def tags(self, i: int) -> list[frozenset[str]]:
        return [p.tags for p in self.tokens[i].parses]

    def cases(self, i: int) -> set[str]:
        """Case readings of token i; a nominal reading without a case is its dictionary form (nominative)."""
        return set(self.frozen_cases(i))

    def frozen_cases(self, i: int) -> frozenset[str]:
        """``cases`` without the copy, for callers that only read it (the mention rules ask often)."""
        cached = self._cases.get(i)
        if cached is None:
            cached = self._cases[i] = frozenset(self._compute_cases(i))
        return cached

    def _compute_cases(self, i: int) -> set[str]:
        out: set[str] = set()
        for p in self.tokens[i].parses:
            tags = p.tags
            found = _CASE_SET.intersection(tags)  # one set operation instead of ten membership tests
            if found:
                for c in found:
                    out.add(_CASE_NORMAL.get(c, c))
            elif tags and pos_of(p) in _NOMINAL_POS:
                out.add("nomn")
        return out

    def has_tag(self, i: int, tag: str) -> bool:
        return any(tag in t for t in self.tags(i))

    def is_infinitive(self, i: int) -> bool:
        tok = self.tokens[i]
        if any(pos_of(p) == "INFN" or "infn" in p.tags or "INFN" in p.tags for p in tok.parses):
            return True
        # the Ukrainian dictionary tags an infinitive as a bare VERB (no tense, person or number)
        return self.lang == "uk" and tok.text.lower().endswith(_UK_INFINITIVE) and any(
            pos_of(p) == "VERB" and not (p.tags & _FINITE_TAGS) for p in tok.parses
        )

    def is_finite_verb(self, i: int) -> bool:
        tok = self.tokens[i]
        return any(pos_of(p) == "VERB" and "infn" not in p.tags for p in tok.parses)

    def is_verb(self, i: int) -> bool:
        """Any verb form (English: a VB*/MD tag; Ukrainian/Russian: verb, infinitive, participle, gerund)."""
        tok = self.tokens[i]
        if self.lang == "en":
            return any(any(t.startswith("VB") or t == "MD" for t in p.tags) for p in tok.parses)
        return any(pos_of(p) in ("VERB", "INFN", "PRTS", "GRND") for p in tok.parses)

    def is_passive_participle(self, i: int) -> bool:
        tok = self.tokens[i]
        return any(pos_of(p) in ("PRTS", "PRTF", "ADJF", "ADJS") and "pssv" in p.tags for p in tok.parses)

    def past_agreement(self, i: int) -> set[str]:
        """Gender/number a past-tense verb at i demands of its subject: {"masc"}, {"femn"}, {"plur"}..."""
        out: set[str] = set()
        for t in self.tags(i):
            if "past" in t or "PRTS" in t:
                for g in ("masc", "femn", "neut", "plur"):
                    if g in t:
                        out.add(g)
        return out

    # ---------------------------------------------------------------- mentions

    def mention_clause(self, m: Mention) -> int:
        return self.clause_of[min(m.token_start, len(self.clause_of) - 1)]


def _opener(ctx_forms: list[frozenset[str]], tokens: tuple[Token, ...], i: int, cues: Cues, lang: str) -> str:
    """What kind of clause starts at token i (after a boundary)."""
    if i >= len(tokens):
        return "comma"
    f = ctx_forms[i]
    if f & cues.relative_person:
        return "relative_person"
    if f & cues.relative_thing:
        return "relative_thing"
    if f & cues.clause_conjunctions:
        return "conjunction"
    if f & cues.apposition_openers:
        return "apposition"
    low = tokens[i].text.lower()
    if lang == "en":
        if low.endswith("ing") and low not in ("during", "according", "including", "regarding", "following", "concerning"):
            return "participle"
    else:
        if any(pos_of(p) == "GRND" or "GRND" in p.tags for p in tokens[i].parses):
            return "participle"
        if any(low.endswith(s) for s in cues.participle_suffixes) and not any(
            pos_of(p) in ("NOUN", "ADJF") for p in tokens[i].parses[:1]
        ):
            return "participle"
    return "comma"


#: (lang, kind, text, first lemma, number of readings) -> forms; the readings are part of the key
#: because the English tagger may give a word other readings in another sentence
_FORMS: dict[tuple, frozenset[str]] = {}
_FORMS_MAX = 200_000


def _token_forms(lang: str, t: Token) -> frozenset[str]:
    """A token's lemma candidates, its lower-cased form and "=form" (a pattern may ask for an exact form)."""
    p0 = t.parses[0].lemma if t.parses else None
    key = (lang, t.kind, t.text, p0, len(t.parses))
    hit = _FORMS.get(key)
    if hit is not None:
        return hit
    low = t.text.lower()
    if t.kind != "word":
        out = frozenset({low})
    elif lang == "en":
        out = en_forms(t.text, t.lemmas) | {"=" + low}
    else:
        lemmas = t.lemmas
        if len({p.lemma for p in t.parses}) > 1 and any("impr" in p.tags for p in t.parses) \
                and not all("impr" in p.tags for p in t.parses):
            # news reports, it rarely commands: "вышли" is "went out" (выйти), not "send out!" (выслать)
            keep = {p.lemma.lower() for p in t.parses if "impr" not in p.tags}
            lemmas = tuple(x for x in lemmas if x in keep) or lemmas
        out = frozenset(lemmas) | {low, "=" + low}
        if lang == "uk" and any(pos_of(p) == "GRND" and p.lemma == low for p in t.parses):
            out = out | _uk_gerund_infinitives(low)
    if len(_FORMS) >= _FORMS_MAX:
        _FORMS.clear()
    _FORMS[key] = out
    return out


#: Ukrainian adverbial participle endings -> infinitive endings. The Ukrainian dictionary gives a
#: gerund as its own lemma ("направляючи"), so trigger patterns written with infinitives would miss
#: it; a handful of regular endings recovers the infinitive candidates (wrong candidates are
#: harmless: they are only looked up among trigger lemmas).
_UK_GERUND = (("юючи", ("ювати",)), ("уючи", ("увати",)), ("аючи", ("ати",)), ("яючи", ("яти",)),
              ("іючи", ("іти",)), ("ячи", ("ити", "яти")), ("ючи", ("ити",)), ("ачи", ("ати",)), ("учи", ("ути", "ити")),
              ("ивши", ("ити",)), ("івши", ("іти",)), ("авши", ("ати",)), ("явши", ("яти",)), ("увши", ("ути",)),
              ("ши", ("ти",)))


@functools.lru_cache(maxsize=20_000)
def _uk_gerund_infinitives(low: str) -> frozenset[str]:
    for ending, infinitives in _UK_GERUND:
        if low.endswith(ending) and len(low) > len(ending) + 2:
            stem = low[: -len(ending)]
            return frozenset(stem + inf for inf in infinitives)
    return frozenset()


_EN_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def past_adverb(tokens: tuple[Token, ...], j: int) -> int:
    """``j``, or the token after it when ``j`` is an adverb ("and later released", "і згодом
    звільнила", "и позже освободил"): where the verb of a coordinated predicate stands."""
    p = tokens[j].parses[0] if j < len(tokens) and tokens[j].parses else None
    return j + 1 if p is not None and ("RB" in p.tags or pos_of(p) in ("ADVB", "COMP")) else j


def _en_second_predicate(tokens: tuple[Token, ...], i: int) -> bool:
    """"condemned the drills and said its fleet would ...": "and" (token ``i``) right before a
    finite verb opens a second predicate of the same subject, a clause of its own for time and mood."""
    j = past_adverb(tokens, i + 1)
    if j >= len(tokens):
        return False
    nxt = tokens[j]
    return nxt.kind == "word" and bool(nxt.parses) and not nxt.text[:1].isupper() \
        and not _EN_FINITE.isdisjoint(nxt.parses[0].tags)


def build_context(sentence: Sentence, lang: str, cues: Cues, mentions: list[Mention]) -> SentenceContext:
    """Lemma sets, clause segmentation and mention index for one sentence."""
    tokens = sentence.tokens
    # the memo look-up of _token_forms inlined: one call less for each of the sentence's tokens
    forms = []
    kinds = []
    get = _FORMS.get
    for t in tokens:
        ps = t.parses
        kind = t.kind
        kinds.append(kind)
        f = get((lang, kind, t.text, ps[0].lemma if ps else None, len(ps)))
        forms.append(f if f is not None else _token_forms(lang, t))
    # quotes: a token is quoted when an odd number of quote marks precede it
    quoted: list[bool] = []
    depth = 0
    has_quotes = "quote" in kinds
    for t in tokens if has_quotes else ():
        if t.kind == "quote" and t.text in "«":
            depth += 1
        elif t.kind == "quote" and t.text in "»":
            depth = max(0, depth - 1)
        elif t.kind == "quote" and t.text in "\"“”„":
            depth = 0 if depth else 1
        quoted.append(depth > 0)
    if not has_quotes:
        quoted = [False] * len(tokens)

    clauses: list[Clause] = []
    clause_of = [0] * len(tokens)
    start = 0
    opener = "start"
    opener_tok: int | None = None
    i = 0
    n = len(tokens)
    clause_conjunctions = cues.clause_conjunctions
    coordinators = cues.coordinators
    en = lang == "en"
    while i < n:
        t = tokens[i]
        kind = kinds[i]
        # only punctuation and words can open a clause; the checks are split by kind for speed
        if kind == "punct":
            boundary_punct = t.text in _CLAUSE_PUNCT
            conj = False
        elif kind == "word":
            boundary_punct = False
            conj = (
                i > start
                and not forms[i].isdisjoint(clause_conjunctions)
                and (lang != "en" or (i > 0 and tokens[i - 1].text == ","))
            ) or (en and i > start + 1 and not forms[i].isdisjoint(coordinators) and _en_second_predicate(tokens, i))
        else:
            i += 1
            continue
        if boundary_punct or conj:
            if i > start:
                clauses.append(Clause(len(clauses), start, i, opener, opener_tok))
            if boundary_punct:
                j = i + 1
                while j < n and tokens[j].kind in ("quote", "punct") and tokens[j].text not in _CLAUSE_PUNCT:
                    j += 1
                opener = _opener(forms, tokens, j, cues, lang)
                opener_tok = j if j < n else None
                start = i + 1
            else:
                opener = "conjunction"
                opener_tok = i
                start = i
            i += 1
            continue
        i += 1
    if start < n or not clauses:
        clauses.append(Clause(len(clauses), start, n, opener, opener_tok))
    for c in clauses:
        clause_of[c.start : c.end] = [c.index] * (c.end - c.start)
    ctx = SentenceContext(sentence, lang, cues, forms, clauses, clause_of, [], {}, quoted)
    for c in clauses:
        # an apposition ("Minsk, the capital of Belarus, sent ...") is a verbless noun phrase between commas
        if c.opener == "apposition" and any(ctx.is_verb(k) for k in range(c.start, c.end)):
            c.opener = "comma"
    # boundary tokens belong to the clause before them
    prev = clause_of[0] if n else 0
    for k in range(1, n):
        if clause_of[k] < prev:
            clause_of[k] = prev
        else:
            prev = clause_of[k]
    ms = sorted(mentions, key=operator.attrgetter("token_start"))
    mention_at = {}
    for mi, m in enumerate(ms):
        for k in range(m.token_start, m.token_end):
            mention_at.setdefault(k, mi)
    ctx.mentions = ms
    ctx.mention_at = mention_at
    return ctx
