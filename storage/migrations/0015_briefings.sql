-- A chat's daily briefing: the most reported stories of the day, sent at a
-- local time the chat chose (briefing_at, 'HH:MM' in its time_zone).
-- briefing_due is when the next one goes out (UTC); NULL when there is none.
ALTER TABLE chats ADD COLUMN briefing_at TEXT;
ALTER TABLE chats ADD COLUMN briefing_due TEXT;
CREATE INDEX chats_by_briefing_due ON chats (briefing_due) WHERE briefing_due IS NOT NULL;
