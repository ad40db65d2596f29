-- Spaced repetition of the reader's terms (issue 15): one FSRS card per term and the log of
-- every review.  term_key is the lemma key shared with word statuses and the glossary
-- (« recruter », « jeune pousse »), so a backup merges a card onto the same term.
CREATE TABLE review_cards (
    id INTEGER PRIMARY KEY,
    term_key TEXT NOT NULL UNIQUE CHECK (length(trim(term_key)) > 0),
    term TEXT NOT NULL,                      -- the form shown (first met, or the glossary term)
    fsrs_state INTEGER NOT NULL DEFAULT 1 CHECK (fsrs_state IN (1, 2, 3)),  -- fsrs.State
    step INTEGER,
    stability REAL,
    difficulty REAL,
    due TEXT NOT NULL,                       -- UTC ISO 8601
    last_review TEXT,
    reps INTEGER NOT NULL DEFAULT 0,
    lapses INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX review_cards_due ON review_cards(due);

-- One row per grade given.  The sentence shown is kept (article and sentence id, or the
-- French text for a glossary context) so the history says what was reviewed.
CREATE TABLE review_log (
    id INTEGER PRIMARY KEY,
    card_id INTEGER NOT NULL REFERENCES review_cards(id) ON DELETE CASCADE,
    rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 4),  -- fsrs.Rating: Again..Easy
    reviewed_at TEXT NOT NULL,
    duration_ms INTEGER,
    scheduled_days REAL NOT NULL,            -- interval until the next due date
    status_before INTEGER,                   -- word status (knowledge.TermStatus) or NULL
    status_after INTEGER,
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    sentence_id TEXT,
    french TEXT NOT NULL DEFAULT ''
);
CREATE INDEX review_log_card ON review_log(card_id, reviewed_at);
CREATE INDEX review_log_time ON review_log(reviewed_at);
