-- Same-story groups. signature: the article's telling stems (see
-- bot.news.related), kept so the story index loads without re-reading texts;
-- story_id: the id of the story's first article (NULL until assigned).
ALTER TABLE articles ADD COLUMN signature TEXT;
ALTER TABLE articles ADD COLUMN story_id INTEGER;
CREATE INDEX articles_by_story ON articles (story_id);
