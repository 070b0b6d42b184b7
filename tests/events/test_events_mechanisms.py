"""Each argument, factuality and date mechanism of the coder on fresh sentences in three languages."""

from __future__ import annotations

import pytest

from .helpers import code, countries, one


# ---------------------------------------------------------------- subjects and metonymy

@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Warsaw imposed sanctions on Minsk on Tuesday."),
        ("uk", "Варшава запровадила санкції проти Мінська у вівторок."),
        ("ru", "Варшава ввела санкции против Минска во вторник."),
    ],
)
def test_capital_as_subject_is_its_government(lang: str, text: str) -> None:
    e = one(code(text, lang), "SANCTION")
    assert countries(e.actor) == ["POL"]
    assert countries(e.recipient) == ["BLR"]
    assert e.sanction_action == "impose"


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Lithuania held talks with Latvia in Paris."),
        ("uk", "Литва провела переговори з Латвією в Парижі."),
        ("ru", "Литва провела переговоры с Латвией в Париже."),
    ],
)
def test_capital_after_locative_preposition_is_a_place(lang: str, text: str) -> None:
    e = one(code(text, lang), "CONSULT")
    assert "FRA" not in countries(e.actor) + countries(e.recipient)
    assert countries(e.actor) == ["LTU"] and countries(e.recipient) == ["LVA"]
    assert e.reciprocal


# ---------------------------------------------------------------- word order and agreement

@pytest.mark.parametrize(
    "text,actor",
    [
        ("Санкції проти Ірану запровадила Польща.", "POL"),  # object first, feminine verb after it
        ("Польща запровадила санкції проти Китаю.", "POL"),
    ],
)
def test_ukrainian_subject_found_in_any_order(text: str, actor: str) -> None:
    e = one(code(text, "uk"), "SANCTION")
    assert countries(e.actor) == [actor]


def test_past_tense_agreement_picks_the_subject_among_nominatives() -> None:
    # "Литва" (fem.) and "Китай" (masc.) are both nominative-looking; "звільнив" (masc.) agrees with Китай
    e = one(code("Китай звільнив заручників, Литва ж мовчала.", "uk"), "RETREAT")
    assert countries(e.actor) == ["CHN"]


# ---------------------------------------------------------------- passives

@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "New sanctions against Iran were imposed by Germany on Friday."),
        ("uk", "Нові санкції проти Ірану були запроваджені Німеччиною у п'ятницю."),
    ],
)
def test_passive_agent_is_the_actor(lang: str, text: str) -> None:
    e = one(code(text, lang), "SANCTION")
    assert countries(e.actor) == ["DEU"]
    assert countries(e.recipient) == ["IRN"]


@pytest.mark.parametrize(
    "lang,text,year",
    [
        ("en", "In 2014 the EU imposed sanctions against Russia, which were tightened in 2023.", "2023"),
        ("uk", "У 2014 році ЄС запровадив санкції проти Росії, а у 2023 році посилив їх.", "2023"),
        ("ru", "В 2014 году ЕС ввел санкции против России, которые были ужесточены в 2023 году.", "2023"),
    ],
)
def test_relative_or_elliptic_clause_inherits_actor_recipient_and_keeps_its_year(lang: str, text: str, year: str) -> None:
    events = [e for e in code(text, lang) if e.event_type == "SANCTION"]
    assert [e.sanction_action for e in events] == ["impose", "strengthen"]
    first, second = events
    assert countries(second.actor) == ["EUR"] and countries(second.recipient) == ["RUS"]
    assert first.date.start.startswith("2014")
    assert second.date.start.startswith(year)


# ---------------------------------------------------------------- coordination and reciprocity

@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "China and Russia held joint naval exercises in the Baltic."),
        ("uk", "Китай і Росія провели спільні морські навчання."),
        ("ru", "Китай и Россия провели совместные морские учения."),
    ],
)
def test_coordinated_subject_of_a_joint_action_is_reciprocal(lang: str, text: str) -> None:
    e = one(code(text, lang), "COOPERATE")
    assert e.reciprocal
    assert sorted(countries(e.actor) + countries(e.recipient)) == ["CHN", "RUS"]
    assert "military" in e.contexts


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Poland and Lithuania are not ready to lift the restrictions on Belarus."),
        ("uk", "Польща і Литва не готові знімати обмеження з Білорусі."),
        ("ru", "Польша и Литва не готовы снимать ограничения с Беларуси."),
    ],
)
def test_negated_lifting_is_a_refusal_never_a_retreat(lang: str, text: str) -> None:
    events = code(text, lang)
    assert not [e for e in events if e.event_type == "RETREAT"]
    e = one(events, "REJECT")
    assert e.factuality == "asserted" and e.sanction_action == "refuse_to_lift" and e.cameo == "1244"
    assert sorted(countries(e.actor)) == ["LTU", "POL"]


# ---------------------------------------------------------------- appeals, hopes, hypotheticals

@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Tsikhanouskaya urged Germany not to ease the sanctions on Minsk."),
        ("uk", "Тихановська закликала Німеччину не послаблювати санкції проти Мінська."),
        ("ru", "Тихановская призвала Германию не ослаблять санкции против Минска."),
    ],
)
def test_appeal_not_to_lift_is_one_request(lang: str, text: str) -> None:
    events = code(text, lang)
    assert [e.event_type for e in events] == ["REQUEST"]
    e = events[0]
    assert countries(e.actor) == ["BLR"] and countries(e.recipient) == ["DEU"]
    assert e.sanction_action == "demand_keep"


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Tehran hopes for the lifting of sanctions on its oil exports."),
        ("uk", "Тегеран сподівається на зняття санкцій з нафтового експорту."),
        ("ru", "Тегеран рассчитывает на снятие санкций с нефтяного экспорта."),
    ],
)
def test_hope_for_a_lifting_is_not_an_asserted_retreat(lang: str, text: str) -> None:
    assert not [e for e in code(text, lang) if e.event_type == "RETREAT" and e.factuality == "asserted"]


def test_modal_makes_an_event_hypothetical_and_plan_makes_it_intended() -> None:
    e = one(code("France could impose sanctions on Iran.", "en"), "SANCTION")
    assert e.factuality == "hypothetical"
    e = one(code("Франція планує запровадити санкції проти Ірану.", "uk"), "SANCTION")
    assert e.factuality == "intended"
    e = one(code("Если Китай введет санкции против Литвы, ЕС ответит.", "ru"), "SANCTION")
    assert e.factuality == "hypothetical"


def test_stated_intent_to_make_a_deal_is_an_asserted_agree() -> None:
    e = one(code("Macron announced his wish to sign an agreement with China.", "en"), "AGREE")
    assert e.factuality == "asserted"
    assert countries(e.actor) == ["FRA"] and countries(e.recipient) == ["CHN"]


# ---------------------------------------------------------------- relative clauses and pronouns

@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Macron spoke by phone with Putin, who called him a wise leader."),
        ("uk", "Макрон провів телефонну розмову з Путіним, який назвав його мудрим лідером."),
        ("ru", "Макрон провел телефонный разговор с Путиным, который назвал его мудрым лидером."),
    ],
)
def test_who_is_the_noun_before_the_comma_and_him_the_other_party(lang: str, text: str) -> None:
    events = code(text, lang)
    call = one(events, "CONSULT")
    assert call.mode == "phone" and countries(call.actor) == ["FRA"] and countries(call.recipient) == ["RUS"]
    praise = one(events, "SUPPORT")
    assert countries(praise.actor) == ["RUS"] and countries(praise.recipient) == ["FRA"]


# ---------------------------------------------------------------- reported speech and attribution

@pytest.mark.parametrize(
    "lang,text,source",
    [
        ("en", "According to Reuters, Poland arrested two Belarusian citizens.", "Reuters"),
        ("uk", "За даними Reuters, Польща заарештувала двох громадян Білорусі.", "Reuters"),
        ("ru", "По данным Reuters, Польша арестовала двух граждан Беларуси.", "Reuters"),
    ],
)
def test_according_to_names_the_source_not_the_actor(lang: str, text: str, source: str) -> None:
    e = one(code(text, lang), "COERCE")
    assert e.attribution.text == source
    assert e.attribution.entity is not None and e.attribution.entity.name == "Reuters"
    assert countries(e.actor) == ["POL"]


def test_speaker_at_the_end_is_the_attribution_and_actor_of_a_bare_refusal() -> None:
    e = one(code("Sanctions on Minsk cannot be eased yet, Tsikhanouskaya said.", "en"), "REJECT")
    assert e.attribution.text == "Tsikhanouskaya"
    assert countries(e.actor) == ["BLR"]
    e = one(code("Санкції не можна послаблювати, заявила Тихановська.", "uk"), "REJECT")
    assert e.attribution.text == "Тихановська"


# ---------------------------------------------------------------- size and dates

@pytest.mark.parametrize(
    "lang,text,lo,hi,written",
    [
        ("en", "Iran released more than 20 prisoners on Sunday.", 21, None, "more than 20"),
        ("uk", "Іран звільнив понад 20 в'язнів у неділю.", 21, None, "понад 20"),
        ("ru", "Иран освободил более 20 заключенных в воскресенье.", 21, None, "более 20"),
        ("en", "Poland arrested several activists.", 2, None, "several"),
        ("ru", "Польша задержала нескольких активистов.", 2, None, "нескольких"),
    ],
)
def test_size_of_a_release_or_arrest(lang: str, text: str, lo: int, hi: int | None, written: str) -> None:
    events = code(text, lang)
    e = events[0]
    key = "released" if e.event_type == "RETREAT" else "arrested"
    assert e.size == {key: {"min": lo, "max": hi, "text": written}}


def test_event_date_is_the_clause_time_else_publication() -> None:
    e = one(code("In March, Germany imposed sanctions on Iran.", "en", "2025-06-18"), "SANCTION")
    assert (e.date.start, e.date.end, e.date.precision) == ("2025-03-01", "2025-03-31", "month")
    e = one(code("Germany imposed sanctions on Iran.", "en", "2025-06-18"), "SANCTION")
    assert (e.date.start, e.date.precision) == ("2025-06-18", "published")


def test_earlier_gives_a_range_ending_at_publication() -> None:
    e = one(code("Раніше Польща звільнила кількох активістів.", "uk", "2025-06-18"), "RETREAT")
    assert e.date.end == "2025-06-18" and e.date.start < "2025-06-18"


def test_continuation_sentence_inherits_the_paragraph_time() -> None:
    text = "In May, Macron held talks with Putin. Following the talks, France released two Russian citizens."
    e = one(code(text, "en", "2025-06-18"), "RETREAT")
    assert e.date.start == "2025-05-01"


def test_the_agency_is_the_source_named_before() -> None:
    text = "Reuters reported that Poland arrested two Belarusian citizens. According to the agency, Lithuania arrested three activists."
    events = [e for e in code(text, "en") if e.event_type == "COERCE"]
    assert [countries(e.actor) for e in events] == [["POL"], ["LTU"]]
    assert events[0].attribution.text == "Reuters"
    assert events[1].attribution.text == "the agency"
    assert events[1].attribution.entity is not None and events[1].attribution.entity.name == "Reuters"


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Minsk, the capital of Belarus, sent invitations to Poland."),
        ("uk", "Мінськ надіслав запрошення Польщі."),
    ],
)
def test_apposition_is_skipped_and_dative_is_the_addressee(lang: str, text: str) -> None:
    e = one(code(text, lang), "AGREE")
    assert countries(e.actor) == ["BLR"] and countries(e.recipient) == ["POL"]
