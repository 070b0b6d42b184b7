"""Scraped text to clean text: navigation, captions, date lines, title, paragraphs."""

from __future__ import annotations

import textwrap
from datetime import date

import pytest

from kronika.documents.cleaning import clean, is_caption, is_language_switcher, is_menu
from kronika.documents.dateline import parse_dateline


@pytest.mark.parametrize("line", ["ua en ru", "EN | UA | RU", "Укр Eng Рус", "UA / EN", "укр · рус · eng", "RU EN"])
def test_language_switchers_are_recognised(line: str) -> None:
    assert is_language_switcher(line)


@pytest.mark.parametrize("line", ["EU and US agree", "Ukraine", "en route to Kyiv", "The UK and EU met in Brussels"])
def test_ordinary_lines_are_not_switchers(line: str) -> None:
    assert not is_language_switcher(line)


def test_menus_and_breadcrumbs() -> None:
    assert is_menu("Home › World › Europe")
    assert is_menu("News | Politics | Economy | Sport")
    assert not is_menu("Kyiv said the talks | which began on Monday | would resume after the holiday in spring.")


@pytest.mark.parametrize("line", [
    "Viktor Orban at a summit in Brussels (photo: Getty Images)",
    "Фото: УНІАН",
    "Посольство Росії в Бухаресті (фото: Agerpres)",
    "Министр на брифинге (фото: EPA)",
    "Photo by AP",
])
def test_captions(line: str) -> None:
    assert is_caption(line)


def test_a_sentence_that_mentions_a_photo_is_not_a_caption() -> None:
    assert not is_caption("The minister said a photo of the meeting would be published later.")


def test_glued_caption_and_switcher_are_removed_and_title_kept() -> None:
    raw = (
        "EN | UA | RU\n\n"
        "Moldova recalls ambassador from Moscow\n\n"
        "Moldova recalls ambassador from Moscow President Maia Sandu in Chisinau (photo: Reuters)\n\n"
        "Moldova recalled its ambassador from Moscow on Friday after Russia expelled two Moldovan diplomats.\n\n"
        "Reaction in Chisinau\n\n"
        "The foreign ministry called the expulsions unjustified.\n"
    )
    c = clean(raw)
    assert c.title == "Moldova recalls ambassador from Moscow"
    assert c.paragraphs == (
        "Moldova recalled its ambassador from Moscow on Friday after Russia expelled two Moldovan diplomats.",
        "Reaction in Chisinau",
        "The foreign ministry called the expulsions unjustified.",
    )
    assert c.text.startswith("Moldova recalls ambassador from Moscow\n\nMoldova recalled")
    assert "photo" not in c.text and "EN | UA" not in c.text


def test_lead_paragraph_that_starts_with_the_title_is_kept() -> None:
    raw = (
        "Serbia signs gas deal\n\n"
        "Serbia signs gas deal with Azerbaijan for ten years, the energy ministry in Belgrade said on Monday.\n"
    )
    c = clean(raw)
    assert c.title == "Serbia signs gas deal"
    assert c.paragraphs[0].startswith("Serbia signs gas deal with Azerbaijan")


def test_lines_without_blank_lines_stay_paragraphs() -> None:
    raw = (
        "Hungary summons Ukrainian envoy\n"
        "Hungary summoned the Ukrainian ambassador on Tuesday over a drone strike on an oil pipeline.\n"
        "Budapest demanded guarantees\n"
        "Foreign Minister Peter Szijjarto said supplies must not be interrupted again.\n"
    )
    c = clean(raw)
    assert c.title == "Hungary summons Ukrainian envoy"
    assert len(c.paragraphs) == 3
    assert c.paragraphs[1] == "Budapest demanded guarantees"


def test_hard_wrapped_paragraphs_are_joined() -> None:
    p1 = ("Georgia's parliament on Wednesday passed a law requiring broadcasters to register as foreign "
          "agents if more than a fifth of their funding comes from abroad, despite warnings from Brussels.")
    p2 = ("The European Union said the law was incompatible with the country's candidate status and that it "
          "would consider suspending visa-free travel for officials.")
    raw = "Georgia passes broadcasting law\n\n" + textwrap.fill(p1, 70) + "\n\n" + textwrap.fill(p2, 70) + "\n"
    c = clean(raw)
    assert c.paragraphs == (p1, p2)


def test_sentence_broken_mid_way_is_joined_but_heading_is_not() -> None:
    raw = "Talks resume\nThe delegations met in Geneva and\nagreed to meet again.\nNext steps\nA new round is due in May.\n"
    c = clean(raw)
    assert c.paragraphs == ("The delegations met in Geneva and agreed to meet again.", "Next steps", "A new round is due in May.")


def test_boilerplate_lines_are_dropped_in_all_three_languages() -> None:
    raw = (
        "Title of a story about sanctions\n\nFirst paragraph of the story.\n\nRead also: Something else entirely\n\n"
        "Читайте також: інша новина\n\nЧитайте также: другая новость\n\nТеги: санкції, ЄС\n\nShare\n\nПоделиться\n\n"
        "Last paragraph of the story.\n"
    )
    c = clean(raw)
    assert c.paragraphs == ("First paragraph of the story.", "Last paragraph of the story.")


def test_date_line_becomes_publication_date() -> None:
    c = clean("Talks in Astana\n\n05.03.2026 12:40\n\nThe talks began on Monday.\n\nThey ended on Tuesday.\n")
    assert c.published == date(2026, 3, 5)
    assert "12:40" not in c.text


@pytest.mark.parametrize("line,expected", [
    ("12.02.2026 09:15", date(2026, 2, 12)),
    ("19 листопада 2025, 16:05", date(2025, 11, 19)),
    ("Опубликовано: 10.03.2026", date(2026, 3, 10)),
    ("Published: Feb 12, 2026", date(2026, 2, 12)),
    ("Thursday, 12 February 2026 at 10:30 GMT", date(2026, 2, 12)),
    ("2026-01-22", date(2026, 1, 22)),
    ("Опубліковано 14 березня 2026, 18:40", date(2026, 3, 14)),
    ("12 мая 2026 в 10:00", date(2026, 5, 12)),
    ("14:20, 21 января 2026", date(2026, 1, 21)),
    ("09:05 | 03.02.2026", date(2026, 2, 3)),
    ("31.02.2026", None),
    ("The talks on 12 February 2026 ended without a deal", None),
])
def test_date_lines(line: str, expected: date | None) -> None:
    assert parse_dateline(line) == expected


def test_declared_title_is_used_and_its_repetition_dropped() -> None:
    c = clean("Estonia bans entry to Russian MPs\nThe government decided on Thursday.", title="Estonia bans entry to Russian MPs")
    assert c.title == "Estonia bans entry to Russian MPs"
    assert c.paragraphs == ("The government decided on Thursday.",)


def test_single_sentence_has_no_title() -> None:
    c = clean("The EU imposed sanctions on three Iranian officials.")
    assert c.title == ""
    assert c.text == "The EU imposed sanctions on three Iranian officials."


def test_invisible_characters_and_odd_spaces_are_normalised() -> None:
    c = clean("Talks\u00a0resume in\u200b Baku\r\n\r\nThe  delegations\tmet.\r\n\r\nThey agreed.")
    assert c.title == "Talks resume in Baku"
    assert c.paragraphs == ("The delegations met.", "They agreed.")


def test_caption_glued_to_title_without_credit() -> None:
    raw = ("Укр Eng Рус\n\nСанду закликала ЄС посилити санкції\n\n"
           "Санду закликала ЄС посилити санкції Президентка Молдови Мая Санду в Брюсселі\n\n"
           "Президентка Молдови закликала Євросоюз посилити санкції проти організаторів підкупу.\n")
    c = clean(raw)
    assert c.title == "Санду закликала ЄС посилити санкції"
    assert c.paragraphs == ("Президентка Молдови закликала Євросоюз посилити санкції проти організаторів підкупу.",)


def test_bylines_and_standalone_captions() -> None:
    raw = ("Georgia frees two journalists\n\nBy Anna Petrova\n\nMzia Amaglobeli in court (Photo: AFP)\n\n"
           "A court in Batumi released two journalists on bail on Friday.\n\nBy Monday, both had left the country, their lawyer said.\n")
    c = clean(raw)
    assert c.paragraphs == ("A court in Batumi released two journalists on bail on Friday.",
                            "By Monday, both had left the country, their lawyer said.")


def test_repeated_title_at_the_end_is_dropped() -> None:
    c = clean("Talks stall in Doha\n\nNo agreement was reached on Sunday.\n\nTalks stall in Doha\n")
    assert c.paragraphs == ("No agreement was reached on Sunday.",)


def test_users_extend_the_patterns_with_their_own_files(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from kronika.documents.cleaning import reload_rules

    user = tmp_path / "data" / "documents" / "en"
    user.mkdir(parents=True)
    (user / "boilerplate.yaml").write_text("- '^watch the video on our channel$'\n", encoding="utf-8")
    raw = "Talks in Doha\n\nWatch the video on our channel\n\nThe delegations met on Sunday.\n"
    assert "Watch the video" in clean(raw).text
    monkeypatch.setenv("KRONIKA_DATA_PATH", str(tmp_path / "data"))
    reload_rules()
    try:
        assert clean(raw).paragraphs == ("The delegations met on Sunday.",)
    finally:
        monkeypatch.delenv("KRONIKA_DATA_PATH")
        reload_rules()


def test_switcher_glued_to_the_title_line() -> None:
    c = clean("UA | EN | RU Talks resume in Baku\n\nThe delegations met on Monday.\n")
    assert c.title == "Talks resume in Baku"
    c2 = clean("UK and EU agree on steel quotas\n\nThe deal was signed in London.\n")
    assert c2.title == "UK and EU agree on steel quotas"


def test_a_date_sub_heading_inside_the_article_is_kept() -> None:
    raw = ("Timeline of the sanctions\n\nThe European Union has adopted sanctions against Russia in several packages "
           "since the start of the full-scale invasion, each agreed unanimously.\n\n24 February 2022\n\n"
           "The first package targeted banks.\n")
    c = clean(raw)
    assert c.published is None
    assert "24 February 2022" in c.paragraphs
