"""The layout is the architecture: stages import only from earlier stages.

The data flows documents -> language -> actors -> events -> store -> merge -> export;
``pipeline`` composes them and the command line sits on top. A stage that imports a
later one would tie the early stages to the heavy late ones and make them impossible
to test alone, so this test reads every module's imports and fails on such an arrow.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "kronika"

#: rank of each top-level part of the package; an import may only go to an equal or lower rank
RANK = {
    "model": 0, "errors": 0, "resources": 0,
    "documents": 1,
    "language": 2,
    "actors": 3,
    "events": 4,
    "store": 5,
    "merge": 6,
    "export": 7,
    "evaluate": 8,
    "pipeline": 9,
    "api": 10, "web": 10, "scale": 10,
    "cli": 11, "__init__": 11, "__main__": 11,
}


def _part(module: str) -> str:
    return module.split(".")[1] if module.startswith("kronika.") else module


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("kronika"):
            if node.module == "kronika":
                out += [f"kronika.{a.name}" for a in node.names]
            else:
                out.append(node.module)
        elif isinstance(node, ast.Import):
            out += [a.name for a in node.names if a.name.startswith("kronika.")]
    return out


def test_every_part_has_a_rank() -> None:
    parts = {p.stem if p.is_file() else p.name for p in PACKAGE.iterdir() if p.name != "data" and not p.name.startswith("_") or p.name in ("__init__.py", "__main__.py")}
    parts = {p for p in parts if p not in ("__pycache__",)}
    assert parts <= set(RANK), f"give these a rank in the layout: {sorted(parts - set(RANK))}"


def test_imports_flow_one_way() -> None:
    wrong = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        here = _part(".".join(rel.parts))
        if here not in RANK:
            continue
        for target in _imports(path):
            there = _part(target)
            if there in RANK and RANK[there] > RANK[here]:
                wrong.append(f"{rel}: imports {target} ({here} must not depend on {there})")
    assert not wrong, "\n".join(wrong)
