"""The LibreTranslate client and engine against a scripted stub server on 127.0.0.1."""

from __future__ import annotations

import socket

import pytest

from fixtures.stub_libretranslate import StubLibreTranslate
from visavis.core.translation.remote import engine as engine_mod
from visavis.core.translation.remote.client import (
    BAD_KEY,
    BAD_RESPONSE,
    BAD_URL,
    KEY_REQUIRED,
    NO_PAIR,
    RATE_LIMITED,
    SERVER_ERROR,
    TIMEOUT,
    UNREACHABLE,
    LibreTranslateClient,
    RemoteError,
    ServerLimits,
    normalize_url,
    slowdown_hint,
)
from visavis.core.translation.remote.engine import LibreTranslateEngine, model_id_for
from visavis.core.translation.types import TranslationCancelled, TranslationError


def _engine(stub: StubLibreTranslate, **kwargs) -> LibreTranslateEngine:  # type: ignore[no-untyped-def]
    waits: list[float] = []
    engine = LibreTranslateEngine(LibreTranslateClient(stub.url, kwargs.pop("api_key", None),
                                                       timeout=kwargs.pop("timeout", 5)),
                                  sleep=waits.append, **kwargs)
    engine.waits = waits  # type: ignore[attr-defined]
    return engine


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_urls_are_normalized_or_refused() -> None:
    assert normalize_url("127.0.0.1:5000/") == "http://127.0.0.1:5000"
    assert normalize_url(" https://lt.example.org/api/ ") == "https://lt.example.org/api"
    for bad in ("", "ftp://host", "http://", "http://host:99999"):
        with pytest.raises(RemoteError) as info:
            normalize_url(bad)
        assert info.value.kind == BAD_URL and "\n" not in str(info.value)


def test_one_segment_per_sentence_streamed_in_order(stub: StubLibreTranslate) -> None:
    engine = _engine(stub)
    sentences = [f"Phrase numéro {i}." for i in range(11)] + ["42", "https://example.org/a"]
    seen: list[int] = []
    out = engine.translate(sentences, on_result=lambda i, t: seen.append(i))
    assert [t.text for t in out[:11]] == [s.upper() for s in sentences[:11]]
    assert [t.text for t in out[11:]] == ["42", "https://example.org/a"]  # copied, never sent
    assert seen == list(range(len(sentences)))
    assert all(len(q) <= engine_mod.REQUEST_TEXTS for q in stub.sent_texts)
    assert sum(len(q) for q in stub.sent_texts) == 11
    assert {r["source"] for r in stub.requests} == {"fr"} and {r["target"] for r in stub.requests} == {"en"}
    assert all(r["format"] == "text" and "api_key" not in r for r in stub.requests)


def test_server_limits_are_respected(stub: StubLibreTranslate) -> None:
    stub.char_limit, stub.batch_limit = 60, 3
    engine = _engine(stub, limits=ServerLimits(char_limit=60, batch_limit=3))
    long = "Une phrase très longue, qui continue, encore et encore, " * 4 + "jusqu'au bout."
    sentences = ["Courte.", long, "Autre.", "Encore une.", "Fin."]
    out = engine.translate(sentences)
    assert len(out) == len(sentences)
    assert out[1].text.replace(" ", "") == long.upper().replace(" ", "")  # parts joined
    assert all(len(q) <= 3 for q in stub.sent_texts)
    assert all(len(t) <= 60 for q in stub.sent_texts for t in q)


def test_unpublished_batch_limit_is_learned_from_the_400(stub: StubLibreTranslate) -> None:
    stub.batch_limit = 2
    engine = _engine(stub)
    out = engine.translate([f"Phrase {i}." for i in range(5)])
    assert [t.text for t in out] == [f"PHRASE {i}." for i in range(5)]
    assert [len(q) for q in stub.sent_texts] == [5, 2, 2, 1]
    assert engine.batch_limit == 2


def test_429_waits_for_the_server_hint_then_retries(stub: StubLibreTranslate) -> None:
    slow = {"error": "Slowdown: 30 per 1 minute"}
    stub.responses = [(429, slow, {}), (429, {"error": "Slowdown"}, {"Retry-After": "3"})]
    engine = _engine(stub)
    assert engine.translate(["Bonjour."])[0].text == "BONJOUR."
    assert len(stub.requests) == 3
    assert sum(engine.waits) == pytest.approx(2.0 + 3.0)  # 60 s / 30, then Retry-After


def test_429_is_bounded(stub: StubLibreTranslate) -> None:
    stub.responses = [(429, {"error": "Slowdown"}, {})] * 10
    engine = _engine(stub)
    with pytest.raises(RemoteError) as info:
        engine.translate(["Bonjour."])
    assert info.value.kind == RATE_LIMITED
    assert len(stub.requests) == engine_mod.MAX_RETRIES + 1


def test_429_with_a_long_hint_is_reported_not_waited(stub: StubLibreTranslate) -> None:
    stub.responses = [(429, {"error": "Slowdown: 1 per 1 minute"}, {})]
    engine = _engine(stub)
    with pytest.raises(RemoteError) as info:
        engine.translate(["Bonjour."])
    assert str(info.value) == ("The translation server is limiting requests (429: Slowdown: 1 per 1 "
                               "minute). Try again in about 60 s.")
    assert engine.waits == [] and len(stub.requests) == 1
    assert slowdown_hint("Slowdown: 10 per 2 hour") == 720


def test_cancel_during_back_off(stub: StubLibreTranslate) -> None:
    stub.responses = [(429, {"error": "x"}, {"Retry-After": "5"})]
    engine = _engine(stub)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 3

    with pytest.raises(TranslationCancelled):
        engine.translate(["Bonjour."], cancel=cancel)
    assert len(stub.requests) == 1 and sum(engine.waits) < 5


def test_cancel_between_requests(stub: StubLibreTranslate) -> None:
    engine = _engine(stub)
    results = []
    with pytest.raises(TranslationCancelled):
        engine.translate([f"Phrase {i}." for i in range(30)],
                         on_result=lambda i, t: results.append(i), cancel=lambda: bool(results))
    assert len(stub.requests) == 1 and results == list(range(engine_mod.REQUEST_TEXTS))


@pytest.mark.parametrize(("status", "body", "kind", "message"), [
    (403, {"error": "Invalid API key"}, BAD_KEY,
     "The translation server refused the API key (403: Invalid API key). "
     "Check the key in Preferences → Translation."),
    (400, {"error": "Please contact the server operator to get an API key"}, KEY_REQUIRED,
     "The translation server needs an API key (400: Please contact the server operator to get "
     "an API key). Enter it in Preferences → Translation."),
    (400, {"error": "en is not available as a target language from fr"}, NO_PAIR,
     "The translation server cannot translate French into English (400: en is not available as "
     "a target language from fr)."),
    (500, {"error": "Cannot translate text: boom"}, SERVER_ERROR,
     "The translation server failed (500: Cannot translate text: boom)."),
    (200, b"<html>hello</html>", BAD_RESPONSE, None),
    (200, {"translatedText": "not a list"}, BAD_RESPONSE, None),
])
def test_http_failures_give_one_line_messages(stub: StubLibreTranslate, status: int, body,  # type: ignore[no-untyped-def]
                                              kind: str, message: str | None) -> None:
    stub.responses = [(status, body, {})]
    with pytest.raises(RemoteError) as info:
        _engine(stub, api_key="k").translate(["Bonjour."])
    assert info.value.kind == kind
    assert isinstance(info.value, TranslationError) and "\n" not in str(info.value)
    if message is not None:
        assert str(info.value) == message
    assert stub.requests[0]["api_key"] == "k"


def test_server_down_and_timeout() -> None:
    url = f"http://127.0.0.1:{_closed_port()}"
    with pytest.raises(RemoteError) as info:
        LibreTranslateClient(url).translate(["Bonjour."])
    assert info.value.kind == UNREACHABLE
    assert str(info.value).startswith(f"The translation server {url} cannot be reached (")
    stub = StubLibreTranslate()
    try:
        stub.delay = 1.0
        with pytest.raises(RemoteError) as info:
            LibreTranslateClient(stub.url, timeout=0.2).translate(["Bonjour."])
        assert info.value.kind == TIMEOUT
        assert str(info.value) == f"The translation server {stub.url} did not answer within 0.2 s."
    finally:
        stub.close()


def test_connect_reads_languages_and_limits(stub: StubLibreTranslate) -> None:
    stub.settings = {"charLimit": 500, "apiKeys": True, "keyRequired": True}
    engine, info = LibreTranslateEngine.connect(stub.url + "/")
    assert engine.char_limit == 500 and engine.batch_limit is None
    assert info.limits == ServerLimits(char_limit=500, batch_limit=None, api_keys=True,
                                       key_required=True)
    assert info.summary() == ("2 languages (en, fr), 2 pairs; 500 characters per text, "
                              "API key required")
    assert engine.model_id == model_id_for(stub.url) == f"libretranslate:{stub.url}:fr-en"
    assert stub.requests == []  # the probe only GETs


def test_connect_refuses_a_server_without_french_to_english(stub: StubLibreTranslate) -> None:
    stub.languages = [{"code": "en", "name": "English", "targets": ["de"]},
                      {"code": "de", "name": "German", "targets": ["en"]}]
    with pytest.raises(RemoteError) as info:
        LibreTranslateEngine.connect(stub.url)
    assert info.value.kind == NO_PAIR
    assert str(info.value) == (f"The translation server {stub.url} has no French → English model "
                               "(its languages: de, en).")


def test_not_libretranslate(stub: StubLibreTranslate) -> None:
    with pytest.raises(RemoteError) as info:
        LibreTranslateClient(stub.url + "/nothing-here").languages()
    assert info.value.kind == BAD_RESPONSE and "does not answer like a LibreTranslate" in str(info.value)


def test_alignment_comes_from_the_aligner(stub: StubLibreTranslate) -> None:
    engine = _engine(stub, aligner=lambda fr, en: [(0, 2, 0, 2)])
    assert engine.translate(["Le chat."])[0].alignment == ((0, 2, 0, 2),)

    def broken(fr: str, en: str) -> list:
        raise RuntimeError("aligner bug")

    engine = _engine(stub, aligner=broken)
    assert engine.translate(["Le chat."])[0].text == "LE CHAT."  # kept, without links


def test_word_links_come_from_the_dictionary_aligner(stub: StubLibreTranslate) -> None:
    aligner = engine_mod.dictionary_aligner()
    assert aligner is not None  # the glossary's word_alignment
    french, english = "La ville de Montréal est grande.", "The city of Montreal is big."
    stub.responses = [(200, {"translatedText": [english]}, {})]
    result = _engine(stub, aligner=aligner).translate([french])[0]
    assert result.text == english
    fr = french.index("Montréal")
    en = english.index("Montreal")
    assert (fr, fr + len("Montréal"), en, en + len("Montreal")) in result.alignment

