"""simplemma's French data is decoded once even when several threads lemmatise at once."""

from __future__ import annotations

import threading
import time

import pytest
import simplemma

from visavis.core.glossary import lemmas


@pytest.fixture
def cold(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """lemmas as if simplemma had never run: calls of simplemma.lemmatize are recorded
    (the first one slowly, as the real data load is)."""
    calls: list[str] = []
    real = simplemma.lemmatize

    def slow_lemmatize(token: str, lang: str) -> str:
        calls.append(token)
        if len(calls) == 1:
            time.sleep(0.05)
        return real(token, lang=lang)

    monkeypatch.setattr(lemmas, "_lemmatize", None)
    monkeypatch.setattr(simplemma, "lemmatize", slow_lemmatize)
    lemmas.lemma.cache_clear()
    lemmas.match_keys.cache_clear()
    lemmas.lookup_keys.cache_clear()
    yield calls
    lemmas.lemma.cache_clear()
    lemmas.match_keys.cache_clear()
    lemmas.lookup_keys.cache_clear()


def test_concurrent_warm_up_loads_the_data_once(cold: list[str]) -> None:
    threads = [threading.Thread(target=lemmas.warm_up) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert cold == ["être"]
    lemmas.warm_up()
    assert cold == ["être"]


def test_first_lemma_waits_for_the_warm_up_of_another_thread(cold: list[str]) -> None:
    finished: dict[str, float] = {}

    def warm() -> None:
        lemmas.warm_up()
        finished["warm_up"] = time.perf_counter()

    warming = threading.Thread(target=warm)
    warming.start()
    while not cold:  # the other thread is inside the (slow) data load
        time.sleep(0.001)
    assert lemmas.lemma("recrutées") == "recruter"
    finished["lemma"] = time.perf_counter()
    warming.join()
    assert finished["lemma"] >= finished["warm_up"]  # it did not decode the data a second time
    assert cold.count("être") == 1
