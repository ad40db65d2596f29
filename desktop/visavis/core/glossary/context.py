"""Which dictionary entry a word is in its sentence: small rules on the words around it.

``rank_entries(words, i, entries)`` puts first the entry (headword and part of speech)
that the context asks for, the others keep their order behind it:

* after an auxiliary (skipping « ne », « pas », « déjà »…) a verb form is a past
  participle: « a été » -> être "been", « est terminé » -> terminer;
* after a determiner (« le », « une », « cet »…, maybe with « petit », « grand »… between)
  a word is a noun, of the determiner's gender when the noun has two (« la tour », « le tour »);
  before a noun those pre-nominal adjectives stay adjectives;
* after a subject pronoun or a clitic (« il », « on », « ne », « se »…), or after
  determiner + noun (« le projet porte sur »), a verb form is a verb;
* « est » outside « l'est »/« à l'est » is être; « mais » is a conjunction; « ce » is a
  pronoun before être or a relative, else a determiner; « pas » is the negation unless a
  determiner precedes; « son » is a determiner unless one precedes; « or » starting a
  clause is the conjunction; « soit » after « que » + subject is être, else a conjunction;
* frequent verbs' forms (être, avoir, faire, pouvoir…) are verbs by default.

``verb_form(words, i)`` tells how to put the English of a chosen verb ("3sg", "pp", "base",
"subj" or "" for the infinitive), for english_forms.inflect_gloss.
"""

from __future__ import annotations

from collections.abc import Sequence

from visavis.core.glossary.dictionary import DictEntry
from visavis.core.glossary.words import Word


def _wordset(text: str) -> frozenset[str]:
    return frozenset(text.split())

# articles, prepositions, pronouns, conjunctions: they match only themselves in terms
FUNCTION_WORDS = _wordset("""
le la les l' un une des du au aux de d' à en dans par pour sur sous avec sans vers chez entre
ce cet cette ces c' mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs
je j' tu il elle on nous vous ils elles me m' te t' se s' lui y qui que qu' quoi dont où
et ou ni mais or donc car si s'il ne n' pas plus
""")

DETERMINERS_M = frozenset({"le", "un", "ce", "cet", "mon", "ton", "son", "du", "au", "quel",
                           "aucun", "nul", "tout"})
DETERMINERS_F = frozenset({"la", "une", "cette", "ma", "ta", "sa", "quelle", "aucune",
                           "nulle", "toute"})
DETERMINERS_ANY = frozenset({"l'", "les", "des", "aux", "ces", "mes", "tes", "ses", "nos",
                             "vos", "leur", "leurs", "notre", "votre", "chaque", "plusieurs",
                             "quelques", "certains", "certaines", "quels", "quelles", "tous",
                             "toutes", "divers", "diverses", "différents", "différentes"})
DETERMINERS = DETERMINERS_M | DETERMINERS_F | DETERMINERS_ANY
OBJECT_ARTICLES = frozenset({"le", "la", "les", "l'"})  # also object pronouns before a verb
SUBJECTS = frozenset({"je", "j'", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles",
                      "qui", "c'", "ça", "cela", "ceci"})
CLITICS = frozenset({"ne", "n'", "se", "s'", "me", "m'", "te", "t'", "y", "lui", "en"})
REFLEXIVES = frozenset({"se", "s'", "me", "m'", "te", "t'"})
PREPOSITIONS = frozenset({"de", "d'", "à", "en", "dans", "par", "pour", "sur", "sous", "avec",
                          "sans", "vers", "chez", "entre", "contre", "depuis", "pendant",
                          "avant", "après", "selon", "malgré", "parmi", "dès", "jusqu'"})
AUXILIARIES = _wordset("""
ai as a avons avez ont avais avait avions aviez avaient aurai auras aura aurons aurez auront
aurais aurait aurions auriez auraient aie aies ait ayons ayez aient eu eût avoir ayant
suis es est sommes êtes sont étais était étions étiez étaient serai seras sera serons serez
seront serais serait serions seriez seraient sois soit soyons soyez soient fut furent fût
été être étant
""")
ETRE_FORMS = _wordset("""
suis es est sommes êtes sont étais était étions étiez étaient serai seras sera serons serez
seront serais serait serions seriez seraient sois soit soyons soyez soient fut furent fût
""")
SKIPPED_ADVERBS = frozenset({"ne", "n'", "pas", "plus", "jamais", "déjà", "bien", "toujours",
                             "encore", "aussi", "souvent", "rien", "tout", "très", "trop", "peu",
                             "beaucoup", "mal", "vraiment", "enfin", "ensuite", "également",
                             "même", "presque", "guère", "point", "longtemps", "récemment",
                             "finalement", "notamment", "ainsi", "alors", "donc"})
PRENOMINAL_ADJECTIVES = _wordset("""
petit petite petits petites grand grande grands grandes gros grosse bon bonne bons bonnes
mauvais mauvaise beau bel belle beaux belles jeune jeunes vieux vieil vieille vieilles nouveau
nouvel nouvelle nouveaux nouvelles premier première premiers premières dernier dernière
derniers dernières seul seule seuls seules même mêmes autre autres haut haute long longue
vrai vraie prochain prochaine ancien ancienne anciens anciennes meilleur meilleure meilleurs
moindre simple certain certaine véritable principal principale principaux principales
énorme fort forte gros grosses
""")
FREQUENT_VERBS = frozenset({"être", "avoir", "faire", "pouvoir", "devoir", "aller", "dire",
                            "voir", "savoir", "vouloir", "venir", "prendre", "mettre", "falloir",
                            "permettre", "rester", "devenir", "tenir"})
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues",
                       "it", "ite", "its", "ites", "ert", "erte", "erts", "ertes", "int", "inte",
                       "ints", "aint", "eint", "oint", "ort", "orte", "û", "ût", "ues")
NOUNISH = frozenset({"n", "name"})
VERBISH = frozenset({"v", "vt", "vi"})


def _key(words: Sequence[Word], i: int) -> str:
    return words[i].key if 0 <= i < len(words) else ""


def previous_skipping(words: Sequence[Word], i: int, skip: frozenset[str]) -> int:
    """Index of the nearest word before ``i`` not in ``skip`` (-1 if none)."""
    j = i - 1
    while j >= 0 and words[j].key in skip:
        j -= 1
    return j


def after_auxiliary(words: Sequence[Word], i: int) -> bool:
    j = previous_skipping(words, i, SKIPPED_ADVERBS)
    return j >= 0 and words[j].key in AUXILIARIES


def determiner_before(words: Sequence[Word], i: int) -> str | None:
    """The determiner governing word ``i`` (directly or over one pre-nominal adjective)."""
    for j in (i - 1, i - 2):
        if j < 0:
            return None
        key = words[j].key
        if key in DETERMINERS:
            if key in OBJECT_ARTICLES and j > 0 and (words[j - 1].key in SUBJECTS
                                                     or words[j - 1].key in CLITICS):
                return None  # « il les porte », « ne la voit »: an object pronoun
            return key
        if j == i - 1 and key in PRENOMINAL_ADJECTIVES:
            continue
        return None
    return None


def determiner_gender(det: str | None) -> str:
    if det in DETERMINERS_M:
        return "m"
    if det in DETERMINERS_F:
        return "f"
    return ""


def subject_before(words: Sequence[Word], i: int) -> bool:
    j = i - 1
    while j >= 0 and words[j].key in CLITICS:
        if words[j].key in REFLEXIVES or words[j].key in ("ne", "n'"):
            return True
        j -= 1
    if j < 0:
        return False
    key = words[j].key
    if key in SUBJECTS:
        return True
    return key in OBJECT_ARTICLES and j > 0 and words[j - 1].key in SUBJECTS | CLITICS


def noun_phrase_before(words: Sequence[Word], i: int) -> bool:
    """« le projet | porte »: determiner + word right before ``i``."""
    return i >= 2 and words[i - 2].key in DETERMINERS and words[i - 1].key not in DETERMINERS


def name_before(words: Sequence[Word], i: int) -> bool:
    """« Valmont | dispose »: a capitalised word that does not start the sentence."""
    return i >= 2 and words[i - 1].text[:1].isupper() and words[i - 1].key not in SUBJECTS


def is_auxiliary(words: Sequence[Word], i: int) -> bool:
    """« a » in « a annoncé », « ont » in « n'ont pas été »: followed by a past participle."""
    if not 0 <= i < len(words) or words[i].key not in AUXILIARIES:
        return False
    j = i + 1
    while j < len(words) and words[j].key in SKIPPED_ADVERBS:
        j += 1
    return j < len(words) and is_participle_form(words[j].key)


_ER_PARTICIPLE = ("é", "ée", "és", "ées")
_NOT_A_NOUN = (DETERMINERS | PREPOSITIONS | CLITICS | SUBJECTS | AUXILIARIES
               | frozenset({"et", "ou", "mais", "que", "qu'", "dont", "où", "si"}))


def is_participle_form(key: str) -> bool:
    return key.endswith(_PARTICIPLE_ENDINGS)


def wanted(words: Sequence[Word], i: int, entries: Sequence[DictEntry]) -> list[tuple[str, str]]:
    """Parts of speech (and genders, '' for any) the context asks for, best first."""
    key = _key(words, i)
    nxt = _key(words, i + 1)
    has = {e.pos for e in entries}
    det = determiner_before(words, i)
    if key == "mais":
        return [("conj", "")]
    if key in ("ce", "c'"):
        if key == "c'" or nxt in ETRE_FORMS or nxt in ("qui", "que", "qu'", "dont", "n'", "ne"):
            return [("pron", "")]
        return [("det", "")]
    if key == "son":
        return [("n", "")] if det else [("det", "")]
    if key == "pas":
        return [("n", "")] if det else [("adv", "")]
    if key == "or":
        return [("conj", "")] if i == 0 else [("n", "")]
    if key == "soit":
        if any(w.key in ("que", "qu'") for w in words[max(0, i - 3):i]):
            return [("v", "")]
        return [("conj", ""), ("v", "")]
    if key == "est":
        return [("n", ""), ("adj", "")] if det else [("v", "")]
    if has & VERBISH and after_auxiliary(words, i) and is_participle_form(key):
        return [("v", ""), ("adj", "")]
    if (has & VERBISH and key.endswith(_ER_PARTICIPLE) and i > 0
            and words[i - 1].key not in DETERMINERS | SUBJECTS | CLITICS):
        return [("adj", ""), ("v", "")]  # « une alimentation variée »: a participle adjective
    if det is not None:
        prenominal = key in PRENOMINAL_ADJECTIVES or key.endswith(("ième", "ièmes"))
        if prenominal and nxt and nxt not in _NOT_A_NOUN:  # « la nouvelle loi », not « la
            # nouvelle avec soulagement »; « le troisième mois »
            return [("adj", ""), ("n", "")]
        return [("n", determiner_gender(det)), ("n", ""), ("name", ""), ("adj", "")]
    if has & VERBISH and (subject_before(words, i) or name_before(words, i)
                          or noun_phrase_before(words, i) and "adj" not in has):
        return [("v", "")]  # (« les formes graves »: an adjective after its noun)
    if i > 0 and _key(words, i - 1) in ("de", "d'", "à", "pour", "sans", "par"):
        if any(e.pos in VERBISH and e.key == key for e in entries):
            return [("v", "")]  # « de livrer »: an infinitive
        return [("n", ""), ("adj", "")]
    if any(e.pos in VERBISH and e.key in FREQUENT_VERBS for e in entries):
        return [("v", "")]
    return []


GRAMMATICAL = ("art", "det", "prep", "pron", "conj", "adv", "part")
_RARE_POS = frozenset({"char", "sym", "affix", "punct", "abbr"})


def _function_word_order(words: Sequence[Word], i: int) -> list[tuple[str, str]]:
    key = _key(words, i)
    if key in OBJECT_ARTICLES and (i > 0 and words[i - 1].key in SUBJECTS | CLITICS):
        return [("pron", "")]
    if key in PREPOSITIONS:
        return [("prep", "")] + [(pos, "") for pos in GRAMMATICAL]
    return [(pos, "") for pos in GRAMMATICAL]


def rank_entries(words: Sequence[Word], i: int,
                 entries: Sequence[DictEntry]) -> list[DictEntry]:
    """``entries`` with those the context wants first (stable otherwise).

    Letters, symbols and abbreviations come last, and so do capitalised headwords
    (« LE », « Ne ») for a word written in lowercase.
    """
    key = _key(words, i)
    order = _function_word_order(words, i) if key in FUNCTION_WORDS and key not in (
        "ce", "son", "pas", "or", "mais") else wanted(words, i, entries)
    lowercase = 0 <= i < len(words) and words[i].text == words[i].key

    def score(entry: DictEntry) -> tuple[int, bool, bool, bool]:
        pos = "v" if entry.pos in VERBISH else entry.pos
        rank = len(order)
        for n, (want_pos, want_gender) in enumerate(order):
            if pos == want_pos and (not want_gender or entry.gender == want_gender):
                rank = n
                break
        odd_case = lowercase and entry.headword != entry.key
        rare_verb = pos == "v" and entry.key not in FREQUENT_VERBS  # « soit »: être, not "let be"
        return rank, entry.pos in _RARE_POS or pos == "name" and lowercase, odd_case, rare_verb

    return sorted(entries, key=score)


def verb_form(words: Sequence[Word], i: int, entry: DictEntry) -> str:
    """How the English of verb ``entry`` should read for word ``i``: "3sg", "pp", "base", ""."""
    if entry.pos not in VERBISH:
        return ""
    key = _key(words, i)
    if key == entry.key.split(" ")[-1] or key.endswith(("er", "ir", "re")) and (
            key == entry.key or entry.key.endswith(key)):
        return ""  # the infinitive itself
    if after_auxiliary(words, i) and is_participle_form(key) or key.endswith(_ER_PARTICIPLE):
        return "pp"
    if key in ("soit", "soient", "sois", "soyons", "soyez"):
        return "subj"
    if key in ("est", "a", "fait", "va", "dit", "peut", "doit", "sait", "veut", "vient", "met",
               "prend", "tient", "faut") and not after_auxiliary(words, i):
        return "3sg"
    j = previous_skipping(words, i, CLITICS | OBJECT_ARTICLES)
    subject = words[j].key if j >= 0 else ""
    if key.endswith(("ent", "ons", "ez", "ont")) or subject in ("je", "j'", "tu", "nous", "vous",
                                                                  "ils", "elles"):
        if key.endswith(("ait", "aient", "ais", "ra", "rai", "ront", "rez", "rons")):
            return ""
        return "base"
    singular = subject in ("il", "elle", "on", "qui", "c'", "ce", "ça", "cela") or (
        subject not in SUBJECTS)
    if key.endswith(("e", "t", "d", "a")) and not key.endswith(("ait", "ra", "ît")) and singular:
        return "3sg"
    return ""
