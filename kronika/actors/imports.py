"""Import actors from FollowTheMoney entity JSON lines (OpenSanctions) or a simple CSV.

Imported actors are appended to ``actors/imported.tsv`` in the user's data folder (the
first folder of ``$KRONIKA_DATA_PATH`` when set, else ``$XDG_CONFIG_HOME/kronika/data``),
where :func:`kronika.resources.load` adds them to the bundled dictionary next time.
TSV, not YAML, because sanctions lists run to hundreds of thousands of entities and
PyYAML reads about 600 entries a second here, the csv module hundreds of thousands.
Columns: kind, name, country, sector, id, gender, tags, aliases (``|``-separated).
A malformed line is reported with its file and line number and the rest goes on.

FollowTheMoney: ``Person``, ``Organization``, ``Company``, ``LegalEntity`` and
``PublicBody`` entities become actors (names from ``name`` + ``alias``; country from
``country``/``nationality``/``citizenship``/``jurisdiction``, ISO2 -> alpha-3; topic
``role.pep`` -> sector GOV; ``sanction`` -> tag ``sanctioned``; ``wikidataId`` -> QID);
``Sanction`` entities tag the entity they point at. CSV: a header with ``name``,
``country``, ``sector``, ``id``, ``aliases`` (``|``-separated) and optionally ``kind``.
"""

from __future__ import annotations

import csv
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kronika.actors.dictionary import NON_STATE, SECTORS
from kronika.actors.keys import guess_language
from kronika.errors import InputError, UsageError
from kronika.resources import clear_cache, load

SCHEMAS = {"Person": "person", "Organization": "organisation", "Company": "company",
           "LegalEntity": "organisation", "PublicBody": "organisation"}
TOPIC_SECTORS = {"role.pep": "GOV", "gov": "GOV", "gov.soe": "BUS", "role.oligarch": "BUS", "crime": "CRM",
                 "mil": "MIL", "role.judge": "JUD", "role.diplo": "GOV", "pol.party": "PTY", "role.journo": "JRN"}
KINDS = ("person", "organisation", "company")


@dataclass
class ImportReport:
    """What an import did: counts, the file written, and each bad line."""

    read: int = 0
    imported: int = 0
    skipped: int = 0
    errors: list[str] = field(default_factory=list)
    target: Path | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"read": self.read, "imported": self.imported, "skipped": self.skipped,
                "errors": list(self.errors), "target": str(self.target) if self.target else None}


TSV_COLUMNS = ("kind", "name", "country", "sector", "id", "gender", "tags", "aliases")


def user_actor_file() -> Path:
    """Where imported actors go (created on first import)."""
    paths = [p for p in os.environ.get("KRONIKA_DATA_PATH", "").split(os.pathsep) if p]
    if paths:
        base = Path(paths[0])
    else:
        xdg = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        base = Path(xdg) / "kronika" / "data"
    return base / "actors" / "imported.tsv"


def _country_codes() -> tuple[dict[str, str], set[str]]:
    iso2: dict[str, str] = {}
    alpha3: set[str] = set()
    for row in load("actors/countries.tsv", user=False):
        iso2[row["iso2"].lower()] = row["code"]
        alpha3.add(row["code"])
    iso2.setdefault("eu", "EUR")
    iso2.setdefault("xk", "XKX")
    return iso2, alpha3


def _guess_lang(text: str) -> str:
    return guess_language(text)


def _names_by_lang(names: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for n in names:
        n = " ".join(str(n).split())
        if n and n not in out.get(_guess_lang(n), []):
            out.setdefault(_guess_lang(n), []).append(n)
    return out


def _ftm_entries(path: Path, report: ImportReport) -> list[dict[str, Any]]:
    iso2, _ = _country_codes()
    entries: dict[str, dict[str, Any]] = {}
    sanctioned: set[str] = set()
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            report.read += 1
            try:
                ent = json.loads(line)
                if not isinstance(ent, dict) or not isinstance(ent.get("properties", {}), dict):
                    raise ValueError("not an entity object")
            except ValueError as e:
                report.errors.append(f"{path}:{lineno}: not a FollowTheMoney entity: {e}")
                continue
            schema = ent.get("schema")
            props = ent.get("properties") or {}
            if schema == "Sanction":
                sanctioned.update(str(x) for x in props.get("entity") or ())
                report.skipped += 1
                continue
            kind = SCHEMAS.get(str(schema))
            if kind is None:
                report.skipped += 1
                continue
            names = [*(props.get("name") or ()), *(props.get("alias") or ())]
            if not names:
                report.errors.append(f"{path}:{lineno}: {schema} {ent.get('id')!r} has no name")
                continue
            country = None
            for prop in ("country", "nationality", "citizenship", "jurisdiction"):
                for c in props.get(prop) or ():
                    country = iso2.get(str(c).lower())
                    if country:
                        break
                if country:
                    break
            topics = [str(t) for t in props.get("topics") or ()]
            sector = next((TOPIC_SECTORS[t] for t in topics if t in TOPIC_SECTORS), None)
            if sector is None and kind == "company":
                sector = "BUS"
            tags = sorted({"sanctioned" for t in topics if t == "sanction"} | {f"topic:{t}" for t in topics})
            entry: dict[str, Any] = {"kind": kind, "name": str(names[0]), "country": country}
            if kind == "person":
                entry["default_sector"] = sector
                gender = [str(g).lower() for g in props.get("gender") or ()]
                if gender[:1] in (["male"], ["female"]):
                    entry["gender"] = gender[0][0] if gender[0] == "male" else "f"
            else:
                entry["sector"] = sector
            qid = next((str(q) for q in props.get("wikidataId") or () if str(q).startswith("Q")), None)
            if qid:
                entry["qid"] = qid
            entry["names"] = _names_by_lang(names[1:] if len(names) > 1 else [])
            entry["tags"] = tags
            entry["source_id"] = ent.get("id")
            entries[str(ent.get("id") or f"{path}:{lineno}")] = entry
    for eid in sanctioned:
        if eid in entries and "sanctioned" not in entries[eid]["tags"]:
            entries[eid]["tags"].append("sanctioned")
    return list(entries.values())


def _csv_entries(path: Path, report: ImportReport) -> list[dict[str, Any]]:
    iso2, alpha3 = _country_codes()
    out: list[dict[str, Any]] = []
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if not reader.fieldnames or "name" not in [h.strip().lower() for h in reader.fieldnames]:
            raise InputError(f"{path}: a CSV of actors needs a header with at least 'name' (and country, sector, id, aliases)")
        for row in reader:
            lineno = reader.line_num
            report.read += 1
            row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items() if k is not None}
            name = row.get("name", "")
            if not name:
                report.errors.append(f"{path}:{lineno}: empty name")
                continue
            c = row.get("country", "")
            country = None
            if c:
                country = c.upper() if (c.upper() in alpha3 or c.upper() in NON_STATE) else iso2.get(c.lower())
                if country is None:
                    report.errors.append(f"{path}:{lineno}: unknown country {c!r}")
                    continue
            sector = row.get("sector", "").upper() or None
            if sector and sector not in SECTORS:
                report.errors.append(f"{path}:{lineno}: unknown sector {row.get('sector')!r}")
                continue
            kind = row.get("kind", "").lower() or "organisation"
            if kind not in KINDS:
                report.errors.append(f"{path}:{lineno}: unknown kind {kind!r} (person, organisation or company)")
                continue
            aliases = [a.strip() for a in row.get("aliases", "").split("|") if a.strip()]
            entry: dict[str, Any] = {"kind": kind, "name": name, "country": country}
            entry["default_sector" if kind == "person" else "sector"] = sector
            qid = row.get("id", "")
            if qid.startswith("Q"):
                entry["qid"] = qid
            entry["names"] = _names_by_lang(aliases)
            entry["tags"] = []
            out.append(entry)
    return out


def detect_format(path: Path) -> str:
    if path.suffix.lower() in (".csv", ".tsv"):
        return "csv"
    if path.suffix.lower() in (".json", ".jsonl", ".ndjson", ".ftm"):
        return "ftm"
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                return "ftm" if line.lstrip().startswith("{") else "csv"
    return "ftm"


def import_actors(path: str | Path, fmt: str = "auto", target: Path | None = None) -> ImportReport:
    """Read FILE and add its actors to the user's ``actors/imported.yaml``."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    if fmt not in ("auto", "ftm", "csv"):
        raise UsageError(f"--format must be auto, ftm or csv, not {fmt!r}")
    kind = detect_format(path) if fmt == "auto" else fmt
    report = ImportReport()
    try:
        entries = _ftm_entries(path, report) if kind == "ftm" else _csv_entries(path, report)
    except UnicodeDecodeError as e:
        raise InputError(f"{path}: not UTF-8 text: {e}") from e
    target = target or user_actor_file()
    seen: set[tuple[str, str, str]] = set()
    if target.is_file():
        try:
            with target.open(encoding="utf-8", newline="") as f:
                for line in f:
                    cols = line.rstrip("\n").split("\t")
                    if len(cols) >= 3 and cols[0] != "kind" and not line.startswith("#"):
                        seen.add((cols[0], cols[1], cols[2]))
        except (OSError, UnicodeDecodeError) as e:
            raise InputError(f"{target}: cannot read the imported actors: {e}") from e
    new = []
    for e in entries:
        key = (e["kind"], _clean(e["name"]), e.get("country") or "")
        if key not in seen:
            seen.add(key)
            new.append(e)
    target.parent.mkdir(parents=True, exist_ok=True)
    fresh = not target.is_file() or target.stat().st_size == 0
    with target.open("a", encoding="utf-8", newline="") as f:
        if fresh:
            f.write("# Actors added by `kronika actors import` (one a line; aliases separated by |).\n")
            f.write("\t".join(TSV_COLUMNS) + "\n")
        for e in new:
            f.write("\t".join(_row(e)) + "\n")
    report.imported = len(new)
    report.skipped += len(entries) - len(new)
    report.target = target
    clear_cache()
    return report


def _clean(text: str) -> str:
    """One TSV field: no tabs, line breaks or the alias separator inside."""
    return " ".join(str(text).replace("|", "/").split())


def _row(e: dict[str, Any]) -> list[str]:
    aliases = [a for names in (e.get("names") or {}).values() for a in names]
    sector = e.get("sector") or e.get("default_sector") or ""
    return [e["kind"], _clean(e["name"]), e.get("country") or "", sector, e.get("qid") or "",
            e.get("gender") or "", "|".join(_clean(t) for t in e.get("tags") or ()),
            "|".join(_clean(a) for a in aliases if _clean(a))]


__all__ = ["ImportReport", "detect_format", "import_actors", "user_actor_file"]
