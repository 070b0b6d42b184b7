"""The shared records: derived fields and the event record's wire form."""

from __future__ import annotations

from kronika.language.base import make_token
from kronika.model import Event, Parse, Token, content_id


def test_token_lemmas_are_distinct_lower_cased_and_ranked() -> None:
    parses = (Parse("Мінськ"), Parse("мінський"), Parse("мінськ"))
    tok = Token("Мінську", 0, 7, parses)
    assert tok.lemmas == ("мінськ", "мінський")
    assert tok.lemma == "мінськ"


def test_token_without_parses_falls_back_to_its_form() -> None:
    assert Token("Belavia", 0, 7).lemmas == ("belavia",)


def test_fast_token_factory_derives_the_same_lemmas() -> None:
    parses = (Parse("Києві"), Parse("київ"), Parse("кий"))
    assert make_token("Києві", 3, 8, parses, "word") == Token("Києві", 3, 8, parses, "word")
    assert make_token("Києві", 3, 8, parses, "word").lemmas == Token("Києві", 3, 8, parses, "word").lemmas


def test_content_id_ignores_layout_but_not_words() -> None:
    assert content_id("Minsk  sent\ninvitations. ") == content_id("Minsk sent invitations.")
    assert content_id("Minsk sent invitations.") != content_id("Minsk sent no invitations.")


def test_event_record_round_trip() -> None:
    record = {
        "id": "e1", "event_type": "RETREAT", "mode": None, "cameo": "085", "quad": 2, "contexts": ["economic"],
        "actor": [{"text": "Washington", "name": "United States", "country": "USA", "sector": "GOV", "id": "Q30"}],
        "recipient": [{"text": "Belavia", "name": "Belavia", "country": "BLR", "sector": "BUS", "id": None}],
        "reciprocal": False,
        "date": {"start": "2025-09-01", "end": "2025-09-30", "precision": "month", "text": "In September"},
        "factuality": "asserted", "attribution": {"text": "Reuters", "entity": None}, "sanction_action": "ease",
        "size": {}, "language": "en",
        "document": {"id": "d1", "url": None, "title": "T", "published": "2025-10-17", "language": "en"},
        "evidence": {"sentence": "S.", "sentence_index": 3, "start": 10, "end": 12, "trigger": "lifted", "rule": "r"},
        "confidence": 0.9,
    }
    assert Event.from_record(record).to_record() == record
