-- The search index merges its segments eight at a time rather than four: a
-- bulk ingest rewrites each posting list about one time fewer (a seventh less
-- of its write work); searches read a few more segments until the next
-- 'optimize', which ingests from the command line run anyway.
INSERT INTO article_search (article_search, rank) VALUES ('automerge', 8);
