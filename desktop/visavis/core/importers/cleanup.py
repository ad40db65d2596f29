"""Remove obvious page furniture from copy-pasted article text, conservatively.

Removed: lines that are *only* a menu/share/close word ("menu", "close", "Fermer",
"Partager", "Publicité"...), cookie-banner lines, a lone "Source:" label with
nothing after it (a "Source: Reuters" line is attribution and is kept), later
repeats of the title line, a trailing "Latest news"/"À lire aussi" section made
only of short headline lines, and runs of blank lines.  A line with a sentence in
it is never removed unless it is an exact repeat of the title.
"""

from __future__ import annotations

import re

_FURNITURE = frozenset(
    line.strip() for line in """
menu
close
fermer
open
ouvrir
partager
share
partage
imprimer
print
publicité
publicite
advertisement
annonce
sponsorisé
sponsored
pub
s'abonner
s’abonner
abonnez-vous
subscribe
se connecter
connexion
log in
login
sign in
rechercher
search
accueil
home
facebook
twitter
x
linkedin
whatsapp
messenger
pinterest
e-mail
email
courriel
copier le lien
copy link
retour en haut
back to top
haut de page
newsletter
skip to content
aller au contenu
aller au contenu principal
voir plus
afficher plus
lire la suite
commentaires
comments
×
✕
☰
▲
""".splitlines() if line.strip()
)
_LONE_LABEL = re.compile(r"^(?:sources?|photo|photos|crédits?(?: photo)?|credits?|image)\s*:?\s*$",
                         re.IGNORECASE)
_SECTION_END = re.compile(
    r"^(?:latest news|dernières nouvelles|à lire aussi|a lire aussi|lire aussi|à lire également"
    r"|sur le même sujet|related articles?|related|articles similaires|more stories"
    r"|you may also like|vous aimerez aussi|les plus lus|most read)\s*:?$",
    re.IGNORECASE,
)
_COOKIE = re.compile(r"cookie", re.IGNORECASE)
_CONSENT = re.compile(r"accept|consent|refuser|paramétrer|personnaliser|politique de confidentialité"
                      r"|privacy policy|we use|nous utilisons", re.IGNORECASE)
_MARKERS = re.compile(r"^[\s#>*+\-•·|]*")
_SENTENCE_END = re.compile(r"[.!?…»:;]\s*$")


def _norm(line: str) -> str:
    return " ".join(_MARKERS.sub("", line).split()).casefold()


def _is_furniture(line: str) -> bool:
    norm = _norm(line)
    if not norm:
        return False
    if norm in _FURNITURE:
        return True
    if _LONE_LABEL.match(norm):
        return not line.lstrip().startswith("#")  # "## Sources" is a section, not a label
    return bool(len(norm) < 300 and _COOKIE.search(norm) and _CONSENT.search(norm))


def _is_headline(line: str) -> bool:
    norm = _norm(line)
    return not norm or (len(norm.split()) <= 15 and not _SENTENCE_END.search(norm))


def _title_candidate(lines: list[str]) -> str | None:
    for line in lines:
        norm = _norm(line)
        if norm:
            return norm if len(norm) <= 200 and not norm.endswith(".") else None
    return None


def clean_lines(lines: list[str], title: str | None = None) -> tuple[list[str], list[str]]:
    """Return ``(kept lines, removed non-blank lines)``.

    ``title`` is the known title; by default the first line is, when it looks like one.
    Its first occurrence is kept and later repeats are removed.
    """
    removed: list[str] = []
    kept: list[str] = []
    for line in lines:
        (removed if _is_furniture(line) else kept).append(line)
    # A trailing "Latest news" section of short headlines.
    for i, line in enumerate(kept):
        if _SECTION_END.match(_norm(line)) and all(_is_headline(rest) for rest in kept[i + 1:]):
            removed.extend(x for x in kept[i:] if x.strip())
            kept = kept[:i]
            break
    title_norm = _norm(title) if title else _title_candidate(kept)
    result: list[str] = []
    seen_title = False
    for line in kept:
        norm = _norm(line)
        if title_norm and norm == title_norm:
            if seen_title:
                removed.append(line)
                continue
            seen_title = True
        if not norm and (not result or not result[-1].strip()):
            continue  # leading blank line or run of blank lines
        result.append(line)
    while result and not result[-1].strip():
        result.pop()
    return result, removed


def clean_text(text: str, title: str | None = None) -> tuple[str, list[str]]:
    """:func:`clean_lines` on a whole text; blank-line runs collapse to one blank line."""
    kept, removed = clean_lines(text.split("\n"), title)
    return "\n".join(kept), removed
