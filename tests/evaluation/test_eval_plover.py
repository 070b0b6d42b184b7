"""The PLOVER gold standard records: parsing, legacy names, and the same figures as the
acceptance scorer (score_plover_gsr.py) on the same events."""

from __future__ import annotations

import importlib.util
import json
import random
import re
import subprocess
import sys
from collections import Counter

import pytest

from kronika.errors import InputError
from kronika.evaluate.plover_gsr import GSR_DATE, evaluate_plover, gsr_document, load_gsr, parse_gsr, score_gsr

from .builders import SHARED, build_event

GSR = SHARED / "data" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"
SCORER = SHARED / "tools" / "score_plover_gsr.py"
needs_gsr = pytest.mark.skipif(not GSR.is_file(), reason=f"the PLOVER records are not beside the repository ({GSR})")


def test_parse_strips_trailing_commas_and_maps_old_names() -> None:
    recs = parse_gsr('[{"id": "D", "event": "DOCUMENT",},\n'
                     '{"id": "a", "event": "DISAPPROVE", "text": "t", "source": [{"code": "ITL"},],},'
                     '{"id": "b", "event": "INVESTIGATE", "text": "u", "source": {"code": "VTN"}, "target": "", "mode": ""},]')
    assert [r.id for r in recs] == ["a", "b"]
    assert (recs[0].event, recs[0].mode, recs[0].original_event, recs[0].source) == ("ACCUSE", "disapprove", "DISAPPROVE", {"ITA"})
    assert (recs[1].event, recs[1].mode, recs[1].source, recs[1].target) == ("ACCUSE", "investigate", {"VAT"}, frozenset())
    doc = gsr_document(recs[0])
    assert (doc.id, doc.language, doc.published, doc.text) == ("a", "en", GSR_DATE, "t")


def test_parse_errors_are_named() -> None:
    with pytest.raises(InputError, match="not JSON"):
        parse_gsr("[{oops}]")
    with pytest.raises(InputError, match="unknown event type"):
        parse_gsr('[{"id": "a", "event": "HUG", "text": "t"}]')


def test_score_counts_type_actor_and_precision() -> None:
    recs = parse_gsr('[{"id": "a", "event": "DEMAND", "text": "s1", "source": [{"code": "JAP"}]},'
                     '{"id": "b", "event": "AGREE", "text": "s2", "source": [{"code": "USA"}]},'
                     '{"id": "c", "event": "FIGHT", "text": "s3", "source": [{"code": "SDN"}]}]')
    events = {"a": [build_event("s1", "REQUEST", [], ["JPN"]), build_event("s1", "THREATEN", ["JPN"])],
              "b": [build_event("s2", "AGREE", ["CAN"], ["MEX"])]}
    r = score_gsr(recs, events)
    assert (r["type_recall"], r["with_actor"], r["precision"], r["events"]) == (0.667, 0.333, 0.667, 3)
    assert r["actor_accuracy"] == 0.5
    assert r["per_type"]["REQUEST"] == {"found": 1, "records": 1, "with_actor": 1, "extracted": 1, "right": 1}
    assert r["false_types"] == {"THREATEN": 1}
    assert [m["id"] for m in r["misses"]] == ["c"]
    assert evaluate_plover(recs, lambda d: events.get(d.id, []))["type_recall"] == 0.667


@needs_gsr
def test_the_real_file_parses() -> None:
    recs = load_gsr(GSR)
    assert len(recs) == 322 and len({r.id for r in recs}) == 322  # one id is repeated in the file: made unique
    assert "PLOVER-GSR01-COERCE-0004#2" in {r.id for r in recs}
    kinds = Counter(r.event for r in recs)
    assert set(kinds) <= {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                          "REJECT", "THREATEN", "SANCTION", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT"}
    assert kinds["REQUEST"] == 34 and kinds["ASSAULT"] == 32 and kinds["ACCUSE"] == 25
    codes = {c for r in recs for c in r.source | r.target}
    assert {"JAP", "ITL", "VTN"}.isdisjoint(codes) and {"JPN", "ITA", "VAT"} <= codes


@needs_gsr
@pytest.mark.skipif(not SCORER.is_file(), reason="the acceptance scorer is not beside the repository")
@pytest.mark.parametrize("seed", range(4))
def test_same_figures_as_the_acceptance_scorer(seed, monkeypatch, capsys, tmp_path) -> None:
    recs = load_gsr(GSR)
    rng = random.Random(seed)
    types = ["AGREE", "REQUEST", "REJECT", "ASSAULT", "ACCUSE", "PROTEST", "THREATEN"]
    codes = ["USA", "JPN", "ISR", "PSE", "IGO", None]
    events = {}
    for r in recs:
        evs = []
        for i in range(rng.choice([0, 1, 1, 2])):
            t = r.event if rng.random() < 0.5 else rng.choice(types)
            actor = list(r.source)[:1] if rng.random() < 0.5 else [rng.choice(codes)]
            evs.append(build_event(r.text, t, actor, [rng.choice(codes)], doc_id=r.id, index=i))
        events[r.id] = evs
    mine = score_gsr(recs, events)

    spec = importlib.util.spec_from_file_location("kronika_test_score_plover", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    stdout = "".join(json.dumps(e.to_record()) + "\n" for evs in events.values() for e in evs)
    monkeypatch.setattr(module.subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(a, 0, stdout, ""))
    # the acceptance scorer keys records by id; give it the ids made unique, as Kronika reads them
    text = GSR.read_text(encoding="utf-8")
    first = text.index('"PLOVER-GSR01-COERCE-0004"')
    second = text.index('"PLOVER-GSR01-COERCE-0004"', first + 1)
    unique = tmp_path / "gsr.txt"
    unique.write_text(text[:second] + '"PLOVER-GSR01-COERCE-0004#2"' + text[second + 26:], encoding="utf-8")
    monkeypatch.setattr(sys, "argv", ["score_plover_gsr.py", str(unique), "--verbose"])
    capsys.readouterr()
    module.main()
    lines = capsys.readouterr().out.strip().splitlines()
    m = re.search(r"type recall ([\d.]+) .*with actor ([\d.]+), precision ([\d.]+) .*?(\d+) events on (\d+)", lines[-1])
    assert m, lines[-1]
    c, n = mine["counts"], mine["records"]
    assert (m[1], m[2], m[3]) == (f"{c['type_found'] / n:.2f}", f"{c['with_actor'] / n:.2f}", f"{c['right'] / mine['events']:.2f}")
    assert (mine["type_recall"], mine["with_actor"]) == (round(c["type_found"] / n, 3), round(c["with_actor"] / n, 3))
    assert (int(m[4]), int(m[5])) == (mine["events"], mine["records"])
    per = eval(lines[-2])  # the scorer prints a dict literal of "found/records" per type
    assert per == {t: f"{f['found']}/{f['records']}" for t, f in mine["per_type"].items()}
    assert sum(1 for x in lines if x.startswith("MISS")) == len(mine["misses"])
