-- Documents: the clean text of every article read, keyed by the content id of that
-- text (kronika.model.content_id), so the same article is never stored twice.
CREATE TABLE documents (
    id          TEXT PRIMARY KEY,             -- content_id of the clean text
    title       TEXT NOT NULL DEFAULT '',
    url         TEXT,
    published   TEXT,                          -- ISO date YYYY-MM-DD, or NULL
    language    TEXT NOT NULL DEFAULT 'und',   -- en, uk, ru, another code, or und
    text        TEXT NOT NULL,                 -- clean text: title, blank line, paragraphs
    source      TEXT NOT NULL DEFAULT '',      -- file (line, record, entry) it came from
    source_id   TEXT,                          -- the id the source gave, if any
    chars       INTEGER NOT NULL,              -- length of text in characters
    ingested_at TEXT NOT NULL                  -- UTC, ISO 8601 with seconds
);

CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_language ON documents (language);
CREATE INDEX documents_url ON documents (url);
