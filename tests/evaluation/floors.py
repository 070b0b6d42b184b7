"""Reading the quality floors and checking that none was lowered."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
FLOORS = HERE / "floors.yaml"
REPO = HERE.parents[1]


def load_floors(text: str | None = None) -> dict[str, Any]:
    return yaml.safe_load(text if text is not None else FLOORS.read_text(encoding="utf-8"))


def sentence_digest() -> str:
    """SHA-1 of the sentence sets (development and held-out), in name order, so floors are
    tied to the data they were measured on."""
    h = hashlib.sha1()
    data = HERE / "data"
    for p in sorted([*data.glob("sentences-*.yaml"), *data.glob("heldout-*.yaml"), *data.glob("heldout2-*.yaml")]):
        h.update(p.name.encode() + b"\0" + p.read_bytes())
    return h.hexdigest()[:16]


def committed_floors() -> dict[str, Any] | None:
    """The floors as last committed, or None outside a git checkout or before the first commit."""
    rel = FLOORS.relative_to(REPO).as_posix()
    try:
        p = subprocess.run(["git", "show", f"HEAD:{rel}"], cwd=REPO, capture_output=True, text=True, timeout=20)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return load_floors(p.stdout) if p.returncode == 0 else None


def lowered(old: Any, new: Any, path: str = "") -> list[str]:
    """Floors that went down from ``old`` to ``new`` (``max_*`` entries are ceilings: they may only go down)."""
    out: list[str] = []
    if isinstance(old, dict) and isinstance(new, dict):
        for k, v in old.items():
            where = f"{path}.{k}" if path else str(k)
            if k in new:
                out += lowered(v, new[k], where)
            elif isinstance(v, (int, float, dict)):
                out.append(f"{where} was removed")
        return out
    if isinstance(old, (int, float)) and isinstance(new, (int, float)) and not isinstance(old, bool):
        ceiling = path.rsplit(".", 1)[-1].startswith("max_")
        if (new > old) if ceiling else (new < old):
            out.append(f"{path}: {old} -> {new}")
    return out
