-- Sections: each article's category and each of its tags (as stored), with
-- its date, so that "/latest sport" walks one section's newest articles
-- through an index instead of reading every article's JSON tags. Triggers
-- keep it: however an article is stored, changed or removed, its sections
-- follow it. An article whose category is also a tag has it once, as its category.
CREATE TABLE article_sections (
    section      TEXT NOT NULL,
    published_at TEXT NOT NULL,
    article_id   INTEGER NOT NULL,
    is_category  INTEGER NOT NULL,  -- 1: the article's category; 0: one of its tags
    PRIMARY KEY (section, published_at, article_id)
) WITHOUT ROWID;

CREATE INDEX article_sections_by_article ON article_sections (article_id);

INSERT OR IGNORE INTO article_sections (section, published_at, article_id, is_category)
    SELECT category, published_at, id, 1 FROM articles WHERE trim(coalesce(category, '')) != '';

INSERT OR IGNORE INTO article_sections (section, published_at, article_id, is_category)
    SELECT tag.value, articles.published_at, articles.id, 0
    FROM articles, json_each(articles.tags) AS tag
    WHERE tag.type = 'text' AND trim(tag.value) != '';

CREATE TRIGGER article_sections_added AFTER INSERT ON articles BEGIN
    INSERT OR IGNORE INTO article_sections (section, published_at, article_id, is_category)
        SELECT NEW.category, NEW.published_at, NEW.id, 1 WHERE trim(coalesce(NEW.category, '')) != '';
    INSERT OR IGNORE INTO article_sections (section, published_at, article_id, is_category)
        SELECT value, NEW.published_at, NEW.id, 0 FROM json_each(NEW.tags)
        WHERE type = 'text' AND trim(value) != '';
END;

CREATE TRIGGER article_sections_changed AFTER UPDATE OF category, tags, published_at ON articles
BEGIN
    DELETE FROM article_sections WHERE article_id = OLD.id;
    INSERT OR IGNORE INTO article_sections (section, published_at, article_id, is_category)
        SELECT NEW.category, NEW.published_at, NEW.id, 1 WHERE trim(coalesce(NEW.category, '')) != '';
    INSERT OR IGNORE INTO article_sections (section, published_at, article_id, is_category)
        SELECT value, NEW.published_at, NEW.id, 0 FROM json_each(NEW.tags)
        WHERE type = 'text' AND trim(value) != '';
END;

CREATE TRIGGER article_sections_removed AFTER DELETE ON articles BEGIN
    DELETE FROM article_sections WHERE article_id = OLD.id;
END;
