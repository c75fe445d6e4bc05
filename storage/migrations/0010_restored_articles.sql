-- An editor may take a removal back (`newsroom-bot remove --undo`): the article
-- may then be stored again, under a new id, as the removed one's stays reserved.
ALTER TABLE removed_articles ADD COLUMN restored_at TEXT;
