-- The search index's terms (stems) and how many articles hold each: what a
-- misspelt word is checked against ("Brusels" -> "brussel", in 1,397 articles).
-- A view over article_search's own data, nothing stored.
CREATE VIRTUAL TABLE article_search_vocab USING fts5vocab(article_search, 'row');
