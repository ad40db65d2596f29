-- Word knowledge (issue 14): what the reader knows, how it changed, what was read, and the
-- per-article word figures of the library list.
--
-- Reader data (backed up and merged): word_status, word_status_history, reading_sessions.
-- Derived data (rebuilt from the articles, skipped by backup merges): article_lemmas,
-- article_word_index.

-- The status of a term: ``lemma`` is the lemma key (multi-word terms: their lemma sequence,
-- « jeune pousse »); ``form`` is '' for the term itself or a word form (norm_key) the reader
-- gave its own status, which then wins over the lemma's.  Status 0-6: see
-- visavis.core.knowledge.statuses.TermStatus.  A row with status 0 is an explicit "unknown"
-- (e.g. a proper noun the reader does not want ignored); no row means "automatic".
CREATE TABLE word_status (
    lemma TEXT NOT NULL CHECK (length(lemma) > 0),
    form TEXT NOT NULL DEFAULT '',
    status INTEGER NOT NULL CHECK (status BETWEEN 0 AND 6),
    updated_at TEXT NOT NULL,
    PRIMARY KEY (lemma, form)
) WITHOUT ROWID;

-- Every status change, for statistics (known words over time) and undo.
-- new_status NULL: back to automatic; old_status NULL: had no status before.
CREATE TABLE word_status_history (
    id INTEGER PRIMARY KEY,
    lemma TEXT NOT NULL,
    form TEXT NOT NULL DEFAULT '',
    old_status INTEGER,
    new_status INTEGER,
    changed_at TEXT NOT NULL,
    UNIQUE (lemma, form, changed_at)
);
CREATE INDEX word_status_history_changed_at ON word_status_history(changed_at);

-- Reading time and words read (statistics: words read per day, streak).
CREATE TABLE reading_sessions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    started_at TEXT NOT NULL,
    ended_at TEXT NOT NULL,
    words INTEGER NOT NULL DEFAULT 0 CHECK (words >= 0),
    seconds INTEGER NOT NULL DEFAULT 0 CHECK (seconds >= 0),
    UNIQUE (article_id, started_at)
);
CREATE INDEX reading_sessions_started_at ON reading_sessions(started_at);

-- The lemma keys met in the articles, numbered, with their token count over the library.
CREATE TABLE article_lemmas (
    id INTEGER PRIMARY KEY,
    lemma TEXT NOT NULL UNIQUE,
    count INTEGER NOT NULL DEFAULT 0
);

-- Each article's words, counted once from one text by one tokenizer version: one row an
-- article, its lemmas as packed arrays (little-endian int32 ``lemma_ids`` ascending, int32
-- ``counts``, uint8 ``ignored`` = every occurrence ignored automatically: name, URL, foreign).
-- One row per article keeps the library's integrity check at open cheap (a row per
-- article-lemma pair was 5.4 M b-tree cells for 10,000 articles, +290 ms at every open);
-- per-article figures are computed from these arrays and the statuses (figures.py).
CREATE TABLE article_word_index (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    source_hash TEXT NOT NULL,
    tokenizer INTEGER NOT NULL,
    tokens INTEGER NOT NULL,
    indexed_at TEXT NOT NULL,  -- small columns first: reading them never touches the arrays
    lemma_ids BLOB NOT NULL,
    counts BLOB NOT NULL,
    ignored BLOB NOT NULL
);
