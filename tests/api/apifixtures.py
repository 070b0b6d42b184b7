"""Made-up documents and events for the API tests, and a urllib client for the test server."""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from datetime import date
from pathlib import Path
from typing import Any

from kronika.model import (
    Attribution, Document, DocumentRef, Entity, Event, EventDate, Evidence, stable_event_id,
)

NORWAY = {"en": Entity("Oslo", "Norway", "NOR", "GOV", "Q20"), "ru": Entity("Осло", "Norway", "NOR", "GOV", "Q20")}
EU = {"en": Entity("Brussels", "European Union", "EUR", "IGO", "Q458"),
      "ru": Entity("Брюссель", "European Union", "EUR", "IGO", "Q458")}
SHIPCO = {"en": Entity("Arctic Tankers", "Arctic Tankers", "RUS", "BUS"),
          "ru": Entity("Arctic Tankers", "Arctic Tankers", "RUS", "BUS")}
CHILE = Entity("Santiago", "Chile", "CHL", "GOV", "Q298")
PERU = Entity("Lima", "Peru", "PER", "GOV", "Q419")

QUAD = {"SANCTION": 3, "RETREAT": 2, "CONSULT": 1, "AGREE": 1, "REJECT": 3}
CAMEO = {"SANCTION": "163", "RETREAT": "085", "CONSULT": "040", "AGREE": "036", "REJECT": "1244"}


def make_doc(doc_id_text: str, lang: str, published: str, title: str) -> Document:
    return Document.from_text(doc_id_text, title=title, url=f"https://news.example/{title.replace(' ', '-')}",
                              published=date.fromisoformat(published), language=lang, source="fixture")


def make_event(doc: Document, event_type: str, actor: list[Entity], recipient: list[Entity], *, sentence: int,
               sentence_text: str, trigger: str, when: tuple[str, str, str] | None = None,
               sanction_action: str | None = None, factuality: str = "asserted",
               attribution: str | None = None) -> Event:
    pub = doc.published.isoformat() if doc.published else ""
    d = EventDate(*(when or (pub, pub, "published")), None)
    start = doc.text.find(sentence_text)
    return Event(
        id=stable_event_id(doc.id, sentence, event_type, max(start, 0)), event_type=event_type, mode=None,
        cameo=CAMEO[event_type], quad=QUAD[event_type], contexts=(), actor=tuple(actor), recipient=tuple(recipient),
        date=d, factuality=factuality, attribution=Attribution(attribution, None), sanction_action=sanction_action,
        size={}, language=doc.language, document=DocumentRef.of(doc),
        evidence=Evidence(sentence_text, sentence, max(start, 0), max(start, 0) + len(sentence_text), trigger, "test"),
        confidence=0.8,
    )


def corpus() -> list[tuple[Document, list[Event]]]:
    """Four documents: Norway sanctions a shipping firm (reported in English and Russian),
    later eases them; Chile and Peru hold talks; a hoped-for lifting (not asserted)."""
    s1 = "Oslo imposed sanctions on Arctic Tankers in March."
    d1 = make_doc(f"Norway acts.\n\n{s1}", "en", "2025-03-20", "Norway acts")
    s2 = "Осло ввело санкции против Arctic Tankers в марте."
    d2 = make_doc(f"Норвегия.\n\n{s2}", "ru", "2025-03-21", "Norway acts ru")
    s3 = "Oslo eased its sanctions on Arctic Tankers on 2 June 2025."
    s4 = "Santiago and Lima held talks on fishing quotas."
    s5 = "Brussels may lift its restrictions on Arctic Tankers."
    d3 = make_doc(f"June update.\n\n{s3} {s4} {s5}", "en", "2025-06-03", "June update")
    d4 = make_doc("A note without events.\n\nNothing happened in this story.", "en", "2025-07-01", "Quiet day")
    march = ("2025-03-01", "2025-03-31", "month")
    return [
        (d1, [make_event(d1, "SANCTION", [NORWAY["en"]], [SHIPCO["en"]], sentence=1, sentence_text=s1,
                         trigger="imposed sanctions", when=march, sanction_action="impose")]),
        (d2, [make_event(d2, "SANCTION", [NORWAY["ru"]], [SHIPCO["ru"]], sentence=1, sentence_text=s2,
                         trigger="ввело санкции", when=march, sanction_action="impose",
                         attribution="Интерфакс")]),
        (d3, [make_event(d3, "RETREAT", [NORWAY["en"]], [SHIPCO["en"]], sentence=1, sentence_text=s3,
                         trigger="eased", when=("2025-06-02", "2025-06-02", "day"), sanction_action="ease"),
              make_event(d3, "CONSULT", [CHILE], [PERU], sentence=2, sentence_text=s4, trigger="held talks"),
              make_event(d3, "RETREAT", [EU["en"]], [SHIPCO["en"]], sentence=3, sentence_text=s5, trigger="lift",
                         sanction_action="lift", factuality="hypothetical")]),
        (d4, []),
    ]


def fill_store(path: Path, docs: list[tuple[Document, list[Event]]]) -> None:
    from kronika.store import Store
    from kronika.store.events import add_events

    with Store.open(path) as store:
        for doc, events in docs:
            with store.transaction():
                store.add_document(doc)
                add_events(store, doc, events)


class Client:
    """urllib against the test server; returns (status, JSON body, headers)."""

    def __init__(self, base: str) -> None:
        self.base = base

    def request(self, path: str, *, method: str = "GET", body: bytes | None = None,
                headers: dict[str, str] | None = None) -> tuple[int, Any, Any]:
        req = urllib.request.Request(self.base + path, data=body, method=method, headers=headers or {})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                raw, status, hdrs = r.read(), r.status, r.headers
        except urllib.error.HTTPError as e:
            raw, status, hdrs = e.read(), e.code, e.headers
        ctype = hdrs.get("Content-Type", "")
        return status, (json.loads(raw) if ctype.startswith("application/json") else raw), hdrs

    def get(self, path: str) -> tuple[int, Any]:
        status, body, _ = self.request(path)
        return status, body

    def post_json(self, path: str, payload: Any) -> tuple[int, Any]:
        status, body, _ = self.request(path, method="POST", body=json.dumps(payload).encode("utf-8"),
                                       headers={"Content-Type": "application/json"})
        return status, body
