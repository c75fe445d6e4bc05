-- Articles and their full-text index.
CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    external_id   TEXT,                 -- the record's own id in the input, if it had one
    url           TEXT UNIQUE,          -- canonical URL; NULL when the article has none
    title         TEXT NOT NULL,
    text          TEXT NOT NULL,
    source        TEXT,
    author        TEXT,
    published_at  TEXT NOT NULL,        -- UTC, 'YYYY-MM-DDTHH:MM:SSZ'
    language      TEXT NOT NULL,
    category      TEXT,
    tags          TEXT NOT NULL DEFAULT '[]',  -- JSON list of strings
    content_hash  TEXT NOT NULL UNIQUE, -- hash of the normalised text
    ingested_at   TEXT NOT NULL,
    updated_at    TEXT
);

CREATE INDEX articles_by_published ON articles (published_at DESC, id DESC);
CREATE INDEX articles_by_external_id ON articles (external_id);

-- Stemmed terms of each article (rowid = articles.id). The stems are made in
-- Python, so English and Russian are stemmed the same way here and in queries.
CREATE VIRTUAL TABLE article_search USING fts5 (
    title,
    body,
    tokenize = 'unicode61 remove_diacritics 2'
);
