"""Plain-text renderings of the scorers' figures (the JSON form is the summary itself)."""

from __future__ import annotations

from typing import Any

from kronika.evaluate.gold_scorer import figures
from kronika.evaluate.runner import GoldReport

_FIELDS = ("date_ok", "factuality_ok", "recipient_ok", "sector_ok", "mode_ok", "attribution_ok", "sanction_action_ok", "size_ok")


def _row(cells: list[str], widths: list[int]) -> str:
    return "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return [_row(header, widths), _row(["-" * w for w in widths], widths)] + [_row(r, widths) for r in rows]


def gold_table(report: GoldReport, *, verbose: bool = False) -> str:
    """Totals, one row per language and per document; with ``verbose``, every miss,
    unmatched event and trap taken."""
    s = report.summary
    header = ["", "found", "recall", "precision", "traps", "extracted", "unmatched"]
    rows = [["all", f"{s['found']}/{s['required']}", f"{s['recall_required']:.2f}", f"{s['precision']:.2f}",
             str(s["traps"]), str(s["extracted"]), str(s["unmatched"])]]
    for lang, f in s["per_language"].items():
        rows.append([f"lang {lang}", f"{f['found']}/{f['required']}", f"{f['recall_required']:.2f}",
                     f"{f['precision']:.2f}", str(f["traps"]), str(f["extracted"]), str(f["unmatched"])])
    for sc in report.scores:
        f = figures(sc.counts)
        rows.append([sc.doc, f"{f['found']}/{f['required']}", f"{f['recall_required']:.2f}", f"{f['precision']:.2f}",
                     str(f["traps"]), str(f["extracted"]), str(f["unmatched"])])
    lines = _table(header, rows)
    lines.append("")
    lines.append("on matched pairs: " + ", ".join(f"{k[:-3]} {s[k]:.2f}" for k in _FIELDS))
    if verbose:
        lines += [f"MISS {x}" for x in report.misses]
        lines += [f"UNMATCHED {x}" for x in report.unmatched]
        lines += [f"TRAP {x}" for x in report.trapped]
    return "\n".join(lines)


def gold_verdict(report: GoldReport, ok: bool) -> str:
    """One closing line in the acceptance scorer's words."""
    s = report.summary
    c = s["counts"]
    recall = c.get("found", 0) / c["required"] if c.get("required") else 0.0
    kept = c.get("extracted", 0) - c.get("repeats", 0)
    precision = (kept - c.get("unmatched", 0)) / kept if kept else 0.0
    return (f"{'OK' if ok else 'SHORT'}: recall {recall:.2f}, precision {precision:.2f}, "
            f"traps {s['traps']}, dates {s['date_ok']}, sectors {s['sector_ok']}, factuality {s['factuality_ok']}, "
            f"recipients {s['recipient_ok']}")


def plover_table(result: dict[str, Any], *, verbose: bool = False) -> str:
    """Per-type recall, actor agreement and precision on the PLOVER records."""
    rows = []
    for t, f in result["per_type"].items():
        rows.append([t, f"{f['found']}/{f['records']}", f"{(f['found'] / f['records'] if f['records'] else 0.0):.2f}",
                     str(f["with_actor"]), f"{f['right']}/{f['extracted']}"])
    lines = _table(["type", "found", "recall", "with actor", "right/extracted"], rows)
    if result["false_types"]:
        lines.append("")
        lines.append("types extracted for sentences of another type: "
                     + ", ".join(f"{t} {n}" for t, n in result["false_types"].items()))
    if verbose:
        lines.append("")
        lines += [f"MISS {m['want']}: {m['text'][:120]} -> {m['got']}" for m in result["misses"]]
    lines.append("")
    lines.append(plover_verdict(result))
    return "\n".join(lines)


def plover_verdict(result: dict[str, Any]) -> str:
    """The acceptance scorer's closing figures, rounded from the counts as it rounds them."""
    c, n, total = result["counts"], result["records"], result["events"]
    tr = c["type_found"] / n if n else 0.0
    dr = c["with_actor"] / n if n else 0.0
    pr = c["right"] / total if total else 0.0
    return f"PLOVER GSR type recall {tr:.2f}, with actor {dr:.2f}, precision {pr:.2f}, {total} events on {n} sentences"


__all__ = ["gold_table", "gold_verdict", "plover_table", "plover_verdict"]
