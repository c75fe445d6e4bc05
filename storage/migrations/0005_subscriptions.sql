-- Topic subscriptions and the delivery outbox.

-- How and when a chat wants its updates. digest_at: 'HH:MM' local time of a
-- daily digest (NULL: instant updates); quiet_from/quiet_to: 'HH:MM' local
-- times between which instant updates wait; time_zone: an IANA name.
-- active = 0 once Telegram says the bot is blocked or removed there.
ALTER TABLE chats ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
ALTER TABLE chats ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';
ALTER TABLE chats ADD COLUMN digest_at TEXT;
ALTER TABLE chats ADD COLUMN quiet_from TEXT;
ALTER TABLE chats ADD COLUMN quiet_to TEXT;

-- A chat's topic: as typed (topic) and in normal form (topic_key, unique per
-- chat). story_id is set for "Follow topic" on an article: that story's new
-- articles match. Only articles with an id above after_article are matched,
-- so a new subscription does not replay the archive.
CREATE TABLE subscriptions (
    id             INTEGER PRIMARY KEY,
    chat_id        INTEGER NOT NULL REFERENCES chats (chat_id)
                       ON DELETE CASCADE ON UPDATE CASCADE,
    topic          TEXT NOT NULL,
    topic_key      TEXT NOT NULL,
    story_id       INTEGER,
    after_article  INTEGER NOT NULL,
    created_at     TEXT NOT NULL,
    UNIQUE (chat_id, topic_key)
);
CREATE INDEX subscriptions_by_story ON subscriptions (story_id) WHERE story_id IS NOT NULL;

-- The outbox: one row per (chat, article), so an article matching several of
-- a chat's topics is sent once. status: pending -> sent | failed | dropped.
-- due_at: not before (quiet hours, digests, retries); lease_until: claimed by
-- a sender until then (a crashed sender's rows come back when it passes).
CREATE TABLE deliveries (
    id           INTEGER PRIMARY KEY,
    chat_id      INTEGER NOT NULL REFERENCES chats (chat_id)
                     ON DELETE CASCADE ON UPDATE CASCADE,
    article_id   INTEGER NOT NULL,
    topics       TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'pending',
    attempts     INTEGER NOT NULL DEFAULT 0,
    due_at       TEXT NOT NULL,
    lease_until  TEXT,
    last_error   TEXT,
    created_at   TEXT NOT NULL,
    sent_at      TEXT,
    UNIQUE (chat_id, article_id)
);
CREATE INDEX deliveries_due ON deliveries (status, due_at);
