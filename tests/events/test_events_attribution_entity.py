"""The attribution keeps its text as written and carries the entity of the source it names.

A pronoun speaker ("he noted", "заявила вона") or "the agency" is resolved by the actor
stage into a pronoun mention carrying its antecedent's entity; the attribution takes
that entity. Where the actor stage gives no such mention, the last person named speaks.
"""

from __future__ import annotations

from datetime import date

import pytest

from kronika.events import code_document
from kronika.language import analyze
from kronika.model import Document, Entity, Mention

from .stub_actors import find_mentions

_ANTECEDENT = Entity("", "Olena Kovalenko", "UKR", "GOV", None)
_PRONOUNS = {"he", "she", "він", "вона", "он", "она", "agency", "агентство", "агентства"}


def _code(text: str, lang: str, pronoun_mentions: bool):  # type: ignore[no-untyped-def]
    doc = Document.from_text(text, language=lang, published=date(2025, 6, 18))
    adoc = analyze(doc)
    mentions = find_mentions(adoc)
    if pronoun_mentions:
        # what the actor stage gives: the pronoun with the antecedent's entity (rule coref:...)
        for s in adoc.sentences:
            for k, t in enumerate(s.tokens):
                if t.text.lower() in _PRONOUNS:
                    e = Entity(t.text, _ANTECEDENT.name, _ANTECEDENT.country, _ANTECEDENT.sector, None)
                    mentions.append(Mention(s.index, t.start, t.end, k, k + 1, t.text, e, "pronoun", "coref:test"))
    return code_document(adoc, mentions)


@pytest.mark.parametrize(
    "lang,text,written",
    [
        ("en", "The talks ended late. She said that Poland imposed sanctions on Belarus.", "She"),
        ("en", "The talks ended late. Poland imposed sanctions on Belarus, he noted.", "he"),
        ("uk", "Переговори закінчилися пізно. Вона заявила, що Польща запровадила санкції проти Білорусі.", "Вона"),
        ("uk", "Переговори закінчилися пізно. Польща запровадила санкції проти Білорусі, заявив він.", "він"),
        ("ru", "Переговоры закончились поздно. Она заявила, что Польша ввела санкции против Беларуси.", "Она"),
        ("ru", "Переговоры закончились поздно. Польша ввела санкции против Беларуси, заявил он.", "он"),
    ],
)
def test_pronoun_speaker_takes_the_resolved_mention_entity(lang: str, text: str, written: str) -> None:
    events = [e for e in _code(text, lang, True) if e.event_type == "SANCTION"]
    assert events
    att = events[0].attribution
    assert att.text == written  # as written, not replaced by the name
    assert att.entity is not None and att.entity.name == "Olena Kovalenko" and att.entity.country == "UKR"
    # the speaker is not the actor of the reported event
    assert [a.country for a in events[0].actor] == ["POL"]


@pytest.mark.parametrize(
    "lang,text,written",
    [
        ("en", "The talks ended late. According to the agency, Poland imposed sanctions on Belarus.", "the agency"),
        ("uk", "Переговори закінчилися пізно. За даними агентства, Польща запровадила санкції проти Білорусі.", "агентства"),
        ("ru", "Переговоры закончились поздно. По данным агентства, Польша ввела санкции против Беларуси.", "агентства"),
    ],
)
def test_the_agency_takes_the_resolved_mention_entity(lang: str, text: str, written: str) -> None:
    e = next(e for e in _code(text, lang, True) if e.event_type == "SANCTION")
    assert e.attribution.text == written
    assert e.attribution.entity is not None and e.attribution.entity.name == "Olena Kovalenko"


@pytest.mark.parametrize(
    "lang,text,written,name",
    [
        ("en", "Emmanuel Macron met reporters in Paris. He said that Poland imposed sanctions on Belarus.", "He",
         "Emmanuel Macron"),
        ("uk", "Тихановська зустрілася з журналістами. Вона заявила, що Польща запровадила санкції проти Білорусі.",
         "Вона", "Sviatlana Tsikhanouskaya"),
        ("ru", "Тихановская встретилась с журналистами. Она заявила, что Польша ввела санкции против Беларуси.",
         "Она", "Sviatlana Tsikhanouskaya"),
    ],
)
def test_pronoun_without_a_mention_falls_back_to_the_last_person(lang: str, text: str, written: str, name: str) -> None:
    e = next(e for e in _code(text, lang, False) if e.event_type == "SANCTION")
    assert e.attribution.text == written
    assert e.attribution.entity is not None and e.attribution.entity.name == name


@pytest.mark.parametrize(
    "lang,text,written",
    [
        ("en", "Poland imposed sanctions on Belarus, Tsikhanouskaya said.", "Tsikhanouskaya"),
        ("uk", "Польща запровадила санкції проти Білорусі, заявила Тихановська.", "Тихановська"),
        ("ru", "Польша ввела санкции против Беларуси, заявила Тихановская.", "Тихановская"),
    ],
)
def test_named_speaker_takes_its_entity(lang: str, text: str, written: str) -> None:
    e = next(e for e in _code(text, lang, False) if e.event_type == "SANCTION")
    assert e.attribution.text == written
    assert e.attribution.entity is not None and e.attribution.entity.name == "Sviatlana Tsikhanouskaya"
