"""The PLOVER gold standard records: event-type recall, precision and actor agreement
may not fall below the level reached (``floors.yaml``, ``plover_gsr``)."""

from __future__ import annotations

import pytest
import yaml

from kronika import pipeline
from kronika.evaluate.plover_gsr import evaluate_plover, load_gsr

from .builders import SHARED
from .floors import FLOORS

GSR = SHARED / "data" / "plover-gsr" / "PLOVER_GSR_CAMEO.txt"


@pytest.mark.skipif(not GSR.is_file(), reason=f"the PLOVER records are not beside the repository ({GSR})")
def test_plover_gsr_floors_hold() -> None:
    floors = yaml.safe_load(FLOORS.read_text(encoding="utf-8"))["plover_gsr"]
    result = evaluate_plover(load_gsr(GSR), pipeline.extract)
    print({k: result[k] for k in ("records", "events", "type_recall", "with_actor", "actor_accuracy", "precision")})
    for figure, floor in floors.items():
        assert result[figure] >= floor, f"PLOVER GSR {figure} {result[figure]} fell below its floor {floor}"
