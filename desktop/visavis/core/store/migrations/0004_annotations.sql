-- Highlights and notes.  French targets: offsets into Document.plain (sentence_id NULL);
-- English targets: offsets into the English of sentence_id.  exact/prefix/suffix is the
-- W3C TextQuoteSelector used to re-anchor after the text changes; orphans are kept.
CREATE TABLE annotations (
    id TEXT PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    side TEXT NOT NULL CHECK (side IN ('fr', 'en')),
    colour TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    sentence_id TEXT,
    start_offset INTEGER NOT NULL,
    end_offset INTEGER NOT NULL,
    exact TEXT NOT NULL,
    prefix TEXT NOT NULL DEFAULT '',
    suffix TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'anchored' CHECK (status IN ('anchored', 'fuzzy', 'orphan')),
    reading_pos INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((side = 'en') = (sentence_id IS NOT NULL))
);
CREATE INDEX annotations_article_order ON annotations(article_id, reading_pos, start_offset);
