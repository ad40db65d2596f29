-- Reading progress is the furthest point the reader has seen, not the last scroll position
-- (reading to the end and scrolling back up used to show 13-18 %).  Existing articles start
-- from their last position.
ALTER TABLE articles ADD COLUMN read_fraction REAL NOT NULL DEFAULT 0;
UPDATE articles SET read_fraction = scroll_fraction;
DROP INDEX IF EXISTS articles_listing;
CREATE INDEX articles_listing ON articles(
    deleted_at, created_at, id, title, origin, opened_at, updated_at, scroll_fraction, read_fraction
);
