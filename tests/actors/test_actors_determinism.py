"""The same text gives the same mentions in every process, whatever Python's hash seed.

Set iteration order changes with ``PYTHONHASHSEED``; a resolver that picks among name
variants by iterating a set would name a different rule from run to run, and event ids,
merges and diffs of outputs would drift. Two child processes with other seeds must agree.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

_SCRIPT = r"""
import json, sys
from datetime import date
from kronika.model import Document
from kronika.language import analyze
from kronika.actors import get_resolver
texts = [
    ("en", "Belarusian representatives met Polish diplomats and the Hungarian authorities in Vienna."),
    ("uk", "Литовські та латвійські дипломати зустрілися з представниками білоруської влади у Вільнюсі."),
    ("ru", "Представители белорусских властей провели переговоры с польскими дипломатами в Вене."),
]
out = []
for lang, text in texts:
    doc = Document.from_text(text, language=lang, published=date(2025, 10, 17))
    for m in get_resolver().find_mentions(analyze(doc)):
        e = m.entity
        out.append([m.start, m.end, m.kind, m.rule, e.country if e else None, e.sector if e else None])
json.dump(out, sys.stdout)
"""


def _run(seed: str) -> list:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    return json.loads(done.stdout)


def test_mentions_do_not_depend_on_the_hash_seed() -> None:
    first = _run("1")
    assert first, "the sentences must give mentions"
    assert _run("2") == first
    assert _run("12345") == first
