"""``visavis speak``: an article read into a WAV whose length and timings match the text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import wave
from pathlib import Path

from visavis.core.document.markdown_parser import parse_markdown
from visavis.core.store.library import Library

ARTICLE = ("# Le jardin\n\nLes tomates mûrissent au soleil. Le jardinier arrose les salades.\n\n"
           "Le soir, tout le monde dîne dehors.\n")
RUN = ("import sys; from visavis.app import main; rc = main(sys.argv[1:]); "
       "assert 'PySide6' not in sys.modules, 'speak loaded Qt'; sys.exit(rc)")


def _visavis(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", RUN, "speak", *args], capture_output=True,
                          text=True, env=dict(os.environ))


def _wav_seconds(path: Path) -> float:
    with wave.open(str(path)) as wav:
        return wav.getnframes() / wav.getframerate()


def test_speak_a_file_in_french(tmp_path: Path) -> None:
    source = tmp_path / "jardin.md"
    source.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "jardin.wav"
    proc = _visavis(str(source), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "4 sentences" in proc.stdout
    timings = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    ids = [s.id for s in parse_markdown(ARTICLE).sentences]
    assert [t["id"] for t in timings["sentences"]] == ids
    assert {t["lang"] for t in timings["sentences"]} == {"fr"}
    seconds = _wav_seconds(out)
    assert timings["sentences"][-1]["end"] == timings["duration"]
    assert abs(seconds - timings["duration"]) < 0.01
    assert 4 < seconds < 20  # 20 French words at 175 a minute, with pauses


def test_speak_a_library_article_in_both_languages(tmp_path: Path) -> None:
    document = parse_markdown(ARTICLE, "Le jardin")
    with Library.open() as library:
        article_id = library.articles.add("Le jardin", ARTICLE)
        for sentence in document.sentences[:3]:  # the last one has no English
            library.corrections.set(article_id, sentence.id, sentence.text,
                                    f"English for sentence {sentence.index}.")
    out = tmp_path / "both.wav"
    proc = _visavis(str(article_id), "--out", str(out), "--lang", "both", "--no-translate",
                    "--rate", "1.5")
    assert proc.returncode == 0, proc.stderr
    assert "1 of 4 sentences have no English yet" in proc.stderr
    entries = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))["sentences"]
    assert [(e["id"], e["lang"]) for e in entries] == [
        (s.id, lang) for s in document.sentences for lang in ("fr", "en")
        if lang == "fr" or s.index < 3]
    assert entries[1]["text"] == "English for sentence 0."
    starts = [e["start"] for e in entries]
    assert starts == sorted(starts) and abs(_wav_seconds(out) - entries[-1]["end"]) < 0.01


def test_bad_arguments_are_one_line_messages(tmp_path: Path) -> None:
    source = tmp_path / "a.md"
    source.write_text(ARTICLE, encoding="utf-8")
    cases = [
        ((str(source), "--out", str(tmp_path / "a.mp3")), "must end in .wav or .ogg"),
        ((str(source), "--out", str(tmp_path / "no" / "a.wav")), "no such folder"),
        ((str(tmp_path / "absent.md"), "--out", str(tmp_path / "a.wav")), "no such file"),
        (("42", "--out", str(tmp_path / "a.wav")), "no library"),
        ((str(source), "--out", str(tmp_path / "a.wav"), "--voice", "klingon"),
         "Unknown voice 'klingon'"),
        ((str(source), "--out", str(tmp_path / "a.wav"), "--rate", "3"), "--rate must be"),
    ]
    for args, message in cases:
        proc = _visavis(*args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert message in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, \
            proc.stderr
    assert not (tmp_path / "a.wav").exists()
