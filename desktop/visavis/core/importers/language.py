"""A tiny language guesser: is this text French?

Counts very common function words of a few European languages.  Good enough to
warn the reader that a pasted text looks English; not a general identifier.
"""

from __future__ import annotations

import re

_STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "fr": "le la les des du un une et est dans pour que qui pas sur au aux avec ce cette il"
              " elle ils nous vous ne se sont mais ou par plus son ses leur été être avait fait"
              " comme tout aussi très cet l d qu c j n s y à où été ont été déjà sans chez",
        "en": "the and of to is in that it for was on are with as his they be at by this have"
              " from or had not but what were which their has been would there an will its who"
              " than them these some could into",
        "es": "el la los las de y que en un una es por con para no se del al lo como más pero"
              " sus le ya o este sí porque esta entre cuando muy sin sobre también hay está",
        "de": "der die das und ist nicht ein eine zu den mit sich des auf für im dem es von"
              " auch als an wie aus bei nach wird oder werden sind noch kann über einen",
        "it": "il di che la e è un una per non in del della le gli con si da sono al come anche"
              " più ma questo nel alla dei delle ha lo essere sono",
        "pt": "o a os as de que e do da em um uma para com não no na por mais dos das se ao"
              " como mas foi ele ela são também já está",
        "nl": "de het een en van is dat op te zijn met voor niet aan er ook als bij door maar"
              " om heeft dan nog wordt uit naar",
    }.items()
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_MIN_WORDS = 8
_SAMPLE_CHARS = 20000


def detect_language(text: str) -> tuple[str, float]:
    """Return ``(language code, confidence 0..1)``; ``("und", 0.0)`` when too short."""
    words = [w.lower() for w in _WORD.findall(text[:_SAMPLE_CHARS])]
    if len(words) < _MIN_WORDS:
        return "und", 0.0
    scores = {lang: sum(1 for w in words if w in stop) for lang, stop in _STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    total = sum(scores.values())
    if scores[best] == 0:
        return "und", 0.0
    ordered = sorted(scores.values(), reverse=True)
    margin = (ordered[0] - ordered[1]) / ordered[0]
    coverage = min(1.0, scores[best] / (0.25 * len(words)))
    confidence = round(min(1.0, 0.5 * margin + 0.5 * coverage) * (scores[best] / total) ** 0.25, 3)
    return best, confidence


_NAMES = {"en": "English", "es": "Spanish", "de": "German", "it": "Italian",
          "pt": "Portuguese", "nl": "Dutch"}


def language_warnings(text: str) -> tuple[str, tuple[str, ...]]:
    """The detected language and a reader-facing warning when it is not French."""
    lang, confidence = detect_language(text)
    if lang in _NAMES and confidence >= 0.3:
        return lang, (f"This text looks {_NAMES[lang]}, not French: "
                      "the translation is made for French articles.",)
    return (lang if lang != "und" else "fr"), ()
