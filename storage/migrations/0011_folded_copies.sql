-- An update whose article is a near-copy of one the chat already has (the same
-- report from another source) is not sent: its row is kept as status 'folded',
-- with the article it copies, so that a second copy is folded too and `stats`
-- can count them. Finding the chats that had an article needs an index by article.
ALTER TABLE deliveries ADD COLUMN copy_of INTEGER;
CREATE INDEX deliveries_by_article ON deliveries (article_id);
