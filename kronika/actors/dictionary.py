"""The actor dictionary: load every actor data file once, validate it, hand out entries.

All of it is data under ``kronika/data/actors/`` read through :func:`kronika.resources.load`
(so a user file at the same relative path extends each one):

* ``countries.tsv`` - every ISO 3166 country in en/uk/ru, generated from CLDR
  (``scripts/generate_countries.py``); ``country_aliases.yaml`` - short forms and QIDs;
* ``demonyms.yaml`` - country adjectives in lemma form (``білоруський``, ``Belarusian``);
* ``capitals.yaml`` - capitals and seats of power (metonymy for governments);
* ``cities.yaml`` (hand-made) and ``regions.tsv`` (ISO 3166-2, ``scripts/generate_regions.py``) -
  other cities and regions, kind ``place`` (a location, or its population: sector CVL);
* ``nationals.yaml`` - nouns for a country's people (``Georgians``, ``українці``), role nouns
  with the country built in (sector CVL);
* ``organisations.yaml``, ``companies.yaml``, ``media.yaml`` - named bodies;
* ``people.yaml`` - people with terms of office (sector follows the date);
* ``imported.tsv`` - what ``kronika actors import`` wrote (one actor a line: sanctions lists
  are large); ``imported.yaml`` - hand-written additions in the shape of people.yaml;
* ``roles/<lang>.yaml`` - role nouns with their sector; ``words/<lang>.yaml`` - pronouns,
  prepositions and the other function words the phrase rules need.

A malformed entry raises :class:`~kronika.errors.DataFileError` naming the file and entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kronika.actors.keys import guess_language
from kronika.errors import DataFileError
from kronika.resources import load

LANGS = ("en", "uk", "ru")
#: PLOVER sectors, read from the ontology's data file (the one list events and exports
#: also read) - an actor data file naming any other sector is an error.
SECTORS = frozenset(
    code for group in (load("ontology/plover.yaml").get("sectors") or {}).values() for code in group
)
#: non-state codes used in place of a country
NON_STATE = frozenset({"EUR", "IGO", "UNO", "NGO", "MNC", "IMG", "ISM"})
NON_STATE_LABELS = {"EUR": "European", "IGO": "Intergovernmental", "UNO": "United Nations", "NGO": "NGO",
                    "MNC": "Multinational", "IMG": "Migrant", "ISM": "Islamist"}
KINDS = frozenset({"person", "country", "capital", "place", "organisation", "company", "media", "role", "demonym"})


@dataclass(frozen=True, slots=True)
class Term:
    """A period in a role: sector (and optionally another country) from ``start`` to ``end``."""

    sector: str
    title: str | None = None
    start: date | None = None
    end: date | None = None
    country: str | None = None

    def covers(self, on: date) -> bool:
        return (self.start is None or self.start <= on) and (self.end is None or on < self.end)


@dataclass(frozen=True, slots=True)
class Actor:
    """One dictionary entry: a person, country, capital, body, role noun or demonym."""

    key: str
    kind: str
    name: str
    country: str | None
    sector: str | None
    qid: str | None = None
    gender: str | None = None
    terms: tuple[Term, ...] = ()
    tags: frozenset[str] = frozenset()
    #: role nouns: what the noun denotes for phrase rules and anaphora
    #: (leader, diplomat, agency, country, body, person, group)
    role_class: str | None = None
    #: the data file it came from (provenance in Mention.rule)
    source: str = ""

    def on(self, when: date) -> tuple[str | None, str | None]:
        """(country, sector) on a date: a person's sector follows the terms of office.

        In a term -> its sector; after the last term ended -> ELI (former official);
        otherwise the entry's default sector.
        """
        if not self.terms:
            return self.country, self.sector
        current = [t for t in self.terms if t.covers(when)]
        if current:
            t = current[0]
            return (t.country or self.country), t.sector
        if any(t.end is not None and t.end <= when for t in self.terms):
            return self.country, "ELI"
        return self.country, self.sector


@dataclass(frozen=True, slots=True)
class Name:
    """One spelling of an actor in one language (``be`` for Belarusian spellings)."""

    actor: int
    text: str
    lang: str
    #: lower ranks win among matches of the same span (full names before surnames)
    rank: int = 0


@dataclass
class ActorDictionary:
    actors: list[Actor] = field(default_factory=list)
    names: list[Name] = field(default_factory=list)
    #: function words per language (words/<lang>.yaml)
    words: dict[str, dict[str, Any]] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)
    #: the English adjective of a country ("Russian"): labels of role phrases ("Russian diplomat")
    adjectives: dict[str, str] = field(default_factory=dict)

    def label(self, country: str | None) -> str:
        """How a role phrase of a country is named: its adjective, else the country's name."""
        return self.adjectives.get(country or "") or self.country_names.get(country or "", country or "")

    def add(self, actor: Actor, names: dict[str, list[str]], rank: int = 0) -> int:
        idx = len(self.actors)
        self.actors.append(actor)
        for lang, spellings in names.items():
            for text in spellings:
                if text and str(text).strip():
                    self.names.append(Name(idx, str(text).strip(), lang, rank))
        return idx


# --------------------------------------------------------------------------- validation helpers


def _date(value: Any, where: str) -> date | None:
    if value in (None, "", "null"):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as e:
        raise DataFileError(f"{where}: bad date {value!r} (want YYYY-MM-DD)") from e


def _sector(value: Any, where: str, *, allow_none: bool = True) -> str | None:
    if value in (None, ""):
        if allow_none:
            return None
        raise DataFileError(f"{where}: a sector is required")
    s = str(value).upper()
    if s not in SECTORS:
        raise DataFileError(f"{where}: unknown sector {value!r} (one of {', '.join(sorted(SECTORS))})")
    return s


class _Countries:
    def __init__(self, codes: set[str]) -> None:
        self.codes = codes

    def check(self, value: Any, where: str, *, allow_none: bool = True) -> str | None:
        if value in (None, ""):
            if allow_none:
                return None
            raise DataFileError(f"{where}: a country is required")
        c = str(value).upper()
        if c not in self.codes and c not in NON_STATE:
            raise DataFileError(f"{where}: unknown country code {value!r} (ISO 3166 alpha-3 or {'/'.join(sorted(NON_STATE))})")
        return c


def _names(entry: dict[str, Any], where: str) -> dict[str, list[str]]:
    names = entry.get("names") or {}
    if not isinstance(names, dict):
        raise DataFileError(f"{where}: 'names' must map a language to a list of spellings")
    out: dict[str, list[str]] = {}
    for lang, spellings in names.items():
        if isinstance(spellings, str):
            spellings = [spellings]
        if not isinstance(spellings, list):
            raise DataFileError(f"{where}: names.{lang} must be a list")
        out[str(lang)] = [str(s) for s in spellings if s is not None]
    if entry.get("name"):
        first = str(entry["name"])
        lang = guess_language(first)
        out.setdefault(lang, [])
        if first not in out[lang]:
            out[lang].insert(0, first)
    return out


def _list(data: Any, relpath: str) -> list[Any]:
    if data is None:
        return []
    if not isinstance(data, list):
        raise DataFileError(f"{relpath}: must be a list of entries")
    return data


def _mapping(data: Any, relpath: str) -> dict[str, Any]:
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise DataFileError(f"{relpath}: must be a mapping")
    return data


# --------------------------------------------------------------------------- loaders


_BRACKETED = re.compile(r"^(?P<head>[^(]+?)\s*\((?P<inner>[^)]+)\)$")


def _name_variants(name: str) -> list[str]:
    """A CLDR country name and the forms news writes it in.

    CLDR gives display names ("Myanmar (Burma)", "Trinidad & Tobago", "Hong Kong SAR China",
    "Гонконг, ОАР Китаю", "Мьянма (Бирма)"); the text says "Myanmar", "Burma", "Trinidad and
    Tobago", "Hong Kong", "Гонконг". The variants are derived here, by rule, so that
    regenerating countries.tsv keeps them.
    """
    out = [name]
    m = _BRACKETED.match(name)
    if m and m.group("inner") not in ("САР",) and "США" not in m.group("inner") and "Великобритания" not in m.group("inner"):
        out += [m.group("head"), m.group("inner")]  # "Myanmar (Burma)": both names of the country
    elif m:
        out.append(m.group("head"))  # "Гонконг (САР)": the qualifier is no name
    if " & " in name:
        out.append(name.replace(" & ", " and "))
    if name.endswith(" SAR China"):
        out.append(name[: -len(" SAR China")])
    if ", " in name and ("ОАР" in name):
        out.append(name.split(", ")[0])
    if name.startswith("St. "):
        out.append("Saint " + name[4:].replace(" & ", " and "))
    return list(dict.fromkeys(v.strip() for v in out if v.strip()))


def _load_countries(d: ActorDictionary) -> tuple[_Countries, dict[str, int]]:
    rows = load("actors/countries.tsv")
    by_code: dict[str, dict[str, list[str]]] = {}
    for n, row in enumerate(rows, 1):
        code, lang, name = row.get("code", ""), row.get("lang", ""), row.get("name", "")
        if len(code) != 3 or not name:
            raise DataFileError(f"actors/countries.tsv: row {n}: want code (alpha-3), iso2, lang, name")
        by_code.setdefault(code.upper(), {}).setdefault(lang, []).append(name)
    countries = _Countries(set(by_code))
    aliases = _mapping(load("actors/country_aliases.yaml"), "actors/country_aliases.yaml")
    index: dict[str, int] = {}
    for code, names in by_code.items():
        extra = aliases.get(code) or {}
        where = f"actors/country_aliases.yaml: {code}"
        if not isinstance(extra, dict):
            raise DataFileError(f"{where}: must be a mapping of language -> names")
        all_names = {lang: [v for name in spellings for v in _name_variants(name)] for lang, spellings in names.items()}
        for lang, spellings in extra.items():
            if lang in ("qid", "sector"):
                continue
            all_names.setdefault(lang, []).extend(str(s) for s in spellings or ())
        en = names.get("en", [code])[0]
        d.country_names[code] = en
        actor = Actor(f"country:{code}", "country", en, code, "GOV", extra.get("qid"), source="countries.tsv")
        index[code] = d.add(actor, all_names)
    unknown = set(aliases) - set(by_code) - {"exclude"}
    if unknown:
        raise DataFileError(f"actors/country_aliases.yaml: unknown country codes {sorted(unknown)}")
    return countries, index


def _load_demonyms(d: ActorDictionary, countries: _Countries) -> None:
    data = _mapping(load("actors/demonyms.yaml"), "actors/demonyms.yaml")
    for code, names in data.items():
        where = f"actors/demonyms.yaml: {code}"
        c = countries.check(code, where, allow_none=False)
        if not isinstance(names, dict):
            raise DataFileError(f"{where}: must map a language to adjectives")
        label = d.country_names.get(c or "", c or "")
        en = [str(x) for x in names.get("en") or ()]
        if en and c:
            d.adjectives.setdefault(c, en[0])
        d.add(Actor(f"demonym:{c}", "demonym", label, c, None, source="demonyms.yaml"),
              {k: [str(x) for x in v or ()] for k, v in names.items()})


def _load_bodies(d: ActorDictionary, countries: _Countries, relpath: str, kind: str) -> None:
    for n, entry in enumerate(_list(load(relpath), relpath), 1):
        if not isinstance(entry, dict) or not entry.get("name"):
            raise DataFileError(f"{relpath}: entry {n}: needs at least a 'name'")
        where = f"{relpath}: {entry['name']}"
        k = str(entry.get("kind") or kind)
        if k not in KINDS:
            raise DataFileError(f"{where}: unknown kind {k!r}")
        if k == "person":
            _add_person(d, countries, entry, where, relpath)
            continue
        actor = Actor(
            key=f"{k}:{entry['name']}",
            kind=k,
            name=str(entry["name"]),
            country=countries.check(entry.get("country"), where),
            sector=_sector(entry.get("sector"), where),
            qid=entry.get("qid") or entry.get("id"),
            tags=frozenset(str(t) for t in entry.get("tags") or ()),
            role_class=entry.get("class"),
            source=relpath.split("/")[-1],
        )
        d.add(actor, _names(entry, where))


def _add_person(d: ActorDictionary, countries: _Countries, entry: dict[str, Any], where: str, relpath: str) -> None:
    terms = []
    for t in entry.get("roles") or ():
        if not isinstance(t, dict):
            raise DataFileError(f"{where}: each role must be a mapping with sector, from, to")
        start, end = _date(t.get("from"), where), _date(t.get("to"), where)
        if start and end and end < start:
            raise DataFileError(f"{where}: role ends ({end}) before it starts ({start})")
        terms.append(Term(_sector(t.get("sector"), where, allow_none=False) or "GOV", t.get("title"),
                          start, end, countries.check(t.get("country"), where)))
    gender = entry.get("gender")
    if gender not in (None, "m", "f"):
        raise DataFileError(f"{where}: gender must be m or f")
    actor = Actor(
        key=f"person:{entry['name']}",
        kind="person",
        name=str(entry["name"]),
        country=countries.check(entry.get("country"), where),
        sector=_sector(entry.get("default_sector") or entry.get("sector"), where),
        qid=entry.get("qid") or entry.get("id"),
        gender=gender,
        terms=tuple(terms),
        tags=frozenset(str(t) for t in entry.get("tags") or ()),
        source=relpath.split("/")[-1],
    )
    names = _names(entry, where)
    idx = d.add(actor, names)
    # A surname alone names the person too (lower rank than the full name).
    if entry.get("surname_alone", True):
        for lang, spellings in names.items():
            for text in spellings:
                parts = text.split()
                if len(parts) > 1 and not parts[-1].islower():
                    d.names.append(Name(idx, parts[-1], lang, rank=2))


def _load_imported_tsv(d: ActorDictionary, countries: _Countries) -> None:
    """``imported.tsv``: what ``kronika actors import`` wrote (kind, name, country, sector,
    id, gender, tags, aliases separated by ``|``)."""
    relpath = "actors/imported.tsv"
    for n, row in enumerate(load(relpath), 1):
        name = row.get("name", "")
        if not name:
            raise DataFileError(f"{relpath}: row {n}: empty name")
        where = f"{relpath}: row {n} ({name})"
        kind = row.get("kind") or "organisation"
        if kind not in ("person", "organisation", "company"):
            raise DataFileError(f"{where}: unknown kind {kind!r}")
        aliases = [a for a in (row.get("aliases") or "").split("|") if a.strip()]
        names: dict[str, list[str]] = {}
        for text in [name, *aliases]:
            names.setdefault(guess_language(text), []).append(text)
        tags = frozenset(t for t in (row.get("tags") or "").split("|") if t)
        gender = row.get("gender") or None
        entry = {"name": name, "country": row.get("country") or None, "qid": row.get("id") or None,
                 "gender": gender if gender in ("m", "f") else None, "tags": sorted(tags), "names": {}}
        if kind == "person":
            _add_person(d, countries, {**entry, "names": names, "default_sector": row.get("sector") or None},
                        where, relpath)
            continue
        actor = Actor(key=f"{kind}:{name}", kind=kind, name=name, country=countries.check(entry["country"], where),
                      sector=_sector(row.get("sector"), where), qid=entry["qid"], tags=tags, source="imported.tsv")
        d.add(actor, names)


def _load_roles(d: ActorDictionary) -> None:
    for lang in LANGS:
        relpath = f"actors/roles/{lang}.yaml"
        for n, entry in enumerate(_list(load(relpath), relpath), 1):
            if not isinstance(entry, dict) or not entry.get("names"):
                raise DataFileError(f"{relpath}: entry {n}: needs 'names' (a list) and 'sector'")
            names = entry["names"]
            where = f"{relpath}: {names[0] if isinstance(names, list) else names}"
            if not isinstance(names, list):
                raise DataFileError(f"{where}: 'names' must be a list")
            actor = Actor(
                key=f"role:{lang}:{names[0]}",
                kind="role",
                name=str(entry.get("role") or names[0]),
                country=None,
                sector=_sector(entry.get("sector"), where),
                role_class=entry.get("class"),
                # an English "role" label names the entity ("Belarus government"); without
                # one the matched spelling does
                tags=frozenset(str(t) for t in entry.get("tags") or ()) | ({"labelled"} if entry.get("role") else set()),
                source=f"roles/{lang}.yaml",
            )
            d.add(actor, {lang: [str(x) for x in names]})


def _load_words(d: ActorDictionary) -> None:
    for lang in LANGS:
        relpath = f"actors/words/{lang}.yaml"
        d.words[lang] = _mapping(load(relpath), relpath)


def _placed_entries(relpath: str) -> Iterator[tuple[dict[str, Any], str]]:
    """The entries of a list of places, each with the name that error messages give it;
    every entry needs a name and a country."""
    for n, entry in enumerate(_list(load(relpath), relpath), 1):
        if not isinstance(entry, dict) or not entry.get("name") or not entry.get("country"):
            raise DataFileError(f"{relpath}: entry {n}: needs 'name' and 'country'")
        yield entry, f"{relpath}: {entry['name']}"


def _load_capitals(d: ActorDictionary, countries: _Countries) -> None:
    for entry, where in _placed_entries("actors/capitals.yaml"):
        c = countries.check(entry["country"], where, allow_none=False)
        label = "European Union" if c == "EUR" else d.country_names.get(c or "", str(c))
        actor = Actor(
            key=f"capital:{entry['name']}", kind="capital", name=label, country=c,
            sector=_sector(entry.get("sector") or "GOV", where), qid=entry.get("qid"),
            tags=frozenset({"seat"} if entry.get("seat") else set()), role_class=str(entry["name"]),
            source="capitals.yaml",
        )
        d.add(actor, _names(entry, where))


_REGION_WORDS = ("region", "oblast", "province")


def _load_places(d: ActorDictionary, countries: _Countries) -> None:
    """Cities (``cities.yaml``) and generated regions (``regions.tsv``): kind ``place``."""
    for entry, where in _placed_entries("actors/cities.yaml"):
        actor = Actor(key=f"place:{entry['name']}", kind="place", name=str(entry["name"]),
                      country=countries.check(entry["country"], where, allow_none=False),
                      sector=_sector(entry.get("sector", "CVL"), where), qid=entry.get("qid"), source="cities.yaml")
        names = _names(entry, where)
        # English names a region after its centre: "Kharkiv region", "Kursk oblast", "Idlib province"
        en = names.get("en", [])
        names["en"] = en + [f"{x} {w}" for x in en if " " not in x for w in _REGION_WORDS if f"{x} {w}" not in en]
        d.add(actor, names)
    relpath = "actors/regions.tsv"
    by_code: dict[str, tuple[str, dict[str, list[str]]]] = {}
    for n, row in enumerate(load(relpath), 1):
        code, name, lang = row.get("code", ""), row.get("name", ""), row.get("lang", "")
        if not code or not name or not lang:
            raise DataFileError(f"{relpath}: row {n}: want country, code, lang, name")
        c = countries.check(row.get("country"), f"{relpath}: row {n}", allow_none=False) or ""
        by_code.setdefault(code, (c, {}))[1].setdefault(lang, []).append(name)
    for code, (c, names) in by_code.items():
        label = (names.get("uk") or names.get("ru") or [code])[0]
        d.add(Actor(key=f"place:{code}", kind="place", name=label, country=c, sector="CVL", source="regions.tsv"), names)


def _load_nationals(d: ActorDictionary, countries: _Countries) -> None:
    """``nationals.yaml``: nouns for a country's people, role nouns with the country built in."""
    relpath = "actors/nationals.yaml"
    data = _mapping(load(relpath), relpath)
    # English plurals of the regular adjectives ("Moldovans", "Iraqis") for countries the file lacks
    for n in d.names:
        a = d.actors[n.actor]
        if a.kind == "demonym" and n.lang == "en" and a.country not in data and a.country not in NON_STATE \
                and " " not in n.text and n.text.endswith(("an", "i")):
            d.names.append(Name(-1, f"{n.text}s", "en"))  # actor set below
    pending = [i for i, n in enumerate(d.names) if n.actor == -1]
    by_country: dict[str, list[str]] = {}
    for i in pending:
        text = d.names[i].text
        for n in d.names:
            if n.lang == "en" and n.text == text[:-1] and d.actors[n.actor].kind == "demonym":
                by_country.setdefault(d.actors[n.actor].country or "", []).append(text)
                break
    d.names = [n for n in d.names if n.actor != -1]
    for code, plurals in by_country.items():
        d.add(Actor(f"national:{code}", "role", "citizens", code, "CVL", role_class="group",
                    tags=frozenset({"labelled", "national"}), source="nationals.yaml"), {"en": plurals})
    for code, names in data.items():
        where = f"{relpath}: {code}"
        c = countries.check(code, where, allow_none=False)
        if not isinstance(names, dict):
            raise DataFileError(f"{where}: must map a language to nouns")
        d.add(Actor(f"national:{c}", "role", "citizens", c, "CVL", role_class="group",
                    tags=frozenset({"labelled", "national"}), source="nationals.yaml"),
              {k: [str(x) for x in v or ()] for k, v in names.items()})


def load_dictionary() -> ActorDictionary:
    """Read and validate every actor data file (bundled and the users')."""
    d = ActorDictionary()
    d.country_names.update(NON_STATE_LABELS)
    countries, _ = _load_countries(d)
    _load_demonyms(d, countries)
    _load_capitals(d, countries)
    _load_places(d, countries)
    _load_nationals(d, countries)
    _load_bodies(d, countries, "actors/organisations.yaml", "organisation")
    _load_bodies(d, countries, "actors/media.yaml", "media")
    _load_bodies(d, countries, "actors/companies.yaml", "company")
    for n, entry in enumerate(_list(load("actors/people.yaml"), "actors/people.yaml"), 1):
        if not isinstance(entry, dict) or not entry.get("name"):
            raise DataFileError(f"actors/people.yaml: entry {n}: needs at least a 'name'")
        _add_person(d, countries, entry, f"actors/people.yaml: {entry['name']}", "actors/people.yaml")
    _load_bodies(d, countries, "actors/imported.yaml", "organisation")
    _load_imported_tsv(d, countries)
    _load_roles(d)
    _load_words(d)
    exclude = _mapping(load("actors/country_aliases.yaml"), "").get("exclude") or {}
    if exclude:
        banned = {(lang, str(x)) for lang, xs in exclude.items() for x in xs or ()}
        d.names = [n for n in d.names if (n.lang, n.text) not in banned]
    return d
