"""A compiled copy of the actor dictionary and its name index, keyed by the data files.

Building the index tokenises and lemmatises a few thousand names (~0.5 s, and more
as users import lists); the compiled form unpickles in a few hundredths of a second.
The key covers every actor data file (bundled and the users', path, size and mtime),
this package's and the language layer's source and data files, so any edit rebuilds it. Set ``KRONIKA_NO_CACHE=1`` to
skip the cache; a cache that cannot be written or read is simply rebuilt.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any, Callable

from kronika.resources import PACKAGE_DATA, user_data_dirs

_FORMAT = 1


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kronika"


def _fingerprint() -> str:
    h = hashlib.sha1(str(_FORMAT).encode())
    roots = [PACKAGE_DATA / "actors"] + [d / "actors" for d in user_data_dirs()]
    # the index depends on this package and on the language layer's tokenizer and lemmas
    code = [Path(__file__).parent, Path(__file__).parents[1] / "language", PACKAGE_DATA / "language"]
    for root in roots + code:
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in (".yaml", ".yml", ".tsv", ".py"):
                st = path.stat()
                h.update(f"{path}:{st.st_size}:{st.st_mtime_ns}\n".encode())
    return h.hexdigest()[:20]


def cached(build: Callable[[], Any]) -> Any:
    """``build()``'s result, from the cache when the data files have not changed."""
    if os.environ.get("KRONIKA_NO_CACHE"):
        return build()
    try:
        path = cache_dir() / f"actors-{_fingerprint()}.pickle"
    except OSError:
        return build()
    if path.is_file():
        try:
            with path.open("rb") as f:
                return pickle.load(f)
        except Exception:  # a damaged or foreign cache file: rebuild it
            pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("actors-*.pickle"):
            old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass
    return value
