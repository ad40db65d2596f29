"""The app's LibreTranslate engine against a real LibreTranslate 1.9 server on 127.0.0.1,
serving the tiny fr→en test package (random weights, offline MiniSBD splitter)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from fixtures.libretranslate_server import make_api_keys_db
from visavis.cli import run_command
from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.translation.engine import CTranslate2Engine
from visavis.core.translation.remote.client import (
    BAD_KEY,
    KEY_REQUIRED,
    RATE_LIMITED,
    UNREACHABLE,
    LibreTranslateClient,
    RemoteError,
)
from visavis.core.translation.remote.config import LIBRETRANSLATE, EngineChoice, save_api_key
from visavis.core.translation.remote.engine import LibreTranslateEngine
from visavis.core.translation.remote.selection import FALLBACK_NOTE, fallback, load_translator
from visavis.core.translation.scheduler import translate_document

pytestmark = pytest.mark.slow

ARTICLE = """# Le climat change

Les chercheurs ont publié une étude sur le climat. Elle montre que les océans se réchauffent !
Est-ce grave ? Oui, disent-ils.

Le gouvernement annonce de nouvelles mesures pour les transports publics. Les prix augmentent.

La ville de Montréal accueille chaque été un grand festival de musique, qui attire des milliers \
de visiteurs venus de toute la province, du pays et même de l'étranger, pendant plusieurs \
semaines de concerts gratuits.

Nous avons acheté du pain. Il faut lire cet article avant la réunion.
"""


def test_translates_a_document_one_segment_per_sentence(start_libretranslate) -> None:  # type: ignore[no-untyped-def]
    server = start_libretranslate()
    engine, info = LibreTranslateEngine.connect(server.url)
    assert info.supports("fr", "en") and info.limits.char_limit is None
    doc = parse_markdown(ARTICLE)
    blocks: list[int] = []
    out = translate_document(doc, engine, on_block=lambda b, ts: blocks.append(b))
    assert len(out) == len(doc.sentences) == 10
    assert all(t.text.strip() and "\n" not in t.text for t in out)
    assert sorted(blocks) == list(range(len(doc.blocks)))
    assert engine.requests >= 2  # the scheduler's batches, cut to our request size
    assert engine.model_id == f"libretranslate:{server.url}:fr-en"
    # the same sentence asked alone gives the same segment (deterministic model)
    again = engine.translate([doc.sentences[1].text])
    assert again[0].text == out[1].text


def test_server_limits_are_respected(start_libretranslate) -> None:  # type: ignore[no-untyped-def]
    server = start_libretranslate("--char-limit", "120", "--batch-limit", "2")
    engine, info = LibreTranslateEngine.connect(server.url)
    assert info.limits.char_limit == 120 and engine.batch_limit is None  # not published
    doc = parse_markdown(ARTICLE)
    long = max(doc.sentences, key=lambda s: len(s.text))
    assert len(long.text) > 120
    out = translate_document(doc, engine)
    assert len(out) == len(doc.sentences) and all(t.text for t in out)
    assert engine.batch_limit == 2  # learned from the server's 400
    with pytest.raises(RemoteError) as info_err:  # what the engine avoided
        LibreTranslateClient(server.url).translate([long.text])
    assert "exceeds text limit (120)" in str(info_err.value)


def test_api_key_server_refuses_without_the_key(start_libretranslate, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = make_api_keys_db(tmp_path / "api_keys.db", "good-key")
    server = start_libretranslate("--api-keys", "--api-keys-db-path", str(db),
                                  "--require-api-key-origin", r"^https://nowhere\.invalid$")
    engine, info = LibreTranslateEngine.connect(server.url)  # the GETs need no key
    assert info.limits.key_required
    with pytest.raises(RemoteError) as no_key:
        engine.translate(["Bonjour tout le monde."])
    assert no_key.value.kind == KEY_REQUIRED
    assert str(no_key.value) == (
        "The translation server needs an API key (400: Please contact the server operator to "
        "get an API key). Enter it in Preferences → Translation.")
    with pytest.raises(RemoteError) as bad_key:
        LibreTranslateEngine.connect(server.url, "wrong")[0].translate(["Bonjour."])
    assert bad_key.value.kind == BAD_KEY and "Invalid API key" in str(bad_key.value)
    save_api_key(server.url, "good-key")
    loaded = load_translator(EngineChoice(LIBRETRANSLATE, server.url))
    assert loaded.translator.translate(["Bonjour."])[0].text  # type: ignore[union-attr]


def test_rate_limit_message(start_libretranslate) -> None:  # type: ignore[no-untyped-def]
    server = start_libretranslate("--req-limit", "1")
    engine = LibreTranslateEngine.connect(server.url)[0]
    engine.translate(["Bonjour."])
    with pytest.raises(RemoteError) as info:
        engine.translate(["Merci."])
    assert info.value.kind == RATE_LIMITED
    assert str(info.value) == ("The translation server is limiting requests (429: Slowdown: 1 per "
                               "1 minute). Try again in about 60 s.")


def test_server_killed_mid_article_falls_back_cleanly(start_libretranslate,  # type: ignore[no-untyped-def]
                                                      installed_tiny_model: Path) -> None:
    server = start_libretranslate()
    engine = LibreTranslateEngine.connect(server.url)[0]
    doc = parse_markdown(ARTICLE)
    done: list[int] = []

    class Cache:  # what the library's translation cache is asked to keep, per engine
        def __init__(self) -> None:
            self.rows: dict[str, dict[str, str]] = {}

        def get_many(self, model_id: str, texts):  # type: ignore[no-untyped-def]
            return {}

        def put_many(self, model_id: str, mapping) -> None:  # type: ignore[no-untyped-def]
            self.rows.setdefault(model_id, {}).update({k: v.text for k, v in mapping.items()})

    cache = Cache()

    def on_block(block: int, _translations) -> None:  # type: ignore[no-untyped-def]
        done.append(block)
        if len(done) == 1:
            server.kill()

    with pytest.raises(RemoteError) as info:
        translate_document(doc, engine, cache=cache, on_block=on_block, batch_sentences=4)
    assert info.value.kind == UNREACHABLE
    assert f"The translation server {server.url}" in str(info.value)
    assert 1 <= len(done) < len(doc.blocks)
    loaded = fallback(info.value)
    assert isinstance(loaded.translator, CTranslate2Engine)
    assert loaded.notice.endswith(FALLBACK_NOTE) and "\n" not in loaded.notice
    out = translate_document(doc, loaded.translator, cache=cache)
    assert len(out) == len(doc.sentences) and all(t.text for t in out)
    local_id = loaded.translator.model_id
    assert set(cache.rows) == {engine.model_id, local_id}  # never mixed under one key
    assert len(cache.rows[local_id]) == len({s.text for s in doc.sentences})


def test_cli_with_server_and_api_key(start_libretranslate, tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    db = make_api_keys_db(tmp_path / "api_keys.db", "k-123")
    server = start_libretranslate("--api-keys", "--api-keys-db-path", str(db),
                                  "--require-api-key-origin", r"^https://nowhere\.invalid$")
    article = tmp_path / "a.md"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run_command("translate", [str(article), "--json", "--no-cache", "--server", server.url,
                                     "--api-key", "k-123"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == len(parse_markdown(ARTICLE).sentences) and all(r["en"] for r in rows)
    assert run_command("translate", [str(article), "--no-cache", "--server", server.url]) == 2
    err = capsys.readouterr().err
    assert "needs an API key" in err and "No model is installed on this computer" in err
