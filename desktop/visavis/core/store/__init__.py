"""The reader's library: SQLite storage with ordered migrations."""
