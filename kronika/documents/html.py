"""HTML files, pages and fragments: one page, one document.

Whole pages go through trafilatura's ``bare_extraction`` in fast mode: measured at about
2 ms per 60 KB page with semantic markup and 8 ms for div soup, it keeps the article
text and drops menus, bylines and comments, and it returns title, date and canonical
URL too. When it finds nothing (very short pages, unusual markup), a plain block-level
walk of the body is the fallback, so a small page is still read.

Fragments (the HTML inside a feed entry or a JSONL ``html`` field that is not a whole
page) are turned into text by :func:`fragment_to_text`: trafilatura's heuristics are
made to find the article inside a page and discard short fragments, while a fragment
*is* the article and needs only its block structure kept.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from kronika.documents.build import Defaults, Draft, finish, parse_date
from kronika.documents.encoding import DecodeError, decode, declared_html_charset
from kronika.documents.sources import MAX_DOCUMENT_BYTES, Source, TooLarge
from kronika.model import Document, Rejected

#: Elements whose text is never article text.
_DROP = ("script", "style", "noscript", "template", "svg", "nav", "header", "footer", "aside", "form",
         "button", "figcaption", "iframe", "select")
_BLOCKS = frozenset({
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
    "blockquote", "pre", "table", "tr", "dd", "dt", "dl", "figure", "address", "hr", "br", "td", "th",
})
_PAGE = re.compile(r"<(html|body|head)\b", re.IGNORECASE)


_WS = re.compile(r"\s+")


def _block_text(root) -> str:  # type: ignore[no-untyped-def]
    """Text of an lxml tree: a blank line around every block element, a line break for <br>.

    White space inside text is collapsed as a browser would; only the markup makes
    lines. Iterative (``iterwalk``), so deeply nested div soup cannot exhaust the stack.
    """
    from lxml import etree

    parts: list[str] = []
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""  # comments and PIs have no str tag
        if event == "start":
            if not tag or tag in _DROP:
                walker.skip_subtree()
                continue
            if tag == "br":
                parts.append("\n")
            elif tag in _BLOCKS:
                parts.append("\n\n")
            if el.text:
                parts.append(_WS.sub(" ", el.text))
        else:
            if tag in _BLOCKS and tag != "br":
                parts.append("\n\n")
            if el.tail and el is not root:
                parts.append(_WS.sub(" ", el.tail))
    return "".join(parts)


def _parse(html: str):  # type: ignore[no-untyped-def]
    import lxml.html

    try:
        return lxml.html.document_fromstring(html)
    except (ValueError, TypeError, lxml.etree.ParserError):  # empty or undecodable document
        return None


def fragment_to_text(html: str) -> str:
    """An HTML fragment as text, blocks separated by blank lines; captions and scripts dropped."""
    if "<" not in html:
        return html
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, TypeError, lxml.etree.ParserError):
        return ""
    return _block_text(root)


def _fallback(html: str) -> tuple[str | None, str]:
    """Title and body text of a page without trafilatura's help."""
    root = _parse(html)
    if root is None:
        return None, ""
    title_el = root.find(".//title")
    title = title_el.text_content().strip() if title_el is not None else None
    h1 = root.find(".//h1")
    if h1 is not None and h1.text_content().strip():
        title = h1.text_content().strip()
    body = root.find(".//body")
    return title or None, _block_text(body) if body is not None else ""


def _strip_site_name(title: str, site: str | None) -> str:
    """ "Headline | Site" -> "Headline" when the tail is the site's name."""
    if not site:
        return title
    for sep in (" | ", " - ", " — ", " – ", " :: "):
        head, _, tail = title.rpartition(sep)
        if head and tail.strip().lower() in (site.lower(), site.lower().removeprefix("www.")):
            return head.strip()
    return title


def html_draft(html: str, source: str, *, url: str | None = None, published: date | None = None) -> Draft | None:
    """A draft from a page or fragment; None when there is no article text in it.

    ``url`` is what the container knows (a WARC record's target, a JSONL line's url) and
    wins over the page's canonical link; ``published`` (a crawl date) is used only where
    the page carries no date of its own.
    """
    if not _PAGE.search(html[:65536]):
        text = fragment_to_text(html)
        return Draft(text, source, url=url, published=published) if text.strip() else None

    import trafilatura

    title: str | None = None
    page_url: str | None = None
    page_date: date | None = None
    text = ""
    try:
        result = trafilatura.bare_extraction(
            html, url=url, fast=True, with_metadata=True, include_comments=False, include_images=False,
        )
    except Exception:  # noqa: BLE001 - trafilatura raises assorted errors on broken markup
        result = None
    if result is not None:
        text = result.text or ""
        title = result.title
        page_url = result.url
        try:
            page_date = parse_date(result.date)
        except ValueError:
            page_date = None
        if title:
            title = _strip_site_name(title, result.sitename)
    from_extractor = bool(text.strip())
    if not from_extractor:
        fb_title, text = _fallback(html)
        title = title or fb_title
    if not text.strip():
        return None
    return Draft(
        text, source, title=title, url=url or page_url, published=page_date or published,
        # trafilatura gives one paragraph a line; the fallback marks paragraphs by blank lines
        lines_are_paragraphs=from_extractor,
    )


def read_html(src: Source, defaults: Defaults) -> Iterator[Document | Rejected]:
    """An HTML file: its encoding from the bytes (a ``<meta charset>`` is a hint), its article."""
    try:
        data = src.read_all(MAX_DOCUMENT_BYTES)
        html = decode(data, declared=declared_html_charset(data)).text
    except (TooLarge, DecodeError) as e:
        yield Rejected(src.name, str(e))
        return
    draft = html_draft(html, src.name)
    if draft is None:
        yield Rejected(src.name, "no article text in the HTML (empty or truncated page?)")
        return
    yield finish(draft, defaults)
