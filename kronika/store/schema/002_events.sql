-- Event mentions and the merged events they report.
--
-- event_mentions: one row per coded event record (one event in one sentence of one
-- document): the full record as JSON plus the columns queries and merging need.
-- merged_events: one row per real-world event, the mentions merged by
-- kronika.merge.rule; event_mentions.event_pk links each mention to its event.
-- merged_entities: the actors and recipients of every merged event (all its
-- mentions' canonical names), indexed so `kronika events --actor X` stays fast on a
-- million events. entity_names: the distinct names, scanned for substring matches.

CREATE TABLE merged_events (
    pk                  INTEGER PRIMARY KEY,
    id                  TEXT NOT NULL,            -- the first report's event record id
    block_key           TEXT NOT NULL,            -- kronika.merge.rule.block_key
    event_type          TEXT NOT NULL,
    mode                TEXT,
    factuality          TEXT NOT NULL,
    sanction_action     TEXT,
    reciprocal          INTEGER NOT NULL DEFAULT 0,
    actor_countries     TEXT NOT NULL DEFAULT '', -- of the first report, sorted, '|'-joined
    recipient_countries TEXT NOT NULL DEFAULT '',
    date_start          TEXT,                     -- consolidated: the tightest member date
    date_end            TEXT,
    precision           TEXT,
    date_text           TEXT,
    strong_start        TEXT,                     -- intersection of the text-given dates, or NULL
    strong_end          TEXT,
    pub_min             TEXT,                     -- earliest / latest publication of a mention
    pub_max             TEXT,
    env_lo              TEXT NOT NULL,            -- date envelope a new mention must touch
    env_hi              TEXT NOT NULL,
    first_mid           INTEGER NOT NULL,         -- event_mentions.mid of the first report
    n_mentions          INTEGER NOT NULL,
    n_documents         INTEGER NOT NULL,
    n_languages         INTEGER NOT NULL,
    languages           TEXT NOT NULL DEFAULT ''  -- '|'-joined language codes
);

CREATE INDEX merged_events_block ON merged_events (block_key, env_lo);
CREATE INDEX merged_events_date ON merged_events (date_start);
CREATE INDEX merged_events_date_end ON merged_events (date_end);
CREATE INDEX merged_events_type ON merged_events (event_type, date_start);
CREATE INDEX merged_events_sanction ON merged_events (sanction_action) WHERE sanction_action IS NOT NULL;

CREATE TABLE event_mentions (
    mid                 INTEGER PRIMARY KEY,
    id                  TEXT NOT NULL,            -- the event record id
    document_id         TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    sentence_index      INTEGER NOT NULL,
    event_type          TEXT NOT NULL,
    mode                TEXT,
    factuality          TEXT NOT NULL,
    sanction_action     TEXT,
    reciprocal          INTEGER NOT NULL DEFAULT 0,
    actor_countries     TEXT NOT NULL DEFAULT '',
    actor_keys          TEXT NOT NULL DEFAULT '', -- canonical keys (id, name@country), '|'-joined
    actor_cs            TEXT NOT NULL DEFAULT '', -- country/sector pairs, '|'-joined; '*': an entity without id
    actor_names         TEXT NOT NULL DEFAULT '', -- canonical names as written in the dictionary
    recipient_countries TEXT NOT NULL DEFAULT '',
    recipient_keys      TEXT NOT NULL DEFAULT '',
    recipient_cs        TEXT NOT NULL DEFAULT '',
    recipient_names     TEXT NOT NULL DEFAULT '',
    date_start          TEXT,
    date_end            TEXT,
    precision           TEXT,
    date_text           TEXT,
    published           TEXT,
    language            TEXT NOT NULL,
    attribution         TEXT,
    size                TEXT,                     -- JSON of the record's size, or NULL
    block_key           TEXT NOT NULL,
    event_pk            INTEGER,                  -- merged_events.pk; NULL: pending, not yet merged
    record              TEXT NOT NULL             -- the full event record as JSON
);

CREATE INDEX event_mentions_document ON event_mentions (document_id);
CREATE INDEX event_mentions_event ON event_mentions (event_pk);
CREATE INDEX event_mentions_type ON event_mentions (event_type, date_start);
CREATE INDEX event_mentions_unmerged ON event_mentions (mid) WHERE event_pk IS NULL;

CREATE TABLE merged_entities (
    event_pk            INTEGER NOT NULL,         -- merged_events.pk
    role                TEXT NOT NULL,            -- 'a' actor, 'r' recipient
    country             TEXT NOT NULL,            -- '' where unknown
    name_key            TEXT NOT NULL             -- casefolded canonical name
);

CREATE INDEX merged_entities_country ON merged_entities (role, country, event_pk);
CREATE INDEX merged_entities_name ON merged_entities (role, name_key, event_pk);
CREATE INDEX merged_entities_event ON merged_entities (event_pk);

CREATE TABLE entity_names (
    name_key            TEXT PRIMARY KEY
) WITHOUT ROWID;
