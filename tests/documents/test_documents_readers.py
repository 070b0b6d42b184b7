"""Each reader on fixtures: text, HTML, JSONL, RSS, Atom, encodings, choosing by content, stdin."""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest

from kronika.documents import read_paths
from kronika.model import Document, Rejected, content_id

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "documents"


def read(*paths: object, **kw: object) -> list[Document | Rejected]:
    return list(read_paths([str(p) for p in paths], **kw))  # type: ignore[arg-type]


def docs(items: list[Document | Rejected]) -> list[Document]:
    return [d for d in items if isinstance(d, Document)]


def rejected(items: list[Document | Rejected]) -> list[Rejected]:
    return [d for d in items if isinstance(d, Rejected)]


# --------------------------------------------------------------------------- plain text


def test_scraped_english_text() -> None:
    (doc,) = read(FIXTURES / "scraped-en.txt")
    assert isinstance(doc, Document)
    assert doc.title == "Kazakhstan and Uzbekistan agree to share data on sanctioned cargo"
    assert doc.language == "en"
    assert doc.published == date(2026, 3, 4)
    assert doc.id == content_id(doc.text)
    paras = doc.text.split("\n\n")
    assert paras[0] == doc.title
    assert paras[1].startswith("Kazakhstan and Uzbekistan agreed on Wednesday")
    assert "Customs officers to swap lists" in paras  # a sub-heading is a paragraph of its own
    for junk in ("EN | DE", "Home ›", "Photo by", "Read more", "Share", "Published:"):
        assert junk not in doc.text


def test_scraped_ukrainian_text() -> None:
    (doc,) = read(FIXTURES / "scraped-uk.txt")
    assert isinstance(doc, Document)
    assert doc.language == "uk"
    assert doc.title == "Литва відмовилася скасувати заборону на транзит білоруських добрив"
    assert doc.published == date(2026, 3, 5)
    for junk in ("Укр Eng", "Фото", "Читайте також", "Теги"):
        assert junk not in doc.text
    assert "Реакція Мінська" in doc.text.split("\n\n")


def test_published_and_url_fill_in_only_where_missing() -> None:
    (a,) = read(FIXTURES / "scraped-en.txt", published=date(2020, 1, 1), url="https://example.org/x")
    assert isinstance(a, Document)
    assert a.published == date(2026, 3, 4)  # the document's own date line wins
    assert a.url == "https://example.org/x"
    (b,) = read(FIXTURES / "feed.rss", url="https://example.org/x")[:1]
    assert isinstance(b, Document) and b.url == "https://example.org/2026/01/montenegro-joins-sanctions"


def test_lang_overrides_detection(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("Estonia bans entry\n\nThe government banned three Russian MPs from entering Estonia.", encoding="utf-8")
    (auto,) = read(p, lang="auto")
    (forced,) = read(p, lang="ru")
    assert isinstance(auto, Document) and isinstance(forced, Document)
    assert auto.language == "en" and forced.language == "ru"


# --------------------------------------------------------------------------- encodings

UK = "Уряд Литви відмовився скасувати заборону на транзит добрив.\n\nЇхні порти втрачають вантажі, а ґрунтовних змін немає, повідомляє міністерство."
RU = "Министр иностранных дел заявил, что переговоры продолжатся.\n\nОбъём торговли сократился, а ещё ранее был введён запрет на транзит."


@pytest.mark.parametrize("text,encoding,language", [
    (UK, "cp1251", "uk"), (UK, "koi8_u", "uk"), (RU, "cp1251", "ru"), (RU, "koi8_r", "ru"),
    (UK, "utf-8", "uk"), (RU, "utf-16", "ru"), (UK, "utf-8-sig", "uk"),
])
def test_encodings_are_detected_from_the_bytes(tmp_path: Path, text: str, encoding: str, language: str) -> None:
    p = tmp_path / "article.txt"  # the name says nothing about the encoding
    p.write_bytes(text.encode(encoding))
    (doc,) = read(p)
    assert isinstance(doc, Document), doc
    assert doc.text.split("\n\n") == text.split("\n\n")
    assert doc.language == language


def test_html_in_windows_1251_with_metadata() -> None:
    (doc,) = read(FIXTURES / "page-uk.html")
    assert isinstance(doc, Document), doc
    assert doc.title == "Румунія вислала російського дипломата"
    assert doc.language == "uk"
    assert doc.published == date(2026, 2, 17)
    assert doc.url == "https://example.org/uk/2026/02/romania-vyslala-dyplomata"
    paras = doc.text.split("\n\n")
    assert paras[0] == doc.title and paras.count(doc.title) == 1
    assert "Москва обіцяє відповідь" in paras
    for junk in ("Головна", "Agerpres", "©"):
        assert junk not in doc.text


def test_html_without_extension_is_recognised_by_content(tmp_path: Path) -> None:
    p = tmp_path / "download"
    p.write_bytes((FIXTURES / "page-uk.html").read_bytes())
    (doc,) = read(p)
    assert isinstance(doc, Document) and doc.title == "Румунія вислала російського дипломата"


def test_small_page_falls_back_to_block_text(tmp_path: Path) -> None:
    p = tmp_path / "small.html"
    p.write_text("<html><body><p>Latvia expelled a Russian diplomat on Monday.</p></body></html>", encoding="utf-8")
    (doc,) = read(p)
    assert isinstance(doc, Document), doc
    assert "Latvia expelled a Russian diplomat on Monday." in doc.text


# --------------------------------------------------------------------------- JSONL


def test_jsonl_documents_and_bad_lines() -> None:
    items = read(FIXTURES / "docs.jsonl")
    good = docs(items)
    bad = {r.source.rsplit(":", 1)[1]: r.reason for r in rejected(items)}
    assert [d.source_id for d in good] == ["a-1", "3"]
    first, second = good
    assert first.title == "Finland closes two more border crossings"
    assert first.url == "https://example.org/fi/1" and first.published == date(2026, 3, 2) and first.language == "en"
    assert first.text.startswith("Finland closes two more border crossings\n\nFinland closed")
    assert second.language == "uk" and second.published == date(2026, 3, 5)
    assert "Естонія заборонила" in second.text and "<p>" not in second.text
    assert set(bad) == {"line 2", "line 5", "line 6", "line 7"}
    assert "malformed JSON" in bad["line 2"]
    assert '"text" or "html"' in bad["line 5"]
    assert "not a JSON object" in bad["line 6"]
    assert "published" in bad["line 7"]
    assert all(str(FIXTURES / "docs.jsonl") in r.source for r in rejected(items))


def test_json_array_file(tmp_path: Path) -> None:
    p = tmp_path / "docs.json"
    p.write_text('[{"text": "Armenia and Azerbaijan met in Abu Dhabi."}, {"title": "no text"}]', encoding="utf-8")
    items = read(p)
    assert len(docs(items)) == 1
    assert rejected(items)[0].source.endswith("docs.json:item 2")


def test_jsonl_lang_field_is_used_unless_overridden(tmp_path: Path) -> None:
    p = tmp_path / "x.jsonl"
    p.write_text('{"text": "Short text in English about talks in Geneva.", "lang": "uk"}\n', encoding="utf-8")
    (d1,) = read(p)
    (d2,) = read(p, lang="en")
    assert isinstance(d1, Document) and isinstance(d2, Document)
    assert d1.language == "uk" and d2.language == "en"


# --------------------------------------------------------------------------- feeds


def test_rss_entries_become_documents() -> None:
    items = read(FIXTURES / "feed.rss")
    a, b = docs(items)
    assert not rejected(items)
    assert a.title == "Montenegro joins EU sanctions on Russian shipping firms"
    assert a.source_id == "balkan-desk-4411" and a.published == date(2026, 1, 13)
    assert a.source.endswith("feed.rss#entry 1")
    assert "Ports closed to listed vessels" in a.text.split("\n\n")  # full content:encoded, not the teaser
    assert "teaser" not in a.text and "photo: AP" not in a.text
    assert b.text.endswith("asked Washington to lift sanctions imposed on him in 2022.")
    assert "<p>" not in b.text


def test_atom_entry() -> None:
    (doc,) = read(FIXTURES / "feed.atom")
    assert isinstance(doc, Document)
    assert doc.language == "uk" and doc.published == date(2026, 2, 2)
    assert doc.url == "https://example.org/uk/2026/02/virmeniia-azerbaidzhan"
    assert doc.text.split("\n\n")[1:] == [
        "Міністри закордонних справ Вірменії та Азербайджану в неділю провели переговори в Абу-Дабі щодо демаркації кордону.",
        "Сторони домовилися зустрітися знову в березні.",
    ]


def test_feed_saved_as_txt_is_read_as_feed(tmp_path: Path) -> None:
    p = tmp_path / "saved.txt"
    p.write_bytes((FIXTURES / "feed.rss").read_bytes())
    assert len(docs(read(p))) == 2


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    p = tmp_path / "data.xml"
    p.write_text("<?xml version='1.0'?><catalog><book>x</book></catalog>", encoding="utf-8")
    (r,) = read(p)
    assert isinstance(r, Rejected) and "feed" in r.reason


# --------------------------------------------------------------------------- stdin, folders


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    data = "Latvia expels diplomat\n\nLatvia expelled a Russian diplomat on Monday.".encode("cp1251")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    (doc,) = read("-")
    assert isinstance(doc, Document)
    assert doc.source == "<stdin>" and doc.title == "Latvia expels diplomat"


def test_folder_walk_is_recursive_sorted_and_skips_non_documents(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    for rel in ("b/2.txt", "a.txt", "b/1.txt", ".hidden/x.txt", "README.md", "c.png"):
        (tmp_path / rel).write_text(f"Headline {rel}\n\nThe ministry in Baku said so on Monday ({rel}).", encoding="utf-8")
    sources = [Path(d.source).relative_to(tmp_path).as_posix() for d in docs(read(tmp_path))]
    assert sources == ["a.txt", "b/1.txt", "b/2.txt"]


def test_gzip_text_file(tmp_path: Path) -> None:
    import gzip

    p = tmp_path / "story.txt.gz"
    p.write_bytes(gzip.compress("Talks in Doha\n\nThe delegations met in Doha on Sunday.".encode("utf-8")))
    (doc,) = read(p)
    assert isinstance(doc, Document) and doc.title == "Talks in Doha"


def test_same_article_twice_has_one_id(tmp_path: Path) -> None:
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("ua en ru\n\nTalks in Doha\n\nThe delegations met in Doha on Sunday.\n", encoding="utf-8")
    b.write_bytes("Talks in Doha\r\n\r\nThe delegations   met in Doha on Sunday.\r\n".encode("cp1251"))
    x, y = read(a, b)
    assert isinstance(x, Document) and isinstance(y, Document)
    assert x.id == y.id


def test_bad_lang_is_a_usage_error() -> None:
    from kronika.errors import UsageError

    with pytest.raises(UsageError):
        read_paths(["x"], lang="not a language")


def test_jsonl_html_page_keeps_the_lines_url_and_date(tmp_path: Path) -> None:
    import json

    page = (FIXTURES / "page-uk.html").read_bytes().decode("cp1251")
    p = tmp_path / "pages.jsonl"
    p.write_text(json.dumps({"html": page, "url": "https://mirror.example.org/a", "published": "2026-02-18"}) + "\n",
                 encoding="utf-8")
    (doc,) = read(p)
    assert isinstance(doc, Document), doc
    assert doc.title == "Румунія вислала російського дипломата"
    assert doc.url == "https://mirror.example.org/a" and doc.published == date(2026, 2, 18)


def test_warc_from_stdin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from .warc_builder import build_warc

    p = tmp_path / "c.warc.gz"
    build_warc(p, gz=True, pages=2)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(p.read_bytes())))
    items = read("-")
    assert [d.source for d in items] == ["<stdin>#record 1", "<stdin>#record 5"]


def test_koi8_page_with_declared_charset(tmp_path: Path) -> None:
    html = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=koi8-r'>"
            "<title>Переговоры в Женеве</title></head><body><article><h1>Переговоры в Женеве</h1>"
            "<p>Делегации двух стран встретились в Женеве в понедельник и договорились продолжить переговоры "
            "о снятии санкций в следующем месяце.</p></article></body></html>")
    p = tmp_path / "page.html"
    p.write_bytes(html.encode("koi8_r"))
    (doc,) = read(p)
    assert isinstance(doc, Document), doc
    assert doc.title == "Переговоры в Женеве" and doc.language == "ru"
    assert "встретились в Женеве" in doc.text


def test_urls_are_not_fetched() -> None:
    (r,) = read("https://example.org/feed.rss")
    assert isinstance(r, Rejected) and "offline" in r.reason


def test_scraped_russian_in_windows_1251_hard_wrapped() -> None:
    (doc,) = read(FIXTURES / "scraped-ru-cp1251.txt")
    assert isinstance(doc, Document), doc
    assert doc.language == "ru" and doc.published == date(2026, 1, 21)
    assert doc.title == "Казахстан отказался присоединиться к санкциям против Ирана"
    paras = doc.text.split("\n\n")
    assert len(paras) == 4
    assert paras[1].endswith("к односторонним санкциям против Ирана, введённым США в декабре.")
    for junk in ("Главная", "RU | UA", "Иллюстративное фото", "РИА Новости", "просмотров", "Читайте также", "Поделиться"):
        assert junk not in doc.text


def test_other_languages_are_kept_and_marked(tmp_path: Path) -> None:
    p = tmp_path / "de.txt"
    p.write_text("Gespräche in Wien\n\nDie Außenminister trafen sich am Montag in Wien und vereinbarten, "
                 "die Gespräche über die Sanktionen im nächsten Monat fortzusetzen.", encoding="utf-8")
    (doc,) = read(p)
    assert isinstance(doc, Document) and doc.language == "de"
