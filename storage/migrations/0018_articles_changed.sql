-- How many times an article's source, date, category or tags changed (an
-- article updated from its page, a feed's new version): the caches of
-- sources and sections (bot.newsroom) count again when it moves, as when an
-- article is added or removed. One row of meta, kept by a trigger, so an
-- update by any process moves it.
INSERT INTO meta (key, value) VALUES ('articles_changed', '0');

CREATE TRIGGER articles_changed AFTER UPDATE OF source, published_at, category, tags ON articles
BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'articles_changed';
END;
