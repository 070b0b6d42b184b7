"""Phrase rules: combine dictionary hits into one mention per actor phrase.

The matcher finds names, role nouns and demonyms; news writes actors as phrases of
them, and these rules put the pieces together (longest phrase wins, one mention each):

* demonym (+ up to two modifiers) + role: ``Belarusian authorities``, ``a senior
  Belarusian diplomat``, ``білоруська влада``, ``European countries`` -> role with the
  demonym's country; coordinated demonyms share the role: ``a Polish and a Belarusian
  citizen``, ``литовські та латвійські дипломати`` -> two mentions;
* English adjective used as a noun after a/an/one: ``a Ukrainian`` -> citizens (CVL);
* English noun adjunct or possessive: ``EU officials``, ``Kremlin spokesman``,
  ``Russia's chargé d'affaires`` -> role with that country;
* role + of + country, or role + genitive country (uk/ru): ``the ambassador of Belarus``,
  ``посол Білорусі``, ``президент Беларуси``;
* generic head + role phrase: ``leader of the opposition``, ``лідерка білоруської
  опозиції``, ``лидер оппозиционной партии`` -> the inner role's sector;
* former/колишній/бывший before a role phrase -> sector ELI;
* role phrase (+ comma) + named actor: ``Belarusian President Alexander Lukashenko``,
  ``the state airline Belavia`` -> one mention of the named actor spanning the phrase;
* named actor + comma + role phrase of the same (or no) country: ``Minsk, the capital of
  Belarus`` -> one mention of the named actor.

A demonym left alone is no actor and yields no mention.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from kronika.actors.dictionary import Actor
from kronika.actors.keys import norm
from kronika.model import Token

NAMED = frozenset({"person", "organisation", "company", "media", "country", "capital"})
#: the kinds every phrase rule starts from (a sentence without them has nothing to combine)
_PHRASE_KINDS = frozenset({"role", "demonym", "demonym_role"})
#: kinds that give a role its country by genitive or "of" (``_genitive_roles``)
_OWNER_KINDS = frozenset({"country", "capital", "place", "organisation"})
#: kinds a title may stand before (``_titled_names``)
_TITLED_KINDS = frozenset({"person", "company", "organisation", "media"})
#: role classes that are titles of a person (a name may follow them after a comma)
TITLE_CLASSES = frozenset({"person", "diplomat", "leader"})


@dataclass(slots=True)
class Piece:
    """A dictionary hit or a phrase built from hits, over tokens [start, end).

    Treated as immutable (the rules make changed copies with ``replace``) but not declared
    frozen: a frozen dataclass sets each of its ten fields through ``object.__setattr__``,
    and a sentence makes several pieces; it never leaves this package.
    """

    start: int
    end: int
    actor: Actor
    kind: str
    #: the country a role phrase got from a demonym/genitive (None: role alone)
    country: str | None = None
    sector: str | None = None
    rule: str = ""
    #: for roles: the role noun's class (leader, diplomat, agency, ...)
    role_class: str | None = None
    head: int = -1  # token index of the role noun (number/case checks)
    #: the dictionary spelling that matched (names a role: "diplomats", "влада")
    label: str = ""


def _tags(tok: Token) -> set[str]:
    out: set[str] = set()
    for p in tok.parses:
        out |= p.tags
    return out


def _is_word(tok: Token, words: set[str]) -> bool:
    return norm(tok.text) in words or any(norm(l) in words for l in tok.lemmas)


#: words after which an English adjective stands alone as a noun ("a Moldovan who ...")
_AFTER_NOUN = frozenset({"who", "whose", "was", "is", "has", "had", "said", "says", "told", "living", "with"})


def _adjective(tok: Token) -> bool:
    """A lower-case adjective (its best reading), as between a head noun and its genitive."""
    return tok.kind == "word" and tok.text[:1].islower() and bool(tok.parses) and tok.parses[0].pos in ("ADJF", "PRTF")


def _genitive_ok(tok: Token) -> bool:
    tags = _tags(tok)
    cases = tags & {"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2"}
    return not cases or "gent" in cases or "gen2" in cases or "Fixd" in tags


class PhraseBuilder:
    """Applies the phrase rules to one sentence's hits (see the module docstring)."""

    def __init__(self, lang: str, words: dict[str, object]) -> None:
        self.lang = lang
        w = words or {}
        self.former = {norm(x) for x in w.get("former", ()) or ()}
        self.of = {norm(x) for x in w.get("of", ()) or ()}
        self.articles = {norm(x) for x in w.get("articles", ()) or ()}
        self.conj = {norm(x) for x in w.get("and", ()) or ()}

    # --------------------------------------------------------------- helpers

    def _modifier(self, tok: Token) -> bool:
        """A lower-case word that may sit between a demonym and its role noun."""
        return tok.kind == "word" and tok.text[:1].islower() and norm(tok.text) not in self.of \
            and norm(tok.text) not in self.articles and len(tok.text) > 2

    def build(self, tokens: tuple[Token, ...], pieces: list[Piece]) -> list[Piece]:
        pieces = sorted(pieces, key=lambda p: p.start)
        kinds = {p.kind for p in pieces}
        if not kinds & _PHRASE_KINDS:
            return pieces  # every rule needs a role noun or a demonym: names alone stay as they are
        # no rule makes a plain role, a lone demonym or a named actor, so a rule that needs
        # one of them is skipped where the matcher found none
        if "role" in kinds:
            pieces = self._demonym_roles(tokens, pieces)
        if "demonym" in kinds:
            pieces = self._coordinated_demonyms(tokens, pieces)
            pieces = self._lone_demonyms(tokens, pieces)
        if not kinds.isdisjoint(_OWNER_KINDS):
            pieces = self._genitive_roles(tokens, pieces)
        if "role" in kinds:
            pieces = self._leader_roles(tokens, pieces)
        pieces = self._former(tokens, pieces)
        if not kinds.isdisjoint(_TITLED_KINDS):
            pieces = self._titled_names(tokens, pieces)
        if not kinds.isdisjoint(NAMED):
            pieces = self._appositions(tokens, pieces)
        return pieces

    def _demonym_roles(self, tokens: tuple[Token, ...], pieces: list[Piece]) -> list[Piece]:
        out: list[Piece] = []
        for p in pieces:
            if p.kind == "role" and p.country is None and out:
                prev = out[-1]
                gap = tokens[prev.end:p.start]
                adjacent = not gap
                if prev.kind == "demonym" and len(gap) <= 2 and all(self._modifier(t) for t in gap):
                    out[-1] = replace(p, start=prev.start, country=prev.actor.country, rule=f"{p.rule}+demonym", kind="demonym_role")
                    continue
                possessive = len(gap) == 1 and norm(gap[0].text) in ("'s", "'")
                if self.lang == "en" and (adjacent or possessive) and prev.kind in ("country", "capital", "place", "organisation") \
                        and prev.actor.country:
                    out[-1] = replace(p, start=prev.start, country=prev.actor.country, rule=f"{p.rule}+adjunct:{prev.actor.name}")
                    continue
            out.append(p)
        return out

    def _coordinated_demonyms(self, tokens: tuple[Token, ...], pieces: list[Piece]) -> list[Piece]:
        """``a Polish and a Belarusian citizen``: the first demonym shares the role noun."""
        out = list(pieces)
        for i in range(len(out) - 1, 0, -1):
            prev, p = out[i - 1], out[i]
            if prev.kind != "demonym" or p.kind != "demonym_role":
                continue
            gap = [t for t in tokens[prev.end:p.start] if norm(t.text) not in self.articles]
            if len(gap) == 1 and norm(gap[0].text) in self.conj:
                out[i - 1] = replace(p, start=prev.start, end=prev.end, country=prev.actor.country,
                                     rule=f"{p.rule.split('+')[0]}+demonym+coordinated")
        return out

    def _lone_demonyms(self, tokens: tuple[Token, ...], pieces: list[Piece]) -> list[Piece]:
        """English ``a Ukrainian``, ``one Georgian``: an adjective used as a noun for a national."""
        if self.lang != "en":
            return pieces
        out = []
        for p in pieces:
            if p.kind == "demonym" and p.end - p.start == 1 and p.start > 0 \
                    and norm(tokens[p.start - 1].text) in ("a", "an", "one") \
                    and (p.end >= len(tokens) or tokens[p.end].kind != "word" or norm(tokens[p.end].text) in self.conj
                         or not tokens[p.end].text[:1].islower()
                         or norm(tokens[p.end].text) in _AFTER_NOUN
                         or (tokens[p.end].text.endswith("ed") and tokens[p.end].parses[:1]
                             and tokens[p.end].parses[0].pos == "VERB")):
                p = replace(p, kind="demonym_role", country=p.actor.country, sector="CVL", role_class="group",
                            label="citizen", rule=f"{p.rule}+national")
            out.append(p)
        return out

    def _genitive_roles(self, tokens: tuple[Token, ...], pieces: list[Piece]) -> list[Piece]:
        out: list[Piece] = []
        i = 0
        while i < len(pieces):
            p = pieces[i]
            nxt = pieces[i + 1] if i + 1 < len(pieces) else None
            if p.kind in ("role", "demonym_role") and p.country is None and nxt is not None \
                    and nxt.kind in ("country", "capital", "place", "organisation") and nxt.actor.country:
                gap = tokens[p.end:nxt.start]
                if self.lang == "en":
                    ok = bool(gap) and norm(gap[0].text) in self.of and all(norm(t.text) in self.articles for t in gap[1:])
                else:
                    ok = not gap and _genitive_ok(tokens[nxt.start])
                if ok:
                    out.append(replace(p, end=nxt.end, country=nxt.actor.country, rule=f"{p.rule}+of:{nxt.actor.name}"))
                    i += 2
                    continue
            out.append(p)
            i += 1
        return out

    def _leader_roles(self, tokens: tuple[Token, ...], pieces: list[Piece]) -> list[Piece]:
        out: list[Piece] = []
        i = 0
        while i < len(pieces):
            p = pieces[i]
            nxt = pieces[i + 1] if i + 1 < len(pieces) else None
            if p.kind == "role" and p.role_class == "leader" and p.country is None and nxt is not None \
                    and nxt.kind in ("role", "demonym_role") and nxt.role_class != "leader":
                gap = tokens[p.end:nxt.start]
                if self.lang == "en":
                    ok = bool(gap) and norm(gap[0].text) in self.of and all(norm(t.text) in self.articles for t in gap[1:])
                else:
                    # "лидера оппозиционной партии": adjectives may stand between the head and the role
                    ok = all(_adjective(t) for t in gap) and len(gap) <= 2 \
                        and _genitive_ok(tokens[nxt.head if nxt.head >= 0 else nxt.start])
                if ok:
                    out.append(replace(nxt, start=p.start, role_class=p.role_class, rule=f"{nxt.rule}+head:{p.label or p.actor.name}"))
                    i += 2
                    continue
            out.append(p)
            i += 1
        return out

    def _former(self, tokens: tuple[Token, ...], pieces: list[Piece]) -> list[Piece]:
        out = []
        for p in pieces:
            if p.kind in ("role", "demonym_role"):
                j = p.start - 1
                while j >= 0 and norm(tokens[j].text) in self.articles:
                    j -= 1
                ex = any(norm(t.text).startswith(("ex-", "екс-", "экс-")) for t in tokens[p.start:p.end])
                if (j >= 0 and _is_word(tokens[j], self.former)) or ex:
                    start = j if j >= 0 and _is_word(tokens[j], self.former) else p.start
                    p = replace(p, start=start, sector="ELI", rule=f"{p.rule}+former")
            out.append(p)
        return out

    def _titled_names(self, tokens: tuple[Token, ...], pieces: list[Piece]) -> list[Piece]:
        out: list[Piece] = []
        for p in pieces:
            if p.kind in ("person", "company", "organisation", "media") and out:
                prev = out[-1]
                gap = tokens[prev.end:p.start]
                if prev.kind in ("role", "demonym_role", "demonym"):
                    comma = len(gap) == 1 and gap[0].text == "," and prev.role_class in TITLE_CLASSES \
                        and p.kind == "person" and prev.country is not None
                    if not gap or comma:
                        out[-1] = replace(p, start=prev.start, rule=f"{p.rule}+title")
                        continue
            out.append(p)
        return out

    def _appositions(self, tokens: tuple[Token, ...], pieces: list[Piece]) -> list[Piece]:
        out: list[Piece] = []
        for p in pieces:
            if p.kind in ("role", "demonym_role") and out and out[-1].kind in NAMED:
                prev = out[-1]
                gap = tokens[prev.end:p.start]
                if gap and gap[0].text == "," and all(norm(t.text) in self.articles for t in gap[1:]) \
                        and p.country is not None and p.country == prev.actor.country \
                        and (p.role_class in TITLE_CLASSES or p.role_class == "country"):
                    end = p.end
                    if end < len(tokens) and tokens[end].text == ",":
                        pass  # the closing comma stays outside the mention
                    out[-1] = replace(prev, end=end, rule=f"{prev.rule}+apposition")
                    continue
            out.append(p)
        return out
