-- Small key/value facts about the database itself, such as which version of
-- the text analysis built the search index (a change triggers a re-index).
CREATE TABLE meta (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);
