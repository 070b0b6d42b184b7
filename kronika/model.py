"""The records passed between Kronika's stages.

Every stage takes and returns these frozen dataclasses rather than loose dicts, so a
change of shape is caught by the type checker and by the tests of the stage that
consumes it. Only :class:`Event` has a wire form (``to_record``/``from_record``):
it is the outside contract other programs read.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from typing import Any

#: Language codes Kronika analyses; any other detected language is stored as is.
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "uk", "ru")
UNKNOWN_LANGUAGE = "und"

_SPACE = re.compile(r"\s+")


def normalise_for_id(text: str) -> str:
    """The form of a text that decides whether two documents are the same.

    NFC, case-folded, whitespace collapsed: the same article scraped twice with other
    line breaks or trailing blanks must get the same id.
    """
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


def content_id(text: str) -> str:
    """A stable document id from the normalised content (16 hex digits of SHA-1)."""
    return hashlib.sha1(normalise_for_id(text).encode("utf-8")).hexdigest()[:16]


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True, slots=True)
class Document:
    """A clean news document: what the readers produce and the store keeps."""

    id: str
    text: str
    title: str = ""
    url: str | None = None
    published: date | None = None
    language: str = UNKNOWN_LANGUAGE
    #: where it came from: "path", "path:line 3", "path#record 2", "feed-url#entry 4"
    source: str = ""
    #: the id the source itself gave (a JSONL "id", a feed entry guid), if any
    source_id: str | None = None

    @classmethod
    def from_text(cls, text: str, **kwargs: Any) -> "Document":
        """Build a document whose id is derived from its clean text."""
        return cls(id=content_id(text), text=text, **kwargs)

    def summary(self) -> dict[str, Any]:
        """What ``kronika documents list --format jsonl`` and the HTTP API give for a document."""
        return {
            "id": self.id, "title": self.title, "language": self.language,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url, "chars": len(self.text),
        }


# --------------------------------------------------------------------------- language


@dataclass(frozen=True, slots=True)
class Parse:
    """One morphological reading of a token (pymorphy3 gives several, ranked)."""

    lemma: str
    pos: str | None = None
    #: grammemes as the analyser names them, e.g. {"nomn", "femn", "sing"}; English: {"VBD"}
    tags: frozenset[str] = frozenset()
    score: float = 1.0


@dataclass(frozen=True, slots=True)
class Token:
    """A token with character offsets into the document's clean text."""

    text: str
    start: int
    end: int
    #: all readings, best first; never empty for words (falls back to the lower-cased form)
    parses: tuple[Parse, ...] = ()
    #: word, number, punct, quote, symbol
    kind: str = "word"
    #: distinct lemma candidates, best first, lower-cased; derived once from ``parses``
    #: because every later stage reads them many times per token
    lemmas: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        seen: dict[str, None] = {}
        for p in self.parses:
            seen.setdefault(p.lemma.lower(), None)
        if not seen:
            seen[self.text.lower()] = None
        object.__setattr__(self, "lemmas", tuple(seen))

    @property
    def lemma(self) -> str:
        return self.lemmas[0]

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence with its tokens; ``start``/``end`` are offsets into the clean text."""

    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...] = ()
    #: index of the paragraph (blank-line separated block) the sentence belongs to
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A time expression found in text and resolved to an interval of dates."""

    text: str
    #: character offsets into the analysed text
    start: int
    end: int
    first: date
    last: date
    #: day, days, week, month, month_part, year, year_part, range, published, ...
    precision: str

    def to_record(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.first.isoformat(),
            "end": self.last.isoformat(),
            "precision": self.precision,
            "offset": [self.start, self.end],
        }


@dataclass(frozen=True, slots=True)
class AnalyzedDocument:
    """A document after the language layer: sentences, tokens and time expressions."""

    document: Document
    sentences: tuple[Sentence, ...]
    times: tuple[TimeExpression, ...] = ()


# --------------------------------------------------------------------------- actors


@dataclass(frozen=True, slots=True)
class Entity:
    """A resolved actor as it appears in an event record."""

    text: str
    name: str
    country: str | None
    sector: str | None
    id: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "name": self.name, "country": self.country, "sector": self.sector, "id": self.id}

    @classmethod
    def from_record(cls, r: dict[str, Any]) -> "Entity":
        return cls(r.get("text", ""), r.get("name", ""), r.get("country"), r.get("sector"), r.get("id"))


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mention in a sentence; ``entity`` is None where the name is unknown."""

    sentence_index: int
    #: character offsets into the document's clean text
    start: int
    end: int
    #: token span [token_start, token_end) inside the sentence
    token_start: int
    token_end: int
    text: str
    entity: Entity | None
    #: person, country, capital, organisation, role, pronoun, ...
    kind: str = ""
    #: which dictionary entry or rule resolved it (provenance)
    rule: str = ""


# --------------------------------------------------------------------------- events


@dataclass(frozen=True, slots=True)
class EventDate:
    start: str
    end: str
    precision: str
    text: str | None = None

    def to_record(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "precision": self.precision, "text": self.text}


@dataclass(frozen=True, slots=True)
class Attribution:
    text: str | None = None
    entity: Entity | None = None

    def to_record(self) -> dict[str, Any]:
        return {"text": self.text, "entity": self.entity.to_record() if self.entity else None}


@dataclass(frozen=True, slots=True)
class Evidence:
    sentence: str
    sentence_index: int
    start: int
    end: int
    trigger: str
    rule: str

    def to_record(self) -> dict[str, Any]:
        return {
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "start": self.start,
            "end": self.end,
            "trigger": self.trigger,
            "rule": self.rule,
        }


@dataclass(frozen=True, slots=True)
class DocumentRef:
    id: str
    url: str | None
    title: str
    published: str | None
    language: str

    @classmethod
    def of(cls, doc: Document) -> "DocumentRef":
        """The reference events carry: the id the source gave (a JSONL ``id``) where there is one."""
        return cls(doc.source_id or doc.id, doc.url, doc.title, doc.published.isoformat() if doc.published else None, doc.language)

    def to_record(self) -> dict[str, Any]:
        return {"id": self.id, "url": self.url, "title": self.title, "published": self.published, "language": self.language}


FACTUALITY = ("asserted", "negated", "intended", "hypothetical", "desired")
SANCTION_ACTIONS = (
    "impose", "strengthen", "extend", "ease", "lift", "promise_to_ease",
    "refuse_to_lift", "threaten", "demand_lift", "demand_keep",
)


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event mention: the contract's event record."""

    id: str
    event_type: str
    mode: str | None
    cameo: str | None
    quad: int | None
    contexts: tuple[str, ...]
    actor: tuple[Entity, ...]
    recipient: tuple[Entity, ...]
    date: EventDate
    factuality: str
    attribution: Attribution
    sanction_action: str | None
    size: dict[str, Any]
    language: str
    document: DocumentRef
    evidence: Evidence
    confidence: float
    reciprocal: bool = False

    def to_record(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event_type": self.event_type,
            "mode": self.mode,
            "cameo": self.cameo,
            "quad": self.quad,
            "contexts": list(self.contexts),
            "actor": [e.to_record() for e in self.actor],
            "recipient": [e.to_record() for e in self.recipient],
            "reciprocal": self.reciprocal,
            "date": self.date.to_record(),
            "factuality": self.factuality,
            "attribution": self.attribution.to_record(),
            "sanction_action": self.sanction_action,
            "size": self.size,
            "language": self.language,
            "document": self.document.to_record(),
            "evidence": self.evidence.to_record(),
            "confidence": round(self.confidence, 3),
        }

    @classmethod
    def from_record(cls, r: dict[str, Any]) -> "Event":
        att = r.get("attribution") or {}
        d = r.get("date") or {}
        doc = r.get("document") or {}
        ev = r.get("evidence") or {}
        return cls(
            id=r["id"],
            event_type=r["event_type"],
            mode=r.get("mode"),
            cameo=r.get("cameo"),
            quad=r.get("quad"),
            contexts=tuple(r.get("contexts") or ()),
            actor=tuple(Entity.from_record(e) for e in r.get("actor") or ()),
            recipient=tuple(Entity.from_record(e) for e in r.get("recipient") or ()),
            date=EventDate(d.get("start", ""), d.get("end", ""), d.get("precision", "published"), d.get("text")),
            factuality=r.get("factuality", "asserted"),
            attribution=Attribution(att.get("text"), Entity.from_record(att["entity"]) if att.get("entity") else None),
            sanction_action=r.get("sanction_action"),
            size=dict(r.get("size") or {}),
            language=r.get("language", ""),
            document=DocumentRef(doc.get("id", ""), doc.get("url"), doc.get("title", ""), doc.get("published"), doc.get("language", "")),
            evidence=Evidence(ev.get("sentence", ""), ev.get("sentence_index", 0), ev.get("start", 0), ev.get("end", 0), ev.get("trigger", ""), ev.get("rule", "")),
            confidence=float(r.get("confidence", 0.0)),
            reciprocal=bool(r.get("reciprocal", False)),
        )


def stable_event_id(document_id: str, sentence_index: int, event_type: str, trigger_start: int) -> str:
    """Event ids stay the same for the same document, sentence and trigger across runs."""
    raw = f"{document_id}:{sentence_index}:{event_type}:{trigger_start}"
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Rejected:
    """A named outcome for input that could not be read: what and why, never a traceback."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


__all__ = [
    "AnalyzedDocument", "Attribution", "Document", "DocumentRef", "Entity", "Event", "EventDate",
    "Evidence", "FACTUALITY", "Mention", "Parse", "Rejected", "SANCTION_ACTIONS", "Sentence",
    "SUPPORTED_LANGUAGES", "TimeExpression", "Token", "UNKNOWN_LANGUAGE", "content_id",
    "normalise_for_id", "stable_event_id",
]
