"""A LibreTranslate server as a translation engine (client, engine, engine choice, API key)."""
