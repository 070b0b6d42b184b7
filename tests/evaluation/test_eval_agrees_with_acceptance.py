"""`kronika eval`'s scorer and the acceptance scorer (score_gold.py) agree on the same events.

The acceptance scorer runs the installed command; here its extraction step is replaced by
the same synthetic events that Kronika's scorer gets, so any difference in the figures is a
difference in the matching or counting.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys

import pytest

from kronika.evaluate.gold import load_gold
from kronika.evaluate.gold_scorer import score_document, summarise

from .builders import DATA, SHARED, build_event, mini_sentences

SCORER = SHARED / "tools" / "score_gold.py"
COMPARED = ("recall_required", "precision", "traps", "date_ok", "factuality_ok", "sector_ok", "recipient_ok", "mode_ok", "per_doc")

pytestmark = pytest.mark.skipif(not SCORER.is_file(), reason=f"the acceptance scorer is not beside the repository ({SCORER})")


@pytest.fixture(scope="module")
def score_gold():
    spec = importlib.util.spec_from_file_location("kronika_test_score_gold", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def random_events(rng: random.Random, lang: str, doc: str) -> list:
    """Events near the gold lines (their sentences, types, actors, perturbed) and some noise."""
    gold = [g for g in load_gold(DATA / "mini.gold.jsonl") if g.anchor.get(lang)]
    sentences = mini_sentences(lang) + ["An unrelated sentence about the weather."]
    codes = ["POL", "BLR", "LTU", "LVA", "RUS", "DEU", None]
    types = ["SANCTION", "CONSULT", "ACCUSE", "RETREAT", "REJECT", "AGREE"]
    dates = [("2025-03-03", "2025-03-03"), ("2025-02-25", "2025-02-25"), ("2025-01-01", "2025-12-31"), ("", "")]
    out = []
    for i in range(rng.randint(0, 14)):
        g = rng.choice(gold)
        near = rng.random() < 0.7
        sentence = next((x for x in sentences if g.anchor[lang] in x), sentences[-1]) if near else rng.choice(sentences)
        event_type = g.event if near and rng.random() < 0.8 else rng.choice(types)
        actor_codes = list(g.actor) if near and rng.random() < 0.7 else rng.sample(codes, rng.randint(0, 2))
        recipient_codes = list(g.recipient) if near and rng.random() < 0.6 else rng.sample(codes, rng.randint(0, 2))
        if near and g.reciprocal and rng.random() < 0.5:
            actor_codes, recipient_codes = recipient_codes, actor_codes
        actor = [(c, rng.choice(["GOV", "OPP", None])) for c in actor_codes]
        recipient = [(c, rng.choice(["GOV", "BUS", None])) for c in recipient_codes]
        out.append(build_event(
            sentence, event_type, actor, recipient,
            factuality=rng.choice(["asserted", "asserted", "negated", "desired"]),
            date=rng.choice(dates), mode=rng.choice([None, "visit", "release", "disapprove"]),
            lang=lang, doc_id=doc, index=i,
        ))
    return out


def acceptance_summary(score_gold, monkeypatch, capsys, tmp_path, events_by_doc, *flags):
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text("".join(json.dumps({"doc": d, "path": d, "lang": lang}) + "\n"
                                for d, (lang, _) in events_by_doc.items()), encoding="utf-8")
    monkeypatch.setattr(score_gold, "run_extract", lambda doc: ([e.to_record() for e in events_by_doc[doc["doc"]][1]], None))
    monkeypatch.setattr(sys, "argv", ["score_gold.py", str(DATA / "mini.gold.jsonl"), str(manifest), "--json", *flags])
    capsys.readouterr()
    score_gold.main()
    out = capsys.readouterr().out.strip().splitlines()
    return json.loads("\n".join(out[:-1]))


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("lenient", [False, True])
def test_same_figures_on_random_events(seed, lenient, score_gold, monkeypatch, capsys, tmp_path) -> None:
    rng = random.Random(seed)
    events_by_doc = {"mini-en": ("en", random_events(rng, "en", "mini-en")),
                     "mini-uk": ("uk", random_events(rng, "uk", "mini-uk"))}
    theirs = acceptance_summary(score_gold, monkeypatch, capsys, tmp_path, events_by_doc,
                                *(["--lenient-duplicates"] if lenient else []))
    gold = load_gold(DATA / "mini.gold.jsonl")
    mine = summarise([score_document(gold, evs, d, lang, lenient_duplicates=lenient)
                      for d, (lang, evs) in events_by_doc.items()])
    assert {k: mine[k] for k in COMPARED} == {k: theirs[k] for k in COMPARED}


def test_same_figures_on_a_perfect_run(score_gold, monkeypatch, capsys, tmp_path) -> None:
    en, uk = mini_sentences("en"), mini_sentences("uk")
    events_by_doc = {
        "mini-en": ("en", [build_event(en[0], "SANCTION", ["POL"], ["BLR"]),
                           build_event(en[1], "CONSULT", ["LTU", "LVA"], [], mode="visit"),
                           build_event(en[3], "RETREAT", ["BLR"], ["BLR"], mode="release", date=("2025-02-27", "2025-02-27"))]),
        "mini-uk": ("uk", [build_event(uk[3], "REJECT", ["DEU"], [], lang="uk")]),
    }
    theirs = acceptance_summary(score_gold, monkeypatch, capsys, tmp_path, events_by_doc)
    gold = load_gold(DATA / "mini.gold.jsonl")
    mine = summarise([score_document(gold, evs, d, lang) for d, (lang, evs) in events_by_doc.items()])
    assert {k: mine[k] for k in COMPARED} == {k: theirs[k] for k in COMPARED}
    assert mine["per_doc"]["mini-en"]["found"] == "3/3"
