"""Sanctions named by anaphora take the target of the sanctions named just before."""

from __future__ import annotations

import pytest

from .helpers import code, countries


def _refusal(text: str, lang: str):  # type: ignore[no-untyped-def]
    found = [e for e in code(text, lang) if e.sanction_action == "refuse_to_lift"]
    assert found, f"no refusal in {[(e.event_type, e.evidence.trigger) for e in code(text, lang)]}"
    return found[-1]


@pytest.mark.parametrize(
    "lang,text",
    [
        # the earlier clause is an event of its own
        ("en", "Germany imposed sanctions against Iran in May. France is not ready to lift these sanctions."),
        ("uk", "Німеччина запровадила санкції проти Ірану в травні. Франція не готова знімати ці санкції."),
        ("ru", "Германия ввела санкции против Ирана в мае. Франция не готова снимать эти санкции."),
        # the earlier clause is only a hope (no event), but it names the target
        ("en", "Germany hopes for the removal of sanctions on Iran. However, France is not ready to lift these restrictions."),
        ("uk", "Німеччина сподівається на скасування санкцій проти Ірану. Проте Франція не готова знімати ці обмеження."),
        ("ru", "Германия рассчитывает на отмену санкций против Ирана. Однако Франция не готова снимать эти ограничения."),
        # a pronoun in the next clause
        ("en", "Germany imposed sanctions against Iran in May, and France is not ready to lift them."),
        ("ru", "Германия ввела санкции против Ирана в мае, но Франция не готова снимать их."),
    ],
)
def test_demonstrative_sanctions_take_the_earlier_target(lang: str, text: str) -> None:
    e = _refusal(text, lang)
    assert countries(e.actor) == ["FRA"]
    assert countries(e.recipient) == ["IRN"]
    assert "recipient:anaphora" in e.evidence.rule
    assert e.confidence < 0.9  # an inferred target is less sure than a named one


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Germany imposed sanctions against Iran in May. Sanctions cannot be lifted, France said."),
        ("uk", "Німеччина запровадила санкції проти Ірану в травні. Санкції не можна знімати, заявила Франція."),
        ("ru", "Германия ввела санкции против Ирана в мае. Санкции нельзя снимать, заявила Франция."),
    ],
)
def test_bare_sanctions_take_no_target(lang: str, text: str) -> None:
    e = _refusal(text, lang)
    assert e.recipient == ()
    assert "anaphora" not in e.evidence.rule


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Germany imposed sanctions against Iran in May.\n\nThe harvest was good this year.\n\n"
               "France is not ready to lift these sanctions."),
        ("uk", "Німеччина запровадила санкції проти Ірану в травні.\n\nУрожай цього року був добрий.\n\n"
               "Франція не готова знімати ці санкції."),
        ("ru", "Германия ввела санкции против Ирана в мае.\n\nУрожай в этом году был хорошим.\n\n"
               "Франция не готова снимать эти санкции."),
    ],
)
def test_target_two_paragraphs_back_is_out_of_reach(lang: str, text: str) -> None:
    e = _refusal(text, lang)
    assert e.recipient == ()


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Germany imposed sanctions against Iran in May.\n\nLater Poland imposed sanctions on Russia. "
               "France is not ready to lift these sanctions."),
        ("uk", "Німеччина запровадила санкції проти Ірану в травні.\n\nПізніше Польща запровадила санкції проти Росії. "
               "Франція не готова знімати ці санкції."),
        ("ru", "Германия ввела санкции против Ирана в мае.\n\nПозже Польша ввела санкции против России. "
               "Франция не готова снимать эти санкции."),
    ],
)
def test_the_most_recent_target_wins(lang: str, text: str) -> None:
    e = _refusal(text, lang)
    assert countries(e.recipient) == ["RUS"]


def test_a_named_target_is_kept() -> None:
    e = _refusal("Germany imposed sanctions against Iran in May. France is not ready to lift the sanctions on Russia.", "en")
    assert countries(e.recipient) == ["RUS"]
    assert "anaphora" not in e.evidence.rule


def test_conjunction_ta_is_no_demonstrative() -> None:
    # "та" (and) is also a form of "той": it must not make the noun after it point back
    e = _refusal("Німеччина запровадила санкції проти Ірану в травні. Франція не готова знімати мита та обмеження.", "uk")
    assert e.recipient == ()


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Iran hopes for the removal of sanctions on oil exports. However, France is not ready to lift these sanctions."),
        ("uk", "Іран сподівається на зняття санкцій на експорт нафти. Проте Франція не готова знімати ці санкції."),
        ("ru", "Иран рассчитывает на снятие санкций на экспорт нефти. Однако Франция не готова снимать эти санкции."),
    ],
)
def test_who_hopes_for_lifting_sanctions_on_a_thing_is_their_target(lang: str, text: str) -> None:
    e = _refusal(text, lang)
    assert countries(e.recipient) == ["IRN"]
    assert "recipient:anaphora(desirer)" in e.evidence.rule


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Poland urged the EU not to lift sanctions. Lithuania is not ready to lift these sanctions."),
        ("uk", "Польща закликала ЄС не знімати санкції. Литва не готова знімати ці санкції."),
        ("ru", "Польша призвала ЕС не снимать санкции. Литва не готова снимать эти санкции."),
    ],
)
def test_the_addressee_of_an_appeal_is_no_sanctions_target(lang: str, text: str) -> None:
    e = _refusal(text, lang)
    assert "EUR" not in countries(e.recipient)
