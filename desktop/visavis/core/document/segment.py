"""French sentence splitting with character offsets.

``split_sentences(text)`` returns ``(start, end)`` spans into ``text``: spans never
start or end with whitespace and every non-whitespace character of ``text`` belongs
to exactly one span.

How a boundary is decided (regex + a few tables, no model):

* A candidate is a run of ``. ! ? …`` (with French spacing before ``! ?`` and
  closers such as `` »``, ``)``, ``"``) followed by whitespace or the end of text.
* A lowercase letter after the candidate means the sentence goes on
  (``« Viens ! » dit-il.``, ``Et puis... rien.``).
* After a single period, the word before it is looked up: titles (``M.``, ``Mme``,
  ``Dr``...) and common abbreviations (``p. ex.``, ``c.-à-d.``, ``av.``, ``etc.`` is
  not one) never end a sentence; reference words (``p.``, ``art.``, ``chap.``,
  ``vol.``, ``n°``...) do not when a number follows; initials and acronyms
  (``J. R. R. Tolkien``, ``U.S.A.``, ``J.-C.``) only end a sentence when the next word
  usually starts one (``Il``, ``La``, ``Mais``...).
* A dateline stays with its sentence: a segment that is only a date (« 12 mars 2024. »,
  « Paris, mardi 12 mars 2024. ») followed by a dash (``-``, ``–``, ``—``) is not a
  sentence of its own (Wikinews and agency style « 12 mars 2024. - Le gouvernement a… »).
* A blank line always ends a sentence.
"""

from __future__ import annotations

import re

_CANDIDATE = re.compile(  # possessive + lookbehind: linear time, no catastrophic backtracking
    r"(?<![.!?…])[.!?…]++(?:[ \u00a0\u202f][!?]++)*+"  # . ! ? … ... ?! !! and French "? !"
    r"(?:[ \u00a0\u202f]*+[»”]|[)\]\"'’])*+"  # closing guillemets, quotes, brackets
    r"[⁰¹²³⁴⁵⁶⁷⁸⁹]*+"  # a footnote reference after the sentence (« fait.¹ »)
    r"(?=\s|$)"
)
_BLANK_LINE = re.compile(r"\n[ \t\u00a0\u202f\r]*\n")
_OPENERS = "«\"“‘'([{—–-"


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Titles before a name: never end a sentence (case-sensitive).
_TITLES = _words(
    "M MM Mme Mmes Mlle Mlles Dr Drs Pr Me Mes Mgr St Ste Sts Prof Gén Lt Col Cdt Cpt Sgt Vve"
    " Cie Ets"
)
# Abbreviations that practically never end a sentence (compared lowercased).
_ABBREVIATIONS = _words(
    "ex p.ex c.-à-d c-à-d c.à.d cf av apr env approx resp éd trad coll dir ibid op cit"
    " al janv févr avr juil sept oct nov déc boul bd vs suiv sq cad réf tél fax"
    " qqch qqn càd s"
)
# Reference abbreviations: no boundary when a number (or roman numeral) follows.
_REFERENCES = _words("p pp art chap ch vol n no nº n° fig t tome sect par éq ann")
# Words that usually begin a sentence: after an initial or acronym they mean a boundary.
_STARTERS = _words(
    "le la les l' un une des ce cet cette ces c' ça cela ceci il elle ils elles on nous vous"
    " je j' tu mais et ou donc or car puis en dans pour par selon après avant depuis alors"
    " ainsi cependant pourtant toutefois enfin aujourd'hui qui que qu' quand si lorsque comme"
    " son sa ses leur leurs mon ma mes notre nos votre vos au aux du de d' à y d'ailleurs"
    " voilà voici chaque tout tous toute toutes certains plusieurs aucun aucune même là"
    " the it this"
)
_INITIALS = re.compile(r"^(?:[A-Za-zÀ-ÖØ-Þà-öø-ÿ]\.-?)*[A-ZÀ-ÖØ-Þ]$")
_NUMBER_NEXT = re.compile(r"^(?:\d|[IVXLCDM]+\b)")
_NEXT_WORD = re.compile(r"[^\W\d_]+(?:['’])?")
_LIST_NUMBER = re.compile(r"^\d{1,3}$")
_MONTHS = ("janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
           "|novembre|décembre|decembre|janv|févr|avr|juil|sept|oct|nov|déc")
_DATELINE = re.compile(
    r"^(?:[A-ZÀ-Þ][\w'’ -]{0,40},\s*)?"  # place
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?"
    r"(?:1er|\d{1,2})\s+(?:" + _MONTHS + r")\.?\s+\d{4}$", re.IGNORECASE)
_DASH_NEXT = re.compile(r"^\s*[-–—]\s")
_ELISION = re.compile(r"^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)


def _next_text(text: str, pos: int) -> str:
    """The text after ``pos`` with whitespace and opening punctuation skipped."""
    i = pos
    n = len(text)
    while i < n and (text[i].isspace() or text[i] in _OPENERS):
        i += 1
    return text[i : i + 40]


def _word_before(text: str, seg_start: int, pos: int) -> tuple[str, int]:
    """The whitespace-delimited word that ends at ``pos`` and where it starts."""
    i = pos
    while i > seg_start and not text[i - 1].isspace():
        i -= 1
    word = text[i:pos]
    stripped = _ELISION.sub("", word.lstrip(_OPENERS))
    return stripped, i + (len(word) - len(stripped))


def _is_boundary(text: str, seg_start: int, match: re.Match[str]) -> bool:
    following = _next_text(text, match.end())
    if not following:
        return True
    first = following[0]
    if first.islower():
        return False
    if match.group(0) != ".":
        return True
    if _DATELINE.match(text[seg_start:match.start()].strip()) and _DASH_NEXT.match(
            text[match.end():match.end() + 4]):
        return False  # « 12 mars 2024. - Le gouvernement… »: the dateline stays attached
    word, word_start = _word_before(text, seg_start, match.start())
    if not word:
        return True
    lowered = word.lower()
    if word in _TITLES or lowered in _ABBREVIATIONS:
        return False
    if lowered in _REFERENCES or lowered.replace("°", "") == "n":
        return not _NUMBER_NEXT.match(following)
    if _INITIALS.match(word) or word == "J.-C":
        next_word = _NEXT_WORD.match(following)
        return bool(next_word) and next_word.group(0).lower().replace("’", "'") in _STARTERS
    if _LIST_NUMBER.match(word):
        i = word_start
        while i > 0 and text[i - 1] in " \t":
            i -= 1
        if i == 0 or text[i - 1] == "\n":
            return False  # "1. Introduction" at the start of a line
    return True


def _boundaries(text: str) -> list[int]:
    ends: list[int] = []
    blank_lines = [m.start() for m in _BLANK_LINE.finditer(text)]
    seg_start = 0
    for match in _CANDIDATE.finditer(text):
        while blank_lines and blank_lines[0] < match.start():
            ends.append(blank_lines.pop(0))
            seg_start = ends[-1]
        if _is_boundary(text, seg_start, match):
            ends.append(match.end())
            seg_start = match.end()
    ends.extend(blank_lines)
    ends.append(len(text))
    return ends


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split French ``text`` into sentences; returns ``(start, end)`` offsets into it."""
    spans: list[tuple[int, int]] = []
    start = 0
    for end in _boundaries(text):
        s, e = start, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
        start = max(start, end)
    return spans
