-- Articles an editor removed (a retraction, a takedown). Ingest and feeds
-- skip an article with the same canonical URL or the same text when it comes
-- again, and new articles never take a removed one's id (old links, buttons
-- and queued updates name articles by id).
CREATE TABLE removed_articles (
    id            INTEGER PRIMARY KEY,
    url           TEXT,
    content_hash  TEXT NOT NULL,
    title         TEXT NOT NULL,
    reason        TEXT,
    removed_at    TEXT NOT NULL
);
CREATE INDEX removed_articles_by_url ON removed_articles (url) WHERE url IS NOT NULL;
CREATE INDEX removed_articles_by_hash ON removed_articles (content_hash);
