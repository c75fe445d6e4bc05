-- RSS/Atom feeds the bot polls, and the items already taken from each.
-- etag/last_modified: the validators for a conditional GET; failures: in a
-- row, for the backoff; next_poll_at: UTC ISO, when the feed is due again.
CREATE TABLE feeds (
    id                INTEGER PRIMARY KEY,
    url               TEXT NOT NULL UNIQUE,
    title             TEXT,
    interval_seconds  INTEGER NOT NULL,
    etag              TEXT,
    last_modified     TEXT,
    next_poll_at      TEXT NOT NULL,
    last_polled_at    TEXT,
    last_status       TEXT,
    last_error        TEXT,
    failures          INTEGER NOT NULL DEFAULT 0,
    added_by          INTEGER,
    created_at        TEXT NOT NULL
);

CREATE TABLE feed_items (
    feed_id  INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
    guid     TEXT NOT NULL,
    seen_at  TEXT NOT NULL,
    PRIMARY KEY (feed_id, guid)
);
