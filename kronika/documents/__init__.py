"""Stage 1, documents in: files, folders, feeds, archives and standard input to clean documents.

``read_paths`` is the entry point (the pipeline calls it); one module per kind of source
(``text``, ``html``, ``jsonl``, ``feeds``, ``warc``), with ``encoding`` (bytes to text),
``cleaning`` (navigation, captions, title, paragraphs), ``langid`` (language from the
text) and ``build`` (what is common to every reader: the document and its id).
"""

from kronika.documents.langid import detect_language
from kronika.documents.reader import read_paths

__all__ = ["detect_language", "read_paths"]
