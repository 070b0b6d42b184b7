"""The actor resolver: actor mentions of an analysed document, resolved for its date.

``find_mentions`` returns, sentence by sentence in document order, one
:class:`~kronika.model.Mention` per actor phrase:

=============  ==============================================================
kind           what it is
=============  ==============================================================
person         a person from the dictionary (sector from the terms of office), or a
               role noun before a name the dictionary lacks ("journalist Ann Lee":
               name as written, the role's sector and country; rule ``...+name``)
country        a country name (sector GOV)
capital        a capital or seat of power (the government, or a place: see rule)
place          another city or region (a location, or its people: sector CVL; see rule)
organisation   an international body, bloc, national institution or news agency
               (agencies have sector JRN and a rule starting ``media.yaml``)
company        a company
role           a role noun, with a country from ``of``/genitive or none; nouns for
               nationals (``Georgians``, ``українці``) carry their country (sector CVL)
demonym_role   a role noun with a country adjective (``Belarusian authorities``)
pronoun        a pronoun or anaphoric noun ("the agency"), entity copied from its
               antecedent; rule ``coref:pronoun:m|f``, ``coref:agency``, ``coref:diplomat``
unknown        a capitalised name the dictionary lacks (entity None)
=============  ==============================================================

``rule`` says what matched, e.g. ``people.yaml:Alexander Lukashenko+title``. For
countries, capitals and places it ends with a hint the events stage uses to tell place from
actor: ``:after_locative_preposition`` (in/at, у/в/во/на + locative),
``:after_preposition:<word>`` (any other preposition right before), or nothing
(subject/agent position).
"""

from __future__ import annotations

import functools
import operator
from datetime import date

from kronika.actors.coref import CorefState
from kronika.actors.dictionary import Actor, ActorDictionary, load_dictionary
from kronika.actors.keys import guess_language, guess_languages, norm
from kronika.actors.matcher import Hit, NameIndex, build_index
from kronika.actors.phrases import Piece, PhraseBuilder, _tags
from kronika.actors.unknown import nominative_name, unknown_names
from kronika.model import AnalyzedDocument, Document, Entity, Mention, Sentence, Token

_KIND_ORDER = {"person": 0, "organisation": 1, "media": 2, "company": 3, "country": 4, "capital": 5, "place": 6,
               "role": 7, "demonym": 8}
#: parts of speech a role noun or demonym never has ("после" is not "посол")
_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "ADVB", "PRED", "DET", "AUX", "MODAL"})


class ActorResolver:
    """Finds and resolves actor mentions; build once (``get_resolver``) and reuse."""

    def __init__(self, dictionary: ActorDictionary | None = None, index: NameIndex | None = None) -> None:
        if dictionary is None:
            dictionary, index = _compiled()
        self.dictionary = dictionary
        self.index: NameIndex = index or build_index(dictionary)
        self._builders: dict[str, PhraseBuilder] = {}
        self._word_sets: dict[str, dict[str, frozenset[str]]] = {}
        #: date -> actor index -> the actor's part of a hit's order (see ``_rank``)
        self._ranks: dict[date, dict[int, tuple[int, int, str | None]]] = {}
        #: language -> nationality adjective (lower case) -> country (see ``nationality``)
        self._nationalities: dict[str, dict[str, str | None]] = {}

    # ------------------------------------------------------------------ word lists

    def _words(self, lang: str) -> dict[str, frozenset[str]]:
        ws = self._word_sets.get(lang)
        if ws is None:
            raw = self.dictionary.words.get(lang) or self.dictionary.words.get("en") or {}
            ws = {}
            for key in ("former", "of", "articles", "locative_prepositions", "prepositions", "indefinite", "honorifics"):
                ws[key] = frozenset(norm(str(x)) for x in raw.get(key) or ())
            ws["not_names"] = frozenset(norm(str(x)) for x in raw.get("not_names") or ())
            ws["speaker_cues"] = frozenset(norm(str(x)) for x in raw.get("speaker_cues") or ())
            pro = raw.get("pronouns") or {}
            ws["pron_m"] = frozenset(norm(str(x)) for x in pro.get("m") or ())
            ws["pron_f"] = frozenset(norm(str(x)) for x in pro.get("f") or ())
            ws["pron_pl"] = frozenset(norm(str(x)) for x in pro.get("plural") or ()) - ws["pron_m"] - ws["pron_f"]
            ws["pron_any"] = ws["pron_m"] | ws["pron_f"] | ws["pron_pl"]
            ana = raw.get("anaphors") or {}
            ws["ana_agency"] = frozenset(norm(str(x)) for x in ana.get("agency") or ())
            ws["ana_diplomat"] = frozenset(norm(str(x)) for x in ana.get("diplomat") or ())
            self._word_sets[lang] = ws
        return ws

    def _builder(self, lang: str) -> PhraseBuilder:
        b = self._builders.get(lang)
        if b is None:
            b = self._builders[lang] = PhraseBuilder(lang, self.dictionary.words.get(lang) or {})
        return b

    # ------------------------------------------------------------------ public API

    def find_mentions(self, adoc: AnalyzedDocument) -> list[Mention]:
        """All actor mentions of the document in order (see the module docstring)."""
        doc = adoc.document
        on = doc.published or date.today()
        lang = doc.language if doc.language in ("en", "uk", "ru") else guess_language(doc.text[:2000])
        state = CorefState()
        out: list[Mention] = []
        for sent in adoc.sentences:
            out.extend(self._sentence(doc, sent, lang, on, state))
        return out

    def lookup(self, text: str, lang: str | None = None, on_date: date | None = None) -> Entity | None:
        """Resolve a standalone name or phrase (``Лукашенка``, ``Belarusian authorities``)."""
        text = text.strip()
        if not text:
            return None
        from kronika.language import analyze

        best = None
        for code in ((lang,) if lang else guess_languages(text)):
            adoc = analyze(Document.from_text(text, language=code, published=on_date or date.today()))
            mentions = [m for m in self.find_mentions(adoc) if m.entity is not None and m.kind != "pronoun"]
            if mentions:
                m = max(mentions, key=lambda m: (m.end - m.start, -m.start))
                if best is None or m.end - m.start > best.end - best.start:
                    best = m
        return best.entity if best else None

    def nationality(self, tok: Token, lang: str) -> str | None:
        """The country a nationality adjective names ("Israeli", "алжирські", "иранских"), or None.

        A demonym alone is no actor (no mention is made of it); the events stage asks here
        when a subject it must keep unresolved ("Israeli tanks", "Algerian landowners") opens
        with one, so that the event at least gets its country.
        """
        table = self._nationalities.get(lang)
        if table is None:
            table = self._nationalities[lang] = {
                n.text.lower(): self.dictionary.actors[n.actor].country
                for n in self.dictionary.names
                if n.lang == lang and self.dictionary.actors[n.actor].kind == "demonym" and " " not in n.text
            }
        for form in (tok.text.lower(), *tok.lemmas):
            c = table.get(form)
            if c:
                return c
        return None

    # ------------------------------------------------------------------ one sentence

    def _sentence(self, doc: Document, sent: Sentence, lang: str, on: date, state: CorefState) -> list[Mention]:
        tokens = sent.tokens
        if not tokens:
            return []
        entries = self.index.token_entries(tokens)
        hits = self.index.find(tokens, entries=entries)
        if hits:
            pieces = self._select(hits, tokens, on)
            pieces = self._extend_first_names(tokens, pieces, lang)
            pieces = self._builder(lang).build(tokens, pieces)
        else:
            pieces = []  # no name, role or demonym: only pronouns and unknown names remain
        words = self._words(lang)
        mentions: list[Mention] = []
        covered = [False] * len(tokens)
        role_ends: dict[int, tuple[Mention, Piece]] = {}
        for p in pieces:
            for k in range(p.start, p.end):
                covered[k] = True
            if p.kind == "demonym":
                continue  # an adjective alone is no actor ("Western sanctions")
            m = self._mention(doc, sent, p, on, lang, words, state)
            if m is not None:
                mentions.append(m)
                if p.kind in ("role", "demonym_role") and m.kind != "pronoun":
                    role_ends[p.end] = (m, p)
        mentions.extend(self._pronouns(doc, sent, covered, [e[0][0] for e in entries], words, state))
        for u in unknown_names(doc, sent, covered, lang, words, [k for k, e in enumerate(entries) if e[2]]):
            titled = role_ends.get(u.token_start)
            if titled is None or not _may_title(titled[1], tokens, u, lang):
                mentions.append(u)
                continue
            mentions.remove(titled[0])
            mentions.append(self._titled_unknown(doc, sent, titled[0], titled[1], u, state, lang))
        mentions.sort(key=lambda m: (m.token_start, m.token_end))
        return mentions

    def _titled_unknown(self, doc: Document, sent: Sentence, role: Mention, p: Piece, name: Mention,
                        state: CorefState, lang: str) -> Mention:
        """``journalist Katsiaryna Andreyeva``, ``журналістка Катерина Андреєва``: one mention.

        The dictionary lacks the name, but the role noun right before it says what the
        bearer is: the name as written, the role's sector and (from a demonym or genitive)
        country. A role for a body ("the airline Belavia") makes an organisation.
        """
        text = doc.text[role.start:name.end]
        assert role.entity is not None
        label = nominative_name(sent.tokens[name.token_start:name.token_end], lang) or name.text
        entity = Entity(text, label, role.entity.country, role.entity.sector, None)
        first = sent.tokens[name.token_start]
        person = p.role_class in (None, "person", "diplomat", "leader", "group") \
            or any(q.tags & {"Name", "Surn", "Patr"} for q in first.parses[:1])
        if person:
            gender = _gender(sent.tokens[name.token_end - 1]) or _gender(sent.tokens[p.head if p.head >= 0 else p.start])
            state.note_person(sent.index, sent.paragraph, entity, gender)
        return Mention(sent.index, role.start, name.end, role.token_start, name.token_end, text, entity,
                       "person" if person else "organisation", f"{role.rule}+name")

    def _select(self, hits: list[Hit], tokens: tuple[Token, ...], on: date) -> list[Piece]:
        """Longest match first; among equal spans full names before surnames, then by kind."""
        actors = self.dictionary.actors
        ranks = self._ranks.get(on)
        if ranks is None:
            ranks = self._ranks[on] = {}

        def order(h: Hit) -> tuple:
            r = ranks.get(h.actor)
            if r is None:
                r = ranks[h.actor] = self._rank(actors[h.actor], on)
            kind_order, active, gender = r
            # "Тихановской" has the lemma of the husband too: the gender of the word decides
            agrees = 0 if gender is None or _gender(tokens[h.end - 1]) in (None, gender) else 1
            return (h.start - h.end, h.rank, kind_order, agrees, active, h.start)

        taken = [False] * len(tokens)
        pieces: list[Piece] = []
        for h in (sorted(hits, key=order) if len(hits) > 1 else hits):
            start, end = h.start, h.end
            if True in taken[start:end]:
                continue
            a = actors[h.actor]
            kind = a.kind
            if kind == "role" or kind == "demonym":
                best = tokens[start].parses[:1]
                if best and best[0].pos in _FUNCTION_POS:
                    continue
            for k in range(start, end):
                taken[k] = True
            # nouns for nationals ("Georgians") are roles with their country built in
            country = a.country if kind == "role" else None
            label = h.name
            if kind == "role" and "labelled" not in a.tags:
                # an unlabelled (English) role is named as written: "citizens", not the lemma "citizen"
                label = " ".join(t.text for t in tokens[start:end]).lower().replace(" ' ", "'")
            # positional: Piece(start, end, actor, kind, country, sector, rule, role_class, head, label)
            pieces.append(Piece(start, end, a, kind, country, None, f"{a.source}:{h.name}", a.role_class, end - 1, label))
        pieces.sort(key=_start)
        return pieces

    @staticmethod
    def _rank(a: Actor, on: date) -> tuple[int, int, str | None]:
        """The parts of a hit's order that depend on its actor and the date alone:
        kind order, 0 for a person in office on that date, and the gender a person's
        word must agree with (None: any)."""
        person = a.kind == "person"
        active = 0 if (person and a.terms and any(t.covers(on) for t in a.terms)) else 1
        return _KIND_ORDER.get(a.kind, 9), active, a.gender if person else None

    def _extend_first_names(self, tokens: tuple[Token, ...], pieces: list[Piece], lang: str) -> list[Piece]:
        """``Yuri Ambrazevich`` with only the surname known: the first name joins the mention."""
        if not any(p.kind == "person" and p.end - p.start == 1 and p.start > 0 for p in pieces):
            return pieces
        out = []
        starts = {p.end for p in pieces}
        for p in pieces:
            if p.kind == "person" and p.end - p.start == 1 and p.start > 0:
                prev = tokens[p.start - 1]
                if prev.kind == "word" and prev.text[:1].isupper() and len(prev.text) > 1 \
                        and p.start - 1 not in starts and p.start - 1 > 0 \
                        and any(pp.tags & {"Name", "NNP", "Cap"} for pp in prev.parses) \
                        and not any(q.start <= p.start - 1 < q.end for q in pieces):
                    from dataclasses import replace

                    p = replace(p, start=p.start - 1, rule=p.rule + "+first_name")
            out.append(p)
        return out

    def _entity(self, p: Piece, text: str, on: date) -> Entity:
        a: Actor = p.actor
        if p.kind in ("role", "demonym_role"):
            country = p.country
            role = a.name if "labelled" in a.tags else (p.label or a.name)
            label = f"{self.dictionary.label(country)} {role}" if country else role
            return Entity(text, label, country, p.sector or a.sector, None)
        country, sector = a.on(on)
        if p.sector:
            sector = p.sector
        return Entity(text, a.name, country, sector, a.qid)

    def _mention(self, doc: Document, sent: Sentence, p: Piece, on: date, lang: str,
                 words: dict[str, frozenset[str]], state: CorefState) -> Mention | None:
        if p.country is None and p.kind in ("role", "demonym_role") and "with_country" in p.actor.tags:
            return None  # "oil" alone is no actor; "Iranian oil", "нафта Ірану" is (a sanctioned sector)
        tokens = sent.tokens
        start, end = tokens[p.start].start, tokens[p.end - 1].end
        text = doc.text[start:end]
        entity = self._entity(p, text, on)
        kind = "organisation" if p.kind == "media" else p.kind
        rule = p.rule
        if p.kind in ("country", "capital", "place"):
            rule += self._place_hint(tokens, p.start, lang, words)
        # anaphoric nouns: "the agency", "агентство", "the diplomat", "дипломат"
        if p.kind == "role" and p.country is None and p.end - p.start == 1:
            ante = self._anaphor(tokens, p, lang, words, state)
            if ante is not None:
                return Mention(sent.index, start, end, p.start, p.end, text,
                               Entity(text, ante.name, ante.country, ante.sector, ante.id), "pronoun",
                               f"coref:{p.role_class}")
        m = Mention(sent.index, start, end, p.start, p.end, text, entity, kind, rule)
        if p.kind == "person":
            state.note_person(sent.index, sent.paragraph, entity, p.actor.gender)
            before = " ".join(norm(t.text) for t in tokens[max(0, p.start - 3):p.start] if t.kind == "word")
            if any(before == cue or before.endswith(" " + cue) for cue in words["speaker_cues"]):
                state.note_speaker(sent.index, sent.paragraph, entity, p.actor.gender)
            if "diplomat" in p.actor.tags:
                state.diplomats.append(entity)
        elif p.kind == "media":
            state.agencies.append(entity)
        elif p.kind in ("role", "demonym_role") and p.role_class == "diplomat" and p.country:
            state.diplomats.append(entity)
        if p.kind in ("role", "demonym_role") and entity.country and _plural(tokens[p.head if p.head >= 0 else p.end - 1], lang):
            state.note_group(sent.index, sent.paragraph, p.start, entity)
        return m

    def _place_hint(self, tokens: tuple[Token, ...], i: int, lang: str, words: dict[str, frozenset[str]]) -> str:
        j = i - 1
        while j >= 0 and norm(tokens[j].text) in words["articles"]:
            j -= 1
        if j < 0:
            return ""
        prev = norm(tokens[j].text)
        if prev in words["locative_prepositions"]:
            if lang == "en" or "loct" in _tags(tokens[i]) or "loc2" in _tags(tokens[i]) or "Fixd" in _tags(tokens[i]):
                return ":after_locative_preposition"
            return f":after_preposition:{prev}"
        if prev in words["prepositions"] or prev in words["of"]:
            return f":after_preposition:{prev}"
        return ""

    def _anaphor(self, tokens: tuple[Token, ...], p: Piece, lang: str, words: dict[str, frozenset[str]],
                 state: CorefState) -> Entity | None:
        tok = tokens[p.start]
        if p.role_class not in ("agency", "diplomat"):
            return None
        if p.end < len(tokens) and tokens[p.end].text[:1].isupper():
            return None  # "агентство Reuters": a name follows
        if lang == "en":
            if p.start == 0 or norm(tokens[p.start - 1].text) != "the":
                return None
            phrase = "the " + norm(tok.text)
            pool = words["ana_agency"] if p.role_class == "agency" else words["ana_diplomat"]
            if phrase not in pool:
                return None
        else:
            pool = words["ana_agency"] if p.role_class == "agency" else words["ana_diplomat"]
            if not any(norm(l) in pool for l in tok.lemmas):
                return None
            if tok.parses and all("plur" in pp.tags for pp in tok.parses):
                return None
            if tok.parses and all("ablt" in pp.tags for pp in tok.parses):
                return None  # "призначили послом": a predicate, not a reference back
            if p.start > 0 and any(norm(l) in words["indefinite"] for l in tokens[p.start - 1].lemmas):
                return None
            if p.start > 1 and norm(tokens[p.start - 1].text) in ("з", "із", "из") :
                return None  # "один з дипломатів"
        history = state.agencies if p.role_class == "agency" else state.diplomats
        return history[-1] if history else None

    def _pronouns(self, doc: Document, sent: Sentence, covered: list[bool], normed: list[str],
                  words: dict[str, frozenset[str]], state: CorefState) -> list[Mention]:
        """Pronouns outside other mentions; ``normed``: each token's :func:`norm` form."""
        out = []
        pronouns = words["pron_any"]
        for i, tok in enumerate(sent.tokens):
            w = normed[i]
            if w not in pronouns or covered[i] or tok.kind != "word":
                continue
            gender = "m" if w in words["pron_m"] else "f" if w in words["pron_f"] else None
            if gender is None:
                if w in words["pron_pl"]:
                    group = state.plural(w, sent.index, sent.paragraph, i)
                    if group is not None:
                        out.append(Mention(sent.index, tok.start, tok.end, i, i + 1, tok.text,
                                           Entity(tok.text, group.name, group.country, group.sector, group.id),
                                           "pronoun", "coref:pronoun:plural"))
                continue
            ante = state.pronoun(w, gender, sent.index, sent.paragraph)
            if ante is None:
                continue
            out.append(Mention(sent.index, tok.start, tok.end, i, i + 1, tok.text,
                               Entity(tok.text, ante.name, ante.country, ante.sector, ante.id), "pronoun",
                               f"coref:pronoun:{gender}"))
        return out

_start = operator.attrgetter("start")

_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct"})


def _may_title(p: Piece, tokens: tuple[Token, ...], name: Mention, lang: str) -> bool:
    """May a role noun right before an unknown name title it ("journalist Ann Lee")?

    Not a word for a state ("страны Балтии", "the authorities Monday"), not a place
    name, and in Ukrainian and Russian only where the two can agree in case: an
    apposition agrees ("журналістку Катерину"), a genitive owner does not.
    """
    if p.role_class == "country":
        return False
    first = tokens[name.token_start]
    if first.parses and "Geox" in first.parses[0].tags:
        return False
    if lang == "en":
        return True
    head = tokens[p.head if p.head >= 0 else p.end - 1]
    a = {t for q in head.parses for t in q.tags if t in _CASES}
    b = {t for q in first.parses for t in q.tags if t in _CASES}
    return not a or not b or bool(a & b)


def _plural(tok: Token, lang: str) -> bool:
    """Is a role noun plural? uk/ru: every reading says so; en: a plural -s form."""
    if lang == "en":
        low = tok.text.lower()
        return low.endswith("s") and not low.endswith("ss") and tok.lemma != low or low in ("police", "people")
    return bool(tok.parses) and all("plur" in q.tags for q in tok.parses) or tok.text.lower() in ("силовики",)


def _gender(tok: Token) -> str | None:
    """m or f where every reading of a word agrees on it (Cyrillic surnames), else None."""
    genders = set()
    for p in tok.parses:
        if "femn" in p.tags:
            genders.add("f")
        elif "masc" in p.tags:
            genders.add("m")
    return genders.pop() if len(genders) == 1 else None


def _compiled() -> tuple[ActorDictionary, NameIndex]:
    """The dictionary and its index, from the compiled cache when the data is unchanged."""
    from kronika.actors.cache import cached

    def build() -> tuple[ActorDictionary, NameIndex]:
        d = load_dictionary()
        return d, build_index(d)

    return cached(build)


@functools.lru_cache(maxsize=1)
def get_resolver() -> ActorResolver:
    """The process-wide resolver (the dictionary is loaded once)."""
    return ActorResolver()
