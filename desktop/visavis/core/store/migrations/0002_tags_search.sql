-- Tags and full-text search over titles, French text, English translation and notes.
CREATE TABLE tags (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, tag_id)
);
CREATE INDEX article_tags_tag ON article_tags(tag_id);

-- What is searchable for each article (the FTS index below is built from it).
CREATE TABLE search_documents (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    title TEXT NOT NULL DEFAULT '',
    french TEXT NOT NULL DEFAULT '',
    english TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);

CREATE VIRTUAL TABLE article_search USING fts5(
    title, french, english, notes,
    content = 'search_documents', content_rowid = 'article_id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE TRIGGER search_documents_ai AFTER INSERT ON search_documents BEGIN
    INSERT INTO article_search(rowid, title, french, english, notes)
    VALUES (new.article_id, new.title, new.french, new.english, new.notes);
END;
CREATE TRIGGER search_documents_ad AFTER DELETE ON search_documents BEGIN
    INSERT INTO article_search(article_search, rowid, title, french, english, notes)
    VALUES ('delete', old.article_id, old.title, old.french, old.english, old.notes);
END;
CREATE TRIGGER search_documents_au AFTER UPDATE ON search_documents BEGIN
    INSERT INTO article_search(article_search, rowid, title, french, english, notes)
    VALUES ('delete', old.article_id, old.title, old.french, old.english, old.notes);
    INSERT INTO article_search(rowid, title, french, english, notes)
    VALUES (new.article_id, new.title, new.french, new.english, new.notes);
END;
CREATE TRIGGER articles_title_au AFTER UPDATE OF title ON articles BEGIN
    UPDATE search_documents SET title = new.title WHERE article_id = new.id;
END;

-- Articles stored before this migration become searchable (raw source as French text).
INSERT INTO search_documents(article_id, title, french) SELECT id, title, source FROM articles;
