"""Pronouns and anaphoric nouns pointing back to an actor already named.

Kept simple and local, because a wrong antecedent makes a wrong event:

* a personal pronoun (he/she/him/her, він/вона/його/її/йому/їй/ним/нею, он/она/его/ее/
  ему/ей/ней) takes the last person of its gender named earlier in the same paragraph.
  An object pronoun does not take the subject of its own clause: when the nearest
  candidate is in the same sentence and an earlier one exists, the earlier one wins
  (``Lukashenko spoke with Trump, who called him`` -> him = Lukashenko);
* a subject pronoun (he/він/он) in the sentence right after one that quotes a person
  as its source ("According to X, ...") takes that speaker first;
* ``the agency`` / ``агентство`` takes the last news agency of the document, and
  ``the diplomat`` / ``дипломат`` / ``посол`` the last diplomat with a known country.

* a plural pronoun (they/them, вони/їх/їм/ними/них, они/их/им/ими/них) takes the last
  plural group with a country named before it in the same paragraph ("Russian
  diplomats", "польські прокурори", "Georgians"); with none, it stays unresolved.
  Lists of countries ("Lithuania and Latvia ... they") are left to the events stage,
  which codes compound actors: a mention carries one entity.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kronika.model import Entity

#: object-case pronouns (the subject of the same clause is not their antecedent)
OBJECT_FORMS = frozenset({"him", "her", "його", "її", "йому", "їй", "ним", "нею", "нього", "неї", "ньому", "ній",
                          "его", "ее", "её", "ему", "ей", "ею", "нему", "нее", "неё", "ней", "нею", "нем", "нём"})

#: plural object forms (see :meth:`CorefState.plural`)
PLURAL_OBJECT_FORMS = frozenset({"them", "їх", "їм", "ними", "них", "их", "им", "ими"})


@dataclass
class _Seen:
    sentence: int
    paragraph: int
    entity: Entity
    gender: str | None


@dataclass
class CorefState:
    """What the document has named so far (one state per document)."""

    persons: list[_Seen] = field(default_factory=list)
    #: persons introduced as sources ("according to X", "за словами X")
    speakers: list[_Seen] = field(default_factory=list)
    agencies: list[Entity] = field(default_factory=list)
    diplomats: list[Entity] = field(default_factory=list)
    #: plural groups with a country: (sentence, paragraph, token start, entity)
    groups: list[tuple[int, int, int, Entity]] = field(default_factory=list)

    def note_group(self, sentence: int, paragraph: int, token: int, entity: Entity) -> None:
        self.groups.append((sentence, paragraph, token, entity))

    def plural(self, word: str, sentence: int, paragraph: int, token: int) -> Entity | None:
        """The antecedent of a plural pronoun at ``token`` of ``sentence``, or None.

        An object form ("them", "їм", "их") does not take a group of its own sentence:
        "Polish prosecutors sent them summons" - them are others.
        """
        for s, par, t, entity in reversed(self.groups):
            if par != paragraph:
                continue
            if s < sentence or (s == sentence and t < token and word not in PLURAL_OBJECT_FORMS):
                return entity
        return None

    def note_person(self, sentence: int, paragraph: int, entity: Entity, gender: str | None) -> None:
        self.persons.append(_Seen(sentence, paragraph, entity, gender))

    def note_speaker(self, sentence: int, paragraph: int, entity: Entity, gender: str | None) -> None:
        self.speakers.append(_Seen(sentence, paragraph, entity, gender))

    def pronoun(self, word: str, gender: str, sentence: int, paragraph: int) -> Entity | None:
        """The antecedent of a singular personal pronoun, or None."""
        if word not in OBJECT_FORMS:
            # "According to X, ... . He noted ...": a subject pronoun right after a quoted source
            recent = [s for s in self.speakers if s.paragraph == paragraph and s.gender in (gender, None)
                      and sentence - 1 <= s.sentence < sentence]
            if recent:
                return recent[-1].entity
        cands = [s for s in self.persons if s.paragraph == paragraph and s.gender in (gender, None)]
        if not cands:
            return None
        if word in OBJECT_FORMS and len(cands) > 1 and cands[-1].sentence == sentence:
            nearest = cands[-1].entity.name
            earlier = [c for c in cands if c.entity.name != nearest]
            if earlier:
                return earlier[-1].entity
        return cands[-1].entity
