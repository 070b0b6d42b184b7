#!/usr/bin/env python3
"""Derive kronika/data/ontology/cameo_plover.tsv from the OEDA's CAMEO2PLOVER-2021 table.

Usage: python scripts/generate_cameo_table.py [CAMEO2PLOVER-2021.txt] [--out PATH] [--check]

The package must not need the source file at run time, so its content is turned into a
TSV that ``kronika.resources.load`` reads. The source is CC BY-SA 4.0: the derived file
carries the licence and the attribution in its header (see
kronika/data/ontology/LICENSE-cameo_plover.txt).

The source is a hand-edited text file ("0841: RETREAT, release,   legal # Return, release
person(s)") with a few values outside the PLOVER 0.8 manual's own vocabulary. They are
normalised here, and every change is recorded in the ``note`` column so that the published
values stay visible:

- modes are stripped of blanks; a mode the manual does not list for the type is dropped
  (``ease`` -- the table itself says it "is no longer a mode") or, where it names a
  context (``pro_autocracy``), moved to the contexts; a few are mapped (see MODE_FIXES);
- contexts outside the manual's list are mapped (``humanitarian`` -> ``human_security``,
  ``democracy`` -> ``pro_democracy``);
- two-digit root codes (``03: AGREE``) are kept with the type only; where a root is
  listed twice (08: CONCEDE and 08: RETREAT) the first is kept, and a code listed twice
  (175) keeps its first line.

Without a path, the source is looked up beside the repository as
``<repo>/../shared/data/plover-gsr/CAMEO2PLOVER-2021.txt``. ``--check`` compares the
result with the file in the package and exits 1 if it differs (for CI).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kronika.events.ontology import CONTEXTS, MODES  # noqa: E402  (the manual's vocabulary)

DEFAULT_SOURCE = REPO.parent / "shared" / "data" / "plover-gsr" / "CAMEO2PLOVER-2021.txt"
DEFAULT_OUT = REPO / "kronika" / "data" / "ontology" / "cameo_plover.tsv"

#: contexts named otherwise in the table than in the manual
CONTEXT_FIXES = {"humanitarian": "human_security", "democracy": "pro_democracy"}
#: (code, published mode) -> mode in the manual's vocabulary, where the meaning is clear
MODE_FIXES = {
    ("1321", "political"): "rights",  # threaten restrictions on freedoms of speech -> THREATEN/rights
    ("1712", "seize"): "destroy",  # destroy property is ASSAULT/destroy (seize is a COERCE mode)
}

HEADER = """\
# CAMEO -> PLOVER (event, mode, contexts), derived from CAMEO2PLOVER-2021.txt
# (PLOVER manual draft 0.8, 17 September 2021, edited by Philip Schrodt) of the PLOVER project.
# Copyright 2016-2021 the Open Event Data Alliance (OEDA). Licensed under the Creative Commons
# Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0,
# https://creativecommons.org/licenses/by-sa/4.0/). This derived file is under the same licence.
# Changes: reformatted as TSV by scripts/generate_cameo_table.py; values outside the PLOVER 0.8
# vocabulary normalised as the `note` column says. Do not edit by hand: re-run the script.
# Kronika's own departures from this table are in cameo_kronika.tsv, not here.
"""

_LINE = re.compile(r"^(\d{2,4})\s*:\s*([^#]*?)\s*(?:#\s*(.*))?$")


def parse(text: str) -> list[dict[str, str]]:
    """The rows of the source table, normalised, in source order (first occurrence wins)."""
    rows: list[dict[str, str]] = []
    seen: set[str] = set()
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#") or line.startswith("~"):
            continue
        m = _LINE.match(line)
        if not m:
            raise ValueError(f"line {n}: not a table line: {raw!r}")
        code, body, description = m.group(1), m.group(2), (m.group(3) or "").strip()
        if code in seen:
            continue
        seen.add(code)
        parts = [p.strip() for p in body.split(",")]
        event = parts[0].upper()
        if event not in MODES:
            raise ValueError(f"line {n}: unknown event type {event!r}")
        mode = parts[1] if len(parts) > 1 else ""
        contexts = [c.strip() for c in (parts[2] if len(parts) > 2 else "").split(";") if c.strip()]
        notes: list[str] = []
        if (code, mode) in MODE_FIXES:
            notes.append(f"mode {mode} -> {MODE_FIXES[code, mode]}")
            mode = MODE_FIXES[code, mode]
        if mode and mode not in MODES[event]:
            if mode in CONTEXTS:
                notes.append(f"mode {mode} moved to contexts")
                contexts.insert(0, mode)
            else:
                notes.append(f"mode {mode} is not a PLOVER 0.8 mode of {event}: dropped")
            mode = ""
        fixed = []
        for c in contexts:
            if c in CONTEXT_FIXES:
                notes.append(f"context {c} -> {CONTEXT_FIXES[c]}")
                c = CONTEXT_FIXES[c]
            if c not in CONTEXTS:
                raise ValueError(f"line {n}: unknown context {c!r}")
            if c not in fixed:
                fixed.append(c)
        rows.append({
            "cameo": code, "event": event, "mode": mode, "contexts": ";".join(fixed),
            "description": description.replace("\t", " "), "note": "; ".join(notes),
        })
    return rows


def render(rows: list[dict[str, str]]) -> str:
    cols = ["cameo", "event", "mode", "contexts", "description", "note"]
    out = [HEADER, "\t".join(cols)]
    out += ["\t".join(r[c] for c in cols) for r in rows]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("source", nargs="?", default=str(DEFAULT_SOURCE))
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument("--check", action="store_true", help="exit 1 if the packaged file differs")
    a = ap.parse_args(argv)
    src = Path(a.source)
    if not src.is_file():
        print(f"{src}: no such file (give the path of CAMEO2PLOVER-2021.txt)", file=sys.stderr)
        return 1
    text = render(parse(src.read_text(encoding="utf-8")))
    out = Path(a.out)
    if a.check:
        same = out.is_file() and out.read_text(encoding="utf-8") == text
        print(f"{out}: {'up to date' if same else 'differs from the source table'}")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    print(f"{out}: {text.count(chr(10)) - HEADER.count(chr(10)) - 1} CAMEO codes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
