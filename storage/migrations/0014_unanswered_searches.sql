-- What readers searched for and found nothing on: a newsroom's list of
-- stories it has not covered. Only the words and the day are kept (no user,
-- no chat), a row a day for each wording, and only for searches that found
-- no article with every word; rows older than UNANSWERED_SEARCHES_DAYS go.
CREATE TABLE unanswered_searches (
    day TEXT NOT NULL,        -- YYYY-MM-DD, UTC
    words TEXT NOT NULL,      -- as typed, case folded, spaces collapsed, at most 100 characters
    times INTEGER NOT NULL,
    PRIMARY KEY (day, words)
) WITHOUT ROWID;
