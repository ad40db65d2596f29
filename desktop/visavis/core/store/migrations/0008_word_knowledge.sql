-- Word knowledge (issue 14): what the reader knows, how it changed, what was read, and the
-- per-article word figures of the library list.
--
-- Reader data (backed up and merged): word_status, word_status_history, reading_sessions.
-- Derived data (rebuilt from the articles, skipped by backup merges): article_word_index,
-- article_lemmas, article_status_counts.

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

-- Which articles have their words counted, from which text and by which tokenizer version.
CREATE TABLE article_word_index (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    source_hash TEXT NOT NULL,
    tokenizer INTEGER NOT NULL,
    tokens INTEGER NOT NULL,
    indexed_at TEXT NOT NULL
);

-- Lemmas of each article with their token count.  auto_ignored = 1 when every occurrence is
-- ignored automatically (proper noun, URL, non-French block).
CREATE TABLE article_lemmas (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    lemma TEXT NOT NULL,
    count INTEGER NOT NULL,
    auto_ignored INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (article_id, lemma)
) WITHOUT ROWID;
CREATE INDEX article_lemmas_by_lemma ON article_lemmas(lemma, article_id, count, auto_ignored);

-- Tokens and distinct lemmas of each article per effective status, kept current by the
-- triggers below (so the library list reads ~7 small rows per article, whatever changes).
CREATE TABLE article_status_counts (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    status INTEGER NOT NULL,
    tokens INTEGER NOT NULL,
    lemmas INTEGER NOT NULL,
    PRIMARY KEY (article_id, status)
) WITHOUT ROWID;

CREATE TRIGGER article_lemmas_counted AFTER INSERT ON article_lemmas BEGIN
    INSERT INTO article_status_counts(article_id, status, tokens, lemmas)
    SELECT NEW.article_id,
           coalesce((SELECT status FROM word_status WHERE lemma = NEW.lemma AND form = ''),
                    CASE WHEN NEW.auto_ignored THEN 6 ELSE 0 END),
           NEW.count, 1
    WHERE true
    ON CONFLICT(article_id, status) DO UPDATE
        SET tokens = tokens + excluded.tokens, lemmas = lemmas + excluded.lemmas;
END;

CREATE TRIGGER article_lemmas_uncounted AFTER DELETE ON article_lemmas BEGIN
    UPDATE article_status_counts SET tokens = tokens - OLD.count, lemmas = lemmas - 1
    WHERE article_id = OLD.article_id
      AND status = coalesce((SELECT status FROM word_status WHERE lemma = OLD.lemma AND form = ''),
                            CASE WHEN OLD.auto_ignored THEN 6 ELSE 0 END);
END;

CREATE TRIGGER word_status_added AFTER INSERT ON word_status WHEN NEW.form = '' BEGIN
    INSERT INTO article_status_counts(article_id, status, tokens, lemmas)
    SELECT al.article_id, CASE WHEN al.auto_ignored THEN 6 ELSE 0 END, -al.count, -1
    FROM article_lemmas al WHERE al.lemma = NEW.lemma
    ON CONFLICT(article_id, status) DO UPDATE
        SET tokens = tokens + excluded.tokens, lemmas = lemmas + excluded.lemmas;
    INSERT INTO article_status_counts(article_id, status, tokens, lemmas)
    SELECT al.article_id, NEW.status, al.count, 1
    FROM article_lemmas al WHERE al.lemma = NEW.lemma
    ON CONFLICT(article_id, status) DO UPDATE
        SET tokens = tokens + excluded.tokens, lemmas = lemmas + excluded.lemmas;
END;

CREATE TRIGGER word_status_changed AFTER UPDATE OF status ON word_status
WHEN NEW.form = '' AND OLD.status <> NEW.status BEGIN
    INSERT INTO article_status_counts(article_id, status, tokens, lemmas)
    SELECT al.article_id, OLD.status, -al.count, -1
    FROM article_lemmas al WHERE al.lemma = NEW.lemma
    ON CONFLICT(article_id, status) DO UPDATE
        SET tokens = tokens + excluded.tokens, lemmas = lemmas + excluded.lemmas;
    INSERT INTO article_status_counts(article_id, status, tokens, lemmas)
    SELECT al.article_id, NEW.status, al.count, 1
    FROM article_lemmas al WHERE al.lemma = NEW.lemma
    ON CONFLICT(article_id, status) DO UPDATE
        SET tokens = tokens + excluded.tokens, lemmas = lemmas + excluded.lemmas;
END;

CREATE TRIGGER word_status_removed AFTER DELETE ON word_status WHEN OLD.form = '' BEGIN
    INSERT INTO article_status_counts(article_id, status, tokens, lemmas)
    SELECT al.article_id, OLD.status, -al.count, -1
    FROM article_lemmas al WHERE al.lemma = OLD.lemma
    ON CONFLICT(article_id, status) DO UPDATE
        SET tokens = tokens + excluded.tokens, lemmas = lemmas + excluded.lemmas;
    INSERT INTO article_status_counts(article_id, status, tokens, lemmas)
    SELECT al.article_id, CASE WHEN al.auto_ignored THEN 6 ELSE 0 END, al.count, 1
    FROM article_lemmas al WHERE al.lemma = OLD.lemma
    ON CONFLICT(article_id, status) DO UPDATE
        SET tokens = tokens + excluded.tokens, lemmas = lemmas + excluded.lemmas;
END;
