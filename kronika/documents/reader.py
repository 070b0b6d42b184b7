"""``read_paths``: files, folders and standard input to documents, whatever their kind.

Nothing raises out of here for bad input: every file (or line, record, entry) that
cannot be read becomes a :class:`~kronika.model.Rejected` naming it and saying why, and
the rest of the batch goes on.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path

from kronika.documents.build import Defaults
from kronika.documents.feeds import read_feed
from kronika.documents.html import read_html
from kronika.documents.jsonl import read_jsonl
from kronika.documents.langid import normalise_language
from kronika.documents.sources import DOCUMENT_SUFFIXES, Source, file_source, kind_suffix, sniff, stdin_source
from kronika.documents.text import read_text
from kronika.documents.warc import read_warc
from kronika.errors import UsageError
from kronika.model import Document, Rejected

Reader = Callable[[Source, Defaults], Iterator[Document | Rejected]]

READERS: dict[str, Reader] = {
    "text": read_text,
    "html": read_html,
    "jsonl": read_jsonl,
    "feed": read_feed,
    "warc": read_warc,
}


def _walk(folder: Path) -> list[Path]:
    """Document files under ``folder``, recursively, in a stable (sorted) order.

    Hidden files and folders are skipped, and so are files whose suffix is not one of a
    document (a README.md or a picture next to the articles is not news).
    """
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            if kind_suffix(name) in DOCUMENT_SUFFIXES or Path(name).suffix.lower() in DOCUMENT_SUFFIXES:
                found.append(Path(root) / name)
    return sorted(found, key=lambda p: p.relative_to(folder).parts)


def read_source(src: Source, defaults: Defaults) -> Iterator[Document | Rejected]:
    """Every document of one source, by the reader its content (and name) calls for."""
    kind = sniff(src)
    try:
        yield from READERS[kind](src, defaults)
    except Exception as e:  # noqa: BLE001 - a reader's bug must not end the batch
        yield Rejected(src.name, f"cannot read as {kind}: {type(e).__name__}: {' '.join(str(e).split())[:160]}")


def _sources(path: str) -> Iterator[Source | Rejected]:
    if path == "-":
        try:
            yield stdin_source()
        except (OSError, ValueError, AttributeError) as e:  # closed, detached or absent stdin
            yield Rejected("<stdin>", f"cannot read standard input: {getattr(e, 'strerror', None) or e}")
        return
    p = Path(path)
    try:
        if p.is_dir():
            files = _walk(p)
            if not files:
                yield Rejected(path, "folder holds no document files (.txt, .html, .jsonl, .rss, .warc, ...)")
            for f in files:
                try:
                    yield file_source(f)
                except OSError as e:
                    yield Rejected(str(f), f"cannot read: {e.strerror or e}")
            return
        if not p.exists():
            if path.startswith(("http://", "https://")):
                yield Rejected(path, "URLs are not fetched (Kronika works offline): save the page or feed to a file first")
            else:
                yield Rejected(path, "no such file or folder")
            return
        yield file_source(p)
    except OSError as e:
        yield Rejected(path, f"cannot read: {e.strerror or e}")


def read_paths(
    paths: Iterable[str],
    *,
    published: date | None = None,
    lang: str | None = None,
    url: str | None = None,
) -> Iterator[Document | Rejected]:
    """Documents from files, folders (recursive, sorted) and "-" (standard input).

    The reader is chosen by content as much as by file name. ``published`` and ``url``
    fill in where a document carries none; ``lang`` ("en", "uk", "ru", ...) overrides
    what a source declares and what detection finds; ``None`` or ``"auto"`` detects.
    Bad input yields :class:`Rejected` and the batch goes on; only a ``lang`` that is
    not a language code raises :class:`UsageError` (before anything is read).
    """
    language = normalise_language(lang)
    if language is not None and not (language.isalpha() and 2 <= len(language) <= 3):
        raise UsageError(f"--lang {lang}: not a language code (use auto, en, uk or ru)")
    defaults = Defaults(published=published, url=url, language=language)
    return _read(list(paths), defaults)


def _read(paths: list[str], defaults: Defaults) -> Iterator[Document | Rejected]:
    for path in paths:
        for src in _sources(path):
            if isinstance(src, Rejected):
                yield src
            else:
                yield from read_source(src, defaults)
