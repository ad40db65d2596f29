-- Articles, the translation cache and the reader's corrections.
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    source_hash TEXT NOT NULL,
    source_format TEXT NOT NULL DEFAULT 'markdown',
    language TEXT NOT NULL DEFAULT 'fr',
    origin TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    opened_at TEXT,
    scroll_fraction REAL NOT NULL DEFAULT 0,
    deleted_at TEXT
);
CREATE INDEX articles_source_hash ON articles(source_hash);
CREATE INDEX articles_created_at ON articles(created_at);

-- Sentence translations per model, shared by every article containing the sentence.
CREATE TABLE translations (
    model_id TEXT NOT NULL,
    source_text TEXT NOT NULL,
    text TEXT NOT NULL,
    alignment TEXT NOT NULL DEFAULT '[]',
    created_at TEXT NOT NULL,
    PRIMARY KEY (model_id, source_text)
);

-- The reader's own English for one sentence of one article (independent of the model).
CREATE TABLE corrections (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    sentence_id TEXT NOT NULL,
    french_text TEXT NOT NULL,
    english TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (article_id, sentence_id)
);
