-- The language of whoever last set up a chat's updates (a topic, a story, a
-- briefing): what its updates are written in when the chat chose none with
-- /lang. Updates go out with no user to ask, and a Russian reader's
-- "Navalny" updates came headed in English.
ALTER TABLE chats ADD COLUMN updates_language TEXT;
