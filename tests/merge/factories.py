"""Synthetic event records for the merge, store and export tests.

Fresh made-up sentences; entities carry language-specific ``text`` with the canonical
``name`` the actor dictionary would give.
"""

from __future__ import annotations

import itertools
from typing import Any

from kronika.model import (
    Attribution, Document, DocumentRef, Entity, Event, EventDate, Evidence, stable_event_id,
)

_counter = itertools.count()

QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1, "COOPERATE": 2, "AID": 2, "RETREAT": 2,
    "REQUEST": 3, "ACCUSE": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


def ent(text: str, name: str | None = None, country: str | None = None, sector: str | None = None,
        id: str | None = None) -> Entity:
    return Entity(text=text, name=name or text, country=country, sector=sector, id=id)


# A few canonical actors with their names as written in three languages.
USA = {"en": ent("Washington", "United States", "USA", "GOV", "Q30"),
       "uk": ent("Вашингтон", "United States", "USA", "GOV", "Q30"),
       "ru": ent("Вашингтон", "United States", "USA", "GOV", "Q30")}
EU = {"en": ent("the EU", "European Union", "EUR", "IGO", "Q458"),
      "uk": ent("ЄС", "European Union", "EUR", "IGO", "Q458"),
      "ru": ent("ЕС", "European Union", "EUR", "IGO", "Q458")}
BLR_GOV = {"en": ent("Minsk", "Belarus", "BLR", "GOV", "Q184"),
           "uk": ent("Мінськ", "Belarus", "BLR", "GOV", "Q184"),
           "ru": ent("Минск", "Belarus", "BLR", "GOV", "Q184")}
BLR_LEADERSHIP = {"en": ent("the Belarusian leadership", "Government of Belarus", "BLR", "GOV"),
                  "uk": ent("білоруського керівництва", "Government of Belarus", "BLR", "GOV"),
                  "ru": ent("белорусского руководства", "Government of Belarus", "BLR", "GOV")}
# Unknown to the dictionary: the name stays as written, so it differs by language.
BELAVIA = {"en": ent("Belavia", "Belavia", "BLR", "BUS"),
           "uk": ent("Белавіа", "Белавіа", "BLR", "BUS"),
           "ru": ent("Белавиа", "Белавиа", "BLR", "BUS")}
BELARUSKALI = {"en": ent("Belaruskali", "Belaruskali", "BLR", "BUS")}
LTU = {"en": ent("Lithuania", "Lithuania", "LTU", "GOV", "Q37"),
       "uk": ent("Литва", "Lithuania", "LTU", "GOV", "Q37"),
       "ru": ent("Литва", "Lithuania", "LTU", "GOV", "Q37")}
LVA = {"en": ent("Latvia", "Latvia", "LVA", "GOV", "Q211"),
       "uk": ent("Латвія", "Latvia", "LVA", "GOV", "Q211"),
       "ru": ent("Латвия", "Latvia", "LVA", "GOV", "Q211")}
RUS = {"en": ent("Moscow", "Russia", "RUS", "GOV", "Q159"),
       "uk": ent("Москва", "Russia", "RUS", "GOV", "Q159"),
       "ru": ent("Москва", "Russia", "RUS", "GOV", "Q159")}

CAMEO = {"SANCTION": "163", "RETREAT": "085", "REJECT": "1244", "CONSULT": "040", "AGREE": "036",
         "COERCE": "173", "THREATEN": "1312", "REQUEST": "1054", "COOPERATE": "062"}


def doc(id: str, language: str = "en", published: str | None = "2025-10-17", url: str | None = None) -> Document:
    from datetime import date as _date
    return Document(id=id, text=f"Synthetic text of {id}.", title=f"Title {id}", url=url,
                    published=_date.fromisoformat(published) if published else None, language=language)


def event(
    event_type: str,
    actor: list[Entity] | tuple[Entity, ...] = (),
    recipient: list[Entity] | tuple[Entity, ...] = (),
    *,
    date: tuple[str, str, str] | None = None,
    date_text: str | None = None,
    doc_id: str = "doc-en",
    language: str = "en",
    published: str | None = "2025-10-17",
    sentence: int | None = None,
    mode: str | None = None,
    factuality: str = "asserted",
    sanction_action: str | None = None,
    reciprocal: bool = False,
    size: dict[str, Any] | None = None,
    attribution: str | None = None,
    contexts: tuple[str, ...] = (),
    text: str = "A synthetic sentence.",
    url: str | None = None,
) -> Event:
    """An event record; ``date`` None means the publication date (precision published)."""
    n = next(_counter)
    sentence = n if sentence is None else sentence
    if date is None:
        d = EventDate(published or "", published or "", "published", None)
    else:
        d = EventDate(date[0], date[1], date[2], date_text)
    return Event(
        id=stable_event_id(doc_id, sentence, event_type, n),
        event_type=event_type,
        mode=mode,
        cameo=CAMEO.get(event_type),
        quad=QUAD[event_type],
        contexts=contexts,
        actor=tuple(actor),
        recipient=tuple(recipient),
        date=d,
        factuality=factuality,
        attribution=Attribution(attribution, None),
        sanction_action=sanction_action,
        size=size or {},
        language=language,
        document=DocumentRef(doc_id, url, f"Title {doc_id}", published, language),
        evidence=Evidence(text, sentence, 10 * sentence, 10 * sentence + len(text), "trigger", "test"),
        confidence=0.8,
        reciprocal=reciprocal,
    )
