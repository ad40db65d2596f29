-- The library list reads only these columns: a covering index keeps it from walking each
-- article's (large) source text, and lets search skip trashed articles cheaply.
CREATE INDEX articles_listing ON articles(
    deleted_at, created_at, id, title, origin, opened_at, updated_at, scroll_fraction
);
DROP INDEX IF EXISTS articles_created_at;
