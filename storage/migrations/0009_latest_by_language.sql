-- /latest ru: the newest articles of one language, read from an index rather
-- than by walking every newer article of the others (a few Russian reports
-- among 100,000 English ones would mean reading all of them).
CREATE INDEX articles_by_language ON articles (language, published_at DESC, id DESC);
