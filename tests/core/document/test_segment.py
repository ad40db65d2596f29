"""Table-driven tests for the French sentence splitter."""

from __future__ import annotations

import time

import pytest

from visavis.core.document.segment import split_sentences

CASES: list[tuple[str, str, list[str]]] = [
    ("simple", "Il pleut. Nous restons.", ["Il pleut.", "Nous restons."]),
    ("single", "Une seule phrase sans point", ["Une seule phrase sans point"]),
    ("empty", "", []),
    ("only spaces", "  \n\t ", []),
    ("surrounding whitespace", "  Bonjour.   Au revoir.  ", ["Bonjour.", "Au revoir."]),
    ("monsieur", "M. Dupont est arrivé. Il a parlé.", ["M. Dupont est arrivé.", "Il a parlé."]),
    ("madame", "Mme Durand et Mlle Roy sont là. Elles attendent.",
     ["Mme Durand et Mlle Roy sont là.", "Elles attendent."]),
    ("messieurs", "MM. Martin et Leroy signent. La séance est levée.",
     ["MM. Martin et Leroy signent.", "La séance est levée."]),
    ("docteur", "Le Dr. Morel opère demain. Pr. Lenoir aussi.",
     ["Le Dr. Morel opère demain.", "Pr. Lenoir aussi."]),
    ("maitre", "Me. Girard plaide. Le juge écoute.", ["Me. Girard plaide.", "Le juge écoute."]),
    ("saint", "Il habite rue St. Jacques. Elle aussi.", ["Il habite rue St. Jacques.", "Elle aussi."]),
    ("p. ex.", "Des fruits, p. ex. Des pommes. Ou des poires.",
     ["Des fruits, p. ex. Des pommes.", "Ou des poires."]),
    ("c.-à-d.", "Le PDG, c.-à-d. Le patron, décide. Personne ne conteste.",
     ["Le PDG, c.-à-d. Le patron, décide.", "Personne ne conteste."]),
    ("av. J.-C.", "Fondée en 52 av. J.-C. Lutèce grandit. Elle devient Paris.",
     ["Fondée en 52 av. J.-C. Lutèce grandit.", "Elle devient Paris."]),
    ("J.-C. at sentence end", "La ville date de 300 av. J.-C. Elle est ancienne.",
     ["La ville date de 300 av. J.-C.", "Elle est ancienne."]),
    ("numero", "Voir le n° 12. Le suivant est meilleur.", ["Voir le n° 12.", "Le suivant est meilleur."]),
    ("article", "Selon l'art. 5 du code, c'est interdit. Point final.",
     ["Selon l'art. 5 du code, c'est interdit.", "Point final."]),
    ("art as a word", "Il aime l'art. Elle préfère la musique.", ["Il aime l'art.", "Elle préfère la musique."]),
    ("chapitre volume page", "Lire le chap. 3, vol. II, p. 45. Ensuite, résumer.",
     ["Lire le chap. 3, vol. II, p. 45.", "Ensuite, résumer."]),
    ("guillemets inner exclamation", "« Viens ! » dit-il. Elle vint.", ["« Viens ! » dit-il.", "Elle vint."]),
    ("guillemets inner question", "« Tu viens ? » demanda-t-elle. Il hocha la tête.",
     ["« Tu viens ? » demanda-t-elle.", "Il hocha la tête."]),
    ("guillemets closing sentence", "Il dit : « C'est fini. » Puis il partit.",
     ["Il dit : « C'est fini. »", "Puis il partit."]),
    ("guillemets nbsp", "Elle dit\u00a0: «\u00a0Non.\u00a0» Puis rien.",
     ["Elle dit\u00a0: «\u00a0Non.\u00a0»", "Puis rien."]),
    ("english quotes", 'Il a écrit "Fin." Puis il a dormi.', ['Il a écrit "Fin."', "Puis il a dormi."]),
    ("ellipsis char", "Il hésita… Puis il entra.", ["Il hésita…", "Puis il entra."]),
    ("ellipsis dots", "Il hésita... Puis il entra.", ["Il hésita...", "Puis il entra."]),
    ("ellipsis lowercase", "Il hésita… et puis il entra.", ["Il hésita… et puis il entra."]),
    ("ellipsis brackets", "Il a dit […] que tout allait bien. Fin.",
     ["Il a dit […] que tout allait bien.", "Fin."]),
    ("decimal comma", "Le chiffre atteint 14,3 milliards. C'est record.",
     ["Le chiffre atteint 14,3 milliards.", "C'est record."]),
    ("decimal point", "La version 3.5 sort. Elle corrige 2.0.1 aussi.",
     ["La version 3.5 sort.", "Elle corrige 2.0.1 aussi."]),
    ("initials", "J. R. R. Tolkien a écrit ce livre. C. Dupont l'a lu.",
     ["J. R. R. Tolkien a écrit ce livre.", "C. Dupont l'a lu."]),
    ("initial at end", "Il prend de la vitamine C. Elle aussi.", ["Il prend de la vitamine C.", "Elle aussi."]),
    ("acronym middle", "Les U.S.A. Républicains votent. La suite demain.",
     ["Les U.S.A. Républicains votent.", "La suite demain."]),
    ("acronym end", "Il travaille à l'O.N.U. Il y est heureux.", ["Il travaille à l'O.N.U.", "Il y est heureux."]),
    ("acronym lowercase next", "La société Durand S.A. a fermé. Triste.",
     ["La société Durand S.A. a fermé.", "Triste."]),
    ("url", "Voir https://example.org/a.b?x=1. Ensuite, lire.",
     ["Voir https://example.org/a.b?x=1.", "Ensuite, lire."]),
    ("email", "Écrivez à jean.dupont@exemple.fr. Il répondra.",
     ["Écrivez à jean.dupont@exemple.fr.", "Il répondra."]),
    ("domain", "Le site www.exemple.fr est lent. Patience.", ["Le site www.exemple.fr est lent.", "Patience."]),
    ("ordinal", "Le 1er mai, la XIXe édition commence. La 2e suivra.",
     ["Le 1er mai, la XIXe édition commence.", "La 2e suivra."]),
    ("list number", "1. Acheter du pain\n2. Rentrer", ["1. Acheter du pain\n2. Rentrer"]),
    ("interrobang", "Quoi ?! Il est parti. Vraiment !! Oui.", ["Quoi ?!", "Il est parti.", "Vraiment !!", "Oui."]),
    ("french spaced interrobang", "Quoi ? ! Oui.", ["Quoi ? !", "Oui."]),
    ("question", "Qui vient ? Personne. Dommage !", ["Qui vient ?", "Personne.", "Dommage !"]),
    ("final digits", "Le score était de 3 à 2. Le public a applaudi.",
     ["Le score était de 3 à 2.", "Le public a applaudi."]),
    ("year then digit sentence", "C'était en 2019. 45 personnes sont venues.",
     ["C'était en 2019.", "45 personnes sont venues."]),
    ("closing parenthesis", "Il est parti (enfin.) Nous sommes soulagés.",
     ["Il est parti (enfin.)", "Nous sommes soulagés."]),
    ("period after parenthesis", "Il est parti (enfin). Nous sommes soulagés.",
     ["Il est parti (enfin).", "Nous sommes soulagés."]),
    ("etc then capital", "Des pommes, des poires, etc. Le marché ferme.",
     ["Des pommes, des poires, etc.", "Le marché ferme."]),
    ("etc then lowercase", "Des pommes, etc. sont en vente.", ["Des pommes, etc. sont en vente."]),
    ("dialogue dash", "Il se tut. — Pourquoi ? demanda-t-elle.", ["Il se tut.", "— Pourquoi ? demanda-t-elle."]),
    ("opening guillemet starts", "Il attendit. « Enfin ! » souffla-t-il.",
     ["Il attendit.", "« Enfin ! » souffla-t-il."]),
    ("blank line", "Un titre\n\nLe texte suit.", ["Un titre", "Le texte suit."]),
    ("single newline keeps", "Une ligne\nqui continue.", ["Une ligne\nqui continue."]),
    ("no space after period", "Fin.Début sans espace.", ["Fin.Début sans espace."]),
    ("unit m", "Il mesure 1,80 m. Il est grand.", ["Il mesure 1,80 m.", "Il est grand."]),
    ("siecle", "Au XIXe s. Paris grandit. Puis vint le XXe.", ["Au XIXe s. Paris grandit.", "Puis vint le XXe."]),
    ("abbreviation in parentheses", "Des fruits (pommes, etc.). Le marché ferme.",
     ["Des fruits (pommes, etc.).", "Le marché ferme."]),
    ("quoted question then quote", "« Es-tu là ? » « Oui. » Bien.", ["« Es-tu là ? »", "« Oui. »", "Bien."]),
    ("long punctuation run glued to a word", "Quoi" + "?" * 40 + "x. Bon.", ["Quoi" + "?" * 40 + "x.", "Bon."]),
    ("list numbers on one line", "Points 1. 2. 3. Fin.", ["Points 1.", "2.", "3.", "Fin."]),
    ("percent", "Le taux est de 12 %. Il baisse.", ["Le taux est de 12 %.", "Il baisse."]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_split_sentences(text: str, expected: list[str]) -> None:
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == expected
    _assert_invariants(text, spans)


def _assert_invariants(text: str, spans: list[tuple[int, int]]) -> None:
    covered = [0] * len(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        for i in range(start, end):
            covered[i] += 1
        previous_end = end
    for i, ch in enumerate(text):
        if not ch.isspace():
            assert covered[i] == 1, f"char {i} {ch!r} covered {covered[i]} times"


def test_case_table_is_large_enough() -> None:
    assert len(CASES) >= 35


def test_every_non_space_char_in_exactly_one_span_on_mixed_text() -> None:
    text = " ".join(c[1] for c in CASES) + "\n\n  Fin du texte ...  "
    _assert_invariants(text, split_sentences(text))


def test_long_text_is_fast_and_linear() -> None:
    sentence = "M. Dupont a dit : « Le budget atteint 14,3 millions d'euros ! » Puis il est parti. "
    text = sentence * 5000
    started = time.perf_counter()
    spans = split_sentences(text)
    elapsed = time.perf_counter() - started
    assert len(spans) == 10000
    _assert_invariants(text, spans)
    print(f"split {len(text)} chars in {elapsed:.3f}s")


def test_dateline_stays_attached_to_its_sentence() -> None:
    def split(text: str) -> list[str]:
        return [text[a:b] for a, b in split_sentences(text)]

    assert split("12 mars 2024. - Le gouvernement a annoncé une réforme. Elle entre en vigueur.") == [
        "12 mars 2024. - Le gouvernement a annoncé une réforme.", "Elle entre en vigueur."]
    assert split("Paris, mardi 12 mars 2024. – Le vote a eu lieu. Suite.") == [
        "Paris, mardi 12 mars 2024. – Le vote a eu lieu.", "Suite."]
    assert split("Il est parti en 2024. - Le reste suit.") == [
        "Il est parti en 2024.", "- Le reste suit."]  # not a dateline: a sentence ending in a year
    assert split("Le 12 mars 2024. Le gouvernement parle.") == [
        "Le 12 mars 2024.", "Le gouvernement parle."]
