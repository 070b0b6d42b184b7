"""How fast stage 1 reads documents and the store takes them.

Generates synthetic scraped-looking articles (English, Ukrainian, Russian; a language
switcher, a caption glued to the repeated title, a date line, ten paragraphs) in a
temporary folder as plain text, HTML pages and one WARC archive, then reports documents
per second for each through ``read_paths`` (encoding, cleaning, language detection,
ids included), and the store's insert rate with one transaction per document (as
``kronika ingest`` commits) and in one transaction.

Run: python benchmarks/bench_documents.py [--n 600]
"""

from __future__ import annotations

import argparse
import io
import tempfile
import time
from pathlib import Path

from kronika.documents import read_paths
from kronika.model import Document
from kronika.store import Store

PARAGRAPHS = {
    "en": "The foreign ministers of the two countries met in Vienna on Monday and agreed to resume talks on "
          "sanctions relief, according to a statement published after the meeting by ministry number {i}.",
    "uk": "Міністри закордонних справ двох країн зустрілися у Відні в понеділок і домовилися відновити переговори "
          "щодо пом'якшення санкцій, йдеться в заяві міністерства номер {i}.",
    "ru": "Министры иностранных дел двух стран встретились в Вене в понедельник и договорились возобновить "
          "переговоры о смягчении санкций, говорится в заявлении министерства номер {i}.",
}
TITLES = {"en": "Ministers agree to resume talks {i}", "uk": "Міністри домовилися відновити переговори {i}",
          "ru": "Министры договорились возобновить переговоры {i}"}
LANGS = ("en", "uk", "ru")


def article(i: int) -> tuple[str, str, list[str]]:
    lang = LANGS[i % 3]
    title = TITLES[lang].format(i=i)
    paras = [PARAGRAPHS[lang].format(i=f"{i}-{k}") for k in range(10)]
    return lang, title, paras


def make_text(folder: Path, n: int) -> None:
    for i in range(n):
        _, title, paras = article(i)
        body = "\n\n".join(paras)
        (folder / f"{i:05d}.txt").write_text(
            f"ua en ru\n\n{title}\n\n{title} A minister at the talks (photo: Reuters)\n\n12.02.2026 09:15\n\n{body}\n",
            encoding="utf-8")


def page(i: int) -> str:
    lang, title, paras = article(i)
    ps = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Wire</title>'
            f'<meta property="article:published_time" content="2026-02-12T09:15:00Z"></head><body>'
            f'<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/europe">Europe</a></nav></header>'
            f'<main><article><h1>{title}</h1><figure><img src="a.jpg"><figcaption>A minister (photo: Reuters)</figcaption>'
            f'</figure>{ps}</article></main><aside><ul><li>Most read one</li><li>Most read two</li></ul></aside>'
            f'<footer>© 2026 Wire</footer></body></html>')


def make_html(folder: Path, n: int) -> None:
    for i in range(n):
        (folder / f"{i:05d}.html").write_text(page(i), encoding="utf-8")


def make_warc(path: Path, n: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for i in range(n):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://example.org/{i}", "response", payload=io.BytesIO(page(i).encode("utf-8")),
                http_headers=headers))


def timed_read(paths: list[str]) -> tuple[int, int, float, float]:
    """Documents, rejections, wall seconds, CPU seconds (CPU is steadier on a shared machine)."""
    t, c = time.perf_counter(), time.process_time()
    docs = bad = 0
    for item in read_paths(paths):
        if isinstance(item, Document):
            docs += 1
        else:
            bad += 1
    return docs, bad, time.perf_counter() - t, time.process_time() - c


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=600, help="documents of each kind")
    n = ap.parse_args().n
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "text").mkdir()
        (root / "html").mkdir()
        make_text(root / "text", n)
        make_html(root / "html", n)
        make_warc(root / "crawl.warc.gz", n)
        list(read_paths([str(root / "text" / "00000.txt")]))  # warm up: imports, language models
        list(read_paths([str(root / "html" / "00000.html")]))

        print(f"stage 1, documents in: {n} synthetic articles of each kind (en/uk/ru, ~10 paragraphs each)")
        for label, paths in (("plain text", [str(root / "text")]), ("HTML", [str(root / "html")]),
                             ("WARC (gzip)", [str(root / "crawl.warc.gz")])):
            docs, bad, secs, cpu = timed_read(paths)
            print(f"  {label:<12} {docs / secs:8.0f} documents/s  ({docs / cpu:.0f}/s of CPU time; "
                  f"{docs} read, {bad} rejected, {secs:.2f} s)")

        documents = [d for d in read_paths([str(root / "text")]) if isinstance(d, Document)]
        for label, batch in (("one transaction per document", False), ("one transaction for all", True)):
            db = root / f"store-{int(batch)}.db"
            with Store.open(db) as store:
                t = time.perf_counter()
                if batch:
                    with store.transaction():
                        for d in documents:
                            store.add_document(d)
                else:
                    for d in documents:
                        with store.transaction():
                            store.add_document(d)
                secs = time.perf_counter() - t
            print(f"  store insert, {label:<29} {len(documents) / secs:8.0f} documents/s")
        with Store.open(root / "store-0.db") as store:
            t = time.perf_counter()
            hits = sum(store.has_document(d.id) for d in documents)
            secs = time.perf_counter() - t
        print(f"  store has_document (dedup check)              {hits / secs:8.0f} lookups/s")


if __name__ == "__main__":
    main()
