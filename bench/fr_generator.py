"""Realistic-looking French news articles for benchmarks (templates + vocabulary, seeded).

``generate_article(rng)`` returns ``(title, markdown)`` of about 800 words: a heading,
paragraphs of 3-6 sentences built from sentence templates, accents, elisions (l', d',
qu'), numbers, quotes and proper names, with a Zipf-like word distribution so full-text
search sees common and rare words like in real text.
"""

from __future__ import annotations

import random

NOUNS_M = ["gouvernement", "ministre", "projet", "budget", "marché", "quartier", "réseau",
           "rapport", "conseil", "syndicat", "hôpital", "chantier", "logement", "transport",
           "emploi", "salaire", "impôt", "tribunal", "maire", "député", "élève", "enseignant",
           "chercheur", "laboratoire", "vaccin", "climat", "incendie", "été", "hiver", "festival",
           "musée", "théâtre", "roman", "réalisateur", "joueur", "entraîneur", "match", "stade",
           "agriculteur", "prix", "secteur", "investissement", "accord", "débat", "scrutin",
           "vélo", "train", "aéroport", "port", "littoral", "événement", "témoignage", "bilan"]
NOUNS_F = ["ville", "région", "entreprise", "école", "université", "réforme", "loi", "crise",
           "grève", "manifestation", "élection", "campagne", "santé", "recherche", "énergie",
           "centrale", "usine", "récolte", "sécheresse", "tempête", "inondation", "forêt",
           "rivière", "montagne", "équipe", "saison", "victoire", "défaite", "exposition",
           "chanson", "série", "plateforme", "donnée", "intelligence", "start-up", "banque",
           "dette", "inflation", "hausse", "baisse", "enquête", "police", "justice", "famille",
           "jeunesse", "retraite", "piste", "voiture", "gare", "frontière", "mairie", "étude"]
ADJS = ["nouveau", "important", "public", "local", "national", "européen", "québécois",
        "économique", "social", "politique", "numérique", "rapide", "difficile", "récent",
        "prochain", "dernier", "grand", "petit", "fort", "fragile", "historique", "inédit",
        "régional", "municipal", "scientifique", "culturel", "sportif", "agricole", "urbain",
        "rural", "coûteux", "ambitieux", "prudent", "inquiet", "décisif", "majeur", "modeste"]
VERBS_3S = ["annonce", "prévoit", "confirme", "dénonce", "réclame", "présente", "défend",
            "propose", "critique", "lance", "prépare", "refuse", "examine", "soutient",
            "rappelle", "souligne", "estime", "reconnaît", "promet", "révèle", "accueille",
            "finance", "construit", "ferme", "ouvre", "réduit", "augmente", "remplace"]
PLACES = ["Montréal", "Québec", "Paris", "Lyon", "Marseille", "Bordeaux", "Toulouse", "Lille",
          "Nantes", "Strasbourg", "Genève", "Bruxelles", "Sherbrooke", "Gatineau", "Rimouski",
          "Nice", "Rennes", "Grenoble", "Dijon", "Trois-Rivières", "Saguenay", "Lévis"]
PEOPLE = ["Marie Tremblay", "Jean Gagnon", "Sophie Roy", "Pierre Côté", "Élodie Bouchard",
          "Luc Gauthier", "Chloé Morin", "François Lavoie", "Amélie Fortin", "Hugo Bélanger",
          "Inès Lefebvre", "Thomas Girard", "Léa Dubois", "Mathieu Pelletier", "Zoé Lambert"]
CONNECTORS = ["Par ailleurs,", "Selon les experts,", "En revanche,", "De plus,", "Pourtant,",
              "Dans ce contexte,", "Au même moment,", "D'après le rapport,", "En outre,",
              "Toutefois,", "À terme,", "Pour l'instant,", "Depuis janvier,", "Cette semaine,"]
TIMES = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "ce matin",
         "hier soir", "l'an prochain", "d'ici 2030", "en septembre", "au printemps"]

VOWELS = "aeéèêiîoôuhâ"


def _det(noun: str, feminine: bool, definite: bool = True) -> str:
    if definite:
        if noun[0].lower() in VOWELS:
            return "l'" + noun
        return ("la " if feminine else "le ") + noun
    return ("une " if feminine else "un ") + noun


def _adj(adj: str, feminine: bool) -> str:
    if not feminine:
        return adj
    irregular = {"nouveau": "nouvelle", "public": "publique", "dernier": "dernière",
                 "prochain": "prochaine", "coûteux": "coûteuse", "ambitieux": "ambitieuse",
                 "inquiet": "inquiète", "décisif": "décisive", "sportif": "sportive",
                 "européen": "européenne", "québécois": "québécoise", "grand": "grande",
                 "petit": "petite", "fort": "forte", "récent": "récente", "important": "importante",
                 "prudent": "prudente", "inédit": "inédite", "municipal": "municipale",
                 "régional": "régionale", "national": "nationale", "local": "locale",
                 "social": "sociale", "rural": "rurale", "culturel": "culturelle",
                 "urbain": "urbaine", "majeur": "majeure"}
    if adj in irregular:
        return irregular[adj]
    return adj if adj.endswith("e") else adj + "e"


class FrenchText:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def _zipf(self, words: list[str]) -> str:
        # earlier words are more frequent (rank-frequency ~ 1/rank)
        weights = [1.0 / (i + 1) for i in range(len(words))]
        return self.rng.choices(words, weights)[0]

    def noun_phrase(self, definite: bool = True) -> str:
        feminine = self.rng.random() < 0.5
        noun = self._zipf(NOUNS_F if feminine else NOUNS_M)
        phrase = _det(noun, feminine, definite)
        if self.rng.random() < 0.6:
            phrase += " " + _adj(self._zipf(ADJS), feminine)
        if self.rng.random() < 0.25:
            phrase += " de " + self.rng.choice(PLACES)
        return phrase

    def sentence(self) -> str:
        r = self.rng
        subject = r.choice([self.noun_phrase(), r.choice(PEOPLE), self.noun_phrase()])
        templates = [
            lambda: f"{subject} {self._zipf(VERBS_3S)} {self.noun_phrase(False)} {r.choice(TIMES)}.",
            lambda: f"{r.choice(CONNECTORS)} {self.noun_phrase()} {self._zipf(VERBS_3S)} "
                    f"{self.noun_phrase()} pour {self.noun_phrase()}.",
            lambda: f"« Nous devons agir pour {self.noun_phrase()} », affirme {r.choice(PEOPLE)}.",
            lambda: f"Près de {r.randint(2, 95)} % des habitants de {r.choice(PLACES)} jugent "
                    f"{self.noun_phrase()} {_adj(self._zipf(ADJS), False)}.",
            lambda: f"Le coût de {self.noun_phrase()} atteindrait {r.randint(2, 900)} millions "
                    f"de dollars, selon {self.noun_phrase()}.",
            lambda: f"{subject} {self._zipf(VERBS_3S)} qu'{self.noun_phrase()} restera "
                    f"{_adj(self._zipf(ADJS), False)} jusqu'en {r.randint(2025, 2040)}.",
            lambda: f"À {r.choice(PLACES)}, {self.noun_phrase()} et {self.noun_phrase()} "
                    f"{r.choice(['inquiètent', 'mobilisent', 'divisent'])} {self.noun_phrase()}.",
        ]
        text = r.choice(templates)()
        return text[0].upper() + text[1:]

    def paragraph(self) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(3, 6)))

    def title(self) -> str:
        t = f"{self.noun_phrase()} : {self.noun_phrase()} à {self.rng.choice(PLACES)}"
        return t[0].upper() + t[1:]


def generate_article(rng: random.Random, words: int = 800) -> tuple[str, str]:
    """``(title, markdown source)`` of roughly ``words`` words."""
    gen = FrenchText(rng)
    title = gen.title()
    parts = [f"# {title}"]
    count = 0
    while count < words:
        if rng.random() < 0.12:
            heading = gen.noun_phrase()
            parts.append("## " + heading[0].upper() + heading[1:])
        para = gen.paragraph()
        count += len(para.split())
        parts.append(para)
    return title, "\n\n".join(parts) + "\n"


if __name__ == "__main__":
    title, body = generate_article(random.Random(1))
    print(body)
    print(len(body.split()), "words")
