"""Scoring documents against a small gold file of Kronika's own, on synthetic events."""

from __future__ import annotations

import pytest

from kronika.evaluate.gold import load_gold, load_manifest
from kronika.evaluate.gold_scorer import passes, score_document, summarise
from kronika.errors import InputError

from .builders import DATA, build_event, mini_sentences

EN = mini_sentences("en")
UK = mini_sentences("uk")


@pytest.fixture(scope="module")
def gold():
    return load_gold(DATA / "mini.gold.jsonl")


def perfect_en():
    return [
        build_event(EN[0], "SANCTION", ["POL"], ["BLR"], attribution="Reuters", sanction_action="impose"),
        build_event(EN[1], "CONSULT", ["LVA"], ["LTU"], mode="visit", date=("2025-02-26", "2025-02-26")),
        build_event(EN[2], "ACCUSE", ["RUS"], [], mode="disapprove"),
        build_event(EN[3], "RETREAT", ["BLR"], ["BLR"], mode="release", date=("2025-02-24", "2025-03-02"), size={"released": {"min": 14}}),
        build_event(EN[4], "REJECT", ["DEU"], [], sanction_action="refuse_to_lift"),  # not a gold event in en: unmatched
        build_event(EN[4], "RETREAT", ["DEU"], [], factuality="negated"),  # negated: no trap, but unmatched
    ]


def test_perfect_recall_and_field_scores(gold) -> None:
    s = score_document(gold, perfect_en(), "mini-en", "en")
    c = s.counts
    assert (c["required"], c["found"], c["extracted"], c["unmatched"], c["traps"]) == (3, 3, 6, 2, 0)
    assert c["date_ok"] == 3 and c["recipient_ok"] == 3 and c["factuality_ok"] == 3
    assert (c["mode_n"], c["mode_ok"]) == (2, 2)
    assert (c["sector_n"], c["sector_ok"]) == (4, 4)
    assert (c["attribution_n"], c["attribution_ok"]) == (1, 1)
    assert (c["sanction_action_n"], c["sanction_action_ok"]) == (1, 1)
    assert (c["size_n"], c["size_ok"]) == (1, 1)
    assert set(s.found) == {"g01", "g02", "g04"} and not s.misses and len(s.unmatched) == 2


def test_misses_traps_and_precision(gold) -> None:
    evs = [
        build_event(EN[0], "SANCTION", ["BLR"], ["POL"]),  # sides swapped, not reciprocal: no match
        build_event(EN[4], "RETREAT", ["DEU"], []),  # asserted lifting from a negation: trap t1
        build_event(EN[5], "RETREAT", ["BLR"], []),  # asserted lifting from a hope: trap t2
        build_event(EN[5], "RETREAT", ["BLR"], [], factuality="desired"),
        build_event(EN[3], "RETREAT", ["BLR"], [], mode="release", date=("2025-03-03", "2025-03-03")),
    ]
    s = score_document(gold, evs, "mini-en", "en")
    c = s.counts
    assert (c["found"], c["required"], c["traps"], c["unmatched"]) == (1, 3, 2, 4)
    assert c["date_ok"] == 0 and c["recipient_ok"] == 0  # outside the range; recipient missing
    assert {m.split()[1] for m in s.misses} == {"g01", "g02"}
    summary = summarise([s])
    assert summary["recall_required"] == pytest.approx(0.333, abs=1e-3)
    assert summary["precision"] == 0.2 and summary["traps"] == 2
    assert not passes(summary)


def test_doc_specific_lines_and_languages(gold) -> None:
    uk = [
        build_event(UK[0], "SANCTION", ["POL"], ["BLR"], lang="uk", attribution="Reuters", sanction_action="impose"),
        build_event(UK[1], "CONSULT", ["LTU", "LVA"], [], lang="uk", mode="visit"),
        build_event(UK[2], "RETREAT", ["BLR"], ["BLR"], lang="uk", mode="release", date=("2025-02-24", "2025-03-02")),
        build_event(UK[3], "REJECT", ["DEU"], [], lang="uk", attribution="дипломат", sanction_action="refuse_to_lift"),
    ]
    s_uk = score_document(gold, uk, "mini-uk", "uk")
    assert s_uk.counts["required"] == 4 and s_uk.counts["found"] == 4  # g05 applies to mini-uk only
    assert score_document(gold, uk, "other-uk", "uk").counts["required"] == 3
    summary = summarise([score_document(gold, perfect_en(), "mini-en", "en"), s_uk])
    assert summary["per_language"]["uk"]["recall_required"] == 1.0
    assert summary["per_language"]["uk"]["precision"] == 1.0
    assert summary["per_language"]["en"]["precision"] == pytest.approx(0.667, abs=1e-3)
    assert summary["per_doc"]["mini-uk"] == {"found": "4/4", "extracted": 4, "unmatched": 0, "traps": 0}
    assert summary["recall_required"] == 1.0 and summary["precision"] == 0.8
    assert passes(summary, min_precision=0.8) and not passes(summary)
    assert summary["attribution_ok"] == 1.0 and summary["sanction_action_ok"] == 1.0


def test_lenient_duplicates_leave_repeats_out_of_precision(gold) -> None:
    repeat = build_event("Poland's sanctions were announced again later.", "SANCTION", ["POL"], ["BLR"])
    other = build_event("Poland's sanctions were announced again later.", "AID", ["POL"], ["BLR"])
    evs = perfect_en()[:4] + [repeat, other]
    strict = score_document(gold, evs, "mini-en", "en").counts
    lenient = score_document(gold, evs, "mini-en", "en", lenient_duplicates=True).counts
    assert strict["unmatched"] == 2 and lenient["unmatched"] == 1 and lenient["repeats"] == 1
    assert summarise([score_document(gold, evs, "mini-en", "en", lenient_duplicates=True)])["precision"] == 0.8


def test_nothing_extracted_gives_zero_not_an_error(gold) -> None:
    summary = summarise([score_document(gold, [], "mini-en", "en")])
    assert summary["recall_required"] == 0.0 and summary["precision"] == 0.0 and summary["extracted"] == 0


def test_gold_and_manifest_files_are_checked(tmp_path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"key": "a", "event": "AGREE", "anchor": {"en": "x"}}\n{oops\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        load_gold(bad)
    dup = tmp_path / "dup.jsonl"
    dup.write_text('{"key": "a", "event": "AGREE", "anchor": {"en": "x"}}\n' * 2, encoding="utf-8")
    with pytest.raises(InputError, match="twice"):
        load_gold(dup)
    specs = load_manifest(DATA / "mini.manifest.jsonl")
    assert [s.doc for s in specs] == ["mini-en", "mini-uk"]
    assert specs[0].path == str(DATA / "mini-en.txt") and str(specs[1].published) == "2025-03-03"
    man = tmp_path / "m.jsonl"
    man.write_text('{"doc": "a"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="'path'"):
        load_manifest(man)
