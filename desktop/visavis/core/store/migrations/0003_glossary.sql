-- The reader's glossary: French terms (single words or multi-word) with the reader's
-- preferred English and note.  lemma_key is the lemma sequence of the term (unique), so
-- « jeunes pousses » and « jeune pousse » are one entry.  The first article the term was
-- noted in (and its sentence) give the context shown on flash cards.
CREATE TABLE glossary_entries (
    id INTEGER PRIMARY KEY,
    term TEXT NOT NULL CHECK (length(trim(term)) > 0),
    lemma_key TEXT NOT NULL UNIQUE,
    english TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    context TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX glossary_entries_term ON glossary_entries(term COLLATE NOCASE);
